# Truthiness of ints, str, bytes, lists, tuples, dicts, None and bools.
values = [0, 1, -1, "", "a", b"", b"\x00", [], [0], (), (0,), {}, {1: 2}, None, True, False]
out = []
for v in values:
    if v:
        out.append(1)
    else:
        out.append(0)
print(out)  # expect: [0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]
n = 3
while n:
    n -= 1
print(n)  # expect: 0
s = "abc"
count = 0
while s:
    s = s[1:]
    count += 1
print(count)  # expect: 3
if not []:
    print("empty list is false")  # expect: empty list is false
