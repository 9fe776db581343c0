# Generators resumed by for loops, next() and zip(): a `yield` statement's value not pushed (its
# POP skipped), the loop's STORE_LOCAL done at the yield, nested loops, and the same generators
# driven by send() and throw().
class D:
    def __init__(self, n):
        self.n = n
def make(k):
    for i in range(k):
        print("yielding", i)
        yield D(i)
        print("resumed after", i)
for x in make(3):
    print("got", x.n)
del x
def stmt():
    got = []
    while True:
        v = yield
        got.append(v)
        yield got
g = stmt()
print(next(g), g.send(5), next(g), g.send(6))
def plain(n):
    i = 0
    while i < n:
        yield i
        yield -i
        i += 1
print(list(plain(3)), [a + b for a, b in zip(plain(2), plain(3))])
print([p for p in enumerate(plain(2))])
g = plain(5)
print(next(g), next(g), next(g))
for v in g:
    if v == 3:
        break
print(next(g), list(g))
def traced():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after"
g = traced()
for v in g:
    print("v", v)
    if v == 1:
        print(g.throw(ValueError("boom")))
def thrower():
    yield 1
    yield 2
g = thrower()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e, next(g, "finished"))
def locals_gen():
    a = 1
    for b in range(3):
        c = yield a + b
        a += 10
print(list(locals_gen()))
def nested():
    for x in plain(2):
        for y in make(1):
            yield (x, y.n)
print(list(nested()))

# expect: yielding 0
# expect: got 0
# expect: resumed after 0
# expect: yielding 1
# expect: got 1
# expect: resumed after 1
# expect: yielding 2
# expect: got 2
# expect: resumed after 2
# expect: None [5, 6] None [5, 6]
# expect: [0, 0, 1, -1, 2, -2] [0, 0, 2, -2]
# expect: [(0, 0), (1, 0), (2, 1), (3, -1)]
# expect: 0 0 1
# expect: -3 [4, -4]
# expect: v 1
# expect: caught boom
# expect: after
# expect: KeyError 'k' finished
# expect: [1, 12, 23]
# expect: yielding 0
# expect: resumed after 0
# expect: yielding 0
# expect: resumed after 0
# expect: yielding 0
# expect: resumed after 0
# expect: yielding 0
# expect: resumed after 0
# expect: [(0, 0), (0, 0), (1, 0), (-1, 0)]
