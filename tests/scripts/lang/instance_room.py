# Instances get room for the names their class's __init__ sets; names learned later (on
# instances made before, and after) and conditional names still work, in CPython's order.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
points = [Point(i, -i) for i in range(50)]
for p in points[::7]:
    p.label = "p%d" % p.x          # a third name, on instances made with room for two
points.append(Point(99, 98))
points[-1].label = "late"
points[-1].extra = [1]
print([vars(p) for p in points[:2]], vars(points[7]), vars(points[-1]))
print(sum(p.x + p.y for p in points), [getattr(p, "label", None) for p in points[::10]])
del points[7].x
print(vars(points[7]), hasattr(points[7], "x"))
try:
    points[8].label
except AttributeError as e:
    print(e)

class Node:  # an __init__ that makes instances of its own class halfway
    def __init__(self, depth):
        self.depth = depth
        self.kids = [Node(depth - 1) for _ in range(2)] if depth else []
        self.size = 1 + sum(k.size for k in self.kids)
        if depth % 2:
            self.odd = True
root = Node(6)
print(root.size, vars(root.kids[0]).keys(), vars(root.kids[0].kids[0]).keys())

class Square:  # names given by a later pass, many of them
    def __init__(self, pos):
        self.pos = pos
board = [Square(i) for i in range(30)]
for s in board:
    for name in "abcdefghijklmnopqrstuvwxyz0123456789":
        setattr(s, "n_" + name, s.pos)
print(len(vars(board[3])), list(vars(board[3]))[:4], board[29].n_9, board[0].n_a)
more = Square(100)
more.n_a = 1
print(vars(more))

# expect: [{'x': 0, 'y': 0, 'label': 'p0'}, {'x': 1, 'y': -1}] {'x': 7, 'y': -7, 'label': 'p7'} {'x': 99, 'y': 98, 'label': 'late', 'extra': [1]}
# expect: 197 ['p0', None, None, None, None, 'late']
# expect: {'y': -7, 'label': 'p7'} False
# expect: 'Point' object has no attribute 'label'
# expect: 127 dict_keys(['depth', 'kids', 'size', 'odd']) dict_keys(['depth', 'kids', 'size'])
# expect: 37 ['pos', 'n_a', 'n_b', 'n_c'] 29 0
# expect: {'pos': 100, 'n_a': 1}
