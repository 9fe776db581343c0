# Grouping: defaultdict(list), dict.setdefault, max with a tuple key, sorted of a generator, a
# dict comprehension over items().
from collections import defaultdict
def main(n):
    groups = defaultdict(list)
    index = {}
    for i in range(n):
        key = (i * 7919) % 97
        groups[key].append(i)
        index.setdefault(key % 13, []).append(key)
    best = max(groups, key=lambda k: (len(groups[k]), k))
    sizes = sorted(len(v) for v in index.values())
    merged = {k: sum(v) for k, v in groups.items() if k & 1}
    return best, sizes[:3], len(merged), sum(merged.values()) % 1000003
print(main(20000))
