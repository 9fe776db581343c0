# A recursive serializer: isinstance chains, repr, str.replace, joins of generator expressions
# over lists and dict items.
def dumps(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ",".join(dumps(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(dumps(k) + ":" + dumps(x) for k, x in v.items()) + "}"
    raise TypeError(type(v).__name__)
def main(n):
    doc = {"name": "gil", "ok": True, "n": None, "vals": [1, 2.5, "x", [3, 4]], "sub": {"a": 1, "b": [True, False]}}
    total = 0
    for i in range(n):
        doc["n"] = i
        s = dumps(doc)
        total += len(s)
    return total, s
print(main(8000))
