# for loops over script iterators: __next__ runs as a frame pushed by FOR_ITER (no nested
# run()), its StopIteration (or a subclass) ends the loop; other exceptions, break, return,
# else clauses, generators and comprehensions over such iterators, an exhausted iterator.
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
class Pairs(Countdown):
    def __next__(self):
        v = super().__next__()
        return v, v * v
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("bad next")
class StopSub(StopIteration):
    pass
class Sub:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopSub("done", self.i)
        try:
            return 10 // (2 - self.i)
        except ZeroDivisionError:
            return "zero"
def gen():
    for x in Countdown(3):
        yield x
    yield "end"
print([x for x in Countdown(5)], list(Countdown(3)), sum(Countdown(10)))
for a, b in Pairs(4):
    print(a, b)
for k in Sub():
    print("sub", k)
print(list(gen()))
try:
    for x in Bad():
        print(x)
except ValueError as e:
    print("ValueError", e)
def nested():
    out = []
    for i in Countdown(3):
        for j in Countdown(i):
            if j == 1:
                break
            out.append((i, j))
        else:
            out.append("else")
    return out
print(nested())
def ret():
    for x in Countdown(10):
        if x == 7:
            return x
print(ret())
it = Countdown(2)
for x in it:
    pass
print(next(it, "exhausted"), [x for x in it])

# expect: [4, 3, 2, 1, 0] [2, 1, 0] 45
# expect: 3 9
# expect: 2 4
# expect: 1 1
# expect: 0 0
# expect: sub 10
# expect: sub zero
# expect: sub -10
# expect: [2, 1, 0, 'end']
# expect: ValueError bad next
# expect: [(1, 0), 'else', 'else']
# expect: 7
# expect: exhausted []
