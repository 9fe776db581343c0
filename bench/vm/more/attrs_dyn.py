# Attributes by name: getattr/setattr/hasattr, `+=` on attributes, class attributes read through
# an instance, `__dict__`.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Config:
    debug = False
    level = 3
def main(n):
    p = Point(1, 2)
    cfg = Config()
    t = 0
    names = ["x", "y"]
    for i in range(n):
        p.x = p.x + 1
        p.y += p.x
        t += getattr(p, names[i & 1])
        setattr(p, "z", i)
        if hasattr(p, "z"):
            t += p.z
        t += cfg.level
        if cfg.debug:
            t -= 1
        t += len(p.__dict__)
    return t % 1000003
print(main(40000))
