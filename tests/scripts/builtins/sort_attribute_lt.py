# sorted() and list.sort() of instances whose __lt__ compares attributes: the order CPython's
# calls of __lt__ give (stable, reverse=, `>` bodies, tuples, slots), and the calls themselves
# where the attributes are not plain (properties, class attributes, mixed kinds, missing ones).
import random


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}:{self.prio}"


class Desc(Task):
    def __lt__(self, other):
        return self.prio > other.prio


class Pair:
    __slots__ = ("a", "b", "tag")

    def __init__(self, a, b, tag):
        self.a, self.b, self.tag = a, b, tag

    def __lt__(self, other):
        return (self.a, self.b) < (other.a, other.b)

    def __repr__(self):
        return f"{self.tag}({self.a},{self.b})"


random.seed(7)
tasks = [Task(random.randint(0, 5), f"t{i}") for i in range(30)]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(sorted(Desc(t.prio, t.name) for t in tasks))
print(sorted([Desc(t.prio, t.name) for t in tasks], reverse=True))
floats = [Task(random.choice([1, 2.5, 0.5, True, -3]), f"f{i}") for i in range(12)]
print(sorted(floats))
nan = float("nan")
print(sorted([Task(3, "a"), Task(nan, "n"), Task(1, "b"), Task(2, "c")]))
pairs = [Pair(random.randint(0, 2), random.choice("xyz"), i) for i in range(15)]
pairs.sort()
print(pairs)
words = [Task(w, f"w{i}") for i, w in enumerate("pear apple fig apple kiwi".split())]
words.sort(reverse=True)
print(words)
print(sorted(tasks, key=lambda t: t.name)[:5])

# Not plain: the method is called (its prints show it), with its own errors.
calls = []


class Loud(Task):
    def __lt__(self, other):
        calls.append(self.name)
        return self.prio < other.prio


print(sorted([Loud(2, "x"), Loud(1, "y"), Loud(3, "z")]), len(calls) > 0)


class Prop(Task):
    @property
    def prio(self):
        calls.append(self.name)
        return self._p

    @prio.setter
    def prio(self, v):
        self._p = v


calls.clear()
print(sorted([Prop(2, "p"), Prop(1, "q")]), sorted(set(calls)))
mixed = [Task(1, "i"), Task("s", "s"), Task(0, "j")]
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError", e)
missing = [Task(1, "i"), Task(2, "j")]
del missing[1].prio
try:
    sorted(missing)
except AttributeError as e:
    print("AttributeError", e)


class Shadow(Task):
    prio = 99


print(sorted([Shadow(2, "s1"), Shadow(1, "s2")]))
print(sorted([Task(2, "base"), Desc(1, "sub"), Task(0, "base2")]))
items = [Task((1, 2), "t1"), Task((0, 5), "t0")]
print(sorted(items))


class Other:
    def __init__(self, k):
        self.k = k
        self.j = -k

    def __lt__(self, other):
        return self.k < other.j


print([o.k for o in sorted([Other(1), Other(3), Other(2)])])

# expect: [t4:0, t5:0, t7:0, t10:0, t13:0, t14:0, t17:0, t19:0, t22:0, t24:0, t29:0, t1:1, t12:1, t18:1, t25:1, t0:2, t8:2, t2:3, t15:3, t16:3, t21:3, t6:4, t9:4, t11:4, t20:4, t23:4, t28:4, t3:5, t26:5, t27:5]
# expect: [t3:5, t26:5, t27:5, t6:4, t9:4, t11:4, t20:4, t23:4, t28:4, t2:3, t15:3, t16:3, t21:3, t0:2, t8:2, t1:1, t12:1, t18:1, t25:1, t4:0, t5:0, t7:0, t10:0, t13:0, t14:0, t17:0, t19:0, t22:0, t24:0, t29:0]
# expect: [t3:5, t26:5, t27:5, t6:4, t9:4, t11:4, t20:4, t23:4, t28:4, t2:3, t15:3, t16:3, t21:3, t0:2, t8:2, t1:1, t12:1, t18:1, t25:1, t4:0, t5:0, t7:0, t10:0, t13:0, t14:0, t17:0, t19:0, t22:0, t24:0, t29:0]
# expect: [t4:0, t5:0, t7:0, t10:0, t13:0, t14:0, t17:0, t19:0, t22:0, t24:0, t29:0, t1:1, t12:1, t18:1, t25:1, t0:2, t8:2, t2:3, t15:3, t16:3, t21:3, t6:4, t9:4, t11:4, t20:4, t23:4, t28:4, t3:5, t26:5, t27:5]
# expect: [f0:-3, f1:-3, f6:-3, f11:-3, f8:0.5, f2:True, f3:1, f5:1, f9:True, f4:2.5, f7:2.5, f10:2.5]
# expect: [a:3, n:nan, b:1, c:2]
# expect: [5(0,y), 0(0,z), 3(0,z), 6(0,z), 12(1,y), 14(1,y), 1(1,z), 10(1,z), 2(2,x), 7(2,x), 8(2,x), 9(2,x), 11(2,y), 13(2,y), 4(2,z)]
# expect: [w0:pear, w4:kiwi, w2:fig, w1:apple, w3:apple]
# expect: [t0:2, t1:1, t10:0, t11:4, t12:1]
# expect: [y:1, x:2, z:3] True
# expect: [q:1, p:2] ['p', 'q']
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: AttributeError 'Task' object has no attribute 'prio'
# expect: [s2:1, s1:2]
# expect: [base2:0, base:2, sub:1]
# expect: [t0:(0, 5), t1:(1, 2)]
# expect: [1, 3, 2]
