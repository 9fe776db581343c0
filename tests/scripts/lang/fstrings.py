# f-strings: expressions, conversions, format specs (nested too), `=`, quotes and escapes.
name = "GIL"
count = 3
t = 0.123456
n = 1234567
print(f"hello {name}")  # expect: hello GIL
print(f"{count} threads, {count * 2} switches")  # expect: 3 threads, 6 switches
print(f"{t:.3f} s")  # expect: 0.123 s
print(f"[{n:>12,}]")  # expect: [   1,234,567]
print(f"{name!r} {name!s} {'héllo'!a}")  # expect: 'GIL' GIL 'h\xe9llo'
print(f"{count=} {t=:.2f} {name = }")  # expect: count=3 t=0.12 name = 'GIL'
print(f"{ count + 1 = }")  # expect:  count + 1 = 4
print(f"{{literal}} and {{{count}}}")  # expect: {literal} and {3}
width = 10
precision = 2
print(f"[{t:{width}.{precision}f}]")  # expect: [      0.12]
print(f"[{name:^{width}}] [{name:*<{width}}]")  # expect: [   GIL    ] [GIL*******]
print(f'{"double" + " quotes"} inside single')  # expect: double quotes inside single
print(f"{'single'} inside double")  # expect: single inside double
print(f"""triple {name}
second line {count}""")
# expect: triple GIL
# expect: second line 3
print(f"tab\tand {name}\n".strip())  # expect: tab	and GIL
print(rf"raw \n {name}")  # expect: raw \n GIL
print(f"{'a' if count > 2 else 'b'}")  # expect: a
print(f"{[x * x for x in range(4)]}")  # expect: [0, 1, 4, 9]
print(f"{ {'k': 1}['k'] }")  # expect: 1
items = {"a": 1}
print(f"{items['a']} {len(items)}")  # expect: 1 1
print("plain " f"{name}" " joined")  # expect: plain GIL joined
print(f"{3.0} {1e16} {100.0} {None} {True} {[1, 'x']}")  # expect: 3.0 1e+16 100.0 None True [1, 'x']
print(f"{n:_} {n:x} {n:#X} {255:#b} {8:o} {n:e}")
# expect: 1_234_567 12d687 0X12D687 0b11111111 10 1.234567e+06
print(f"{-n:+,} {n:+} {-0.0:z.1f} {0.25:.0%}")  # expect: -1,234,567 +1234567 0.0 25%
print(f"{'✓':>3}|{'é':*^5}|")  # expect:   ✓|**é**|
print(f"{2 ** 100}")  # expect: 1267650600228229401496703205376
print(f"{2 ** 70:,}")  # expect: 1,180,591,620,717,411,303,424
print(f"")  # expect:
def report(label, seconds):
    return f"{label:<10}{seconds:8.3f} s"
print(report("fib(30)", 0.5))  # expect: fib(30)      0.500 s
print(report("io", 12.25))  # expect: io          12.250 s
