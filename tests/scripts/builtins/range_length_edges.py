# len() and truth of ranges near the 64-bit edges, slices and equality of small ones (range_length's 64-bit and
# 128-bit ways), with CPython's OverflowError past 2^63 - 1 items.
big = 2**63 - 1
cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (0, 0, 1), (5, 0, 1), (0, 5, -1),
         (-big - 1, big, 1), (-big - 1, big, 2), (-big - 1, big, big), (big, -big - 1, -big - 1),
         (big, -big - 1, -1), (-5, 5, 7), (3, -3, -4), (-big - 1, -big, 1), (0, big, big),
         (-big - 1, big, 3), (big, -big - 1, -2), (0, big, 1), (-1, big, 1)]
def attempt(f):
    try:
        return f()
    except OverflowError as e:
        return "OverflowError: " + str(e)
for a, b, c in cases:
    r = range(a, b, c)
    print(a, b, c, attempt(lambda: len(r)), bool(r))
small = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (0, 0, 1), (-5, 5, 7), (3, -3, -4),
         (0, 100, 7), (100, 0, -7)]
for a, b, c in small:
    r = range(a, b, c)
    print(len(r[1:]), len(r[::2]), len(r[::-3]), list(r[2:8:3]), r == range(a, b + 1, c))

# expect: 0 10 1 10 True
# expect: 0 10 3 4 True
# expect: 10 0 -1 10 True
# expect: 10 0 -3 4 True
# expect: 0 0 1 0 False
# expect: 5 0 1 0 False
# expect: 0 5 -1 0 False
# expect: -9223372036854775808 9223372036854775807 1 OverflowError: Python int too large to convert to C ssize_t True
# expect: -9223372036854775808 9223372036854775807 2 OverflowError: Python int too large to convert to C ssize_t True
# expect: -9223372036854775808 9223372036854775807 9223372036854775807 3 True
# expect: 9223372036854775807 -9223372036854775808 -9223372036854775808 2 True
# expect: 9223372036854775807 -9223372036854775808 -1 OverflowError: Python int too large to convert to C ssize_t True
# expect: -5 5 7 2 True
# expect: 3 -3 -4 2 True
# expect: -9223372036854775808 -9223372036854775807 1 1 True
# expect: 0 9223372036854775807 9223372036854775807 1 True
# expect: -9223372036854775808 9223372036854775807 3 6148914691236517205 True
# expect: 9223372036854775807 -9223372036854775808 -2 OverflowError: Python int too large to convert to C ssize_t True
# expect: 0 9223372036854775807 1 9223372036854775807 True
# expect: -1 9223372036854775807 1 OverflowError: Python int too large to convert to C ssize_t True
# expect: 9 5 4 [2, 5] False
# expect: 3 2 2 [6] True
# expect: 9 5 4 [8, 5] False
# expect: 3 2 2 [4] False
# expect: 0 0 0 [] False
# expect: 1 1 1 [] True
# expect: 1 1 1 [] True
# expect: 14 8 5 [14, 35] True
# expect: 14 8 5 [86, 65] True
