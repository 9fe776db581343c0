# sys.getswitchinterval / sys.setswitchinterval (seconds, default 0.005).
import sys

print(sys.getswitchinterval())  # expect: 0.005
print("%.6f" % sys.getswitchinterval())  # expect: 0.005000
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())  # expect: 0.001
sys.setswitchinterval(0.0001)
print("%.6f" % sys.getswitchinterval())  # expect: 0.000100
sys.setswitchinterval(1)
print(sys.getswitchinterval())  # expect: 1.0
for bad in [0, -1]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
# expect: switch interval must be strictly positive
# expect: switch interval must be strictly positive
print(sys.getswitchinterval())  # expect: 1.0
sys.setswitchinterval(0.005)
print(sys.getswitchinterval() == 0.005)  # expect: True
