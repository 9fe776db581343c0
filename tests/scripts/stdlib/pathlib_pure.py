# pathlib's pure paths: parsing, joining with / and joinpath, str/repr, the parts and their names,
# parents, with_name/with_suffix/with_stem, relative_to, match, comparisons and hashing, errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

paths = ['', '.', 'a', 'a/b/c.txt', '/', '//', '///x', '/usr/lib/python3.11/os.py', 'a//b/./c/',
         'archive.tar.gz', '.bashrc', 'dir/.hidden.txt', 'trailing.', '..', '../x/..']
for s in paths:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          repr(p.anchor), repr(p.root), repr(p.drive), p.is_absolute(), str(p.parent))
print(repr(PurePath('x')), repr(Path('x')), type(Path('x')).__name__, isinstance(Path('x'), PurePath))
print(PurePosixPath('a', 'b', '/c', 'd'), PurePosixPath(PurePosixPath('a'), 'b'), PurePosixPath())
p = PurePosixPath('/etc')
print(p / 'init.d' / 'ssh', p / '/abs', 'rel' / PurePosixPath('x'), p.joinpath('a', 'b/c'), p.joinpath())
print(list(PurePosixPath('/a/b/c').parents), list(PurePosixPath('a/b').parents), len(PurePosixPath('/a/b/c').parents))
par = PurePosixPath('/a/b/c/d').parents
print(par[0], par[2], par[-1], par[1:3], par, par[::2])
try:
    par[4]
except IndexError as e:
    print('IndexError', e)
print(PurePosixPath('/a/b.py').with_name('c.txt'), PurePosixPath('a/b.tar.gz').with_suffix('.zip'),
      PurePosixPath('a/b').with_suffix('.c'), PurePosixPath('a/b.c').with_suffix(''), PurePosixPath('x/y.txt').with_stem('z'))
