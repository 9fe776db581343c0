# `for k, v in d.items()` unpacks each pair without making it: every way the loop can end.
# args: --gil newgil
# args: --gil nogil
def basics():
    d = {"a": 1, "b": 2, "c": 3}
    out = []
    for k, v in d.items():
        out.append(k * v)
    print(out)
    for k, v in {}.items():
        print("never")
    del d["b"]
    d["z"] = 26
    print([(k, v) for k, v in d.items()])
    total = 0
    for k, v in d.items():
        d[k] = v + 1  # values may change: no new key
        total += v
    print(total, d)


def changed_size():
    d = {i: i * i for i in range(5)}
    try:
        for k, v in d.items():
            if k == 2:
                d[100] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        for k, v in d.items():
            del d[k]
    except RuntimeError as e:
        print("RuntimeError", e)


def wrong_shapes():
    d = {"ab": 1}
    try:
        for a, b, c in d.items():
            pass
    except ValueError as e:
        print("ValueError", e)
    for a, b in d:  # the keys, unpacked: "ab" -> a, b
        print(a, b)
    for (k, v) in d.items():
        print(k, v)
    for k, (x, y) in {"p": (1, 2)}.items():
        print(k, x, y)
    it = iter({"q": 9}.items())
    for k, v in it:
        print(k, v)
    print(list(it))


def nested_and_broken():
    d = {i: str(i) for i in range(6)}
    pairs = 0
    for k, v in d.items():
        for k2, v2 in d.items():
            if k2 > k:
                break
            pairs += 1
    print(pairs)
    for k, v in d.items():
        if k == 3:
            break
    print(k, v)
    for k, v in reversed(d.items()):
        print(k, v, end=" ")
    print()


basics()
changed_size()
wrong_shapes()
nested_and_broken()
# expect: ['a', 'bb', 'ccc']
# expect: [('a', 1), ('c', 3), ('z', 26)]
# expect: 30 {'a': 2, 'c': 4, 'z': 27}
# expect: RuntimeError dictionary changed size during iteration
# expect: RuntimeError dictionary changed size during iteration
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: a b
# expect: ab 1
# expect: p 1 2
# expect: q 9
# expect: []
# expect: 21
# expect: 3 3
# expect: 5 5 4 4 3 3 2 2 1 1 0 0 
