# re.sub, re.subn and re.split: templates (\1, \g<name>, \g<0>, escapes), function
# replacements, counts, empty matches, split with groups and maxsplit.
import re

print(re.sub(r"\d+", "#", "a1b22c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>;\g<0>;\g<1>", "a=1 b=2"))
print(re.sub(r"a", r"\n\t\\", "xax"))
print(repr(re.sub(r"a", r"\.\-", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"a", "b", "aaaa", 2), re.sub(r"a", "b", "aaaa", count=1))
print(re.subn(r"a", "b", "aaaa"), re.subn(r"z", "b", "aaaa"), re.subn(r"a", "b", "aaaa", 3))
print(re.sub(r"\w+", lambda m: m.group().upper(), "hello big world"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "1 2 30"))
print(re.sub(r"a", lambda m: "", "banana"))
print(re.sub(r"(?i)B", "x", "abcB"))
print(re.sub(r"a", "b", "aaa", flags=re.I), re.sub("A", "b", "aAa", 0, re.I))
print(re.sub(r"(a)(b)?", r"[\2]", "a ab"))
print(re.sub(r"(.)", r"\g<1>0", "xy"))
print(re.sub(r"\s+", " ", "  many   spaces\there \n"))
print(re.sub("é", "e", "café déjà"))
print(re.compile(r"o").sub("0", "foo boo", 3))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"(?<=a)", "-", "aXa"))
print(re.sub(r"$", "!", "line1\nline2", flags=re.M))

print(re.split(r",", "a,b,,c"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", 2), re.split(r",", "a,b,c,d", maxsplit=1))
print(re.split(r"x*", "axbc"))
print(re.split(r"", "abc"))
print(re.split(r"\b", "ab cd"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"[a-f]+", "0a3B9", flags=re.I))
print(re.split(r",", ""), re.split(r"x", "abc"), re.split(r"^$", ""))
print(re.compile(r"-").split("a-b-c", 1))
print(re.split(r",", "a,b", -1))

# expect: a#b#c#
# expect: home at joe, work at ann
# expect: 1=a;a=1;a 2=b;b=2;b
# expect: x
# expect: 	\x
# expect: '\\.\\-'
# expect: [a][]
# expect: -a-b--d-
# expect: -a-b-c-
# expect: bbaa baaa
# expect: ('bbbb', 4) ('aaaa', 0) ('bbba', 3)
# expect: HELLO BIG WORLD
# expect: 2 4 60
# expect: bnn
# expect: axcx
# expect: bbb bbb
# expect: [] [b]
# expect: x0y0
# expect:  many spaces here 
# expect: cafe dejà
# expect: f00 b0o
# expect: |ab| |cd|
# expect: a-Xa-
# expect: line1!
# expect: line2!
# expect: ['a', 'b', '', 'c']
# expect: ['a', 'b', 'c', 'd']
# expect: ['a', ',', 'b', ',', 'c']
# expect: ['a', ',', None, 'b', None, ';', 'c']
# expect: ['a', 'b', 'c,d'] ['a', 'b,c,d']
# expect: ['', 'a', '', 'b', 'c', '']
# expect: ['', 'a', 'b', 'c', '']
# expect: ['', 'ab', ' ', 'cd', '']
# expect: ['Words', 'words', 'words', '']
# expect: ['Words', ', ', 'words', ', ', 'words', '.', '']
# expect: ['0', '3', '9']
# expect: [''] ['abc'] ['', '']
# expect: ['a', 'b-c']
# expect: ['a,b']
