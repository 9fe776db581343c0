# Methods of generators (send, throw, close) found once per call site, as builtin types' methods.
# args: --gil newgil
# args: --gil nogil
def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
gen = g()
print(next(gen), gen.send("a"), gen.throw(ValueError("v")))
gen.close()
m = gen.send
print(type(m).__name__, callable(m))
try:
    gen.nope
except AttributeError as e:
    print(e)
print(hasattr(gen, "send"), hasattr(gen, "close"), hasattr(gen, "foo"))


def acc():
    total = 0
    while True:
        x = yield total
        total += x


a, b = acc(), acc()
next(a), next(b)
for i in range(6):
    print((a if i % 2 else b).send(i))
for obj in (a, [1], "s", a):
    try:
        print(obj.send(10))
    except AttributeError as e:
        print(type(e).__name__, e)

# The expected output (CPython 3.11):
# expect: got a
# expect: caught v
# expect: 1 2 3
# expect: builtin_function_or_method True
# expect: 'generator' object has no attribute 'nope'
# expect: True True False
# expect: 0
# expect: 1
# expect: 2
# expect: 4
# expect: 6
# expect: 9
# expect: 19
# expect: AttributeError 'list' object has no attribute 'send'
# expect: AttributeError 'str' object has no attribute 'send'
# expect: 29
