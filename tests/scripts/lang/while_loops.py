# while with break and continue, nested loops, loop conditions with and/or.
n = 0
while n < 5:
    n += 1
print(n)  # expect: 5
i = 0
evens = []
while True:
    i += 1
    if i > 10:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens)  # expect: [2, 4, 6, 8, 10]
a = 0
b = 10
while a < 5 and b > 7:
    a += 1
    b -= 1
print(a, b)  # expect: 3 7
rows = []
r = 0
while r < 3:
    c = 0
    row = []
    while c < 3:
        if c == r:
            c += 1
            continue
        row.append(c)
        c += 1
    rows.append(row)
    r += 1
print(rows)  # expect: [[1, 2], [0, 2], [0, 1]]
countdown = 100000
while countdown > 0:
    countdown -= 1
print(countdown)  # expect: 0
