# floats: Mandelbrot with complex numbers
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit

def main():
    total = 0
    rows = []
    for y in range(40):
        row = []
        for x in range(80):
            c = complex(-2.0 + x * 3.0 / 80, -1.2 + y * 2.4 / 40)
            n = mandel(c)
            total += n
            row.append('#' if n == 50 else '.')
        rows.append(''.join(row))
    print(total)
    print(rows[20][:40])
    z = (1+2j) * (3-4j) / (2+1j)
    print(z, z.real, z.imag, z.conjugate(), abs(3+4j))
main()
