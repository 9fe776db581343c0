# Floor division, modulo, divmod and //= of big ints by one-limb ints (one pass over the limbs):
# both signs of either operand, divisors 1, 2, 10, just below and past 2^63 and up to 2^64 - 1,
# remainders of zero (no floor adjustment) and not, quotients that come back to 64 bits or stay
# big, //= in the variable's own block (three limbs and more) and not (two), and division by
# zero. Every expectation is CPython 3.11's output.

M = 2**64
H = 2**63
D = [1, 2, 10, 1000003, H - 1, H, H + 1, M - 1]


def row(a):
    return [(a // d, a % d, a // -d, a % -d) for d in D]


def checksum(values):
    s = 0
    for v in values:
        for x in v:
            s = (s * 1000003 + x) % (2**61 - 1)
    return s


print(M // 2, M % 2, M // 3, M % 3, -M // 3, -M % 3, M // -3, M % -3, -M // -3, -M % -3)  # expect: 9223372036854775808 0 6148914691236517205 1 -6148914691236517206 2 -6148914691236517206 -2 6148914691236517205 -1
print((M + 1) // (M - 1), (M + 1) % (M - 1), -(M + 1) // (M - 1), -(M + 1) % (M - 1))  # expect: 1 2 -2 18446744073709551613
print(M * M // H, -(M * M) // H, (M * M + 1) // -H, (M * M + 1) % -H, (M * M - 1) % H)  # expect: 36893488147419103232 -36893488147419103232 -36893488147419103233 -9223372036854775807 9223372036854775807
print(type(M * 5 // 5).__name__, M * 5 // 5 == M, (M * M) // M == M, -(M * M) // M == -M)  # expect: int True True True
print(M // (H + 1), M % (H + 1), -M % (H + 1), M % -(H + 1), (2 * M - 1) % (M - 1))  # expect: 1 9223372036854775807 2 -2 1
print(checksum(row(3**100)), checksum(row(-(3**100))), checksum(row(M * M * M - 1)))  # expect: 332710626957390821 939594801055696730 640335345441188708
print(checksum(row(M)), checksum(row(-M)), checksum(row(M + 1)), checksum(row(-(M * M))))  # expect: 1801474205232522627 297266999698104449 1814901659793953158 361779642415240250
print(divmod(10**40, 7), divmod(-(10**40), 7), divmod(10**40, -7), divmod(-(10**40), -7))  # expect: (1428571428571428571428571428571428571428, 4) (-1428571428571428571428571428571428571429, 3) (-1428571428571428571428571428571428571429, -3) (1428571428571428571428571428571428571428, -4)
print(divmod(M * M, M - 1), divmod(-(M * M), H), divmod(M * M * 3, 3), divmod(M, 1))  # expect: (18446744073709551617, 1) (-36893488147419103232, 0) (340282366920938463463374607431768211456, 0) (18446744073709551616, 0)
print(3**100 // 1, -(3**100) // 1, 3**100 % 1, -(3**100) % -1, (M * M) % True, (M * 4) // True)  # expect: 515377520732011331036461129765621272702107522001 -515377520732011331036461129765621272702107522001 0 0 0 73786976294838206464


def digits(n, base):
    out = 0
    while n:
        n //= base
        out += 1
    return out


print(digits(3**200, 10), digits(2**300, 1000), digits(M * M * M, H), digits(M * M, 2**62))  # expect: 96 31 4 3
x = M * M * M + 12345
x //= 10
print(x)  # expect: 627710173538668076383578942320766641610235544446403452524
x //= -7
print(x)  # expect: -89672881934095439483368420331538091658605077778057636075
x //= -(M - 1)
print(x)  # expect: 4861176670299120906883162164363968043
x //= 1000
print(x, type(x).__name__)  # expect: 4861176670299120906883162164363968 int
y = -(M * M * M)
y //= 3
print(y)  # expect: -2092367245128893587945263141069222138700785148154678170966
y = M * M + 5
y //= 2
print(y)  # expect: 170141183460469231731687303715884105730
y //= H
print(y)  # expect: 18446744073709551616
big = 7**70
acc = []
for i in range(5):
    t = big
    t //= 10**i + 1
    acc.append(t % 1000)
print(acc, big % 1000)  # expect: [624, 568, 32, 193, 610] 249
for zero in (0, False):
    try:
        print(M * M // zero)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(-(M * M) % zero)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(divmod(M * M, zero))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        z = M * M * M
        z //= zero
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, z == M * M * M)
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero True
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero True
