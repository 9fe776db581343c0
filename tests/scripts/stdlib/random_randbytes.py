# random.randbytes and Random.randbytes: CPython 3.11's bytes for a seed, and its errors.
import random
random.seed(1)
print(random.randbytes(5), random.randbytes(0), random.Random(7).randbytes(20))
r = random.Random(3)
print(r.randbytes(5) == random.Random(3).getrandbits(40).to_bytes(5, 'little'), len(r.randbytes(1000)))
for bad in (-1, 1.5):
    try:
        random.randbytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# CPython 3.11's output:
# expect: b'\xf5\xb1e"\x91' b'' b"8\xb4\xe6R\xe4M\xa7\xf27\r\x9e&\x0e'\x13eP\xa4\xa3\xa6"
# expect: True 1000
# expect: ValueError number of bits must be non-negative
# expect: TypeError 'float' object cannot be interpreted as an integer
