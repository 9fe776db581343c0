# list.extend: a list or tuple (or the list itself) as a snapshot; anything else one item at a time,
# as CPython: the items before an exception stay, and a generator sees those appended before.
a = [1, 2]
a.extend(a)
print(a)
a.extend(x * 10 for x in range(3))
a.extend((5, 6))
a.extend({"k": 1})
a.extend({"v": 2}.values())
a.extend("xy")
print(a)
def failing():
    yield "kept?"
    raise ValueError("stop")
try:
    a.extend(failing())
except ValueError as e:
    print("ValueError", e, a[-1])
try:
    a.extend(5)
except TypeError as e:
    print(e)
class L(list):
    pass
b = L([1])
b.extend(b)
b.extend(iter([7]))
print(b, type(b).__name__)
c = [0]
c.extend(len(c) for _ in range(3))
print(c)
d = [1, 2]
d.extend(iter(d[:1]))
e = []
e.extend(range(4))
e.extend(x for x in e[:] if x > 1)
print(d, e)

# expect: [1, 2, 1, 2]
# expect: [1, 2, 1, 2, 0, 10, 20, 5, 6, 'k', 2, 'x', 'y']
# expect: ValueError stop kept?
# expect: 'int' object is not iterable
# expect: [1, 1, 7] L
# expect: [0, 1, 2, 3]
# expect: [1, 2, 1] [0, 1, 2, 3, 2, 3]
