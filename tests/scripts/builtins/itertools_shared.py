# One itertools iterator shared by several threads: each item goes to one thread, whole, and
# nothing is lost or repeated (free-threaded: under the iterator's lock). Their sources are
# lists and ranges, not generators, which two threads may not run at once. From python3.11.
# args: --gil newgil
# args: --gil nogil
import threading
from itertools import (count, cycle, repeat, accumulate, chain, islice, product, permutations,
                       combinations, zip_longest, tee, groupby, starmap, compress, pairwise)

THREADS = 4


def drain(shared):
    # Every thread takes from `shared` until it ends; the items of all, in one list.
    results = [[] for _ in range(THREADS)]

    def work(out):
        for item in shared:
            out.append(item)

    threads = [threading.Thread(target=work, args=(results[i],)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [item for part in results for item in part]


def take(shared, each):
    # Every thread takes `each` items with next().
    results = [[] for _ in range(THREADS)]

    def work(out):
        for _ in range(each):
            out.append(next(shared))

    threads = [threading.Thread(target=work, args=(results[i],)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [item for part in results for item in part]


print(sorted(take(count(), 2000)) == list(range(8000)))
print(sorted(take(count(10**19, 3), 500)) == [10**19 + 3 * i for i in range(2000)])
print(sorted(drain(islice(count(), 5, 20005, 2))) == list(range(5, 20005, 2)))
items = drain(product(range(12), repeat=3))
print(len(items), len(set(items)))
items = drain(permutations(range(7)))
print(len(items), len(set(items)), all(len(p) == 7 for p in items))
items = drain(combinations(range(20), 4))
print(len(items), len(set(items)))
print(sorted(drain(chain.from_iterable([[i, -i] for i in range(3000)]))) == sorted([i for i in range(3000)] + [-i for i in range(3000)]))
print(sorted(drain(accumulate(range(5000)))) == list(accumulate(range(5000))))
items = drain(zip_longest(range(3000), range(1000), fillvalue=None))
print(len(items), sorted(items, key=lambda p: p[0]) == list(zip_longest(range(3000), range(1000))))
counts = {}
for x in take(cycle("abc"), 3000):
    counts[x] = counts.get(x, 0) + 1
print(sorted(counts.items()))
print(len(take(repeat("x"), 1000)), drain(repeat(1, 5000)).count(1))
print(sorted(drain(starmap(pow, [(i, 2) for i in range(3000)]))) == [i * i for i in range(3000)])
print(sorted(drain(compress(range(6000), cycle([1, 0])))) == list(range(0, 6000, 2)))
print(sorted(drain(pairwise(range(3000)))) == list(zip(range(2999), range(1, 3000))))
keys = [k for k, g in drain(groupby(sorted(list(range(500)) * 3)))]
print(sorted(keys) == list(range(500)))

# tee: each copy read by its own thread sees every item, in order.
copies = tee(iter(range(20000)), THREADS)
outs = [[] for _ in range(THREADS)]
threads = [threading.Thread(target=lambda c, o: o.extend(c), args=(copies[i], outs[i])) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(o == list(range(20000)) for o in outs))
# expect: True
# expect: True
# expect: True
# expect: 1728 1728
# expect: 5040 5040 True
# expect: 4845 4845
# expect: True
# expect: True
# expect: 3000 True
# expect: [('a', 4000), ('b', 4000), ('c', 4000)]
# expect: 4000 5000
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
