# Text building: f-strings with a width, join, splitlines, split, int(), endswith, count.
def main(n):
    rows = []
    for i in range(n):
        name = f"item{i:05d}"
        rows.append(f"{name}:{i * 3 % 17}:{'x' * (i % 4)}")
    text = "\n".join(rows)
    total = 0
    for line in text.splitlines():
        k, v, pad = line.split(":")
        total += int(v) + len(pad) + (1 if k.endswith("7") else 0)
    return total, len(text), text.count("item0")
print(main(20000))
