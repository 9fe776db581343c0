# VM-only: sys.getcheckinterval/setcheckinterval were removed from CPython 3; gilvm keeps them
# for the legacy (CPython 2) lock. Default 100 ticks.
import sys
print(sys.getcheckinterval())  # expect: 100
sys.setcheckinterval(1000)
print(sys.getcheckinterval())  # expect: 1000
sys.setcheckinterval(10)
print(sys.getcheckinterval())  # expect: 10
