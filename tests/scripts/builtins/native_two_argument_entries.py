# callable, iter, next, hasattr, getattr, divmod and round called with one or two positional
# arguments (their plain entries) and otherwise (their bound entries): the same results and errors.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


class Plain:
    x = 1

    def method(self):
        return 2


class Hooked:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("no " + name)
        if name.startswith("a"):
            return name.upper()
        raise AttributeError(name)


class WithProperty:
    @property
    def gone(self):
        raise AttributeError("gone away")

    @property
    def broken(self):
        raise KeyError("broken")

    @property
    def fine(self):
        return 7


class Rounds:
    def __round__(self, n=None):
        return ("rounded", n)


def gen():
    yield 1
    return "done"


print("-- callable")
for v in [len, Plain, Plain(), Plain().method, lambda: 0, 3, "s", None, [], print]:
    print(callable(v))
show(callable)
show(callable, 1, 2)
show(callable, obj=1)

print("-- iter and next")
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
show(next, it)
show(next, iter(()))
show(next, iter("ab"))
g = gen()
print(next(g))
show(next, g)
g = gen()
print(next(g), next(g, "default"))
try:
    next(gen(), 1)
    g2 = gen()
    next(g2)
    next(g2)
except StopIteration as e:
    print("StopIteration args", e.args, e.value)
show(next, [1, 2])
show(next, 5, 0)
show(next)
show(next, it, 1, 2)
show(next, it, default=1)
show(iter, 5)
show(iter, [1], 2)
show(iter)
show(iter, [1], x=2)
print(list(iter("abc")), list(iter(iter((1, 2)))))
counter = iter([3, 2, 1, 0, 5]).__next__
print(list(iter(counter, 0)))
show(iter, 1, 0)
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.items())), next(iter(range(5, 9))))
print(next(iter({7})), next(iter((8,))), next(iter(b"A")))

print("-- hasattr")
print(hasattr("s", "upper"), hasattr("s", "x"), hasattr([], "append"), hasattr(3, "real"))
print(hasattr(Plain, "x"), hasattr(Plain(), "method"), hasattr(Plain(), "nope"))
print(hasattr(Hooked(), "abc"), hasattr(Hooked(), "xyz"))
show(hasattr, Hooked(), "boom")
print(hasattr(WithProperty(), "gone"), hasattr(WithProperty(), "fine"))
show(hasattr, WithProperty(), "broken")
show(hasattr, "s", 3)
show(hasattr, "s")
show(hasattr, "s", "x", 1)
show(hasattr, "s", name="x")
print(hasattr(len, "__name__"), hasattr(print, "zzz"), hasattr(None, "x"))

print("-- getattr")
print(getattr("s", "upper")(), getattr(Plain, "x"), getattr(Plain(), "x", 5))
print(getattr("s", "x", "default"), getattr(Hooked(), "abc"), getattr(Hooked(), "xyz", 0))
show(getattr, "s", "x")
show(getattr, Plain(), "nope")
show(getattr, Hooked(), "xyz")
show(getattr, Hooked(), "boom")
show(getattr, Hooked(), "boom", 1)
print(getattr(WithProperty(), "gone", "fallback"), getattr(WithProperty(), "fine", 0))
show(getattr, WithProperty(), "gone")
show(getattr, WithProperty(), "broken", 1)
show(getattr, "s", 3)
show(getattr, "s", 3, 1)
show(getattr, "s")
show(getattr, "s", "x", 1, 2)
show(getattr, "s", "x", default=1)
print(getattr(3, "real"), getattr(2.5, "imag"), getattr([], "nope", None))

print("-- divmod")
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (2**70, 3), (-2**70, 7),
             (5, 2**65), (True, 2), (0, 5)]:
    print(divmod(a, b))
show(divmod, 1, 0)
show(divmod, 1.0, 0)
show(divmod, 2**70, 0)
show(divmod, "a", 1)
show(divmod, 1, "a")
show(divmod, 1)
show(divmod, 1, 2, 3)
show(divmod, 1, b=2)

print("-- round")
for args in [(2.5,), (3.5,), (-2.5,), (2.675, 2), (1234.5678, -2), (7,), (7, 1), (1234, -2),
             (1250, -2), (1350, -2), (True,), (2.5, None), (7, None), (0.5,), (1e300, 2),
             (2**70, -3), (-1.5,)]:
    print(round(*args))
print(round(Rounds()), round(Rounds(), 3), round(2.567, ndigits=1), round(number=3.7))
show(round, float("inf"))
show(round, float("nan"))
show(round, "x")
show(round, "x", 1)
show(round, 2.5, "x")
show(round)
show(round, 1, 2, 3)
show(round, 1.5, digits=1)
show(round, 1.5, 1, ndigits=2)
show(round, ndigits=2)

