# Floats through the math module: sqrt, sin, cos, exp, log, floor, abs, round, min and max.
import math
def main(n):
    t = 0.0
    for i in range(1, n):
        x = i * 0.001
        t += math.sqrt(x) + math.sin(x) * math.cos(x)
        t += math.exp(-x) + math.log(x + 1)
        t += abs(x - 0.5) + round(x, 2) + math.floor(x)
        t += max(x, 0.3) + min(x, 0.7)
        t = t / 1.0000001
    return round(t, 3)
print(main(50000))
