# Sorts of many tuple keys whose second item is a str or an int: strs of 6 to 9 bytes sharing
# prefixes (their first 7 bytes decide, or not), NUL bytes, non-ASCII text, big ints, reverse.
import random
rng = random.Random(7)
stems = ["abcdefg", "abcdef", "abcdefgh", "abcdefgi", "abc\0", "abc", "\u00e9t\u00e9", "zz", ""]
words = [rng.choice(stems) + rng.choice(["", "x", "\0", "yy", "\u4e2d"]) for _ in range(400)]
nums = [rng.randint(-3, 3) * (10 ** rng.choice([0, 1, 18, 30])) for _ in range(400)]
def check(keys, **kw):
    order = sorted(range(len(keys)), key=lambda i: keys[i], **kw)
    print(sum(i * p for i, p in enumerate(order)), order[:12], order[-5:])
check([(n % 5, w) for n, w in zip(nums, words)])
check([(w[:2], w) for w in words], reverse=True)
check([(w[:1], n) for n, w in zip(nums, words)])
check([(n % 3, -n) for n in nums])
check([(float(n % 4), w) for n, w in zip(nums, words)], reverse=True)
check([("k", w, n) for n, w in zip(nums, words)])
pairs = sorted(zip(words, nums), key=lambda p: (p[0], -p[1]))
print(pairs[:6], pairs[-3:])
# A comparison that raises in the merge: the exception comes out, the list keeps its items.
class Key:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        Key.calls += 1
        if Key.calls == LIMIT: raise ValueError("stop at %d" % LIMIT)
        return self.v < other.v
items = [rng.randint(0, 50) for _ in range(300)]
for LIMIT in list(range(5, 1200, 140)) + [10 ** 6]:
    Key.calls = 0
    data = list(items)
    try:
        data.sort(key=lambda v: (v % 7, Key(v)))
        print("sorted", data == sorted(items, key=lambda v: (v % 7, v)))
    except ValueError as e:
        print(e, sorted(data) == sorted(items))

# expect: 16120598 [99, 102, 168, 294, 377, 59, 71, 103, 259, 311, 323, 325] [359, 374, 136, 276, 63]
# expect: 16056465 [73, 108, 153, 161, 171, 174, 201, 211, 282, 353, 388, 192] [102, 168, 294, 295, 377]
# expect: 16375444 [168, 99, 294, 295, 377, 102, 311, 325, 71, 323, 259, 105] [388, 174, 161, 211, 282]
# expect: 16186801 [3, 68, 91, 135, 196, 218, 223, 240, 254, 346, 364, 399] [269, 318, 356, 361, 367]
# expect: 15897438 [174, 63, 276, 136, 150, 359, 374, 222, 0, 101, 109, 387] [325, 99, 168, 294, 377]
# expect: 15918631 [168, 99, 294, 295, 377, 102, 311, 325, 71, 323, 259, 105] [388, 174, 161, 211, 282]
# expect: [('', 10), ('', 0), ('', -3), ('', -20), ('', -1000000000000000000), ('', -3000000000000000000)] [('中', -30), ('中', -2000000000000000000), ('中', -2000000000000000000)]
# expect: stop at 5 True
# expect: stop at 145 True
# expect: stop at 285 True
# expect: stop at 425 True
# expect: stop at 565 True
# expect: stop at 705 True
# expect: stop at 845 True
# expect: stop at 985 True
# expect: stop at 1125 True
# expect: sorted True
