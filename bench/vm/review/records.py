# list/dict/str: parse CSV-like records, group, aggregate, format a report
import random
random.seed(7)
cities = ["Oslo", "Lima", "Pune", "Kyiv", "Rome", "Lyon", "Baku"]
lines = []
for i in range(30000):
    lines.append(f"{i},{random.choice(cities)},{random.randint(1, 500)},{random.random()*100:.3f}")
text = "\n".join(lines)

by_city = {}
for line in text.split("\n"):
    idn, city, qty, price = line.split(",")
    rec = (int(idn), int(qty), float(price))
    by_city.setdefault(city, []).append(rec)

report = []
for city in sorted(by_city):
    recs = by_city[city]
    qty = sum(r[1] for r in recs)
    rev = sum(r[1] * r[2] for r in recs)
    best = max(recs, key=lambda r: r[1] * r[2])
    report.append("{:<6}|{:>7}|{:>14.2f}|{:>6}".format(city, qty, rev, best[0]))
print("\n".join(report))
words = text.replace(",", " ").split()
print(len(words), len(set(words)))
