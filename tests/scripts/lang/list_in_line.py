# A list's item read (x[i], x[k]), replaced (x[i] = v) and iterated (for, comprehensions) by the
# interpreter's in-line cases, under a GIL and free-threaded (there under the list's lock): indexes
# from the end, out of range, bools, a list that grows, shrinks or changes while a loop runs.
# args: --gil newgil
# args: --gil nogil
items = [10, "b", (3,), [4]]
i = 1
print(items[i], items[-i], items[0], items[3][0], items[True], items[-4])
# expect: b [4] 10 4 b 10
for bad in (4, -5, 2**40):
    try:
        items[bad]
    except IndexError as e:
        print("IndexError:", e)
# expect: IndexError: list index out of range
# expect: IndexError: list index out of range
# expect: IndexError: list index out of range
items[i] = "B"
items[-1] = ["four"]
items[False] = 11
print(items)  # expect: [11, 'B', (3,), ['four']]
for bad in (4, -5):
    try:
        items[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
# expect: IndexError: list assignment index out of range
# expect: IndexError: list assignment index out of range
print(items)  # expect: [11, 'B', (3,), ['four']]
total = 0
for k in range(len(items)):
    items[k] = [k] * (k + 1)  # the item replaced is freed here
    total += len(items[k])
print(total, items[3])  # expect: 10 [3, 3, 3, 3]

grow = [1, 2]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 10)
print(grow)  # expect: [1, 2, 10, 20, 100]
shrink = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrink:
    seen.append(x)
    shrink.pop()
print(seen, shrink)  # expect: [1, 2, 3] [1, 2, 3]
change = [1, 2, 3]
out = []
for x in change:
    out.append(x)
    if len(out) < 3:
        change[len(out)] = x * 100
print(out, change)  # expect: [1, 100, 10000] [1, 100, 10000]
def squares(xs):
    return [x * x for x in xs if x % 2]
print(squares([1, 2, 3, 4, 5]), [s[0] for s in [(1,), (2,)]], list(x for x in [7, 8]))
# expect: [1, 9, 25] [1, 2] [7, 8]
