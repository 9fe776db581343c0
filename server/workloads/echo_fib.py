# The echo experiment (David Beazley's GIL convoy demonstration): an echo server thread beside
# CPU-bound threads that compute recursive fib forever. Valid Python 3: it runs unchanged under
# CPython for reference measurements.
#
#   usage: echo_fib.py HOST PORT CPU_THREADS
# Prints "listening HOST:PORT" once the socket listens, serves one connection until the client
# closes it, then exits (the CPU threads are daemons).
import socket
import sys
import threading

fib_calls = 0  # completed top-level fib(FIB_N) calls, read by gil-echo-server for its statistics
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
    conn, address = server.accept()
    while True:
        data = conn.recv(100)
        if not data:
            break
        conn.sendall(data)
    conn.close()


def main():
    host = sys.argv[1]
    port = int(sys.argv[2])
    cpu_threads = int(sys.argv[3])
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((host, port))
    server.listen(1)
    print("listening %s:%d" % server.getsockname(), flush=True)
    for i in range(cpu_threads):
        threading.Thread(target=spin, daemon=True).start()
    echo_thread = threading.Thread(target=echo, args=(server,))
    echo_thread.start()
    echo_thread.join()
    server.close()


main()
