# Generator pipelines: generators feeding generators, a generator expression in sum(), `yield
# from`, next(), zip of generators.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def chain(*its):
    for it in its:
        yield from it
def main(n):
    t = sum(squares(evens(numbers(n))))
    t += sum(x for x in range(n) if x % 3 == 0)
    t += len(list(chain(range(100), numbers(n // 10))))
    g = (i * 2 for i in range(n))
    t += next(g) + next(g)
    for a, b in zip(numbers(n // 2), numbers(n // 2)):
        t += a - b
    return t
print(main(200000))
