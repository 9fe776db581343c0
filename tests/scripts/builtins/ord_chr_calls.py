# ord() and chr() as called in loops: ASCII and other characters, bytes, every error, as 3.11.
s = 'Hello, World! ~\x7f\x00é€😀'
print([ord(c) for c in s], ''.join(chr(ord(c)) for c in s) == s)
print([chr(i) for i in (0, 9, 10, 65, 97, 126, 127, 128, 255, 256, 0x20ac, 0x10ffff)])
print(ord(b'A'), ord(bytearray(b'\xff')), chr(True), chr(False) == '\x00', type(chr(65)) is str)
rot = ''.join(chr((ord(c) - 97 + 13) % 26 + 97) if 'a' <= c <= 'z' else c for c in 'uryyb jbeyq')
print(rot, chr(65) is chr(65))
class I:
    def __index__(self):
        return 66
print(chr(I()))
for bad in [lambda: ord(''), lambda: ord('ab'), lambda: ord(5), lambda: ord(None), lambda: ord(b'ab'),
            lambda: chr(-1), lambda: chr(0x110000), lambda: chr(2**31), lambda: chr(2**80),
            lambda: chr(1.5), lambda: chr('a'), lambda: ord(), lambda: chr(), lambda: chr(1, 2),
            lambda: ord('a', 'b'), lambda: ord(c='a')]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
def caesar(text, k):
    out = []
    for ch in text:
        out.append(chr((ord(ch) - 65 + k) % 26 + 65) if ch.isupper() else ch)
    return ''.join(out)
print(caesar('ATTACK AT DAWN', 3), sum(ord(c) for c in 'x' * 1000))

# expect: [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100, 33, 32, 126, 127, 0, 233, 8364, 128512] True
# expect: ['\x00', '\t', '\n', 'A', 'a', '~', '\x7f', '\x80', 'ÿ', 'Ā', '€', '\U0010ffff']
# expect: 65 255  True True
# expect: hello world True
# expect: B
# expect: TypeError ord() expected a character, but string of length 0 found
# expect: TypeError ord() expected a character, but string of length 2 found
# expect: TypeError ord() expected string of length 1, but int found
# expect: TypeError ord() expected string of length 1, but NoneType found
# expect: TypeError ord() expected a character, but string of length 2 found
# expect: ValueError chr() arg not in range(0x110000)
# expect: ValueError chr() arg not in range(0x110000)
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError ord() takes exactly one argument (0 given)
# expect: TypeError chr() takes exactly one argument (0 given)
# expect: TypeError chr() takes exactly one argument (2 given)
# expect: TypeError ord() takes exactly one argument (2 given)
# expect: TypeError ord() takes no keyword arguments
# expect: DWWDFN DW GDZQ 120000
