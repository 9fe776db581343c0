# str.join and bytes.join over every kind of iterable: a generator's items are collected at its
# yield; the errors name the item's index and type as CPython's do.
def gen(items):
    for x in items:
        yield x

print(",".join(s.upper() for s in ["a", "b", "c"]))
print("-".join(gen([])), "|" + "".join(gen(["only"])) + "|")
print(" ".join(map(str, range(5))), "+".join({"k": 1, "j": 2}), "/".join(iter(("x", "y"))))
print("".join(reversed("abc")), ".".join(sorted({"b", "a"})), ":".join(d for d in {"p": 1}.keys()))
print(b"-".join(x for x in [b"a", bytearray(b"b"), b"c"]), b"".join(gen([])))
for bad in ([1, "a"], ["a", 2.5], ["a", "b", None]):
    try:
        ",".join(x for x in bad)
    except TypeError as error:
        print(error)
try:
    b",".join(gen([b"a", "s"]))
except TypeError as error:
    print(error)


def failing():
    yield "a"
    raise KeyError("k")


try:
    "".join(failing())
except KeyError as error:
    print("KeyError", error)


class Words:
    def __iter__(self):
        return iter(["w1", "w2"])


print("+".join(Words()), "é".join(s for s in ["ü", "a"]), len("é".join(["ü", "a"])))
g = gen(["a", "b"])
print("".join(g), "".join(g) == "")

# expect: A,B,C
# expect:  |only|
# expect: 0 1 2 3 4 k+j x/y
# expect: cba a.b p
# expect: b'a-b-c' b''
# expect: sequence item 0: expected str instance, int found
# expect: sequence item 1: expected str instance, float found
# expect: sequence item 2: expected str instance, NoneType found
# expect: sequence item 1: expected a bytes-like object, str found
# expect: KeyError 'k'
# expect: w1+w2 üéa 3
# expect: ab True
