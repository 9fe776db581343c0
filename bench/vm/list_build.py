# Lists: append, comprehensions, indexing, slicing, len, sum.
def main(rounds):
    total = 0
    for r in range(rounds):
        items = []
        for i in range(1000):
            items.append(i * r)
        squares = [x * x for x in items if x & 1]
        evens = [items[i] for i in range(0, len(items), 2)]
        items[0] = len(squares) + len(evens)
        total += items[0] + items[-1] + sum(squares[:10]) + evens[5]
    return total


print(main(4000))
