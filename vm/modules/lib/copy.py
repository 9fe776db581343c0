# copy for gilvm, written in the VM's Python subset (embedded; see vm/modules/python_lib.h):
# copy() and deepcopy() of the builtin containers and of class instances (through __copy__ /
# __deepcopy__ when the class has them, else a new instance made without __init__ whose
# __dict__ is copied, and __setstate__ if defined, and a list or dict subclass's items), with
# CPython 3.11's memo semantics (shared and cyclic references are copied once). Not __reduce_ex__: classes that need more than their
# __dict__ copied define __copy__/__deepcopy__ here.

from _collections import defaultdict as _defaultdict, deque as _deque


class Error(Exception):
    pass


error = Error

def _is_atomic(x):
    if isinstance(x, (int, float, complex, str, bytes, range)) or x is None:
        return True
    if callable(x) and not hasattr(x, '__dict__'):
        return True
    cls = type(x)
    return cls is type or cls is type(len) or cls is type(_is_atomic) or x is Ellipsis \
        or isinstance(x, type)


def copy(x):
    cls = type(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is _defaultdict or cls is _deque:
        return x.copy()
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset or _is_atomic(x):
        return x
    if _has_bytearray and cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


_has_bytearray = True
try:
    bytearray
except NameError:
    _has_bytearray = False


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict or cls is _defaultdict:
        # CPython's defaultdict reduces to (defaultdict, (default_factory,), ...): the factory
        # is kept as it is, not copied.
        y = {} if cls is dict else _defaultdict(x.default_factory)
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that recursion already copied (a cycle through it) is that copy.
        if d in memo:
            return memo[d]
        same = True
        for k in range(len(x)):
            if items[k] is not x[k]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is _deque:
        # As CPython's deque.__reduce__: a new deque of the maxlen, extended by the items' copies
        # (a deque inside itself is the copy).
        y = _deque(maxlen=x.maxlen)
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif _is_atomic(x):
        y = x
    elif _has_bytearray and cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    if isinstance(x, tuple):
        return _reconstruct_tuple(x, cls, memo, deep)
    if not hasattr(x, '__dict__'):
        raise Error("un(deep)copyable object of type %s" % cls)
    y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else x.__dict__
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        if not deep and state is x.__dict__:
            state = dict(state)
        y.__dict__.update(state)
    # The items of a list or dict subclass's instance, as CPython's __reduce_ex__ gives them
    # (listitems, dictitems) to be appended and stored.
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct_tuple(x, cls, memo, deep):
    # An instance of a subclass of tuple (a namedtuple's), as CPython's __reduce_ex__ gives it:
    # cls.__new__(cls, *args), args from its __getnewargs__ (else the tuple of its items), then
    # the attributes set on it, if any.
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else (tuple(x),)
    if deep:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(deepcopy(state, memo) if deep else state)
    return y
