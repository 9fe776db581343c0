# VM-only: --check-interval sets sys.getcheckinterval() (removed from CPython 3).
# args: --gil legacy --check-interval 10
import sys
print(sys.getcheckinterval())  # expect: 10
