# Comparisons of two instances of one class whose ordering methods just compare attributes
# (heapq, min/max, bisect, list.sort's merges): the results of the methods' bodies, and the
# methods themselves called once that no longer holds (a class attribute, a replaced method).
import bisect
import heapq


class Job:
    __slots__ = ("prio", "seq", "name")

    def __init__(self, prio, seq, name):
        self.prio, self.seq, self.name = prio, seq, name

    def __lt__(self, other):
        return (self.prio, self.seq) < (other.prio, other.seq)

    def __le__(self, other):
        return (self.prio, self.seq) <= (other.prio, other.seq)

    def __gt__(self, other):
        return self.prio > other.prio

    def __ge__(self, other):
        return self.prio >= other.prio

    def __repr__(self):
        return self.name


jobs = [Job(p, i, f"j{i}") for i, p in enumerate([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]
heap = []
for j in jobs:
    heapq.heappush(heap, j)
print([heapq.heappop(heap) for _ in range(len(jobs))])
print(max(jobs), min(jobs), heapq.nsmallest(3, jobs), heapq.nlargest(3, jobs))
print(jobs[0] < jobs[9], jobs[0] <= jobs[9], jobs[9] <= jobs[0], jobs[0] > jobs[9], jobs[0] >= jobs[9])
print(jobs[1] < jobs[1], jobs[1] <= jobs[1], jobs[1] > jobs[1], jobs[1] >= jobs[1])
ordered = sorted(jobs)
bisect.insort(ordered, Job(4, 0, "new"))
print(ordered, bisect.bisect_left(ordered, Job(5, 0, "probe")))


class Node:
    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"N{self.key!r}"


class Version:  # attributes that are themselves compared by their own methods
    def __init__(self, *parts):
        self.parts = [Node(p) for p in parts]
        self.major = self.parts[0]

    def __lt__(self, other):
        return self.major < other.major


vs = [Version(3, 1), Version(1, 2), Version(2, 0)]
print([v.major for v in sorted(vs)], min(vs).major, max(vs, key=lambda v: v.major.key).major)
nodes = [Node("b"), Node("a"), Node("c")]
heapq.heapify(nodes)
print(nodes[0], min(nodes), max(nodes))
mixed = [Node(1), Node("x")]
try:
    min(mixed)
except TypeError as e:
    print("TypeError", e)
gone = Node(1)
del gone.key
try:
    min([Node(2), gone])
except AttributeError as e:
    print("AttributeError", e)
print(min(Node(2.5), Node(1)), min(Node(float("nan")), Node(1)), min(Node(1), Node(float("nan"))))
Node.key = "class"  # a class attribute: the instances' own still win, through the method
print(min(nodes), Node("z") < Node("y"))
del Node.key


def by_length(self, other):
    return len(self.key) < len(other.key)


Node.__lt__ = by_length
print(min([Node("ccc"), Node("a"), Node("bb")]), sorted([Node("ccc"), Node("a"), Node("bb")]))

# expect: [j1, j3, j6, j0, j9, j2, j4, j8, j10, j7, j5]
# expect: j5 j1 [j1, j3, j6] [j5, j7, j10]
# expect: True True False False True
# expect: False True False True
# expect: [j1, j3, j6, j0, j9, new, j2, j4, j8, j10, j7, j5] 7
# expect: [N1, N2, N3] N1 N3
# expect: N'a' N'a' N'c'
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: AttributeError 'Node' object has no attribute 'key'
# expect: N1 Nnan N1
# expect: N'a' False
# expect: N'a' [N'a', N'bb', N'ccc']
