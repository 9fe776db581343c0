# A raise (or a KeyError from d[k]) that a handler of the same interpreter loop catches goes to
# it without a C++ throw: handlers in the raising frame and in callers, finally blocks on the way,
# re-raises to an outer handler, the handled exception restored after, and the stack left right.
class Bad(Exception):
    pass


def inner(d, k):
    try:
        return d[k]
    finally:
        log.append("inner finally")


def middle(d, k):
    try:
        return inner(d, k) + 1
    except Bad:
        log.append("wrong handler")


log = []
try:
    middle({}, "missing")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)  # expect: ['inner finally', "caught KeyError('missing')"]

total = 0
for i in range(6):
    try:
        try:
            if i % 2:
                raise Bad(i)
            total += {0: 10}[i]
        except Bad as e:
            total += e.args[0] * 100
            raise
    except (Bad, KeyError):
        total += 1
print(total)  # expect: 915


def generator():
    yield 1
    raise Bad("from generator")


try:
    for v in generator():
        pass
except Bad as e:
    print("caught", e)  # expect: caught from generator
try:
    try:
        raise Bad("first")
    except Bad:
        {}[1]
except KeyError as e:
    print(type(e).__name__, e.args)  # expect: KeyError (1,)
print([x for x in (1, 2, 3)], 1 + 2)  # expect: [1, 2, 3] 3
