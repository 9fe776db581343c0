# %-formats the plain path refuses (a spec, %%, %x, %r, a lone %) and plain ones, alternating at one site:
# a refused format remembered per thread never changes a result.
fmts = ["%d-%s", "%5.2f|%s", "%d%%", "100%%", "%s", "%x", "%i/%u", "%r"]
vals = [(3, "a"), (2.5, "b"), (7,), (), ("z",), (255,), (4, 5), ("q",)]
for r in range(3):
    for f, v in zip(fmts, vals):
        print(f % v, end=" ")
    print()
for s in ["%d" % i + ("%s" % "x") for i in range(3)]:
    print(s, end=" ")
print()
for f in ["%", "abc %", "%d %"]:
    try:
        print(f % 1)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("%s-%d" % ("a", True), "%d" % 2**70, "%s" % 1.5)

# expect: 3-a  2.50|b 7% 100% z ff 4/5 'q' 
# expect: 3-a  2.50|b 7% 100% z ff 4/5 'q' 
# expect: 3-a  2.50|b 7% 100% z ff 4/5 'q' 
# expect: 0x 1x 2x 
# expect: ValueError incomplete format
# expect: ValueError incomplete format
# expect: ValueError incomplete format
# expect: a-1 1180591620717411303424 1.5
