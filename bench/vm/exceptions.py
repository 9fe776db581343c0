# Exceptions: raising and catching, a user exception class, try/finally, KeyError from dicts.
class Invalid(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise Invalid("bad %d" % i)
    return i


def main(n):
    total = 0
    table = {0: 1}
    for i in range(n):
        try:
            total += check(i)
        except Invalid:
            total -= 1
        try:
            total += table[i & 1]
        except KeyError:
            total += 2
        finally:
            total += 1
    return total


print(main(450000))
