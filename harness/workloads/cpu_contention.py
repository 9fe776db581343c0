# CPU contention under a GIL: THREADS CPU-bound threads versus the same work done sequentially
# (David Beazley's two-thread countdown). Under a GIL the threads cannot run in parallel, so at
# best they take as long as the sequential run; the CPython 2 lock is often slower on several
# cores (the "GIL battle"), the CPython 3 lock stays about equal. Without a GIL (`--gil nogil`,
# a free-threaded CPython) the threads run in parallel: on N free cores the threaded run takes
# about 1/N of the time.
#
#   gilvm [--gil X] harness/workloads/cpu_contention.py THREADS [COUNT]
#   python2.7 / python3.x harness/workloads/cpu_contention.py THREADS [COUNT]
#
# Each unit of work decrements a local from COUNT (default 2000000) to 0. Prints one line for
# gilbench (figures in seconds):
#   gilbench-result: {"sequential_s": S, "threaded_s": T, "threaded_over_sequential_ratio": T/S}
# Written in the subset CPython 2.7, CPython 3.x and gilvm share (time.time, not perf_counter,
# which 2.7 lacks; no digit separators, which 2.7 and 3.5 lack).
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def sequential_seconds(threads, n):
    start = time.time()
    for i in range(threads):
        count(n)
    return time.time() - start


def threaded_seconds(threads, n):
    workers = [threading.Thread(target=count, args=(n,), name="count-%d" % (i + 1)) for i in range(threads)]
    start = time.time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.time() - start


def main():
    if len(sys.argv) < 2:
        print("usage: cpu_contention.py THREADS [COUNT]")
        sys.exit(2)
    threads = int(sys.argv[1])
    n = 2000000
    if len(sys.argv) > 2:
        n = int(sys.argv[2])
    if threads < 1:
        print("cpu_contention.py: THREADS must be at least 1, got %d" % threads)
        sys.exit(2)
    count(n // 10)  # warm-up: first-touch costs stay out of the sequential figure
    sequential = sequential_seconds(threads, n)
    threaded = threaded_seconds(threads, n)
    ratio = 0.0
    if sequential > 0:
        ratio = threaded / sequential
    print('gilbench-result: {"sequential_s": %.6f, "threaded_s": %.6f, "threaded_over_sequential_ratio": %.4f}'
          % (sequential, threaded, ratio))


main()
