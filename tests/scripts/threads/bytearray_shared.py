# One bytearray shared by threads that append, extend, insert by slice, reverse and pop while
# another reads it (copies, slices, iteration, split/join/repr/count): under nogil its lock keeps
# every operation whole, so no byte is lost, duplicated or made up.
# args: --gil newgil
# args: --gil nogil
# timeout: 60s
# expect: A True
# expect: B True
# expect: C True
# expect: True True

import threading

N = 1500
expected = N + 2 * ((N + 2) // 3) + (N + 6) // 7  # bytes each writer adds
shared = bytearray()
popped = {}
done = []


def writer(tag):
    global shared
    for i in range(N):
        shared.append(tag)
        if i % 3 == 0:
            shared.extend(bytes([tag, tag]))
        if i % 7 == 0:
            shared[0:0] = bytes([tag])
        if i % 11 == 0:
            shared.reverse()
            shared += b""


def popper():
    mine = {}
    for i in range(N):
        try:
            b = shared.pop()
        except IndexError:
            continue
        mine[b] = mine.get(b, 0) + 1
        if i % 5 == 0:
            try:
                b = shared.pop(0)
            except IndexError:
                continue
            mine[b] = mine.get(b, 0) + 1
    popped.update(mine)


def reader():
    checks = 0
    for i in range(N // 4):
        snapshot = bytes(shared)
        tail = shared[-5:]
        if len(tail) > 5 or len(snapshot) > 3 * expected:
            raise AssertionError("impossible sizes")
        for b in shared[:20]:
            if b not in (65, 66, 67):
                raise AssertionError("a byte nobody wrote: " + str(b))
        parts = shared.split(b"A")
        joined = bytearray(b"").join([shared, b"|"])
        text = repr(shared)
        n = shared.count(66) + shared.find(b"C") + len(shared.upper()) + len(shared.hex())
        same = shared == snapshot or shared != snapshot
        checks += len(parts) >= 1 and len(joined) >= 1 and text.startswith("bytearray(b") and same
    done.append(checks)


threads = [threading.Thread(target=writer, args=(tag,)) for tag in (65, 66, 67)]
threads += [threading.Thread(target=popper), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for tag in (65, 66, 67):
    print(chr(tag), shared.count(tag) + popped.get(tag, 0) == expected)
print(len(shared) + sum(popped.values()) == 3 * expected, done == [N // 4])
