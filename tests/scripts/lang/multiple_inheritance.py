# Multiple inheritance: the C3 MRO as CPython computes it, super() through it (cooperative
# __init__ with **kwargs), mixins on plain classes, exceptions and threading.Thread.
import threading


class A:
    def hello(self):
        return "A"

    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def hello(self):
        return "C"

    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print([k.__name__ for k in D.__mro__])  # expect: ['D', 'B', 'C', 'A', 'object']
print(D().hello(), D().who())  # expect: C ['D', 'B', 'C', 'A']
print(D.__bases__ == (B, C), D.__base__ is B)  # expect: True True
print(issubclass(D, C), isinstance(D(), A), issubclass(C, B))  # expect: True True False
print(super(B, D()).hello())  # expect: C


# The classic example of CPython's documentation of C3.
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print(" ".join(k.__name__ for k in Aa.__mro__))  # expect: Aa Bb Cc Dd E F O object


# Cooperative __init__: each class takes its keywords and passes the rest on.
class Named:
    def __init__(self, name="?", **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Counted:
    instances = 0

    def __init__(self, start=0, **kwargs):
        self.count = start
        Counted.instances += 1
        super().__init__(**kwargs)


class LogMixin:
    def log(self, message):
        print(f"[{type(self).__name__}:{self.name}] {message}")


class Job(LogMixin, Named, Counted):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log(f"count starts at {self.count}")


Job(name="fib", start=5)  # expect: [Job:fib] count starts at 5
print(Counted.instances, [k.__name__ for k in Job.__mro__])  # expect: 1 ['Job', 'LogMixin', 'Named', 'Counted', 'object']


# A mixin on an exception class: `except ValueError` still catches it.
class Tagged:
    def __init__(self, *args, tag="-", **kwargs):
        self.tag = tag
        super().__init__(*args, **kwargs)


class ConfigError(Tagged, ValueError):
    pass


try:
    raise ConfigError("bad interval", tag="cfg")
except ValueError as e:
    print(type(e).__name__, e.tag, e, e.args)  # expect: ConfigError cfg bad interval ('bad interval',)
print([k.__name__ for k in ConfigError.__mro__])  # expect: ['ConfigError', 'Tagged', 'ValueError', 'Exception', 'BaseException', 'object']
print(issubclass(ConfigError, Tagged), issubclass(ConfigError, Exception))  # expect: True True


# A mixin on threading.Thread, as tutorials write worker threads.
class Reporter:
    def report(self):
        print(f"{self.name} done: {self.total}")


class SumThread(Reporter, threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sum-{n}")
        self.n = n

    def run(self):
        self.total = sum(range(self.n))


t = SumThread(10)
t.start()
t.join()
t.report()  # expect: sum-10 done: 45
print(isinstance(t, threading.Thread), [k.__name__ for k in SumThread.__mro__])  # expect: True ['SumThread', 'Reporter', 'Thread', 'object']


# classmethods and staticmethods through the MRO.
class Make:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def version():
        return 3


class Made(Make, A):
    @classmethod
    def make(cls):
        return "Made+" + super().make()


print(Made.make(), Made().hello(), Made.version())  # expect: Made+Made A 3
