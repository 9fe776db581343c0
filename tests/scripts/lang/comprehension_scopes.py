# Comprehensions run in their own function scope, as in CPython 3.11: their variables do not
# leak into (or clobber) the enclosing function, module or class; closures made inside capture
# the comprehension's variables; a class body's names are not visible past the first iterable;
# errors inside propagate (errors/comprehension_frame.py: the traceback's frame).
def clobber():
    i = "outer"
    squares = [i * i for i in range(4)]
    evens = {i for i in range(6) if i % 2 == 0}
    table = {i: str(i) for i in range(3)}
    total = sum(i for i in range(5))
    return i, squares, sorted(evens), table, total


print(clobber())
# expect: ('outer', [0, 1, 4, 9], [0, 2, 4], {0: '0', 1: '1', 2: '2'}, 10)

i = "module"
x = [i for i in "ab"]
print(i, x)
# expect: module ['a', 'b']
try:
    print(k)
except NameError as e:
    print("NameError:", e)
# expect: NameError: name 'k' is not defined
print([k * 2 for k in range(3)])
# expect: [0, 2, 4]
try:
    print(k)
except NameError as e:
    print("NameError:", e)
# expect: NameError: name 'k' is not defined


def leaked():
    [n for n in range(3)]
    try:
        return n
    except NameError as e:
        return "NameError: " + str(e)


print(leaked())
# expect: NameError: name 'n' is not defined


def closures():
    fs = [lambda: v for v in range(3)]
    gs = [lambda v=v: v for v in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(closures())
# expect: ([2, 2, 2], [0, 1, 2])


def enclosing(scale):
    offset = 10
    rows = [[r * scale + c + offset for c in range(3)] for r in range(2)]
    pairs = [(a, b) for a in range(3) for b in range(a) if (a + b) % 2]
    nested = [y for xs in [[1, 2], [3], []] for y in xs]
    return rows, pairs, nested


print(enclosing(5))
# expect: ([[10, 11, 12], [15, 16, 17]], [(1, 0), (2, 1)], [1, 2, 3])


def later_bound():
    try:
        early = [z for _ in range(1)]
    except NameError as e:
        early = "NameError: " + str(e)
    z = 3
    return early, [z for _ in range(2)]


print(later_bound())
# expect: ("NameError: cannot access free variable 'z' where it is not associated with a value in enclosing scope", [3, 3])


class Table:
    size = 3
    cells = [c for c in range(size)]
    try:
        scaled = [c * size for c in range(2)]
    except NameError as e:
        scaled = "NameError: " + str(e)


print(Table.cells, Table.scaled)
# expect: [0, 1, 2] NameError: name 'size' is not defined

order = []


def note(tag, value):
    order.append(tag)
    return value


d = {note("k%d" % n, n): note("v%d" % n, n * n) for n in range(2)}
print(d, order)
# expect: {0: 0, 1: 1} ['k0', 'v0', 'k1', 'v1']


def gen_with_comprehension(n):
    for row in range(n):
        yield [row * col for col in range(n)]


print(list(gen_with_comprehension(3)))
# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]


try:
    {v: 1 // v for v in range(3)}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer division or modulo by zero
try:
    sum(1 // v for v in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer division or modulo by zero
print([c for c in "hi"], {c for c in "aa"}, {c: 1 for c in "b"}, list(c for c in "xy"))
# expect: ['h', 'i'] {'a'} {'b': 1} ['x', 'y']
