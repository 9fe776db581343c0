# Threads importing one module at once: its code runs once, and every thread gets the module.
# args: --gil newgil
# args: --gil nogil
import sys
import threading

barrier = threading.Barrier(8)
found = []
lock = threading.Lock()


def importer():
    barrier.wait()
    import _slow_import
    with lock:
        found.append(_slow_import)


threads = [threading.Thread(target=importer) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
# expect: running _slow_import
print(len(found), all(m is sys.modules["_slow_import"] for m in found))  # expect: 8 True
print(found[0].total)  # expect: 19999900000
