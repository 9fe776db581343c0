# x[k] with a literal k >= 0 compiles to SUBSCR_INT: a list's or tuple's item in line, anything
# else (str, bytes, range, dict, a class's __getitem__, an index out of range, a non-container)
# exactly as the general subscript. Under a GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil
t = (1, 2, 3)
l = [4, 5, 6]
print(t[0], t[2], l[1], l[0] + l[2])
print("abc"[1], b"xyz"[2], range(10, 20)[3], {0: "zero", 1: "one"}[1])
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
try:
    l[3]
except IndexError as e:
    print("IndexError:", e)
try:
    (5)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    {}[0]
except KeyError as e:
    print("KeyError:", e)
print(l[-1], t[-3])
l[0] += 10
print(l, l[0])
class C:
    def __getitem__(self, k):
        return ("getitem", k)
print(C()[7])
def f():
    return [9, 8, 7]
print(f()[2], [[1, 2], [3, 4]][1][0])
print(t[16777215] if False else "big ok")
try:
    print(t[16777216])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t[99999999999999999999])
except IndexError as e:
    print("IndexError:", e)
# expect: 1 3 5 10
# expect: b 122 13 one
# expect: IndexError: tuple index out of range
# expect: IndexError: list index out of range
# expect: TypeError: 'int' object is not subscriptable
# expect: KeyError: 0
# expect: 6 1
# expect: [14, 5, 6] 14
# expect: ('getitem', 7)
# expect: 7 3
# expect: big ok
# expect: IndexError: tuple index out of range
# expect: IndexError: cannot fit 'int' into an index-sized integer
