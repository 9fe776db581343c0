# Instance attributes read and written at the index a site found them at: instances with fewer
# values, with a dict, of subclasses, with class attributes of the same name behind them.
class Node:
    kind = "class kind"
    def __init__(self, a, extra=False):
        self.a = a
        if extra:
            self.kind = "own kind"
            self.b = a * 2

def kinds(nodes):
    return [n.kind for n in nodes]

def bs(nodes):
    out = []
    for n in nodes:
        try:
            out.append(n.b)
        except AttributeError as e:
            out.append(str(e))
    return out

def bump(nodes):
    for n in nodes:
        n.a += 1
        n.kind = n.kind + "!"
    return [(n.a, n.kind) for n in nodes]

full = [Node(i, True) for i in range(3)]
for _ in range(3):
    print(kinds(full), bs(full))
mixed = full + [Node(7), Node(8, True)]
print(kinds(mixed), bs(mixed))
d = Node(9, True)
print(d.__dict__)
mixed.append(d)
print(kinds(mixed), bs(mixed))
print(bump(mixed))
class Sub(Node):
    pass
s = Sub(5, True)
t = Sub(6)
print(kinds([s, t] + mixed), bs([t, s]))
del s.kind
print(kinds([s]), bs([s]))
Node.kind = "new class kind"
print(kinds([Node(1), t]))

# expect: ['own kind', 'own kind', 'own kind'] [0, 2, 4]
# expect: ['own kind', 'own kind', 'own kind'] [0, 2, 4]
# expect: ['own kind', 'own kind', 'own kind'] [0, 2, 4]
# expect: ['own kind', 'own kind', 'own kind', 'class kind', 'own kind'] [0, 2, 4, "'Node' object has no attribute 'b'", 16]
# expect: {'a': 9, 'kind': 'own kind', 'b': 18}
# expect: ['own kind', 'own kind', 'own kind', 'class kind', 'own kind', 'own kind'] [0, 2, 4, "'Node' object has no attribute 'b'", 16, 18]
# expect: [(1, 'own kind!'), (2, 'own kind!'), (3, 'own kind!'), (8, 'class kind!'), (9, 'own kind!'), (10, 'own kind!')]
# expect: ['own kind', 'class kind', 'own kind!', 'own kind!', 'own kind!', 'class kind!', 'own kind!', 'own kind!'] ["'Sub' object has no attribute 'b'", 10]
# expect: ['class kind'] [10]
# expect: ['new class kind', 'new class kind']
