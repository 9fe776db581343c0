# bytearray's errors, with CPython 3.11's exception types and messages: construction, indices,
# stored values, slice assignment, hashing, operators, methods.
# args: --gil newgil
# args: --gil nogil
# expect: negative ValueError: negative count
# expect: str no encoding TypeError: string argument without an encoding
# expect: big byte ValueError: byte must be in range(0, 256)
# expect: negative byte ValueError: byte must be in range(0, 256)
# expect: str item TypeError: 'str' object cannot be interpreted as an integer
# expect: float TypeError: cannot convert 'float' object to bytearray
# expect: none TypeError: cannot convert 'NoneType' object to bytearray
# expect: encoding no str TypeError: encoding without a string argument
# expect: count with encoding TypeError: encoding without a string argument
# expect: unknown encoding LookupError: unknown encoding: nope
# expect: bytes str item TypeError: 'str' object cannot be interpreted as an integer
# expect: bytes float TypeError: cannot convert 'float' object to bytes
# expect: bytes big ValueError: bytes must be in range(0, 256)
# expect: index range IndexError: bytearray index out of range
# expect: index type TypeError: bytearray indices must be integers or slices, not str
# expect: __index__ 98
# expect: slice __index__ bytearray(b'bc')
# expect: set range IndexError: bytearray index out of range
# expect: set big value ValueError: byte must be in range(0, 256)
# expect: set str value TypeError: 'str' object cannot be interpreted as an integer
# expect: set bad index type TypeError: bytearray indices must be integers or slices, not str
# expect: set slice int TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: set slice str TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: set slice big ValueError: byte must be in range(0, 256)
# expect: set slice str item TypeError: 'str' object cannot be interpreted as an integer
# expect: set ext size ValueError: attempt to assign bytes of size 3 to extended slice of size 2
# expect: set ext none TypeError: cannot convert 'NoneType' object to bytearray
# expect: set zero step ValueError: slice step cannot be zero
# expect: set __index__ bytearray(b'a\x01c')
# expect: del range IndexError: bytearray index out of range
# expect: del type TypeError: bytearray indices must be integers or slices, not str
# expect: del zero step ValueError: slice step cannot be zero
# expect: hash TypeError: unhashable type: 'bytearray'
# expect: dict key TypeError: unhashable type: 'bytearray'
# expect: set item TypeError: unhashable type: 'bytearray'
# expect: concat str TypeError: can't concat str to bytearray
# expect: concat list TypeError: can't concat list to bytearray
# expect: bytes concat str TypeError: can't concat str to bytes
# expect: iadd list TypeError: can't concat list to bytearray
# expect: iadd str TypeError: can't concat str to bytearray
# expect: mul float TypeError: can't multiply sequence by non-int of type 'float'
# expect: lt str TypeError: '<' not supported between instances of 'bytearray' and 'str'
# expect: lt int TypeError: '<' not supported between instances of 'bytearray' and 'int'
# expect: in big ValueError: byte must be in range(0, 256)
# expect: in str TypeError: a bytes-like object is required, not 'str'
# expect: pop empty IndexError: pop from empty bytearray
# expect: pop range IndexError: pop index out of range
# expect: pop type TypeError: 'str' object cannot be interpreted as an integer
# expect: remove absent ValueError: value not found in bytearray
# expect: remove big ValueError: byte must be in range(0, 256)
# expect: append big ValueError: byte must be in range(0, 256)
# expect: append str TypeError: 'str' object cannot be interpreted as an integer
# expect: append none TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: insert big ValueError: byte must be in range(0, 256)
# expect: insert index type TypeError: 'str' object cannot be interpreted as an integer
# expect: extend int TypeError: can't extend bytearray with int
# expect: extend str TypeError: 'str' object cannot be interpreted as an integer
# expect: extend mixed TypeError: 'str' object cannot be interpreted as an integer
# expect: index absent ValueError: subsection not found
# expect: bytes index absent ValueError: subsection not found
# expect: find big ValueError: byte must be in range(0, 256)
# expect: count big ValueError: byte must be in range(0, 256)
# expect: strip str TypeError: a bytes-like object is required, not 'str'
# expect: endswith str TypeError: endswith first arg must be bytes or a tuple of bytes, not str
# expect: join int TypeError: sequence item 0: expected a bytes-like object, int found
# expect: join str TypeError: sequence item 1: expected a bytes-like object, str found
# expect: fromhex bytes TypeError: fromhex() argument must be str, not bytes
# expect: fromhex bad ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: decode bad UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: ord long TypeError: ord() expected a character, but string of length 2 found
# expect: descriptor TypeError: descriptor 'append' for 'bytearray' objects doesn't apply to a 'bytes' object
# expect: no attribute AttributeError: 'bytearray' object has no attribute 'nope'
# expect: ok after errors bytearray(b'azc')

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def setitem(index, value):
    b = bytearray(b"abc")
    b[index] = value
    return b

