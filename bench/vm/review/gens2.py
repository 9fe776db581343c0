# generators: chunked reading, sliding windows, yield from, send
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count

data = list(range(100000))
s = sum(sum(c) for c in chunks(data, 64))
w = sum(a * b - c for a, b, c in windows(iter(data[:60000]), 3))
nested = [[i, [i + 1, [i + 2]], i + 3] for i in range(20000)]
f = sum(flatten(nested))
av = averager()
next(av)
last = 0
for v in range(50000):
    last = av.send(v)
print(s, w, f, last)
evens = (x for x in data if x % 2 == 0)
sq = (x * x for x in evens)
print(sum(x for x in sq if x % 3 == 1))
