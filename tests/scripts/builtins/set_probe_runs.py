# Keys whose hashes agree in their low 7 bits (0, 128, 256, ...) share a probe's control byte; keys
# near the table's end probe one slot at a time; removals leave dummies that adds reuse. Every
# set's order, membership and size must be CPython 3.11's.
# args: --gil newgil
# args: --gil nogil

same_low_bits = set()
for k in range(0, 128 * 12, 128):
    same_low_bits.add(k)
print(same_low_bits, 640 in same_low_bits, 641 in same_low_bits, 128 * 12 in same_low_bits)
for k in (256, 0, 1024):
    same_low_bits.remove(k)
same_low_bits.add(128 * 20)
same_low_bits.add(-128)
same_low_bits.add(256)
print(same_low_bits, 0 in same_low_bits, 256 in same_low_bits, -128 in same_low_bits)

# Backtracking: keys removed and added again, as nqueens does, with negative keys too.
cols, diag1, diag2 = set(), set(), set()
trace = []


def place(n, row):
    if row == n:
        trace.append((list(cols), list(diag1), list(diag2)))
        return 1
    count = 0
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        count += place(n, row + 1)
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)
    return count


print(place(6, 0), trace[0], trace[-1])
print(list(cols), list(diag1), list(diag2), len(diag2))
diag2.update(range(-9, 3))
print(list(diag2))

# Keys at the end of the table, whose probe runs are one slot long, and wrap to the start.
tail = {7, 15, 23, 31, 6}
tail.discard(15)
tail.add(39)
tail.add(14)
print(tail, 15 in tail, 39 in tail, 47 in tail)
big = set(range(60, 64))
big.update(range(124, 128, 1))
for k in (61, 125, 62):
    big.discard(k)
for k in (189, 253, 61, 317):
    big.add(k)
print(big, 189 in big, 62 in big, 317 in big)

# strs and ints together, with removals: the same order as CPython's for the ints and the size.
mixed = {1, 2, 3, 129, 257}
mixed.add("x")
mixed.discard(129)
mixed.add(385)
print(sorted(mixed, key=str), 385 in mixed, 129 in mixed, "x" in mixed, len(mixed))

# pop() takes keys in table order, leaving dummies that later adds reuse.
popped = set(range(0, 1280, 128))
print([popped.pop() for _ in range(3)])
popped.add(5)
popped.add(128)
print(popped)

# Random adds and discards of clashing keys, checked against a list model.
import random
rng = random.Random(7)
model = []
s = set()
for step in range(3000):
    k = rng.randrange(-40, 40) * 128 + rng.randrange(3)
    if rng.random() < 0.55:
        s.add(k)
        if k not in model:
            model.append(k)
    else:
        s.discard(k)
        if k in model:
            model.remove(k)
    if step % 500 == 0:
        print(step, len(s), hash(tuple(s)) % 100003)
print(sorted(s) == sorted(model), all(k in s for k in model), sum(1 for k in range(-6000, 6000) if k in s) == len(model))

# expect: {0, 256, 384, 128, 512, 640, 768, 896, 1024, 1152, 1280, 1408} True False False
# expect: {256, -128, 384, 128, 512, 640, 768, 896, 2560, 1152, 1280, 1408} False True True
# expect: 4 ([2, 0, 3, 1, 5, 4], [1, 6, 3, 4, 7, 9], [1, 2, 3, -1, -3, -2]) ([1, 3, 5, 0, 2, 4], [6, 7, 8, 2, 3, 4], [4, 1, 2, -1, -4, -2])
# expect: [] [] [] 0
# expect: [2, 1, 0, -1, -9, -8, -7, -6, -5, -4, -3, -2]
# expect: {23, 39, 6, 7, 31, 14} False True False
# expect: {127, 60, 61, 253, 126, 317, 124, 189, 63} True False True
# expect: [1, 2, 257, 3, 385, 'x'] True False True 6
# expect: [0, 256, 384]
# expect: {128, 512, 640, 768, 896, 1024, 1152, 5}
# expect: 0 1 98447
# expect: 500 116 28316
# expect: 1000 119 25425
# expect: 1500 127 83615
# expect: 2000 135 56650
# expect: 2500 142 98618
# expect: True True True
