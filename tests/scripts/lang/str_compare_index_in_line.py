# Comparisons of two strs and text[i] of an ASCII str, which the interpreter answers in line:
# by code point (UTF-8's byte order), identity not needed, negative and out-of-range indexes.
words = ["pear", "apple", "Apple", "äpfel", "zebra", "", "a", "ab", "\u20ac", "\U0001f600", "pear"]
for a in words[:6]:
    print(a, [a < b for b in words], [a == b for b in words], [a >= b for b in words])
x = "".join(["pe", "ar"])  # an equal str that is another object
print(x == words[0], x != words[0], x is words[0], x <= "pear", x > "pea")
if x == "pear":
    print("jump eq")
if x < "\u00e9":
    print("below e-acute")
text = "hello, world"
print(text[0], text[-1], text[7], text[-12])
for i in (12, -13, 100):
    try:
        text[i]
    except IndexError as e:
        print("IndexError", e)
u = "naïve café"
print(u[2], u[-1], u[3], len(u))
try:
    u[10]
except IndexError as e:
    print("IndexError", e)
try:
    "abc" < 3
except TypeError as e:
    print("TypeError", e)
try:
    text[1.0]
except TypeError as e:
    print("TypeError", e)
print(sorted(words), max(words), min(words))
count = 0
for i in range(len(text)):
    if text[i] == "l":
        count += 1
print(count, text[True])

# expect: pear [False, False, False, True, True, False, False, False, True, True, False] [True, False, False, False, False, False, False, False, False, False, True] [True, True, True, False, False, True, True, True, False, False, True]
# expect: apple [True, False, False, True, True, False, False, False, True, True, True] [False, True, False, False, False, False, False, False, False, False, False] [False, True, True, False, False, True, True, True, False, False, False]
# expect: Apple [True, True, False, True, True, False, True, True, True, True, True] [False, False, True, False, False, False, False, False, False, False, False] [False, False, True, False, False, True, False, False, False, False, False]
# expect: äpfel [False, False, False, False, False, False, False, False, True, True, False] [False, False, False, True, False, False, False, False, False, False, False] [True, True, True, True, True, True, True, True, False, False, True]
# expect: zebra [False, False, False, True, False, False, False, False, True, True, False] [False, False, False, False, True, False, False, False, False, False, False] [True, True, True, False, True, True, True, True, False, False, True]
# expect:  [True, True, True, True, True, False, True, True, True, True, True] [False, False, False, False, False, True, False, False, False, False, False] [False, False, False, False, False, True, False, False, False, False, False]
# expect: True False False True True
# expect: jump eq
# expect: below e-acute
# expect: h d w h
# expect: IndexError string index out of range
# expect: IndexError string index out of range
# expect: IndexError string index out of range
# expect: ï é v 10
# expect: IndexError string index out of range
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError string indices must be integers, not 'float'
# expect: ['', 'Apple', 'a', 'ab', 'apple', 'pear', 'pear', 'zebra', 'äpfel', '€', '😀'] 😀 
# expect: 3 e
