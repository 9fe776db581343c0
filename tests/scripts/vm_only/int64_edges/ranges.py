# VM-only (range bounds are 64-bit in gilvm): ranges at the edges of the int64 range iterate and
# measure exactly, and a length that does not fit is CPython's OverflowError, not a wrapped number.
top = 9223372036854775807
bottom = -top - 1
print(len(range(-top, top, 2)))  # expect: 9223372036854775807
print(len(range(bottom, top, top)))  # expect: 3
print(len(range(top, bottom, bottom)), list(range(top, bottom, bottom)))  # expect: 2 [9223372036854775807, -1]
try:
    len(range(-top, top))
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C ssize_t
for i in range(top - 7, top, 5):
    print(i)
# expect: 9223372036854775800
# expect: 9223372036854775805
for i in range(bottom + 7, bottom, -5):
    print(i)
# expect: -9223372036854775801
# expect: -9223372036854775806
for i in range(top - 1, top, top):
    print(i)  # expect: 9223372036854775806
print(list(range(bottom, bottom + 2)))  # expect: [-9223372036854775808, -9223372036854775807]
print(list(enumerate("a", top)))  # expect: [(9223372036854775807, 'a')]
print(list(enumerate("ab", top)))  # expect: [(9223372036854775807, 'a'), (9223372036854775808, 'b')]
