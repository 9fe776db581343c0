# s.update(l) and set(l) over a list's items as they lie: a str or int item, added where no key can
# run a script (no reference is taken for it), and one added next to a key whose __eq__ empties
# the list being read, which frees that item while it is compared (a reference is then held).
words = ("alpha beta gamma delta " * 3).split()
s = set(words)
s.update([w.upper() for w in words], (1, 2, 2.0, None, True))
print(sorted(map(repr, s)), len(s))

class Clearer:
    def __init__(self, text, items):
        self.text, self.items = text, items

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        self.items.clear()  # the list held the only reference to `other`
        return False

items = ["".join(["sh", "ared"]), "".join(["ot", "her"])]
target = {Clearer("shared", items)}
target.update(items)
print(len(target), sorted(k for k in target if isinstance(k, str)), items)
for k in target:
    if isinstance(k, Clearer):
        k.items = None  # (no cycle left at exit)
fresh = set(str(i) for i in range(50))
fresh.update([str(i) for i in range(25, 75)])
print(len(fresh), "49" in fresh, "74" in fresh, "75" in fresh)

# expect: ["'ALPHA'", "'BETA'", "'DELTA'", "'GAMMA'", "'alpha'", "'beta'", "'delta'", "'gamma'", '1', '2', 'None'] 11
# expect: 2 ['shared'] []
# expect: 75 True True False
