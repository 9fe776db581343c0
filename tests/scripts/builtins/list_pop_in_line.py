# list.pop() called in line: the last item's reference to the caller, an empty list's IndexError,
# pop(i), a subclass of list with and without its own pop, and a list shared by threads.
# args: --gil newgil
# args: --gil nogil
import threading
class Stack(list):
    pass
class Counting(list):
    def pop(self, *args):
        return ("counted", super().pop(*args))
def drain(s):
    out = []
    while True:
        try:
            out.append(s.pop())
        except IndexError as e:
            out.append(str(e))
            return out
print(drain([1, "two", [3]]), drain(Stack([4, 5])), drain([]))
c = Counting([6, 7])
print(c.pop(), c.pop(0), [1, 2, 3].pop(1), [1, 2, 3].pop(-1))
try:
    [].pop(0)
except IndexError as e:
    print(e)
def run(prog):
    stack = []
    for op, arg in prog:
        if op == "push":
            stack.append(arg)
        else:
            b = stack.pop(); a = stack.pop(); stack.append(a + b)
    return stack.pop()
print(run([("push", "a"), ("push", "b"), ("add", None), ("push", "c"), ("add", None)]))
shared = list(range(4000))
taken = []
def worker():
    mine = 0
    for _ in range(1000):
        shared.pop()
        mine += 1
    taken.append(mine)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(taken), shared)

# expect: [[3], 'two', 1, 'pop from empty list'] [5, 4, 'pop from empty list'] ['pop from empty list']
# expect: ('counted', 7) ('counted', 6) 2 3
# expect: pop from empty list
# expect: abc
# expect: 4000 []
