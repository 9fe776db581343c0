# A method looked up on instances whose class has many attribute names (the name filters cannot
# tell the method's name from them): an instance attribute of the method's name, added later
# as one more shared name, shadows the method from then on.
class Many:
    def __init__(self):
        for i in range(28):
            setattr(self, "a%d" % i, i)
    def m(self):
        return "method"
    def n(self):
        return "n"

def call_all(objs):
    return [o.m() for o in objs]

def load_all(objs):
    return [o.n for o in objs]

first = [Many() for _ in range(3)]
for _ in range(5):
    print(call_all(first))
later = Many()
later.m = lambda: "own"
later.n = 5
print(call_all(first + [later]))
print([x if isinstance(x, int) else x() for x in load_all(first + [later])])
del later.m
print(call_all([later]))
# Fewer values than the cleared names: still the method.
class Few:
    def __init__(self, full):
        self.a = 1
        if full:
            self.b = 2
            self.m = lambda: "own b"
    def m(self):
        return "method"
objs = [Few(False), Few(False)]
print([o.m() for o in objs])
objs.append(Few(True))
print([o.m() for o in objs])
Few.m = lambda self: "replaced"
print([o.m() for o in objs])

# expect: ['method', 'method', 'method']
# expect: ['method', 'method', 'method']
# expect: ['method', 'method', 'method']
# expect: ['method', 'method', 'method']
# expect: ['method', 'method', 'method']
# expect: ['method', 'method', 'method', 'own']
# expect: ['n', 'n', 'n', 5]
# expect: ['method']
# expect: ['method', 'method']
# expect: ['method', 'method', 'own b']
# expect: ['replaced', 'replaced', 'own b']
