# A scheduler walking a linked list of task objects: attribute loads, `is not None`, method calls
# that update attributes.
class Task:
    def __init__(self, ident, prio):
        self.ident = ident
        self.prio = prio
        self.count = 0
        self.next = None
    def run(self, work):
        self.count += 1
        return work + self.prio
class Scheduler:
    def __init__(self, n):
        self.tasks = [Task(i, i % 5) for i in range(n)]
        for a, b in zip(self.tasks, self.tasks[1:]):
            a.next = b
    def schedule(self, rounds):
        work = 0
        for r in range(rounds):
            t = self.tasks[0]
            while t is not None:
                if t.prio >= r % 5:
                    work = t.run(work)
                t = t.next
        return work, sum(t.count for t in self.tasks)
print(Scheduler(50).schedule(4000))
