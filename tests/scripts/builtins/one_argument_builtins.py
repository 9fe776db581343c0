# ord(), chr() and bool() of one argument (the natives' one-argument entries), tuple(list),
# list(tuple), and any()/all() over lists and tuples read by index: results, identities,
# copies independent of their source, items whose __bool__ changes the list, and the errors.
# args: --gil newgil
# args: --gil nogil
import collections

print([ord(c) for c in "aZ~\x00\x7f"], ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print([chr(i) for i in (0x41, 0x7f)], chr(0x80), chr(0xe9), chr(0x10FFFF) == "\U0010ffff",
      chr(True), len(chr(0x1F600)))


class Index:
    def __index__(self):
        return 97


class Truth:
    def __init__(self, value, items=None):
        self.value = value
        self.items = items

    def __bool__(self):
        if self.items is not None:
            self.items.clear()
        return self.value


print(chr(Index()), bool(), bool(0), bool(-1), bool(0.0), bool(float("nan")), bool(""), bool("0"),
      bool([]), bool((0,)), bool(None), bool(Truth(True)), bool(b""), bool(range(0)), bool(2**80))
source = [1, [2], "three"]
copied = tuple(source)
source.append(4)
source[1].append(5)
print(copied, len(copied), tuple(copied) is copied, tuple("ab"), tuple({"k": 1}), tuple(range(3)))
print(tuple(x * x for x in range(4)), tuple([]), tuple(), tuple(reversed([1, 2])))
Pair = collections.namedtuple("Pair", "a b")
pair = Pair(1, 2)
print(tuple(pair), type(tuple(pair)).__name__, list(pair))
base = (1, [2], "x")
as_list = list(base)
as_list.append(3)
as_list[1].append(9)
print(base, as_list, list(()), list((None,)), list(base) == list(base), list(base) is list(base))
print(any([0, "", None]), any((0, 1)), all([1, "a"]), all((1, 0)), any([]), all(()), any(()), all([]))
items = [Truth(False), 0, 1]
items[0].items = items
print(any(items), items)
items = [Truth(True), 0]
items[0].items = items
print(all(items), items)
print(any([2**70 - 2**70, 0.0, b"x"]), all([[0], (None,), {0: 0}]))
for call in (lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: ord(b"ab"),
             lambda: chr(-1), lambda: chr(0x110000), lambda: chr(2**40), lambda: chr(1.5),
             lambda: chr("a"), lambda: bool(x=1), lambda: tuple(5), lambda: list(5),
             lambda: any(5), lambda: all([Truth(2)])):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)

# expect: [97, 90, 126, 0, 127] 233 8364 128512 65 122
# expect: ['A', '\x7f']  é True  1
# expect: a False False True False True False True False True False True False False True
# expect: (1, [2, 5], 'three') 3 True ('a', 'b') ('k',) (0, 1, 2)
# expect: (0, 1, 4, 9) () () (2, 1)
# expect: (1, 2) tuple [1, 2]
# expect: (1, [2, 9], 'x') [1, [2, 9], 'x', 3] [] [None] True False
# expect: False True True False False True False True
# expect: False []
# expect: True []
# expect: True True
# expect: TypeError ord() expected a character, but string of length 2 found
# expect: TypeError ord() expected a character, but string of length 0 found
# expect: TypeError ord() expected string of length 1, but int found
# expect: TypeError ord() expected a character, but string of length 2 found
# expect: ValueError chr() arg not in range(0x110000)
# expect: ValueError chr() arg not in range(0x110000)
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError bool() takes no keyword arguments
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError __bool__ should return bool, returned int
