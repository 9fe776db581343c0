# strings: Caesar/Vigenere ciphers with ord/chr, translate, maketrans, join
def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
def vigenere(s, key):
    res = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            shift = ord(key[ki % len(key)].lower()) - 97
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)
text = "The Quick Brown Fox Jumps Over The Lazy Dog, again and again! " * 300
enc = caesar(text, 13)
print(enc[:40], caesar(enc, 13) == text)
v = vigenere(text, "Lemon")
print(v[:40])
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")
at = text.lower().translate(table)
print(at[:40], sum(at.count(c) for c in "aeiou"))
bits = ''.join(format(ord(c), '08b') for c in text[:500])
print(len(bits), int(bits[:64], 2), hex(int(bits[64:128], 2)))
