# Tuples: unpacking in loops, starred assignment, enumerate with nested unpacking, hash of a
# tuple, sorted with a key.
def main(n):
    pairs = [(i, i * 2) for i in range(100)]
    t = 0
    for r in range(n // 100):
        for a, b in pairs:
            t += a * b
        x, y, *rest = range(5)
        t += x + y + len(rest)
        tt = tuple(pairs[r % 100])
        t += tt[0] + hash(tt) % 7
        t += sum(a for a, _ in pairs[:10])
        for i, (a, b) in enumerate(pairs[:20]):
            t += i + a - b
        srt = sorted(pairs, key=lambda p: -p[1])
        t += srt[0][0]
    return t
print(main(200000))
