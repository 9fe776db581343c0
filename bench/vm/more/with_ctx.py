# Context managers: a class with `__enter__`/`__exit__` swallowing an exception, nested `with` of
# two managers.
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Timer.depth -= 1
        return exc_type is KeyError
def main(n):
    t = 0
    for i in range(n):
        with Timer() as tm:
            t += Timer.depth
            if i % 7 == 0:
                raise KeyError(i)
        with Timer(), Timer():
            t += Timer.depth
    return t
print(main(40000))
