# strings/dicts: word statistics with Counter, lower, strip, sorted by value
from collections import Counter, defaultdict
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us""" * 200
words = [w.strip(".,;:!?").lower() for w in text.split()]
c = Counter(words)
print(c.most_common(5))
by_len = defaultdict(list)
for w in set(words):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    by_len[k].sort()
print([(k, by_len[k][:3]) for k in sorted(by_len)][:6])
caps = sum(1 for w in text.split() if w[0].isupper())
print(caps, len(text), text.count("it was"), text.find("despair"))
lines = text.splitlines()
print(len(lines), max(len(l) for l in lines))
freq = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
print(freq[:4])
acr = "".join(w[0].upper() for w in words[:40])
print(acr)
