# Threads read and replace items of one list through a local, at literal and local indexes
# (b[0], b[3] = x, b[i], b[i] = x, c[-2], c[j]: the fused LOAD_LOCAL_ subscript instructions),
# while another appends to and pops from the end of one, so that an index may fall out of range
# between two reads.
# Under nogil they run in parallel and each such read or write takes the list's lock: every item
# a reader gets must be a whole live object, though writers free the ones they replace.
# args: --gil newgil
# args: --gil nogil
import threading

SIZE = 32
ROUNDS = 20000
WRITERS = 2
READERS = 2

shared = [("item", i) for i in range(SIZE)]
fixed = [[i] for i in range(SIZE)]  # its length never changes: negative indexes
bad = []
start = threading.Barrier(WRITERS + READERS + 1)


def writer(k):
    b = shared
    c = fixed
    start.wait()
    for r in range(ROUNDS):
        i = (r * 7 + k) % SIZE
        b[i] = ("item", i)  # a new tuple: the one it replaces is freed
        b[3] = ("item", 3)
        b[0] = ("item", 0)
        j = -1 - i
        c[j] = [SIZE + j]
        c[-2] = [SIZE - 2]


def reader(k):
    b = shared
    c = fixed
    start.wait()
    wrong = 0
    for r in range(ROUNDS):
        i = r % SIZE
        if b[0][1] != 0 or b[3][0] != "item" or b[5][1] != 5:
            wrong += 1
        if b[i][1] != i:
            wrong += 1
        j = -1 - i
        if c[j][0] != SIZE + j or c[-2][0] != SIZE - 2 or c[1][0] != 1:
            wrong += 1
        item = b[-1]  # the last items come and go
        if item[0] != "item" and item[0] != "extra":
            wrong += 1
        try:
            extra = b[32]  # SIZE: there only while the list is longer
            if extra[0] != "extra":
                wrong += 1
        except IndexError:
            pass
        n = SIZE
        try:
            extra = b[n]
            if extra[0] != "extra":
                wrong += 1
        except IndexError:
            pass
        n = SIZE + 1
        try:
            b[n] = ("extra", n)  # only while the list is that long
        except IndexError:
            pass
        try:
            b[33] = ("extra", 33)
        except IndexError:
            pass
    bad.append(wrong)


def grower():
    b = shared
    start.wait()
    for r in range(ROUNDS):
        b.append(("extra", SIZE))
        b.append(("extra", SIZE + 1))
        b.pop()
        b.pop()


threads = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
threads += [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
threads.append(threading.Thread(target=grower))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad)  # expect: [0, 0]
print(len(shared), shared == [("item", i) for i in range(SIZE)])  # expect: 32 True
print(fixed == [[i] for i in range(SIZE)])  # expect: True
