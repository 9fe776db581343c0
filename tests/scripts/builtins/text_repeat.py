# str * n and bytes * n made at their size and filled in place (a str's length noted): empty,
# non-ASCII and long texts, counts of 0, 1, negative and bools, either order, and the errors.
for s in ["ab", "", "é", "日本", "x" * 100]:
    for n in (0, 1, 3, -2, True, False):
        r = s * n
        print(repr(r)[:40], len(r), n * s == r, r.upper()[:10], r[::-1][:5], r.find("b"))
print(b"ab" * 3, 3 * b"", b"\xff" * 2, len(b"xyz" * 1000), bytearray(b"q") * 2)
for bad in (lambda: "a" * 2**62, lambda: "a" * 1.5, lambda: "a" * "b", lambda: b"a" * 2**62):
    try:
        bad()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

# expect: '' 0 True   -1
# expect: 'ab' 2 True AB ba 1
# expect: 'ababab' 6 True ABABAB babab 1
# expect: '' 0 True   -1
# expect: 'ab' 2 True AB ba 1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: 'é' 1 True É é -1
# expect: 'ééé' 3 True ÉÉÉ ééé -1
# expect: '' 0 True   -1
# expect: 'é' 1 True É é -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: '日本' 2 True 日本 本日 -1
# expect: '日本日本日本' 6 True 日本日本日本 本日本日本 -1
# expect: '' 0 True   -1
# expect: '日本' 2 True 日本 本日 -1
# expect: '' 0 True   -1
# expect: '' 0 True   -1
# expect: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 100 True XXXXXXXXXX xxxxx -1
# expect: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 300 True XXXXXXXXXX xxxxx -1
# expect: '' 0 True   -1
# expect: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 100 True XXXXXXXXXX xxxxx -1
# expect: '' 0 True   -1
# expect: b'ababab' b'' b'\xff\xff' 3000 bytearray(b'qq')
# expect: MemoryError 
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: MemoryError 
