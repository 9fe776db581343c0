# True division always gives a float; floats print in their shortest round-trip form.
print(7 / 2)  # expect: 3.5
print(1 / 4)  # expect: 0.25
print(4 / 2)  # expect: 2.0
print(-1 / 8)  # expect: -0.125
print(1 / 4 + 1 / 4)  # expect: 0.5
print(3 / 2 > 1)  # expect: True
print(int(7 / 2))  # expect: 3
print("%.3f" % (2 / 3))  # expect: 0.667
print(1 == 1.0, 2 < 2.5)  # expect: True True
