# enumerate(zip(...)) and enumerate(enumerate(...)): the tuples the loop lets go of are refilled,
# those it keeps are not touched: kept rows, kept pairs and list() of them stay as they were made.
# args: --gil newgil
# args: --gil nogil
a = [1, 2, 3, 4]
b = "wxyz"
keep = []
for i, row in enumerate(zip(a, b)):
    if i % 2 == 0:
        keep.append(row)
print(keep)
pairs = []
for pair in enumerate(zip(a, b)):
    pairs.append(pair)
print(pairs)
print(list(enumerate(zip(a, b), 10)))
print(list(enumerate(enumerate(b))))
inner = []
for i, (j, ch) in enumerate(enumerate(b)):
    inner.append((i, j, ch))
print(inner)
total = 0
for i, (x, y) in enumerate(zip(range(1000), range(0, 2000, 2))):
    total += i * x - y
print(total)
rows = []
for i, row in enumerate(map(lambda x, y: (x, y), a, b)):
    rows.append(row)
print(rows, rows[0] is rows[1])
# expect: [(1, 'w'), (3, 'y')]
# expect: [(0, (1, 'w')), (1, (2, 'x')), (2, (3, 'y')), (3, (4, 'z'))]
# expect: [(10, (1, 'w')), (11, (2, 'x')), (12, (3, 'y')), (13, (4, 'z'))]
# expect: [(0, (0, 'w')), (1, (1, 'x')), (2, (2, 'y')), (3, (3, 'z'))]
# expect: [(0, 0, 'w'), (1, 1, 'x'), (2, 2, 'y'), (3, 3, 'z')]
# expect: 331834500
# expect: [(1, 'w'), (2, 'x'), (3, 'y'), (4, 'z')] False
