# LOAD_ATTR and LOAD_METHOD on modules: the slot cache follows rebinding, several modules at one
# site, names added later, and missing names.
# args: --gil newgil
# args: --gil nogil
import math
import heapq
import bisect


def roots(n):
    return [math.sqrt(i) for i in range(n)]


print(roots(4))
real_sqrt = math.sqrt
math.sqrt = lambda x: -x
print(roots(3))
math.sqrt = real_sqrt
print(roots(3))

for module in [math, heapq, bisect, math]:
    print(module.__name__, hasattr(module, "pi"))
    try:
        print(module.pi)
    except AttributeError as error:
        print("AttributeError:", error)

math.answer = 42
print([math.answer for _ in range(2)])
math.answer = 43
print(math.answer)


def call_each(modules):
    out = []
    for m in modules:
        out.append(m.floor(2.5) if m is math else m.bisect([1, 2, 3], 2))
    return out


print(call_each([math, bisect, math, bisect]))
try:
    math.nothing_here()
except AttributeError as error:
    print("AttributeError:", error)
# expect: [0.0, 1.0, 1.4142135623730951, 1.7320508075688772]
# expect: [0, -1, -2]
# expect: [0.0, 1.0, 1.4142135623730951]
# expect: math True
# expect: 3.141592653589793
# expect: heapq False
# expect: AttributeError: module 'heapq' has no attribute 'pi'
# expect: bisect False
# expect: AttributeError: module 'bisect' has no attribute 'pi'
# expect: math True
# expect: 3.141592653589793
# expect: [42, 42]
# expect: 43
# expect: [2, 2, 2, 2]
# expect: AttributeError: module 'math' has no attribute 'nothing_here'
