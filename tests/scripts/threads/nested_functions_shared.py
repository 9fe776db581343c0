# Functions made inside functions (closures, inner defs, comprehensions, classes made by a
# function) are counted under nogil, not immortal: threads share and drop them while other
# threads call them, replace them in a class dict while others call them through the attribute
# caches, and every call sees a whole function. Qualnames follow CPython 3.11.
# args: --gil newgil
# args: --gil nogil
import threading

def make_adder(k):
    def add(x):
        return x + k
    return add

def make_class(k):
    class Box:
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v + k
        @classmethod
        def tag(cls):
            return k
        @staticmethod
        def twice(x):
            return 2 * x
        @property
        def doubled(self):
            return self.v * 2
    return Box

# A closure shared by threads: its count moves under all of them.
shared = make_adder(10)
totals = [0] * 4
def call_shared(n):
    t = 0
    for i in range(2000):
        t += shared(i)
        t += make_adder(i)(1)          # made and dropped by this thread
        t += sum([j for j in range(3)])  # a comprehension's function, made per pass
    totals[n] = t
threads = [threading.Thread(target=call_shared, args=(n,)) for n in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(totals[0], len(set(totals)))

# A class made by a function: its methods are nested functions, cached by the call sites below;
# one thread replaces a method in the class dict with freshly made functions while the others
# call it.
def make_tag(k):
    def tag(cls):
        return k
    return classmethod(tag)

Box = make_class(1)
seen = [set() for _ in range(3)]
finished = []
def caller(n):
    b = Box(5)
    s = seen[n]
    for i in range(3000):
        s.add(("get", b.get()))
        s.add(("tag", Box.tag()))
        s.add(("twice", Box.twice(i % 2)))
        s.add(("doubled", b.doubled))
    finished.append(n)
def replacer():
    for i in range(300):
        k = i % 3
        Box.get = make_class(100 + k).get
        Box.tag = make_tag(k)
        Box.doubled = property(lambda self, k=k: self.v * 2 + k)
    Box.get = make_class(1).get
    finished.append("replacer")
threads = [threading.Thread(target=caller, args=(n,)) for n in range(3)]
threads.append(threading.Thread(target=replacer))
for t in threads: t.start()
for t in threads: t.join()
allowed = {("get", v) for v in (6, 105, 106, 107)} | {("tag", v) for v in (0, 1, 2)}
allowed |= {("twice", 0), ("twice", 2)} | {("doubled", v) for v in (10, 11, 12)}
print(len(finished), all(s <= allowed for s in seen))
print(Box(5).get(), Box.tag(), Box.twice(4), Box(3).doubled)

# Freed functions keep nothing alive that a later function of the same code could see.
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
bumps = [counter() for _ in range(5)]
print([b() + b() for b in bumps])

# Qualnames: a comprehension's children add no "<locals>", a global declaration names itself.
def outer():
    global declared
    def declared(): pass
    def inner(): pass
    return inner
f = outer()
print(f.__qualname__, declared.__qualname__)
print([lambda: 0 for _ in range(1)][0].__qualname__)
print({k: (lambda: k) for k in "a"}["a"].__qualname__)
print(next(lambda: 0 for _ in range(1)).__qualname__)
print(make_class(0).get.__qualname__, make_adder(0).__qualname__)

# expect: 4026000 1
# expect: 4 True
# expect: 6 2 8 8
# expect: [3, 3, 3, 3, 3]
# expect: outer.<locals>.inner declared
# expect: <listcomp>.<lambda>
# expect: <dictcomp>.<lambda>
# expect: <genexpr>.<lambda>
# expect: make_class.<locals>.Box.get make_adder.<locals>.add
