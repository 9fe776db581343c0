# list + list and tuple + tuple of the exact types (added before the instances' dunders are
# asked, into a recycled list): new objects sharing the items, subclasses' __add__/__radd__ still
# asked, += extending in place, and the TypeErrors of mixed operands.
# args: --gil newgil
# args: --gil nogil
class L(list):
    def __add__(self, other):
        return "L.add"
    def __radd__(self, other):
        return "L.radd"
class T(tuple):
    pass
a = [1, [2]]
b = a + a
b[1].append(3)
print(a, b, b is not a, [] + [], (1,) + (2, 3), () + (), L([1]) + [2], [2] + L([1]), T((1,)) + (2,), (2,) + T((1,)))
c = a
c += [9]
print(a is c, a)
for x, y in (([1], (2,)), ((1,), [2]), ([1], "s")):
    try:
        x + y
    except TypeError as e:
        print(e)
def sums(n):  # in a function (the interpreter's ADD), long ones past the recycled sizes too
    words = [str(i) * 2 for i in range(n)]
    pair = tuple(words)
    both = words + words[::-1]
    twice = pair + pair
    del words, pair
    return len(both), both[n - 1] == both[n], twice[-1], sum(len(w) for w in both + list(twice))
print(sums(3), sums(100))

# expect: [1, [2, 3]] [1, [2, 3], 1, [2, 3]] True [] (1, 2, 3) () L.add L.radd (1, 2) (2, 1)
# expect: True [1, [2, 3], 9]
# expect: can only concatenate list (not "tuple") to list
# expect: can only concatenate tuple (not "list") to tuple
# expect: can only concatenate list (not "str") to list
# expect: (6, True, '22', 24) (200, True, '9999', 1520)
