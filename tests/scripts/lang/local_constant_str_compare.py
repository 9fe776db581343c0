# `if op == "push"` and the other comparisons of a local with a str literal, fused
# (LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_<op>): strs by text in code-point order, anything else
# (ints, None, instances with __eq__/__lt__, an unbound local) as the three instructions.
def classify(op):
    if op == "push":
        return "P"
    if op != "load":
        pass
    else:
        return "L"
    if op < "b":
        return "<b"
    if op <= "m":
        return "<=m"
    if op > "\u00e9t\u00e9":
        return ">été"
    if op >= "zz":
        return ">=zz"
    return "other"

class Token:
    def __init__(self, text):
        self.text = text
    def __eq__(self, other):
        print("  __eq__", self.text, other)
        return self.text == other
    def __ne__(self, other):
        return not self.__eq__(other)
    def __lt__(self, other):
        return self.text < other
    def __le__(self, other):
        return self.text <= other
    def __gt__(self, other):
        return self.text > other
    def __ge__(self, other):
        return self.text >= other

values = ["push", "load", "", "a", "pus", "pushx", "PUSH", "m", "ma", "n", "\u00e9", "\u00e9t\u00e9x",
          "z", "zz", "zzz", "\U0001f600", "\u00ff", "b\x00", Token("push"), Token("q")]
for v in values:
    print(repr(v) if isinstance(v, str) else "Token(" + v.text + ")", classify(v))
for bad in (1, None, 2.5, b"push", ["push"]):
    try:
        print(repr(bad), classify(bad))
    except TypeError as e:
        print(repr(bad), "TypeError:", e)

def dispatch(program):
    stack = []
    for op, arg in program:
        if op == "push":
            stack.append(arg)
        elif op == "add":
            stack.append(stack.pop() + stack.pop())
        elif op == "dup":
            stack.append(stack[-1])
        elif op != "nop":
            raise ValueError("unknown op " + op)
    return stack
print(dispatch([("push", 2), ("dup", None), ("add", None), ("nop", 0), ("push", 5), ("add", None)]))
try:
    dispatch([("pop", None)])
except ValueError as e:
    print(e)

def unbound():
    if later == "x":
        return 1
    later = "x"
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# expect: 'push' P
# expect: 'load' L
# expect: '' <b
# expect: 'a' <b
# expect: 'pus' other
# expect: 'pushx' other
# expect: 'PUSH' <b
# expect: 'm' <=m
# expect: 'ma' other
# expect: 'n' other
# expect: 'é' >=zz
# expect: 'étéx' >été
# expect: 'z' other
# expect: 'zz' >=zz
# expect: 'zzz' >=zz
# expect: '😀' >été
# expect: 'ÿ' >été
# expect: 'b\x00' <=m
# expect:   __eq__ push push
# expect: Token(push) P
# expect:   __eq__ q push
# expect:   __eq__ q load
# expect: Token(q) other
# expect: 1 TypeError: '<' not supported between instances of 'int' and 'str'
# expect: None TypeError: '<' not supported between instances of 'NoneType' and 'str'
# expect: 2.5 TypeError: '<' not supported between instances of 'float' and 'str'
# expect: b'push' TypeError: '<' not supported between instances of 'bytes' and 'str'
# expect: ['push'] TypeError: '<' not supported between instances of 'list' and 'str'
# expect: [9]
# expect: unknown op pop
# expect: UnboundLocalError cannot access local variable 'later' where it is not associated with a value
