# Lists and tuples ordered by their first items that differ: ints and strs compared in line, a
# script instance's own __lt__/__le__/__gt__/__ge__ (reflected when missing), the operator named in
# the TypeError. Every expectation is CPython 3.11's output.

class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V(%d)" % self.v

class Both(V):
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v

def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError", e)

attempt("lt", lambda: (1, V(1)) < (1, V(2)))
attempt("list lt", lambda: [V(1)] < [V(0)])
attempt("max", lambda: max([(2, V(1)), (2, V(5))]))
attempt("gt reflected", lambda: (V(1),) > (V(2),))
attempt("le missing", lambda: (V(1),) <= (V(2),))
attempt("both", lambda: [(Both(1),) <= (Both(1),), (Both(2),) >= (Both(3),), (Both(4), 1) > (Both(3), 9)])
attempt("sorted", lambda: sorted([(1, V(3)), (1, V(1)), (0, V(9)), (1, V(2))]))
attempt("strs", lambda: sorted([("b", 2), ("a", 3), ("b", 1), ("ab", 0), ("é", 1), ("z", -1), ("", 5)]))
attempt("mixed", lambda: [(1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (2.5, 1) > (2, 9), [1, [2, 3]] < [1, [2, 4]]])
attempt("ints", lambda: [(-1, 5) < (0,), (2**70, 1) < (2**70, 2), (True, 0) < (1, 1), (1.0, "x") == (1, "x")])
attempt("nan", lambda: [(float("nan"),) < (1,), (1, float("nan")) <= (1, 2)])
attempt("bad lt", lambda: (1, "a") < (1, 2))
attempt("bad le", lambda: (1, "a") <= (1, 2))
attempt("bad ge list", lambda: [None] >= [1])
attempt("sort key", lambda: sorted([(3, "c"), (1, "b"), (3, "a"), (2, "z")], key=lambda p: (-p[0], p[1])))
# expect: lt True
# expect: list lt False
# expect: max (2, V(5))
# expect: gt reflected False
# expect: le missing TypeError '<=' not supported between instances of 'V' and 'V'
# expect: both [True, False, True]
# expect: sorted [(0, V(9)), (1, V(1)), (1, V(2)), (1, V(3))]
# expect: strs [('', 5), ('a', 3), ('ab', 0), ('b', 1), ('b', 2), ('z', -1), ('é', 1)]
# expect: mixed [True, True, True, True]
# expect: ints [True, True, True, True]
# expect: nan [False, False]
# expect: bad lt TypeError '<' not supported between instances of 'str' and 'int'
# expect: bad le TypeError '<=' not supported between instances of 'str' and 'int'
# expect: bad ge list TypeError '>=' not supported between instances of 'NoneType' and 'int'
# expect: sort key [(3, 'a'), (3, 'c'), (2, 'z'), (1, 'b')]
