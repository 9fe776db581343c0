# String formatting: `%`, str.format with a spec, f-strings with `:x` `:.3f` `!r`, join, upper,
# replace, lower, strip, split, find.
def main(n):
    t = 0
    for i in range(n):
        a = "%d-%s-%5.2f" % (i, "x", i / 3)
        b = "{}:{:>6}".format(i, "ab")
        c = f"{i:x}|{i/7:.3f}|{str(i)!r}"
        d = "-".join([a, b, c]).upper().replace("-", "+")
        e = d.lower().strip().split("+")
        t += len(a) + len(b) + len(c) + len(d) + len(e)
        if d.startswith("1"):
            t += 1
        t += d.find("X")
    return t
print(main(20000))
