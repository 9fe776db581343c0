# sorted() and list.sort() of strs: the first bytes decide before the whole texts (UTF-8's order is
# code point order); empty strs, ties on the first byte, non-ASCII text.
w = ["", "a", "\u00e9", "ab", "Z", "\x00", "\x7f", "\u20ac", "a\x00", "\U0001f600", "b", "ba", ""]
print(sorted(w))
print(sorted(w, reverse=True))
w.sort()
print(w)
print(sorted("mississippi"), sorted(["bb", "ba", "b", "a" * 3, "aa"]))

# expect: ['', '', '\x00', 'Z', 'a', 'a\x00', 'ab', 'b', 'ba', '\x7f', 'é', '€', '😀']
# expect: ['😀', '€', 'é', '\x7f', 'ba', 'b', 'ab', 'a\x00', 'a', 'Z', '\x00', '', '']
# expect: ['', '', '\x00', 'Z', 'a', 'a\x00', 'ab', 'b', 'ba', '\x7f', 'é', '€', '😀']
# expect: ['i', 'i', 'i', 'i', 'm', 'p', 'p', 's', 's', 's', 's'] ['aa', 'aaa', 'b', 'ba', 'bb']
