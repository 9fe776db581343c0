# complex: comparisons, the TypeErrors of what complex lacks, hash, repr and format, as CPython's
import math
zero_list = [0]
print(1+0j == 1, 1 == 1+0j, 1+0j == 1.0, 1j == 1j, 1j != 1j, 1+0j == True, 2j == 2, 1j != 1)
print(complex(2**53 + 1) == 2**53 + 1, complex(2**53) == 2**53, 10**400 == 1j, (1+2j) == "1+2j")
print(float("nan") + 0j == float("nan") + 0j, 1j in [1, 2, 1j], 1 in [1+0j], [1j] == [1j])
for f in [lambda: 1j < 1j, lambda: 1j <= 1, lambda: 2 > 1j, lambda: 1.5 >= 1j, lambda: sorted([1j, 2j]),
          lambda: max(1j, 2j), lambda: 1j // 2, lambda: 1j % 2, lambda: 2 // 1j, lambda: divmod(1j, 2),
          lambda: divmod(2.0, 1j), lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: 1j & 1,
          lambda: 1j << 1, lambda: ~1j, lambda: 1j + "a", lambda: "a" + 1j, lambda: [1] * 1j,
          lambda: 1j + None, lambda: pow(1j, 2, 3), lambda: pow(2, 2, 1j), lambda: math.floor(1j),
          lambda: 1j / 0, lambda: 1j / 0.0, lambda: 1 / 0j, lambda: 0j ** -1, lambda: (1j).real.x,
          lambda: hash([1j]), lambda: range(1j), lambda: zero_list[1j]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
z = 1j
try:
    z //= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z %= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z <<= 2
except TypeError as e:
    print(type(e).__name__, e)
# hash: CPython's (real part's hash plus 1000003 times the imaginary part's)
for v in [0j, 1+0j, -1+0j, 1j, -1j, 1.5+2.5j, 2**70 + 0j, 1e300j, 0.1+0.2j, complex(float("inf"), -3),
          complex(-0.0, 0.0), 3-4j, complex(2**61 - 1, 1)]:
    print(repr(v), hash(v))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(-1+0j) == hash(-1))
d = {1: "int", 2.5: "float"}
d[1+0j] = "complex one"
d[2.5+0j] = "complex 2.5"
d[3j] = "3j"
print(d, d[1.0], d.get(3j), d.get(3), {1j, 1j, 2j, 1+0j, 1} == {1j, 2j, 1})
print(len({1, 1+0j, 1.0, True}), sorted({3j: 1, (1+2j): 2}.values()), set([0j, 0, 0.0, -0.0 + 0j]))
# repr and str
for v in [1j, 1+2j, complex(-0.0, -1), complex(1.5, -0.0), complex(float("nan"), float("inf")),
          1e20j, 1e16j, 1e15j, 1e-5j, 1e-4j, 0.1+0.2j, complex(-0.0, 0.0), complex(0.0, -0.0),
          complex(float("-inf"), float("nan")), complex(1e300, -1e-300), 123456789012345678j,
          complex(-2.5, 3), complex(5, 0), -0j]:
    print(repr(v), str(v), f"{v}", "%s %r" % (v, v))
# format
for spec in ["", ".2f", ".3e", "g", ".3", "10.2f", "<30", "^30.1f", "+.2f", " g", "+", "*>20", ".0f",
             "E", "F", "n", ",.2f", "#.0f", "z.1f", ">25"]:
    print(repr(spec), repr(format(1234.5678-0.0015j, spec)), repr(format(2j, spec)),
          repr(format(complex(float("nan"), float("-inf")), spec)))
