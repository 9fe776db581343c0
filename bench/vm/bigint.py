# Big-int arithmetic: factorials, Fibonacci numbers, powers, division and modulo past 64 bits.
def main(rounds):
    total = 0
    for r in range(rounds):
        f = 1
        for i in range(2, 120):
            f *= i
        a, b = 0, 1
        for i in range(300):
            a, b = b, a + b
        p = 3 ** 200 + r
        total += (f % 1000003) + (a // (10 ** 40)) % 1000 + p % 997 + len(str(a))
    return total


print(main(10000))
