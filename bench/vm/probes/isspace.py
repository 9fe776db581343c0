# Probe (not in any bench-vm.sh set): str.isspace() of each character of a text.
def main():
    text = "the quick brown fox jumps over 13 lazy dogs, again and again; " * 40
    n = 0
    for r in range(20):
        for ch in text:
            if ch.isspace():
                n += 1
    print(n)
main()
