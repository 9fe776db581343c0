for n in [10**12, 2**62, 2**62 + 1, 9223372036854775807, -1, 0]:
    for make in [lambda n=n: [0] * n, lambda: (1, 2) * n, lambda: "x" * n, lambda: b"xy" * n]:
        try:
            print(len(make()))
        except (MemoryError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
print("%999999999d" % 1, "%.999999999f" % 1.5)
