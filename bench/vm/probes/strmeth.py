# Probe (not in any bench-vm.sh set): strip/startswith/endswith/lower/upper/split/find/count/replace of short lines.
def main():
    lines = ["  Name%d, Value%d , x%d  " % (i, i * 7, i % 13) for i in range(200)]
    acc = 0
    for r in range(60):
        for line in lines:
            s = line.strip()
            if s.startswith('Name1'):
                acc += 1
            if s.endswith('3'):
                acc += 1
            w = s.lower()
            acc += len(w.upper())
            parts = s.split(',')
            acc += len(parts)
            acc += s.find('x')
            acc += s.count('1')
            acc += len(s.replace(' ', ''))
            acc += len(line.rstrip()) + len(line.lstrip())
    print(acc)
main()
