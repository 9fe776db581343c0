# splitlines() passing eight bytes at a time over those that cannot start a line break, and
# unpacking a list of the target's length straight from it.
seps = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\t", "\x1f"]
for sep in seps:
    for body in ["abcdefghijklmnop", "é" * 9, "x", "", "0123456789abcdef0123456789" + "日"]:
        t = (body + sep) * 3 + body
        print(repr(sep), len(t.splitlines()), t.splitlines() == (body + sep).join([body] * 4).splitlines(),
              [len(x) for x in t.splitlines(True)])
        b = t.encode("utf-8")
        print(len(b.splitlines()), [len(x) for x in b.splitlines(keepends=True)])
print("abcdefgh\nabcdefgh\r\n12345678\r".splitlines(), "a\u2028b\u2029c\x85d".splitlines())
print("long line without any break at all, well past eight bytes".splitlines())
print("tabs\tand\tcontrol\x01chars\x02here\nnext".splitlines(), b"\x85\xe2\x80\xa8x\ny".splitlines())
fields = "1,name,tag,2.5".split(",")
ident, name, tag, value = fields
print(ident, name, tag, value, fields)
a, b = [1, 2]
print(a, b)
for bad in [[1, 2, 3], [1], []]:
    try:
        x, y = bad
    except ValueError as e:
        print("ValueError:", e)
class L(list):
    def __iter__(self):
        return iter([7, 8])
p, q = L([1, 2])
print(p, q)
rows = [[i, str(i)] for i in range(3)]
for n, s in rows:
    print(n, s)

