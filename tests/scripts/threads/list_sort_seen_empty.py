# Another thread sees a list being sorted as empty, and what it appends is dropped and makes
# the sort raise ValueError, as in CPython.
import threading
lst = []
seen = []
def look():
    seen.append((len(lst), list(lst)))
def grow():
    lst.append(100)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        t = threading.Thread(target=look)
        t.start()
        t.join()
        return self.v < other.v
    def __repr__(self): return "C%d" % self.v
lst = [C(3), C(1), C(2)]
lst.sort()
print(lst, seen)
class G(C):
    def __lt__(self, other):
        if self.v == 1:
            t = threading.Thread(target=grow)
            t.start()
            t.join()
        return self.v < other.v
lst = [G(3), G(1), G(2)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, lst)

# expect: [C1, C2, C3] [(0, []), (0, []), (0, []), (0, [])]
# expect: ValueError list modified during sort [C1, C2, C3]
