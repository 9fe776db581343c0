# Probe (not in any bench-vm.sh set): five str predicates of each character of a text.
def main():
    text = "Alpha beta GAMMA 42 x_y7 (z) + 3.5 " * 40
    a = d = s = u = l = al = 0
    for r in range(10):
        for ch in text:
            if ch.isalpha(): a += 1
            if ch.isdigit(): d += 1
            if ch.isalnum(): al += 1
            if ch.isupper(): u += 1
            if ch.islower(): l += 1
    print(a, d, s, u, l, al)
main()
