# min(a, b) and max(a, b): the first of equal items wins, keys and defaults as CPython.
class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
one, other = K(1, "first"), K(1, "second")
print(max(one, other).tag, min(one, other).tag, max(K(2, "x"), other).tag, min(K(2, "x"), other).tag)
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), min("b", "a"), max((1, 2), (1, 3)))
print(max(3, 1, 2), min(3, 1, 2), max([3, 9, 2]), min("hello"), max(1, 2, key=lambda v: -v))
print(min(4, 5, key=None), max([], default="empty"), min((x for x in [5, 3]), default=0))
for call in (lambda: max(1, "a"), lambda: min([1], 2), lambda: max(1, 2, default=0),
             lambda: max(), lambda: min([]), lambda: max(1, 2, bad=1), lambda: min(5)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
best = 0
for i in range(1000):
    best = max(best, (i * 37) % 101)
print(best, min(-0.0, 0.0), max(0.0, -0.0))
print(max(float("nan"), 1), max(1, float("nan")), min(float("nan"), 1), min(1, float("nan")), max([2, float("nan"), 3]))

# expect: first first x second
# expect: 2.5 1 1.0 a (1, 3)
# expect: 3 1 9 e 1
# expect: 4 empty 3
# expect: TypeError '>' not supported between instances of 'str' and 'int'
# expect: TypeError '<' not supported between instances of 'int' and 'list'
# expect: TypeError Cannot specify a default for max() with multiple positional arguments
# expect: TypeError max expected at least 1 argument, got 0
# expect: ValueError min() arg is an empty sequence
# expect: TypeError 'bad' is an invalid keyword argument for max()
# expect: TypeError 'int' object is not iterable
# expect: 100 -0.0 0.0
# expect: nan 1 nan 1 3
