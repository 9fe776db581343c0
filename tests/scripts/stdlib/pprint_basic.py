# pprint: pformat/pprint/pp of dicts, lists, tuples, sets and nested structures at several widths,
# indent, depth, compact, sort_dicts, and the collections types; CPython 3.11's layout.
import pprint
import collections
import io

data = {'name': 'gilvm', 'versions': [3, 11, 7], 'nested': {'b': (1, 2, 3), 'a': [{'x': 1}, {'y': [2, 3]}]},
        'tags': {'fast', 'small'}, 'empty': {}, 'none': None, 'flag': True, 'ratio': 0.25}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=20, indent=4)
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=30))
pprint.pp(data, width=50)
pprint.pprint(data, sort_dicts=False, width=60)

nums = list(range(40))
pprint.pprint(nums)
pprint.pprint(nums, compact=True)
pprint.pprint(nums, width=30, compact=True, indent=2)
pprint.pprint([nums[:12], nums[:3]], width=25)
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]), pprint.pformat(set()), pprint.pformat(frozenset()))
pprint.pprint(tuple(range(25)), width=30)
pprint.pprint((list(range(20)),), width=30)
pprint.pprint(set(range(30)), width=30)
pprint.pprint(frozenset(range(30)), width=30)
pprint.pprint({'k%d' % i: i * i for i in range(15)}, width=40)
pprint.pprint({3: 'c', 1: 'a', 2: 'b'})
pprint.pprint({(1, 2): [1, 2], (0, 5): 'x', (0, 1): None}, width=15)

# Mixed key types that do not order: sorted by type name, then id (a single int among strs here).
pprint.pprint({'b': 1, 'a': 2, 1: 'one'}, width=20)
pprint.pprint({1.5, 2, 'x'} == {1.5, 2, 'x'})

# Strings split at whitespace over lines, in parentheses at the top level.
text = 'The quick brown fox jumps over the lazy dog, again and again, until the dog wakes up and leaves.'
pprint.pprint(text, width=30)
pprint.pprint({'text': text, 'lines': 'first line\nsecond line that is long enough to wrap\nthird'}, width=40)
pprint.pprint([text], width=50)
pprint.pprint('short')
pprint.pprint('', width=5)
pprint.pprint(b'\x00\x01binary data that runs on for a while' * 2, width=30)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz'], width=20)
pprint.pprint(bytearray(b'bytes in an array, long enough to split'), width=30)

# collections
od = collections.OrderedDict([('z', 1), ('a', list(range(20)))])
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'x': list(range(15)), 'a': [1]})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra alakazam'), width=30)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=25), width=40)
pprint.pprint(collections.deque())

# A stream, PrettyPrinter's own methods
buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint({'alpha': [1, 2, 3], 'beta': ('x', 'y'), 'gamma': {'deep': {'deeper': [1, 2]}}})
print(buf.getvalue(), end='')
print(pp.pformat([1, 2]), pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
print(pprint.PrettyPrinter(depth=2).pformat([1, [2, [3, [4]]], {'a': {'b': 1}}, (5, (6,))]))

# saferepr, isreadable, isrecursive
class Thing:
    pass
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.isreadable({'a': 1}), pprint.isreadable(Thing()))
print(pprint.isreadable([Thing]), pprint.isrecursive([1, [2]]), pprint.saferepr('x\ny'))
print(pprint.isreadable(3), pprint.isreadable('s'), pprint.isreadable(None), pprint.isreadable(1.5))

# Recursion markers: the ids are replaced to keep the output deterministic; cycles broken before exit.
loop = [1, 2]
loop.append(loop)
print(pprint.saferepr(loop).replace(str(id(loop)), 'ID'), pprint.isrecursive(loop), pprint.isreadable(loop))
print(pprint.pformat(loop).replace(str(id(loop)), 'ID'))
print(pprint.pformat([loop, list(range(30))]).replace(str(id(loop)), 'ID'))
d = {'self': None, 'data': list(range(30))}
d['self'] = d
print(pprint.pformat(d).replace(str(id(d)), 'ID'))
loop.pop()
d.clear()

# A class with its own __repr__, and subclasses
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
pprint.pprint([Point(i, -i) for i in range(8)], width=40)
class MyList(list):
    pass
class MyReprList(list):
    def __repr__(self): return 'MyReprList!'
pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(MyReprList(range(30)), width=40)
pprint.pprint(MyList(range(3)))

# Errors
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

