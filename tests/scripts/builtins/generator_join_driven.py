# sep.join(generator), driven in the caller's run(): every item, a non-str item (CPython's
# message, after the generator has run to its end), errors inside, a bytes separator, an
# abandoned join's generator, the statement form, nesting and recursion.
def gen(items, log):
    try:
        for x in items:
            yield x
    finally:
        log.append("closed")

print(", ".join(str(v) for v in (1, 2, 3)), "-".join(c for c in ""), "|".join(s for s in ["one"]))
print("".join(c.upper() for c in "abc"), ", ".join(f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()))
print(b"-".join(bytes([c]) for c in b"xyz"), b"".join(b for b in [b"a", bytearray(b"b")]))
log = []
try:
    ", ".join(x for x in gen(["a", 1, "c"], log))
except TypeError as e:
    print("TypeError", e, log)
def failing():
    yield "a"
    raise KeyError("k")
try:
    "".join(failing())
except KeyError as e:
    print("KeyError", e)
def stops():
    yield "a"
    raise StopIteration
try:
    "".join(stops())
except RuntimeError as e:
    print("RuntimeError", e)
g = (c for c in "abcdef")
next(g)
print("".join(g), "".join(g) == "")
log = []
", ".join(gen(["x", "y"], log))  # a statement: the result dropped
print(log)
def dumps(v):
    if isinstance(v, list):
        return "[" + ",".join(dumps(x) for x in v) + "]"
    return repr(v)
print(dumps([1, [2, [3, []], "s"], 4]))
def nest(n):
    return "(" + "".join(nest(n - 1) for _ in range(2)) + ")" if n else "."
print(nest(3))

# expect: 1, 2, 3  one
# expect: ABC a=1, b=2
# expect: b'x-y-z' b'ab'
# expect: TypeError sequence item 1: expected str instance, int found ['closed']
# expect: KeyError 'k'
# expect: RuntimeError generator raised StopIteration
# expect: bcdef True
# expect: ['closed']
# expect: [1,[2,[3,[]],'s'],4]
# expect: (((..)(..))((..)(..)))
