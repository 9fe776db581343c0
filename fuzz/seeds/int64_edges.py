top = 9223372036854775807
bottom = -top - 1
for r in [range(bottom, top, top), range(top - 3, top, 2), range(bottom + 3, bottom, -2), range(-top, top, 3)]:
    try:
        print(len(r), list(r)[:3])
    except OverflowError as e:
        print(e)
for v in [top + 1, bottom - 1, top * 2, bottom * -1, bottom // -1, bottom % -1, -bottom, abs(bottom), 2 ** 63, 3 ** 40, top << 1, 1 << 64]:
    print(v)
for x in [1e300, -1e300, float("inf"), float("nan"), 9.2e18, -9.3e18]:
    try:
        print(int(x), "%d %x %o" % (x, x, x))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for base in [0, 1, 2, 36, 37, -1, top, bottom]:
    try:
        print(int("0x7f", base), int("101", base))
    except (ValueError, TypeError) as e:
        print(e)
print(list(enumerate("ab", top - 1)))
