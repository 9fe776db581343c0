# A VM script that is both echo server and client, in two threads on loopback (port 0).
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(1)
host, port = server.getsockname()
print(host, port > 0)


def echo():
    conn, address = server.accept()
    print("peer", address[0])
    while True:
        data = conn.recv(100)
        if not data:
            break
        conn.sendall(data)
    conn.close()


t = threading.Thread(target=echo)
t.start()
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect((host, port))
total = 0
for i in range(50):
    message = b"x" * i + b"%d" % i
    client.sendall(message)
    received = b""
    while len(received) < len(message):
        received += client.recv(100)
    if received != message:
        print("mismatch", i)
    total += len(received)
print("echoed", total, "bytes")
client.close()
t.join()
server.close()
print("done")
# expect: 127.0.0.1 True
# expect: peer 127.0.0.1
# expect: echoed 1315 bytes
# expect: done
