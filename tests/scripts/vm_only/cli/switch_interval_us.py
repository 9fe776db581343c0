# VM-only: --switch-interval accepts microseconds.
# args: --switch-interval 250us
import sys
print("%.6f" % sys.getswitchinterval())  # expect: 0.000250
