# str % x and bytes % x format x whatever its type: CPython's str.__mod__ never returns
# NotImplemented, so x's __rmod__ is not asked (an int's % is, for an instance on the right).
class R:
    def __rmod__(self, other):
        return "rmod of %r" % (other,)

    def __repr__(self):
        return "R()"

    def __str__(self):
        return "str R"


print("%s" % R())
print("%r|%s" % (R(), R()))
print("%(a)s" % {"a": R()})
print(b"%s" % b"x", b"%d" % 5)
print(5 % R())
s = "<%s>"
s %= R()
print(s)
try:
    print("%s %s" % R())
except TypeError as error:
    print("TypeError:", error)
try:
    print("no fields" % R())
except TypeError as error:
    print("TypeError:", error)
# expect: str R
# expect: R()|str R
# expect: str R
# expect: b'x' b'5'
# expect: rmod of 5
# expect: <str R>
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
