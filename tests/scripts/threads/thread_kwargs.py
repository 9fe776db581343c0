# Thread(kwargs=...) and Timer(kwargs=...) pass keyword arguments to the target, as
# `self._target(*self._args, **self._kwargs)`; "Thread-N" counts the unnamed threads only; and
# `:=` in a producer/consumer loop.
import threading, queue
out = []
def work(a, b=0, *, scale=1, **extra):
    out.append((a, b, scale, sorted(extra.items())))
ts = [threading.Thread(target=work, args=(1,), kwargs={"scale": 3}),
      threading.Thread(target=work, args=[2, 5], kwargs={"tag": "x"}, name="named"),
      threading.Thread(target=work, kwargs={"a": 9, "b": 8})]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), [t.name for t in ts])
tm = threading.Timer(0.001, work, args=(7,), kwargs={"scale": 2})
tm.start(); tm.join()
print(out[-1], tm.name)
bad = threading.Thread(target=work, kwargs=5)
try:
    bad.run()
except TypeError as e:
    print(e)
bad2 = threading.Thread(target=work, kwargs={"nope": 1, "a": 1, "scale": 2, "b": 3})
bad2.run()
print(out[-1])
try:
    threading.Thread(target=work, args=(1,), kwargs={"a": 2}).run()
except TypeError as e:
    print(e)
q = queue.Queue()
for i in range(5): q.put(i)
q.put(None)
got = []
while (item := q.get()) is not None:
    got.append(item)
print(got, threading.Thread().name.split("-")[0])
# expect: [(1, 0, 3, []), (2, 5, 1, [('tag', 'x')]), (9, 8, 1, [])] ['Thread-1 (work)', 'named', 'Thread-2 (work)']
# expect: (7, 0, 2, []) Thread-3
# expect: __main__.work() argument after ** must be a mapping, not int
# expect: (1, 3, 2, [('nope', 1)])
# expect: work() got multiple values for argument 'a'
# expect: [0, 1, 2, 3, 4] Thread
