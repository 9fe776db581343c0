# floats: statistics, numeric integration, Newton's method, math functions
import math
def mean(xs):
    return sum(xs) / len(xs)
def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
def newton_sqrt(x):
    g = x / 2.0
    for _ in range(30):
        g = 0.5 * (g + x / g)
    return g
xs = [math.sin(i * 0.01) * 100 + (i % 7) * 0.5 for i in range(50000)]
print(round(mean(xs), 6), round(stdev(xs), 6))
print(round(simpson(math.exp, 0.0, 1.0, 20000), 10), round(simpson(lambda t: t * t, 0, 3, 10000), 8))
print(sum(newton_sqrt(float(i)) for i in range(1, 5000)))
pts = [(math.cos(t / 100), math.sin(t / 100)) for t in range(10000)]
print(round(sum(math.hypot(x, y) for x, y in pts), 6), f"{max(x for x, _ in pts):.4f}")
