# Strings: f-strings, %-formatting, str.format, split, join, replace, upper, concatenation.
def main(n):
    total = 0
    parts = []
    for i in range(n):
        line = f"item {i}: {i * 3} units, {i % 7}"
        words = line.split()
        total += len(words[1]) + len(" ".join(words))
        s = "%s-%d" % (words[0], i)
        t = "{}/{}".format(s, i & 15)
        total += len(t.upper()) + len(t.replace("-", "+"))
        if i % 100 == 0:
            parts.append(s)
    return total + len(",".join(parts))


print(main(250000))
