# A merge into a set that has keys already adds them one by one: a key's __eq__ that raises
# stops it, the exception propagates, and no reference is kept to the keys not reached (the
# free-threaded copy of the other set's table included).
# args: --gil newgil
# args: --gil nogil
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("boom")

for make in (lambda: {Boom(), 2, 3, "x", (4, 5)}, lambda: frozenset([Boom(), 7, "y"])):
    for op in ("|=", "update", "|", "union"):
        s = {Boom(), 5}
        t = make()
        try:
            if op == "|=":
                s |= t
            elif op == "update":
                s.update(t)
            elif op == "|":
                s = s | t
            else:
                s = s.union(t)
            print(op, "no error", len(s))
        except ValueError as exc:
            print(op, "ValueError", exc, len(s) >= 2)

# expect: |= ValueError boom True
# expect: update ValueError boom True
# expect: | ValueError boom True
# expect: union ValueError boom True
# expect: |= ValueError boom True
# expect: update ValueError boom True
# expect: | ValueError boom True
# expect: union ValueError boom True
