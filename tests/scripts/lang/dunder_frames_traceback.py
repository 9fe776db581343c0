# An exception raised in a dunder that the interpreter runs as its own frame shows that frame
# in the traceback, under the operator's line, as CPython's.
# expect: ordered
# expect-exit: 1
# expect-stderr: dunder_frames_traceback.py", line 22, in <module>
# expect-stderr: dunder_frames_traceback.py", line 16, in __add__
# expect-stderr: AttributeError: 'V' object has no attribute 'missing'
class V:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x

    def __add__(self, other):
        return V(self.x + other.missing)


items = [V(2), V(1)]
if items[1] < items[0]:
    print("ordered")
total = items[0] + items[1]
print("not reached")
