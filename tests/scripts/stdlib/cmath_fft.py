# a recursive FFT with cmath.exp twiddles: complex lists, slices, sums and f-string formats
import cmath
def fft(x):
    n = len(x)
    if n <= 1:
        return x
    even = fft(x[0::2])
    odd = fft(x[1::2])
    t = [cmath.exp(-2j * cmath.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + t[k] for k in range(n // 2)] + [even[k] - t[k] for k in range(n // 2)]
data = [complex(i % 5, (i * 7) % 3) for i in range(64)]
out = fft(data)
print(out[:4])
print(sum(abs(v) for v in out), max(out, key=abs))
print(" ".join(f"{v:.3f}" for v in out[:3]))

# expect: [(126+63j), (-1.9672223978144439-1.1987846134067555j), (-1.9341260598015246-1.4059021811457706j), (-1.9003786668077334-1.6271786922127651j)]
# expect: 654.9355202383047 (126+63j)
# expect: 126.000+63.000j -1.967-1.199j -1.934-1.406j
