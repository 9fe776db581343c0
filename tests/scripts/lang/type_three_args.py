# type(name, bases, dict) makes a class as a class statement does; metaclass=type is accepted.
def greet(self):
    return f"hi from {self.name}"


Base = type("Base", (), {"name": "base", "greet": greet})
Child = type("Child", (Base,), {"name": "child", "extra": 1})
print(Base, Child.__name__, Child.__bases__ == (Base,))  # expect: <class '__main__.Base'> Child True
print(Child().greet(), Base().greet(), Child.extra, isinstance(Child(), Base))  # expect: hi from child hi from base 1 True
namespace = {"x": 1}
Made = type("Made", (), namespace)
namespace["x"] = 2
print(Made.x)  # expect: 1
Error = type("AppError", (ValueError,), {})
try:
    raise Error("typed")
except ValueError as e:
    print(type(e).__name__, e)  # expect: AppError typed


class Plain(Base, metaclass=type):
    pass


print(Plain().greet(), type(Plain()) is Plain)  # expect: hi from base True
for args in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
# expect: type.__new__() argument 1 must be str, not int
# expect: type.__new__() argument 2 must be tuple, not list
# expect: type.__new__() argument 3 must be dict, not list
try:
    type("X", ())
except TypeError as e:
    print(e)  # expect: type() takes 1 or 3 arguments
