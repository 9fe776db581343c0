# math: isqrt, comb, perm, lcm, frexp, ldexp, modf, dist, cbrt, exp2, with ints of any size.
import math

print(math.isqrt(0), math.isqrt(1), math.isqrt(17), math.isqrt(10**30), math.isqrt(2**127 - 1))
print(math.isqrt(10**100 + 12345), math.isqrt(99), math.isqrt(100), math.isqrt(101))
print(math.comb(10, 3), math.comb(50, 25), math.comb(5, 7), math.comb(100, 0), math.comb(200, 100))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(30, 20))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6), math.lcm(2**70, 3**5))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(1e-310))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(3, 2))
print(math.modf(2.5), math.modf(-3.25), math.modf(7.0))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)))
print(math.cbrt(27), math.cbrt(-8.0), math.exp2(10), math.exp2(0.5))
for f, args in [(math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.comb, (3, -2)),
                (math.perm, (-3,)), (math.ldexp, (1.0, 5000))]:
    try:
        f(*args)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError", e)

# expect: 0 1 4 1000000000000000 13043817825332782212
# expect: 100000000000000000000000000000000000000000000000000 9 10 10
# expect: 120 126410606437752 0 1 90548514656103281165404177077484163874504589675413336841320
# expect: 20 120 0 73096577329197271449600000
# expect: 12 1 0 12 286883763834330946732032
# expect: (0.5, 4) (0.0, 0) (-0.875, 2) (0.5752618031559393, -1029)
# expect: 8.0 5e-324 12.0
# expect: (0.5, 2.0) (-0.25, -3.0) (0.0, 7.0)
# expect: 5.0 5.0 3.0
# expect: 3.0000000000000004 -2.0 1024.0 1.4142135623730951
# expect: ValueError isqrt() argument must be nonnegative
# expect: ValueError n must be a non-negative integer
# expect: ValueError k must be a non-negative integer
# expect: ValueError factorial() not defined for negative values
# expect: OverflowError math range error
# expect: TypeError 'float' object cannot be interpreted as an integer