# expect: {'empty': {},
# expect:  'flag': True,
# expect:  'name': 'gilvm',
# expect:  'nested': {'a': [{'x': 1}, {'y': [2, 3]}], 'b': (1, 2, 3)},
# expect:  'none': None,
# expect:  'ratio': 0.25,
# expect:  'tags': {'fast', 'small'},
# expect:  'versions': [3, 11, 7]}
# expect: {'empty': {},
# expect:  'flag': True,
# expect:  'name': 'gilvm',
# expect:  'nested': {'a': [{'x': 1},
# expect:                   {'y': [2, 3]}],
# expect:             'b': (1, 2, 3)},
# expect:  'none': None,
# expect:  'ratio': 0.25,
# expect:  'tags': {'fast', 'small'},
# expect:  'versions': [3, 11, 7]}
# expect: {   'empty': {},
# expect:     'flag': True,
# expect:     'name': 'gilvm',
# expect:     'nested': {   'a': [   {   'x': 1},
# expect:                            {   'y': [   2,
# expect:                                         3]}],
# expect:                   'b': (   1,
# expect:                            2,
# expect:                            3)},
# expect:     'none': None,
# expect:     'ratio': 0.25,
# expect:     'tags': {   'fast',
# expect:                 'small'},
# expect:     'versions': [   3,
# expect:                     11,
# expect:                     7]}
# expect: {'empty': {},
# expect:  'flag': True,
# expect:  'name': 'gilvm',
# expect:  'nested': {...},
# expect:  'none': None,
# expect:  'ratio': 0.25,
# expect:  'tags': {'fast', 'small'},
# expect:  'versions': [...]}
# expect: {'empty': {},
# expect:  'flag': True,
# expect:  'name': 'gilvm',
# expect:  'nested': {'a': [...],
# expect:             'b': (...)},
# expect:  'none': None,
# expect:  'ratio': 0.25,
# expect:  'tags': {'fast', 'small'},
# expect:  'versions': [3, 11, 7]}
# expect: {'name': 'gilvm',
# expect:  'versions': [3, 11, 7],
# expect:  'nested': {'b': (1, 2, 3),
# expect:             'a': [{'x': 1}, {'y': [2, 3]}]},
# expect:  'tags': {'fast', 'small'},
# expect:  'empty': {},
# expect:  'none': None,
# expect:  'flag': True,
# expect:  'ratio': 0.25}
# expect: {'name': 'gilvm',
# expect:  'versions': [3, 11, 7],
# expect:  'nested': {'b': (1, 2, 3), 'a': [{'x': 1}, {'y': [2, 3]}]},
# expect:  'tags': {'fast', 'small'},
# expect:  'empty': {},
# expect:  'none': None,
# expect:  'flag': True,
# expect:  'ratio': 0.25}
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29,
# expect:  30,
# expect:  31,
# expect:  32,
# expect:  33,
# expect:  34,
# expect:  35,
# expect:  36,
# expect:  37,
# expect:  38,
# expect:  39]
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# expect:  22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]
# expect: [ 0, 1, 2, 3, 4, 5, 6, 7, 8,
# expect:   9, 10, 11, 12, 13, 14, 15,
# expect:   16, 17, 18, 19, 20, 21, 22,
# expect:   23, 24, 25, 26, 27, 28, 29,
# expect:   30, 31, 32, 33, 34, 35, 36,
# expect:   37, 38, 39]
# expect: [[0,
# expect:   1,
# expect:   2,
# expect:   3,
# expect:   4,
# expect:   5,
# expect:   6,
# expect:   7,
# expect:   8,
# expect:   9,
# expect:   10,
# expect:   11],
# expect:  [0, 1, 2]]
# expect: (1,) () [] set() frozenset()
# expect: (0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24)
# expect: ([0,
# expect:   1,
# expect:   2,
# expect:   3,
# expect:   4,
# expect:   5,
# expect:   6,
# expect:   7,
# expect:   8,
# expect:   9,
# expect:   10,
# expect:   11,
# expect:   12,
# expect:   13,
# expect:   14,
# expect:   15,
# expect:   16,
# expect:   17,
# expect:   18,
# expect:   19],)
# expect: {0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29}
# expect: frozenset({0,
# expect:            1,
# expect:            2,
# expect:            3,
# expect:            4,
# expect:            5,
# expect:            6,
# expect:            7,
# expect:            8,
# expect:            9,
# expect:            10,
# expect:            11,
# expect:            12,
# expect:            13,
# expect:            14,
# expect:            15,
# expect:            16,
# expect:            17,
# expect:            18,
# expect:            19,
# expect:            20,
# expect:            21,
# expect:            22,
# expect:            23,
# expect:            24,
# expect:            25,
# expect:            26,
# expect:            27,
# expect:            28,
# expect:            29})
# expect: {'k0': 0,
# expect:  'k1': 1,
# expect:  'k10': 100,
# expect:  'k11': 121,
# expect:  'k12': 144,
# expect:  'k13': 169,
# expect:  'k14': 196,
# expect:  'k2': 4,
# expect:  'k3': 9,
# expect:  'k4': 16,
# expect:  'k5': 25,
# expect:  'k6': 36,
# expect:  'k7': 49,
# expect:  'k8': 64,
# expect:  'k9': 81}
# expect: {1: 'a', 2: 'b', 3: 'c'}
# expect: {(0, 1): None,
# expect:  (0, 5): 'x',
# expect:  (1, 2): [1,
# expect:           2]}
# expect: {1: 'one',
# expect:  'a': 2,
# expect:  'b': 1}
# expect: True
# expect: ('The quick brown fox jumps '
# expect:  'over the lazy dog, again '
# expect:  'and again, until the dog '
# expect:  'wakes up and leaves.')
# expect: {'lines': 'first line\n'
# expect:           'second line that is long '
# expect:           'enough to wrap\n'
# expect:           'third',
# expect:  'text': 'The quick brown fox jumps '
# expect:          'over the lazy dog, again and '
# expect:          'again, until the dog wakes '
# expect:          'up and leaves.'}
# expect: ['The quick brown fox jumps over the lazy dog, '
# expect:  'again and again, until the dog wakes up and '
# expect:  'leaves.']
# expect: 'short'
# expect: ''
# expect: (b'\x00\x01binary data that r'
# expect:  b'uns on for a while\x00\x01'
# expect:  b'binary data that runs on'
# expect:  b' for a while')
# expect: [b'abcdefghijklmnop'
# expect:  b'qrstuvwxyz']
# expect: bytearray(b'bytes in an arra'
# expect:           b'y, long enough t'
# expect:           b'o split')
# expect: OrderedDict([('z', 1),
# expect:              ('a',
# expect:               [0,
# expect:                1,
# expect:                2,
# expect:                3,
# expect:                4,
# expect:                5,
# expect:                6,
# expect:                7,
# expect:                8,
# expect:                9,
# expect:                10,
# expect:                11,
# expect:                12,
# expect:                13,
# expect:                14,
# expect:                15,
# expect:                16,
# expect:                17,
# expect:                18,
# expect:                19])])
# expect: OrderedDict()
# expect: defaultdict(<class 'list'>,
# expect:             {'a': [1],
# expect:              'x': [0,
# expect:                    1,
# expect:                    2,
# expect:                    3,
# expect:                    4,
# expect:                    5,
# expect:                    6,
# expect:                    7,
# expect:                    8,
# expect:                    9,
# expect:                    10,
# expect:                    11,
# expect:                    12,
# expect:                    13,
# expect:                    14]})
# expect: Counter({'a': 9,
# expect:          'b': 2,
# expect:          'r': 2,
# expect:          'c': 1,
# expect:          'd': 1,
# expect:          ' ': 1,
# expect:          'l': 1,
# expect:          'k': 1,
# expect:          'z': 1,
# expect:          'm': 1})
# expect: deque([0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24,
# expect:        25,
# expect:        26,
# expect:        27,
# expect:        28,
# expect:        29])
# expect: deque([5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24,
# expect:        25,
# expect:        26,
# expect:        27,
# expect:        28,
# expect:        29],
# expect:       maxlen=25)
# expect: deque([])
# expect: { 'alpha': [1, 2, 3],
# expect:   'beta': ('x', 'y'),
# expect:   'gamma': { 'deep': { 'deeper': [ 1,
# expect:                                    2]}}}
# expect: [1, 2] True False
# expect: [1, [2, [...]], {'a': {...}}, (5, (...,))]
# expect: {'a': (3,), 'b': [1, 2]} True False
# expect: False False 'x\ny'
# expect: True True True True
# expect: [1, 2, <Recursion on list with id=ID>] True False
# expect: [1, 2, <Recursion on list with id=ID>]
# expect: [[1, 2, <Recursion on list with id=ID>],
# expect:  [0,
# expect:   1,
# expect:   2,
# expect:   3,
# expect:   4,
# expect:   5,
# expect:   6,
# expect:   7,
# expect:   8,
# expect:   9,
# expect:   10,
# expect:   11,
# expect:   12,
# expect:   13,
# expect:   14,
# expect:   15,
# expect:   16,
# expect:   17,
# expect:   18,
# expect:   19,
# expect:   20,
# expect:   21,
# expect:   22,
# expect:   23,
# expect:   24,
# expect:   25,
# expect:   26,
# expect:   27,
# expect:   28,
# expect:   29]]
# expect: {'data': [0,
# expect:           1,
# expect:           2,
# expect:           3,
# expect:           4,
# expect:           5,
# expect:           6,
# expect:           7,
# expect:           8,
# expect:           9,
# expect:           10,
# expect:           11,
# expect:           12,
# expect:           13,
# expect:           14,
# expect:           15,
# expect:           16,
# expect:           17,
# expect:           18,
# expect:           19,
# expect:           20,
# expect:           21,
# expect:           22,
# expect:           23,
# expect:           24,
# expect:           25,
# expect:           26,
# expect:           27,
# expect:           28,
# expect:           29],
# expect:  'self': <Recursion on dict with id=ID>}
# expect: [Point(0, 0),
# expect:  Point(1, -1),
# expect:  Point(2, -2),
# expect:  Point(3, -3),
# expect:  Point(4, -4),
# expect:  Point(5, -5),
# expect:  Point(6, -6),
# expect:  Point(7, -7)]
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29]
# expect: MyReprList!
# expect: [0, 1, 2]
# expect: ValueError indent must be >= 0
# expect: ValueError depth must be > 0
# expect: ValueError width must be != 0
