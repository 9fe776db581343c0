# Every combination of slice bounds (None, inside, negative, beyond either end) and steps
# (1, -1, 2, -2, 3, -3, big) on lists, tuples, strs, bytes and ranges of several lengths, and
# slice assignment and deletion on lists: one checksum line per kind against CPython's results.
# args: --gil newgil
# args: --gil nogil
bounds = [None, 0, 1, 2, 3, -1, -2, -3, 5, -5, 7, -7, 100, -100, 2 ** 62, -(2 ** 62)]
steps = [None, 1, -1, 2, -2, 3, -3, 100, -100, 2 ** 62, -(2 ** 62)]


def checksum(rows):
    total = 0
    for row in rows:
        total = (total * 31 + len(row)) % 1000003
        for x in row:
            total = (total * 131 + (x if isinstance(x, int) else ord(x))) % 1000003
    return total


def digest(make, steps):
    out = []
    for n in (0, 1, 2, 5, 6):
        seq = make(n)
        for a in bounds:
            for b in bounds:
                for c in steps:
                    out.append(seq[a:b:c])
    return len(out), sum(len(x) for x in out), checksum(out)


print(digest(lambda n: list(range(n)), steps))  # expect: (14080, 6437, 345397)
print(digest(lambda n: tuple(range(n)), steps))  # expect: (14080, 6437, 345397)
print(digest(lambda n: "abcdefg"[:n], steps))  # expect: (14080, 6437, 614855)
print(digest(lambda n: "aé€😀bcd"[:n], steps))  # expect: (14080, 6437, 776156)
print(digest(lambda n: b"abcdefg"[:n], steps))  # expect: (14080, 6437, 614855)
print(digest(lambda n: range(10, 10 + 3 * n, 3), steps[:9]))  # range steps within 64 bits  # expect: (11520, 5674, 187499)


def assign_digest():
    results = []
    for n in (0, 1, 4, 6):
        for a in bounds[:12]:
            for b in bounds[:12]:
                for c in (None, 1, -1, 2, -2):
                    for width in (0, 1, 2, 3):
                        target = list(range(n))
                        try:
                            target[a:b:c] = [100 + i for i in range(width)]
                            results.append(target)
                        except ValueError as e:
                            results.append([ord(ch) for ch in str(e)])
    return len(results), checksum(results)


print(assign_digest())  # expect: (11520, 340363)


def delete_digest():
    results = []
    for n in (0, 1, 4, 7):
        for a in bounds[:12]:
            for b in bounds[:12]:
                for c in (None, 1, -1, 2, -2, 3):
                    target = list(range(n))
                    del target[a:b:c]
                    results.append(target)
    return len(results), checksum(results)


print(delete_digest())  # expect: (3456, 881055)
p = list(range(9))
for k in range(1, 9):
    p[:k + 1] = p[k::-1]
print(p)  # expect: [8, 6, 4, 2, 0, 1, 3, 5, 7]
q = p[:]
q[2:5] = q[4:1:-1]
print(q, p[::-1][::2], p[-3:][::-1])  # expect: [8, 6, 0, 2, 4, 1, 3, 5, 7] [7, 3, 0, 4, 8] [7, 5, 3]
try:
    p[::0]
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: slice step cannot be zero
try:
    p[1:2:0] = []
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: slice step cannot be zero
print([1, 2, 3][True:], (1, 2, 3)[:False], "abc"[::True])  # expect: [2, 3] () abc