for call in (lambda: PurePosixPath('/').with_name('x'), lambda: PurePosixPath('a').with_name('b/c'),
             lambda: PurePosixPath('a').with_name(''), lambda: PurePosixPath('a').with_suffix('txt'),
             lambda: PurePosixPath('a').with_suffix('.'), lambda: PurePosixPath('a').with_suffix('./b'),
             lambda: PurePosixPath('').with_suffix('.x')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(PurePosixPath('/etc/passwd').relative_to('/'), PurePosixPath('/etc/passwd').relative_to('/etc'),
      PurePosixPath('a/b/c').relative_to('a'), PurePosixPath('a/b').relative_to('a/b'))
for args in (('/usr',), ('b',), ()):
    try:
        PurePosixPath('/etc/passwd').relative_to(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c'))
for path, pattern in (('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a.py', '/*.py'),
                      ('a/b.py', '/*.py'), ('b.py', 'a/*.py'), ('x.txt', '?.txt'), ('x.txt', '[xy].txt'), ('X.txt', 'x.txt')):
    print(path, pattern, PurePosixPath(path).match(pattern))
try:
    PurePosixPath('a').match('')
except ValueError as e:
    print('ValueError', e)
a, b = PurePosixPath('a/b'), PurePosixPath('a//b/')
print(a == b, a != PurePosixPath('a/c'), hash(a) == hash(b), a == 'a/b', len({a, b, PurePosixPath('a')}))
print(sorted([PurePosixPath('b'), PurePosixPath('a/z'), PurePosixPath('a'), PurePosixPath('/x')]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') <= PurePosixPath('a/b'), Path('x') == PurePosixPath('x'))
for op in (lambda: PurePosixPath('a') < 'b', lambda: PurePosixPath('a') / 5, lambda: PurePosixPath(3)):
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
print(PurePosixPath('/a/b').as_posix(), PurePosixPath('/a').__bytes__(), PurePosixPath('a').is_reserved())
import os
print(os.fspath(PurePosixPath('x/y')), os.path.join(str(PurePosixPath('x')), 'y'))

# expect: '' . PurePosixPath('.') () '' '' [] '' '' '' '' False .
# expect: '.' . PurePosixPath('.') () '' '' [] '' '' '' '' False .
# expect: 'a' a PurePosixPath('a') ('a',) 'a' '' [] 'a' '' '' '' False .
# expect: 'a/b/c.txt' a/b/c.txt PurePosixPath('a/b/c.txt') ('a', 'b', 'c.txt') 'c.txt' '.txt' ['.txt'] 'c' '' '' '' False a/b
# expect: '/' / PurePosixPath('/') ('/',) '' '' [] '' '/' '/' '' True /
# expect: '//' // PurePosixPath('//') ('//',) '' '' [] '' '//' '//' '' True //
# expect: '///x' /x PurePosixPath('/x') ('/', 'x') 'x' '' [] 'x' '/' '/' '' True /
# expect: '/usr/lib/python3.11/os.py' /usr/lib/python3.11/os.py PurePosixPath('/usr/lib/python3.11/os.py') ('/', 'usr', 'lib', 'python3.11', 'os.py') 'os.py' '.py' ['.py'] 'os' '/' '/' '' True /usr/lib/python3.11
# expect: 'a//b/./c/' a/b/c PurePosixPath('a/b/c') ('a', 'b', 'c') 'c' '' [] 'c' '' '' '' False a/b
# expect: 'archive.tar.gz' archive.tar.gz PurePosixPath('archive.tar.gz') ('archive.tar.gz',) 'archive.tar.gz' '.gz' ['.tar', '.gz'] 'archive.tar' '' '' '' False .
# expect: '.bashrc' .bashrc PurePosixPath('.bashrc') ('.bashrc',) '.bashrc' '' [] '.bashrc' '' '' '' False .
# expect: 'dir/.hidden.txt' dir/.hidden.txt PurePosixPath('dir/.hidden.txt') ('dir', '.hidden.txt') '.hidden.txt' '.txt' ['.txt'] '.hidden' '' '' '' False dir
# expect: 'trailing.' trailing. PurePosixPath('trailing.') ('trailing.',) 'trailing.' '' [] 'trailing.' '' '' '' False .
# expect: '..' .. PurePosixPath('..') ('..',) '..' '' [] '..' '' '' '' False .
# expect: '../x/..' ../x/.. PurePosixPath('../x/..') ('..', 'x', '..') '..' '' [] '..' '' '' '' False ../x
# expect: PurePosixPath('x') PosixPath('x') PosixPath True
# expect: /c/d a/b .
# expect: /etc/init.d/ssh /abs rel/x /etc/a/b/c /etc
# expect: [PurePosixPath('/a/b'), PurePosixPath('/a'), PurePosixPath('/')] [PurePosixPath('a'), PurePosixPath('.')] 3
# expect: /a/b/c /a / (PurePosixPath('/a/b'), PurePosixPath('/a')) <PurePosixPath.parents> (PurePosixPath('/a/b/c'), PurePosixPath('/a'))
# expect: IndexError 4
# expect: /a/c.txt a/b.tar.zip a/b.c a/b x/z.txt
# expect: ValueError PurePosixPath('/') has an empty name
# expect: ValueError Invalid name 'b/c'
# expect: ValueError Invalid name ''
# expect: ValueError Invalid suffix 'txt'
# expect: ValueError Invalid suffix '.'
# expect: ValueError Invalid suffix './b'
# expect: ValueError PurePosixPath('.') has an empty name
# expect: etc/passwd passwd b/c .
# expect: ValueError '/etc/passwd' is not in the subpath of '/usr' OR one path is relative and the other is absolute.
# expect: ValueError '/etc/passwd' is not in the subpath of 'b' OR one path is relative and the other is absolute.
# expect: TypeError need at least one argument
# expect: True False
# expect: a/b.py *.py True
# expect: /a/b/c.py b/*.py True
# expect: /a/b/c.py a/*.py False
# expect: /a.py /*.py True
# expect: a/b.py /*.py False
# expect: b.py a/*.py False
# expect: x.txt ?.txt True
# expect: x.txt [xy].txt True
# expect: X.txt x.txt False
# expect: ValueError empty pattern
# expect: True True True False 2
# expect: [PurePosixPath('/x'), PurePosixPath('a'), PurePosixPath('a/z'), PurePosixPath('b')]
# expect: True True True
# expect: TypeError '<' not supported between instances of 'PurePosixPath' and 'str'
# expect: TypeError unsupported operand type(s) for /: 'PurePosixPath' and 'int'
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: /a/b b'/a' False
# expect: x/y x/y
