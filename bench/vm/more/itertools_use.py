# itertools: combinations, permutations, islice of count, groupby, chain, product with repeat.
import itertools
def main(n):
    t = 0
    for r in range(n):
        for a, b in itertools.combinations(range(8), 2):
            t += a * b
        for p in itertools.permutations("abc"):
            t += len(p)
        t += sum(itertools.islice(itertools.count(r), 10))
        for k, g in itertools.groupby(sorted("mississippi")):
            t += len(list(g))
        t += len(list(itertools.chain([1, 2], (3, 4), range(3))))
        for x, y in itertools.product(range(3), repeat=2):
            t += x - y
    return t
print(main(3000))
