# Tokenizing a paragraph: splitlines, split, strip of punctuation, lower, dict.get counting,
# sorted items with a key, an f-string join.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope."""
def tokenize(text):
    out = []
    for line in text.splitlines():
        for word in line.split():
            w = word.strip(",.").lower()
            if w:
                out.append(w)
    return out
def main(n):
    freq = {}
    longest = ""
    for _ in range(n):
        for w in tokenize(TEXT):
            freq[w] = freq.get(w, 0) + 1
            if len(w) > len(longest):
                longest = w
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    report = ", ".join(f"{w}={c}" for w, c in top)
    return report, longest, sum(freq.values())
print(main(800))
