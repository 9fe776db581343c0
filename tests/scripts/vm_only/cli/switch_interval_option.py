# VM-only: --switch-interval sets what sys.getswitchinterval() returns (CPython has no such
# option and would print 0.005).
# args: --gil newgil --switch-interval 1ms
import sys
print(sys.getswitchinterval())  # expect: 0.001
