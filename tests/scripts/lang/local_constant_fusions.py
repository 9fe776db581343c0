# x & c and x % c with c a literal: of a local (LOAD_LOCAL_LOAD_CONST_BIT_AND/MOD) and of an
# expression on the stack (LOAD_CONST_BIT_AND/MOD): numbers in line, anything else through the
# operator as it stands.


class W:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "W(%d)" % self.n

    def __and__(self, other):
        return "W.and(%r)" % (other,)

    def __rand__(self, other):
        return "W.rand(%r)" % (other,)

    def __mod__(self, other):
        return "W.mod(%r)" % (other,)

    def __rmod__(self, other):
        return "W.rmod(%r)" % (other,)


def local_forms(x):
    return [x & 1, x & -8, x & 0, x & 255, x % 7, x % -7, x % 1, x % 2.5, x % -0.5,
            x & 0x7fffffffffffffff]


def stack_forms(x):
    w = [x]
    return [w[0] & 1, w[0] & -8, w[0] % 7, w[0] % -7, w[0] % 2.5, (w[0]) % 97]


def zero_divisors(x):
    out = []
    for f in (lambda: x % 0, lambda: [x][0] % 0, lambda: x % 0.0, lambda: [x][0] % 0.0):
        try:
            out.append(f())
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return out


def show(f, x):
    try:
        print(f.__name__, repr(x), f(x))
    except Exception as e:
        print(f.__name__, repr(x), type(e).__name__, e)


values = [0, 1, -1, 13, -13, 2**62, -2**63, 2**63 - 1, 2**64 + 5, -2**80 - 3, 7.5, -7.5, -0.0,
          float("inf"), float("-inf"), True, False, None, "s=%s", b"b=%d", [1], W(3)]
for x in values:
    show(local_forms, x)
    show(stack_forms, x)
    show(zero_divisors, x)


def formatting():
    s = "%d items"
    t = "%s/%s"
    n = 5
    print(s % 3, s % n, t % (1, 2), [t][0] % ("a", "b"))


formatting()


def unbound(flag):
    if flag:
        x = 1
    return x & 1, x % 3


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def hash_loop(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i) % 1000000007
        h = h & 0xffffffff
    return h


print(hash_loop(10000))
print([i % 3 for i in range(-5, 6)], [i & 3 for i in range(-5, 6)])

