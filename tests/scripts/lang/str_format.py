# str.format: automatic, numbered and keyword fields, indexes and attributes, conversions,
# specs with nested fields, escaped braces.
print("{} and {}".format("a", "b"))  # expect: a and b
print("{1} {0} {1}".format("x", "y"))  # expect: y x y
print("{name} is {age}".format(name="Ada", age=36))  # expect: Ada is 36
print("{0} {name}".format(1, name="n"))  # expect: 1 n
print("{{}} {{{}}}".format(5))  # expect: {} {5}
print("{0[1]} {0[0]}".format(["first", "second"]))  # expect: second first
print("{d[key]} {d[k2]}".format(d={"key": "v", "k2": 2}))  # expect: v 2
print("{!r} {!s} {!a}".format("x", "y", "é"))  # expect: 'x' y '\xe9'
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))  # expect:        r|l       |   c    |
print("{:.3f} {:,} {:x} {:08.2f}".format(3.14159, 10 ** 9, 255, -3.5))  # expect: 3.142 1,000,000,000 ff -0003.50
print("{:{}.{}f}".format(2.71828, 10, 3))  # expect:      2.718
print("{0:{1}}|".format("pad", 8))  # expect: pad     |
print("{:{fill}^{w}}".format("mid", fill="*", w=9))  # expect: ***mid***
print("{!r:>6}".format("q"))  # expect:    'q'
e = ValueError("bad")
print("{0.args}".format(e))  # expect: ('bad',)
print("{}".format(2 ** 100))  # expect: 1267650600228229401496703205376
print("total: {:>10,.2f}".format(1234567.891))  # expect: total: 1,234,567.89
row = ("fib", 30, 0.25)
print("{:<6}{:>4}{:>8.3f}".format(row[0], row[1], row[2]))  # expect: fib     30   0.250
