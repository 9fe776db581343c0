# complex: imaginary literals, complex() from every kind of argument, and its errors
print(1j, 2.5J, 1e3j, 0j, 1_000j, 1_0.5_0j, .5j, 09j, 1E-3j, 1e400j)
print(type(1j) is complex, type(0j).__name__, isinstance(1j, complex), isinstance(1j, (int, float, complex)))
print(isinstance(1, complex), isinstance(1.0, complex), isinstance("1j", complex))
print(-1j, +1j, -0j, -(1+2j), 3 - 4j, (1+2j).real, (1+2j).imag)
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1j), complex(1j, 1j), complex(1+2j, 3+4j), complex(imag=3), complex(real=2, imag=-1))
print(complex(2**60), complex(-7, 2**70))
for text in ["1+2j", " (3-4j) ", "j", "-j", "+j", "-1.5e3J", "1_0j", "inf", "-infj", "nan+nanj",
             "1e400", "3", " 4.5 ", "(1)", "1-j", "2+J", "-0", "-0j", "1e-400j", "Infinity-infj",
             ".5+.5j", "5.-2.j"]:
    print(repr(text), complex(text))
for bad in ["", "x", "1+", "1+2", "(1+2j", "1+2j)", "1+2jj", "j1", "1 + 2j", "1__0j", "_1j", "1_j",
            "()", "+", "1e", "1+2k", "nanx", "(1+2j))", "1.2.3j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for args in [([],), (1, []), ("1", 2), (1, "2"), (None,), ({},), (1, None)]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    complex(10**400)
except OverflowError as e:
    print("OverflowError", e)

class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 5
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(C(), 1))
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(complex.conjugate(1+2j), (1+2j).conjugate(), (3-0j).conjugate(), (1j).__complex__())
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(), True.imag)
print([1j, 2+3j], (1j,), {1j: 2})

# expect: 1j 2.5j 1000j 0j 1000j 10.5j 0.5j 9j 0.001j infj
# expect: True complex True True
# expect: False False False
# expect: (-0-1j) 1j (-0-0j) (-1-2j) (3-4j) 1.0 2.0
# expect: 0j (1+0j) (2.5+0j) (1+0j) (1+2j) (1.5-2.5j)
# expect: 1j (-1+1j) (-3+5j) 3j (2-1j)
# expect: (1.152921504606847e+18+0j) (-7+1.1805916207174113e+21j)
# expect: '1+2j' (1+2j)
# expect: ' (3-4j) ' (3-4j)
# expect: 'j' 1j
# expect: '-j' -1j
# expect: '+j' 1j
# expect: '-1.5e3J' -1500j
# expect: '1_0j' 10j
# expect: 'inf' (inf+0j)
# expect: '-infj' -infj
# expect: 'nan+nanj' (nan+nanj)
# expect: '1e400' (inf+0j)
# expect: '3' (3+0j)
# expect: ' 4.5 ' (4.5+0j)
# expect: '(1)' (1+0j)
# expect: '1-j' (1-1j)
# expect: '2+J' (2+1j)
# expect: '-0' (-0+0j)
# expect: '-0j' -0j
# expect: '1e-400j' 0j
# expect: 'Infinity-infj' (inf-infj)
# expect: '.5+.5j' (0.5+0.5j)
# expect: '5.-2.j' (5-2j)
# expect: '' ValueError complex() arg is a malformed string
# expect: 'x' ValueError complex() arg is a malformed string
# expect: '1+' ValueError complex() arg is a malformed string
# expect: '1+2' ValueError complex() arg is a malformed string
# expect: '(1+2j' ValueError complex() arg is a malformed string
# expect: '1+2j)' ValueError complex() arg is a malformed string
# expect: '1+2jj' ValueError complex() arg is a malformed string
# expect: 'j1' ValueError complex() arg is a malformed string
# expect: '1 + 2j' ValueError complex() arg is a malformed string
# expect: '1__0j' ValueError could not convert string to complex: '1__0j'
# expect: '_1j' ValueError could not convert string to complex: '_1j'
# expect: '1_j' ValueError could not convert string to complex: '1_j'
# expect: '()' ValueError complex() arg is a malformed string
# expect: '+' ValueError complex() arg is a malformed string
# expect: '1e' ValueError complex() arg is a malformed string
# expect: '1+2k' ValueError complex() arg is a malformed string
# expect: 'nanx' ValueError complex() arg is a malformed string
# expect: '(1+2j))' ValueError complex() arg is a malformed string
# expect: '1.2.3j' ValueError complex() arg is a malformed string
# expect: ([],) TypeError complex() first argument must be a string or a number, not 'list'
# expect: (1, []) TypeError complex() second argument must be a number, not 'list'
# expect: ('1', 2) TypeError complex() can't take second arg if first is a string
# expect: (1, '2') TypeError complex() second arg can't be a string
# expect: (None,) TypeError complex() first argument must be a string or a number, not 'NoneType'
# expect: ({},) TypeError complex() first argument must be a string or a number, not 'dict'
# expect: (1, None) TypeError complex() second argument must be a number, not 'NoneType'
# expect: OverflowError int too large to convert to float
# expect: (3+4j) (2.5+0j) (7+0j) (2.5+2.5j) (3+5j)
# expect: TypeError __complex__ returned non-complex (type int)
# expect: (1-2j) (1-2j) (3-0j) 1j
# expect: 5 0 5 2.5 0.0 2.5 0
# expect: [1j, (2+3j)] (1j,) {1j: 2}
