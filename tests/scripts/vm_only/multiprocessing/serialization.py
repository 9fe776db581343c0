# What crosses between processes (vm/modules/serialization.h): every supported type round-trips
# through a Pipe, a nested structure too; an unsupported value raises TypeError naming its type,
# and nothing is sent; an exception keeps its class and args; a function goes by name. gilvm's
# only: CPython's pickle names '_thread.lock', the lock inside Event and Thread, every time.
# args: --gil newgil
# args: --gil nogil
import multiprocessing
import threading

def double(x):
    return 2 * x

def make_error(x):
    raise KeyError(x)

a, b = multiprocessing.Pipe()
values = [None, True, False, 0, -9223372036854775807, 2.5, -0.0, "", "text", b"", b"\x00\xff",
          (), (1,), [], [1, [2, [3]]], {}, {"k": (1, 2), 3: [None]}, ValueError("bad", 2)]
for v in values[:-1]:
    a.send(v)
    back = b.recv()
    if back != v or repr(back) != repr(v):
        print("mismatch", repr(v), repr(back))
a.send(values[-1])
e = b.recv()
print(repr(e), e.args)  # expect: ValueError('bad', 2) ('bad', 2)
a.send(double)
print(b.recv()(21))  # expect: 42
a.send(len)
print(b.recv()("abc"))  # expect: 3
for bad in [threading.Lock(), [1, threading.Event()], {"x": threading.Thread(target=double)}]:
    try:
        a.send(bad)
    except TypeError as err:
        print(err)
# expect: cannot pickle 'lock' object
# expect: cannot pickle 'Event' object
# expect: cannot pickle 'Thread' object
print(b.poll(0.05))  # expect: False
with multiprocessing.Pool(1) as pool:
    print(pool.apply(double, (21,)))  # expect: 42
    try:
        pool.apply(make_error, ("missing",))
    except KeyError as err:
        print(repr(err))  # expect: KeyError('missing')
    r = pool.apply_async(double, (threading.Lock(),))
    try:
        r.get()
    except TypeError as err:
        print(err)  # expect: cannot pickle 'lock' object
