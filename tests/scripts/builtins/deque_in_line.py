# deque.append/appendleft/pop/popleft called in line by CALL_METHOD: results, a bounded deque's
# dropped items, an empty deque's IndexError, wrong argument counts (CPython's messages), the
# methods taken as bound objects, and a BFS and a sliding window that use them.
from collections import deque

d = deque()
for i in range(6):
    d.append(i)
    d.appendleft(-i)
print(d, d.pop(), d.popleft(), len(d))
w = deque(maxlen=3)
for i in range(7):
    w.append(i)
print(w, w.maxlen)
w.appendleft(99)
print(w)
e = deque()
for method in (e.pop, e.popleft):
    try:
        method()
    except IndexError as ex:
        print("IndexError:", ex)
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    e.popleft()
except IndexError as ex:
    print("IndexError:", ex)
for call in (lambda: e.append(), lambda: e.append(1, 2), lambda: e.appendleft(),
             lambda: e.pop(1), lambda: e.popleft(0)):
    try:
        call()
    except TypeError as ex:
        print("TypeError:", ex)
print(e)
app = e.append
app("x")
print(e, e.pop(), e)


class Item:
    def __init__(self, n):
        self.n = n


q = deque([Item(1)])
q.append(Item(2))
print([x.n for x in q], q.popleft().n, q.pop().n, len(q))

graph = {i: [(i * 3 + 1) % 50, (i * 7 + 2) % 50] for i in range(50)}
seen = {0}
frontier = deque([0])
order = []
while frontier:
    node = frontier.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.append(nxt)
print(len(order), order[:12])
window = deque(maxlen=4)
sums = []
for v in range(20):
    window.append(v * v)
    sums.append(sum(window))
print(sums)

# expect: deque([-4, -3, -2, -1, 0, 0, 1, 2, 3, 4]) 5 -5 10
# expect: deque([4, 5, 6], maxlen=3) 3
# expect: deque([99, 4, 5], maxlen=3)
# expect: IndexError: pop from an empty deque
# expect: IndexError: pop from an empty deque
# expect: IndexError: pop from an empty deque
# expect: IndexError: pop from an empty deque
# expect: TypeError: deque.append() takes exactly one argument (0 given)
# expect: TypeError: deque.append() takes exactly one argument (2 given)
# expect: TypeError: deque.appendleft() takes exactly one argument (0 given)
# expect: TypeError: deque.pop() takes no arguments (1 given)
# expect: TypeError: deque.popleft() takes no arguments (1 given)
# expect: deque([])
# expect: deque([]) x deque([])
# expect: [1, 2] 1 2 0
# expect: 50 [0, 1, 2, 4, 9, 7, 16, 13, 30, 28, 15, 22]
# expect: [0, 1, 5, 14, 30, 54, 86, 126, 174, 230, 294, 366, 446, 534, 630, 734, 846, 966, 1094, 1230]
