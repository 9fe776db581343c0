# Three-item assignments a, b, c = x, y, z: values evaluated left to right, then stored left to
# right (attribute setters see the order), without a tuple.
class P:
    def __init__(self):
        self.log = []
    def _set(name):
        def setter(self, v):
            self.log.append((name, v))
        return property(lambda self: name, setter)
    x = _set("x")
    y = _set("y")
    z = _set("z")

def v(tag, value, log):
    log.append(tag)
    return value

def f():
    p = P()
    p.x, p.y, p.z = v("a", 1, p.log), v("b", 2, p.log), v("c", 3, p.log)
    print(p.log)
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    a, a, b = 4, 5, 6
    print(a, b)
    d = {}
    d["k"], d["k"], a = 7, 8, 9
    print(d, a)
    [a, b], c, e = (10, 11), 12, 13
    print(a, b, c, e)
    l = [0, 0, 0]
    l[0], l[1], l[2] = l[2] + 1, l[0] + 2, l[1] + 3
    print(l)

def g():
    global ga, gb, gc
    ga, gb, gc = 1, 2, 3
    ga, gb, gc = gc, ga, gb

f()
g()
print(ga, gb, gc)
m, n, o = "m", "n", "o"
m, n, o = o, m, n
print(m, n, o)
class K:
    p, q, r = 1, 2, 3
    p, q, r = r, p, q
print(K.p, K.q, K.r)

def closure():
    a, b, c = 1, 2, 3
    def inner():
        return a, b, c
    a, b, c = c, b, a
    return inner()
print(closure())
try:
    a, b, c = 1, 2
except ValueError as e:
    print(e)
try:
    def bad():
        a, b, c = 1, 2, undefined_name
    bad()
except NameError as e:
    print(e)

# expect: ['a', 'b', 'c', ('x', 1), ('y', 2), ('z', 3)]
# expect: 3 1 2
# expect: 5 6
# expect: {'k': 8} 9
# expect: 10 11 12 13
# expect: [1, 2, 3]
# expect: 3 1 2
# expect: o m n
# expect: 3 1 2
# expect: (3, 2, 1)
# expect: not enough values to unpack (expected 3, got 2)
# expect: name 'undefined_name' is not defined
