# `x is None` and `x is not None` (fused with None's load and with the jump that tests them), as
# values, as conditions, in chains and loops, on every kind of value.
# args: --gil newgil
# args: --gil legacy
values = [None, 0, False, "", [], (), 1, "None", 0.0, float("nan"), object, len]
for v in values:
    a = v is None
    b = v is not None
    c = "none" if v is None else "other"
    d = "some" if v is not None else "nothing"
    e = not v is None
    print(repr(v) if v is not object and v is not len else v.__name__, a, b, c, d, e)


def first_none(items):
    for i, x in enumerate(items):
        if x is None:
            return i
    return -1


def count_set(items):
    n = 0
    for x in items:
        if x is not None:
            n += 1
    return n


print(first_none([1, 2, None, 3]), first_none([]), first_none([0, False]))
print(count_set([None, 0, None, "", []]))

node = {"next": {"next": {"next": None}}}
depth = 0
while node is not None:
    depth += 1
    node = node["next"]
print(depth)

x = None
y = 5
print(x is None is None, y is not None is not None, 1 < y is not None, x is None < 3 if False else 0)
print(x is None and y is not None, x is not None or y is None, [v for v in values if v is None])
print(None is None, None is not None, (lambda: None)() is None)


def may(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b


print(may(1), may(2, [0]))
k = None
try:
    if k is None:
        raise KeyError("k")
except KeyError as e:
    print("raised", e)
# expect: None True False none nothing False
# expect: 0 False True other some True
# expect: False False True other some True
# expect: '' False True other some True
# expect: [] False True other some True
# expect: () False True other some True
# expect: 1 False True other some True
# expect: 'None' False True other some True
# expect: 0.0 False True other some True
# expect: nan False True other some True
# expect: object False True other some True
# expect: len False True other some True
# expect: 2 -1 -1
# expect: 3
# expect: 3
# expect: True False True 0
# expect: True False [None]
# expect: True False True
# expect: [1] [0, 2]
# expect: raised 'k'
