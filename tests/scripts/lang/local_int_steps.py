# `i += 1`, `n -= 1`, `j = i + 2` of locals (one fused instruction while the local is an int and
# the result fits): results past 2**63 - 1, bools, floats, strs, unbound locals, __iadd__ and
# __add__, a target holding an object, a countdown loop.
def counting(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return i, total


print(counting(10))


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return n, steps


print(countdown(7))


def edges():
    big = 2**63 - 2
    big += 1
    print(big)
    big += 1
    print(big, type(big).__name__)
    small = -(2**63) + 1
    small -= 1
    print(small)
    small -= 1
    print(small)
    up = 2**63 - 1
    up2 = up + 5
    print(up2)
    down = -(2**63)
    down2 = down - 5
    print(down2)
    flag = True
    flag += 1
    print(flag, type(flag).__name__)
    f = 1.5
    f += 1
    print(f)
    f = f - 2
    print(f)


edges()


def targets():
    j = [1, 2, 3]  # an object the int replaces
    i = 4
    j = i + 2
    k = i - 10
    print(j, k, i)
    i = i - 1
    print(i)


targets()


def errors():
    s = "abc"
    try:
        s += 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        t = s - 1
    except TypeError as e:
        print("TypeError:", e)
    n = None
    try:
        n += 1
    except TypeError as e:
        print("TypeError:", e)


errors()


def unbound():
    x += 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_other():
    y = x + 1
    x = 2
    return y


try:
    unbound_other()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, k):
        print("iadd", k)
        self.v += k
        return self

    def __add__(self, k):
        print("add", k)
        return Acc(self.v + k)

    def __sub__(self, k):
        print("sub", k)
        return Acc(self.v - k)

    def __isub__(self, k):
        print("isub", k)
        self.v -= k
        return self


def dunders():
    a = Acc(1)
    a += 2
    b = a + 3
    a -= 1
    c = a - 1
    print(a.v, b.v, c.v)


dunders()


def choose(c, a, b):
    x = (a if c else b) + 1
    y = a + 1 if c else b - 1
    return x, y


print(choose(True, 1, 10), choose(False, 1, 10))


def nested_loops(n):
    count = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            count += 1
            j += 1
        i += 1
    return count


print(nested_loops(20))

# expect: (10, 45)
# expect: (0, 7)
# expect: 9223372036854775807
# expect: 9223372036854775808 int
# expect: -9223372036854775808
# expect: -9223372036854775809
# expect: 9223372036854775812
# expect: -9223372036854775813
# expect: 2 int
# expect: 2.5
# expect: 0.5
# expect: 6 -6 4
# expect: 3
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for -: 'str' and 'int'
# expect: TypeError: unsupported operand type(s) for +=: 'NoneType' and 'int'
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
# expect: iadd 2
# expect: add 3
# expect: isub 1
# expect: sub 1
# expect: 2 6 1
# expect: (2, 2) (11, 9)
# expect: 190
