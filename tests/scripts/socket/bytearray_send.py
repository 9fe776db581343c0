# socket.send() and sendall() take a bytearray, and a bytearray buffers what recv() returns.
# args: --gil newgil
# args: --gil nogil
# expect: True bytearray 110
# expect: bytearray(b'0,1,2,3,4,5,') b',39,'

import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(1)
host, port = server.getsockname()


def echo():
    conn, address = server.accept()
    while True:
        data = conn.recv(64)
        if not data:
            break
        conn.sendall(bytearray(data))
    conn.close()


t = threading.Thread(target=echo)
t.start()
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect((host, port))
message = bytearray()
for i in range(40):
    message += b"%d," % i
sent = 0
while sent < 20:
    sent += client.send(message[sent:20])
client.sendall(message[20:])
received = bytearray()
while len(received) < len(message):
    received += client.recv(64)
print(received == message, type(received).__name__, len(received))
print(received[:12], bytes(received[-4:]))
client.close()
t.join()
server.close()
