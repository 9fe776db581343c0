# Keys all instances of one class compare as CPython's unsafe_object_compare does: __lt__, and
# only when it returns NotImplemented the whole comparison (__lt__ again, then __gt__).
calls = []
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return NotImplemented
    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return self.v > other.v
r = sorted([A(2), A(1), A(3)])
print([a.v for a in r], calls)
calls.clear()
class B(A): pass
r = sorted([A(2), B(1), A(3)])
print([a.v for a in r], calls)
# Only __gt__: the reflected method answers.
calls.clear()
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return self.v > other.v
print([g.v for g in sorted([G(2), G(3), G(1)])], calls)
# Neither answers: TypeError after __lt__ twice and __gt__ once.
calls.clear()
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return NotImplemented
    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return NotImplemented
try:
    sorted([N(1), N(2)])
except TypeError as e:
    print("TypeError", e, calls)
# By key: the keys' class decides, and __lt__ answering sometimes.
calls.clear()
class H:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return NotImplemented if self.v % 2 else self.v < other.v
    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return self.v > other.v
print(sorted([5, 2, 7, 4, 1, 6], key=H), len(calls), calls[:8])

# expect: [1, 2, 3] [('lt', 1, 2), ('lt', 1, 2), ('gt', 2, 1), ('lt', 3, 1), ('lt', 3, 1), ('gt', 1, 3), ('lt', 3, 2), ('lt', 3, 2), ('gt', 2, 3)]
# expect: [1, 2, 3] [('lt', 1, 2), ('gt', 2, 1), ('gt', 1, 3), ('lt', 3, 2), ('gt', 2, 3)]
# expect: [1, 2, 3] [('gt', 2, 3), ('gt', 3, 1), ('gt', 3, 1), ('gt', 2, 1)]
# expect: TypeError '<' not supported between instances of 'N' and 'N' [('lt', 2, 1), ('lt', 2, 1), ('gt', 1, 2)]
# expect: [1, 2, 4, 5, 6, 7] 21 [('lt', 2, 5), ('lt', 7, 2), ('lt', 7, 2), ('gt', 2, 7), ('lt', 7, 5), ('lt', 7, 5), ('gt', 5, 7), ('lt', 4, 5)]
