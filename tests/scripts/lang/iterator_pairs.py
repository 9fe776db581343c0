# Pair tuples that enumerate and a zip of two refill when nothing else holds the last one (as
# CPython's enum_next and zip_next; dict items as before): held pairs stay, unpacked ones are
# reused, enumerate past sys.maxsize goes on in big ints, zip of one, two and three, strict.
# Also `[x] * n` filled at once: the same object n times, counted n times. CPython 3.11's output.
# (Threads sharing one enumerate or zip are left out: under nogil one may see an item twice, a
# race older than this test.)
# args: --gil newgil
# args: --gil nogil

import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Noisy(%s)" % self.name


def pairs():
    kept = []
    for t in enumerate("abc"):
        kept.append(t)  # held: the next pair must be a new tuple
    print(kept, list(enumerate([4, 5], start=-3)))
    total = 0
    for i, v in enumerate(range(10, 20)):
        total += i * v
    print(total)
    big = list(enumerate("xyz", sys.maxsize - 1))
    print(big, type(big[-1][0]))
    for i, v in enumerate([Noisy("a"), Noisy("b")]):
        print("at", i, v)
    print("after enumerate")
    print(list(zip([1, 2, 3], "ab")), list(zip([1], [2], [3])), list(zip("q")))
    seen = []
    for p in zip(range(3), range(3, 6)):
        seen.append(p)
    print(seen, [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
    try:
        list(zip([1, 2], [3], strict=True))
    except ValueError as e:
        print("ValueError", e)
    d = {"k": 1, "j": 2}
    print([(k, v) for k, v in d.items()], list(d.items()))


pairs()


def repeats():
    a = [[]] * 3
    a[0].append(1)
    print(a, [None] * 0, [1] * 5, (7,) * 3, [2] * -1, [1, 2] * 2, ["s"] * 2)
    n = Noisy("r")
    b = [n] * 4
    del n
    print(len(b), b[3])
    b = None
    print("after repeat")
    flags = [True] * 30
    flags[0] = flags[1] = False
    for i in range(2, 6):
        if flags[i]:
            flags[i * i::i] = [False] * ((29 - i * i) // i + 1)
    print([i for i, f in enumerate(flags) if f])


repeats()
# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(-3, 4), (-2, 5)]
# expect: 735
# expect: [(9223372036854775806, 'x'), (9223372036854775807, 'y'), (9223372036854775808, 'z')] <class 'int'>
# expect: at 0 Noisy(a)
# expect: at 1 Noisy(b)
# expect: after enumerate
# expect: [(1, 'a'), (2, 'b')] [(1, 2, 3)] [('q',)]
# expect: [(0, 3), (1, 4), (2, 5)] [4, 10, 18]
# expect: ValueError zip() argument 2 is shorter than argument 1
# expect: [('k', 1), ('j', 2)] [('k', 1), ('j', 2)]
# expect: [[1], [1], [1]] [] [1, 1, 1, 1, 1] (7, 7, 7) [] [1, 2, 1, 2] ['s', 's']
# expect: 4 Noisy(r)
# expect: after repeat
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
