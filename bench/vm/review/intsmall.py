# small ints: sieve, collatz, bit tricks, digit sums
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]

def collatz_len(n):
    c = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c

def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

primes = sieve(200000)
print(len(primes), primes[-1])
best = max(range(1, 30000), key=collatz_len)
print(best)
print(sum(popcount(i) for i in range(100000)))
print(sum(sum(int(d) for d in str(i)) for i in range(0, 50000, 7)))
