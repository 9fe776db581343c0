# Instances made before their class learned all its attribute names (a board's squares made before
# a game gives them colours and neighbours) keep the later ones too; methods found on the class
# are called unless the instance has an attribute of that name, whatever the names' hashes.
# args: --gil newgil
# args: --gil nogil
class Square:
    def __init__(self, pos):
        self.pos = pos
        self.stamp = 0

    def find(self):
        return ('find', self.pos)

    def move(self, color):
        self.color = color
        self.used = True
        self.reference = self.pos
        self.ledges = 0
        return self.pos


squares = [Square(i) for i in range(5)]
for s in squares:
    s.neighbours = [t.pos for t in squares if abs(t.pos - s.pos) == 1]
for s in squares:
    s.move('black' if s.pos % 2 else 'white')
print([(s.pos, s.color, s.used, s.neighbours, s.ledges) for s in squares])
print(squares[3].find(), [sorted(vars(s)) == sorted(vars(squares[0])) for s in squares])

# Many attribute names and many method names: whichever share filter bits, each call reaches the
# method, or the instance's own attribute where it has one.
names = ['a%d' % i for i in range(28)]
methods = {}
for i in range(24):
    methods['m%d' % i] = (lambda k: lambda self: ('method', k))(i)
Many = type('Many', (), methods)
m = Many()
for i, n in enumerate(names):
    setattr(m, n, i)
print([getattr(m, 'm%d' % i)() for i in range(24)] == [('method', i) for i in range(24)])
m.m5 = lambda: 'own m5'
m.m17 = lambda: 'own m17'
print(m.m5(), m.m17(), m.m6(), m.a27, sum(getattr(m, n) for n in names))
del m.m5, m.m17
print(m.m5(), m.m17())
# expect: [(0, 'white', True, [1], 0), (1, 'black', True, [0, 2], 0), (2, 'white', True, [1, 3], 0), (3, 'black', True, [2, 4], 0), (4, 'white', True, [3], 0)]
# expect: ('find', 3) [True, True, True, True, True]
# expect: True
# expect: own m5 own m17 ('method', 6) 27 378
# expect: ('method', 5) ('method', 17)
