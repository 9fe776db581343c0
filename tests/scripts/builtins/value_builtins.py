# The value builtins, with key=, default= and reverse= as in CPython.
nums = [5, 3, 8, 1, 9, 2]
words = ["banana", "Apple", "cherry", "fig"]
print(sum(nums), sum(nums, 10), sum([0.5, 0.25]), sum([]), sum([[1], [2]], []))  # expect: 28 38 0.75 0 [1, 2]
print(min(nums), max(nums), min(3, 1, 2), max("a", "b"), max(words, key=len), min(words, key=len))
# expect: 1 9 1 b banana fig
print(min([], default="none"), max([], default=0), max([1, 2], default=5))  # expect: none 0 2
print(sorted(nums), sorted(nums, reverse=True), sorted(words), sorted(words, key=len))
# expect: [1, 2, 3, 5, 8, 9] [9, 8, 5, 3, 2, 1] ['Apple', 'banana', 'cherry', 'fig'] ['fig', 'Apple', 'banana', 'cherry']
print(sorted(words, key=len, reverse=True), sorted("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
# expect: ['banana', 'cherry', 'Apple', 'fig'] ['e', 'h', 'l', 'l', 'o'] [(1, 'z'), (2, 'a'), (2, 'b')]
def last_letter(word):
    return word[-1]
print(sorted(words, key=last_letter), max(words, key=last_letter))  # expect: ['banana', 'Apple', 'fig', 'cherry'] cherry
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), any([]), all([]))
# expect: False True True False False True
print(list(reversed(nums)), list(reversed("abc")), list(reversed((1, 2))))
# expect: [2, 9, 1, 8, 3, 5] ['c', 'b', 'a'] [2, 1]
for i, w in enumerate(words):
    print(i, w)
    # expect: 0 banana
    # expect: 1 Apple
    # expect: 2 cherry
    # expect: 3 fig
for i, w in enumerate(words, 1):
    print(i, w)
    # expect: 1 banana
    # expect: 2 Apple
    # expect: 3 cherry
    # expect: 4 fig
print(list(zip(nums, words)), list(zip("ab", [1, 2, 3], (True, False))))
# expect: [(5, 'banana'), (3, 'Apple'), (8, 'cherry'), (1, 'fig')] [('a', 1, True), ('b', 2, False)]
print(list(map(len, words)), list(map(str, nums)))  # expect: [6, 5, 6, 3] ['5', '3', '8', '1', '9', '2']
def add(a, b):
    return a + b
print(list(map(add, [1, 2, 3], [10, 20, 30])))  # expect: [11, 22, 33]
def is_even(n):
    return n % 2 == 0
print(list(filter(is_even, nums)), list(filter(None, [0, 1, "", "x"])))  # expect: [8, 2] [1, 'x']
print(list("abc"), list((1, 2)), list(range(3)), tuple([1, 2]), tuple("ab"), list({"a": 1, "b": 2}))
# expect: ['a', 'b', 'c'] [1, 2] [0, 1, 2] (1, 2) ('a', 'b') ['a', 'b']
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=3), dict())
# expect: {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'k': 'v', 'extra': 3} {}
print(abs(-5), abs(2.5), abs(-0.0), abs(True))  # expect: 5 2.5 0.0 1
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(1234.5, -2), round(7), round(0.5))
# expect: 2 4 -2 2.67 1.235 1200.0 7 0
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, -1), pow(7, 2, 5), pow(2.0, 3))
# expect: (3, 2) (-4, 3) (3.0, 2.5) 1024 0.5 4 8.0
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(True) == hash(1))
# expect: True True True True
print(repr("x"), repr(1.5), repr([1, "a"]), repr(None), repr(b"\x00"))  # expect: 'x' 1.5 [1, 'a'] None b'\x00'
print(chr(65), ord("A"), hex(255), hex(-1), oct(8), bin(10), bin(-10), hex(0))
# expect: A 65 0xff -0x1 0o10 0b1010 -0b1010 0x0
print(bool(0), bool(""), bool([1]), bool(None), bool(0.0), bool("False"))  # expect: False False True False False True
print(float("1.5"), float(3), float("2.5"), float("inf"), float("-inf"), int("42"), int(3.99), int(-3.99), int("ff", 16), int("0b101", 0))
# expect: 1.5 3.0 2.5 inf -inf 42 3 -3 255 5
print(format(3.14159, ".2f"), ascii("✓"), str(42), str(1.0), str(True))  # expect: 3.14 '\u2713' 42 1.0 True
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(b"xy"))  # expect: 3 2 1 10 2
