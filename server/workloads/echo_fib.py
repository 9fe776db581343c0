# The echo experiment (David Beazley's GIL convoy demonstration): an echo server thread beside
# CPU-bound threads that compute recursive fib forever. Written in the subset that CPython 2.7,
# CPython 3.x (free-threaded too) and gilvm share: no f-strings, no print(..., flush=True), no
# Thread(daemon=True), socket data passed through untouched (str on 2.7, bytes on 3).
#
#   usage: echo_fib.py HOST PORT CPU_THREADS
# Prints "listening HOST:PORT" once the socket listens, serves one connection until the client
# closes it, prints one statistics line and exits (the CPU threads are daemons):
#   gilbench-result: {"fib_calls": N, "fib_calls_per_s": R, ...}
# R counts the calls finished while the echo connection was open, over that time: before the
# client connects the CPU threads run alone, and a short run would mostly measure that.
import socket
import sys
import threading
import time

fib_calls = 0  # completed top-level fib(FIB_N) calls, also read by gil-echo-server for its statistics
echo_phase_fib_calls = 0  # of those, the ones finished while the echo connection was open (read too)
echo_phase_s = 0.0  # how long it was open, set when it closes (read too)
FIB_N = 20


def fib(n):
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)


def spin():
    global fib_calls
    while True:
        fib(FIB_N)
        fib_calls += 1


def echo(server):
    global echo_phase_fib_calls, echo_phase_s
    conn, address = server.accept()
    calls_before = fib_calls
    opened = time.time()
    while True:
        data = conn.recv(100)
        if not data:
            break
        conn.sendall(data)
    conn.close()
    echo_phase_fib_calls = fib_calls - calls_before
    echo_phase_s = time.time() - opened


def main():
    started = time.time()
    host = sys.argv[1]
    port = int(sys.argv[2])
    cpu_threads = int(sys.argv[3])
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((host, port))
    server.listen(1)
    print("listening %s:%d" % server.getsockname())
    sys.stdout.flush()
    for i in range(cpu_threads):
        worker = threading.Thread(target=spin, name="fib-%d" % (i + 1))
        worker.daemon = True
        worker.start()
    echo_thread = threading.Thread(target=echo, args=(server,), name="echo")
    echo_thread.start()
    echo_thread.join()
    server.close()
    calls = fib_calls
    if echo_phase_s > 0:
        rate = echo_phase_fib_calls / echo_phase_s
    else:
        rate = calls / (time.time() - started)
    print('gilbench-result: {"fib_calls": %d, "fib_calls_per_s": %.3f, "echo_phase_fib_calls": %d, "echo_phase_s": %.6f}'
          % (calls, rate, echo_phase_fib_calls, echo_phase_s))
    sys.stdout.flush()


main()
