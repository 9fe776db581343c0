# f-string fields of several parts: a plain int field is written by BUILD_STRING itself; every
# other value, conversion or spec still goes through format().
class Money:
    def __str__(self):
        return "money"


i, big, flag, m = -12345, 2 ** 70, True, Money()
print(f"{i}|{0}|{-0}|{9223372036854775807}|{-9223372036854775807 - 1}")
# expect: -12345|0|0|9223372036854775807|-9223372036854775808
print(f"[{big}] [{flag}] [{None}] [{1.5}] [{m}] [{m!r:.1}] [{-1.0}] [{'q'!r}]")
# expect: [1180591620717411303424] [True] [None] [1.5] [money] [<] [-1.0] ['q']
print(f"{i}", f"{i!r}{i}", f"{i:}{i}", f"{i:>7}{i}", f"{'s'}{i}{'t'}", len(f"\u00e9{i}\u00e9"))
# expect: -12345 -12345-12345 -12345-12345  -12345-12345 s-12345t 8
print(f"{f'{i}{i}'}{i}", f"{i}{f'{big}'}", f"{[i, f'{i}']}")
# expect: -12345-12345-12345 -123451180591620717411303424 [-12345, '-12345']
parts = [f"{k}:{k * k}" for k in range(-3, 4)]
print(" ".join(parts), len(" ".join(parts)))
# expect: -3:9 -2:4 -1:1 0:0 1:1 2:4 3:9 30
try:
    print(f"{i}{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
# expect: NameError name 'undefined_name' is not defined
# s += t appends in place only when nothing else sees s: every other holder keeps its value.
s = ""
for k in range(5):
    s += str(k)
alias = s
s += "!"
d = {s: 1}
s += "?"
t = s
t += "x"
print(s, alias, t, list(d), d.get("01234!"), len(s), hash(s) == hash("01234!?"))
# expect: 01234!? 01234 01234!?x ['01234!'] 1 7 True
def grow(n):
    out = "\u00e9"
    for k in range(n):
        out += "ab"[k % 2]
        keep = out
    return out, keep, len(out)
print(grow(5), grow(1))
# expect: ('éababa', 'éababa', 6) ('éa', 'éa', 2)
def build(n, first):
    out = first
    for k in range(n):
        out += chr(97 + k % 26)
        out += "\u00e9" if k == 3 else ""
    return out, len(out), out[-2:], hash(out) == hash("".join([first, out[len(first):]])), {out: 1}[out]
print(build(30, ""), build(3, "xy"))
# expect: ('abcdéefghijklmnopqrstuvwxyzabcd', 31, 'cd', True, 1) ('xyabc', 5, 'bc', True, 1)
