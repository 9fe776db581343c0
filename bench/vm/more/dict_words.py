# Word counting with `in` and `+=`, set construction and comprehensions, set operators, a dict
# comprehension, sorted keys.
def main(n):
    words = ("the quick brown fox jumps over the lazy dog and the cat " * 10).split()
    t = 0
    for r in range(n // len(words)):
        counts = {}
        for w in words:
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
        s = set(words)
        s2 = {w for w in words if len(w) > 3}
        u = s | s2
        i = s & s2
        t += len(counts) + len(u) + len(i) + counts["the"]
        inv = {v: k for k, v in counts.items()}
        t += len(inv)
        for k in sorted(counts):
            t += counts[k]
        t += len(s - {"the"})
    return t
print(main(100000))
