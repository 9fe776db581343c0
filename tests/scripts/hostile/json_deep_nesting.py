# JSON nested far deeper than the recursion limit: loads and dumps raise RecursionError
# (catchable, the program goes on) instead of overflowing the C++ stack.
# timeout: 60s
import json
depth = 100000
for text in ["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth, "[" * depth]:
    try:
        json.loads(text)
        print("no error")
    except RecursionError as e:
        print("RecursionError", "decoding" in str(e))
x = []
for i in range(depth):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", "encoding" in str(e))
d = {}
for i in range(depth):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print("RecursionError", "encoding" in str(e))
nested = json.loads("[" * 500 + "]" * 500)
levels = 0
while nested:
    nested = nested[0]
    levels += 1
print(levels, len(json.dumps(json.loads("[" * 500 + "]" * 500))))
x = d = None
print("done")
# expect: RecursionError True
# expect: RecursionError True
# expect: RecursionError True
# expect: RecursionError True
# expect: RecursionError True
# expect: 499 1000
# expect: done
