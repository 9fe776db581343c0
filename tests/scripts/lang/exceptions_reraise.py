# Bare raise re-raises; exceptions cross function calls; raising inside except.
def fails():
    return 1 // 0

def passes_through():
    return fails() + 1

try:
    passes_through()
except ZeroDivisionError:
    print("crossed two frames")  # expect: crossed two frames

try:
    try:
        fails()
    except ZeroDivisionError:
        print("logging and re-raising")  # expect: logging and re-raising
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)  # expect: re-raised: integer division or modulo by zero

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise OSError("second")
except OSError as e:
    print("replaced by", e)  # expect: replaced by second

def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise OSError("again")
            return attempts
        except OSError:
            continue

print(retry(3))  # expect: 3

err = None
try:
    raise ValueError("kept")
except ValueError as e:
    err = e
print(err)  # expect: kept
ok = 0
for i in range(100):
    try:
        if i % 2:
            raise ValueError("odd")
        ok += 1
    except ValueError:
        pass
print(ok)  # expect: 50
