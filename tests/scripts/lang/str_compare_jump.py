# `if x <op> "constant"` of a local str (the fused compare-and-jump): the same interned str, an
# equal one made at run time, and different ones, under each of the six comparisons.
def compare(x):
    out = []
    if x == "push":
        out.append("eq")
    if x != "push":
        out.append("ne")
    if x < "push":
        out.append("lt")
    if x <= "push":
        out.append("le")
    if x > "push":
        out.append("gt")
    if x >= "push":
        out.append("ge")
    return " ".join(out)
made = "".join(["pu", "sh"])
for x in ("push", made, "pusH", "pushed", "pop", "", "q"):
    print(repr(x), compare(x), x is made)

# expect: 'push' eq le ge False
# expect: 'push' eq le ge True
# expect: 'pusH' ne lt le False
# expect: 'pushed' ne gt ge False
# expect: 'pop' ne lt le False
# expect: '' ne lt le False
# expect: 'q' ne gt ge False
