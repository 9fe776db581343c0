# `for i, (a, b) in enumerate(zip(xs, ys))` (the number and the pair stored straight into the
# three locals): lists and tuples, a start, unequal lengths, the same local named twice, the
# inputs' items replaced while the locals hold them, inputs changed inside the loop, starts near
# 2**63 and past it, strict=True, break/continue/else, and other shapes of the loop beside it.
# args: --gil newgil
# args: --gil nogil


def pairs(xs, ys, start=0):
    out = []
    for i, (a, b) in enumerate(zip(xs, ys), start):
        out.append((i, a, b))
    return out


print(pairs([1, 2, 3], "abc"))
print(pairs((1, 2), [3.5, None, 7], 10))
print(pairs([], [1]), pairs([1], []), pairs(range(3), [4, 5, 6]))
print(pairs([1, 2], [3, 4], 2**63 - 2))
print(pairs([1, 2], [3, 4], -(2**63)))
print(pairs([1, 2], [3, 4], 2**70))
print(pairs([1, 2, 3], [4, 5, 6], True))


def same_local():
    out = []
    for x, (x, y) in enumerate(zip([10, 20], [30, 40])):
        out.append((x, y))
    for x, (y, x) in enumerate(zip([10, 20], [30, 40])):
        out.append((x, y))
    return out


print(same_local())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def items_replaced():
    xs = [Noisy("a0"), Noisy("a1")]
    ys = [Noisy("b0"), Noisy("b1")]
    for i, (a, b) in enumerate(zip(xs, ys)):
        xs[i] = None
        ys[i] = None
        print("got", i, a, b)
    print("loop done")


items_replaced()


def changed_inside():
    xs = [1, 2, 3]
    ys = [4, 5, 6, 7]
    seen = []
    for i, (a, b) in enumerate(zip(xs, ys)):
        seen.append((i, a, b))
        if i == 0:
            xs.append(100)  # zip reads the lists as they are at each step
        if i == 1:
            ys.pop()
    return seen


print(changed_inside())


def strict_and_flow():
    out = []
    try:
        for i, (a, b) in enumerate(zip([1, 2, 3], [4, 5], strict=True)):
            out.append(i)
    except ValueError as e:
        out.append(str(e))
    for i, (a, b) in enumerate(zip("xyz", "uvw")):
        if i == 1:
            continue
        if a == "z":
            break
        out.append(a + b)
    else:
        out.append("no break")
    for i, (a, b) in enumerate(zip("x", "u")):
        out.append(i)
    else:
        out.append("else")
    return out


print(strict_and_flow())


def one_iterator_twice():
    it = iter([1, 2, 3, 4, 5])
    return [(i, a, b) for i, (a, b) in enumerate(zip(it, it))], list(it)


print(one_iterator_twice())


def other_shapes(names, scores):
    out = []
    for i, pair in enumerate(zip(names, scores)):  # the pair kept whole
        out.append((i, pair))
    for i, (n, s) in enumerate(zip(names, scores)):
        out.append(s > 1 and n)
    for (n, s) in zip(names, scores):
        out.append(n * s)
    for i, n in enumerate(names):
        out.append(i)
    for i, (n, s) in enumerate(zip(iter(names), scores)):  # a non-list input
        out.append((i, n))
    for i, (n, s, t) in enumerate(zip(names, scores, scores)):
        out.append(t)
    return out


print(other_shapes(["a", "b"], [1, 2]))


def generator_pairs():
    for i, (a, b) in enumerate(zip([1, 2], [3, 4])):
        yield i + a + b


print(list(generator_pairs()))
try:
    for i, (a, b) in enumerate(zip([1, 2], [3, 4, 5])):
        pass
    for i, (a, b) in enumerate(zip([(1, 2)], [3])):
        pass
    for i, (a, b, c) in enumerate(zip([1], [2])):
        pass
except ValueError as e:
    print("ValueError:", e, i, a, b)

# expect: [(0, 1, 'a'), (1, 2, 'b'), (2, 3, 'c')]
# expect: [(10, 1, 3.5), (11, 2, None)]
# expect: [] [] [(0, 0, 4), (1, 1, 5), (2, 2, 6)]
# expect: [(9223372036854775806, 1, 3), (9223372036854775807, 2, 4)]
# expect: [(-9223372036854775808, 1, 3), (-9223372036854775807, 2, 4)]
# expect: [(1180591620717411303424, 1, 3), (1180591620717411303425, 2, 4)]
# expect: [(1, 1, 4), (2, 2, 5), (3, 3, 6)]
# expect: [(10, 30), (20, 40), (30, 10), (40, 20)]
# expect: got 0 a0 b0
# expect: got 1 a1 b1
# expect: loop done
# expect: [(0, 1, 4), (1, 2, 5), (2, 3, 6)]
# expect: [0, 1, 'zip() argument 2 is shorter than argument 1', 'xu', 0, 'else']
# expect: ([(0, 1, 2), (1, 3, 4)], [])
# expect: [(0, ('a', 1)), (1, ('b', 2)), False, 'b', 'a', 'bb', 0, 1, (0, 'a'), (1, 'b'), 1, 2]
# expect: [4, 7]
# expect: ValueError: not enough values to unpack (expected 3, got 2) 0 (1, 2) 3
