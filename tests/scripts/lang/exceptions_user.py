# User-defined exception classes, `raise ... from ...`, loop `else`.
class AppError(Exception):
    pass

class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__("cannot reach " + host)
        self.host = host
        self.code = code

class Quiet(AppError):
    def __str__(self):
        return "quiet failure"

try:
    raise NetworkError("example.org", 503)
except AppError as e:
    print(type(e).__name__, e, e.host, e.code, e.args)  # expect: NetworkError cannot reach example.org example.org 503 ('cannot reach example.org',)

for exc in [AppError("plain"), NetworkError("h", 1), Quiet(), ValueError("v")]:
    try:
        raise exc
    except NetworkError:
        print("network")
    except AppError as e:
        print("app:", e)
    except Exception as e:
        print("other:", repr(e))
# expect: app: plain
# expect: network
# expect: app: quiet failure
# expect: other: ValueError('v')

print(issubclass(NetworkError, Exception), isinstance(Quiet(), AppError), repr(AppError("x", 2)))  # expect: True True AppError('x', 2)

try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e))  # expect: class raised: AppError()

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise AppError("bad number: " + text) from e

try:
    parse("x1")
except AppError as e:
    print(e, "<-", type(e.__cause__).__name__)  # expect: bad number: x1 <- ValueError
    print(e.__cause__.__cause__)  # expect: None

try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__)  # expect: None

# Loop else: runs when the loop ends without break.
def find(items, wanted):
    for i in items:
        if i == wanted:
            print("found", i)
            break
    else:
        print("not found", wanted)

find([1, 2, 3], 2)  # expect: found 2
find([1, 2, 3], 7)  # expect: not found 7
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)  # expect: while done 3
while True:
    break
else:
    print("never")
for outer in range(2):
    for inner in range(2):
        if inner == 1:
            break
    else:
        print("never either")
print("loops ok")  # expect: loops ok
