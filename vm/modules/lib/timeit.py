# timeit for gilvm (embedded; see vm/modules/python_lib.h): timing callables as CPython 3.11's
# module does (Timer, timeit, repeat, default_timer; the statement run `number` times in a
# loop, the best of `repeat` left to the caller). gilvm has no exec(), so the statement and
# the setup are callables; a string other than 'pass' raises ValueError naming this.
import time
from itertools import repeat as _repeat

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _callable(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return None
        raise ValueError(f'{what} must be callable: gilvm has no exec() to run the string {code!r}')
    raise ValueError(f'{what} is neither a string nor callable')


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable(stmt, 'stmt')
        self._setup = _callable(setup, 'setup')

    def timeit(self, number=default_number):
        if self._setup is not None:
            self._setup()
        stmt = self._stmt
        timer = self.timer
        it = _repeat(None, number)
        if stmt is None:
            start = timer()
            for _ in it:
                pass
            return timer() - start
        start = timer()
        for _ in it:
            stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # The number of loops (1, 2, 5, 10, 20, 50, ...) that takes at least 0.2 seconds.
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
