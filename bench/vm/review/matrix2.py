# lists: matrix ops with comprehensions, zip(*m) transpose, Gaussian elimination
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = 1.0
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i]))
        if m[p][i] == 0:
            return 0.0
        if p != i:
            m[i], m[p] = m[p], m[i]
            d = -d
        d *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            for c in range(i, n):
                m[r][c] -= f * m[i][c]
    return d
n = 40
a = [[(i * j + 1) % 7 - 3 for j in range(n)] for i in range(n)]
b = [[(i + 2 * j) % 5 - 2 for j in range(n)] for i in range(n)]
c = matmul(a, b)
print(sum(map(sum, c)), c[3][:5])
print(round(det([[float(x) for x in row] for row in a[:25]]), 3))
flat = [x for row in c for x in row]
print(max(flat), min(flat), sorted(flat)[len(flat) // 2], flat.count(0))
t = [list(r) for r in zip(*c)]
print(all(t[i][j] == c[j][i] for i in range(n) for j in range(n)))
