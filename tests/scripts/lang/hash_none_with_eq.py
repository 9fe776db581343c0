# A class that defines __eq__ and not __hash__ gets __hash__ = None (unhashable instances); a
# subclass that overrides __eq__ of a hashable base too, unless it sets __hash__ itself. Every
# expectation is CPython 3.11's output.

class A:
    def __eq__(self, o): return True
class B(A):
    pass
class C:
    def __hash__(self): return 1
class D(C):
    def __eq__(self, o): return True
class E(C):
    def __eq__(self, o): return True
    __hash__ = C.__hash__
for cls in (A, B, C, D, E):
    try:
        print(cls.__name__, hash(cls()) is not None)
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(A.__hash__, D.__hash__)
try:
    {A()}
except TypeError as e:
    print(e)
try:
    {D(): 1}
except TypeError as e:
    print(e)
# expect: A TypeError unhashable type: 'A'
# expect: B TypeError unhashable type: 'B'
# expect: C True
# expect: D TypeError unhashable type: 'D'
# expect: E True
# expect: None None
# expect: unhashable type: 'A'
# expect: unhashable type: 'D'
