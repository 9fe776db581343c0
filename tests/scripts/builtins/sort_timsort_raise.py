# A comparison that raises midway leaves the list as CPython's list.sort leaves it: a
# permutation, with a merge's unmerged rest put back in the gap it left, reversed back for
# reverse=True; a key function that raises leaves it as it was. Mixed types raise TypeError
# after part of the sort, which stays.
seed = 4242
def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8

calls = 0
limit = -1
class Stop(Exception):
    pass
class C:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        global calls
        calls += 1
        if calls == limit:
            raise Stop(calls)
        return self.v < other.v
    def __repr__(self):
        return "%d" % self.v

def checksum(objs):
    total = 0
    for o in objs:
        total = (total * 31 + o.i + 1) % 1000000007
    return total

def attempt(objs, k, **kw):
    global calls, limit
    calls = 0
    limit = k
    try:
        objs.sort(**kw)
        result = "done"
    except Stop as e:
        result = "stop %s" % e
    limit = -1
    return result

for data in ([3, 1, 2], [5, 4, 1, 2, 3], [2, 1, 2, 1, 2, 1], [9, 3, 7, 1, 8, 2, 6, 4, 5, 0]):
    for k in range(1, 12):
        for rev in (False, True):
            objs = [C(v, i) for i, v in enumerate(data)]
            r = attempt(objs, k, reverse=rev)
            print(data, k, rev, r, objs, [o.i for o in objs])

