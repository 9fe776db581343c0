# complex arithmetic with every operand type on either side, as CPython's (bit for bit)
values = [3, -2, True, False, 2.5, -0.0, 10**20, 1+2j, -3.5-0.25j, 0j, 1e300+1e300j, complex(-0.0, 2)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b)]
for a in values:
    for b in values:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        cells = []
        for name, f in ops:
            try:
                cells.append(repr(f(a, b)))
            except (ZeroDivisionError, OverflowError) as e:
                cells.append(type(e).__name__ + ":" + str(e))
        print(repr(a), repr(b), " ".join(cells))
# in place
z = 1+1j
z += 2; print(z)
z -= 0.5j; print(z)
z *= z; print(z)
z /= 3; print(z)
z **= 2; print(z)
n = 5
n += 1j; print(n)
n *= 2.0; print(n)
# division: Smith's scaling, CPython's results to the last digit
for a, b in [(1+2j, 3+4j), (1e308+1e308j, 1e308+1e308j), (1, 1e-310j), (1+1j, 1e200+1e-200j),
             (5, 2j), (1+1j, float("inf")), (1, complex(float("nan"), 0)), (2j, -0.0+1j)]:
    print(a / b)
# powers: c_powi for small integral exponents, _Py_c_pow otherwise
for a, b in [(1+1j, 2), (1+1j, 3), (1+1j, -2), (1+1j, 100), (1+1j, 101), (1+1j, 2.0), (1+1j, 0.5),
             (1j, 1j), (2, 1j), (-8, 1/3), (-8.0, 0.5), (-1, 0.5), (0j, 0), (0j, 2), (0j, 2.5),
             (1.5+0j, 0), (3j, -1), (2+0j, 50.0), (1e-2j, -100), (-2.5, 1.5)]:
    print(a, b, a ** b, pow(a, b))
for a, b in [(0j, -1), (0j, -2.5), (0j, 1j), (0, -1j), (1e200j, 2), (1e300+0j, 1.5), (10j, 400)]:
    try:
        print(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
# unary, abs, bool
print(-(1+2j), +(1-2j), -(0j), abs(3+4j), abs(-5j), abs(complex(float("inf"), float("nan"))),
      abs(complex(float("nan"), 1)), abs(1e308+1e308j), abs(1e-320+1e-320j))
try:
    abs(1.7e308+1.7e308j)
except OverflowError as e:
    print("OverflowError", e)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(1e-300+0j), not 0j)
print(sum([1j, 2, 3.5, 1-1j]), sum([1+1j] * 10, 0j), sum([], 0j))
print(pow(1j, 2), pow(2, 1j))

