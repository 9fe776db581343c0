# THREADS threads each counting a local down from COUNT, timed from the first start to the last
# join (David Beazley's count-down). `gilbench reproduce` runs it for the price of a short
# switch interval (8 threads), for two threads against two processes (one thread each, two
# gilvm processes side by side), and for free-threaded scaling.
#
#   gilvm [--gil X] harness/workloads/countdown.py THREADS COUNT
#
# Prints one line for gilbench (seconds):
#   gilbench-result: {"elapsed_s": S}
# Written in the subset CPython 2.7, CPython 3.x and gilvm share (time.time, not perf_counter):
# `python3 harness/workloads/countdown.py 2 10000000` gives CPython's figure.
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def main():
    if len(sys.argv) < 3:
        print("usage: countdown.py THREADS COUNT")
        sys.exit(2)
    threads = int(sys.argv[1])
    n = int(sys.argv[2])
    workers = [threading.Thread(target=count, args=(n,)) for i in range(threads)]
    start = time.time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.time() - start
    print('gilbench-result: {"elapsed_s": %.6f}' % elapsed)


main()
