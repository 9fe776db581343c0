# VM-only (C-level limits): conversions at the edges raise what CPython raises; floats beyond
# 64 bits become big ints.
import sys
import time
for x in [float("inf"), float("-inf"), float("nan"), 1e300, -9.3e18]:
    for convert in ["%d", "int"]:
        try:
            print(("%d" % x) if convert == "%d" else int(x))
        except OverflowError as e:
            print(convert, "OverflowError", e)
        except ValueError as e:
            print(convert, "ValueError", e)
# expect: %d OverflowError cannot convert float infinity to integer
# expect: int OverflowError cannot convert float infinity to integer
# expect: %d OverflowError cannot convert float infinity to integer
# expect: int OverflowError cannot convert float infinity to integer
# expect: %d ValueError cannot convert float NaN to integer
# expect: int ValueError cannot convert float NaN to integer
# expect: 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# expect: 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# expect: -9300000000000000000
# expect: -9300000000000000000
print("%d %x" % (9.2e18, -255))  # expect: 9200000000000000000 -ff
for base in [99, 1, -1, 37, 2**40, -2**40]:
    try:
        int("10", base)
    except ValueError as e:
        print(e)
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
print(int("0x1f", 0), int("0b101", 0), int(" 0o17 ", 0), int("0", 0), int("0x1F", 16), int("z", 36))  # expect: 31 5 15 0 31 35
for text, base in [("010", 0), ("0x", 16), ("0b2", 0), ("", 0), ("12", 2)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)
# expect: invalid literal for int() with base 0: '010'
# expect: invalid literal for int() with base 16: '0x'
# expect: invalid literal for int() with base 0: '0b2'
# expect: invalid literal for int() with base 0: ''
# expect: invalid literal for int() with base 2: '12'
try:
    int(5, 10)
except TypeError as e:
    print(e)  # expect: int() can't convert non-string with explicit base
try:
    time.sleep(1e300)
except OverflowError as e:
    print(e)  # expect: timestamp out of range for platform time_t
for interval in [1e300, float("inf")]:
    try:
        sys.setswitchinterval(interval)
    except OverflowError as e:
        print(e)
# expect: switch interval is too large
# expect: switch interval is too large
try:
    sys.setswitchinterval(float("nan"))
except ValueError as e:
    print(e)  # expect: switch interval must be strictly positive
print(sys.getswitchinterval())  # expect: 0.005
try:
    sys.setcheckinterval(2**40)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C int
print(sys.getcheckinterval())  # expect: 100
