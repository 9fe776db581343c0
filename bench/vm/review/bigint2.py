# bigint: RSA-style modular arithmetic, digits of e, big factorial sums
def egcd(a, b):
    while b:
        a, b = b, a % b
    return a

def modinv(a, m):
    g, x, y = extended(a, m)
    return x % m

def extended(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0

p = 2**127 - 1
q = 2**89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
acc = 0
for m in range(1, 400):
    c = pow(m * 123456789, e, n)
    acc ^= c
    assert pow(c, d, n) == m * 123456789
print(acc % 1000000007)

def e_digits(ndig):
    scale = 10 ** (ndig + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:ndig]
print(e_digits(800)[-20:])
s = 0
f = 1
for i in range(1, 600):
    f *= i
    s += f % (10**20 + 39)
print(s, len(str(f)), egcd(f, 2**300 * 3**100))
