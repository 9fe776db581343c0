# Sizes that cannot be allocated raise MemoryError (catchable, in any thread) before anything
# is allocated or eaten; sizes whose length does not fit raise what CPython raises.
import threading
try:
    [0] * 10**12
except MemoryError:
    print("list: MemoryError")  # expect: list: MemoryError
try:
    (1, 2) * 2**62
except MemoryError:
    print("tuple: MemoryError")  # expect: tuple: MemoryError
try:
    "x" * 2**62
except MemoryError:
    print("str: MemoryError")  # expect: str: MemoryError
try:
    "xy" * 2**62
except OverflowError as e:
    print("str:", e)  # expect: str: repeated string is too long
try:
    b"xy" * 2**62
except OverflowError as e:
    print("bytes:", e)  # expect: bytes: repeated bytes are too long
print(len([7] * 3), len("ab" * 0), len((1,) * -5))  # expect: 3 0 0
try:
    list(range(10**12))
except MemoryError:
    print("list(range): MemoryError")  # expect: list(range): MemoryError
try:
    "%999999999999d" % 1
except MemoryError:
    print("width: MemoryError")  # expect: width: MemoryError
try:
    "%.999999999999f" % 1.5
except ValueError as e:
    print("precision:", e)  # expect: precision: precision too big
print(len("%99999d" % 1), len("%.200f" % 1.5))  # expect: 99999 202


def in_thread():
    try:
        [None] * 10**13
    except MemoryError:
        print("thread: MemoryError")


t = threading.Thread(target=in_thread)
t.start()
t.join()
# expect: thread: MemoryError


def uncaught():
    x = [1, 2, 3] * 10**14


t = threading.Thread(target=uncaught)
t.start()
t.join()
print("main goes on")  # expect: main goes on
# expect-stderr: Exception in thread
# expect-stderr: MemoryError
