# sequence * n and n * sequence for str, bytes, list and tuple, and `*=` (a list repeats in
# place): a count past 64 bits is an OverflowError before any length is computed (even of an
# empty sequence), a length past what can be allocated a MemoryError or CPython's OverflowError,
# a count that is not an int a TypeError. None of these allocates the huge result.
# args: --gil newgil
# args: --gil nogil
def attempt(make):
    try:
        result = make()
        print(repr(result) if len(result) < 20 else len(result))
    except (OverflowError, MemoryError, TypeError) as e:
        print(type(e).__name__, e) if str(e) else print(type(e).__name__)

for seq in ["x", b"x", [1], (1,), "", []]:
    attempt(lambda: seq * 2**64)
    attempt(lambda: 2**64 * seq)
    attempt(lambda: seq * -2**64)
    attempt(lambda: seq * 2**63)
    attempt(lambda: seq * -2**63)
for seq in ["x", b"x", [1], (1,), "", [], ()]:
    attempt(lambda: seq * 2**62)
for seq in ["xy", b"xy", [1, 2], (1, 2)]:
    attempt(lambda: seq * 2**62)
    attempt(lambda: seq * (2**63 - 1))
for seq in ["ab", b"ab", [1, 2], (1, 2)]:
    attempt(lambda: seq * 3)
    attempt(lambda: seq * 0)
    attempt(lambda: seq * -3)
    attempt(lambda: True * seq)
    attempt(lambda: seq * 1.5)
    attempt(lambda: None * seq)
attempt(lambda: "a" * "b")
attempt(lambda: [1] * (2,))


def repeat_in_place(seq, n):
    seq *= n
    return seq


for seq in ["x", b"x", [1], (1,)]:
    attempt(lambda: repeat_in_place(seq, 2**64))
    attempt(lambda: repeat_in_place(seq, 2.0))
attempt(lambda: repeat_in_place([1, 2], 2**62))
a = [1, 2]
b = a
a *= 2
print(a is b, b)
a *= True
print(a is b, b)
a *= -1
print(a is b, b)
t = (1,)
u = t
t *= 3
print(t is u, t, u)
n = 3
s = "ab"
s *= n
print(s)

# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: ''
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: b''
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: []
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: ()
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: ''
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: []
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: ''
# expect: []
# expect: ()
# expect: OverflowError repeated string is too long
# expect: OverflowError repeated string is too long
# expect: OverflowError repeated bytes are too long
# expect: OverflowError repeated bytes are too long
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: 'ababab'
# expect: ''
# expect: ''
# expect: 'ab'
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'NoneType'
# expect: b'ababab'
# expect: b''
# expect: b''
# expect: b'ab'
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'NoneType'
# expect: [1, 2, 1, 2, 1, 2]
# expect: []
# expect: []
# expect: [1, 2]
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'NoneType'
# expect: (1, 2, 1, 2, 1, 2)
# expect: ()
# expect: ()
# expect: (1, 2)
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'NoneType'
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: TypeError can't multiply sequence by non-int of type 'tuple'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: MemoryError
# expect: True [1, 2, 1, 2]
# expect: True [1, 2, 1, 2]
# expect: True []
# expect: False (1, 1, 1) (1,)
# expect: ababab
