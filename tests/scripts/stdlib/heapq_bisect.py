# heapq and bisect (written in Python, embedded): heaps keep CPython's item order; merge,
# nlargest, nsmallest; bisect with lo/hi and key=; insort.
import heapq
import bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ["bb", "a", "ccc"], key=len), heapq.nsmallest(1, [4, 2, 6]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
records = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]))
bisect.insort(records, (4, "d"), key=lambda r: r[0])
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# expect: [1, 3, 2, 3, 9, 8, 7, 5]
# expect: [1, 2, 3] [3, 7, 5, 8, 9]
# expect: [2, 3, 7, 4, 9, 8, 10, 6] 0 1 [2, 3, 7, 4, 9, 8, 10, 6]
# expect: [9, 8, 5] [1, 3]
# expect: ['ccc', 'bb'] [2]
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [8, 7, 5, 4, 2, 1]
# expect: ['a', 'bb', 'ccc']
# expect: (1, 'coffee')
# expect: (1, 'plan')
# expect: (2, 'code')
# expect: (3, 'write')
# expect: 4 2 0 5
# expect: 3 2
# expect: [1, 2, 4, 4, 4, 5, 8]
# expect: 1
# expect: [(1, 'a'), (3, 'c'), (4, 'd'), (5, 'e')]
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
