# args: --gil nogil
# args: --gil newgil
# list.sort() of ints sorts in place under the list's lock while another thread appends, pops
# and deletes slices of the same list: every int is still there once, whatever the interleaving.
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
        shared.pop()
        shared.insert(0, -i)
        del shared[0:1]
        shared[:0] = [2000 + i]
        del shared[::10**6]
    done.set()

threads = [threading.Thread(target=sorter), threading.Thread(target=mutator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(shared) == list(range(1, 501)))

# expect: 500 True
