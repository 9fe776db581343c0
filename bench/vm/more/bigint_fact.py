# Big integers: factorials, `//` and `%` by big divisors, three-argument pow, shifts, `str()` of a
# big int.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def main(n):
    t = 0
    for k in range(n):
        f = fact(60 + k % 40)
        t += f % 1000003
        t += (f // 12345678901234567) % 97
        t += pow(3, 200 + k % 50, 10**9 + 7)
        t += (2 ** (100 + k % 30)) >> 90
        t += len(str(f))
    return t
print(main(2000))
