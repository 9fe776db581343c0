# fractions.Fraction with complex operands: complex arithmetic (CPython's fallback), == by the real part
from fractions import Fraction
print(Fraction(1, 2) + 1j, 1j + Fraction(1, 2), Fraction(1, 2) * 2j, Fraction(3, 4) == 0.75 + 0j, complex(Fraction(1, 4)))
print(2j - Fraction(1, 2), Fraction(1, 2) - 2j, 1j / Fraction(1, 4), Fraction(1, 4) / 2j, 3j * Fraction(1, 3))
print(Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) == 0.5 + 1j, 0.5 + 0j == Fraction(1, 2), Fraction(1, 2) != 1j)

# expect: (0.5+1j) (0.5+1j) 1j True (0.25+0j)
# expect: (-0.5+2j) (0.5-2j) 4j -0.125j 1j
# expect: True False True True
