# random.Random numbers, sorted ints and strs, a set, sorted with a tuple key, min, max, a mean.
import random
def main(n):
    rng = random.Random(42)
    data = [rng.randint(0, 1000) for _ in range(n)]
    s = sorted(data)
    words = ["w%d" % (x % 300) for x in data]
    ws = sorted(set(words))
    t = sorted(zip(data, words), key=lambda p: (p[1], -p[0]))
    mn, mx = min(data), max(data)
    return s[n // 2], ws[:3], t[0], mn, mx, sum(data) / len(data)
print(main(60000))
