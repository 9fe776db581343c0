# A class hierarchy: `super().__init__`, overridden methods, isinstance, string building from
# method results.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return self.name + ":" + str(self.area())
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3 * self.r * self.r
def main(n):
    total = 0
    ln = 0
    for i in range(n):
        shapes = [Rect(i % 7, 3), Square(i % 5), Circle(i % 3)]
        for s in shapes:
            total += s.area()
            if isinstance(s, Rect):
                ln += len(s.describe())
    return total, ln
print(main(15000))
