# An exception raised in a script class's __next__ during a for loop leaves with __next__'s frame
# in its traceback, under the loop's line.
# expect: 1
# expect-exit: 1
# expect-stderr: script_iterator_traceback.py", line 20, in <module>
# expect-stderr: script_iterator_traceback.py", line 17, in __next__
# expect-stderr: KeyError: 'stop'
class Items:
    def __init__(self):
        self.served = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.served += 1
        return {"go": 1}["go" if self.served == 1 else "stop"]


for item in Items():
    print(item)