print("-- next of a list's iterator")
items = [5, 6]
it = iter(items)
print(next(it), next(it), next(it, "done"), next(it, None))
show(next, it)
items = [1, 2, 3]
it = iter(items)
print(next(it))
items.insert(0, 0)
print(next(it), next(it))
items[3] = "changed"
print(next(it), next(it, "end"))
it = iter([[1], (2,), "s"])
print(next(it), next(it), next(it))
print(next(iter([]), "empty"))
show(next, iter([]))

# expect: -- callable
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
# expect: False
# expect: False
# expect: False
# expect: False
# expect: True
# expect: TypeError callable() takes exactly one argument (0 given)
# expect: TypeError callable() takes exactly one argument (2 given)
# expect: TypeError callable() takes no keyword arguments
# expect: -- iter and next
# expect: 1 2 end None
# expect: StopIteration 
# expect: StopIteration 
# expect: 'a'
# expect: 1
# expect: StopIteration done
# expect: 1 default
# expect: StopIteration args ('done',) done
# expect: TypeError 'list' object is not an iterator
# expect: TypeError 'int' object is not an iterator
# expect: TypeError next expected at least 1 argument, got 0
# expect: TypeError next expected at most 2 arguments, got 3
# expect: TypeError next() takes no keyword arguments
# expect: TypeError 'int' object is not iterable
# expect: TypeError iter(v, w): v must be callable
# expect: TypeError iter expected at least 1 argument, got 0
# expect: TypeError iter() takes no keyword arguments
# expect: ['a', 'b', 'c'] [1, 2]
# expect: [3, 2, 1]
# expect: TypeError iter(v, w): v must be callable
# expect: a ('a', 1) 5
# expect: 7 8 65
# expect: -- hasattr
# expect: True False True True
# expect: True True False
# expect: True False
# expect: ValueError no boom
# expect: False True
# expect: KeyError 'broken'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError hasattr expected 2 arguments, got 1
# expect: TypeError hasattr expected 2 arguments, got 3
# expect: TypeError hasattr() takes no keyword arguments
# expect: True False False
# expect: -- getattr
# expect: S 1 1
# expect: default ABC 0
# expect: AttributeError 'str' object has no attribute 'x'
# expect: AttributeError 'Plain' object has no attribute 'nope'
# expect: AttributeError xyz
# expect: ValueError no boom
# expect: ValueError no boom
# expect: fallback 7
# expect: AttributeError gone away
# expect: KeyError 'broken'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError getattr expected at least 2 arguments, got 1
# expect: TypeError getattr expected at most 3 arguments, got 4
# expect: TypeError getattr() takes no keyword arguments
# expect: 3 0.0 None
# expect: -- divmod
# expect: (3, 1)
# expect: (-4, 1)
# expect: (-4, -1)
# expect: (3.0, 1.5)
# expect: (-4.0, 0.5)
# expect: (2.0, 2.0)
# expect: (393530540239137101141, 1)
# expect: (-168655945816773043347, 5)
# expect: (0, 5)
# expect: (0, 1)
# expect: (0, 0)
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ZeroDivisionError float divmod()
# expect: ZeroDivisionError integer division or modulo by zero
# expect: TypeError unsupported operand type(s) for divmod(): 'str' and 'int'
# expect: TypeError unsupported operand type(s) for divmod(): 'int' and 'str'
# expect: TypeError divmod expected 2 arguments, got 1
# expect: TypeError divmod expected 2 arguments, got 3
# expect: TypeError divmod() takes no keyword arguments
# expect: -- round
# expect: 2
# expect: 4
# expect: -2
# expect: 2.67
# expect: 1200.0
# expect: 7
# expect: 7
# expect: 1200
# expect: 1200
# expect: 1400
# expect: 1
# expect: 2
# expect: 7
# expect: 0
# expect: 1e+300
# expect: 1180591620717411303000
# expect: -2
# expect: ('rounded', None) ('rounded', 3) 2.6 4
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: TypeError type str doesn't define __round__ method
# expect: TypeError type str doesn't define __round__ method
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError round() missing required argument 'number' (pos 1)
# expect: TypeError round() takes at most 2 arguments (3 given)
# expect: TypeError 'digits' is an invalid keyword argument for round()
# expect: TypeError round() takes at most 2 arguments (3 given)
# expect: TypeError round() missing required argument 'number' (pos 1)
# expect: -- next of a list's iterator
# expect: 5 6 done None
# expect: StopIteration 
# expect: 1
# expect: 1 2
# expect: changed end
# expect: [1] (2,) s
# expect: empty
# expect: StopIteration 
