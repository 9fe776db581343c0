# int() and str() conversions and their errors.
print(int("42") + 1)  # expect: 43
print(int("-7"), int("+7"), int("0"))  # expect: -7 7 0
print(int(" 12 "), int("12\n"))  # expect: 12 12
print(int(3.99), int(-3.99))  # expect: 3 -3
print(int(5), int(True), int(False))  # expect: 5 1 0
print(str(42) + "!")  # expect: 42!
print(str(-1), str(0))  # expect: -1 0
print(str("same"), str(None), str(True))  # expect: same None True
print(str([1, "a"]), str((1,)))  # expect: [1, 'a'] (1,)
print(str(b"ab"))  # expect: b'ab'
print(str(2.5))  # expect: 2.5
print(int(str(123456789)) == 123456789)  # expect: True
print(len(str(2 ** 40)))  # expect: 13

for bad in ["abc", "", "1.5", "12a", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1.5'
# expect: invalid literal for int() with base 10: '12a'
# expect: invalid literal for int() with base 10: '--1'
try:
    int(None)
except TypeError as e:
    print(e)  # expect: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
try:
    int([1])
except TypeError as e:
    print(e)  # expect: int() argument must be a string, a bytes-like object or a real number, not 'list'
