# Classes called in line: __init__ with defaults left out, blocks in __init__, results that are
# not None, errors binding, dunders with defaults.
class P:
    def __init__(self, x, y=2, z=None):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return "P(%r, %r, %r)" % (self.x, self.y, self.z)
    def __add__(self, o, scale=10):
        return P(self.x + o.x * scale)
    def __lt__(self, o, flip=False):
        return (self.x < o.x) != flip

class Guarded:
    def __init__(self, v, fail=False):
        try:
            if fail:
                raise ValueError("bad %r" % v)
            self.v = v
        finally:
            self.done = True
    def __repr__(self):
        return "Guarded(%r)" % self.v

class Handled:
    def __init__(self):
        try:
            raise KeyError("k")
        except KeyError as e:
            self.e = repr(e)

class Returns:
    def __init__(self, r=None):
        try:
            pass
        finally:
            pass
        if r is not None:
            return r

def main():
    ps = [P(i) for i in range(3)] + [P(i, i) for i in range(2)] + [P(1, 2, 3)]
    print(ps)
    print(P(1) + P(2), sorted([P(3), P(1), P(2)]), P(1) < P(2))
    print([Guarded(i) for i in range(3)], [Guarded(i).done for i in range(2)])
    try:
        Guarded(5, True)
    except ValueError as e:
        print("ValueError", e)
    print([Handled().e for _ in range(2)])
    print(type(Returns()).__name__)
    for r in (1, "s"):
        try:
            Returns(r)
        except TypeError as e:
            print("TypeError", e)
    for args in ((), (1, 2, 3, 4)):
        try:
            P(*args)
        except TypeError as e:
            print("TypeError", e)
main()

# expect: [P(0, 2, None), P(1, 2, None), P(2, 2, None), P(0, 0, None), P(1, 1, None), P(1, 2, 3)]
# expect: P(21, 2, None) [P(1, 2, None), P(2, 2, None), P(3, 2, None)] True
# expect: [Guarded(0), Guarded(1), Guarded(2)] [True, True]
# expect: ValueError bad 5
# expect: ["KeyError('k')", "KeyError('k')"]
# expect: Returns
# expect: TypeError __init__() should return None, not 'int'
# expect: TypeError __init__() should return None, not 'str'
# expect: TypeError P.__init__() missing 1 required positional argument: 'x'
# expect: TypeError P.__init__() takes from 2 to 4 positional arguments but 5 were given
