# heapq for gilvm (embedded; see vm/modules/python_lib.h): as CPython 3.11's heapq.py, the
# heap functions come from the native _heapq (vm/modules/module_heapq.cpp: CPython's sift
# algorithms, so heaps hold their items in the same order as CPython's); merge, nlargest and
# nsmallest are written here on top of them. The pure-Python sifts stay for code that calls
# heapq._siftdown or heapq._siftup itself.
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapreplace_max, _heapify_max


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    # Simpler than CPython's (a heap of [value, order, next] entries), with the same output:
    # equal items come out in the order of the iterables they came from.
    h = []
    if reverse:
        _heapify_ = _heapify_max
        _heappop_ = _heappop_max
        _heapreplace_ = _heapreplace_max
        direction = -1
    else:
        _heapify_ = heapify
        _heappop_ = heappop
        _heapreplace_ = heapreplace
        direction = 1
    order = 0
    for it in iterables:
        it = iter(it)
        for value in it:
            if key is None:
                h.append([value, order * direction, it])
            else:
                h.append([key(value), order * direction, value, it])
            break
        order += 1
    _heapify_(h)
    while len(h) > 1:
        while True:
            s = h[0]
            if key is None:
                yield s[0]
                nxt = next(s[2], _sentinel)
                if nxt is _sentinel:
                    _heappop_(h)
                    break
                s[0] = nxt
            else:
                yield s[2]
                nxt = next(s[3], _sentinel)
                if nxt is _sentinel:
                    _heappop_(h)
                    break
                s[0] = key(nxt)
                s[2] = nxt
            _heapreplace_(h, s)
    if h:
        s = h[0]
        if key is None:
            yield s[0]
            yield from s[2]
        else:
            yield s[2]
            yield from s[3]


_sentinel = object()


def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = min(it, default=_sentinel)
        else:
            result = min(it, default=_sentinel, key=key)
        return [] if result is _sentinel else [result]
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = max(it, default=_sentinel)
        else:
            result = max(it, default=_sentinel, key=key)
        return [] if result is _sentinel else [result]
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]
