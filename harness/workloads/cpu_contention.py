# CPU contention under a GIL: THREADS CPU-bound threads versus the same work done sequentially
# (David Beazley's two-thread countdown). Under a GIL the threads cannot run in parallel, so at
# best they take as long as the sequential run; the CPython 2 lock is often slower on several
# cores (the "GIL battle"), the CPython 3 lock stays about equal. Without a GIL (`--gil nogil`)
# the threads run in parallel: on N free cores the threaded run takes about 1/N of the time.
# The usual workaround is the third phase: the same work in THREADS processes
# (multiprocessing.Process, a fork each), which run in parallel under any GIL.
#
#   gilvm [--gil X] harness/workloads/cpu_contention.py THREADS [COUNT]
#
# Each unit of work decrements a local from COUNT (default 2_000_000) to 0. Prints one line for
# gilbench (figures in seconds):
#   gilbench-result: {"sequential_s": S, "threaded_s": T, "threaded_over_sequential_ratio": T/S,
#                     "processes_s": P, "processes_over_threaded_ratio": P/T}
# Valid Python 3: `python3 harness/workloads/cpu_contention.py 2` gives CPython's figures.
import multiprocessing
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def sequential_seconds(threads, n):
    start = time.perf_counter()
    for i in range(threads):
        count(n)
    return time.perf_counter() - start


def parallel_seconds(worker_kind, threads, n):
    """The work in `threads` threading.Threads or multiprocessing.Processes at once."""
    workers = [worker_kind(target=count, args=(n,)) for i in range(threads)]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 2:
        print("usage: cpu_contention.py THREADS [COUNT]")
        sys.exit(2)
    threads = int(sys.argv[1])
    n = 2_000_000
    if len(sys.argv) > 2:
        n = int(sys.argv[2])
    if threads < 1:
        print("cpu_contention.py: THREADS must be at least 1, got %d" % threads)
        sys.exit(2)
    count(n // 10)  # warm-up: first-touch costs stay out of the sequential figure
    sequential = sequential_seconds(threads, n)
    threaded = parallel_seconds(threading.Thread, threads, n)
    processes = parallel_seconds(multiprocessing.Process, threads, n)
    ratio = threaded / sequential if sequential > 0 else 0.0
    process_ratio = processes / threaded if threaded > 0 else 0.0
    print('gilbench-result: {"sequential_s": %.6f, "threaded_s": %.6f, "threaded_over_sequential_ratio": %.4f, '
          '"processes_s": %.6f, "processes_over_threaded_ratio": %.4f}'
          % (sequential, threaded, ratio, processes, process_ratio))


main()
