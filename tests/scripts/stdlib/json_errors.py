# json's errors: JSONDecodeError (a ValueError, json.decoder.JSONDecodeError too) with CPython
# 3.11's messages and positions, dumps' TypeError and ValueError.
# args: --gil newgil
# args: --gil nogil
import json
bad = ['', ' ', '[1,2', '[1 2]', '{"a" 1}', '{"a":1,}', '[1,]', '{1:2}', '"abc', '"a\\qb"',
       '"\\u12"', '"\\u12zz"', '"\\ud83d\\uzzzz"', '"a\x01b"', '1 2', '[1,2]x', 'nul', 'tru',
       '-', '-a', '01', '1.', '1e', '{', '[', '{"a":', '"\\', '{"a":1 "b":2}', '[1,2,,]',
       '\ufeff[1]', '.5', '+1', '\n\n  [1,\n  2 x', '{"\u00e9": "\u00fc", "x": 1 y}',
       '[1]]', '{"a": 1}{', 'NaNx', '[-]', '"\\u00e9', '{"a" : [1, {"b": tru}]}']
for text in bad:
    try:
        json.loads(text)
        print("no error", repr(text))
    except json.JSONDecodeError as e:
        print(e)
try:
    json.loads('[1,\n 2 x')
except ValueError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, repr(e.doc), e.args)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
for value in [5, None, [1]]:
    try:
        json.loads(value)
    except TypeError as e:
        print(e)
for value in [{1, 2}, b"x", range(2), [1, {"a": len}]]:
    try:
        json.dumps(value)
    except TypeError as e:
        print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({float("inf"): 1}, allow_nan=False)
except ValueError as e:
    print(e)
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
loop.pop()
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
d.clear()
class Thing:
    pass
try:
    json.dumps(Thing(), default=lambda o: o)
except ValueError as e:
    print(e)
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(e)
try:
    json.dumps([1], default=lambda o: o, separators=(",", 5))
except TypeError as e:
    print("separator TypeError")
try:
    json.loads('{"a": 1}', object_hook=lambda d: d["missing"])
except KeyError as e:
    print("KeyError", e)
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
import json.decoder
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder,
      json.decoder.JSONDecodeError.__name__)
try:
    import json.nothing
except ImportError as e:
    print(type(e).__name__, e)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting value: line 1 column 2 (char 1)
# expect: Expecting ',' delimiter: line 1 column 5 (char 4)
# expect: Expecting ',' delimiter: line 1 column 4 (char 3)
# expect: Expecting ':' delimiter: line 1 column 6 (char 5)
# expect: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)
# expect: Expecting value: line 1 column 4 (char 3)
# expect: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: Unterminated string starting at: line 1 column 1 (char 0)
# expect: Invalid \escape: line 1 column 3 (char 2)
# expect: Invalid \uXXXX escape: line 1 column 3 (char 2)
# expect: Invalid \uXXXX escape: line 1 column 3 (char 2)
# expect: Invalid \uXXXX escape: line 1 column 9 (char 8)
# expect: Invalid control character at: line 1 column 3 (char 2)
# expect: Extra data: line 1 column 3 (char 2)
# expect: Extra data: line 1 column 6 (char 5)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Extra data: line 1 column 2 (char 1)
# expect: Extra data: line 1 column 2 (char 1)
# expect: Extra data: line 1 column 2 (char 1)
# expect: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: Expecting value: line 1 column 2 (char 1)
# expect: Expecting value: line 1 column 6 (char 5)
# expect: Unterminated string starting at: line 1 column 1 (char 0)
# expect: Expecting ',' delimiter: line 1 column 8 (char 7)
# expect: Expecting value: line 1 column 6 (char 5)
# expect: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting ',' delimiter: line 4 column 5 (char 12)
# expect: Expecting ',' delimiter: line 1 column 19 (char 18)
# expect: Extra data: line 1 column 4 (char 3)
# expect: Extra data: line 1 column 9 (char 8)
# expect: Extra data: line 1 column 4 (char 3)
# expect: Expecting value: line 1 column 2 (char 1)
# expect: Invalid \uXXXX escape: line 1 column 3 (char 2)
# expect: Expecting value: line 1 column 18 (char 17)
# expect: JSONDecodeError Expecting ',' delimiter 7 2 4 '[1,\n 2 x' ("Expecting ',' delimiter: line 2 column 4 (char 7)",)
# expect: True True
# expect: the JSON object must be str, bytes or bytearray, not int
# expect: the JSON object must be str, bytes or bytearray, not NoneType
# expect: the JSON object must be str, bytes or bytearray, not list
# expect: Object of type set is not JSON serializable
# expect: Object of type bytes is not JSON serializable
# expect: Object of type range is not JSON serializable
# expect: Object of type builtin_function_or_method is not JSON serializable
# expect: keys must be str, int, float, bool or None, not tuple
# expect: Out of range float values are not JSON compliant
# expect: Out of range float values are not JSON compliant
# expect: Circular reference detected
# expect: Circular reference detected
# expect: Circular reference detected
# expect: '<' not supported between instances of 'int' and 'str'
# expect: separator TypeError
# expect: KeyError 'missing'
# expect: True True JSONDecodeError
# expect: ModuleNotFoundError No module named 'json.nothing'
