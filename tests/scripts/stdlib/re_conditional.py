# Conditional groups (?(1)yes|no) and (?(name)yes|no): matching, in lookbehinds, and their errors.
import re
def t(p, s):
    try:
        print(repr(p), re.findall(p, s), [m.span() for m in re.finditer(p, s)])
    except re.error as e:
        print(repr(p), "error:", e)
t(r"(<)?(\w+)(?(1)>|$)", "<user> bob x>")
t(r"(?P<q>')?\w+(?(q)')", "'ab' cd 'ef")
t(r"(a)?(?(1)b|c)", "ab c b ac")
t(r"(?(1)a|b)(x)?", "b ax")
t(r"(?(2)a)(x)", "x")
t(r"(?(0)a)", "x")
t(r"(?(x)a)", "x")
t(r"(?(1a)a)", "x")
t(r"(a)(?(1)b|c|d)", "x")
t(r"(a)(?(1", "x")
t(r"(a)(?(1)b", "x")
t(r"(?(1)", "x")
t(r"(a)(?<=(?(1)b|c))", "ab")
t(r"(a)?(?<=(?(1)a|c))d", "ad cd")

# expect: '(<)?(\\w+)(?(1)>|$)' [('<', 'user')] [(0, 6)]
# expect: "(?P<q>')?\\w+(?(q)')" ["'", '', ''] [(0, 4), (5, 7), (9, 11)]
# expect: '(a)?(?(1)b|c)' ['a', '', ''] [(0, 2), (3, 4), (8, 9)]
# expect: '(?(1)a|b)(x)?' [''] [(0, 1)]
# expect: '(?(2)a)(x)' error: invalid group reference 2 at position 3
# expect: '(?(0)a)' error: bad group number at position 3
# expect: '(?(x)a)' error: unknown group name 'x' at position 3
# expect: '(?(1a)a)' error: bad character in group name '1a' at position 3
# expect: '(a)(?(1)b|c|d)' error: conditional backref with more than two branches at position 11
# expect: '(a)(?(1' error: missing ), unterminated name at position 6
# expect: '(a)(?(1)b' error: missing ), unterminated subpattern at position 3
# expect: '(?(1)' error: missing ), unterminated subpattern at position 0
# expect: '(a)(?<=(?(1)b|c))' [] []
# expect: '(a)?(?<=(?(1)a|c))d' ['a', ''] [(0, 2), (4, 5)]
