# Floor division and modulo round towards negative infinity, as Python does (not like C).
print(7 // 2)  # expect: 3
print(-7 // 2)  # expect: -4
print(7 // -2)  # expect: -4
print(-7 // -2)  # expect: 3
print(7 % 3)  # expect: 1
print(-7 % 3)  # expect: 2
print(7 % -3)  # expect: -2
print(-7 % -3)  # expect: -1
print(6 // 3)  # expect: 2
print(-6 // 3)  # expect: -2
print(-6 % 3)  # expect: 0
print(0 // 5)  # expect: 0
print(0 % -5)  # expect: 0
print(-1 // 10)  # expect: -1
print(-1 % 10)  # expect: 9
# The identity (a // b) * b + a % b == a holds for every sign combination.
ok = True
for a in [17, -17, 5, -5, 0, 1, -1]:
    for b in [3, -3, 5, -5, 1, -1, 17]:
        if (a // b) * b + a % b != a:
            ok = False
print(ok)  # expect: True
