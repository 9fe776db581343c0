# `s += t` and `x += n` at the top level (STORE_GLOBAL after the operator) reuse a str or a big
# int in place only when nothing else refers to it: aliases, containers and closures keep the
# old value, as in CPython 3.11.
# args: --gil newgil
# args: --gil nogil
s = "ab"
alias = s
s += "c"
print(alias, s)
parts = [s]
s += "d"
print(parts, s)
keyed = {s: 1}
s += "e"
print(keyed, s, keyed.get("abcd"), hash(s) == hash("abcde"))
def reader():
    return s
for i in range(5):
    s += str(i)
print(reader(), len(s))
x = 10 ** 30
y = x
x += 1
print(y, x)
x *= 3
x -= 10 ** 30
print(x, y)
total = ""
for word in ["alpha", "beta", "gamma"] * 1000:
    total += word[0]
print(len(total), total[:9], total.count("g"))
n = 2 ** 100
for i in range(100):
    n += i
print(n)
class Box:
    pass
b = Box()
b.s = "q"
for i in range(3):
    b.s += "r"
print(b.s)
# expect: ab abc
# expect: ['abc'] abcd
# expect: {'abcd': 1} abcde 1 True
# expect: abcde01234 10
# expect: 1000000000000000000000000000000 1000000000000000000000000000001
# expect: 2000000000000000000000000000003 1000000000000000000000000000000
# expect: 3000 abgabgabg 1000
# expect: 1267650600228229401496703210326
# expect: qrrr
