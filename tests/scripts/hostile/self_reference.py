# Containers that contain themselves: repr and str print [...] / {...} as CPython does; equality
# and membership stop at identity; comparing two distinct self-containing lists is a
# RecursionError, never a crash.
a = [1]
a.append(a)
print(a)  # expect: [1, [...]]
print(str(a))  # expect: [1, [...]]
print("%s and %r" % (a, a))  # expect: [1, [...]] and [1, [...]]
print(repr({1: a}))  # expect: {1: [1, [...]]}
d = {}
d["me"] = d
print(d)  # expect: {'me': {...}}
t = (a, d)
print(t)  # expect: ([1, [...]], {'me': {...}})
print(a == a, a in a, a.count(a), a.index(a))  # expect: True True 1 1
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)  # expect: RecursionError: maximum recursion depth exceeded in comparison
try:
    print(a < b)
except RecursionError as e:
    print("RecursionError:", e)  # expect: RecursionError: maximum recursion depth exceeded in comparison
try:
    print(b in [a])
except RecursionError as e:
    print("RecursionError:", e)  # expect: RecursionError: maximum recursion depth exceeded in comparison
print("still running")  # expect: still running
# The cycles, which no collector would free (the ASan tests check for leaks).
a.clear()
b.clear()
d.clear()
