# super() without arguments finds the class whose body defined the function (its __class__ cell
# in CPython): a function copied into another class keeps its first class, and type(name, bases,
# namespace) gives no class to the functions it is handed, so that one function can serve many
# classes (collections.namedtuple's __init__ does) and threads building them do not race.
# args: --gil newgil
# args: --gil nogil
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    who = B.who


print(B().who())  # expect: BA
try:
    C().who()
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: super(type, obj): obj must be an instance or subtype of type


class D(B):
    who = B.who


print(D().who())  # expect: BA


def shared(self):
    return "shared " + type(self).__name__


E = type("E", (A,), {"who": shared})
F = type("F", (A,), {"who": shared})
print(E().who(), F().who())  # expect: shared E shared F


def plain(self):
    return super().who()


G = type("G", (A,), {"who": plain})
try:
    G().who()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: super(): __class__ cell not found

import threading
from collections import namedtuple

made = []


def build(n):
    for i in range(50):
        P = namedtuple("P%d_%d" % (n, i), "x y")
        made.append(P(i, n).y == n)


threads = [threading.Thread(target=build, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(made), all(made))  # expect: 200 True
