# Attribute access: reading and writing instance attributes, a class attribute.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


def main(n):
    p = Point(1, 2)
    q = Point(3, 4)
    total = 0
    for i in range(n):
        p.x = q.y + i
        q.y = p.x - i + 1
        total += p.x + p.y + q.x + Point.dims
    return total


print(main(1500000))
