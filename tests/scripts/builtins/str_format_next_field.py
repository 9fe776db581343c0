# str.format's "{}" fields take the next argument straight from the call's arguments (temporaries
# that only the call holds included); fields numbered by hand, attribute and index fields, and
# the errors of mixing the two numberings or running out of arguments, with CPython's messages.

for k in range(3):
    s = "{}|{}|{}|{}".format(str(k) * 3, [k, "é"], k * 2**70, (k, None))
    print(s, len(s))
print("{}{}{}".format("a", "", "b"), "{}".format(""), "x{}y".format("{}"), "{{{}}}".format(7))
print("{0}{1}{0}".format("p", "q"), "{.imag}{[1]}".format(5, "xyz"), "{}:{:>4}".format(1, 2))
print("{} {!r} {}".format("a", "b", "c"), "{}{{}}{}".format(1, 2), len("{}{}".format("日本", "é")))
for fmt, args in [("{}{}", (1,)), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{3}", (1,)), ("{}", ()),
                  ("{}{1}", ("a", "b")), ("{.real}{}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

# expect: 000|[0, 'é']|0|(0, None) 24
# expect: 111|[1, 'é']|1180591620717411303424|(1, None) 45
# expect: 222|[2, 'é']|2361183241434822606848|(2, None) 45
# expect: ab  x{}y {7}
# expect: pqp 0y 1:   2
# expect: a 'b' c 1{}2 3
# expect: IndexError Replacement index 1 out of range for positional args tuple
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError cannot switch from automatic field numbering to manual field specification
# expect: IndexError Replacement index 3 out of range for positional args tuple
# expect: IndexError Replacement index 0 out of range for positional args tuple
# expect: ValueError cannot switch from automatic field numbering to manual field specification
# expect: IndexError Replacement index 1 out of range for positional args tuple
