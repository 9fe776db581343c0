# Matrix product with nested comprehensions and sum() of a generator expression; transpose with
# zip(*m).
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def main(n):
    a = [[(i * j) % 7 + 1 for j in range(12)] for i in range(12)]
    t = 0
    for r in range(n):
        c = matmul(a, transpose(a))
        t += c[r % 12][(r * 5) % 12]
    return t
print(main(60))
