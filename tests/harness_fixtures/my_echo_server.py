# A minimal server for `gilbench run --workload` (README, "Bring your own server"): an echo loop
# in the main thread beside CPU_THREADS busy threads. Runs under gilvm, CPython 2.7 and 3.x.
import socket
import sys
import threading
import time

loops = 0
first_loop = threading.Event()


def burn():
    global loops
    while True:
        total = 0
        for i in range(10000):
            total += i
        loops += 1
        first_loop.set()


def main():
    started = time.time()
    host, port, cpu_threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind((host, port))
    server.listen(1)
    print("listening %s:%d" % server.getsockname())
    sys.stdout.flush()
    for i in range(cpu_threads):
        worker = threading.Thread(target=burn)
        worker.daemon = True
        worker.start()
    if cpu_threads:
        first_loop.wait()  # the CPU threads are under way before the first message
    conn, address = server.accept()
    while True:
        data = conn.recv(65536)
        if not data:
            break
        conn.sendall(data)
    conn.close()
    print('gilbench-result: {"loops_per_s": %.1f}' % (loops / (time.time() - started)))
    sys.stdout.flush()


main()
