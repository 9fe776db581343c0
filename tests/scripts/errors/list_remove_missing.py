# list.remove() of a missing item: CPython 3.11's message, which names the method (index()
# names the item); the list is left as it was.
items = [3, 1, 4, 1, 5]
items.remove(1)
print(items)
for missing in [9, "1", None, [1]]:
    try:
        items.remove(missing)
    except ValueError as e:
        print(type(e).__name__, e, items)
try:
    items.index(9)
except ValueError as e:
    print(e)
class Never:
    def __eq__(self, other):
        return False
try:
    [Never()].remove(Never())
except ValueError as e:
    print(e)
# expect: [3, 4, 1, 5]
# expect: ValueError list.remove(x): x not in list [3, 4, 1, 5]
# expect: ValueError list.remove(x): x not in list [3, 4, 1, 5]
# expect: ValueError list.remove(x): x not in list [3, 4, 1, 5]
# expect: ValueError list.remove(x): x not in list [3, 4, 1, 5]
# expect: 9 is not in list
# expect: list.remove(x): x not in list
