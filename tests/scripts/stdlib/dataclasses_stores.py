# The generated __init__ stores each field as `self.x = x` would, at every construction (its
# stores are cached per class): through a __setattr__ of the class's own each time, through a
# subclass's property setter, into a subclass's slots; a frozen class's bypass its __setattr__.
# args: --gil newgil
# args: --gil nogil
from dataclasses import dataclass


@dataclass(frozen=True)
class A:
    x: int
    y: int = 2


class B(A):
    __slots__ = ()


for i in range(3):
    a, b = A(i), B(i, 5)
    print(a, b, hash(a) == hash((i, 2)), b.y)


@dataclass
class D:
    v: int

    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)


for i in range(3):
    D(i)


@dataclass
class E:
    v: int
    w: int = 0


class F(E):
    @property
    def v(self):
        return 'prop'

    @v.setter
    def v(self, value):
        print('setter', value)


class G(E):
    __slots__ = ('extra',)


for i in range(3):
    print(E(i), F(i, i), G(i, 1))

# CPython 3.11's output:
# expect: A(x=0, y=2) B(x=0, y=5) True 5
# expect: A(x=1, y=2) B(x=1, y=5) True 5
# expect: A(x=2, y=2) B(x=2, y=5) True 5
# expect: set v 0
# expect: set v 1
# expect: set v 2
# expect: setter 0
# expect: E(v=0, w=0) F(v='prop', w=0) G(v=0, w=1)
# expect: setter 1
# expect: E(v=1, w=0) F(v='prop', w=1) G(v=1, w=1)
# expect: setter 2
# expect: E(v=2, w=0) F(v='prop', w=2) G(v=2, w=1)
