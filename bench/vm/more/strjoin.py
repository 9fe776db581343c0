# A text table: str() of mixed values, ljust, join of a generator over zip, max over a generator,
# count.
def render(rows):
    lines = []
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        lines.append(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return "\n".join(lines)
def main(n):
    rows = [(i, "name%d" % i, i * 1.5, "x" * (i % 5)) for i in range(30)]
    total = 0
    for _ in range(n):
        out = render(rows)
        total += len(out) + out.count("|")
    return total
print(main(400))