# expect: local_forms 0 [0, 0, 0, 0, 0, 0, 0, 0.0, -0.0, 0]
# expect: stack_forms 0 [0, 0, 0, 0, 0.0, 0]
# expect: zero_divisors 0 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms 1 [1, 0, 0, 1, 1, -6, 0, 1.0, -0.0, 1]
# expect: stack_forms 1 [1, 0, 1, -6, 1.0, 1]
# expect: zero_divisors 1 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -1 [1, -8, 0, 255, 6, -1, 0, 1.5, -0.0, 9223372036854775807]
# expect: stack_forms -1 [1, -8, 6, -1, 1.5, 96]
# expect: zero_divisors -1 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms 13 [1, 8, 0, 13, 6, -1, 0, 0.5, -0.0, 13]
# expect: stack_forms 13 [1, 8, 6, -1, 0.5, 13]
# expect: zero_divisors 13 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -13 [1, -16, 0, 243, 1, -6, 0, 2.0, -0.0, 9223372036854775795]
# expect: stack_forms -13 [1, -16, 1, -6, 2.0, 84]
# expect: zero_divisors -13 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms 4611686018427387904 [0, 4611686018427387904, 0, 0, 4, -3, 0, 1.5, -0.0, 4611686018427387904]
# expect: stack_forms 4611686018427387904 [0, 4611686018427387904, 4, -3, 1.5, 88]
# expect: zero_divisors 4611686018427387904 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -9223372036854775808 [0, -9223372036854775808, 0, 0, 6, -1, 0, 2.0, -0.0, 0]
# expect: stack_forms -9223372036854775808 [0, -9223372036854775808, 6, -1, 2.0, 18]
# expect: zero_divisors -9223372036854775808 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms 9223372036854775807 [1, 9223372036854775800, 0, 255, 0, 0, 0, 0.5, -0.0, 9223372036854775807]
# expect: stack_forms 9223372036854775807 [1, 9223372036854775800, 0, 0, 0.5, 78]
# expect: zero_divisors 9223372036854775807 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms 18446744073709551621 [1, 18446744073709551616, 0, 5, 0, 0, 0, 1.0, -0.0, 5]
# expect: stack_forms 18446744073709551621 [1, 18446744073709551616, 0, 0, 1.0, 66]
# expect: zero_divisors 18446744073709551621 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -1208925819614629174706179 [1, -1208925819614629174706184, 0, 253, 0, 0, 0, 1.5, -0.0, 9223372036854775805]
# expect: stack_forms -1208925819614629174706179 [1, -1208925819614629174706184, 0, 0, 1.5, 59]
# expect: zero_divisors -1208925819614629174706179 ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms 7.5 TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: stack_forms 7.5 TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: zero_divisors 7.5 ['ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -7.5 TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: stack_forms -7.5 TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: zero_divisors -7.5 ['ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -0.0 TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: stack_forms -0.0 TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: zero_divisors -0.0 ['ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms inf TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: stack_forms inf TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: zero_divisors inf ['ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms -inf TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: stack_forms -inf TypeError unsupported operand type(s) for &: 'float' and 'int'
# expect: zero_divisors -inf ['ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms True [1, 0, 0, 1, 1, -6, 0, 1.0, -0.0, 1]
# expect: stack_forms True [1, 0, 1, -6, 1.0, 1]
# expect: zero_divisors True ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms False [0, 0, 0, 0, 0, 0, 0, 0.0, -0.0, 0]
# expect: stack_forms False [0, 0, 0, 0, 0.0, 0]
# expect: zero_divisors False ['ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo', 'ZeroDivisionError: float modulo']
# expect: local_forms None TypeError unsupported operand type(s) for &: 'NoneType' and 'int'
# expect: stack_forms None TypeError unsupported operand type(s) for &: 'NoneType' and 'int'
# expect: zero_divisors None ["TypeError: unsupported operand type(s) for %: 'NoneType' and 'int'", "TypeError: unsupported operand type(s) for %: 'NoneType' and 'int'", "TypeError: unsupported operand type(s) for %: 'NoneType' and 'float'", "TypeError: unsupported operand type(s) for %: 'NoneType' and 'float'"]
# expect: local_forms 's=%s' TypeError unsupported operand type(s) for &: 'str' and 'int'
# expect: stack_forms 's=%s' TypeError unsupported operand type(s) for &: 'str' and 'int'
# expect: zero_divisors 's=%s' ['s=0', 's=0', 's=0.0', 's=0.0']
# expect: local_forms b'b=%d' TypeError unsupported operand type(s) for &: 'bytes' and 'int'
# expect: stack_forms b'b=%d' TypeError unsupported operand type(s) for &: 'bytes' and 'int'
# expect: zero_divisors b'b=%d' [b'b=0', b'b=0', b'b=0', b'b=0']
# expect: local_forms [1] TypeError unsupported operand type(s) for &: 'list' and 'int'
# expect: stack_forms [1] TypeError unsupported operand type(s) for &: 'list' and 'int'
# expect: zero_divisors [1] ["TypeError: unsupported operand type(s) for %: 'list' and 'int'", "TypeError: unsupported operand type(s) for %: 'list' and 'int'", "TypeError: unsupported operand type(s) for %: 'list' and 'float'", "TypeError: unsupported operand type(s) for %: 'list' and 'float'"]
# expect: local_forms W(3) ['W.and(1)', 'W.and(-8)', 'W.and(0)', 'W.and(255)', 'W.mod(7)', 'W.mod(-7)', 'W.mod(1)', 'W.mod(2.5)', 'W.mod(-0.5)', 'W.and(9223372036854775807)']
# expect: stack_forms W(3) ['W.and(1)', 'W.and(-8)', 'W.mod(7)', 'W.mod(-7)', 'W.mod(2.5)', 'W.mod(97)']
# expect: zero_divisors W(3) ['W.mod(0)', 'W.mod(0)', 'W.mod(0.0)', 'W.mod(0.0)']
# expect: 3 items 5 items 1/2 a/b
# expect: UnboundLocalError cannot access local variable 'x' where it is not associated with a value
# expect: 392465578
# expect: [1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2] [3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1]
