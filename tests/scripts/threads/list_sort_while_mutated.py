# args: --gil nogil
# args: --gil newgil
# list.sort() of ints sorts in place under the list's lock while another thread adds ints (at
# the end, at the front, by a slice) and removes them again by value: every int is still there
# once, whatever the interleaving (a removal by position could take an int the sort moved).
import threading

shared = list(range(500, 0, -1))
done = threading.Event()

def sorter():
    while not done.is_set():
        shared.sort()
        shared.sort(reverse=True)
        sorted(shared)

def mutator():
    for i in range(3000):
        shared.append(1000 + i)
        shared.remove(1000 + i)
        shared.insert(0, -i - 1)
        shared.remove(-i - 1)
        shared[:0] = [2000 + i]
        shared.remove(2000 + i)
    done.set()

threads = [threading.Thread(target=sorter), threading.Thread(target=mutator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(shared) == list(range(1, 501)))

# expect: 500 True
