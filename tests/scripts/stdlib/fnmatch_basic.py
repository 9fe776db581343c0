# fnmatch: shell patterns (*, ?, [seq], [!seq], ranges), fnmatch/fnmatchcase/filter/translate.
import fnmatch
for name, pat in (('a.py', '*.py'), ('a.py', '*.PY'), ('abc', 'a?c'), ('abc', 'a??c'), ('a1', 'a[0-9]'),
                  ('ab', 'a[!b]'), ('a!', 'a[!b]'), ('.hidden', '*'), ('dir/x.py', '*.py'), ('[x]', '[[]x]'),
                  ('a-b', 'a[-]b'), ('', '*'), ('x', ''), ('abc', '*b*'), ('a\nb', 'a*b'), ('a]', 'a]')):
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', 'py'], '*.py'))
for pat in ('*.py', 'a?[bc]*', '[!a-z]', '**x', 'a[', '[a-c-e]', '*a*b*'):
    print(pat, fnmatch.translate(pat))

# expect: 'a.py' '*.py' True True
# expect: 'a.py' '*.PY' False False
# expect: 'abc' 'a?c' True True
# expect: 'abc' 'a??c' False False
# expect: 'a1' 'a[0-9]' True True
# expect: 'ab' 'a[!b]' False False
# expect: 'a!' 'a[!b]' True True
# expect: '.hidden' '*' True True
# expect: 'dir/x.py' '*.py' True True
# expect: '[x]' '[[]x]' True True
# expect: 'a-b' 'a[-]b' True True
# expect: '' '*' True True
# expect: 'x' '' False False
# expect: 'abc' '*b*' True True
# expect: 'a\nb' 'a*b' True True
# expect: 'a]' 'a]' True True
# expect: ['a.py', 'c.py']
# expect: *.py (?s:.*\.py)\Z
# expect: a?[bc]* (?s:a.[bc].*)\Z
# expect: [!a-z] (?s:[^a-z])\Z
# expect: **x (?s:.*x)\Z
# expect: a[ (?s:a\[)\Z
# expect: [a-c-e] (?s:[a-c\-e])\Z
# expect: *a*b* (?s:(?>.*?a)(?>.*?b).*)\Z
