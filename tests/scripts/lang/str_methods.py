# The common str methods.
s = "  Hello, World  "
print(s.strip() + "|", s.lstrip() + "|", s.rstrip() + "|", "xxaxx".strip("x"), "abcba".lstrip("ab"))
# expect: Hello, World| Hello, World  |   Hello, World| a cba
print("a,b,,c".split(","), "  a  b c ".split(), "a b c d".split(" ", 2), "a b c d".split(maxsplit=1))
# expect: ['a', 'b', '', 'c'] ['a', 'b', 'c'] ['a', 'b', 'c d'] ['a', 'b c d']
print("a,b,c".rsplit(",", 1), "  a  b c ".rsplit(None, 1), "a.b.c".rsplit("."), "".split(), "".split(","))
# expect: ['a,b', 'c'] ['  a  b', 'c'] ['a', 'b', 'c'] [] ['']
print("-".join(["a", "b", "c"]), "".join([]), ", ".join([str(n) for n in [1, 2]]))  # expect: a-b-c  1, 2
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"), "hello".endswith(("a", "b")))
# expect: True True True False
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".rindex("l"), "hello".count("l"), "aaa".count("aa"), "abc".count(""))
# expect: 2 3 -1 1 3 2 1 4
print("a-b-c".replace("-", "+"), "aaa".replace("a", "bb"), "hello".upper(), "HeLLo".lower(), "hello world".title(), "hELLO wORLD".capitalize(), "AbC".swapcase())
# expect: a+b+c bbbbbb HELLO hello Hello World Hello world aBc
print("hi".center(6) + "|", "hi".center(7, "*"), "abc".center(2), "7".ljust(3, "0"), "7".rjust(3, "0"), "42".zfill(6), "-3.5".zfill(7), "+1".zfill(4))
# expect:   hi  | ***hi** abc 700 007 000042 -0003.5 +001
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum(), " \t\n".isspace(), "".isspace(), "ABC".isupper(), "abc".islower(), "Ab".isupper(), "123".isdecimal(), "12".isnumeric())
# expect: True False True False True True False True True False True True
print("line1\nline2\r\nline3".splitlines(), "a\n\nb\n".splitlines(), "a\nb".splitlines(True))
# expect: ['line1', 'line2', 'line3'] ['a', '', 'b'] ['a\n', 'b']
print("key=value=x".partition("="), "novalue".partition("="), "a/b/c".rpartition("/"), "abc".rpartition("/"))
# expect: ('key', '=', 'value=x') ('novalue', '', '') ('a/b', '/', 'c') ('', '', 'abc')
print("TestCase".removeprefix("Test"), "file.py".removesuffix(".py"), "x".removeprefix("y"))  # expect: Case file x
print("%s is %d years and %.1f%%" % ("Ada", 36, 99.5), "%5s|%-5s|" % ("r", "l"), "%03d" % 7)
# expect: Ada is 36 years and 99.5%     r|l    | 007
print("abc" < "abd", "Z" < "a", "abc" == "abc", "a" in "cat", "x" not in "cat")  # expect: True True True True True
print("ab" * 3, 3 * "-", "a" + "b", "hello"[1:4], "hello"[-3:], "hello"[:])  # expect: ababab --- ab ell llo hello
text = "the quick brown fox jumps over the lazy dog"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts["the"], sorted(counts.items())[:3], max(text.split(), key=len))
# expect: 2 [('brown', 1), ('dog', 1), ('fox', 1)] quick
