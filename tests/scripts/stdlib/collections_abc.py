# collections.abc: isinstance() and issubclass() of builtin values and types and of classes by
# their methods (CPython's __subclasshook__), subclassing an ABC for its mixin methods,
# register(), and both ways of importing it.
# args: --gil newgil
# args: --gil nogil
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Hashable, Callable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Collection, Reversible)
import collections.abc
vals = [[], (), {}, set(), frozenset(), 'ab', b'x', 1, 1.5, None, range(3), iter([]), (x for x in ()), len, lambda: 0, {}.keys(), {}.items(), {}.values(), bytearray(), iter({}), iter(''), zip(), map(len, [])]
abcs = [Iterable, Iterator, Generator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Reversible]
for v in vals:
    print(type(v).__name__, ''.join('1' if isinstance(v, a) else '0' for a in abcs))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class Sz:
    def __len__(self): return 0
class Cl:
    def __call__(self): pass
class NoHash:
    def __eq__(self, o): return True
class Seq(Sequence):
    def __getitem__(self, i): return [1,2,3][i]
    def __len__(self): return 3
class M(Mapping):
    def __getitem__(self, k): return {'a': 1}[k]
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
for v in [It(), OnlyIter(), Sz(), Cl(), NoHash(), Seq(), M(), object()]:
    print(type(v).__name__, ''.join('1' if isinstance(v, a) else '0' for a in abcs))
s = Seq(); print(list(s), 2 in s, s.index(3), s.count(1), list(reversed(s)))
m = M(); print(m.get('a'), m.get('b', 5), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1})
print(issubclass(list, Iterable), issubclass(It, Iterator), issubclass(int, Iterable), issubclass(Seq, Sequence), issubclass(dict, Mapping))
class R: pass
Sequence.register(R)
print(isinstance(R(), Sequence), issubclass(R, Sequence))
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm['a'] = 1; mm.update(b=2); print(mm.pop('a'), mm.setdefault('c', 3), dict(mm.items()), len(mm))
print(collections.abc.Iterable is Iterable)
import collections
print(collections.abc.Mapping is Mapping, isinstance(collections.Counter(), Mapping),
      isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), Sequence))
print(isinstance(3, (Iterable, int)), isinstance([], (str, Sized)), issubclass(type(iter(())), Iterator))
class MyIterable(Iterable):
    def __iter__(self):
        return iter([1, 2])
print(list(MyIterable()), isinstance(MyIterable(), Iterable), isinstance([], MyIterable))

# CPython 3.11's output:
# expect: list 100110011000011
# expect: tuple 100111010000011
# expect: dict 100110000110011
# expect: set 100110000001110
# expect: frozenset 100111000001010
# expect: str 100111010000011
# expect: bytes 100111010000011
# expect: int 000001000000000
# expect: float 000001000000000
# expect: NoneType 000001000000000
# expect: range 100111010000011
# expect: list_iterator 110001000000000
# expect: generator 111001000000000
# expect: builtin_function_or_method 000001100000000
# expect: function 000001100000000
# expect: dict_keys 100110000001011
# expect: dict_items 100110000001011
# expect: dict_values 100111000000011
# expect: bytearray 100110011000011
# expect: dict_keyiterator 110001000000000
# expect: str_ascii_iterator 110001000000000
# expect: zip 110001000000000
# expect: map 110001000000000
# expect: It 110001000000000
# expect: OnlyIter 100001000000000
# expect: Sz 000101000000000
# expect: Cl 000001100000000
# expect: NoHash 000000000000000
# expect: Seq 100111010000011
# expect: M 100110000100010
# expect: object 000001000000000
# expect: [1, 2, 3] True 2 1 [3, 2, 1]
# expect: 1 5 True ['a'] [('a', 1)] [1] True
# expect: True True False True True
# expect: True True
# expect: 1 3 {'b': 2, 'c': 3} 2
# expect: True
# expect: True True True True
# expect: True True True
# expect: [1, 2] True False
