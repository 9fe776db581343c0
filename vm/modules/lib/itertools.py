# itertools for gilvm, written in the VM's Python subset (embedded in the binary, see
# vm/modules/python_lib.h). Same results and order as CPython 3.11's, and the argument errors
# programs meet; the recipes follow the "roughly equivalent" code of CPython's documentation.
#
# Differs from CPython: the iterators are generators (or, for groupby, a class), so their type
# and repr are not itertools.count etc., and they cannot be pickled or copied. Where CPython
# checks its arguments (or calls iter()) when the iterator is made, a wrapper does that at
# once and returns the generator, so errors come where CPython raises them.

_MAXSIZE = 9223372036854775807


def count(start=0, step=1):
    if not isinstance(start, (int, float)) or not isinstance(step, (int, float)):
        raise TypeError("a number is required")
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(*args, **kwargs):
    if len(args) + len(kwargs) > 2:
        raise TypeError("repeat() takes at most 2 arguments (" + str(len(args) + len(kwargs)) + " given)")
    if args:
        obj = args[0]
    elif "object" in kwargs:
        obj = kwargs["object"]
    else:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    times = args[1] if len(args) > 1 else kwargs.get("times", None)
    if times is None:
        return _repeat_forever(obj)
    return _repeat(obj, times)


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat(obj, times):
    for _ in range(times):
        yield obj


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    return _chain_from(iter(iterables))


def _chain_from(iterables):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


class groupby:
    # CPython's: moving the groupby on leaves the group it gave before empty.
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._marker = object()
        self._tgtkey = self._marker
        self._currkey = self._marker
        self._currvalue = self._marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        marker = self._marker
        while self._currkey is marker or (self._tgtkey is not marker and
                                          self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            if self._keyfunc is None:
                self._currkey = self._currvalue
            else:
                self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                self._currkey = self._marker
                self._it = iter(())
                return
            if self._keyfunc is None:
                self._currkey = self._currvalue
            else:
                self._currkey = self._keyfunc(self._currvalue)


def _islice_index(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0 or value > _MAXSIZE:
        raise ValueError(message)
    return value


def islice(*args):
    if len(args) < 2:
        raise TypeError("islice expected at least 2 arguments, got " + str(len(args)))
    if len(args) > 4:
        raise TypeError("islice expected at most 4 arguments, got " + str(len(args)))
    start = 0
    step = 1
    if len(args) == 2:
        stop = _islice_index(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    else:
        stop = _islice_index(args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = _islice_index(args[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        if len(args) == 4 and args[3] is not None:
            step = args[3]
            if not isinstance(step, int) or step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(args[0]), start, stop, step)


def _islice(it, start, stop, step):
    # CPython's islice_next: it reads no item past the last one it gives.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # The iterators share one linked list of [value, next link]: each holds its place in it,
    # and what all of them have passed is freed.
    head = [None, None]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, link):
    while True:
        following = link[1]
        if following is None:
            try:
                value = next(it)
            except StopIteration:
                return
            following = [value, None]
            link[1] = following
        link = following
        yield following[0]


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    # An odometer over the pools' indices, the last one turning fastest.
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    # CPython's algorithm, moving the items themselves rather than their indices, so that each
    # result is one slice of `items`.
    if r > n:
        return
    items = list(pool)
    cycles = list(range(n, n - r, -1))
    yield tuple(items[:r])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                items[i:] = items[i + 1:] + items[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                items[i], items[-j] = items[-j], items[i]
                yield tuple(items[:r])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    result = list(pool[:r])
    yield tuple(result)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        result[i] = pool[indices[i]]
        for j in range(i + 1, r):
            k = indices[j - 1] + 1
            indices[j] = k
            result[j] = pool[k]
        yield tuple(result)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    result = [pool[0]] * r if n else []
    yield tuple(result)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        item = pool[value]
        for j in range(i, r):
            indices[j] = value
            result[j] = item
        yield tuple(result)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b
