# Comparisons, chained comparisons (each operand evaluated once), identity tests.
print(1 < 2, 2 < 1)  # expect: True False
print(2 <= 2, 3 <= 2)  # expect: True False
print(3 > 2, 2 > 3)  # expect: True False
print(2 >= 2, 1 >= 2)  # expect: True False
print(5 == 5, 5 == 6)  # expect: True False
print(5 != 6, 5 != 5)  # expect: True False
print(-3 < -2)  # expect: True
print(1 < 2 < 3)  # expect: True
print(1 < 3 < 2)  # expect: False
print(3 > 2 > 1 > 0)  # expect: True
print(1 < 3 > 2)  # expect: True
print(1 == 1 != 2)  # expect: True
print("a" < "b", "abc" < "abd", "ab" < "abc")  # expect: True True True
print("abc" == "abc", "abc" != "abd")  # expect: True True
print(b"ab" == b"ab", b"ab" < b"b")  # expect: True True
print([1, 2] == [1, 2], [1, 2] == [2, 1])  # expect: True False
print((1, 2) != (1, 3), (1, 2) == (1, 2))  # expect: True True
print(None == None, None is None, None is not None)  # expect: True True False
x = None
print(x is None)  # expect: True
print("1" == 1)  # expect: False

calls = []
def f(v):
    calls.append(v)
    return v

print(f(1) < f(2) < f(3))  # expect: True
print(calls)  # expect: [1, 2, 3]
calls = []
print(f(3) < f(1) < f(2))  # expect: False
print(calls)  # expect: [3, 1]
