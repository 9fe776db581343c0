# json.loads (C++ _json under lib/json.py): all JSON values, numbers as int (big too) or float,
# escapes and surrogate pairs, hooks, bytes input, as CPython 3.11's.
# args: --gil newgil
# args: --gil nogil
import json
print(json.loads('{"a": [1, 2.5, null, true, false], "b": "x", "c": {}, "d": []}'))
print(json.loads(' \t\n\r[1, -2, 0, -0, 1e3, 1E-2, 2.5e+2, -0.0, 12345678901234567890123]\n'))
print(json.loads("[9223372036854775807, -9223372036854775808, 9223372036854775808]"))
print(json.loads("[1e400, -1e400, 1e-400, 0.1, 1.7976931348623157e308, 5e-324]"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(repr(json.loads('"tab\\there \\"q\\" \\\\ \\/ \\b\\f\\n\\r"')))
print(ascii(json.loads('"caf\\u00e9 \\u20AC \\ud83d\\ude00 caf\u00e9"')))
print(ascii(json.loads('"\\ud800 x \\ud83d\\u0041 \\udc00"')))
print(ascii(json.loads('"\u00e9\u4e2d\U0001f600"')), len(json.loads('"\u00e9\u4e2d\U0001f600"')))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"": 0, "x": {"y": {"z": [[], {}]}}}'))
print(json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("0"), json.loads(" 3.5 "))
print(json.loads('"a\\u0000b"') == "a\x00b", json.loads("true"), json.loads("null"))
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": 2}')), json.loads(b'\xef\xbb\xbf[3]'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2, 10]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1.5, 2]', parse_float=float, parse_int=int))
print(json.loads('"a\tb"', strict=False) == "a\tb")
doc = json.loads('[{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}]')
print(doc[0]["tags"][1], doc[1]["id"], type(doc[0]["id"]).__name__, type(doc).__name__)
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] == list(keys[1])[0])
text = json.dumps({"nested": [1, 2.25, "s\u00e9", None, {"k": [True]}], "big": 2**80})
print(json.loads(text) == {"nested": [1, 2.25, "s\u00e9", None, {"k": [True]}], "big": 2**80})
class Source:
    def read(self):
        return '{"from": "file"}'
print(json.load(Source()))
print(json.JSONDecoder(object_hook=len).decode('{"a": 1, "b": 2}'))
# expect: {'a': [1, 2.5, None, True, False], 'b': 'x', 'c': {}, 'd': []}
# expect: [1, -2, 0, 0, 1000.0, 0.01, 250.0, -0.0, 12345678901234567890123]
# expect: [9223372036854775807, -9223372036854775808, 9223372036854775808]
# expect: [inf, -inf, 0.0, 0.1, 1.7976931348623157e+308, 5e-324]
# expect: [nan, inf, -inf]
# expect: 'tab\there "q" \\ / \x08\x0c\n\r'
# expect: 'caf\xe9 \u20ac \U0001f600 caf\xe9'
# expect: '\ud800 x \ud83dA \udc00'
# expect: '\xe9\u4e2d\U0001f600' 3
# expect: {'a': 2, 'b': 3}
# expect: {'': 0, 'x': {'y': {'z': [[], {}]}}}
# expect: [] {}  0 3.5
# expect: True True None
# expect: [1, 'b'] {'k': 2} [3]
# expect: [('a', [('b', 1)])]
# expect: [('b', 1), ('a', [2, [('c', 3)]])]
# expect: ['F1.5', 'I2', 'I10']
# expect: ['CNaN', 'C-Infinity']
# expect: [1.5, 2]
# expect: True
# expect: b 2 int list
# expect: True
# expect: True
# expect: {'from': 'file'}
# expect: 2
