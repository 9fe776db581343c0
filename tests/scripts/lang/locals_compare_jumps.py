# `while i < n` and `if a == b` of two locals (LOAD_LOCAL, LOAD_LOCAL and the compare-and-jump,
# fused): ints in line; floats, bools, big ints, strs, tuples, mixed types and objects with
# __lt__/__eq__ as the compare would run them; TypeError and UnboundLocalError as CPython's;
# loop heads right after a store (`r = n` then `while r != 1`), run from the loop's jump back.


def count_up(n):
    i = 0
    steps = 0
    while i < n:
        steps += 1
        i += 1
    return steps


def count_down(r, stop):
    seen = []
    while r != stop:
        seen.append(r)
        r -= 1
    return seen


def compare_all(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    return " ".join(out)


print(count_up(5), count_up(0), count_up(-3))
print(count_down(4, 1), count_down(2, 2))
big = 2**70
pairs = [
    (1, 2), (2, 2), (3, 2), (-1, 0), (2**63 - 1, -(2**63)), (big, big + 1), (big, 1), (1, big),
    (1.5, 2), (2, 1.5), (2.0, 2), (float("nan"), 1.0), (1.0, float("nan")), (float("inf"), big),
    (True, 1), (False, True), (True, 2), ("a", "b"), ("b", "b"), ((1, 2), (1, 3)), ([1], [1]),
    (None, None), (None, 1), ("1", 1),
]
for a, b in pairs:
    try:
        print(repr(a)[:12], repr(b)[:12], compare_all(a, b))
    except TypeError as e:
        print(repr(a)[:12], repr(b)[:12], "TypeError:", e)


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n

    def __eq__(self, other):
        return "truthy" if self.n == other.n else ""


v1, v2 = Version(1), Version(2)
x, y = v1, v2
if x < y:
    print("v1 < v2")
if x == y:
    print("equal?")
else:
    print("not equal")
if x == Version(1):
    print("equal by __eq__")


def mixed(a, b):
    try:
        while a < b:
            a += 1
        return a
    except TypeError as e:
        return "TypeError: " + str(e)


print(mixed(0, 3), mixed(0.5, 3), mixed(0, "3"), mixed(None, 1), mixed("a", "c"))


def unbound(flag):
    if flag:
        n = 3
    i = 0
    while i < n:
        i += 1
    return i


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def changing(limit):
    # the bound changes inside the loop; the loop head is re-read each round
    i, out = 0, []
    while i < limit:
        out.append(i)
        if i == 2:
            limit = 4.5  # a float from here on
        i += 1
    return out, limit


print(changing(10))


def nested(n):
    total = 0
    i = 0
    while i < n:
        j = i
        while j >= i and j < n:
            total += j
            j += 1
        i += 1
    return total


print(nested(6), sum(j for i in range(6) for j in range(i, 6)))

# expect: 5 0 0
# expect: [4, 3, 2] []
# expect: 1 2 lt le ne
# expect: 2 2 le eq ge
# expect: 3 2 ne gt ge
# expect: -1 0 lt le ne
# expect: 922337203685 -92233720368 ne gt ge
# expect: 118059162071 118059162071 lt le ne
# expect: 118059162071 1 ne gt ge
# expect: 1 118059162071 lt le ne
# expect: 1.5 2 lt le ne
# expect: 2 1.5 ne gt ge
# expect: 2.0 2 le eq ge
# expect: nan 1.0 ne
# expect: 1.0 nan ne
# expect: inf 118059162071 ne gt ge
# expect: True 1 le eq ge
# expect: False True lt le ne
# expect: True 2 lt le ne
# expect: 'a' 'b' lt le ne
# expect: 'b' 'b' le eq ge
# expect: (1, 2) (1, 3) lt le ne
# expect: [1] [1] le eq ge
# expect: None None TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
# expect: None 1 TypeError: '<' not supported between instances of 'NoneType' and 'int'
# expect: '1' 1 TypeError: '<' not supported between instances of 'str' and 'int'
# expect: lt 1 2
# expect: v1 < v2
# expect: not equal
# expect: equal by __eq__
# expect: 3 3.5 TypeError: '<' not supported between instances of 'int' and 'str' TypeError: '<' not supported between instances of 'NoneType' and 'int' TypeError: can only concatenate str (not "int") to str
# expect: 3
# expect: UnboundLocalError: cannot access local variable 'n' where it is not associated with a value
# expect: ([0, 1, 2, 3, 4], 4.5)
# expect: 70 70
