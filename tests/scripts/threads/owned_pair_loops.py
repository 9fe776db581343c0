# `for a, b in zip(xs, ys)`, `for i, x in enumerate(xs)` and `for i, (a, b) in enumerate(zip(xs,
# ys))` over lists and tuples: the pairs are taken in line when the loop owns its iterators
# (free-threaded too, lists read under their locks), and the general way otherwise (an iterator
# the program also holds, or one shared by threads). Same rows, same leftovers, same ends.
# args: --gil newgil
# args: --gil nogil
import threading

# Uneven lengths: zip stops at the shorter; the longer's extra item is taken only when it is first.
print([(a, b) for a, b in zip([1, 2, 3], (10,))])  # a comprehension's loop
for a, b in zip([1, 2, 3], [10, 20]):
    print(a, b)
for a, b in zip((1,), [10, 20, 30]):
    print(a, b)
for i, (a, b) in enumerate(zip([1, 2, 3], (7, 8))):
    print(i, a, b)
for i, x in enumerate(("p", "q")):
    print(i, x)

# An input the program holds: zip takes the first input's item, then finds the second at its end.
it = iter([1, 2, 3, 4])
for a, b in zip(it, [10]):
    print(a, b)
print(next(it))
it = iter((5, 6, 7))
for a, b in zip([10, 20], it):
    print(a, b)
print(list(it))
e = enumerate(zip("ab", [1, 2, 3]))
for i, (c, n) in e:
    print(i, c, n)
print(list(e))

# Items that are not lists or tuples' still pair: str, range, a generator.
for i, (c, n) in enumerate(zip("xyz", range(5))):
    print(i, c, n)
for a, b in zip([1, 2], (x * x for x in range(9))):
    print(a, b)

# A list that grows or shrinks inside the loop: read again at each step, as its iterator does.
xs = [1, 2, 3]
ys = [4, 5, 6, 7, 8]
for a, b in zip(xs, ys):
    if a == 1:
        xs.append(9)
    if b == 5:
        ys.pop()
    print(a, b)
xs = list(range(6))
for i, x in enumerate(xs):
    if i == 1:
        del xs[3:]
    print(i, x)


# Threads: each loops over shared lists that another thread changes, and several threads pull
# from one shared enumerate(zip(...)): every row exactly once, its parts together.
def changer(lists, rounds):
    for r in range(rounds):
        for lst in lists:
            lst.append(r)
            if len(lst) > 50:
                del lst[:25]


def looper(xs, ys, out):
    n = 0
    for _ in range(200):
        for i, (a, b) in enumerate(zip(xs, ys)):
            n += 1
        for a, b in zip(ys, xs):
            n += 1
        for i, a in enumerate(xs):
            n += 1
    out.append(n > 0)


xs, ys = list(range(40)), list(range(40))
out = []
threads = [threading.Thread(target=changer, args=([xs, ys], 3000))]
threads += [threading.Thread(target=looper, args=(xs, ys, out)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)

shared = enumerate(zip(range(4000), [k * 2 for k in range(4000)]))
rows = [[] for _ in range(3)]


def puller(k):
    for i, (a, b) in shared:
        rows[k].append((i, a, b))


threads = [threading.Thread(target=puller, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
every = sorted(r for got in rows for r in got)
print(len(every), every == [(k, k, 2 * k) for k in range(4000)])

# expect: [(1, 10)]
# expect: 1 10
# expect: 2 20
# expect: 1 10
# expect: 0 1 7
# expect: 1 2 8
# expect: 0 p
# expect: 1 q
# expect: 1 10
# expect: 3
# expect: 10 5
# expect: 20 6
# expect: [7]
# expect: 0 a 1
# expect: 1 b 2
# expect: []
# expect: 0 x 0
# expect: 1 y 1
# expect: 2 z 2
# expect: 1 0
# expect: 2 1
# expect: 1 4
# expect: 2 5
# expect: 3 6
# expect: 9 7
# expect: 0 0
# expect: 1 1
# expect: 2 2
# expect: [True, True]
# expect: 4000 True
