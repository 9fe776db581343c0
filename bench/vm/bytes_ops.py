# Bytes: encode, decode, indexing, concatenation, slicing, find.
def main(n):
    total = 0
    data = b""
    for i in range(n):
        b = ("packet %d" % i).encode()
        total += b[0] + b[-1] + len(b)
        data = data[-64:] + b
        if data.find(b"9") >= 0:
            total += 1
        total += len(b[2:5].decode())
    return total


print(main(450000))
