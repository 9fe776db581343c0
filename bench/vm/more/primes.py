# A sieve of Eratosthenes with a list of flags and slices of a range; trial division with a while
# loop.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def main(n):
    ps = sieve(n)
    c = sum(1 for k in range(n // 4) if is_prime(k))
    return len(ps), ps[-1], c
print(main(200000))
