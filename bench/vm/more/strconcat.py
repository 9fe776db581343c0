# Building a string with `+=` and `s = s + ...` in a loop, then split.
def main(n):
    out = ""
    for i in range(n):
        out += str(i % 10)
        if i % 100 == 99:
            out += "\n"
    lines = out.split("\n")
    s = ""
    for line in lines[:50]:
        s = s + line[:5] + ","
    return len(out), len(lines), s[:40]
print(main(200000))
