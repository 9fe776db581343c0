# complex among the other protocols: type(), json, %-formatting, copy, dunders, attributes
import json, copy
print(complex, type(1j), repr(type(2j)), complex.__name__, type(1j)(3), issubclass(complex, object))
for f in [lambda: json.dumps(1j), lambda: "%f" % 1j, lambda: "%d" % 1j, lambda: "%s|%r|%5s" % (1j, 2+1j, 1j),
          lambda: copy.copy(1+1j), lambda: copy.deepcopy([1j]), lambda: (1j).__add__(2), lambda: (2j).__radd__(1),
          lambda: (1j).__eq__(1j), lambda: (1j).__hash__(), lambda: "{:.1f}|{!r}|{:>8}".format(1j, 1j, 1j),
          lambda: max([1j]), lambda: list(map(abs, [3+4j, -1j])), lambda: [z.real for z in (1j, 2+0j)],
          lambda: (1j).imag.is_integer(), lambda: 1j.real, lambda: getattr(1j, "imag"), lambda: hasattr(1j, "conjugate"),
          lambda: (1j).foo, lambda: setattr(1j, "real", 2), lambda: setattr(1.5, "imag", 2), lambda: setattr(True, "real", 2),
          lambda: setattr(2**70, "numerator", 1), lambda: setattr(1j, "foo", 1), lambda: str(-0j), lambda: 1j * [1],
          lambda: sum([0.5j, 0.5j]), lambda: (1+2j) ** 2 == (1+2j) * (1+2j), lambda: 3 * 1j == 3j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# expect: <class 'complex'> <class 'complex'> <class 'complex'> complex (3+0j) True
# expect: TypeError Object of type complex is not JSON serializable
# expect: TypeError must be real number, not complex
# expect: TypeError %d format: a real number is required, not complex
# expect: 1j|(2+1j)|   1j
# expect: (1+1j)
# expect: [1j]
# expect: (2+1j)
# expect: (1+2j)
# expect: True
# expect: 1000003
# expect: 0.0+1.0j|1j|      1j
# expect: 1j
# expect: [5.0, 1.0]
# expect: [0.0, 2.0]
# expect: True
# expect: 0.0
# expect: 1.0
# expect: True
# expect: AttributeError 'complex' object has no attribute 'foo'
# expect: AttributeError readonly attribute
# expect: AttributeError attribute 'imag' of 'float' objects is not writable
# expect: AttributeError attribute 'real' of 'int' objects is not writable
# expect: AttributeError attribute 'numerator' of 'int' objects is not writable
# expect: AttributeError 'complex' object has no attribute 'foo'
# expect: (-0-0j)
# expect: TypeError can't multiply sequence by non-int of type 'complex'
# expect: 1j
# expect: True
# expect: True
