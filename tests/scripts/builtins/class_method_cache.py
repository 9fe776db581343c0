# The builtin types' class methods looked up at one site over and over (LOAD_METHOD and LOAD_ATTR
# remember them by the type's function): the right method per type at a site that sees several
# types, errors for names a type lacks, a second thread doing the same, a type name rebound.
import threading

def use(types, name):
    out = []
    for t in types:
        try:
            out.append(getattr(t, name).__name__)
        except AttributeError as e:
            out.append("AttributeError")
    return out

def site(t, arg):
    return t.fromhex(arg)  # one LOAD_METHOD for bytes and bytearray

for i in range(3):
    for t in (bytes, bytearray, bytes):
        r = site(t, "%02x%02x" % (i, i + 1))
        print(type(r).__name__, r)
print(use([bytes, bytearray, str, int, bool, dict, tuple, list], "fromhex"))
print(use([int, bool, float], "from_bytes"))
for i in range(3):
    print(int.from_bytes(b"\x01\x00", "little"), bool.from_bytes(b"\x00" * i, "big"),
          dict.fromkeys("ab", i), str.maketrans({"a": str(i)}))
f = bytes.fromhex
g = bytearray.fromhex
print(f("41 42"), g("4344"), type(g("00")).__name__)

def worker(results, k):
    total = 0
    for i in range(2000):
        total += len(bytes.fromhex("%04x" % i)) + int.from_bytes(bytes.fromhex("%04x" % (i + k)), "big")
    results[k] = total
results = {}
threads = [threading.Thread(target=worker, args=(results, k)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

def shadow():
    bytes = bytearray  # a local of the same name: the site sees bytearray's function
    return bytes.fromhex("ff")
print(shadow(), site(bytes, "ee"))
try:
    str.fromhex("00")
except AttributeError as e:
    print("AttributeError")

# expect: bytes b'\x00\x01'
# expect: bytearray bytearray(b'\x00\x01')
# expect: bytes b'\x00\x01'
# expect: bytes b'\x01\x02'
# expect: bytearray bytearray(b'\x01\x02')
# expect: bytes b'\x01\x02'
# expect: bytes b'\x02\x03'
# expect: bytearray bytearray(b'\x02\x03')
# expect: bytes b'\x02\x03'
# expect: ['fromhex', 'fromhex', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError']
# expect: ['from_bytes', 'from_bytes', 'AttributeError']
# expect: 1 False {'a': 0, 'b': 0} {97: '0'}
# expect: 1 False {'a': 1, 'b': 1} {97: '1'}
# expect: 1 False {'a': 2, 'b': 2} {97: '2'}
# expect: b'AB' bytearray(b'CD') bytearray
# expect: [(0, 2003000), (1, 2005000), (2, 2007000)]
# expect: bytearray(b'\xff') b'\xee'
# expect: AttributeError
