# A generator raising StopIteration (RuntimeError, PEP 479) or another exception, consumed by
# builtins, comprehensions and next(); one caught around yield from.
# expect: stop RuntimeError generator raised StopIteration StopIteration
# expect: stop RuntimeError generator raised StopIteration StopIteration
# expect: stop RuntimeError generator raised StopIteration StopIteration
# expect: stop RuntimeError generator raised StopIteration StopIteration
# expect: value ValueError v NoneType
# expect: value ValueError v NoneType
# expect: value ValueError v NoneType
# expect: value ValueError v NoneType
# expect: none [1, 2]
# expect: none 3
# expect: none [1, 2]
# expect: none 3
# expect: [1, 'caught v'] 4
def g(kind):
    yield 1
    if kind == "stop":
        raise StopIteration("inner")
    if kind == "value":
        raise ValueError("v")
    yield 2


for kind in ("stop", "value", "none"):
    for consume in (list, sum, lambda it: [x for x in it], lambda it: next(it) + next(it)):
        try:
            print(kind, consume(g(kind)))
        except (RuntimeError, ValueError, StopIteration) as error:
            print(kind, type(error).__name__, error, type(error.__cause__).__name__)


def outer():
    try:
        yield from g("value")
    except ValueError as error:
        yield "caught " + str(error)


print(list(outer()), sum(x for x in range(5) if x % 2))
