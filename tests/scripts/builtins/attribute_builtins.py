# delattr(object, name) deletes as `del object.name` does (instance attributes, slots, class
# attributes, properties with a deleter); getattr/hasattr/setattr/delattr raise CPython's errors.
class P:
    kind = "p"

    def __init__(self):
        self.a = 1
        self.b = 2

    @property
    def c(self):
        return "c"

    @c.deleter
    def c(self):
        print("deleting c")


class S:
    __slots__ = ("x",)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


p = P()
attempt("del a", lambda: delattr(p, "a"))
attempt("a gone", lambda: p.a)
attempt("b kept", lambda: p.b)
attempt("del a again", lambda: delattr(p, "a"))
attempt("del c", lambda: delattr(p, "c"))
attempt("del kind on instance", lambda: delattr(p, "kind"))
attempt("del kind on class", lambda: delattr(P, "kind"))
attempt("kind gone", lambda: P.kind)
name = "".join(["b"])
attempt("del built name", lambda: delattr(p, name))
attempt("b gone", lambda: hasattr(p, "b"))
s = S()
attempt("del unset slot", lambda: delattr(s, "x"))
s.x = 5
attempt("del slot", lambda: delattr(s, "x"))
attempt("slot gone", lambda: hasattr(s, "x"))
attempt("non-str name", lambda: delattr(p, 5))
attempt("missing name", lambda: delattr(p, "zz"))
for i in range(3):
    p.a = i
    delattr(p, "a")
    attempt("loop %d" % i, lambda: hasattr(p, "a"))


for f in (lambda: getattr(p, 5), lambda: hasattr(p, 5), lambda: setattr(p, 5, 1), lambda: delattr(p, 5),
          lambda: getattr(p), lambda: hasattr(p), lambda: getattr(p, "a", 1, 2), lambda: delattr(p),
          lambda: setattr(p, "a"), lambda: range(), lambda: range(1, 2, 3, 4)):
    attempt("arguments", f)
# expect: del a None
# expect: a gone AttributeError: 'P' object has no attribute 'a'
# expect: b kept 2
# expect: del a again AttributeError: 'P' object has no attribute 'a'
# expect: deleting c
# expect: del c None
# expect: del kind on instance AttributeError: 'P' object has no attribute 'kind'
# expect: del kind on class None
# expect: kind gone AttributeError: type object 'P' has no attribute 'kind'
# expect: del built name None
# expect: b gone False
# expect: del unset slot AttributeError: x
# expect: del slot None
# expect: slot gone False
# expect: non-str name TypeError: attribute name must be string, not 'int'
# expect: missing name AttributeError: 'P' object has no attribute 'zz'
# expect: loop 0 False
# expect: loop 1 False
# expect: loop 2 False
# expect: arguments TypeError: attribute name must be string, not 'int'
# expect: arguments TypeError: attribute name must be string, not 'int'
# expect: arguments TypeError: attribute name must be string, not 'int'
# expect: arguments TypeError: attribute name must be string, not 'int'
# expect: arguments TypeError: getattr expected at least 2 arguments, got 1
# expect: arguments TypeError: hasattr expected 2 arguments, got 1
# expect: arguments TypeError: getattr expected at most 3 arguments, got 4
# expect: arguments TypeError: delattr expected 2 arguments, got 1
# expect: arguments TypeError: setattr expected 3 arguments, got 2
# expect: arguments TypeError: range expected at least 1 argument, got 0
# expect: arguments TypeError: range expected at most 3 arguments, got 4
