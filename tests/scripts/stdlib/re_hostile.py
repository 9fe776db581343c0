# Hostile patterns and subjects: deep nesting, nested and empty-matching repeats on long
# strings, huge counted repeats, long alternations: answers without overflowing the C stack.
# timeout: 60s
import re

n = 100000
print(re.match(r"(a*)*b", "a" * n + "b").span())
print(re.match(r"(?:a|b)*c", "ab" * n + "c").span())
print(re.match(r"(a|b)*", "ab" * n).span(), re.match(r"(a|b)*", "ab" * n).group(1))
print(re.match(r"(?:(a)|b)*?c", "ab" * 1000 + "c").span())
print(re.match(r"(.)*", "x" * n).span())
print(len(re.findall(r"(a?)*?b", "a" * 100 + "b" * 100)))
print(re.search(r"(x+x+)+y", "x" * 18), re.search(r"(x+x+)+y", "x" * 18 + "y").span())
print(re.match(r"(?:a{2,5}){3,}", "a" * 1000).span())
print(re.match(r"a{1000}", "a" * 1000).span(), re.match(r"a{1001}", "a" * 1000))
print(re.match(r"(?:ab){5000}", "ab" * 6000).span())
print(re.match(r"(()|a)*b", "aab").span(), re.match(r"(|a)+b", "aab").span())
depth = 250
pattern = "(" * depth + "a" + ")" * depth
m = re.match(pattern, "a")
print(m.span(), len(m.groups()), m.lastindex)
print(re.match("(?:" * depth + "b" + ")" * depth, "b").span())
print(re.match("(?=" * 100 + "c" + ")" * 100, "c").span())
try:
    re.compile("(" * 5000 + ")" * 5000)
except RecursionError as e:
    print("RecursionError")
alternatives = "|".join("w%d" % i for i in range(2000))
print(re.search("(?:%s)$" % alternatives, "xx w1999").span())
print(re.sub(r"(\w)", r"\1\1", "ab" * n)[:6], len(re.sub(r"(\w)", r"\1\1", "ab" * n)))
print(len(re.split(r"(?=,)", "a," * n)))
print(re.fullmatch(r"(?:a+)+", "a" * n) is not None)
print(re.search(r"\d+$", "1" * 3000 + "x"), re.search(r"[^x]+x", "ab" * 20000 + "x").span())

# expect: (0, 100001)
# expect: (0, 200001)
# expect: (0, 200000) b
# expect: (0, 2001)
# expect: (0, 100000)
# expect: 100
# expect: None (0, 19)
# expect: (0, 1000)
# expect: (0, 1000) None
# expect: (0, 10000)
# expect: (0, 3) (0, 3)
# expect: (0, 1) 250 1
# expect: (0, 1)
# expect: (0, 0)
# expect: RecursionError
# expect: (3, 8)
# expect: aabbaa 400000
# expect: 100001
# expect: True
# expect: None (0, 40001)
