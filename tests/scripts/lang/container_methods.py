# The common list and dict methods.
xs = [3, 1, 2]
xs.append(4)
xs.extend([5, 6])
xs.insert(0, 0)
print(xs, xs.pop(), xs.pop(0), xs)  # expect: [3, 1, 2, 4, 5] 6 0 [3, 1, 2, 4, 5]
xs.remove(2)
print(xs, xs.index(4), xs.count(1), len(xs))  # expect: [3, 1, 4, 5] 2 1 4
xs.reverse()
print(xs)  # expect: [5, 4, 1, 3]
xs.sort()
print(xs)  # expect: [1, 3, 4, 5]
xs.sort(reverse=True)
print(xs)  # expect: [5, 4, 3, 1]
words = ["pear", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words)  # expect: ['fig', 'pear', 'kiwi', 'banana']
words.sort(key=len, reverse=True)
print(words)  # expect: ['banana', 'pear', 'kiwi', 'fig']
copy = words.copy()
copy.append("x")
print(len(words), len(copy))  # expect: 4 5
copy.clear()
print(copy)  # expect: []
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
# expect: {'b': 2, 'a': 1, 'c': 3} ['b', 'a', 'c'] ['b', 'a', 'c'] [2, 1, 3] [('b', 2), ('a', 1), ('c', 3)]
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("e", 5), d)
# expect: 1 None 0 1 5 {'b': 2, 'a': 1, 'c': 3, 'e': 5}
print(d.pop("e"), d.pop("z", "missing"), d)  # expect: 5 missing {'b': 2, 'a': 1, 'c': 3}
d.update({"a": 10, "f": 6})
d.update([("g", 7)], h=8)
print(d)  # expect: {'b': 2, 'a': 10, 'c': 3, 'f': 6, 'g': 7, 'h': 8}
print(d.popitem(), d)  # expect: ('h', 8) {'b': 2, 'a': 10, 'c': 3, 'f': 6, 'g': 7}
e = d.copy()
e["new"] = 1
print(len(d), len(e), "new" in d, "new" in e)  # expect: 5 6 False True
e.clear()
print(e, len(e))  # expect: {} 0
inventory = {"apples": 3}
for fruit in ["apples", "pears", "apples"]:
    inventory[fruit] = inventory.get(fruit, 0) + 1
for name, count in sorted(inventory.items()):
    print(f"{name:<8}{count:>3}")
    # expect: apples    5
    # expect: pears     1
try:
    {}.popitem()
except KeyError as error:
    print("KeyError:", error)  # expect: KeyError: 'popitem(): dictionary is empty'
