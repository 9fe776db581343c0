# dict.get() of strs made just now (split, lowered, stripped, joined: no hash yet), found by
# their text among keys that are other objects.
TEXT = "The cat and the hat. THE END, the end; Ünïcode ünïcode ÜNÏCODE 日本 日本"
counts = {}
for line in [TEXT] * 3:
    for word in line.split():
        w = word.strip(".,;").lower()
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
d = {"ab": 1, "é": 2, "": 3, "x" * 40: 4, 5: "five"}
for key in ["a" + "b", "".join(["a", "b"]), "É".lower(), "".strip(), "x" * 40, "y" * 40, "ab".upper(),
            "%s" % "ab", f"{'a'}b", "abc"[:2], str(5), "".join([])]:
    print(repr(key), d.get(key), d.get(key, "default"), key in d)
print(d.get(5), d.get(5.0), d.get(True), d.get((1, 2), "t"))
try:
    d.get([])
except TypeError as e:
    print("TypeError:", e)
hits = {}
for i in range(300):
    k = "k%d" % (i % 7)
    hits[k] = hits.get(k, 0) + 1
print(sorted(hits.items()))

# expect: [('and', 3), ('cat', 3), ('end', 6), ('hat', 3), ('the', 12), ('ünïcode', 9), ('日本', 6)]
# expect: 'ab' 1 1 True
# expect: 'ab' 1 1 True
# expect: 'é' 2 2 True
# expect: '' 3 3 True
# expect: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' 4 4 True
# expect: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' None default False
# expect: 'AB' None default False
# expect: 'ab' 1 1 True
# expect: 'ab' 1 1 True
# expect: 'ab' 1 1 True
# expect: '5' None default False
# expect: '' 3 3 True
# expect: five five None t
# expect: TypeError: unhashable type: 'list'
# expect: [('k0', 43), ('k1', 43), ('k2', 43), ('k3', 43), ('k4', 43), ('k5', 43), ('k6', 42)]
