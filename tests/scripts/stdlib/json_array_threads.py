# Threads share a document and an array: json.dumps/loads of the shared document from every thread
# give the same text, and appends to a shared array from every thread all land (the array's bytes
# change under its lock when free-threaded).
# args: --gil newgil
# args: --gil nogil
# timeout: 30s
import json
import threading
from array import array
doc = {"rows": [{"id": i, "name": "r%d" % i, "v": [i * 0.5, None, True]} for i in range(200)]}
expected = json.dumps(doc, sort_keys=True)
shared = array('d')
results = []
lock = threading.Lock()
def work(n):
    ok = True
    for _ in range(20):
        text = json.dumps(doc, sort_keys=True)
        ok = ok and text == expected and json.loads(text) == doc
    for i in range(1000):
        shared.append(n)
    with lock:
        results.append(ok)
threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, len(shared), sum(shared), shared.count(3.0))
# expect: [True, True, True, True] 4000 6000.0 1000
