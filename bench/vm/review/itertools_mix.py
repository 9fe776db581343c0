# itertools: combinations, permutations, product, groupby, accumulate, chain
import itertools
n = 0
for combo in itertools.combinations(range(20), 4):
    if sum(combo) % 7 == 0:
        n += 1
print(n)
best = min(itertools.permutations(range(8)), key=lambda p: sum(abs(p[i] - p[i + 1]) * (i + 1) for i in range(7)))
print(best)
print(sum(1 for a, b, c in itertools.product(range(30), repeat=3) if a * a + b * b == c * c))
data = sorted((i % 13, i) for i in range(5000))
print([(k, len(list(g))) for k, g in itertools.groupby(data, key=lambda t: t[0])][:5])
print(list(itertools.accumulate(range(10)))[-3:], list(itertools.islice(itertools.count(5, 3), 4)))
print(sum(itertools.chain(range(1000), range(500))))
