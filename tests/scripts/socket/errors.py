# Socket failures raise OSError subclasses the script can catch.
import socket

probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()  # nothing listens on `port` now

client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    client.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused:", isinstance(e, OSError))
client.close()

closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
closed.close()
try:
    closed.recv(10)
except OSError:
    print("recv on a closed socket: OSError")

try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).bind(("127.0.0.1", 70000))
except OverflowError:
    print("bad port: OverflowError")
# expect: refused: True
# expect: recv on a closed socket: OSError
# expect: bad port: OverflowError
