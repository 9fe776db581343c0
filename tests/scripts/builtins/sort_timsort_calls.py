# list.sort and sorted() make CPython 3.11's comparisons in its order (timsort: count_run,
# binary insertion up to minrun, powersort's merges, galloping with min_gallop adapting):
# __lt__ calls counted over many shapes and sizes, and listed in order for small ones.
from functools import cmp_to_key

seed = 12345
def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8

calls = 0
trace = None
class C:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        global calls
        calls += 1
        if trace is not None:
            trace.append((self.v, other.v))
        return self.v < other.v

def shape(kind, n):
    if kind == "random": return [lcg() % 1000 for _ in range(n)]
    if kind == "sorted": return list(range(n))
    if kind == "reversed": return list(range(n, 0, -1))
    if kind == "revdups": return [(n - i) // 3 for i in range(n)]
    if kind == "sawtooth": return [i % 50 for i in range(n)]
    if kind == "few": return [lcg() % 3 for _ in range(n)]
    if kind == "equal": return [7] * n
    if kind == "organ": return [min(i, n - i) for i in range(n)]
    if kind == "almost":
        d = list(range(n))
        for _ in range(n // 20 + 1):
            if n > 1:
                a, b = lcg() % n, lcg() % n
                d[a], d[b] = d[b], d[a]
        return d
    if kind == "runs":  # ascending runs of random lengths
        d = []
        while len(d) < n:
            start, k = lcg() % 1000, lcg() % 150 + 1
            d.extend(range(start, start + k))
        return d[:n]
    if kind == "descruns":  # strictly descending runs of random lengths
        d = []
        while len(d) < n:
            start, k = lcg() % 1000, lcg() % 150 + 1
            d.extend(range(start + k, start, -1))
        return d[:n]
    if kind == "galloping":  # two interleaved blocks: merges gallop
        h = n // 2
        return [i if (i // 37) % 2 else i + h for i in range(n)]

def checksum(objs):
    total = 0
    for k, o in enumerate(objs):
        total = (total * 31 + o.i + 1) % 1000000007
    return total

kinds = ["random", "sorted", "reversed", "revdups", "sawtooth", "few", "equal", "organ",
         "almost", "runs", "descruns", "galloping"]
for n in (0, 1, 2, 3, 63, 64, 65, 100, 1000, 5000):
    row = []
    for kind in kinds:
        data = shape(kind, n)
        objs = [C(v, i) for i, v in enumerate(data)]
        calls = 0
        a = sorted(objs)
        c1 = calls
        calls = 0
        b = sorted(objs, reverse=True)
        c2 = calls
        calls = 0
        objs.sort(key=lambda o: C(-o.v, o.i))
        c3 = calls
        ok = [o.v for o in a] == sorted(data) and [o.v for o in b] == sorted(data, reverse=True)
        row.append("%s:%d/%d/%d:%d:%d:%d%s" % (kind, c1, c2, c3, checksum(a), checksum(b),
                                            checksum(objs), "" if ok else "!"))
    print(n, " ".join(row))

# A larger random sort: many merges, min_gallop moving up and down.
objs = [C(lcg() % 20000, i) for i in range(20000)]
calls = 0
objs.sort()
print("20000 random", calls, checksum(objs))
objs = [C(lcg() % 40, i) for i in range(20000)]
calls = 0
objs.sort(reverse=True)
print("20000 few", calls, checksum(objs))

# The calls in order for small lists.
for data in ([], [1], [2, 1], [1, 2], [1, 1], [3, 1, 2], [1, 3, 2], [3, 2, 1], [2, 2, 1],
             [1, 2, 3, 4], [4, 3, 2, 1, 5], [5, 1, 4, 2, 3], [2, 1, 2, 1, 2, 1],
             [9, 3, 7, 1, 8, 2, 6, 4, 5, 0]):
    trace = []
    r = sorted([C(v, i) for i, v in enumerate(data)])
    t1 = trace
    trace = []
    r2 = sorted([C(v, i) for i, v in enumerate(data)], reverse=True)
    print(data, len(t1), t1, len(trace), trace, [o.i for o in r], [o.i for o in r2])
    trace = None

# cmp_to_key: the comparator's calls, counted and listed.
cmps = []
def cmp(a, b):
    cmps.append((a, b))
    return (a > b) - (a < b)
for data in ([3, 1, 2], [5, 4, 3, 2, 1, 0], [1, 5, 2, 4, 3, 3, 4, 2, 5, 1]):
    cmps = []
    print(sorted(data, key=cmp_to_key(cmp)), cmps)
for n in (100, 1000):
    data = [lcg() % 100 for _ in range(n)]
    cmps = []
    r = sorted(data, key=cmp_to_key(cmp))
    print(n, r == sorted(data), len(cmps))
    cmps = []
    r = sorted(data, key=cmp_to_key(cmp), reverse=True)
    print(n, r == sorted(data, reverse=True), len(cmps))

# An inconsistent comparator (answers from an LCG): the result depends on every step of the
# algorithm, galloping included.
for n in (10, 64, 65, 300, 3000):
    seed = 777 + n
    def coin(a, b):
        return lcg() % 3 - 1
    r = sorted(range(n), key=cmp_to_key(coin))
    t = 0
    for x in r:
        t = (t * 131 + x + 1) % 1000000007
    print("inconsistent", n, t, sorted(r) == list(range(n)))
    seed = 99 + n
    class Flaky:
        def __init__(self, v): self.v = v
        def __lt__(self, other): return lcg() % 2 == 0
    r = [f.v for f in sorted(Flaky(i) for i in range(n))]
    t = 0
    for x in r:
        t = (t * 131 + x + 1) % 1000000007
    print("flaky", n, t)

# Stability: equal keys keep their order, forwards and reversed.
objs = [C(lcg() % 5, i) for i in range(200)]
a = sorted(objs)
b = sorted(objs, reverse=True)
print(all(a[k].v < a[k + 1].v or (a[k].v == a[k + 1].v and a[k].i < a[k + 1].i) for k in range(199)))
print(all(b[k].v > b[k + 1].v or (b[k].v == b[k + 1].v and b[k].i < b[k + 1].i) for k in range(199)))

# expect: 0 random:0/0/0:0:0:0 sorted:0/0/0:0:0:0 reversed:0/0/0:0:0:0 revdups:0/0/0:0:0:0 sawtooth:0/0/0:0:0:0 few:0/0/0:0:0:0 equal:0/0/0:0:0:0 organ:0/0/0:0:0:0 almost:0/0/0:0:0:0 runs:0/0/0:0:0:0 descruns:0/0/0:0:0:0 galloping:0/0/0:0:0:0
# expect: 1 random:0/0/0:1:1:1 sorted:0/0/0:1:1:1 reversed:0/0/0:1:1:1 revdups:0/0/0:1:1:1 sawtooth:0/0/0:1:1:1 few:0/0/0:1:1:1 equal:0/0/0:1:1:1 organ:0/0/0:1:1:1 almost:0/0/0:1:1:1 runs:0/0/0:1:1:1 descruns:0/0/0:1:1:1 galloping:0/0/0:1:1:1
# expect: 2 random:1/1/1:63:33:33 sorted:1/1/1:33:63:63 reversed:1/1/1:63:33:33 revdups:1/1/1:33:33:33 sawtooth:1/1/1:33:63:63 few:1/1/1:33:33:33 equal:1/1/1:33:33:33 organ:1/1/1:33:63:63 almost:1/1/1:63:33:33 runs:1/1/1:33:63:63 descruns:1/1/1:63:33:33 galloping:1/1/1:33:63:63
# expect: 3 random:2/2/2:2946:1026:1026 sorted:2/2/2:1026:2946:2946 reversed:2/2/2:2946:1026:1026 revdups:4/2/2:2016:1026:1026 sawtooth:2/2/2:1026:2946:2946 few:2/4/4:1026:2916:2916 equal:2/2/2:1026:1026:1026 organ:2/4/4:1026:2016:2016 almost:3/4/4:1956:2916:2916 runs:2/2/2:1026:2946:2946 descruns:2/2/2:2946:1026:1026 galloping:2/2/2:1026:2946:2946
# expect: 63 random:293/293/288:267663588:681000884:681000884 sorted:62/62/62:847581057:550987407:550987407 reversed:62/62/62:550987407:847581057:847581057 revdups:308/62/62:272067586:847581057:847581057 sawtooth:128/269/125:991644394:160580501:160580501 few:276/283/283:643788513:282132648:282132648 equal:62/62/62:847581057:847581057:847581057 organ:203/208/207:393145013:675287582:675287582 almost:248/304/259:592650307:617269431:617269431 runs:118/284/117:723842400:669553990:669553990 descruns:62/62/62:550987407:847581057:847581057 galloping:184/231/189:30039863:839471292:839471292
# expect: 64 random:301/299/307:494219722:598661092:598661092 sorted:63/63/63:275012649:508041097:508041097 reversed:63/63/63:508041097:275012649:275012649 revdups:266/63/63:861526679:275012649:275012649 sawtooth:107/165/99:678095876:597897969:597897969 few:281/275/269:132756512:793133236:793133236 equal:63/63/63:275012649:275012649:275012649 organ:127/126/127:227240747:849138787:849138787 almost:264/288/299:635116048:896038145:896038145 runs:63/63/63:275012649:508041097:508041097 descruns:63/63/63:508041097:275012649:275012649 galloping:125/142/125:10916978:475763882:475763882
# expect: 65 random:308/307/312:455786474:462730061:462730061 sorted:64/64/64:525392128:999653381:999653381 reversed:64/64/64:999653381:525392128:525392128 revdups:269/64/64:957705356:525392128:525392128 sawtooth:110/173/101:664104962:261107795:261107795 few:274/272/275:696324684:525104394:525104394 equal:64/64/64:525392128:525392128:525392128 organ:129/128/128:276570380:201743222:201743222 almost:253/261/293:200531206:546923983:546923983 runs:178/74/175:667384982:380906165:380906165 descruns:64/64/64:999653381:525392128:525392128 galloping:127/144/128:367024723:483963381:483963381
# expect: 100 random:534/535/535:128674184:836299312:836299312 sorted:99/99/99:431297244:627755998:627755998 reversed:99/99/99:627755998:431297244:431297244 revdups:472/99/99:481099642:431297244:431297244 sawtooth:198/198/198:152643667:486675707:486675707 few:473/478/464:965990880:841863148:841863148 equal:99/99/99:431297244:431297244:431297244 organ:199/198/199:358098485:832816038:832816038 almost:451/463/519:622590557:460870271:460870271 runs:99/99/99:431297244:627755998:627755998 descruns:99/99/99:627755998:431297244:431297244 galloping:235/176/232:559820810:545214842:545214842
# expect: 1000 random:8616/8646/8649:585743943:27440003:27440003 sorted:999/999/999:436778830:578355825:578355825 reversed:999/999/999:578355825:436778830:436778830 revdups:5141/999/999:480720697:436778830:436778830 sawtooth:7221/7199/7199:182525519:397168930:397168930 few:5290/5302/5350:395937207:353387447:353387447 equal:999/999/999:436778830:436778830:436778830 organ:1999/1998/1999:755943997:136937236:136937236 almost:5652/5994/5902:261427111:625218141:625218141 runs:2548/2566/2559:439004101:463710414:463710414 descruns:2057/2060/2066:98909334:508145204:508145204 galloping:2178/2795/2119:26375510:394411539:394411539
# expect: 5000 random:54963/54891/54900:471452956:57351314:57351314 sorted:4999/4999/4999:861843792:991324403:991324403 reversed:4999/4999/4999:991324403:861843792:861843792 revdups:23281/4999/4999:575164041:861843792:861843792 sawtooth:29819/29819/29819:488181846:911786015:911786015 few:25635/25626/25681:994823947:860164688:860164688 equal:4999/4999/4999:861843792:861843792:861843792 organ:9999/9998/9999:524804371:944616033:944616033 almost:26324/27640/27749:779004141:416157603:416157603 runs:19852/19916/19830:254605068:708901497:708901497 descruns:20191/20197/20214:682310680:121566735:121566735 galloping:9920/9623/9554:450891333:431864185:431864185
# expect: 20000 random 259649 505594563
# expect: 20000 few 183663 49354218
# expect: [] 0 [] 0 [] [] []
# expect: [1] 0 [] 0 [] [0] [0]
# expect: [2, 1] 1 [(1, 2)] 1 [(2, 1)] [1, 0] [0, 1]
# expect: [1, 2] 1 [(2, 1)] 1 [(1, 2)] [0, 1] [1, 0]
# expect: [1, 1] 1 [(1, 1)] 1 [(1, 1)] [0, 1] [0, 1]
# expect: [3, 1, 2] 4 [(1, 3), (2, 1), (2, 3), (2, 1)] 3 [(1, 2), (3, 1), (3, 2)] [1, 2, 0] [0, 2, 1]
# expect: [1, 3, 2] 4 [(3, 1), (2, 3), (2, 3), (2, 1)] 4 [(3, 2), (1, 3), (1, 3), (1, 2)] [0, 2, 1] [1, 2, 0]
# expect: [3, 2, 1] 2 [(2, 3), (1, 2)] 2 [(2, 1), (3, 2)] [2, 1, 0] [0, 1, 2]
# expect: [2, 2, 1] 4 [(2, 2), (1, 2), (1, 2), (1, 2)] 2 [(2, 1), (2, 2)] [2, 0, 1] [0, 1, 2]
# expect: [1, 2, 3, 4] 3 [(2, 1), (3, 2), (4, 3)] 3 [(3, 4), (2, 3), (1, 2)] [0, 1, 2, 3] [3, 2, 1, 0]
# expect: [4, 3, 2, 1, 5] 6 [(3, 4), (2, 3), (1, 2), (5, 1), (5, 3), (5, 4)] 8 [(1, 5), (2, 1), (2, 5), (2, 1), (3, 2), (3, 5), (4, 3), (4, 5)] [3, 2, 1, 0, 4] [4, 0, 1, 2, 3]
# expect: [5, 1, 4, 2, 3] 8 [(1, 5), (4, 1), (4, 5), (4, 1), (2, 4), (2, 1), (3, 4), (3, 2)] 7 [(2, 3), (4, 2), (4, 3), (1, 3), (1, 2), (5, 3), (5, 4)] [1, 3, 4, 2, 0] [0, 2, 4, 3, 1]
# expect: [2, 1, 2, 1, 2, 1] 9 [(1, 2), (2, 1), (2, 2), (1, 2), (1, 1), (2, 2), (2, 2), (1, 2), (1, 1)] 10 [(2, 1), (1, 2), (1, 2), (1, 1), (2, 1), (2, 2), (1, 2), (1, 1), (2, 1), (2, 2)] [1, 3, 5, 0, 2, 4] [0, 2, 4, 1, 3, 5]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 24 [(3, 9), (7, 3), (7, 9), (7, 3), (1, 7), (1, 3), (8, 7), (8, 9), (2, 7), (2, 3), (2, 1), (6, 7), (6, 2), (6, 3), (4, 6), (4, 2), (4, 3), (5, 6), (5, 3), (5, 4), (0, 5), (0, 3), (0, 2), (0, 1)] 23 [(5, 0), (4, 5), (4, 5), (4, 0), (6, 4), (6, 5), (2, 5), (2, 4), (2, 0), (8, 4), (8, 6), (1, 5), (1, 2), (1, 0), (7, 4), (7, 6), (7, 8), (3, 5), (3, 2), (3, 4), (9, 4), (9, 7), (9, 8)] [9, 3, 5, 1, 7, 8, 6, 2, 4, 0] [0, 4, 2, 6, 8, 7, 1, 5, 3, 9]
# expect: [1, 2, 3] [(1, 3), (2, 1), (2, 3), (2, 1)]
# expect: [0, 1, 2, 3, 4, 5] [(4, 5), (3, 4), (2, 3), (1, 2), (0, 1)]
# expect: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5] [(5, 1), (2, 5), (2, 5), (2, 1), (4, 2), (4, 5), (3, 4), (3, 2), (3, 3), (3, 5), (3, 4), (4, 3), (4, 5), (4, 4), (2, 3), (2, 2), (2, 3), (5, 3), (5, 4), (5, 5), (1, 3), (1, 2), (1, 2), (1, 1)]
# expect: 100 True 535
# expect: 100 True 536
# expect: 1000 True 8644
# expect: 1000 True 8633
# expect: inconsistent 10 776892222 True
# expect: flaky 10 707845403
# expect: inconsistent 64 781570022 True
# expect: flaky 64 217843879
# expect: inconsistent 65 931671135 True
# expect: flaky 65 752891826
# expect: inconsistent 300 859718886 True
# expect: flaky 300 173505427
# expect: inconsistent 3000 610362603 True
# expect: flaky 3000 353189477
# expect: True
# expect: True
