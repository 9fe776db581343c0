# methods: class hierarchy with abstract methods, super(), __eq__/__hash__, dunder ops
import math
class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

shapes = []
for i in range(30000):
    k = i % 3
    shapes.append(Circle(i % 10 + 1) if k == 0 else Rect(i % 7 + 1, i % 5 + 1) if k == 1 else Square(i % 9 + 1))
print(round(sum(s.area() for s in shapes), 3))
print(shapes[4].describe(), shapes[5].describe())
acc = Vec(0, 0)
seen = set()
for i in range(60000):
    v = Vec(i % 13, i % 17) * 2
    acc = acc + v
    seen.add(v)
print(acc, len(seen), Vec(2, 4) in seen)
