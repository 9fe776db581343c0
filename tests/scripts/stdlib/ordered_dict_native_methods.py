# OrderedDict.move_to_end and popitem are natives in the class dict (_collections), bound to
# the instance; LOAD_METHOD caches them (kNativeMethod). Their argument checks and messages,
# subclasses that override them, methods replaced on the class after the call sites warmed up,
# and a dict subclass's `k in d`, `d[k]` and `d[k] = v` taken in line until its class defines
# __contains__, __getitem__, __missing__ or __setitem__.
from collections import OrderedDict


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict(a=1, b=2, c=3)
attempt(lambda: od.move_to_end())
attempt(lambda: od.move_to_end('a', True, 3))
attempt(lambda: od.move_to_end('zz'))
attempt(lambda: od.move_to_end(key='a'))
attempt(lambda: od.move_to_end('a', last=False))
attempt(lambda: od.move_to_end('a', lst=False))
attempt(lambda: od.move_to_end('a', key='b'))
attempt(lambda: od.move_to_end(last=False))
attempt(lambda: od.move_to_end([]))
attempt(lambda: od.move_to_end([], last=0))
attempt(lambda: od.popitem(1, 2))
attempt(lambda: od.popitem(lst=2))
attempt(lambda: od.popitem(last=False, x=1))
attempt(lambda: od.popitem(True, last=False))
attempt(lambda: OrderedDict.move_to_end())
attempt(lambda: OrderedDict.popitem())
attempt(lambda: OrderedDict.popitem(5))
attempt(lambda: OrderedDict.move_to_end({}, 'c'))
attempt(lambda: OrderedDict.move_to_end(od, 'c'))
print(list(od))


class Dict2(dict):
    pass


attempt(lambda: OrderedDict.popitem(Dict2(a=1)))
attempt(lambda: OrderedDict().popitem())
attempt(lambda: OrderedDict().popitem(last=False))


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


attempt(lambda: od.popitem(last=Falsy()))
attempt(lambda: od.move_to_end('a', Falsy()))
attempt(lambda: OrderedDict().move_to_end('a', last=Falsy()))
print(list(od))

# Order after many moves and pops (the index rebuilt as holes pile up, small and large dicts).
for size in (3, 8, 9, 40):
    d = OrderedDict((k, k * k) for k in range(size))
    for step in range(200):
        d.move_to_end(step % size)
        if step % 7 == 0:
            d.move_to_end((step * 3) % size, last=False)
        if step % 11 == 0:
            k, v = d.popitem(last=step % 2 == 0)
            d[k] = v
    print(size, list(d.items())[:5], len(d), all(d[k] == k * k for k in d))


# A subclass that overrides both, and one that calls the natives through super().
class Logged(OrderedDict):
    def move_to_end(self, key, last=True):
        print("move", key, last)
        super().move_to_end(key, last)

    def popitem(self, last=True):
        item = super().popitem(last=last)
        print("pop", item)
        return item


lg = Logged(x=1, y=2, z=3)
for _ in range(3):
    lg.move_to_end('x')
print(lg.popitem(last=False), list(lg))


# The method replaced on the class after the call site warmed up, then restored.
class LRU(OrderedDict):
    pass


cache = LRU(p=1, q=2, r=3)


def touch(d, k):
    d.move_to_end(k)
    return list(d)


for _ in range(3):
    print(touch(cache, 'p'))
LRU.move_to_end = lambda self, key, last=True: print("patched on LRU", key)
print(touch(cache, 'q'))
del LRU.move_to_end
print(touch(cache, 'q'))
# The native itself stored on the subclass, and called unbound.
LRU.move_to_end = OrderedDict.move_to_end
print(touch(cache, 'p'))
OrderedDict.move_to_end(cache, 'q')
print(list(cache))
del LRU.move_to_end
# An attribute of the instance's own shadows the class's native.
cache.move_to_end = lambda key: print("own", key)
print(touch(cache, 'r'))
del cache.move_to_end
print(touch(cache, 'r'))
print(cache.popitem(False))


