# A `__slots__` vector with `__add__`, `__mul__`, `__lt__` and a dot-product method; max() and
# sort() through `__lt__`.
class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)
    def __lt__(self, o):
        return self.dot(self) < o.dot(o)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)
def main(n):
    vs = [Vector(i % 7, i % 5 - 2, i % 3) for i in range(100)]
    acc = Vector(0, 0, 0)
    for r in range(n):
        for v in vs:
            acc = acc + v * 2
    best = max(vs)
    vs.sort()
    return repr(acc), repr(best), repr(vs[0])
print(main(300))
