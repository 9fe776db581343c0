# strings: a small tokenizer and expression evaluator
def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            toks.append(('num', int(s[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and (s[j].isalnum() or s[j] == '_'):
                j += 1
            toks.append(('name', s[i:j]))
            i = j
        else:
            toks.append(('op', ch))
            i += 1
    return toks

class Parser:
    def __init__(self, toks, env):
        self.toks = toks
        self.pos = 0
        self.env = env
    def peek(self):
        if self.pos < len(self.toks):
            return self.toks[self.pos]
        return ('eof', None)
    def next(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.atom()
        while self.peek() in (('op', '*'), ('op', '/')):
            op = self.next()[1]
            r = self.atom()
            v = v * r if op == '*' else v // r
        return v
    def atom(self):
        kind, val = self.next()
        if kind == 'num':
            return val
        if kind == 'name':
            return self.env[val]
        if val == '(':
            v = self.expr()
            self.next()
            return v
        raise SyntaxError("unexpected %r" % (val,))

exprs = ["a + b * (c - 3) / 2", "(x1 + x2) * (x1 - x2) + 17", "100 - a * b + c * (d + 4)"]
env = {'a': 7, 'b': 11, 'c': 13, 'd': 5, 'x1': 42, 'x2': 19}
total = 0
for k in range(4000):
    env['a'] = k % 97
    for e in exprs:
        total += Parser(tokenize(e), env).expr()
print(total)
