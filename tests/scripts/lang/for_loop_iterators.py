# For loops over every kind of iterator, through the in-line FOR_ITER cases and the general
# one: `continue`, `break`, `else`, targets that are not locals (globals, tuples, attributes,
# subscripts), generators resumed from the loop, an iterator that raises, and loops in
# comprehensions. Under a GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def squares(n):
    for i in range(n):
        yield i * i


def failing():
    yield 1
    yield 2
    raise ValueError("third item")


def kinds():
    out = []
    for x in range(3):
        out.append(x)
    for x in [10, 11]:
        out.append(x)
    for x in (20, 21):
        out.append(x)
    for x in "ab":
        out.append(x)
    for x in {"k": 1, "j": 2}:
        out.append(x)
    for x in sorted({5, 3}):
        out.append(x)
    for x in Countdown(3):
        out.append(x)
    for x in squares(4):
        out.append(x)
    for i, x in enumerate("xy"):
        out.append((i, x))
    for a, b in zip([1, 2], "pq"):
        out.append(a)
        out.append(b)
    for x in reversed([7, 8]):
        out.append(x)
    print(out)


def control():
    out = []
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    else:
        out.append("no else after break")
    for i in range(2):
        pass
    else:
        out.append("else")
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            out.append(i * 10 + j)
    for i in []:
        out.append("never")
    print(out, i)


class Box:
    pass


def targets():
    box = Box()
    items = [0, 0, 0]
    for box.value in range(3):
        pass
    for items[1] in "xyz":
        pass
    for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
        pass
    print(box.value, items, a, b, c)
    total = 0
    try:
        for x in failing():
            total += x
    except ValueError as e:
        print("ValueError", e, total)
    print([y for x in range(3) for y in range(x) if y != 1], {k: k for k in "ab"})
    print(sum(x for x in range(100) if x % 3 == 0))


kinds()
control()
targets()
for module_level in range(4):
    if module_level == 1:
        continue
print(module_level)
# expect: [0, 1, 2, 10, 11, 20, 21, 'a', 'b', 'k', 'j', 3, 5, 2, 1, 0, 0, 1, 4, 9, (0, 'x'), (1, 'y'), 1, 'p', 2, 'q', 8, 7]
# expect: [0, 2, 4, 6, 'else', 1, 2, 10, 12, 20, 21] 2
# expect: 2 [0, 'z', 0] 4 5 6
# expect: ValueError third item 3
# expect: [0, 0] {'a': 'a', 'b': 'b'}
# expect: 1683
# expect: 3
