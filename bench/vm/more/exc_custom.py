# Exception classes with `__init__` and `super()`, raise inside except, `except ... as`,
# `finally`, `int()` raising ValueError.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)
def main(n):
    d = {i: i for i in range(0, 100, 2)}
    t = 0
    for i in range(n):
        try:
            t += lookup(d, i % 100)
        except NotFound as e:
            t += e.key + len(str(e))
        except AppError:
            t -= 1
        finally:
            t += 1
        try:
            int("x" if i % 5 == 0 else "7")
        except ValueError:
            t += 2
    return t
print(main(30000))
