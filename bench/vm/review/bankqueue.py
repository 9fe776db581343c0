# deque/classes: a bank simulation with queues, dataclass-like records
from collections import deque
import random
random.seed(3)
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = 0
tellers = [Teller("T%d" % i) for i in range(4)]
q = deque()
waits = []
t = 0
cid = 0
for minute in range(20000):
    if random.random() < 0.7:
        q.append(Customer(cid, minute, random.randint(1, 6)))
        cid += 1
    for tl in tellers:
        if tl.busy_until <= minute and q:
            c = q.popleft()
            waits.append(minute - c.arrival)
            tl.busy_until = minute + c.service
            tl.served += 1
print(cid, len(waits), max(waits), round(sum(waits) / len(waits), 3), [tl.served for tl in tellers], len(q))
