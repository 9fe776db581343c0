# sys.intern(): equal texts made apart become the same str.
import sys
a = ''.join(['sp', 'am'])
b = ''.join(['s', 'pam'])
print(a == b, sys.intern(a) is sys.intern(b), sys.intern(a) == 'spam', type(sys.intern(a)).__name__)
for bad in (1, b'x', None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)
try:
    sys.intern()
except TypeError as e:
    print(e)
# expect: True True True str
# expect: intern() argument must be str, not int
# expect: intern() argument must be str, not bytes
# expect: intern() argument must be str, not None
# expect: sys.intern() takes exactly one argument (0 given)