print(f"{1+2j:.3f} {3j:8.2f}| {-1.5-2j!r:>12} {1j!s}")
for spec in ["010", "=10", "%", "d", "x", "s", "08.2f", "0<10"]:
    try:
        print(format(1+2j, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)

# expect: True True True True False True False True
# expect: False True False False
# expect: False True True True
# expect: TypeError '<' not supported between instances of 'complex' and 'complex'
# expect: TypeError '<=' not supported between instances of 'complex' and 'int'
# expect: TypeError '>' not supported between instances of 'int' and 'complex'
# expect: TypeError '>=' not supported between instances of 'float' and 'complex'
# expect: TypeError '<' not supported between instances of 'complex' and 'complex'
# expect: TypeError '>' not supported between instances of 'complex' and 'complex'
# expect: TypeError unsupported operand type(s) for //: 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for %: 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for //: 'int' and 'complex'
# expect: TypeError unsupported operand type(s) for divmod(): 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for divmod(): 'float' and 'complex'
# expect: TypeError int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: TypeError float() argument must be a string or a real number, not 'complex'
# expect: TypeError type complex doesn't define __round__ method
# expect: TypeError unsupported operand type(s) for &: 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for <<: 'complex' and 'int'
# expect: TypeError bad operand type for unary ~: 'complex'
# expect: TypeError unsupported operand type(s) for +: 'complex' and 'str'
# expect: TypeError can only concatenate str (not "complex") to str
# expect: TypeError can't multiply sequence by non-int of type 'complex'
# expect: TypeError unsupported operand type(s) for +: 'complex' and 'NoneType'
# expect: ValueError complex modulo
# expect: ValueError complex modulo
# expect: TypeError must be real number, not complex
# expect: ZeroDivisionError complex division by zero
# expect: ZeroDivisionError complex division by zero
# expect: ZeroDivisionError complex division by zero
# expect: ZeroDivisionError 0.0 to a negative or complex power
# expect: AttributeError 'float' object has no attribute 'x'
# expect: TypeError unhashable type: 'list'
# expect: TypeError 'complex' object cannot be interpreted as an integer
# expect: TypeError list indices must be integers or slices, not complex
# expect: TypeError unsupported operand type(s) for //=: 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for %=: 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for <<=: 'complex' and 'int'
# expect: 0j 0
# expect: (1+0j) 1
# expect: (-1+0j) -2
# expect: 1j 1000003
# expect: (-0-1j) -2000006
# expect: (1.5+2.5j) 4611686018429387911
# expect: (1.1805916207174113e+21+0j) 512
# expect: 1e+300j 6004038717237113780
# expect: (0.1+0.2j) 1614090106475185856
# expect: (inf-3j) -2685850
# expect: (-0+0j) 0
# expect: (3-4j) -4000009
# expect: (2.305843009213694e+18+1j) 1000004
# expect: True True True
# expect: {1: 'complex one', 2.5: 'complex 2.5', 3j: '3j'} complex one 3j None True
# expect: 1 [1, 2] {0j}
# expect: 1j 1j 1j 1j 1j
# expect: (1+2j) (1+2j) (1+2j) (1+2j) (1+2j)
# expect: (-0-1j) (-0-1j) (-0-1j) (-0-1j) (-0-1j)
# expect: (1.5-0j) (1.5-0j) (1.5-0j) (1.5-0j) (1.5-0j)
# expect: (nan+infj) (nan+infj) (nan+infj) (nan+infj) (nan+infj)
# expect: 1e+20j 1e+20j 1e+20j 1e+20j 1e+20j
# expect: 1e+16j 1e+16j 1e+16j 1e+16j 1e+16j
# expect: 1000000000000000j 1000000000000000j 1000000000000000j 1000000000000000j 1000000000000000j
# expect: 1e-05j 1e-05j 1e-05j 1e-05j 1e-05j
# expect: 0.0001j 0.0001j 0.0001j 0.0001j 0.0001j
# expect: (0.1+0.2j) (0.1+0.2j) (0.1+0.2j) (0.1+0.2j) (0.1+0.2j)
# expect: (-0+0j) (-0+0j) (-0+0j) (-0+0j) (-0+0j)
# expect: -0j -0j -0j -0j -0j
# expect: (-inf+nanj) (-inf+nanj) (-inf+nanj) (-inf+nanj) (-inf+nanj)
# expect: (1e+300-1e-300j) (1e+300-1e-300j) (1e+300-1e-300j) (1e+300-1e-300j) (1e+300-1e-300j)
# expect: 1.2345678901234568e+17j 1.2345678901234568e+17j 1.2345678901234568e+17j 1.2345678901234568e+17j 1.2345678901234568e+17j
# expect: (-2.5+3j) (-2.5+3j) (-2.5+3j) (-2.5+3j) (-2.5+3j)
# expect: (5+0j) (5+0j) (5+0j) (5+0j) (5+0j)
# expect: (-0-0j) (-0-0j) (-0-0j) (-0-0j) (-0-0j)
# expect: '' '(1234.5678-0.0015j)' '2j' '(nan-infj)'
# expect: '.2f' '1234.57-0.00j' '0.00+2.00j' 'nan-infj'
# expect: '.3e' '1.235e+03-1.500e-03j' '0.000e+00+2.000e+00j' 'nan-infj'
# expect: 'g' '1234.57-0.0015j' '0+2j' 'nan-infj'
# expect: '.3' '(1.23e+03-0.0015j)' '2j' '(nan-infj)'
# expect: '10.2f' '1234.57-0.00j' '0.00+2.00j' '  nan-infj'
# expect: '<30' '(1234.5678-0.0015j)           ' '2j                            ' '(nan-infj)                    '
# expect: '^30.1f' '         1234.6-0.0j          ' '           0.0+2.0j           ' '           nan-infj           '
# expect: '+.2f' '+1234.57-0.00j' '+0.00+2.00j' '+nan-infj'
# expect: ' g' ' 1234.57-0.0015j' ' 0+2j' ' nan-infj'
# expect: '+' '(+1234.5678-0.0015j)' '+2j' '(+nan-infj)'
# expect: '*>20' '*(1234.5678-0.0015j)' '******************2j' '**********(nan-infj)'
# expect: '.0f' '1235-0j' '0+2j' 'nan-infj'
# expect: 'E' '1.234568E+03-1.500000E-03j' '0.000000E+00+2.000000E+00j' 'NAN-INFj'
# expect: 'F' '1234.567800-0.001500j' '0.000000+2.000000j' 'NAN-INFj'
# expect: 'n' '1234.57-0.0015j' '0+2j' 'nan-infj'
# expect: ',.2f' '1,234.57-0.00j' '0.00+2.00j' 'nan-infj'
# expect: '#.0f' '1235.-0.j' '0.+2.j' 'nan-infj'
# expect: 'z.1f' '1234.6+0.0j' '0.0+2.0j' 'nan-infj'
# expect: '>25' '      (1234.5678-0.0015j)' '                       2j' '               (nan-infj)'
# expect: 1.000+2.000j 0.00+3.00j|    (-1.5-2j) 1j
# expect: '010' ValueError Zero padding is not allowed in complex format specifier
# expect: '=10' ValueError '=' alignment flag is not allowed in complex format specifier
# expect: '%' ValueError Unknown format code '%' for object of type 'complex'
# expect: 'd' ValueError Unknown format code 'd' for object of type 'complex'
# expect: 'x' ValueError Unknown format code 'x' for object of type 'complex'
# expect: 's' ValueError Unknown format code 's' for object of type 'complex'
# expect: '08.2f' ValueError Zero padding is not allowed in complex format specifier
# expect: '0<10' ValueError Zero padding is not allowed in complex format specifier
