# Dict comprehensions and del (names, items, attributes).
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares)  # expect: {0: 0, 2: 4, 4: 16}
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)  # expect: {1: 'a', 2: 'b'}
print({(x, y): x * y for x in range(2) for y in range(2)})  # expect: {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}

items = [1, 2, 3, 4]
del items[0], items[-1]
table = {"a": 1, "b": 2}
del table["a"]
print(items, table)  # expect: [2, 3] {'b': 2}

class Box:
    pass

b = Box()
b.size = 3
b.color = "red"
del b.size
print(hasattr(b, "size"), b.color)  # expect: False red

counter = 0
del counter
try:
    print(counter)
except NameError as e:
    print(e)  # expect: name 'counter' is not defined

def local_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

print(local_del())  # expect: cannot access local variable 'x' where it is not associated with a value
try:
    del table["zzz"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zzz'
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)  # expect: 'tuple' object doesn't support item deletion
try:
    del b.nothing
except AttributeError as e:
    print(e)  # expect: 'Box' object has no attribute 'nothing'
zero = 0
del zero
print("deleted")  # expect: deleted
