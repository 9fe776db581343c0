# Infinite generators cut by zip with a range, sliding windows of tuples, sum over a generator
# expression.
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def windows(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)
def main(n):
    t = 0
    for r in range(n):
        for w in windows(take(60, fibs()), 3):
            t += (w[2] - w[1] - w[0]) + len(w)
        t += sum(x & 1 for x in take(50, fibs()))
    return t
print(main(600))
