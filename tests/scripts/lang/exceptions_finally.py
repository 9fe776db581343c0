# finally: on normal exit, on exceptions, with return, break and continue inside try.
try:
    print("body")  # expect: body
finally:
    print("finally 1")  # expect: finally 1

try:
    try:
        1 // 0
    finally:
        print("finally 2")  # expect: finally 2
except ZeroDivisionError:
    print("caught after finally")  # expect: caught after finally

def ret():
    try:
        return "from try"
    finally:
        print("finally 3")  # expect: finally 3

print(ret())  # expect: from try

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("loop", i)  # expect: loop 0
    finally:
        print("finally", i)
# expect: finally 0
# expect: finally 1
# expect: finally 2

def handled():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("finally 4")  # expect: finally 4

print(handled())  # expect: handled

try:
    pass
except Exception:
    print("never")
finally:
    print("finally 5")  # expect: finally 5

def nested():
    log = []
    try:
        try:
            raise OSError("deep")
        finally:
            log.append("inner finally")
    except OSError:
        log.append("handler")
    finally:
        log.append("outer finally")
    return log

print(nested())  # expect: ['inner finally', 'handler', 'outer finally']
while True:
    try:
        break
    finally:
        print("finally 6")  # expect: finally 6