# expect: 3 (1+2j) (4+2j) (2-2j) (3+6j) (0.6-1.2j) (-1.758764802874057+2.4303798814529753j)
# expect: 3 (-3.5-0.25j) (-0.5-0.25j) (6.5+0.25j) (-10.5-0.75j) (-0.8527918781725888+0.06091370558375634j) (0.02058188163081764-0.005799441297455216j)
# expect: 3 0j (3+0j) (3+0j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: 3 (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (3e+300+3e+300j) (1.4999999999999998e-300-1.4999999999999998e-300j) OverflowError:complex exponentiation
# expect: 3 (-0+2j) (3+2j) (3-2j) (-0+6j) -1.5j (-0.5862549342913523+0.8101266271509918j)
# expect: -2 (1+2j) (-1+2j) (-3-2j) (-2-4j) (-0.4+0.8j) (-0.0006851907881310296-0.0036714960177966103j)
# expect: -2 (-3.5-0.25j) (-5.5-0.25j) (1.5+0.25j) (7+0.5j) (0.5685279187817259-0.04060913705583756j) (0.03342557383933027+0.19095702540703574j)
# expect: -2 0j (-2+0j) (-2+0j) (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: -2 (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (-2e+300-2e+300j) (-1e-300+1e-300j) (nan+nanj)
# expect: -2 (-0+2j) (-2+2j) (-2-2j) -4j 1j (0.000342595394065515+0.0018357480088983052j)
# expect: True (1+2j) (2+2j) -2j (1+2j) (0.2-0.4j) (1+0j)
# expect: True (-3.5-0.25j) (-2.5-0.25j) (4.5+0.25j) (-3.5-0.25j) (-0.28426395939086296+0.02030456852791878j) (1-0j)
# expect: True 0j (1+0j) (1+0j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: True (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (1e+300+1e+300j) (5e-301-5e-301j) (1+0j)
# expect: True (-0+2j) (1+2j) (1-2j) (-0+2j) -0.5j (1+0j)
# expect: False (1+2j) (1+2j) (-1-2j) 0j 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: False (-3.5-0.25j) (-3.5-0.25j) (3.5+0.25j) -0j (-0-0j) ZeroDivisionError:0.0 to a negative or complex power
# expect: False 0j 0j 0j 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: False (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) 0j 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: False (-0+2j) 2j -2j (-0+0j) -0j ZeroDivisionError:0.0 to a negative or complex power
# expect: 2.5 (1+2j) (3.5+2j) (1.5-2j) (2.5+5j) (0.5-1j) (-0.647013199540743+2.414823786453175j)
# expect: 2.5 (-3.5-0.25j) (-1-0.25j) (6+0.25j) (-8.75-0.625j) (-0.7106598984771574+0.05076142131979695j) (0.039419784889200456-0.009191330659331308j)
# expect: 2.5 0j (2.5+0j) (2.5+0j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: 2.5 (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (2.5e+300+2.5e+300j) (1.25e-300-1.25e-300j) OverflowError:complex exponentiation
# expect: 2.5 (-0+2j) (2.5+2j) (2.5-2j) (-0+5j) -1.25j (-0.2588052798162972+0.9659295145812701j)
# expect: -0.0 (1+2j) (1+2j) (-1-2j) (-0+0j) 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: -0.0 (-3.5-0.25j) (-3.5-0.25j) (3.5+0.25j) 0j (-0-0j) ZeroDivisionError:0.0 to a negative or complex power
# expect: -0.0 0j 0j (-0+0j) (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: -0.0 (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (-0+0j) 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: -0.0 (-0+2j) (-0+2j) -2j -0j 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: 100000000000000000000 (1+2j) (1e+20+2j) (1e+20-2j) (1e+20+2e+20j) (2e+19-4e+19j) (-5.426422210915543e+19-8.39963939635997e+19j)
# expect: 100000000000000000000 (-3.5-0.25j) (1e+20-0.25j) (1e+20+0.25j) (-3.5e+20-2.5e+19j) (-2.8426395939086295e+19+2.0304568527918781e+18j) (4.945796983617224e-71+8.69132281053021e-71j)
# expect: 100000000000000000000 0j (1e+20+0j) (1e+20+0j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: 100000000000000000000 (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (inf+infj) (5e-281-5e-281j) OverflowError:complex exponentiation
# expect: 100000000000000000000 (-0+2j) (1e+20+2j) (1e+20-2j) (-0+2e+20j) -5e+19j (-0.5426422210915542-0.839963939635997j)
# expect: (1+2j) 3 (4+2j) (-2+2j) (3+6j) (0.3333333333333333+0.6666666666666666j) (-11-2j)
# expect: (1+2j) -2 (-1+2j) (3+2j) (-2-4j) (-0.5-1j) (-0.12-0.16j)
# expect: (1+2j) True (2+2j) 2j (1+2j) (1+2j) (1+2j)
# expect: (1+2j) False (1+2j) (1+2j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (1+2j) 2.5 (3.5+2j) (-1.5+2j) (2.5+5j) (0.4+0.8j) (-6.960664459571901+2.7296244647840084j)
# expect: (1+2j) -0.0 (1+2j) (1+2j) (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: (1+2j) 100000000000000000000 (1e+20+2j) (-1e+20+2j) (1e+20+2e+20j) (1e-20+2e-20j) OverflowError:complex exponentiation
# expect: (1+2j) (1+2j) (2+4j) 0j (-3+4j) (1+0j) (-0.22251715680177267+0.10070913113607541j)
# expect: (1+2j) (-3.5-0.25j) (-2.5+1.75j) (4.5+2.25j) (-3-7.25j) (-0.3248730964467005-0.5482233502538071j) (-0.046869910208107476+0.06345463383412261j)
# expect: (1+2j) 0j (1+2j) (1+2j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (1+2j) (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (-1e+300+3e+300j) (1.4999999999999998e-300+5e-301j) (nan+nanj)
# expect: (1+2j) (-0+2j) (1+4j) (1+0j) (-4+2j) (1-0.5j) (-0.004219778905924383+0.10914868894792414j)
# expect: (-3.5-0.25j) 3 (-0.5-0.25j) (-6.5-0.25j) (-10.5-0.75j) (-1.1666666666666667-0.08333333333333333j) (-42.21875-9.171875j)
# expect: (-3.5-0.25j) -2 (-5.5-0.25j) (-1.5-0.25j) (7+0.5j) (1.75+0.125j) (0.08039372310546523-0.011543714086938597j)
# expect: (-3.5-0.25j) True (-2.5-0.25j) (-4.5-0.25j) (-3.5-0.25j) (-3.5-0.25j) (-3.5-0.25j)
# expect: (-3.5-0.25j) False (-3.5-0.25j) (-3.5-0.25j) -0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (-3.5-0.25j) 2.5 (-1-0.25j) (-6-0.25j) (-8.75-0.625j) (-1.4-0.1j) (4.0898282925456915-22.698390467993697j)
# expect: (-3.5-0.25j) -0.0 (-3.5-0.25j) (-3.5-0.25j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (-3.5-0.25j) 100000000000000000000 (1e+20-0.25j) (-1e+20-0.25j) (-3.5e+20-2.5e+19j) (-3.5e-20-2.5e-21j) OverflowError:complex exponentiation
# expect: (-3.5-0.25j) (1+2j) (-2.5+1.75j) (-4.5-2.25j) (-3-7.25j) (-0.8+1.35j) (1380.6796378463098-864.9822242052292j)
# expect: (-3.5-0.25j) (-3.5-0.25j) (-7-0.5j) 0j (12.1875+1.75j) (1-0j) (-0.0030629315566284765-0.0048487100274096345j)
# expect: (-3.5-0.25j) 0j (-3.5-0.25j) (-3.5-0.25j) -0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (-3.5-0.25j) (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (-3.25e+300-3.75e+300j) (-1.875e-300+1.625e-300j) OverflowError:complex exponentiation
# expect: (-3.5-0.25j) (-0+2j) (-3.5+1.75j) (-3.5-2.25j) (0.5-7j) (-0.125+1.75j) (-374.91436965772806+273.9173761770461j)
# expect: 0j 3 (3+0j) (-3+0j) 0j 0j 0j
# expect: 0j -2 (-2+0j) (2+0j) (-0+0j) (-0-0j) ZeroDivisionError:0.0 to a negative or complex power
# expect: 0j True (1+0j) (-1+0j) 0j 0j 0j
# expect: 0j False 0j 0j 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: 0j 2.5 (2.5+0j) (-2.5+0j) 0j 0j 0j
# expect: 0j -0.0 0j 0j (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: 0j 100000000000000000000 (1e+20+0j) (-1e+20+0j) 0j 0j 0j
# expect: 0j (1+2j) (1+2j) (-1-2j) 0j 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: 0j (-3.5-0.25j) (-3.5-0.25j) (3.5+0.25j) -0j (-0-0j) ZeroDivisionError:0.0 to a negative or complex power
# expect: 0j 0j 0j 0j 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: 0j (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) 0j 0j ZeroDivisionError:0.0 to a negative or complex power
# expect: 0j (-0+2j) 2j -2j (-0+0j) -0j ZeroDivisionError:0.0 to a negative or complex power
# expect: (1e+300+1e+300j) 3 (1e+300+1e+300j) (1e+300+1e+300j) (3e+300+3e+300j) (3.3333333333333335e+299+3.3333333333333335e+299j) (nan+nanj)
# expect: (1e+300+1e+300j) -2 (1e+300+1e+300j) (1e+300+1e+300j) (-2e+300-2e+300j) (-5e+299-5e+299j) (nan+nanj)
# expect: (1e+300+1e+300j) True (1e+300+1e+300j) (1e+300+1e+300j) (1e+300+1e+300j) (1e+300+1e+300j) (1e+300+1e+300j)
# expect: (1e+300+1e+300j) False (1e+300+1e+300j) (1e+300+1e+300j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (1e+300+1e+300j) 2.5 (1e+300+1e+300j) (1e+300+1e+300j) (2.5e+300+2.5e+300j) (4e+299+4e+299j) OverflowError:complex exponentiation
# expect: (1e+300+1e+300j) -0.0 (1e+300+1e+300j) (1e+300+1e+300j) (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: (1e+300+1e+300j) 100000000000000000000 (1e+300+1e+300j) (1e+300+1e+300j) (inf+infj) (1e+280+1e+280j) OverflowError:complex exponentiation
# expect: (1e+300+1e+300j) (1+2j) (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300+3e+300j) (6e+299-2e+299j) (2.1929946023827102e+299+1.957947478017414e+299j)
# expect: (1e+300+1e+300j) (-3.5-0.25j) (1e+300+1e+300j) (1e+300+1e+300j) (-3.25e+300-3.75e+300j) (-3.0456852791878175e+299-2.639593908629442e+299j) 0j
# expect: (1e+300+1e+300j) 0j (1e+300+1e+300j) (1e+300+1e+300j) 0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (1e+300+1e+300j) (1e+300+1e+300j) (2e+300+2e+300j) 0j (nan+infj) (1+0j) (nan+nanj)
# expect: (1e+300+1e+300j) (-0+2j) (1e+300+1e+300j) (1e+300+1e+300j) (-2e+300+2e+300j) (5e+299-5e+299j) (0.20754710402000523-0.01175235621828195j)
# expect: (-0+2j) 3 (3+2j) (-3+2j) (-0+6j) 0.6666666666666666j -8j
# expect: (-0+2j) -2 (-2+2j) (2+2j) -4j -1j (-0.25-0j)
# expect: (-0+2j) True (1+2j) (-1+2j) (-0+2j) 2j (-0+2j)
# expect: (-0+2j) False 2j (-0+2j) (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: (-0+2j) 2.5 (2.5+2j) (-2.5+2j) (-0+5j) 0.8j (-4.000000000000001-4j)
# expect: (-0+2j) -0.0 (-0+2j) 2j -0j ZeroDivisionError:complex division by zero (1+0j)
# expect: (-0+2j) 100000000000000000000 (1e+20+2j) (-1e+20+2j) (-0+2e+20j) 2e-20j OverflowError:complex exponentiation
# expect: (-0+2j) (1+2j) (1+4j) (-1+0j) (-4+2j) (0.8+0.4j) (-0.08496096085030443+0.015855789422951926j)
# expect: (-0+2j) (-3.5-0.25j) (-3.5+1.75j) (3.5+2.25j) (0.5-7j) (-0.04060913705583756-0.5685279187817259j) (0.1071339536973919+0.07521513385985454j)
# expect: (-0+2j) 0j 2j (-0+2j) (-0+0j) ZeroDivisionError:complex division by zero (1+0j)
# expect: (-0+2j) (1e+300+1e+300j) (1e+300+1e+300j) (-1e+300-1e+300j) (-2e+300+2e+300j) (1e-300+1e-300j) (nan+nanj)
# expect: (-0+2j) (-0+2j) (-0+4j) 0j (-4-0j) (1+0j) (0.007927894711475971+0.04248048042515221j)
# expect: (3+1j)
# expect: (3+0.5j)
# expect: (8.75+3j)
# expect: (2.9166666666666665+1j)
# expect: (7.506944444444443+5.833333333333333j)
# expect: (5+1j)
# expect: (10+2j)
# expect: (0.44+0.08j)
# expect: (nan+0j)
# expect: -infj
# expect: (1e-200+1e-200j)
# expect: -2.5j
# expect: 0j
# expect: (nan+nanj)
# expect: (2+0j)
# expect: (1+1j) 2 2j 2j
# expect: (1+1j) 3 (-2+2j) (-2+2j)
# expect: (1+1j) -2 -0.5j -0.5j
# expect: (1+1j) 100 (-1125899906842624+0j) (-1125899906842624+0j)
# expect: (1+1j) 101 (-1125899906842634.5-1125899906842629.5j) (-1125899906842634.5-1125899906842629.5j)
# expect: (1+1j) 2.0 2j 2j
# expect: (1+1j) 0.5 (1.0986841134678098+0.45508986056222733j) (1.0986841134678098+0.45508986056222733j)
# expect: 1j 1j (0.20787957635076193+0j) (0.20787957635076193+0j)
# expect: 2 1j (0.7692389013639721+0.6389612763136348j) (0.7692389013639721+0.6389612763136348j)
# expect: -8 0.3333333333333333 (1.0000000000000002+1.7320508075688772j) (1.0000000000000002+1.7320508075688772j)
# expect: -8.0 0.5 (1.7319121124709868e-16+2.8284271247461903j) (1.7319121124709868e-16+2.8284271247461903j)
# expect: -1 0.5 (6.123233995736766e-17+1j) (6.123233995736766e-17+1j)
# expect: 0j 0 (1+0j) (1+0j)
# expect: 0j 2 0j 0j
# expect: 0j 2.5 0j 0j
# expect: (1.5+0j) 0 (1+0j) (1+0j)
# expect: 3j -1 -0.3333333333333333j -0.3333333333333333j
# expect: (2+0j) 50.0 (1125899906842624+0j) (1125899906842624+0j)
# expect: 0.01j -100 (9.999999999999991e+199+0j) (9.999999999999991e+199+0j)
# expect: -2.5 1.5 (-7.261262277263225e-16-3.952847075210474j) (-7.261262277263225e-16-3.952847075210474j)
# expect: ZeroDivisionError 0.0 to a negative or complex power
# expect: ZeroDivisionError 0.0 to a negative or complex power
# expect: ZeroDivisionError 0.0 to a negative or complex power
# expect: ZeroDivisionError 0.0 to a negative or complex power
# expect: OverflowError complex exponentiation
# expect: OverflowError complex exponentiation
# expect: OverflowError complex exponentiation
# expect: (-1-2j) (1-2j) (-0-0j) 5.0 5.0 inf nan 1.4142135623730951e+308 1.414e-320
# expect: OverflowError absolute value too large
# expect: False True False True True
# expect: (6.5+0j) (10+10j) 0j
# expect: (-1+0j) (0.7692389013639721+0.6389612763136348j)
