# Tuples, tuple unpacking (also in for loops), swapping.
t = (1, "a", None)
print(t, len(t))  # expect: (1, 'a', None) 3
print(t[0], t[-1], t[1:])  # expect: 1 None ('a', None)
single = (42,)
print(single, len(single))  # expect: (42,) 1
empty = ()
print(empty, len(empty))  # expect: () 0
bare = 1, 2, 3
print(bare)  # expect: (1, 2, 3)
a, b = 1, 2
print(a, b)  # expect: 1 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = [10, 20, 30]
print(x + y + z)  # expect: 60
p, q = "hi"
print(p, q)  # expect: h i
(m, n), o = (1, 2), 3
print(m, n, o)  # expect: 1 2 3
for k, v in [("x", 1), ("y", 2)]:
    print(k, v)
# expect: x 1
# expect: y 2

def divmod_pair(a, b):
    return a // b, a % b

q, r = divmod_pair(17, 5)
print(q, r)  # expect: 3 2
print(2 in t, "a" in t)  # expect: False True
print((1, 2) + (3,))  # expect: (1, 2, 3)
