# NotImplemented: a special method that returns it hands the operation to the other operand's
# reflected method, as CPython does; when both do, == falls back to identity, != to its negation,
# and arithmetic and ordering raise TypeError with CPython's messages. Under a GIL and
# free-threaded.
# args: --gil newgil
# args: --gil nogil


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Scalar:
    def __init__(self, k):
        self.k = k

    def __radd__(self, other):
        if isinstance(other, Point):
            return Point(other.x + self.k, other.y + self.k)
        return NotImplemented

    def __gt__(self, other):
        return True

    def __eq__(self, other):
        return isinstance(other, Point) and other.x == self.k


p, q = Point(1, 2), Point(1, 2)
print(p == q, p != q, p == (1, 2), (1, 2) == p, p != 5, p == p, p is not q)
print(p + q, p + Scalar(10), sorted([Point(2, 0), Point(1, 5)]), p < Scalar(0))
print(p == Scalar(1), Scalar(1) == p, Point(3, 3) == Scalar(1))
print(repr(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
print({p: "p"}[q], p in [Point(0, 0), q], [p].count(q))
for bad in (lambda: p + 1, lambda: 1 + p, lambda: p - q, lambda: p < 1, lambda: 1 > p):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
# expect: True False False False True True True
# expect: Point(2, 4) Point(11, 12) [Point(1, 5), Point(2, 0)] True
# expect: True True False
# expect: NotImplemented NotImplementedType True
# expect: p True 1
# expect: TypeError unsupported operand type(s) for +: 'Point' and 'int'
# expect: TypeError unsupported operand type(s) for +: 'int' and 'Point'
# expect: TypeError unsupported operand type(s) for -: 'Point' and 'Point'
# expect: TypeError '<' not supported between instances of 'Point' and 'int'
# expect: TypeError '>' not supported between instances of 'int' and 'Point'
