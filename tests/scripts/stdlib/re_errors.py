# re.error messages and positions for malformed patterns and templates, and the TypeErrors
# and ValueErrors of mixing str and bytes or flags, as CPython 3.11 gives them.
import re


def check(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(pattern), type(e).__name__, e)


for pattern in ["(", "a)", "*", "a**", r"\q", "[a", "[z-a]", "(?<x)", "(?P<1a>x)", r"(a)\2",
                r"(a\1)", "(?<=a*)b", "a{3,2}", "a(?i)b", "(?P=zz)", "\\", "(?#abc",
                "(?P<a>x)(?P<a>y)", "(?z)", "x{2}{3}", "(?", "[]", "[^]", "(?P", "(?P<", "(?P<a",
                r"\10", "(?i", "(?-i)", "(?i-i:a)", "a\n(", "+a", "?", "a|*", r"[\d-z]",
                r"\x1", r"\u12", "(?<=a|bc)", "ab)c", "((a)", "(?P<a>", "(?P>a)", r"[\q]",
                "a{2}*", "(?i)(?m)a", "(?i)a(?s)b", "^*", "(?:a", "[a-", "a\nb\n[c",
                r"\400", "(?<!a+)b", "(?P<a-b>x)", "(?ia)x", "(?iw-?\\)w2", "-(?\\1!#",
                "(?<\\x", "=A\\1\\", "[^\\(?:\\", "(?P=<\\)w", ".\\?(?(w!\\\\)a", "(?-a].",
                "a(?i-d", "(?i\\", "+\\", "a{1\\", "(?x:a)", "(?au)", "(?L)", "(?-i:a)", "(?i-:a)",
                "(?P<a\\>b)", "(?(a\\", "(?i-x)"]:
    check(pattern)
