# Augmented assignment on locals, globals, list items and strings.
x = 10
x += 5
print(x)  # expect: 15
x -= 3
print(x)  # expect: 12
x *= 2
print(x)  # expect: 24
x //= 5
print(x)  # expect: 4
x %= 3
print(x)  # expect: 1
x **= 5
print(x)  # expect: 1
y = 2
y **= 10
print(y)  # expect: 1024

def bump(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total

print(bump(10))  # expect: 45

items = [1, 2, 3]
items[0] += 10
items[-1] *= 3
print(items)  # expect: [11, 2, 9]

s = "ab"
s += "cd"
s *= 2
print(s)  # expect: abcdabcd
b = b"x"
b += b"y"
print(b)  # expect: b'xy'
lst = [1]
lst += [2, 3]
print(lst)  # expect: [1, 2, 3]
