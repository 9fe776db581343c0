# Lists and tuples nested far deeper than the recursion limit: repr, comparison, membership,
# and sorting raise RecursionError (catchable, the program goes on), and freeing them
# never recurses in C++ (a million levels would overflow the C++ stack).
# timeout: 60s
x = []
y = []
for i in range(100000):
    x = [x]
    y = [y]
try:
    repr(x)
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded while getting the repr of an object
try:
    print(x)
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded while getting the repr of an object
try:
    "%s" % (x,)
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded while getting the repr of an object
try:
    x == y
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded in comparison
try:
    x in [1, 2, y]
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded in comparison
try:
    [x, y].count(y)
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded in comparison
try:
    sorted([x, y])
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded in comparison
t = ()
for i in range(100000):
    t = (t,)
big = []
for i in range(1000000):
    big = [big]
big = None
x = y = t = None
print("freed")  # expect: freed
