# Sums of two big ints that both live on in variables (the leaf fast path of a + b and a - b):
# carries into a new limb, signs, operands of different lengths, aliasing, and sizes past the
# block cache (33 limbs and more).
# args: --gil newgil
# args: --gil nogil
# expect: fib300 644264086 208 False
# expect: negfib300 355735921 208 True
# expect: fib3000 885303321 2082 False
# expect: carry128 279632277 129 False
# expect: a+b 861976284 129 False
# expect: b+a 861976284 129 False
# expect: a-(-b) 861976284 129 False
# expect: -a-b 138023723 129 True
# expect: b-na 861976284 129 False
# expect: nb-a 138023723 129 True
# expect: nb+na 138023723 129 True
# expect: na-b 138023723 129 True
# expect: -a+-b 138023723 129 True
# expect: a-b 697288275 128 False
# expect: b-a 302711732 128 True
# expect: a+-a 0 0 False
# expect: a+a 559264552 129 False
# expect: a+c 559264552 129 False
# expect: a+=a 559264552 129 False
# expect: a-=c 279632276 128 False
# expect: big+other 184222304 2102 False
# expect: big-(-other) 184222304 2102 False
# expect: mid+mid2 862527368 1981 False
# expect: top+top 409643882 2049 False
# expect: a 279632276 128 False
# expect: c 279632276 128 False
# expect: big 92104979 2100 False
# expect: True True
# expect: total 104282030 90 False
# expect: True
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def neg_fib(n):
    a, b = 0, -1
    for _ in range(n):
        a, b = b, a + b
    return a


def show(label, v):
    print(label, v % 1000000007, v.bit_length(), v < 0)


show("fib300", fib(300))
show("negfib300", neg_fib(300))
show("fib3000", fib(3000))
m64 = 2**64 - 1
m128 = 2**128 - 1
x, y = m64 + 1, m64
show("carry128", m128 + 1 + (m128 - m128))
a = m128
b = 1 << 64
show("a+b", a + b)
show("b+a", b + a)
show("a-(-b)", a - (-b))
show("-a-b", (-a) - b)
nb = -b
na = -a
show("b-na", b - na)
show("nb-a", nb - a)
show("nb+na", nb + na)
show("na-b", na - b)
show("-a+-b", (-a) + (-b))
show("a-b", a - b)
show("b-a", b - a)
show("a+-a", a + (-a))
c = a
show("a+a", a + a)
show("a+c", a + c)
a += a
show("a+=a", a)
a -= c
show("a-=c", a)
big = (1 << 2100) - 1
other = (1 << 2100) + 12345
show("big+other", big + other)
show("big-(-other)", big - (-other))
mid = (1 << 1980) - 1
show("mid+mid2", mid + (mid - 5))
top = (1 << 2047) + 1
show("top+top", top + top)
# The operands are unchanged and still usable.
show("a", a)
show("c", c)
show("big", big)
print(fib(93) == 12200160415121876738, fib(94) - fib(93) == fib(92))
total = 0
step = 3**50
for i in range(1000):
    total = total + step
show("total", total)
print(total == 1000 * step)
