# x op= y of a big int that only its local refers to is written into x's own block when the
# block has room (ADD and SUB of magnitudes that add up, MUL by a one-limb int); everything else,
# and a big int that something else also refers to, takes the general path. Aliases must never
# see the change. Every expectation is CPython 3.11's output.
# args: --gil newgil
# args: --gil nogil
M = 2**64
H = 2**63


def grow_mul(n, k):
    f = 1
    for i in range(2, n):
        f *= i * k
    return f


def grow_add(n, step):
    x = M * M
    for _ in range(n):
        x += step
    return x


def shrink(n):
    x = -(M + 5)
    for _ in range(n):
        x += 1
    return x


def aliases():
    x = M * M * 3
    y = x
    x += 1
    z = x
    x *= 7
    keep = [x]
    x -= -M
    d = {"v": x}
    x *= -3
    return y, z, keep[0], d["v"], x


def self_ops():
    x = M * M + 1
    x += x
    a = x
    x *= x
    b = x
    x -= x
    return a, b, x


def mixed():
    x = M * 5
    x += True
    x *= -1
    x -= 7
    x *= 0
    r1 = x
    y = -M * 9
    y -= 1
    y += -M
    y *= -(2**63)
    y -= -H
    y += M * M * M * M * M * M * M * M
    y *= 2**64 - 1
    y -= 1
    return r1, y


def carries():
    x = M**4 - 1
    x += 1
    a = x
    x -= -(M**4 - 1)
    b = x
    x = (M**7 - 1)
    x *= 2**64 - 1
    c = x
    x = -(M**3 - 1)
    x -= 1
    x += -(M**5)
    return a, b, c, x


def sizes():
    out = []
    x = M
    for k in range(40):
        x *= 2**63 + k
        out.append(x % 1000003)
    y = M
    for k in range(200):
        y += y // 3 + k
    return out[-1], len(str(x)), y % 999983, len(str(y)), x // y % 1000


def globally():
    global g
    g = M * M
    for i in range(5):
        g *= 3
    return g


print(grow_mul(40, 1), grow_mul(30, -1))  # expect: 20397882081197443358640281739902897356800000000 8841761993739701954543616000000
print(grow_add(10, 3), grow_add(5, -2**70), grow_add(3, True))  # expect: 340282366920938463463374607431768211486 340282366920938457560416503844711694336 340282366920938463463374607431768211459
print(shrink(6), type(shrink(6)).__name__, shrink(5))  # expect: -18446744073709551615 int -18446744073709551616
print(aliases())  # expect: (1020847100762815390390123822295304634368, 1020847100762815390390123822295304634369, 7145929705339707732730866756067132440583, 7145929705339707732749313500140841992199, -21437789116019123198247940500422525976597)
print(self_ops())  # expect: (680564733841876926926749214863536422914, 463168356949264781694283940034751631415802197597929763865537332891106664251396, 0)
print(mixed())  # expect: (0, 247330401473104534047094713089704592935557324103005993786583690272304831728808305726594637031169498012795797127849267297170010109524082976931440626868173237802221642532782079)
print(carries())  # expect: (115792089237316195423570985008687907853269984665640564039457584007913129639936, 231584178474632390847141970017375815706539969331281128078915168015826259279871, 13407807929942597098847186273910239236930042012704388843369920083034445969792056777621235010053505504363840807472722485292991361205680373566154973667917825, -2135987035920910082395021706169552114608981624092039450710877397245427392196742905467426121449472)
print(sizes())  # expect: (474575, 778, 595364, 45, 198)
print(globally())  # expect: 82688615161788046621600029605919675383808
