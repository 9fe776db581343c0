# %-formatting of str.
print("%d" % 42)  # expect: 42
print("%d items" % -7)  # expect: -7 items
print("%s" % "text")  # expect: text
print("%s and %s" % ("a", "b"))  # expect: a and b
print("%s" % 12)  # expect: 12
print("%s" % None)  # expect: None
print("%s" % [1, "x"])  # expect: [1, 'x']
print("%r" % "hi")  # expect: 'hi'
print("%r" % 5)  # expect: 5
print("%r" % b"raw")  # expect: b'raw'
print("%.3f" % 3.14159)  # expect: 3.142
print("%.3f" % 2)  # expect: 2.000
print("%.1f" % 0.25)  # expect: 0.2
print("%x" % 255)  # expect: ff
print("%x" % 4096)  # expect: 1000
print("[%5d]" % 42)  # expect: [   42]
print("[%-5s]" % "ab")  # expect: [ab   ]
print("[%5s]" % "ab")  # expect: [   ab]
print("100%%" % ())  # expect: 100%
print("%d%%" % 50)  # expect: 50%
print("%d-%d-%d" % (1, 2, 3))  # expect: 1-2-3
print("%s=%d (%.2f s)" % ("n", 10, 1.5))  # expect: n=10 (1.50 s)
print("%s" % (("nested", "tuple"),))  # expect: ('nested', 'tuple')
print("no args")  # expect: no args
