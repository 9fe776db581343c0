# Closures: a `nonlocal` counter, composed lambdas, lambdas with default arguments made in a
# comprehension.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
def compose(f, g):
    return lambda x: f(g(x))
def main(n):
    c = make_counter()
    add1 = lambda x: x + 1
    dbl = lambda x: x * 2
    h = compose(add1, dbl)
    t = 0
    for i in range(n):
        c()
        t += h(i)
        adders = [lambda y, k=k: y + k for k in range(3)]
        t += adders[i % 3](i)
    return t, c(0)
print(main(30000))
