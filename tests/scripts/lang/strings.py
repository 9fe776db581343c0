# String literals, escapes, concatenation, repetition, len, indexing, slicing, ==, in.
a = 'single'
b = "double"
print(a, b)  # expect: single double
print("it's", 'say "hi"')  # expect: it's say "hi"
print("tab\there")  # expect: tab	here
print("back\\slash")  # expect: back\slash
print("quote\"d", 'quote\'d')  # expect: quote"d quote'd
print("\x41\x42")  # expect: AB
print("line1\nline2")
# expect: line1
# expect: line2
print("con" + "cat")  # expect: concat
print("ab" * 3)  # expect: ababab
print(3 * "xy")  # expect: xyxyxy
print("x" * 0 == "")  # expect: True
print(len(""), len("hello"), len("a\nb"))  # expect: 0 5 3
s = "hello world"
print(s[0], s[4], s[-1], s[-5])  # expect: h o d w
print(s[0:5])  # expect: hello
print(s[6:])  # expect: world
print(s[:5])  # expect: hello
print(s[-5:])  # expect: world
print(s[3:3] == "")  # expect: True
print(s[4:100])  # expect: o world
print(s[:])  # expect: hello world
print(s[-100:2])  # expect: he
print("ell" in s, "xyz" in s, "" in s)  # expect: True False True
print("z" not in s)  # expect: True
print("abc" == "abc", "abc" == "abd")  # expect: True False
t = """triple
quoted"""
print(t)
# expect: triple
# expect: quoted
print('''single triple''')  # expect: single triple
print("a" "b")  # expect: ab
print("# not a comment")  # expect: # not a comment
