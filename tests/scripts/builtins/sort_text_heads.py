# Sorts of many strs (and of tuple keys led by strs) whose order the first seven bytes and the
# length decide, or not: equal heads, texts of exactly 7 and 8 bytes, NUL bytes, non-ASCII
# (UTF-8 byte order is code point order), prefixes of each other; stable for equal keys.
import random

rng = random.Random(5)


def msort(xs, key=lambda x: x):
    # A stable merge sort by `<` alone: the reference the builtin sorts must agree with.
    if len(xs) <= 1:
        return list(xs)
    a, b = msort(xs[:len(xs) // 2], key), msort(xs[len(xs) // 2:], key)
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j]); j += 1
        else:
            out.append(a[i]); i += 1
    return out + a[i:] + b[j:]

alphabet = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefgi", "abcdefg\x00", "abcdef\x00",
            "abcdefghij", "abcdefghik", "\x00", "\x00\x00", "é", "éa", "a\u20ac", "a\U0001f600",
            "zzzzzzzz", "zzzzzzz", "zzzzzzzzz", "ABCDEFGH", "abcdefgh" * 3, "abcdefgh" * 3 + "a"]
words = [rng.choice(alphabet) + rng.choice(["", "x", "\x00", "xy"]) for _ in range(700)]
ordered = sorted(words)
print(all(ordered[i] <= ordered[i + 1] for i in range(len(ordered) - 1)), len(ordered))
print(ordered == msort(words))
print(ordered[:6])
print(ordered[-4:])
print(sorted(words, reverse=True)[:4])
print(sorted(set(words))[:8])
lst = list(words)
lst.sort()
print(lst == ordered)

# (str, int) pairs: equal first items decided by the int, reverse too; stability of equal pairs
# shown by identity of the tuples kept in order.
pairs = [(rng.choice(alphabet), rng.randint(-3, 3)) for _ in range(500)]
by_key = sorted(pairs, key=lambda p: (p[0], -p[1]))
print(by_key[:5], by_key[-3:])
print(by_key == msort(pairs, lambda p: (p[0], -p[1])))
print(sorted(tagged := [(w, n, i) for i, (w, n) in enumerate(pairs)],
             key=lambda t: (t[0], t[1])) == msort(tagged, lambda t: (t[0], t[1])))
tagged = [(w, n, i) for i, (w, n) in enumerate(pairs)]
stable = sorted(tagged, key=lambda t: (t[0], t[1]))
print(all(stable[i][2] < stable[i + 1][2] for i in range(len(stable) - 1)
          if stable[i][:2] == stable[i + 1][:2]))
rev = sorted(tagged, key=lambda t: (t[0], t[1]), reverse=True)
print(rev[:3])
print(all(rev[i][2] < rev[i + 1][2] for i in range(len(rev) - 1) if rev[i][:2] == rev[i + 1][:2]))

# Pairs whose second items are not all ints, and longer tuples: the whole tuples compare.
mixed = [(rng.choice(alphabet[:6]), rng.choice([1, 2.5, "s", 0])) for _ in range(200)]
try:
    sorted(mixed, key=lambda p: p)
except TypeError as e:
    print("TypeError:", e)
triples = [(rng.choice(alphabet[:5]), rng.randint(0, 2), rng.choice("xyz")) for _ in range(300)]
print(sorted(triples)[:4], sorted(triples, reverse=True)[:2], sorted(triples) == msort(triples))
print(sorted([(w, 1) for w in ("b", "a", "a\x00", "a")] * 20)[:5])

# int and float firsts with int seconds, NaN firsts left to the general comparison.
nums = [(rng.randint(0, 5), rng.randint(0, 5)) for _ in range(300)]
print(sorted(nums)[:6], sorted(nums, key=lambda p: (p[0], -p[1]))[:4])
floats = [(rng.choice([0.5, 1.5, 2.5]), rng.randint(0, 3)) for _ in range(300)]
print(sorted(floats, key=lambda p: p)[:3])

# (int, str) pairs, as `sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))`: equal counts decided
# by the words, among them texts of 14, 15 and 16 bytes that share their first 14.
long_words = ["abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnp", "abcdefghijklmnop",
              "abcdefghijklmnoa", "abcdefghijklmn\x00", "abcdefghijklm", "b"]
freq = {w: rng.randint(1, 3) for w in long_words + alphabet}
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top == msort(list(freq.items()), lambda kv: (-kv[1], kv[0])), top[:4])
shared = [(rng.randint(0, 2), rng.choice(long_words)) for _ in range(400)]
print(sorted(shared) == msort(shared), sorted(shared, reverse=True)[:3])
print(sorted(long_words * 10) == msort(long_words * 10), sorted(long_words * 10)[::10])

# expect: True 700
# expect: True
# expect: ['', '', '', '', '', '']
# expect: ['éxy', 'éxy', 'éxy', 'éxy']
# expect: ['éxy', 'éxy', 'éxy', 'éxy']
# expect: ['', '\x00', '\x00\x00', '\x00\x00\x00', '\x00\x00x', '\x00\x00xy', '\x00x', '\x00xy']
# expect: True
# expect: [('', 3), ('', 3), ('', 2), ('', 2), ('', 2)] [('éa', -3), ('éa', -3), ('éa', -3)]
# expect: True
# expect: True
# expect: True
# expect: [('éa', 3, 83), ('éa', 3, 491), ('éa', 3, 497)]
# expect: True
# expect: TypeError: '<' not supported between instances of 'str' and 'float'
# expect: [('', 0, 'x'), ('', 0, 'x'), ('', 0, 'x'), ('', 0, 'x')] [('abcdefgh', 2, 'z'), ('abcdefgh', 2, 'z')] True
# expect: [('a', 1), ('a', 1), ('a', 1), ('a', 1), ('a', 1)]
# expect: [(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)] [(0, 5), (0, 5), (0, 5), (0, 5)]
# expect: [(0.5, 0), (0.5, 0), (0.5, 0)]
# expect: True [('\x00', 3), ('abcdefgh', 3), ('abcdefghabcdefghabcdefgh', 3), ('abcdefghij', 3)]
# expect: True [(2, 'b'), (2, 'b'), (2, 'b')]
# expect: True ['abcdefghijklm', 'abcdefghijklmn', 'abcdefghijklmn\x00', 'abcdefghijklmno', 'abcdefghijklmnoa', 'abcdefghijklmnop', 'abcdefghijklmnp', 'b']
