# Function calls: positional, keyword and default arguments.
def area(width, height=1, scale=1):
    return width * height * scale


def describe(x, y, z=0, *, flag=False):
    if flag:
        return x + y + z
    return x - y - z


def main(n):
    total = 0
    for i in range(n):
        total += area(i, height=2)
        total += area(width=i, scale=3)
        total += describe(i, 1, flag=True)
        total += describe(i, 2, z=1)
    return total


print(main(600000))
