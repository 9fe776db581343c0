# Pairs the compiler fuses into one instruction (a local after a local, a constant after a local,
# a local after a store into a local; the second instruction stays in the code): the values, an
# unset local in either half (UnboundLocalError naming it), jumps that land on the second half,
# the same slot stored and loaded, and `s += t` still appending in place before a load. Every
# expectation is CPython 3.11's. Under a GIL and free-threaded (lists take the general path).
# args: --gil newgil
# args: --gil nogil


def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def pairs(a, b):
    c = a - b
    d = c
    return a + b, a - b, b - a, a * 2, b - 1, c, d


def unset_first(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def unset_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def deleted(a, b):
    del b
    return a + b


def store_then_unset(x):
    y = x
    if x > 100:
        z = 0
    return y + z


def into_second(c, a, b, d):
    # The false branch enters the pair (b, d) at its first half, the true branch's jump lands on
    # its second half.
    return [a if c else b, d]


def chained(a, b, c, d, e):
    return a, b, c, d, e, (a, b), (c, 7), (d, "k")


def same_slot(n):
    total = 0
    for i in range(n):
        x = i * 2
        x = x + 1
        total = total + x
    return total


def grow(n):
    s = ""
    lengths = 0
    for i in range(n):
        s += "ab"
        t = s
        lengths = lengths + len(t)
    return len(s), lengths


def loop_conditions(n):
    i = 0
    found = []
    while i < n:
        j = i
        if j % 3 == 0 and i != 0:
            found.append(j)
        i = j + 1
    return found


print(pairs(7, 3))  # expect: (10, 4, -4, 14, 2, 4, 4)
print(pairs(2.5, -1))  # expect: (1.5, 3.5, -3.5, 5.0, -2, 3.5, 3.5)
print(err(lambda: unset_first(True)))  # expect: 3
print(err(lambda: unset_first(False)))  # expect: UnboundLocalError: cannot access local variable 'a' where it is not associated with a value
print(err(lambda: unset_second(True)))  # expect: 3
print(err(lambda: unset_second(False)))  # expect: UnboundLocalError: cannot access local variable 'b' where it is not associated with a value
print(err(lambda: deleted(1, 2)))  # expect: UnboundLocalError: cannot access local variable 'b' where it is not associated with a value
print(err(lambda: store_then_unset(5)))  # expect: UnboundLocalError: cannot access local variable 'z' where it is not associated with a value
print(err(lambda: store_then_unset(500)))  # expect: 500
print(into_second(True, "a", "b", "d"))  # expect: ['a', 'd']
print(into_second(False, "a", "b", "d"))  # expect: ['b', 'd']
print(into_second(0, 1, 2, 3), into_second(1, 1, 2, 3))  # expect: [2, 3] [1, 3]
print(chained(1, 2, 3, 4, 5))  # expect: (1, 2, 3, 4, 5, (1, 2), (3, 7), (4, 'k'))
print(same_slot(10), same_slot(0))  # expect: 100 0
print(grow(5), grow(1000))  # expect: (10, 30) (2000, 1001000)
print(loop_conditions(20))  # expect: [3, 6, 9, 12, 15, 18]
print([x + y for x in range(3) for y in range(2)])  # expect: [0, 1, 1, 2, 2, 3]
print((lambda p, q: p * q + p)(6, 7))  # expect: 48


# A loop's FOR_ITER and the store of its target: ranges (negative steps, empty, near the int64
# limit) and lists go straight into the local; other iterators (a generator, which resumes at
# the store; a dict, a str, a tuple, an iterator of an iterator) take the store as before. The
# value a target held is released as it is replaced, and the target keeps its last item.
def loops():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(10, 0, -4):
        out.append(i)
    for i in range(0):
        out.append("never")
    for i in range(2**63 - 2, 2**63 - 1):
        out.append(i)
    items = ["a", [1], ("t",)]
    for x in items:
        out.append(x)
    def gen():
        yield "g1"
        yield "g2"
    for x in gen():
        out.append(x)
    for x in {"k1": 1, "k2": 2}:
        out.append(x)
    for x in "st":
        out.append(x)
    for x in iter(iter((7, 8))):
        out.append(x)
    return out, i, x


print(loops())  # expect: ([0, 1, 2, 10, 6, 2, 9223372036854775806, 'a', [1], ('t',), 'g1', 'g2', 'k1', 'k2', 's', 't', 7, 8], 9223372036854775806, 8)


def growing():
    a = [1, 2]
    seen = []
    for v in a:  # the list grows while the loop reads it
        seen.append(v)
        if len(a) < 5:
            a.append(v * 10)
    else:
        seen.append("else")
    return seen


print(growing())  # expect: [1, 2, 10, 20, 100, 'else']


def unbound_after_empty():
    for k in []:
        pass
    return k


print(err(unbound_after_empty))  # expect: UnboundLocalError: cannot access local variable 'k' where it is not associated with a value