check(b"(")
check(b"\\u0041")
check("a", re.L)
check(b"a", re.U)
check("a", re.A | re.U)
check(123)
try:
    re.compile("a").match(b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(b"a").search("a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError", e)
for template in [r"\3", r"\g<x>", r"\g<2", r"\g<>", r"\g", "\\", r"\q", r"\g<-1>", r"x\g<a b>"]:
    try:
        print(re.sub("(a)", template, "a"))
    except re.error as e:
        print(repr(template), "error:", e)
    except IndexError as e:
        print(repr(template), "IndexError:", e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError", e)
e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno)
print(issubclass(re.error, Exception))
for template in ["n>\\g<n>\\g<\\", "\\g<\\g<n\\g<n>n>\\g<", "x\\3\\", "\\g<a\\>b>", "ab\\"]:
    try:
        print(re.sub("(a)(?P<n>b)?", template, "ab"))
    except re.error as e:
        print(repr(template), "error:", e)

# expect: '(' error: missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1
# expect: 'a)' error: unbalanced parenthesis at position 1 | unbalanced parenthesis 1 1 2
# expect: '*' error: nothing to repeat at position 0 | nothing to repeat 0 1 1
# expect: 'a**' error: multiple repeat at position 2 | multiple repeat 2 1 3
# expect: '\\q' error: bad escape \q at position 0 | bad escape \q 0 1 1
# expect: '[a' error: unterminated character set at position 0 | unterminated character set 0 1 1
# expect: '[z-a]' error: bad character range z-a at position 1 | bad character range z-a 1 1 2
# expect: '(?<x)' error: unknown extension ?<x at position 1 | unknown extension ?<x 1 1 2
# expect: '(?P<1a>x)' error: bad character in group name '1a' at position 4 | bad character in group name '1a' 4 1 5
# expect: '(a)\\2' error: invalid group reference 2 at position 4 | invalid group reference 2 4 1 5
# expect: '(a\\1)' error: cannot refer to an open group at position 2 | cannot refer to an open group 2 1 3
# expect: '(?<=a*)b' error: look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None
# expect: 'a{3,2}' error: min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3
# expect: 'a(?i)b' error: global flags not at the start of the expression at position 1 | global flags not at the start of the expression 1 1 2
# expect: '(?P=zz)' error: unknown group name 'zz' at position 4 | unknown group name 'zz' 4 1 5
# expect: '\\' error: bad escape (end of pattern) at position 0 | bad escape (end of pattern) 0 1 1
# expect: '(?#abc' error: missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1
# expect: '(?P<a>x)(?P<a>y)' error: redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12 1 13
# expect: '(?z)' error: unknown extension ?z at position 1 | unknown extension ?z 1 1 2
# expect: 'x{2}{3}' error: multiple repeat at position 4 | multiple repeat 4 1 5
# expect: '(?' error: unexpected end of pattern at position 2 | unexpected end of pattern 2 1 3
# expect: '[]' error: unterminated character set at position 0 | unterminated character set 0 1 1
# expect: '[^]' error: unterminated character set at position 0 | unterminated character set 0 1 1
# expect: '(?P' error: unexpected end of pattern at position 3 | unexpected end of pattern 3 1 4
# expect: '(?P<' error: missing group name at position 4 | missing group name 4 1 5
# expect: '(?P<a' error: missing >, unterminated name at position 4 | missing >, unterminated name 4 1 5
# expect: '\\10' error: invalid group reference 10 at position 1 | invalid group reference 10 1 1 2
# expect: '(?i' error: missing -, : or ) at position 3 | missing -, : or ) 3 1 4
# expect: '(?-i)' error: missing : at position 4 | missing : 4 1 5
# expect: '(?i-i:a)' error: bad inline flags: flag turned on and off at position 5 | bad inline flags: flag turned on and off 5 1 6
# expect: 'a\n(' error: missing ), unterminated subpattern at position 2 (line 2, column 1) | missing ), unterminated subpattern 2 2 1
# expect: '+a' error: nothing to repeat at position 0 | nothing to repeat 0 1 1
# expect: '?' error: nothing to repeat at position 0 | nothing to repeat 0 1 1
# expect: 'a|*' error: nothing to repeat at position 2 | nothing to repeat 2 1 3
# expect: '[\\d-z]' error: bad character range \d-z at position 1 | bad character range \d-z 1 1 2
# expect: '\\x1' error: incomplete escape \x1 at position 0 | incomplete escape \x1 0 1 1
# expect: '\\u12' error: incomplete escape \u12 at position 0 | incomplete escape \u12 0 1 1
# expect: '(?<=a|bc)' error: look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None
# expect: 'ab)c' error: unbalanced parenthesis at position 2 | unbalanced parenthesis 2 1 3
# expect: '((a)' error: missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1
# expect: '(?P<a>' error: missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1
# expect: '(?P>a)' error: unknown extension ?P> at position 1 | unknown extension ?P> 1 1 2
# expect: '[\\q]' error: bad escape \q at position 1 | bad escape \q 1 1 2
# expect: 'a{2}*' error: multiple repeat at position 4 | multiple repeat 4 1 5
# expect: '(?i)(?m)a' compiled
# expect: '(?i)a(?s)b' error: global flags not at the start of the expression at position 5 | global flags not at the start of the expression 5 1 6
# expect: '^*' error: nothing to repeat at position 1 | nothing to repeat 1 1 2
# expect: '(?:a' error: missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1
# expect: '[a-' error: unterminated character set at position 0 | unterminated character set 0 1 1
# expect: 'a\nb\n[c' error: unterminated character set at position 4 (line 3, column 1) | unterminated character set 4 3 1
# expect: '\\400' error: octal escape value \400 outside of range 0-0o377 at position 0 | octal escape value \400 outside of range 0-0o377 0 1 1
# expect: '(?<!a+)b' error: look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None
# expect: '(?P<a-b>x)' error: bad character in group name 'a-b' at position 4 | bad character in group name 'a-b' 4 1 5
# expect: '(?ia)x' compiled
# expect: '(?iw-?\\)w2' error: unknown flag at position 3 | unknown flag 3 1 4
# expect: '-(?\\1!#' error: unknown extension ?\1 at position 2 | unknown extension ?\1 2 1 3
# expect: '(?<\\x' error: unknown extension ?<\x at position 1 | unknown extension ?<\x 1 1 2
# expect: '=A\\1\\' error: bad escape (end of pattern) at position 4 | bad escape (end of pattern) 4 1 5
# expect: '[^\\(?:\\' error: bad escape (end of pattern) at position 6 | bad escape (end of pattern) 6 1 7
# expect: '(?P=<\\)w' error: missing ), unterminated name at position 4 | missing ), unterminated name 4 1 5
# expect: '.\\?(?(w!\\\\)a' error: bad character in group name 'w!\\\\' at position 6 | bad character in group name 'w!\\\\' 6 1 7
# expect: '(?-a].' error: bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4 | bad inline flags: cannot turn off flags 'a', 'u' and 'L' 4 1 5
# expect: 'a(?i-d' error: unknown flag at position 5 | unknown flag 5 1 6
# expect: '(?i\\' error: bad escape (end of pattern) at position 3 | bad escape (end of pattern) 3 1 4
# expect: '+\\' error: bad escape (end of pattern) at position 1 | bad escape (end of pattern) 1 1 2
# expect: 'a{1\\' error: bad escape (end of pattern) at position 3 | bad escape (end of pattern) 3 1 4
# expect: '(?x:a)' compiled
# expect: '(?au)' error: bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4 | bad inline flags: flags 'a', 'u' and 'L' are incompatible 4 1 5
# expect: '(?L)' error: bad inline flags: cannot use 'L' flag with a str pattern at position 3 | bad inline flags: cannot use 'L' flag with a str pattern 3 1 4
# expect: '(?-i:a)' compiled
# expect: '(?i-:a)' error: missing flag at position 4 | missing flag 4 1 5
# expect: '(?P<a\\>b)' error: missing >, unterminated name at position 4 | missing >, unterminated name 4 1 5
# expect: '(?(a\\' error: bad escape (end of pattern) at position 4 | bad escape (end of pattern) 4 1 5
# expect: '(?i-x)' error: missing : at position 5 | missing : 5 1 6
# expect: b'(' error: missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1
# expect: b'\\u0041' error: bad escape \u at position 0 | bad escape \u 0 1 1
# expect: 'a' ValueError cannot use LOCALE flag with a str pattern
# expect: b'a' ValueError cannot use UNICODE flag with a bytes pattern
# expect: 'a' ValueError ASCII and UNICODE flags are incompatible
# expect: 123 TypeError first argument must be string or compiled pattern
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a bytes pattern on a string-like object
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: '\\3' error: invalid group reference 3 at position 1
# expect: '\\g<x>' IndexError: unknown group name 'x'
# expect: '\\g<2' error: missing >, unterminated name at position 3
# expect: '\\g<>' error: missing group name at position 3
# expect: '\\g' error: missing < at position 2
# expect: '\\' error: bad escape (end of pattern) at position 0
# expect: '\\q' error: bad escape \q at position 0
# expect: '\\g<-1>' error: bad character in group name '-1' at position 3
# expect: 'x\\g<a b>' error: bad character in group name 'a b' at position 4
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: plain plain None None None
# expect: True
# expect: 'n>\\g<n>\\g<\\' error: bad escape (end of pattern) at position 10
# expect: '\\g<\\g<n\\g<n>n>\\g<' error: bad character in group name '\\g<n\\g<n' at position 3
# expect: 'x\\3\\' error: bad escape (end of pattern) at position 3
# expect: '\\g<a\\>b>' error: bad character in group name 'a\\>b' at position 3
# expect: 'ab\\' error: bad escape (end of pattern) at position 2
