# fractions for gilvm (embedded; see vm/modules/python_lib.h): Fraction, exact rational numbers,
# with CPython 3.11's results and messages. Written after CPython's Lib/fractions.py, simplified:
# no numbers ABCs (int and Fraction are the rationals, float the one inexact type) and no
# Decimal; strings are parsed by hand, as there is no `re`.
import math

__all__ = ["Fraction"]

# CPython's hash parameters (sys.hash_info): a Fraction hashes as the int or float it equals.
_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159


def _digits_end(text, i):
    """The end of the run of digits at text[i:], single underscores allowed between digits."""
    start = i
    while i < len(text):
        c = text[i]
        if "0" <= c <= "9":
            i += 1
        elif c == "_" and i > start and i + 1 < len(text) and "0" <= text[i + 1] <= "9":
            i += 1
        else:
            break
    return i


def _parse(text):
    """(numerator, denominator) of a Fraction literal ('-3/4', ' 1.5e-3 '), or None."""
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        i = 1
    end = _digits_end(s, i)
    whole = s[i:end].replace("_", "")
    i = end
    if whole and i < len(s) and s[i] == "/":
        i += 1
        end = _digits_end(s, i)
        if end == i or end != len(s):
            return None
        numerator = int(whole)
        return (-numerator if negative else numerator), int(s[i:end].replace("_", ""))
    fraction = ""
    if i < len(s) and s[i] == ".":
        end = _digits_end(s, i + 1)
        fraction = s[i + 1:end].replace("_", "")
        i = end
    if not whole and not fraction:
        return None
    exponent = 0
    if i < len(s) and s[i] in "eE":
        j = i + 1
        if j < len(s) and s[j] in "+-":
            j += 1
        end = _digits_end(s, j)
        if end == j:
            return None
        exponent = int(s[i + 1:end].replace("_", ""))
        i = end
    if i != len(s):
        return None
    numerator = int(whole or "0")
    denominator = 1
    if fraction:
        scale = 10 ** len(fraction)
        numerator = numerator * scale + int(fraction)
        denominator = scale
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return (-numerator if negative else numerator), denominator


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(other)."""

    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, int):  # bool
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass  # the usual case
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n1, d1 = _pair(numerator)
            n2, d2 = _pair(denominator)
            numerator, denominator = n1 * d2, n2 * d1
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        """The Fraction that equals float `f` exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with a denominator at most max_denominator."""
        # As CPython's: the best rational approximations are among the continued fraction's
        # convergents and its last semiconvergent.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The semiconvergent when it lies closer to self than the convergent, else the convergent.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: with an int or a Fraction exact, by the monomorphic operation on the operands'
    # numerators and denominators; with a float, in floats; anything else is NotImplemented.

    def __add__(a, b):
        if isinstance(b, Fraction):
            return _add(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _add(a._numerator, a._denominator, b, 1)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):  # as CPython's fallback: complex arithmetic
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _add(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, Fraction):
            return _add(a._numerator, a._denominator, -b._numerator, b._denominator)
        if isinstance(b, int):
            return _add(a._numerator, a._denominator, -b, 1)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):  # as CPython's fallback: complex arithmetic
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _add(a, 1, -b._numerator, b._denominator)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, Fraction):
            return _mul(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _mul(a._numerator, a._denominator, b, 1)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):  # as CPython's fallback: complex arithmetic
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _mul(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, Fraction):
            return _div(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _div(a._numerator, a._denominator, b, 1)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):  # as CPython's fallback: complex arithmetic
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _div(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return (a._numerator * db) // (a._denominator * nb)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return (a * b._denominator) // b._numerator
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            div, n_mod = divmod(a._numerator * db, a._denominator * nb)
            return div, Fraction(n_mod, a._denominator * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            div, n_mod = divmod(a * b._denominator, b._numerator)
            return div, Fraction(n_mod, b._denominator)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return Fraction((a._numerator * db) % (nb * a._denominator), a._denominator * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return Fraction((a * b._denominator) % b._numerator, b._denominator)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b: a Fraction for an integral power, else a float (an irrational as a rule)."""
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            if db != 1:
                return float(a) ** float(b)
            if nb >= 0:
                return Fraction(a._numerator ** nb, a._denominator ** nb, _normalize=False)
            if a._numerator >= 0:
                return Fraction(a._denominator ** -nb, a._numerator ** -nb, _normalize=False)
            return Fraction((-a._denominator) ** -nb, (-a._numerator) ** -nb, _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator  # an int stays an int
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, halves to even; round(self, n): a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        # As CPython's: numbers that are equal hash alike, whatever their types.
        if self._denominator == 1:
            return hash(self._numerator)
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:  # the denominator is a multiple of the modulus
            hash_ = _PyHASH_INF
        else:
            # CPython's hash(hash(abs(numerator)) * dinv), reduced here: the hash of a
            # non-negative int is its remainder modulo _PyHASH_MODULUS.
            hash_ = abs(self._numerator) % _PyHASH_MODULUS * dinv % _PyHASH_MODULUS
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return a._numerator == nb and a._denominator == db
        if isinstance(b, complex) and b.imag == 0:
            b = b.real  # as CPython's numbers.Complex with no imaginary part
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b  # Fractions are finite
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """op(self, other) for an int, Fraction or float `other`, else NotImplemented."""
        if isinstance(other, (int, Fraction)):
            no, do = _pair(other)
            return op(self._numerator * do, no * self._denominator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self  # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _pair(r):
    """(numerator, denominator) of an int or a Fraction."""
    if isinstance(r, Fraction):
        return r._numerator, r._denominator
    return int(r), 1


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


# The exact operations on numerator/denominator pairs, with CPython 3.11's gcd shortcuts: the
# operands are in lowest terms, so the gcds of smaller numbers make the result so too.

def _add(na, da, nb, db):
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _mul(na, da, nb, db):
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(na, da, nb, db):
    # As multiplying by the inverse, whose sign moves to its numerator.
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)
