# Generators: a pipeline of generator functions and a generator expression.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x & 1 == 0:
            yield x


def main(n):
    total = 0
    for v in evens(squares(numbers(n))):
        total += v
    total += sum(x + 1 for x in range(n // 2))
    return total


print(main(2000000))
