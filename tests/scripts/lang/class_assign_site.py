# __class__ assigned at one site again and again: each store changes the class (an attribute
# cache's way for the site would have stored it in the instance's dict).
class A:
    def __init__(self, n):
        self.v = n
class C(A):
    pass
o = A(1)
o.__class__ = C
print(vars(o))
o.__class__ = A
print(type(o).__name__, vars(o))
def flip(x, to):
    x.__class__ = to
q = A(2)
flip(q, C); flip(q, A); flip(q, C); flip(q, A)
print(type(q).__name__, vars(q))
r = A(3)
for to in (C, A, C, A):
    r.__class__ = to
print(type(r).__name__, vars(r))
o = A(1)
for i in range(4):
    print(type(o).__name__, end=" ")
    o.__class__ = C if type(o) is A else A
print(type(o).__name__)
p = C(2)
p.__class__ = A
print(type(p).__name__, type(p) is A, p.__class__.__name__)

# expect: {'v': 1}
# expect: A {'v': 1}
# expect: A {'v': 2}
# expect: A {'v': 3}
# expect: A C A C A
# expect: A True A
