# An attribute a builtin object does not have.
import threading
lock = threading.Lock()
lock.no_such_method()
# expect-exit: 1
# expect-stderr: line 4
# expect-stderr: AttributeError:
# expect-stderr: 'no_such_method'
