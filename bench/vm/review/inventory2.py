# methods/attributes: an inventory with properties, __repr__, sorting by key
class Item:
    __slots__ = ('name', 'price', 'qty')
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, price, qty):
        it = self.items.get(name)
        if it is None:
            self.items[name] = Item(name, price, qty)
        else:
            it.qty += qty
    def remove(self, name, qty):
        it = self.items[name]
        if it.qty < qty:
            raise ValueError(f"not enough {name}")
        it.qty -= qty
    def total(self):
        return sum(it.value for it in self.items.values())
    def top(self, n):
        return sorted(self.items.values(), key=lambda it: it.value, reverse=True)[:n]

inv = Inventory()
fails = 0
for i in range(60000):
    name = "item%d" % (i % 300)
    inv.add(name, (i % 17) * 1.25 + 0.5, i % 7 + 1)
    if i % 3 == 0:
        try:
            inv.remove(name, i % 11)
        except ValueError:
            fails += 1
print(fails, round(inv.total(), 2))
print(inv.top(3))
