# Dicts and sets: counting with get, membership, keys and items, set union and intersection.
def main(rounds):
    words = ["w%d" % (i % 97) for i in range(1000)]
    total = 0
    for r in range(rounds):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        seen = set()
        for w in words:
            if w not in seen:
                seen.add(w)
        odd = {k for k, v in counts.items() if v & 1}
        total += len(counts) + len(seen & odd) + len(seen | odd) + counts["w5"]
        squares = {i: i * i for i in range(200)}
        for k in squares:
            total += squares[k] & 7
    return total


print(main(2000))
