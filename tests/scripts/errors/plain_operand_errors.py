# +, -, / and // over ints, floats, bools, big ints, strs and None: each result or TypeError as
# CPython's (a str and a number raise without a C++ throw).
vals = [1, "a", 2.5, None, True, 10**30, "b", -3]
for a in vals:
    for b in vals:
        for name, f in (("+", lambda x, y: x + y), ("-", lambda x, y: x - y),
                        ("/", lambda x, y: x / y), ("//", lambda x, y: x // y)):
            try:
                r = f(a, b)
                print(repr(a), name, repr(b), "=", repr(r))
            except Exception as e:
                print(repr(a), name, repr(b), type(e).__name__, e)
n = 0
for i in range(1000):
    try:
        s = "n=" + i
    except TypeError:
        n += 1
print(n)

# expect: 1 + 1 = 2
# expect: 1 - 1 = 0
# expect: 1 / 1 = 1.0
# expect: 1 // 1 = 1
# expect: 1 + 'a' TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: 1 - 'a' TypeError unsupported operand type(s) for -: 'int' and 'str'
# expect: 1 / 'a' TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: 1 // 'a' TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: 1 + 2.5 = 3.5
# expect: 1 - 2.5 = -1.5
# expect: 1 / 2.5 = 0.4
# expect: 1 // 2.5 = 0.0
# expect: 1 + None TypeError unsupported operand type(s) for +: 'int' and 'NoneType'
# expect: 1 - None TypeError unsupported operand type(s) for -: 'int' and 'NoneType'
# expect: 1 / None TypeError unsupported operand type(s) for /: 'int' and 'NoneType'
# expect: 1 // None TypeError unsupported operand type(s) for //: 'int' and 'NoneType'
# expect: 1 + True = 2
# expect: 1 - True = 0
# expect: 1 / True = 1.0
# expect: 1 // True = 1
# expect: 1 + 1000000000000000000000000000000 = 1000000000000000000000000000001
# expect: 1 - 1000000000000000000000000000000 = -999999999999999999999999999999
# expect: 1 / 1000000000000000000000000000000 = 1e-30
# expect: 1 // 1000000000000000000000000000000 = 0
# expect: 1 + 'b' TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: 1 - 'b' TypeError unsupported operand type(s) for -: 'int' and 'str'
# expect: 1 / 'b' TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: 1 // 'b' TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: 1 + -3 = -2
# expect: 1 - -3 = 4
# expect: 1 / -3 = -0.3333333333333333
# expect: 1 // -3 = -1
# expect: 'a' + 1 TypeError can only concatenate str (not "int") to str
# expect: 'a' - 1 TypeError unsupported operand type(s) for -: 'str' and 'int'
# expect: 'a' / 1 TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: 'a' // 1 TypeError unsupported operand type(s) for //: 'str' and 'int'
# expect: 'a' + 'a' = 'aa'
# expect: 'a' - 'a' TypeError unsupported operand type(s) for -: 'str' and 'str'
# expect: 'a' / 'a' TypeError unsupported operand type(s) for /: 'str' and 'str'
# expect: 'a' // 'a' TypeError unsupported operand type(s) for //: 'str' and 'str'
# expect: 'a' + 2.5 TypeError can only concatenate str (not "float") to str
# expect: 'a' - 2.5 TypeError unsupported operand type(s) for -: 'str' and 'float'
# expect: 'a' / 2.5 TypeError unsupported operand type(s) for /: 'str' and 'float'
# expect: 'a' // 2.5 TypeError unsupported operand type(s) for //: 'str' and 'float'
# expect: 'a' + None TypeError can only concatenate str (not "NoneType") to str
# expect: 'a' - None TypeError unsupported operand type(s) for -: 'str' and 'NoneType'
# expect: 'a' / None TypeError unsupported operand type(s) for /: 'str' and 'NoneType'
# expect: 'a' // None TypeError unsupported operand type(s) for //: 'str' and 'NoneType'
# expect: 'a' + True TypeError can only concatenate str (not "bool") to str
# expect: 'a' - True TypeError unsupported operand type(s) for -: 'str' and 'bool'
# expect: 'a' / True TypeError unsupported operand type(s) for /: 'str' and 'bool'
# expect: 'a' // True TypeError unsupported operand type(s) for //: 'str' and 'bool'
# expect: 'a' + 1000000000000000000000000000000 TypeError can only concatenate str (not "int") to str
# expect: 'a' - 1000000000000000000000000000000 TypeError unsupported operand type(s) for -: 'str' and 'int'
# expect: 'a' / 1000000000000000000000000000000 TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: 'a' // 1000000000000000000000000000000 TypeError unsupported operand type(s) for //: 'str' and 'int'
# expect: 'a' + 'b' = 'ab'
# expect: 'a' - 'b' TypeError unsupported operand type(s) for -: 'str' and 'str'
# expect: 'a' / 'b' TypeError unsupported operand type(s) for /: 'str' and 'str'
# expect: 'a' // 'b' TypeError unsupported operand type(s) for //: 'str' and 'str'
# expect: 'a' + -3 TypeError can only concatenate str (not "int") to str
# expect: 'a' - -3 TypeError unsupported operand type(s) for -: 'str' and 'int'
# expect: 'a' / -3 TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: 'a' // -3 TypeError unsupported operand type(s) for //: 'str' and 'int'
# expect: 2.5 + 1 = 3.5
# expect: 2.5 - 1 = 1.5
# expect: 2.5 / 1 = 2.5
# expect: 2.5 // 1 = 2.0
# expect: 2.5 + 'a' TypeError unsupported operand type(s) for +: 'float' and 'str'
# expect: 2.5 - 'a' TypeError unsupported operand type(s) for -: 'float' and 'str'
# expect: 2.5 / 'a' TypeError unsupported operand type(s) for /: 'float' and 'str'
# expect: 2.5 // 'a' TypeError unsupported operand type(s) for //: 'float' and 'str'
# expect: 2.5 + 2.5 = 5.0
# expect: 2.5 - 2.5 = 0.0
# expect: 2.5 / 2.5 = 1.0
# expect: 2.5 // 2.5 = 1.0
# expect: 2.5 + None TypeError unsupported operand type(s) for +: 'float' and 'NoneType'
# expect: 2.5 - None TypeError unsupported operand type(s) for -: 'float' and 'NoneType'
# expect: 2.5 / None TypeError unsupported operand type(s) for /: 'float' and 'NoneType'
# expect: 2.5 // None TypeError unsupported operand type(s) for //: 'float' and 'NoneType'
# expect: 2.5 + True = 3.5
# expect: 2.5 - True = 1.5
# expect: 2.5 / True = 2.5
# expect: 2.5 // True = 2.0
# expect: 2.5 + 1000000000000000000000000000000 = 1e+30
# expect: 2.5 - 1000000000000000000000000000000 = -1e+30
# expect: 2.5 / 1000000000000000000000000000000 = 2.5e-30
# expect: 2.5 // 1000000000000000000000000000000 = 0.0
# expect: 2.5 + 'b' TypeError unsupported operand type(s) for +: 'float' and 'str'
# expect: 2.5 - 'b' TypeError unsupported operand type(s) for -: 'float' and 'str'
# expect: 2.5 / 'b' TypeError unsupported operand type(s) for /: 'float' and 'str'
# expect: 2.5 // 'b' TypeError unsupported operand type(s) for //: 'float' and 'str'
# expect: 2.5 + -3 = -0.5
# expect: 2.5 - -3 = 5.5
# expect: 2.5 / -3 = -0.8333333333333334
# expect: 2.5 // -3 = -1.0
# expect: None + 1 TypeError unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: None - 1 TypeError unsupported operand type(s) for -: 'NoneType' and 'int'
# expect: None / 1 TypeError unsupported operand type(s) for /: 'NoneType' and 'int'
# expect: None // 1 TypeError unsupported operand type(s) for //: 'NoneType' and 'int'
# expect: None + 'a' TypeError unsupported operand type(s) for +: 'NoneType' and 'str'
# expect: None - 'a' TypeError unsupported operand type(s) for -: 'NoneType' and 'str'
# expect: None / 'a' TypeError unsupported operand type(s) for /: 'NoneType' and 'str'
# expect: None // 'a' TypeError unsupported operand type(s) for //: 'NoneType' and 'str'
# expect: None + 2.5 TypeError unsupported operand type(s) for +: 'NoneType' and 'float'
# expect: None - 2.5 TypeError unsupported operand type(s) for -: 'NoneType' and 'float'
# expect: None / 2.5 TypeError unsupported operand type(s) for /: 'NoneType' and 'float'
# expect: None // 2.5 TypeError unsupported operand type(s) for //: 'NoneType' and 'float'
# expect: None + None TypeError unsupported operand type(s) for +: 'NoneType' and 'NoneType'
# expect: None - None TypeError unsupported operand type(s) for -: 'NoneType' and 'NoneType'
# expect: None / None TypeError unsupported operand type(s) for /: 'NoneType' and 'NoneType'
# expect: None // None TypeError unsupported operand type(s) for //: 'NoneType' and 'NoneType'
# expect: None + True TypeError unsupported operand type(s) for +: 'NoneType' and 'bool'
# expect: None - True TypeError unsupported operand type(s) for -: 'NoneType' and 'bool'
# expect: None / True TypeError unsupported operand type(s) for /: 'NoneType' and 'bool'
# expect: None // True TypeError unsupported operand type(s) for //: 'NoneType' and 'bool'
# expect: None + 1000000000000000000000000000000 TypeError unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: None - 1000000000000000000000000000000 TypeError unsupported operand type(s) for -: 'NoneType' and 'int'
# expect: None / 1000000000000000000000000000000 TypeError unsupported operand type(s) for /: 'NoneType' and 'int'
# expect: None // 1000000000000000000000000000000 TypeError unsupported operand type(s) for //: 'NoneType' and 'int'
# expect: None + 'b' TypeError unsupported operand type(s) for +: 'NoneType' and 'str'
# expect: None - 'b' TypeError unsupported operand type(s) for -: 'NoneType' and 'str'
# expect: None / 'b' TypeError unsupported operand type(s) for /: 'NoneType' and 'str'
# expect: None // 'b' TypeError unsupported operand type(s) for //: 'NoneType' and 'str'
# expect: None + -3 TypeError unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: None - -3 TypeError unsupported operand type(s) for -: 'NoneType' and 'int'
# expect: None / -3 TypeError unsupported operand type(s) for /: 'NoneType' and 'int'
# expect: None // -3 TypeError unsupported operand type(s) for //: 'NoneType' and 'int'
# expect: True + 1 = 2
# expect: True - 1 = 0
# expect: True / 1 = 1.0
# expect: True // 1 = 1
# expect: True + 'a' TypeError unsupported operand type(s) for +: 'bool' and 'str'
# expect: True - 'a' TypeError unsupported operand type(s) for -: 'bool' and 'str'
# expect: True / 'a' TypeError unsupported operand type(s) for /: 'bool' and 'str'
# expect: True // 'a' TypeError unsupported operand type(s) for //: 'bool' and 'str'
# expect: True + 2.5 = 3.5
# expect: True - 2.5 = -1.5
# expect: True / 2.5 = 0.4
# expect: True // 2.5 = 0.0
# expect: True + None TypeError unsupported operand type(s) for +: 'bool' and 'NoneType'
# expect: True - None TypeError unsupported operand type(s) for -: 'bool' and 'NoneType'
# expect: True / None TypeError unsupported operand type(s) for /: 'bool' and 'NoneType'
# expect: True // None TypeError unsupported operand type(s) for //: 'bool' and 'NoneType'
# expect: True + True = 2
# expect: True - True = 0
# expect: True / True = 1.0
# expect: True // True = 1
# expect: True + 1000000000000000000000000000000 = 1000000000000000000000000000001
# expect: True - 1000000000000000000000000000000 = -999999999999999999999999999999
# expect: True / 1000000000000000000000000000000 = 1e-30
# expect: True // 1000000000000000000000000000000 = 0
# expect: True + 'b' TypeError unsupported operand type(s) for +: 'bool' and 'str'
# expect: True - 'b' TypeError unsupported operand type(s) for -: 'bool' and 'str'
# expect: True / 'b' TypeError unsupported operand type(s) for /: 'bool' and 'str'
# expect: True // 'b' TypeError unsupported operand type(s) for //: 'bool' and 'str'
# expect: True + -3 = -2
# expect: True - -3 = 4
# expect: True / -3 = -0.3333333333333333
# expect: True // -3 = -1
# expect: 1000000000000000000000000000000 + 1 = 1000000000000000000000000000001
# expect: 1000000000000000000000000000000 - 1 = 999999999999999999999999999999
# expect: 1000000000000000000000000000000 / 1 = 1e+30
# expect: 1000000000000000000000000000000 // 1 = 1000000000000000000000000000000
# expect: 1000000000000000000000000000000 + 'a' TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: 1000000000000000000000000000000 - 'a' TypeError unsupported operand type(s) for -: 'int' and 'str'
# expect: 1000000000000000000000000000000 / 'a' TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: 1000000000000000000000000000000 // 'a' TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: 1000000000000000000000000000000 + 2.5 = 1e+30
# expect: 1000000000000000000000000000000 - 2.5 = 1e+30
# expect: 1000000000000000000000000000000 / 2.5 = 4.0000000000000004e+29
# expect: 1000000000000000000000000000000 // 2.5 = 4.0000000000000004e+29
# expect: 1000000000000000000000000000000 + None TypeError unsupported operand type(s) for +: 'int' and 'NoneType'
# expect: 1000000000000000000000000000000 - None TypeError unsupported operand type(s) for -: 'int' and 'NoneType'
# expect: 1000000000000000000000000000000 / None TypeError unsupported operand type(s) for /: 'int' and 'NoneType'
# expect: 1000000000000000000000000000000 // None TypeError unsupported operand type(s) for //: 'int' and 'NoneType'
# expect: 1000000000000000000000000000000 + True = 1000000000000000000000000000001
# expect: 1000000000000000000000000000000 - True = 999999999999999999999999999999
# expect: 1000000000000000000000000000000 / True = 1e+30
# expect: 1000000000000000000000000000000 // True = 1000000000000000000000000000000
# expect: 1000000000000000000000000000000 + 1000000000000000000000000000000 = 2000000000000000000000000000000
# expect: 1000000000000000000000000000000 - 1000000000000000000000000000000 = 0
# expect: 1000000000000000000000000000000 / 1000000000000000000000000000000 = 1.0
# expect: 1000000000000000000000000000000 // 1000000000000000000000000000000 = 1
# expect: 1000000000000000000000000000000 + 'b' TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: 1000000000000000000000000000000 - 'b' TypeError unsupported operand type(s) for -: 'int' and 'str'
# expect: 1000000000000000000000000000000 / 'b' TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: 1000000000000000000000000000000 // 'b' TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: 1000000000000000000000000000000 + -3 = 999999999999999999999999999997
# expect: 1000000000000000000000000000000 - -3 = 1000000000000000000000000000003
# expect: 1000000000000000000000000000000 / -3 = -3.333333333333333e+29
# expect: 1000000000000000000000000000000 // -3 = -333333333333333333333333333334
# expect: 'b' + 1 TypeError can only concatenate str (not "int") to str
# expect: 'b' - 1 TypeError unsupported operand type(s) for -: 'str' and 'int'
# expect: 'b' / 1 TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: 'b' // 1 TypeError unsupported operand type(s) for //: 'str' and 'int'
# expect: 'b' + 'a' = 'ba'
# expect: 'b' - 'a' TypeError unsupported operand type(s) for -: 'str' and 'str'
# expect: 'b' / 'a' TypeError unsupported operand type(s) for /: 'str' and 'str'
# expect: 'b' // 'a' TypeError unsupported operand type(s) for //: 'str' and 'str'
# expect: 'b' + 2.5 TypeError can only concatenate str (not "float") to str
# expect: 'b' - 2.5 TypeError unsupported operand type(s) for -: 'str' and 'float'
# expect: 'b' / 2.5 TypeError unsupported operand type(s) for /: 'str' and 'float'
# expect: 'b' // 2.5 TypeError unsupported operand type(s) for //: 'str' and 'float'
# expect: 'b' + None TypeError can only concatenate str (not "NoneType") to str
# expect: 'b' - None TypeError unsupported operand type(s) for -: 'str' and 'NoneType'
# expect: 'b' / None TypeError unsupported operand type(s) for /: 'str' and 'NoneType'
# expect: 'b' // None TypeError unsupported operand type(s) for //: 'str' and 'NoneType'
# expect: 'b' + True TypeError can only concatenate str (not "bool") to str
# expect: 'b' - True TypeError unsupported operand type(s) for -: 'str' and 'bool'
# expect: 'b' / True TypeError unsupported operand type(s) for /: 'str' and 'bool'
# expect: 'b' // True TypeError unsupported operand type(s) for //: 'str' and 'bool'
# expect: 'b' + 1000000000000000000000000000000 TypeError can only concatenate str (not "int") to str
# expect: 'b' - 1000000000000000000000000000000 TypeError unsupported operand type(s) for -: 'str' and 'int'
# expect: 'b' / 1000000000000000000000000000000 TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: 'b' // 1000000000000000000000000000000 TypeError unsupported operand type(s) for //: 'str' and 'int'
# expect: 'b' + 'b' = 'bb'
# expect: 'b' - 'b' TypeError unsupported operand type(s) for -: 'str' and 'str'
# expect: 'b' / 'b' TypeError unsupported operand type(s) for /: 'str' and 'str'
# expect: 'b' // 'b' TypeError unsupported operand type(s) for //: 'str' and 'str'
# expect: 'b' + -3 TypeError can only concatenate str (not "int") to str
# expect: 'b' - -3 TypeError unsupported operand type(s) for -: 'str' and 'int'
# expect: 'b' / -3 TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: 'b' // -3 TypeError unsupported operand type(s) for //: 'str' and 'int'
# expect: -3 + 1 = -2
# expect: -3 - 1 = -4
# expect: -3 / 1 = -3.0
# expect: -3 // 1 = -3
# expect: -3 + 'a' TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: -3 - 'a' TypeError unsupported operand type(s) for -: 'int' and 'str'
# expect: -3 / 'a' TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: -3 // 'a' TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: -3 + 2.5 = -0.5
# expect: -3 - 2.5 = -5.5
# expect: -3 / 2.5 = -1.2
# expect: -3 // 2.5 = -2.0
# expect: -3 + None TypeError unsupported operand type(s) for +: 'int' and 'NoneType'
# expect: -3 - None TypeError unsupported operand type(s) for -: 'int' and 'NoneType'
# expect: -3 / None TypeError unsupported operand type(s) for /: 'int' and 'NoneType'
# expect: -3 // None TypeError unsupported operand type(s) for //: 'int' and 'NoneType'
# expect: -3 + True = -2
# expect: -3 - True = -4
# expect: -3 / True = -3.0
# expect: -3 // True = -3
# expect: -3 + 1000000000000000000000000000000 = 999999999999999999999999999997
# expect: -3 - 1000000000000000000000000000000 = -1000000000000000000000000000003
# expect: -3 / 1000000000000000000000000000000 = -3e-30
# expect: -3 // 1000000000000000000000000000000 = -1
# expect: -3 + 'b' TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: -3 - 'b' TypeError unsupported operand type(s) for -: 'int' and 'str'
# expect: -3 / 'b' TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: -3 // 'b' TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: -3 + -3 = -6
# expect: -3 - -3 = 0
# expect: -3 / -3 = 1.0
# expect: -3 // -3 = 1
# expect: 1000
