# Closures: making closures, calling them, nonlocal updates through cells.
def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def main(n):
    total = 0
    counter = make_counter(3)
    for i in range(n):
        add = make_adder(i)
        total += add(1) + counter()
    return total


print(main(900000))
