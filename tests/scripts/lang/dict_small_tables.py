# Dicts of up to 8 entries have no hash index (their hashes are scanned); past 8 they get one,
# and closing holes can bring them back. Lookups, deletions, holes, keys of hash 0, equal keys
# of different types, colliding keys and an __eq__ that changes the dict, on both sides of the
# boundary.
# args: --gil newgil
# args: --gil nogil
class Collide:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if not isinstance(other, Collide):
            return NotImplemented
        return self.name == other.name
    def __repr__(self):
        return "C(%s)" % self.name

class Mutator:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False

def check(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    for i in range(0, n, 2):
        del d["k%d" % i]
    for i in range(n):
        d["n%d" % i] = -i
    print(n, len(d), sorted(d.items())[:3], "k1" in d, "k0" in d, d.get("n%d" % (n - 1)))
    for k in list(d):
        del d[k]
    print(len(d), d, d.get("k1", "gone"))

for n in (1, 4, 8, 9, 12):
    check(n)

zeros = {0: "int", "": "str", (): "tuple"}
zeros[0.0] = "float"
zeros[False] = "bool"
print(zeros, zeros[0], zeros[""], zeros[()])
del zeros[0]
print(zeros, 0 in zeros, False in zeros, 0.0 in zeros)

c = {Collide("a"): 1, Collide("b"): 2}
c[Collide("a")] = 3
print(c, c[Collide("b")], Collide("z") in c)
del c[Collide("a")]
print(c, len(c))
for i in range(10):
    c[Collide(str(i))] = i
print(len(c), c[Collide("9")], c[Collide("b")])

grown = {}
for i in range(20):
    grown[i] = i
    if i % 3 == 0:
        del grown[i]
print(len(grown), list(grown)[:5], sum(grown.values()))
for i in range(20):
    grown.pop(i, None)
grown["x"] = 1
print(grown)

for size in (2, 12):
    victim = {Collide("q"): 1}
    for i in range(size - 1):
        victim[i] = i
    try:
        print(victim[Mutator(victim)])
    except KeyError as e:
        print("KeyError", type(e.args[0]).__name__, len(victim))
    victim["after"] = 1
    print(victim)
churn = {}
for i in range(1000):
    churn[i % 5] = i
    if i % 2:
        del churn[i % 5]
print(churn, len(churn))
# expect: 1 1 [('n0', 0)] False False 0
# expect: 0 {} gone
# expect: 4 6 [('k1', 1), ('k3', 3), ('n0', 0)] True False -3
# expect: 0 {} gone
# expect: 8 12 [('k1', 1), ('k3', 3), ('k5', 5)] True False -7
# expect: 0 {} gone
# expect: 9 13 [('k1', 1), ('k3', 3), ('k5', 5)] True False -8
# expect: 0 {} gone
# expect: 12 18 [('k1', 1), ('k11', 11), ('k3', 3)] True False -11
# expect: 0 {} gone
# expect: {0: 'bool', '': 'str', (): 'tuple'} bool str tuple
# expect: {'': 'str', (): 'tuple'} False False False
# expect: {C(a): 3, C(b): 2} 2 False
# expect: {C(b): 2} 1
# expect: 11 9 2
# expect: 13 [1, 2, 4, 5, 7] 127
# expect: {'x': 1}
# expect: KeyError Mutator 0
# expect: {'after': 1}
# expect: KeyError Mutator 0
# expect: {'after': 1}
# expect: {1: 996, 3: 998} 2
