# CPython 3.11's limit on decimal int <-> str conversions: int() of more than 4300 decimal digits
# (or digits of any base that is not a power of two) and str(), repr(), f-strings, format() and
# %d of an int with more than 4300 digits raise ValueError; hex, octal and binary do not.
# sys.set_int_max_str_digits changes it for the VM (0: no limit; below 640 refused), in every
# thread.
# args: --gil newgil
# args: --gil nogil
import sys
import threading

def attempt(make):
    try:
        print(make())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

big = 10**5000
print(sys.get_int_max_str_digits())
for make in [lambda: int("1" * 5000), lambda: str(big), lambda: str(-10**4300),
             lambda: str(10**4300 - 1)[:5], lambda: len(str(-(10**4300 - 1))), lambda: repr(big),
             lambda: f"{big}", lambda: "%d" % big, lambda: "%s" % big, lambda: format(big, ","),
             lambda: format(big, "d"), lambda: "{}".format(big), lambda: len(hex(big)),
             lambda: len(oct(big)), lambda: len(bin(big)), lambda: len("%x" % big),
             lambda: len(f"{big:b}"), lambda: len(format(big, "o")), lambda: int("1" * 5000, 16) > 0,
             lambda: int("1" * 5000, 8) > 0, lambda: int("1" * 5000, 32) > 0, lambda: int("1" * 5000, 3),
             lambda: int("1" * 5000, 36), lambda: int("1" * 5000 + "x"), lambda: int("0x" + "1" * 5000, 0) > 0,
             lambda: int("1_" * 4300 + "1"), lambda: int("0" * 5000), lambda: int(b"1" * 5000),
             lambda: int(" " + "1" * 4300 + " ") > 0, lambda: int("-" + "1" * 4301),
             lambda: int("1" * 4300) % 7, lambda: str(2**14000)[:4], lambda: format(big, "e")]:
    attempt(make)
for value in [639, -1, 1, True, "5", 1.5, 2**70, 2**31]:
    attempt(lambda: sys.set_int_max_str_digits(value))
attempt(lambda: sys.set_int_max_str_digits())
attempt(lambda: sys.set_int_max_str_digits(1, 2))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), int("7" * 6000) % 10)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), len(str(10**699)), len(str(-10**699)))
attempt(lambda: str(10**700))
attempt(lambda: int("9" * 701))
results = []
thread = threading.Thread(target=lambda: results.append(sys.get_int_max_str_digits()))
thread.start()
thread.join()
print(results)
sys.set_int_max_str_digits(640)
attempt(lambda: int("1" * 641))
print(len(str(10**639)))

# expect: 4300
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 99999
# expect: 4301
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 4155
# expect: 5539
# expect: 16612
# expect: 4153
# expect: 16610
# expect: 5537
# expect: True
# expect: True
# expect: True
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: True
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: True
# expect: ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: 5
# expect: 2629
# expect: OverflowError int too large to convert to float
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
# expect: TypeError set_int_max_str_digits() takes at most 1 argument (2 given)
# expect: 4300
# expect: 5001 7
# expect: 700 700 701
# expect: ValueError Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError Exceeds the limit (700 digits) for integer string conversion: value has 701 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: [700]
# expect: ValueError Exceeds the limit (640 digits) for integer string conversion: value has 641 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: 640
