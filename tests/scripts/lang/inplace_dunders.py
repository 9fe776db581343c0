# In-place operators ask the left operand's in-place dunder first (__iadd__, __isub__, __imul__,
# __ior__, __ifloordiv__, ...), then the binary one when it is missing or returns NotImplemented,
# as CPython's binary_iop1; `x += 1` too (INPLACE_ADD_INT). Under a GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil

class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __iadd__(self, o): self.x += o.x; return self
    def __repr__(self): return "V(%r)" % self.x
class W:
    def __init__(self, x): self.x = x
    def __add__(self, o): return W(self.x + o)
    def __repr__(self): return "W(%r)" % self.x
class N:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add"
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __isub__(self, o): self.items.remove(o); return self
    def __imul__(self, k): self.items = self.items * k; return self
    def __ior__(self, o): self.items.extend(o); return self
    def __ifloordiv__(self, o): return "floordiv"
v = V(1); w = v; v += V(2); print(v, w, v is w)
a = W(1); b = a; a += 5; print(a, b, a is b)
n = N(); n += 1; print(n)
acc = Acc(); acc += 1; acc += 2; acc -= 1; acc *= 2; acc |= [9]; print(acc.items)
acc //= 3; print(acc)
class Holder:
    def __init__(self): self.v = V(10); self.l = [V(1)]
h = Holder(); h.v += V(1); h.l[0] += V(5); print(h.v, h.l)
d = {"k": V(0)}; d["k"] += V(3); print(d)
class R:
    def __radd__(self, o): return "radd"
x = 1; x += R(); print(x)
try:
    q = V(1); q -= V(1)
except TypeError as e:
    print(e)
# expect: V(3) V(3) True
# expect: W(6) W(1) False
# expect: add
# expect: [2, 2, 9]
# expect: floordiv
# expect: V(11) [V(6)]
# expect: {'k': V(3)}
# expect: radd
# expect: unsupported operand type(s) for -=: 'V' and 'V'
