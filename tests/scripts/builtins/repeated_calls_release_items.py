# Each item a repeated call (call_repeatedly()) of map's, filter's or a key function takes is
# released once the call is done: the ASan build's leak check fails this script if one is kept
# (map kept every item it passed while its calls ran one after another in one frame). The item
# whose last reference is the call's own (the function took it out of its list) is released too.
class Item:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Item(%d)" % self.v


def value(item):
    return item.v


items = [Item(v) for v in (4, 7, 1, 9, 12)]
print(list(map(value, items)), sum(map(value, items)), tuple(map(lambda i: i.v * 2, items)))
print(set(map(value, items)) == {4, 7, 1, 9, 12}, list(map(lambda i: i, items))[2])
print(list(filter(lambda i: i.v & 1, items)), list(filter(lambda i: i, items))[0])
print(sorted(items, key=value)[0], max(items, key=value), min(items, key=lambda i: (i.v, 0)))
print(sum(map(lambda i: i.v, iter(items))), list(map(str, items)))


def take_out(item):
    items.remove(item)
    return item.v


print(list(map(take_out, items)), items)
items = [Item(v) for v in (3, 5, 8, 2)]
print(list(filter(take_out, items)), items)
items = [Item(v) for v in (3, 5, 8, 2)]
print(sum(map(take_out, items)), items)

# expect: [4, 7, 1, 9, 12] 33 (8, 14, 2, 18, 24)
# expect: True Item(1)
# expect: [Item(7), Item(1), Item(9)] Item(4)
# expect: Item(1) Item(12) Item(1)
# expect: 33 ['Item(4)', 'Item(7)', 'Item(1)', 'Item(9)', 'Item(12)']
# expect: [4, 1, 12] [Item(7), Item(9)]
# expect: [Item(3), Item(8)] [Item(5), Item(2)]
# expect: 11 [Item(5), Item(2)]
