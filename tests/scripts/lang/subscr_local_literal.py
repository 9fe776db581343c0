# A local's item at a literal index, read (b[0]) or written (b[3] = x, b[3] -= e), runs as one
# instruction (LOAD_LOCAL_SUBSCR_INT, LOAD_LOCAL_STORE_SUBSCR_INT), and so at a local index (a[i],
# a[i] = x: LOAD_LOCAL_LOAD_LOCAL_SUBSCR, LOAD_LOCAL_LOAD_LOCAL_STORE_SUBSCR); `c[k] op= e` with a local
# c and a literal or local k loads c and k again to store: every kind of container, every error,
# and the order of __getitem__, the value and __setitem__ stay CPython's. Under a GIL and
# free-threaded.
# args: --gil newgil
# args: --gil nogil


class Recorder:
    def __init__(self):
        self.log = []
        self.data = {0: 10, 3: 30}

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data[k]

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        self.data[k] = v


def value(log, v):
    log.append(("value", v))
    return v


def index_int():
    n = 5
    return n[0]


def reads():
    b = [1.5, 2.5, 3.5]
    t = (7, 8)
    s = "xyz"
    d = {0: "zero", 2: "two"}
    r = range(5, 10)
    print(b[0] - b[2], t[1], s[2], d[2], r[3], b[1] * t[0])
    for bad in (lambda: b[3], lambda: t[2], lambda: s[5], lambda: d[1], index_int):
        try:
            bad()
        except (IndexError, KeyError, TypeError) as e:
            print(type(e).__name__, e)
    rec = Recorder()
    print(rec[3], rec.log)
    try:
        print(unset[0])
        unset = [1]
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def writes():
    b = [0, 0, 0, 0]
    b[3] = "x"
    b[0] = b[3] * 2
    print(b)
    d = {}
    d[1] = "one"
    d[0] = d[1]
    print(d)
    t = (1, 2)
    try:
        t[0] = 5
    except TypeError as e:
        print("TypeError", e)
    try:
        b[4] = 1
    except IndexError as e:
        print("IndexError", e)
    try:
        s = "abc"
        s[0] = "z"
    except TypeError as e:
        print("TypeError", e)
    rec = Recorder()
    rec[3] = 33
    print(rec.log)


def augmented():
    body = [1.0, 2.0, 3.0, 4.0]
    dx, m = 0.5, 2.0
    body[3] -= dx * m
    body[0] += body[3]
    body[1] *= 3
    print(body)
    counts = {}
    for w in "abracadabra":
        counts[w] = counts.get(w, 0)
        counts[w] += 1
    print(counts)
    k = 2
    body[k] /= 4
    print(body)
    nested = [[1], [2]]
    alias = nested[0]
    nested[0] += [9]  # the inner list changes in place and is stored back
    print(nested, alias is nested[0], alias)
    rec = Recorder()
    rec[0] += value(rec.log, 5)
    i = 3
    rec[i] -= value(rec.log, 1)
    print(rec.log, rec.data)
    missing = {}
    try:
        missing[0] += 1
    except KeyError as e:
        print("KeyError", e)
    try:
        body[9] += 1
    except IndexError as e:
        print("IndexError", e)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e, t)
    try:
        body[0] += "x"
    except TypeError as e:
        print("TypeError", e, body[0])

    # The value is computed after the item is read; what it does to the container is overwritten.
    def clobber():
        body[2] = 100.0
        return 1.0

    body[2] += clobber()
    print(body)

    def fails():
        raise ValueError("no value")

    try:
        body[1] += fails()
    except ValueError as e:
        print("ValueError", e, body[1])


def local_index():
    a = [10, 20, 30]
    t = ("p", "q")
    out = []
    for i in range(-3, 3):
        out.append(a[i])
    for i in (-1, 0, True, False):
        out.append(t[i])
    print(out)
    for i in range(3):
        a[i] = a[i] + i
    i = -1
    a[i] = "last"
    print(a)
    for i in (3, -4):
        try:
            a[i]
        except IndexError as e:
            print("IndexError", e)
        try:
            a[i] = 0
        except IndexError as e:
            print("IndexError", e)
    for i in (1.0, "1", None):
        try:
            a[i]
        except TypeError as e:
            print("TypeError", e)
        try:
            a[i] = 0
        except TypeError as e:
            print("TypeError", e)
    d = {"k": 1, 2: "two"}
    k = "k"
    d[k] = d[k] + 1
    k = 2
    print(d[k], d)
    s = "hello"
    k = 4
    print(s[k])
    try:
        t[k] = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        print(a[unbound])
        unbound = 0
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    big = 2**70
    try:
        a[big]
    except IndexError as e:
        print("IndexError", e)


def pausing():
    acc = [0, 0]
    while True:
        acc[1] += yield acc[0]
        acc[0] += 1


reads()
writes()
augmented()
local_index()
g = pausing()
print(next(g), g.send(10), g.send(20))
glob = [1, 2]
glob[1] += 5
glob[0] = glob[1]
print(glob)
# expect: -2.0 8 z two 8 17.5
# expect: IndexError list index out of range
# expect: IndexError tuple index out of range
# expect: IndexError string index out of range
# expect: KeyError 1
# expect: TypeError 'int' object is not subscriptable
# expect: 30 [('get', 3)]
# expect: UnboundLocalError cannot access local variable 'unset' where it is not associated with a value
# expect: ['xx', 0, 0, 'x']
# expect: {1: 'one', 0: 'one'}
# expect: TypeError 'tuple' object does not support item assignment
# expect: IndexError list assignment index out of range
# expect: TypeError 'str' object does not support item assignment
# expect: [('set', 3, 33)]
# expect: [4.0, 6.0, 3.0, 3.0]
# expect: {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}
# expect: [4.0, 6.0, 0.75, 3.0]
# expect: [[1, 9], [2]] True [1, 9]
# expect: [('get', 0), ('value', 5), ('set', 0, 15), ('get', 3), ('value', 1), ('set', 3, 29)] {0: 15, 3: 29}
# expect: KeyError 0
# expect: IndexError list index out of range
# expect: TypeError 'tuple' object does not support item assignment (1, 2)
# expect: TypeError unsupported operand type(s) for +=: 'float' and 'str' 4.0
# expect: [4.0, 6.0, 1.75, 3.0]
# expect: ValueError no value 6.0
# expect: [10, 20, 30, 10, 20, 30, 'q', 'p', 'q', 'p']
# expect: [10, 21, 'last']
# expect: IndexError list index out of range
# expect: IndexError list assignment index out of range
# expect: IndexError list index out of range
# expect: IndexError list assignment index out of range
# expect: TypeError list indices must be integers or slices, not float
# expect: TypeError list indices must be integers or slices, not float
# expect: TypeError list indices must be integers or slices, not str
# expect: TypeError list indices must be integers or slices, not str
# expect: TypeError list indices must be integers or slices, not NoneType
# expect: TypeError list indices must be integers or slices, not NoneType
# expect: two {'k': 2, 2: 'two'}
# expect: o
# expect: TypeError 'tuple' object does not support item assignment
# expect: UnboundLocalError cannot access local variable 'unbound' where it is not associated with a value
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: 0 1 2
# expect: [7, 7]
