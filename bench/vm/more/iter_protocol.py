# Script classes with `__iter__`/`__next__` (StopIteration), `__getitem__`/`__setitem__` with
# tuple keys, `__len__`, `__contains__`.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __len__(self):
        return len(self.cells)
    def __contains__(self, v):
        return v in self.cells
def main(n):
    t = 0
    for r in range(n):
        for v in Countdown(20):
            t += v
        g = Grid(8, 8)
        for x in range(8):
            g[x, x] = x
        t += g[3, 3] + len(g) + (5 in g)
    return t
print(main(3000))
