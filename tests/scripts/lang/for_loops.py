# for over range (1, 2 and 3 arguments), lists, tuples, strings; break and continue.
for i in range(3):
    print(i)
# expect: 0
# expect: 1
# expect: 2
out = []
for i in range(2, 5):
    out.append(i)
print(out)  # expect: [2, 3, 4]
out = []
for i in range(10, 0, -3):
    out.append(i)
print(out)  # expect: [10, 7, 4, 1]
out = []
for i in range(0, 10, 4):
    out.append(i)
print(out)  # expect: [0, 4, 8]
for i in range(0):
    print("never")
for i in range(5, 2):
    print("never")
for x in ("a", "b"):
    print(x)
# expect: a
# expect: b
chars = []
for c in "xyz":
    chars.append(c)
print(chars)  # expect: ['x', 'y', 'z']
for i in range(10):
    if i == 3:
        break
print(i)  # expect: 3
odd = []
for i in range(6):
    if i % 2 == 0:
        continue
    odd.append(i)
print(odd)  # expect: [1, 3, 5]
found = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        found.append((i, j))
print(found)  # expect: [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]
total = 0
for i in range(1_000_000):
    total += i
print(total)  # expect: 499999500000
items = [1, 2, 3]
for v in items:
    v = v * 10
print(items)  # expect: [1, 2, 3]