for n in (40, 64, 65, 100, 300, 2000):
    data = [lcg() % (n // 2) for _ in range(n)]
    for k in (1, 2, n // 3, n - 1, n, n + 1, 2 * n, 4 * n, 6 * n, 8 * n, 10 * n):
        out = []
        for rev in (False, True):
            objs = [C(v, i) for i, v in enumerate(data)]
            r = attempt(objs, k, reverse=rev)
            out.append("%s %d %d" % (r, checksum(objs), sorted(o.i for o in objs) == list(range(n))))
            objs = [C(v, i) for i, v in enumerate(data)]
            r = attempt(objs, k, reverse=rev, key=lambda o: C(o.v % 7, o.i))
            out.append("%s %d" % (r, checksum(objs)))
        print(n, k, " | ".join(out))

# Runs that gallop: the exception comes inside a gallop.
n = 1000
data = [i if (i // 50) % 2 else i + 500 for i in range(n)]
for k in range(1000, 1400, 37):
    objs = [C(v, i) for i, v in enumerate(data)]
    r = attempt(objs, k)
    print("gallop", k, r, checksum(objs))

# A key function that raises: the list as it was, the keys made so far dropped.
l = [3, 1, 2, 5, 4]
def bad_key(x):
    if x == 5:
        raise Stop("key")
    return -x
try:
    l.sort(key=bad_key)
except Stop as e:
    print("key raised", e, l)
try:
    l.sort(key=bad_key, reverse=True)
except Stop as e:
    print("key raised", e, l)

# Mixed types: TypeError, after the part of the sort made before it.
for data in ([5, 4, 1, 2, 3, "a"], [3, 2, 1, "x", 0], [1, 2, "a", 0], [2.5, 1, "z", 0.5, 3]):
    for rev in (False, True):
        l = list(data)
        try:
            l.sort(reverse=rev)
        except TypeError as e:
            print(data, rev, "TypeError", e, l)
l = [(2, 1), (1, "a"), (1, 2), (0, None)]
try:
    l.sort()
except TypeError as e:
    print("TypeError", e, l)
l = [object() if i == 70 else i % 13 for i in range(100)]
try:
    l.sort()
except TypeError as e:
    print("TypeError", e, [x for x in l if isinstance(x, int)][:20], type(l[0]).__name__)

# expect: [3, 1, 2] 1 False stop 1 [3, 1, 2] [0, 1, 2]
# expect: [3, 1, 2] 1 True stop 1 [3, 1, 2] [0, 1, 2]
# expect: [3, 1, 2] 2 False stop 2 [3, 1, 2] [0, 1, 2]
# expect: [3, 1, 2] 2 True stop 2 [3, 1, 2] [0, 1, 2]
# expect: [3, 1, 2] 3 False stop 3 [1, 3, 2] [1, 0, 2]
# expect: [3, 1, 2] 3 True stop 3 [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 4 False stop 4 [1, 3, 2] [1, 0, 2]
# expect: [3, 1, 2] 4 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 5 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 5 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 6 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 6 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 7 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 7 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 8 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 8 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 9 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 9 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 10 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 10 True done [3, 2, 1] [0, 2, 1]
# expect: [3, 1, 2] 11 False done [1, 2, 3] [1, 2, 0]
# expect: [3, 1, 2] 11 True done [3, 2, 1] [0, 2, 1]
# expect: [5, 4, 1, 2, 3] 1 False stop 1 [5, 4, 1, 2, 3] [0, 1, 2, 3, 4]
# expect: [5, 4, 1, 2, 3] 1 True stop 1 [5, 4, 1, 2, 3] [0, 1, 2, 3, 4]
# expect: [5, 4, 1, 2, 3] 2 False stop 2 [5, 4, 1, 2, 3] [0, 1, 2, 3, 4]
# expect: [5, 4, 1, 2, 3] 2 True stop 2 [5, 4, 1, 2, 3] [0, 1, 2, 3, 4]
# expect: [5, 4, 1, 2, 3] 3 False stop 3 [5, 4, 1, 2, 3] [0, 1, 2, 3, 4]
# expect: [5, 4, 1, 2, 3] 3 True stop 3 [5, 4, 1, 2, 3] [0, 1, 2, 3, 4]
# expect: [5, 4, 1, 2, 3] 4 False stop 4 [1, 4, 5, 2, 3] [2, 1, 0, 3, 4]
# expect: [5, 4, 1, 2, 3] 4 True stop 4 [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 5 False stop 5 [1, 4, 5, 2, 3] [2, 1, 0, 3, 4]
# expect: [5, 4, 1, 2, 3] 5 True stop 5 [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 6 False stop 6 [1, 2, 4, 5, 3] [2, 3, 1, 0, 4]
# expect: [5, 4, 1, 2, 3] 6 True stop 6 [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 7 False stop 7 [1, 2, 4, 5, 3] [2, 3, 1, 0, 4]
# expect: [5, 4, 1, 2, 3] 7 True stop 7 [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 8 False done [1, 2, 3, 4, 5] [2, 3, 4, 1, 0]
# expect: [5, 4, 1, 2, 3] 8 True done [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 9 False done [1, 2, 3, 4, 5] [2, 3, 4, 1, 0]
# expect: [5, 4, 1, 2, 3] 9 True done [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 10 False done [1, 2, 3, 4, 5] [2, 3, 4, 1, 0]
# expect: [5, 4, 1, 2, 3] 10 True done [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [5, 4, 1, 2, 3] 11 False done [1, 2, 3, 4, 5] [2, 3, 4, 1, 0]
# expect: [5, 4, 1, 2, 3] 11 True done [5, 4, 3, 2, 1] [0, 1, 4, 3, 2]
# expect: [2, 1, 2, 1, 2, 1] 1 False stop 1 [2, 1, 2, 1, 2, 1] [0, 1, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 1 True stop 1 [2, 1, 2, 1, 2, 1] [0, 1, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 2 False stop 2 [2, 1, 2, 1, 2, 1] [0, 1, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 2 True stop 2 [2, 1, 2, 1, 2, 1] [0, 1, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 3 False stop 3 [1, 2, 2, 1, 2, 1] [1, 0, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 3 True stop 3 [2, 1, 2, 1, 2, 1] [0, 1, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 4 False stop 4 [1, 2, 2, 1, 2, 1] [1, 0, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 4 True stop 4 [2, 1, 2, 1, 2, 1] [0, 1, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 5 False stop 5 [1, 2, 2, 1, 2, 1] [1, 0, 2, 3, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 5 True stop 5 [2, 1, 2, 2, 1, 1] [0, 1, 2, 4, 3, 5]
# expect: [2, 1, 2, 1, 2, 1] 6 False stop 6 [1, 1, 2, 2, 2, 1] [1, 3, 0, 2, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 6 True stop 6 [2, 1, 2, 2, 1, 1] [0, 1, 2, 4, 3, 5]
# expect: [2, 1, 2, 1, 2, 1] 7 False stop 7 [1, 1, 2, 2, 2, 1] [1, 3, 0, 2, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 7 True stop 7 [2, 1, 2, 2, 1, 1] [0, 1, 2, 4, 3, 5]
# expect: [2, 1, 2, 1, 2, 1] 8 False stop 8 [1, 1, 2, 2, 2, 1] [1, 3, 0, 2, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 8 True stop 8 [2, 1, 2, 2, 1, 1] [0, 1, 2, 4, 3, 5]
# expect: [2, 1, 2, 1, 2, 1] 9 False stop 9 [1, 1, 2, 2, 2, 1] [1, 3, 0, 2, 4, 5]
# expect: [2, 1, 2, 1, 2, 1] 9 True stop 9 [2, 2, 2, 1, 1, 1] [0, 2, 4, 1, 3, 5]
# expect: [2, 1, 2, 1, 2, 1] 10 False done [1, 1, 1, 2, 2, 2] [1, 3, 5, 0, 2, 4]
# expect: [2, 1, 2, 1, 2, 1] 10 True stop 10 [2, 2, 2, 1, 1, 1] [0, 2, 4, 1, 3, 5]
# expect: [2, 1, 2, 1, 2, 1] 11 False done [1, 1, 1, 2, 2, 2] [1, 3, 5, 0, 2, 4]
# expect: [2, 1, 2, 1, 2, 1] 11 True done [2, 2, 2, 1, 1, 1] [0, 2, 4, 1, 3, 5]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 1 False stop 1 [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 1 True stop 1 [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 2 False stop 2 [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 2 True stop 2 [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 3 False stop 3 [3, 9, 7, 1, 8, 2, 6, 4, 5, 0] [1, 0, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 3 True stop 3 [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 4 False stop 4 [3, 9, 7, 1, 8, 2, 6, 4, 5, 0] [1, 0, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 4 True stop 4 [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 5 False stop 5 [3, 7, 9, 1, 8, 2, 6, 4, 5, 0] [1, 2, 0, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 5 True stop 5 [9, 3, 7, 1, 8, 2, 6, 5, 4, 0] [0, 1, 2, 3, 4, 5, 6, 8, 7, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 6 False stop 6 [3, 7, 9, 1, 8, 2, 6, 4, 5, 0] [1, 2, 0, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 6 True stop 6 [9, 3, 7, 1, 8, 2, 6, 5, 4, 0] [0, 1, 2, 3, 4, 5, 6, 8, 7, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 7 False stop 7 [1, 3, 7, 9, 8, 2, 6, 4, 5, 0] [3, 1, 2, 0, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 7 True stop 7 [9, 3, 7, 1, 8, 2, 6, 5, 4, 0] [0, 1, 2, 3, 4, 5, 6, 8, 7, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 8 False stop 8 [1, 3, 7, 9, 8, 2, 6, 4, 5, 0] [3, 1, 2, 0, 4, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 8 True stop 8 [9, 3, 7, 1, 8, 2, 6, 5, 4, 0] [0, 1, 2, 3, 4, 5, 6, 8, 7, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 9 False stop 9 [1, 3, 7, 8, 9, 2, 6, 4, 5, 0] [3, 1, 2, 4, 0, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 9 True stop 9 [9, 3, 7, 1, 8, 2, 6, 5, 4, 0] [0, 1, 2, 3, 4, 5, 6, 8, 7, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 10 False stop 10 [1, 3, 7, 8, 9, 2, 6, 4, 5, 0] [3, 1, 2, 4, 0, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 10 True stop 10 [9, 3, 7, 1, 8, 6, 5, 4, 2, 0] [0, 1, 2, 3, 4, 6, 8, 7, 5, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 11 False stop 11 [1, 3, 7, 8, 9, 2, 6, 4, 5, 0] [3, 1, 2, 4, 0, 5, 6, 7, 8, 9]
# expect: [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] 11 True stop 11 [9, 3, 7, 1, 8, 6, 5, 4, 2, 0] [0, 1, 2, 3, 4, 6, 8, 7, 5, 9]
# expect: 40 1 stop 1 43791062 1 | stop 1 43791062 | stop 1 43791062 1 | stop 1 43791062
# expect: 40 2 stop 2 43791062 1 | stop 2 43791062 | stop 2 43791062 1 | stop 2 43791062
# expect: 40 13 stop 13 836016133 1 | stop 13 185154923 | stop 13 963529532 1 | stop 13 961859192
# expect: 40 39 stop 39 278152718 1 | stop 39 162604629 | stop 39 682363421 1 | stop 39 380971292
# expect: 40 40 stop 40 399372745 1 | stop 40 162604629 | stop 40 682363421 1 | stop 40 380971292
# expect: 40 41 stop 41 399372745 1 | stop 41 162604629 | stop 41 804751945 1 | stop 41 380971292
# expect: 40 80 stop 80 413726602 1 | stop 80 777186428 | stop 80 105553064 1 | stop 80 666667097
# expect: 40 160 stop 160 470795516 1 | stop 160 566442013 | stop 160 146878264 1 | stop 160 938806216
# expect: 40 240 done 921416804 1 | done 49633982 | done 149845156 1 | done 364284969
# expect: 40 320 done 921416804 1 | done 49633982 | done 149845156 1 | done 364284969
# expect: 40 400 done 921416804 1 | done 49633982 | done 149845156 1 | done 364284969
# expect: 64 1 stop 1 275012649 1 | stop 1 275012649 | stop 1 275012649 1 | stop 1 275012649
# expect: 64 2 stop 2 275012649 1 | stop 2 275012649 | stop 2 275012649 1 | stop 2 275012649
# expect: 64 21 stop 21 789824005 1 | stop 21 705617925 | stop 21 716001840 1 | stop 21 52802197
# expect: 64 63 stop 63 669848770 1 | stop 63 320269751 | stop 63 85906255 1 | stop 63 678137089
# expect: 64 64 stop 64 888378417 1 | stop 64 572876615 | stop 64 85906255 1 | stop 64 678137089
# expect: 64 65 stop 65 888378417 1 | stop 65 572876615 | stop 65 739099598 1 | stop 65 678137089
# expect: 64 128 stop 128 995351815 1 | stop 128 215365585 | stop 128 950321684 1 | stop 128 674759512
# expect: 64 256 stop 256 543402092 1 | stop 256 185287451 | stop 256 221127892 1 | stop 256 300049803
# expect: 64 384 done 143626444 1 | done 391648723 | done 885941252 1 | done 313817351
# expect: 64 512 done 143626444 1 | done 391648723 | done 885941252 1 | done 313817351
# expect: 64 640 done 143626444 1 | done 391648723 | done 885941252 1 | done 313817351
# expect: 65 1 stop 1 525392128 1 | stop 1 525392128 | stop 1 525392128 1 | stop 1 525392128
# expect: 65 2 stop 2 525392128 1 | stop 2 525392128 | stop 2 525392128 1 | stop 2 525392128
# expect: 65 21 stop 21 840291364 1 | stop 21 873178337 | stop 21 243524661 1 | stop 21 203425464
# expect: 65 64 stop 64 830197992 1 | stop 64 564320734 | stop 64 204556744 1 | stop 64 752248195
# expect: 65 65 stop 65 830197992 1 | stop 65 564320734 | stop 65 204556744 1 | stop 65 752248195
# expect: 65 66 stop 66 830197992 1 | stop 66 377820626 | stop 66 625829490 1 | stop 66 752248195
# expect: 65 130 stop 130 2124093 1 | stop 130 827913386 | stop 130 413700103 1 | stop 130 519650637
# expect: 65 260 stop 260 680788366 1 | stop 260 868345762 | stop 260 177760782 1 | stop 260 903152303
# expect: 65 390 done 154744302 1 | done 813457166 | done 347205401 1 | done 410616102
# expect: 65 520 done 154744302 1 | done 813457166 | done 347205401 1 | done 410616102
# expect: 65 650 done 154744302 1 | done 813457166 | done 347205401 1 | done 410616102
# expect: 100 1 stop 1 431297244 1 | stop 1 431297244 | stop 1 431297244 1 | stop 1 431297244
# expect: 100 2 stop 2 431297244 1 | stop 2 431297244 | stop 2 431297244 1 | stop 2 431297244
# expect: 100 33 stop 33 896824314 1 | stop 33 955153575 | stop 33 466278635 1 | stop 33 302633834
# expect: 100 99 stop 99 998184194 1 | stop 99 774090321 | stop 99 32478603 1 | stop 99 238213531
# expect: 100 100 stop 100 998184194 1 | stop 100 774090321 | stop 100 872173991 1 | stop 100 238213531
# expect: 100 101 stop 101 998184194 1 | stop 101 774090321 | stop 101 872173991 1 | stop 101 238213531
# expect: 100 200 stop 200 161358164 1 | stop 200 113571507 | stop 200 797180446 1 | stop 200 545318363
# expect: 100 400 stop 400 125768374 1 | stop 400 810771583 | stop 400 666208461 1 | stop 400 956347663
# expect: 100 600 done 436538 1 | done 710064107 | done 720405944 1 | done 161230839
# expect: 100 800 done 436538 1 | done 710064107 | done 720405944 1 | done 161230839
# expect: 100 1000 done 436538 1 | done 710064107 | done 720405944 1 | done 161230839
# expect: 300 1 stop 1 731274317 1 | stop 1 731274317 | stop 1 731274317 1 | stop 1 731274317
# expect: 300 2 stop 2 731274317 1 | stop 2 731274317 | stop 2 731274317 1 | stop 2 731274317
# expect: 300 100 stop 100 422817527 1 | stop 100 456092831 | stop 100 290624764 1 | stop 100 702368554
# expect: 300 299 stop 299 984901782 1 | stop 299 920217255 | stop 299 231371066 1 | stop 299 124370637
# expect: 300 300 stop 300 110748135 1 | stop 300 920217255 | stop 300 231371066 1 | stop 300 281421138
# expect: 300 301 stop 301 110748135 1 | stop 301 488573511 | stop 301 231371066 1 | stop 301 281421138
# expect: 300 600 stop 600 61436316 1 | stop 600 353616336 | stop 600 32325366 1 | stop 600 911832907
# expect: 300 1200 stop 1200 556104711 1 | stop 1200 804975225 | stop 1200 171954023 1 | stop 1200 534835424
# expect: 300 1800 stop 1800 635541776 1 | done 962772901 | stop 1800 309451402 1 | done 190175891
# expect: 300 2400 done 785331037 1 | done 962772901 | done 789488555 1 | done 190175891
# expect: 300 3000 done 785331037 1 | done 962772901 | done 789488555 1 | done 190175891
# expect: 2000 1 stop 1 370184529 1 | stop 1 370184529 | stop 1 370184529 1 | stop 1 370184529
# expect: 2000 2 stop 2 370184529 1 | stop 2 370184529 | stop 2 370184529 1 | stop 2 370184529
# expect: 2000 666 stop 666 78115475 1 | stop 666 282580513 | stop 666 183766927 1 | stop 666 204496683
# expect: 2000 1999 stop 1999 823897984 1 | stop 1999 522014313 | stop 1999 547427488 1 | stop 1999 162680498
# expect: 2000 2000 stop 2000 823897984 1 | stop 2000 522014313 | stop 2000 547427488 1 | stop 2000 162680498
# expect: 2000 2001 stop 2001 823897984 1 | stop 2001 522014313 | stop 2001 547427488 1 | stop 2001 162680498
# expect: 2000 4000 stop 4000 241753248 1 | stop 4000 615210204 | stop 4000 956599549 1 | stop 4000 336861852
# expect: 2000 8000 stop 8000 980277245 1 | stop 8000 220668764 | stop 8000 74928723 1 | stop 8000 772207293
# expect: 2000 12000 stop 12000 322246424 1 | stop 12000 460544453 | stop 12000 221979854 1 | stop 12000 332993169
# expect: 2000 16000 stop 16000 673691235 1 | done 562300796 | stop 16000 846516932 1 | done 99725314
# expect: 2000 20000 done 145365474 1 | done 562300796 | done 10785277 1 | done 99725314
# expect: gallop 1000 stop 1000 268272354
# expect: gallop 1037 stop 1037 137157905
# expect: gallop 1074 stop 1074 137157905
# expect: gallop 1111 stop 1111 137157905
# expect: gallop 1148 stop 1148 137157905
# expect: gallop 1185 stop 1185 681057331
# expect: gallop 1222 stop 1222 681057331
# expect: gallop 1259 stop 1259 681057331
# expect: gallop 1296 stop 1296 681057331
# expect: gallop 1333 stop 1333 835501811
# expect: gallop 1370 stop 1370 483433655
# expect: key raised key [3, 1, 2, 5, 4]
# expect: key raised key [3, 1, 2, 5, 4]
# expect: [5, 4, 1, 2, 3, 'a'] False TypeError '<' not supported between instances of 'str' and 'int' [1, 2, 3, 4, 5, 'a']
# expect: [5, 4, 1, 2, 3, 'a'] True TypeError '<' not supported between instances of 'int' and 'str' [5, 4, 1, 2, 3, 'a']
# expect: [3, 2, 1, 'x', 0] False TypeError '<' not supported between instances of 'str' and 'int' [3, 2, 1, 'x', 0]
# expect: [3, 2, 1, 'x', 0] True TypeError '<' not supported between instances of 'str' and 'int' [3, 2, 1, 'x', 0]
# expect: [1, 2, 'a', 0] False TypeError '<' not supported between instances of 'str' and 'int' [1, 2, 'a', 0]
# expect: [1, 2, 'a', 0] True TypeError '<' not supported between instances of 'str' and 'int' [1, 2, 'a', 0]
# expect: [2.5, 1, 'z', 0.5, 3] False TypeError '<' not supported between instances of 'str' and 'int' [2.5, 1, 'z', 0.5, 3]
# expect: [2.5, 1, 'z', 0.5, 3] True TypeError '<' not supported between instances of 'str' and 'float' [2.5, 1, 'z', 0.5, 3]
# expect: TypeError '<' not supported between instances of 'int' and 'str' [(2, 1), (1, 'a'), (1, 2), (0, None)]
# expect: TypeError '<' not supported between instances of 'object' and 'int' [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4] int
