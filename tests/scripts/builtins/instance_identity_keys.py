# Instances of a class that defines neither __hash__ nor __eq__ are hashed in line by identity as
# dict and set keys; a class that comes to define either (on itself or a base, after the sites
# warmed up), a subclass that defines __eq__ (unhashable, as CPython: __hash__ becomes None),
# `__hash__ = None`, and an instance attribute named __hash__ (ignored) go the general way.
class Node:
    def __init__(self, name):
        self.name = name


class Child(Node):
    pass


nodes = [Node("n%d" % i) for i in range(40)] + [Child("c%d" % i) for i in range(10)]
seen = set()
index = {}
for n in nodes:
    seen.add(n)
    index[n] = n.name
print(len(seen), len(index), all(n in seen and index[n] == n.name for n in nodes))
stranger = Node("x")
print(stranger in seen, index.get(stranger, "-"))
for n in nodes[::3]:
    seen.discard(n)
    del index[n]
print(len(seen), len(index), sum(n in seen for n in nodes), sum(n in index for n in nodes))


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return "KeyError"
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def member(s, key):
    try:
        return key in s
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


a, b = Node("a"), Node("b")
table = {a: 1, b: 2}
group = {a, b}
for _ in range(3):
    print(lookup(table, a), member(group, b), lookup(table, Node("a")))

# The base comes to define __eq__ and __hash__ by name: equal names are the same key now.
Node.__eq__ = lambda self, other: isinstance(other, Node) and self.name == other.name
Node.__hash__ = lambda self: hash(self.name)
print(lookup({a: 1, b: 2}, Node("a")), member({a, b}, Child("b")), hash(a) == hash("a"))
del Node.__eq__, Node.__hash__
print(lookup({a: 1}, Node("a")), member({a}, a))

# A subclass that defines __eq__ alone is unhashable.
class Eq(Node):
    def __eq__(self, other):
        return True


e = Eq("e")
print(lookup({a: 1}, e), member({a}, e), member(group, e))
try:
    {e: 1}
except TypeError as error:
    print("TypeError", error)


class NoHash(Node):
    __hash__ = None


print(member({a}, NoHash("z")), lookup({}, NoHash("z")))

# An instance's own __hash__ is not its hash.
c = Node("c")
c.__hash__ = lambda: 1
print(member({c}, c), lookup({c: "own"}, c))

# expect: 50 50 True
# expect: False -
# expect: 33 33 33 33
# expect: 1 True KeyError
# expect: 1 True KeyError
# expect: 1 True KeyError
# expect: 1 True True
# expect: KeyError True
# expect: TypeError: unhashable type: 'Eq' TypeError: unhashable type: 'Eq' TypeError: unhashable type: 'Eq'
# expect: TypeError unhashable type: 'Eq'
# expect: TypeError: unhashable type: 'NoHash' TypeError: unhashable type: 'NoHash'
# expect: True own