# expect: '\n' 4 False [17, 17, 17, 16]
# expect: 4 [17, 17, 17, 16]
# expect: '\n' 4 False [10, 10, 10, 9]
# expect: 4 [19, 19, 19, 18]
# expect: '\n' 4 False [2, 2, 2, 1]
# expect: 4 [2, 2, 2, 1]
# expect: '\n' 3 True [1, 1, 1]
# expect: 3 [1, 1, 1]
# expect: '\n' 4 False [28, 28, 28, 27]
# expect: 4 [30, 30, 30, 29]
# expect: '\r' 4 False [17, 17, 17, 16]
# expect: 4 [17, 17, 17, 16]
# expect: '\r' 4 False [10, 10, 10, 9]
# expect: 4 [19, 19, 19, 18]
# expect: '\r' 4 False [2, 2, 2, 1]
# expect: 4 [2, 2, 2, 1]
# expect: '\r' 3 True [1, 1, 1]
# expect: 3 [1, 1, 1]
# expect: '\r' 4 False [28, 28, 28, 27]
# expect: 4 [30, 30, 30, 29]
# expect: '\r\n' 4 False [18, 18, 18, 16]
# expect: 4 [18, 18, 18, 16]
# expect: '\r\n' 4 False [11, 11, 11, 9]
# expect: 4 [20, 20, 20, 18]
# expect: '\r\n' 4 False [3, 3, 3, 1]
# expect: 4 [3, 3, 3, 1]
# expect: '\r\n' 3 True [2, 2, 2]
# expect: 3 [2, 2, 2]
# expect: '\r\n' 4 False [29, 29, 29, 27]
# expect: 4 [31, 31, 31, 29]
# expect: '\x0b' 4 False [17, 17, 17, 16]
# expect: 1 [67]
# expect: '\x0b' 4 False [10, 10, 10, 9]
# expect: 1 [75]
# expect: '\x0b' 4 False [2, 2, 2, 1]
# expect: 1 [7]
# expect: '\x0b' 3 True [1, 1, 1]
# expect: 1 [3]
# expect: '\x0b' 4 False [28, 28, 28, 27]
# expect: 1 [119]
# expect: '\x0c' 4 False [17, 17, 17, 16]
# expect: 1 [67]
# expect: '\x0c' 4 False [10, 10, 10, 9]
# expect: 1 [75]
# expect: '\x0c' 4 False [2, 2, 2, 1]
# expect: 1 [7]
# expect: '\x0c' 3 True [1, 1, 1]
# expect: 1 [3]
# expect: '\x0c' 4 False [28, 28, 28, 27]
# expect: 1 [119]
# expect: '\x1c' 4 False [17, 17, 17, 16]
# expect: 1 [67]
# expect: '\x1c' 4 False [10, 10, 10, 9]
# expect: 1 [75]
# expect: '\x1c' 4 False [2, 2, 2, 1]
# expect: 1 [7]
# expect: '\x1c' 3 True [1, 1, 1]
# expect: 1 [3]
# expect: '\x1c' 4 False [28, 28, 28, 27]
# expect: 1 [119]
# expect: '\x1d' 4 False [17, 17, 17, 16]
# expect: 1 [67]
# expect: '\x1d' 4 False [10, 10, 10, 9]
# expect: 1 [75]
# expect: '\x1d' 4 False [2, 2, 2, 1]
# expect: 1 [7]
# expect: '\x1d' 3 True [1, 1, 1]
# expect: 1 [3]
# expect: '\x1d' 4 False [28, 28, 28, 27]
# expect: 1 [119]
# expect: '\x1e' 4 False [17, 17, 17, 16]
# expect: 1 [67]
# expect: '\x1e' 4 False [10, 10, 10, 9]
# expect: 1 [75]
# expect: '\x1e' 4 False [2, 2, 2, 1]
# expect: 1 [7]
# expect: '\x1e' 3 True [1, 1, 1]
# expect: 1 [3]
# expect: '\x1e' 4 False [28, 28, 28, 27]
# expect: 1 [119]
# expect: '\x85' 4 False [17, 17, 17, 16]
# expect: 1 [70]
# expect: '\x85' 4 False [10, 10, 10, 9]
# expect: 1 [78]
# expect: '\x85' 4 False [2, 2, 2, 1]
# expect: 1 [10]
# expect: '\x85' 3 True [1, 1, 1]
# expect: 1 [6]
# expect: '\x85' 4 False [28, 28, 28, 27]
# expect: 1 [122]
# expect: '\u2028' 4 False [17, 17, 17, 16]
# expect: 1 [73]
# expect: '\u2028' 4 False [10, 10, 10, 9]
# expect: 1 [81]
# expect: '\u2028' 4 False [2, 2, 2, 1]
# expect: 1 [13]
# expect: '\u2028' 3 True [1, 1, 1]
# expect: 1 [9]
# expect: '\u2028' 4 False [28, 28, 28, 27]
# expect: 1 [125]
# expect: '\u2029' 4 False [17, 17, 17, 16]
# expect: 1 [73]
# expect: '\u2029' 4 False [10, 10, 10, 9]
# expect: 1 [81]
# expect: '\u2029' 4 False [2, 2, 2, 1]
# expect: 1 [13]
# expect: '\u2029' 3 True [1, 1, 1]
# expect: 1 [9]
# expect: '\u2029' 4 False [28, 28, 28, 27]
# expect: 1 [125]
# expect: '\t' 1 False [67]
# expect: 1 [67]
# expect: '\t' 1 False [39]
# expect: 1 [75]
# expect: '\t' 1 False [7]
# expect: 1 [7]
# expect: '\t' 1 True [3]
# expect: 1 [3]
# expect: '\t' 1 False [111]
# expect: 1 [119]
# expect: '\x1f' 1 False [67]
# expect: 1 [67]
# expect: '\x1f' 1 False [39]
# expect: 1 [75]
# expect: '\x1f' 1 False [7]
# expect: 1 [7]
# expect: '\x1f' 1 True [3]
# expect: 1 [3]
# expect: '\x1f' 1 False [111]
# expect: 1 [119]
# expect: ['abcdefgh', 'abcdefgh', '12345678'] ['a', 'b', 'c', 'd']
# expect: ['long line without any break at all, well past eight bytes']
# expect: ['tabs\tand\tcontrol\x01chars\x02here', 'next'] [b'\x85\xe2\x80\xa8x', b'y']
# expect: 1 name tag 2.5 ['1', 'name', 'tag', '2.5']
# expect: 1 2
# expect: ValueError: too many values to unpack (expected 2)
# expect: ValueError: not enough values to unpack (expected 2, got 1)
# expect: ValueError: not enough values to unpack (expected 2, got 0)
# expect: 7 8
# expect: 0 0
# expect: 1 1
# expect: 2 2
