# An echo server that listens and accepts like server/workloads/echo_fib.py, then never answers:
# the client waits for its first echo, and gilbench must stop both at timeouts.cell.
# Run by gil-echo-server --script, which passes HOST PORT CPU_THREADS.
import socket
import sys
import time

host = sys.argv[1]
port = int(sys.argv[2])
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((host, port))
server.listen(1)
print("listening %s:%d" % server.getsockname(), flush=True)
conn, address = server.accept()
while True:
    time.sleep(1)
