# sets/tuples: Game of Life on an unbounded grid
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (10, 10), (10, 11), (10, 12), (20, 5), (21, 5), (22, 5), (22, 4), (21, 3)}
for i in range(150):
    live = step(live)
print(len(live), min(live), max(live))
