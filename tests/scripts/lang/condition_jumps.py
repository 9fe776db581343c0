# Conditions of if, elif, while, assert and x-if-c-else-y made of and, or and not: each operand
# is evaluated at most once, left to right, its truth tested once (__bool__ counted), and the
# branch taken is Python's for every combination.
calls = []


class Truth:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        calls.append(self.name)
        return self.value


def t(name, value):
    calls.append("eval " + name)
    return Truth(name, value)


def run(label, f):
    del calls[:]
    result = f()
    print(label, result, " ".join(calls))


for a in (False, True):
    for b in (False, True):
        for c in (False, True):
            def if_and_or():
                if t("a", a) and t("b", b) or t("c", c):
                    return "then"
                return "else"

            def if_or_and():
                if t("a", a) or t("b", b) and t("c", c):
                    return "then"
                elif not t("a2", a) and not (t("b2", b) or t("c2", c)):
                    return "elif"
                return "else"

            def if_not_and():
                if not (t("a", a) and t("b", b)) and not t("c", c):
                    return "then"
                else:
                    return "else"

            def ternary():
                return "yes" if (t("a", a) or not t("b", b)) and t("c", c) else "no"

            run("%d%d%d and/or" % (a, b, c), if_and_or)
            run("%d%d%d or/and" % (a, b, c), if_or_and)
            run("%d%d%d not-and" % (a, b, c), if_not_and)
            run("%d%d%d ternary" % (a, b, c), ternary)
# expect: 000 and/or else eval a a eval c c
# expect: 000 or/and elif eval a a eval b b eval a2 a2 eval b2 b2 eval c2 c2
# expect: 000 not-and then eval a a eval c c
# expect: 000 ternary no eval a a eval b b eval c c
# expect: 001 and/or then eval a a eval c c
# expect: 001 or/and else eval a a eval b b eval a2 a2 eval b2 b2 eval c2 c2
# expect: 001 not-and else eval a a eval c c
# expect: 001 ternary yes eval a a eval b b eval c c
# expect: 010 and/or else eval a a eval c c
# expect: 010 or/and else eval a a eval b b eval c c eval a2 a2 eval b2 b2
# expect: 010 not-and then eval a a eval c c
# expect: 010 ternary no eval a a eval b b
# expect: 011 and/or then eval a a eval c c
# expect: 011 or/and then eval a a eval b b eval c c
# expect: 011 not-and else eval a a eval c c
# expect: 011 ternary no eval a a eval b b
# expect: 100 and/or else eval a a eval b b eval c c
# expect: 100 or/and then eval a a
# expect: 100 not-and then eval a a eval b b eval c c
# expect: 100 ternary no eval a a eval c c
# expect: 101 and/or then eval a a eval b b eval c c
# expect: 101 or/and then eval a a
# expect: 101 not-and else eval a a eval b b eval c c
# expect: 101 ternary yes eval a a eval c c
# expect: 110 and/or then eval a a eval b b
# expect: 110 or/and then eval a a
# expect: 110 not-and else eval a a eval b b
# expect: 110 ternary no eval a a eval c c
# expect: 111 and/or then eval a a eval b b
# expect: 111 or/and then eval a a
# expect: 111 not-and else eval a a eval b b
# expect: 111 ternary yes eval a a eval c c


def count_while(limit, stop_at):
    i = 0
    while i < limit and not (i == stop_at or i * i > 50):
        i += 1
    return i


print(count_while(10, 3), count_while(10, -1), count_while(3, 5), count_while(0, 0))
# expect: 3 8 3 0


def asserting(x):
    try:
        assert x > 0 and x < 10 or x == 100, "out of range: %d" % x
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)


print(asserting(5), asserting(100), asserting(10), asserting(-1))
# expect: ok ok AssertionError: out of range: 10 AssertionError: out of range: -1


# Values, not just truth: `and`/`or` outside conditions still give an operand.
x = 0
print(x or "default", x and "never", [] or {} or "last", 3 and 4 and 5, not x)
# expect: default 0 last 5 True
print([v for v in range(12) if v % 2 == 0 and not v % 3 or v == 7])
# expect: [0, 6, 7]
i = 0
n = 0
while not i >= 5 or n < 3:
    i += 2
    n += 1
print(i, n)
# expect: 6 3


# A __bool__ that raises inside a condition: the exception propagates from the test.
class Broken:
    def __bool__(self):
        raise ValueError("no truth")


try:
    if 1 and Broken() or 1:
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: no truth
try:
    while not Broken():
        pass
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: no truth