# A dict subclass's operations in line, then overridden on the class after warming up.
class Tracked(dict):
    pass


t = Tracked(a=1)


def ops(d):
    d['b'] = 2
    return ('a' in d, d['a'], 'zz' in d)


for _ in range(3):
    print(ops(t))
Tracked.__contains__ = lambda self, k: print("contains", k) or True
Tracked.__getitem__ = lambda self, k: ("got", k)
Tracked.__setitem__ = lambda self, k, v: print("set", k, v)
print(ops(t))
del Tracked.__contains__, Tracked.__getitem__, Tracked.__setitem__
print(ops(t))
Tracked.__missing__ = lambda self, k: ("missing", k)
print(t['nope'], 'nope' in t)
del Tracked.__missing__
attempt(lambda: t['nope'])
attempt(lambda: t[[]])
attempt(lambda: [] in t)


def fused(d, k):
    return d[k]


for _ in range(3):
    print(fused(t, 'a'))
Tracked.__missing__ = lambda self, k: k * 2
print(fused(t, 'ab'))

# expect: TypeError move_to_end() missing required argument 'key' (pos 1)
# expect: TypeError move_to_end() takes at most 2 arguments (3 given)
# expect: KeyError 'zz'
# expect: None
# expect: None
# expect: TypeError 'lst' is an invalid keyword argument for move_to_end()
# expect: TypeError argument for move_to_end() given by name ('key') and position (1)
# expect: TypeError move_to_end() missing required argument 'key' (pos 1)
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError popitem() takes at most 1 argument (2 given)
# expect: TypeError 'lst' is an invalid keyword argument for popitem()
# expect: TypeError popitem() takes at most 1 keyword argument (2 given)
# expect: TypeError popitem() takes at most 1 argument (2 given)
# expect: TypeError unbound method OrderedDict.move_to_end() needs an argument
# expect: TypeError unbound method OrderedDict.popitem() needs an argument
# expect: TypeError descriptor 'popitem' for 'collections.OrderedDict' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'move_to_end' for 'collections.OrderedDict' objects doesn't apply to a 'dict' object
# expect: None
# expect: ['a', 'b', 'c']
# expect: TypeError descriptor 'popitem' for 'collections.OrderedDict' objects doesn't apply to a 'Dict2' object
# expect: KeyError 'dictionary is empty'
# expect: KeyError 'dictionary is empty'
# expect: ValueError no truth
# expect: ValueError no truth
# expect: ValueError no truth
# expect: ['a', 'b', 'c']
# expect: 3 [(2, 4), (0, 0), (1, 1)] 3 True
# expect: 8 [(4, 16), (0, 0), (1, 1), (2, 4), (3, 9)] 8 True
# expect: 9 [(3, 9), (2, 4), (4, 16), (5, 25), (6, 36)] 9 True
# expect: 40 [(28, 784), (7, 49), (0, 0), (1, 1), (2, 4)] 40 True
# expect: move x True
# expect: move x True
# expect: move x True
# expect: pop ('y', 2)
# expect: ('y', 2) ['z', 'x']
# expect: ['q', 'r', 'p']
# expect: ['q', 'r', 'p']
# expect: ['q', 'r', 'p']
# expect: patched on LRU q
# expect: ['q', 'r', 'p']
# expect: ['r', 'p', 'q']
# expect: ['r', 'q', 'p']
# expect: ['r', 'p', 'q']
# expect: own r
# expect: ['r', 'p', 'q']
# expect: ['p', 'q', 'r']
# expect: ('p', 1)
# expect: (True, 1, False)
# expect: (True, 1, False)
# expect: (True, 1, False)
# expect: set b 2
# expect: contains a
# expect: contains zz
# expect: (True, ('got', 'a'), True)
# expect: (True, 1, False)
# expect: ('missing', 'nope') False
# expect: KeyError 'nope'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: 1
# expect: 1
# expect: 1
# expect: abab
