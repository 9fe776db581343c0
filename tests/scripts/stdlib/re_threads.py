# args: --gil newgil
# args: --gil nogil
# One compiled pattern shared by threads that match, search, findall, sub and split with it at
# once, and compile through the shared cache: every thread gets the answers of a lone thread.
import re
import threading

word = re.compile(r"(?P<w>[a-z]+)(\d*)")
text = "alpha1 beta22 gamma delta333 " * 20
expected = (word.findall(text), word.sub(r"\2\g<w>", text), re.split(r"\s+", text),
            [m.span() for m in word.finditer(text)])
results = []
errors = []


def worker(n):
    try:
        for i in range(30):
            got = (word.findall(text), word.sub(r"\2\g<w>", text), re.split(r"\s+", text),
                   [m.span() for m in word.finditer(text)])
            if got != expected:
                errors.append("mismatch")
            pattern = re.compile(r"x%d_(\d+)" % (i % 5))
            m = pattern.search("--x%d_%d--" % (i % 5, n))
            if m is None or m.group(1) != str(n):
                errors.append("compile")
        results.append(n)
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), errors)
print(len(expected[0]), expected[0][:2], expected[1][:20])

# expect: [0, 1, 2, 3] []
# expect: 80 [('alpha', '1'), ('beta', '22')] 1alpha 22beta gamma 
