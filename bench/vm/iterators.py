# Builtin iteration helpers: enumerate, zip, map and filter with lambdas, sorted and max with a key,
# tuple unpacking in for loops.
def main(rounds):
    names = ["n%03d" % (i * 37 % 101) for i in range(100)]
    scores = [(i * 7919) % 1000 for i in range(100)]
    total = 0
    for r in range(rounds):
        for i, (name, score) in enumerate(zip(names, scores)):
            if score > 500:
                total += i
        total += sum(map(lambda s: s + r, scores))
        total += len(list(filter(lambda s: s & 1, scores)))
        ranked = sorted(zip(scores, names), key=lambda pair: -pair[0])
        total += ranked[0][0] + max(scores, key=lambda s: s % 97)
    return total


print(main(2000))
