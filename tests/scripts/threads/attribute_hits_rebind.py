# Threads reading attributes and calling methods through the attribute caches' inline hits while
# another thread rebinds the same class attributes, methods and instance attributes. Every value
# a reader sees must be one that was stored (no torn or stale-forever reads, no crash); under
# nogil the readers run truly in parallel with the writer.
# args: --gil nogil
# args: --gil newgil
import threading


class Shape:
    scale = 1

    def __init__(self, v):
        self.v = v
        self.count = 0

    def area(self):
        return "area"


class Square(Shape):
    def tick(self):
        self.count += 1


def area2(self):
    return "area2"


def area3(self):
    return "area3"


shared = [Shape(1), Square(2), Shape(3)]
stop = []
bad = []


def writer():
    i = 0
    while not stop:
        i += 1
        Shape.scale = i % 3 + 1
        Shape.area = area2 if i & 1 else area3
        o = shared[i % 3]
        o.v = i % 5
        if i % 7 == 0:
            o.area = lambda: "own"
        elif i % 7 == 3 and "area" in o.__dict__:
            del o.area
        if i % 11 == 0:
            Square.tick = Square.tick


def reader(mine, n):
    for i in range(n):
        o = shared[i % 3]
        a = o.area()
        if a not in ("area", "area2", "area3", "own"):
            bad.append(a)
        if o.scale not in (1, 2, 3) or Shape.scale not in (1, 2, 3):
            bad.append("scale")
        if o.v not in (0, 1, 2, 3, 4):
            bad.append(o.v)
        mine.tick()
        mine.count += 1


mine = [Square(0) for _ in range(3)]
w = threading.Thread(target=writer)
readers = [threading.Thread(target=reader, args=(m, 20000)) for m in mine]
w.start()
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.append(True)
w.join()
print(bad)  # expect: []
print([m.count for m in mine])  # expect: [40000, 40000, 40000]
