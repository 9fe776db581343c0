# List methods and slices: comprehensions with a filter, concatenation, sort(reverse=True),
# insert, pop, index, count, del of a slice, extend.
def main(n):
    t = 0
    for i in range(n // 100):
        a = list(range(100))
        b = [x * x for x in a if x % 3]
        c = a[::2] + b[:10]
        c.sort(reverse=True)
        c.insert(0, -1)
        c.pop()
        t += c[0] + c[-1] + len(c) + sum(b[5:15]) + c.index(-1)
        m = [[j] * 3 for j in range(10)]
        t += sum(row[1] for row in m)
        a.reverse()
        t += a.count(3) + (50 in a)
        del a[10:20]
        a.extend(b)
        t += len(a)
    return t
print(main(200000))
