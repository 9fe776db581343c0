# str.expandtabs, str.translate (dict tables, None deletes, int/str replace, a __getitem__ table
# whose LookupError keeps the character), str.maketrans (dict, two strs, third str deleted), format_map.
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "x\ty\nab\tc".expandtabs(3), "\t".expandtabs(0) == "", "é\tx".expandtabs(4))
t = str.maketrans("abc", "xyz"); print("aabbcc".translate(t), t)
t2 = str.maketrans({"a": "1", "b": None, 99: "C"}); print("abcd".translate(t2), sorted(t2.items()))
t3 = str.maketrans("ab", "cd", "e"); print("abeeba".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13))
import string
print("Hi, there! ok?".translate(str.maketrans("", "", string.punctuation)))
print("{name} is {age:>4}".format_map({'name': 'X', 'age': 3}), "{0[a]}".format({"a": 1}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
class Table:
    def __getitem__(self, k):
        if k == ord("x"): return "X!"
        raise LookupError
print("axbx".translate(Table()))

# expect: a       b       c a   bc  d x  y
# expect: ab c True é   x
# expect: xxyyzz {97: 120, 98: 121, 99: 122}
# expect: 1Cd [(97, '1'), (98, None), (99, 'C')]
# expect: cddc
# expect: heLLo Hello
# expect: Uryyb, Jbeyq!
# expect: Hi there ok
# expect: X is    3 1
# expect: KeyError 'missing'
# expect: the first two maketrans arguments must have equal length
# expect: aX!bX!
