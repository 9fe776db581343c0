# Closures: nested functions read and (with nonlocal) write their enclosing functions' variables;
# two closures share one cell; cells outlive the call that made them; lambda; decorators. Under a
# GIL and free-threaded (where LOAD_DEREF and STORE_DEREF take the cell's lock).
# args: --gil newgil
# args: --gil nogil
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def current():
        return count
    return increment, current

inc, cur = make_counter()
inc()
inc(5)
print(cur())  # expect: 6
inc2, cur2 = make_counter()
print(inc2(), cur())  # expect: 1 6

# A parameter captured by a closure, three levels deep, and a name used before it is bound.
def outer(x):
    def middle():
        def inner():
            return x * 10
        return inner
    return middle()()
print(outer(4))  # expect: 40

def late():
    def show():
        return value
    value = "bound later"
    return show()
print(late())  # expect: bound later

# Closures made in a loop all see the loop variable's final value (one cell), as in Python.
def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return [f(10) for f in fs]
print(adders())  # expect: [12, 12, 12]
# ... unless a default argument captures each value.
print([f(10) for f in [lambda x, i=i: x + i for i in range(3)]])  # expect: [10, 11, 12]

square = lambda n: n * n
print(square(7), (lambda: "no args")(), (lambda a, b=2: a * b)(5))  # expect: 49 no args 10
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]

# global inside a nested function still means the module's variable.
total = 0
def outer_global():
    def bump():
        global total
        total += 1
    bump()
    bump()
outer_global()
print(total)  # expect: 2

# Decorators, with and without arguments, stacked (the innermost applies first).
def shout(f):
    def wrapper(x):
        return f(x).upper() + "!"
    return wrapper

def repeat(n):
    def decorate(f):
        def wrapper(x):
            return " ".join([f(x)] * n)
        return wrapper
    return decorate

@repeat(2)
@shout
def greet(name):
    return "hi " + name
print(greet("ann"))  # expect: HI ANN! HI ANN!

calls = []
def logged(f):
    def wrapper(a, b):
        calls.append(f.__name__)
        return f(a, b)
    return wrapper

@logged
def add(a, b):
    return a + b
print(add(2, 3), add(4, 5), calls)  # expect: 5 9 ['add', 'add']

# A free variable read before its enclosing function binds it.
def unbound():
    def read():
        return later
    try:
        read()
    except NameError as e:
        print(e)  # expect: cannot access free variable 'later' where it is not associated with a value in enclosing scope
    later = 1
unbound()
