# An exception that escapes a thread is reported on stderr; the program goes on and exits 0.
import threading

def bad():
    return 1 // 0

t = threading.Thread(target=bad)
t.start()
t.join()
print("main continues")  # expect: main continues
# expect-stderr: Exception in thread Thread-1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
