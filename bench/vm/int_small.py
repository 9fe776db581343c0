# Small-int arithmetic: a linear congruential generator, gcd, shifts, comparisons.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main(n):
    x = 12345
    total = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        total += gcd(x & 0xFFFF, (i | 1) & 0xFFF)
        total ^= x >> 7
    return total


print(main(600000))
