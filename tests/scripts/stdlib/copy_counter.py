# copy.copy/deepcopy (containers, instances, cycles, shared references, __deepcopy__, the
# collections classes) and Counter's in-place operators (+=, -=, |=, &= keep the Counter's identity).
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(b, c)
class P:
    def __init__(self, x, ys): self.x = x; self.ys = ys
    def __repr__(self): return f"P({self.x}, {self.ys})"
p = P(1, [1, 2]); q = copy.copy(p); r = copy.deepcopy(p); p.ys.append(3); p.x = 5
print(p, q, r, q.ys is p.ys, r.ys is p.ys)
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
cyc.pop(); d.pop()  # the cycles broken: gilvm has no cycle collector, and the leak checker would see them
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
import collections
cnt = collections.Counter("aab"); cc = copy.deepcopy(cnt); cnt['a'] += 5; print(cnt, cc)
dd = collections.defaultdict(list); dd['x'].append(1); d2 = copy.deepcopy(dd); d2['x'].append(2); print(dd, d2)
class WithCopy:
    def __init__(self): self.v = [1]
    def __deepcopy__(self, memo): print("custom deepcopy"); return WithCopy()
copy.deepcopy([WithCopy()])
print(copy.copy({1, 2}), copy.copy(frozenset({1})), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(len))
c = collections.Counter("xyz"); c2 = c; c += collections.Counter("xx"); print(c, c is c2)
c -= collections.Counter("y"); print(c); c |= collections.Counter("zzz"); print(c); c &= collections.Counter("xz"); print(c)

# expect: [1, [2, 3, 9], {'k': [4, 8]}] [1, [2, 3], {'k': [4]}]
# expect: P(5, [1, 2, 3]) P(1, [1, 2, 3]) P(1, [1, 2]) True False
# expect: True True
# expect: True True
# expect: True
# expect: Counter({'a': 7, 'b': 1}) Counter({'a': 2, 'b': 1})
# expect: defaultdict(<class 'list'>, {'x': [1]}) defaultdict(<class 'list'>, {'x': [1, 2]})
# expect: custom deepcopy
# expect: {1, 2} frozenset({1}) s None <built-in function len>
# expect: Counter({'x': 3, 'y': 1, 'z': 1}) True
# expect: Counter({'x': 3, 'z': 1})
# expect: Counter({'x': 3, 'z': 3})
# expect: Counter({'x': 1, 'z': 1})
