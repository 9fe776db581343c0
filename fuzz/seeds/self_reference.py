a = [1]
a.append(a)
d = {}
d[0] = d
t = (a, d)
print(a, d, t, str(a), "%s %r" % (a, d), a == a, a in a, a.count(a))
b = [1]
b.append(b)
try:
    print(a == b, a < b, sorted([a, b]))
except RecursionError as e:
    print(e)
