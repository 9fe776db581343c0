# Why threads still help under a GIL: I/O-bound work. Five "downloads" (each a blocking sleep,
# which releases the GIL as a socket read would) run one after another, then in five threads.
# The threaded run takes about as long as the slowest download; the sequential one, their sum.
# Contrast vm/examples/countdown.py, where CPU-bound threads gain nothing.
#
#   gilvm --gil newgil vm/examples/io_speedup.py
# Also valid CPython, for comparison: python3 vm/examples/io_speedup.py
import threading
import time

DOWNLOADS = {"index.html": 0.12, "style.css": 0.05, "app.js": 0.09, "logo.png": 0.15, "data.json": 0.07}
sizes = {}


def download(name, seconds):
    time.sleep(seconds)  # stands for waiting on the network
    sizes[name] = len(name) * 1024


def sequential():
    for name, seconds in DOWNLOADS.items():
        download(name, seconds)


def threaded():
    workers = [threading.Thread(target=download, args=(name, seconds)) for name, seconds in DOWNLOADS.items()]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


timings = {}
for label, run in [("sequential", sequential), ("threaded", threaded)]:
    sizes.clear()
    start = time.perf_counter()
    run()
    timings[label] = time.perf_counter() - start
    print(f"{label:<11}{len(sizes)} files, {sum(sizes.values()):>7,} bytes in {timings[label]:.2f} s")

speedup = timings["sequential"] / timings["threaded"]
print(f"🚀 threads made the I/O-bound job {speedup:.1f}x faster (ideal: {sum(DOWNLOADS.values()) / max(DOWNLOADS.values()):.1f}x)")
