# An exhausted list or bytearray iterator stays exhausted when its sequence grows after, as
# CPython's drops its sequence at the end; one not yet at the end sees items appended.
l = [1, 2]
it = iter(l)
print(list(it))
l.append(3)
print(next(it, "done"), list(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

l = [1, 2]
it = iter(l)
print(next(it))
l.append(3)
print(list(it))
l.append(4)
print(list(it), next(it, None))

it = iter(l)
for x in it:
    pass
l.extend([5, 6])
print(list(it), [y for y in it])

ba = bytearray(b"ab")
bi = iter(ba)
print(list(bi))
ba.extend(b"cd")
print(list(bi), next(bi, -1))

l = [1]
z = zip(iter(l), iter(l))
e = enumerate(iter(l))
it = iter(l)
print(list(e), list(z), list(it))
l.append(2)
print(list(it), list(map(str, it)))

r = reversed(l)
print(list(r))
l.insert(0, 0)
print(list(r))

l = []
it = iter(l)
print(next(it, "empty"))
l.append(1)
print(next(it, "still"))

# expect: [1, 2]
# expect: done []
# expect: StopIteration
# expect: 1
# expect: [2, 3]
# expect: [] None
# expect: [] []
# expect: [97, 98]
# expect: [] -1
# expect: [(0, 1)] [(1, 1)] [1]
# expect: [] []
# expect: [2, 1]
# expect: []
# expect: empty
# expect: still
