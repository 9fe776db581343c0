# json.dumps (C++ _json under lib/json.py): every type, CPython's float and string texts, indent,
# separators, sort_keys, default=, skipkeys, non-str keys, as CPython 3.11's.
# args: --gil newgil
# args: --gil nogil
import json
print(json.dumps({"a": [1, 2.5, None, True, False], "b": (3, "x"), "c": {}, "d": []}))
print(json.dumps([2**64, -2**70, 0, -1, 10**30]))
print(json.dumps([1e16, 1e-7, 0.1, -0.0, 1.5e300, 123456789.125, 3.0, 1e22, 5e-324]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("tab\there \"quoted\" back\\slash \n\r\b\f \x00\x1f \x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \ud800"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600", ensure_ascii=False))
print(json.dumps({"k\u00e9y": "v"}, ensure_ascii=False))
print(json.dumps({"a": 1, "b": [1, 2, {"c": []}], "e": {}}, indent=2))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps([1, {"a": 2}], indent=0))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=1, separators=(", ", " = ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({3: "i", 1.5: "f", True: "t", None: "n", 2**70: "big", False: "F"}))
print(json.dumps({float("nan"): 1, float("inf"): 2}))
print(json.dumps({(1, 2): "tuple", "ok": 1, (3,): 2, "z": 0}, skipkeys=True))
print(json.dumps({(1, 2): "tuple"}, skipkeys=True, indent=2))
print(json.dumps({"x": {1, 2}}, default=sorted))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)
print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(json.dumps("x"), json.dumps(5), json.dumps(None), json.dumps(True), json.dumps(2.5))
print(json.dumps([[[]]]), json.dumps({"": ""}), json.dumps(("a",)), json.dumps({"a": ()}))
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
json.dump({"to": "file", "n": [1, 2]}, sink, indent=1)
print("".join(sink.parts))
print(json.dumps(list(range(5)), separators=(",", ":")) == "[0,1,2,3,4]")
many = {("k%d" % ((i * 7919) % 20000)): i for i in range(20000)}
text = json.dumps(many, sort_keys=True)
print(len(text), text[:40], text[-20:])
# expect: {"a": [1, 2.5, null, true, false], "b": [3, "x"], "c": {}, "d": []}
# expect: [18446744073709551616, -1180591620717411303424, 0, -1, 1000000000000000000000000000000]
# expect: [1e+16, 1e-07, 0.1, -0.0, 1.5e+300, 123456789.125, 3.0, 1e+22, 5e-324]
# expect: [NaN, Infinity, -Infinity]
# expect: "tab\there \"quoted\" back\\slash \n\r\b\f \u0000\u001f \u007f"
# expect: "caf\u00e9 \u20ac \ud83d\ude00 \ud800"
# expect: "café € 😀"
# expect: {"kéy": "v"}
# expect: {
# expect:   "a": 1,
# expect:   "b": [
# expect:     1,
# expect:     2,
# expect:     {
# expect:       "c": []
# expect:     }
# expect:   ],
# expect:   "e": {}
# expect: }
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2,
# expect: 		3
# expect: 	]
# expect: ]
# expect: [
# expect: 1,
# expect: {
# expect: "a": 2
# expect: }
# expect: ]
# expect: {"a":1,"b":2}
# expect: {
# expect:  "a" = [
# expect:   1, 
# expect:   2
# expect:  ]
# expect: }
# expect: {"a": 2, "b": 1, "c": {"y": 1, "z": 0}}
# expect: {"3": "i", "1.5": "f", "true": "t", "null": "n", "1180591620717411303424": "big", "false": "F"}
# expect: {"NaN": 1, "Infinity": 2}
# expect: {"ok": 1, "z": 0}
# expect: {
# expect:   
# expect: }
# expect: {"x": [1, 2]}
# expect: [{"x": 1, "y": 2}]
# expect: {"p": [3, 4]}
# expect: [
# expect:  [
# expect:   5,
# expect:   6
# expect:  ]
# expect: ]
# expect: {"a": 2, "b": 1}
# expect: "x" 5 null true 2.5
# expect: [[[]]] {"": ""} ["a"] {"a": []}
# expect: [[1, 2], [1, 2], {"s": [1, 2]}]
# expect: {
# expect:  "to": "file",
# expect:  "n": [
# expect:   1,
# expect:   2
# expect:  ]
# expect: }
# expect: True
# expect: 317780 {"k0": 0, "k1": 17679, "k10": 16790, "k1 642, "k9999": 12321}
