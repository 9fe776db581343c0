# collections.Counter and namedtuple: counting from a generator, `+=` on a Counter, most_common,
# `_replace`, max with a key.
from collections import Counter, namedtuple
Point = namedtuple("Point", "x y")
def main(n):
    pts = [Point(i % 17, i % 13) for i in range(n)]
    c = Counter(p.x for p in pts)
    d = Counter()
    for p in pts:
        d[p.y] += 1
    best = c.most_common(3)
    far = max(pts, key=lambda p: p.x * p.x + p.y * p.y)
    moved = [p._replace(x=p.x + 1) for p in pts[:1000]]
    return best, d.most_common(2), far, moved[5], sum(p.x for p in moved)
print(main(60000))
