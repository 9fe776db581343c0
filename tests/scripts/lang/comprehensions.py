# List comprehensions: plain, with if, nested for clauses, nested comprehensions, in functions.
print([x * x for x in range(5)])  # expect: [0, 1, 4, 9, 16]
print([x for x in range(10) if x % 3 == 0])  # expect: [0, 3, 6, 9]
print([(i, j) for i in range(3) for j in range(i)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([[j for j in range(i)] for i in range(4)])  # expect: [[], [0], [0, 1], [0, 1, 2]]
print([c + c for c in "abc"])  # expect: ['aa', 'bb', 'cc']
print([])  # expect: []
pairs = [(1, "one"), (2, "two")]
print([name for num, name in pairs])  # expect: ['one', 'two']

def scaled(values, factor):
    return [v * factor for v in values]

print(scaled([1, 2, 3], 10))  # expect: [10, 20, 30]

def evens_below(n):
    return [i for i in range(n) if i % 2 == 0]

print(evens_below(7))  # expect: [0, 2, 4, 6]
print(len([0 for _ in range(1000)]))  # expect: 1000
