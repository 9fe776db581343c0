# Probe (not in any bench-vm.sh set): dict.get/values/items/keys, list.insert/index/extend/count/pop, bytes methods.
def main():
    d = {}
    keys = ["k%d" % i for i in range(100)]
    acc = 0
    for r in range(300):
        l = []
        for k in keys:
            d[k] = d.get(k, 0) + 1
            l.append(k)
        l.insert(0, 'z')
        acc += l.index('k5')
        l.extend(keys)
        acc += len(l) + l.count('k1')
        x = l.pop(0)
        for v in d.values():
            acc += v
        for k, v in d.items():
            acc += v
        acc += len(d.keys())
        b = b"abc def ghi"
        acc += len(b.split()) + b.find(b"d") + len(b.upper())
    print(acc)
main()
