# list.index, list.pop(i) in the middle, list.append on a list held elsewhere.
xs = ["a", "b", "c", "b"]
print(xs.index("b"))  # expect: 1
print(xs.index("c"))  # expect: 2
print(xs.pop(1), xs)  # expect: b ['a', 'c', 'b']
print(xs.pop(-2), xs)  # expect: c ['a', 'b']
try:
    xs.index("zzz")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: 'zzz' is not in list
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: pop from empty list
holder = [[]]
inner = holder[0]
inner.append(1)
print(holder)  # expect: [[1]]