def delitem(index):
    b = bytearray(b"abc")
    del b[index]
    return b

def iadd(value):
    b = bytearray(b"abc")
    b += value
    return b

class Index:
    def __index__(self):
        return 1

show("negative", lambda: bytearray(-1))
show("str no encoding", lambda: bytearray("abc"))
show("big byte", lambda: bytearray([256]))
show("negative byte", lambda: bytearray([-1]))
show("str item", lambda: bytearray(["a"]))
show("float", lambda: bytearray(1.5))
show("none", lambda: bytearray(None))
show("encoding no str", lambda: bytearray(b"x", "utf-8"))
show("count with encoding", lambda: bytearray(3, "utf-8"))
show("unknown encoding", lambda: bytearray("abc", "nope"))
show("bytes str item", lambda: bytes(["a"]))
show("bytes float", lambda: bytes(1.5))
show("bytes big", lambda: bytes([300]))
show("index range", lambda: bytearray(b"abc")[5])
show("index type", lambda: bytearray(b"abc")["x"])
show("__index__", lambda: bytearray(b"abc")[Index()])
show("slice __index__", lambda: bytearray(b"abcd")[Index():3])
show("set range", lambda: setitem(5, 1))
show("set big value", lambda: setitem(0, 300))
show("set str value", lambda: setitem(0, "a"))
show("set bad index type", lambda: setitem("x", 300))
show("set slice int", lambda: setitem(slice(0, 1), 5))
show("set slice str", lambda: setitem(slice(0, 1), "xy"))
show("set slice big", lambda: setitem(slice(0, 1), [300]))
show("set slice str item", lambda: setitem(slice(0, 1), ["a"]))
show("set ext size", lambda: setitem(slice(0, 3, 2), b"xyz"))
show("set ext none", lambda: setitem(slice(0, 3, 2), None))
show("set zero step", lambda: setitem(slice(0, 3, 0), b""))
show("set __index__", lambda: setitem(Index(), Index()))
show("del range", lambda: delitem(5))
show("del type", lambda: delitem("x"))
show("del zero step", lambda: delitem(slice(None, None, 0)))
show("hash", lambda: hash(bytearray()))
show("dict key", lambda: {bytearray(b"k"): 1})
show("set item", lambda: {bytearray(b"k")})
show("concat str", lambda: bytearray(b"a") + "s")
show("concat list", lambda: bytearray(b"a") + [1])
show("bytes concat str", lambda: b"a" + "s")
show("iadd list", lambda: iadd([1]))
show("iadd str", lambda: iadd("s"))
show("mul float", lambda: bytearray(b"a") * 1.5)
show("lt str", lambda: bytearray(b"a") < "b")
show("lt int", lambda: bytearray(b"a") < 1)
show("in big", lambda: 300 in bytearray(b"a"))
show("in str", lambda: "a" in bytearray(b"a"))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"a").pop(5))
show("pop type", lambda: bytearray(b"a").pop("x"))
show("remove absent", lambda: bytearray(b"a").remove(9))
show("remove big", lambda: bytearray(b"a").remove(300))
show("append big", lambda: bytearray(b"a").append(300))
show("append str", lambda: bytearray(b"a").append("a"))
show("append none", lambda: bytearray(b"a").append(None))
show("insert big", lambda: bytearray(b"a").insert(0, 300))
show("insert index type", lambda: bytearray(b"a").insert("x", 1))
show("extend int", lambda: bytearray(b"a").extend(5))
show("extend str", lambda: bytearray(b"a").extend("ab"))
show("extend mixed", lambda: bytearray(b"a").extend([1, "a"]))
show("index absent", lambda: bytearray(b"a").index(b"z"))
show("bytes index absent", lambda: b"a".index(b"z"))
show("find big", lambda: bytearray(b"a").find(300))
show("count big", lambda: bytearray(b"a").count(256))
show("strip str", lambda: bytearray(b"a").split("a"))
show("endswith str", lambda: bytearray(b"a").endswith("a"))
show("join int", lambda: bytearray(b"ab").join([1]))
show("join str", lambda: b"".join([bytearray(b"x"), "y"]))
show("fromhex bytes", lambda: bytearray.fromhex(b"00"))
show("fromhex bad", lambda: bytearray.fromhex("0g"))
show("decode bad", lambda: bytearray(b"\xff").decode())
show("ord long", lambda: ord(bytearray(b"ab")))
show("descriptor", lambda: bytearray.append(b"x", 1))
show("no attribute", lambda: bytearray().nope)
show("ok after errors", lambda: setitem(Index(), 122))
