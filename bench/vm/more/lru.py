# An LRU cache on collections.OrderedDict (move_to_end, popitem(last=False)) and a deque with
# maxlen.
from collections import OrderedDict, deque
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            return self.data[k]
        return None
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
def main(n):
    c = LRU(50)
    q = deque(maxlen=10)
    hits = 0
    for i in range(n):
        k = (i * 31) % 97
        if c.get(k) is None:
            c.put(k, i)
        else:
            hits += 1
        q.append(k)
    return hits, list(q)[:3], len(c.data)
print(main(50000))
