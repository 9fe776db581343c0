# A script class's __next__ run by FOR_ITER as a frame of its own: its items, its StopIteration
# (bare, with a value, a subclass) ending the loop, other exceptions going on, a __next__ inside
# try/except or with handled exceptions at its return, one that returns from a finally block.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print([v for v in Countdown(3)], sum(Countdown(4)))
class MyStop(StopIteration):
    pass
class Sub(Countdown):
    def __next__(self):
        if self.n == 1:
            raise MyStop("sub")
        return super().__next__()
print(list(Sub(4)))
class Boom(Countdown):
    def __next__(self):
        if self.n == 1:
            raise KeyError("boom")
        return super().__next__()
try:
    for v in Boom(3):
        print("item", v)
except KeyError as e:
    print("KeyError", e)
class Guarded(Countdown):
    def __next__(self):
        try:
            if self.n == 2:
                raise ValueError("inside")
            return super().__next__()
        except ValueError:
            self.n -= 1
            return "handled"
print(list(Guarded(4)))
class InExcept(Countdown):
    def __next__(self):
        try:
            raise ValueError
        except ValueError:
            return super().__next__()
print(list(InExcept(3)))
class Finally(Countdown):
    def __next__(self):
        try:
            return super().__next__()
        finally:
            self.seen = True
f = Finally(2)
print(list(f), f.seen)
def gen_over(it):
    for v in it:
        yield v * 2
print(list(gen_over(Countdown(3))))
for v in Countdown(2):
    try:
        raise IndexError
    except IndexError:
        print("in loop", v)

# expect: [2, 1, 0] 6
# expect: [3, 2, 1]
# expect: item 2
# expect: item 1
# expect: KeyError 'boom'
# expect: [3, 2, 'handled', 0]
# expect: [2, 1, 0]
# expect: [1, 0] True
# expect: [4, 2, 0]
# expect: in loop 1
# expect: in loop 0
