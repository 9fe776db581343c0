# exceptions: custom hierarchy, re-raise, finally, context managers
class BankError(Exception):
    pass
class Insufficient(BankError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have
class Frozen(BankError):
    pass

class Account:
    def __init__(self, n):
        self.n = n
        self.balance = 100
        self.frozen = False
    def withdraw(self, amt):
        if self.frozen:
            raise Frozen(self.n)
        if amt > self.balance:
            raise Insufficient(amt, self.balance)
        self.balance -= amt

class Audit:
    def __init__(self):
        self.entered = 0
        self.errors = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            self.errors += 1
        return False

accts = [Account(i) for i in range(50)]
audit = Audit()
counts = {'ok': 0, 'insufficient': 0, 'frozen': 0, 'other': 0}
short = 0
for i in range(80000):
    a = accts[i % 50]
    if i % 97 == 0:
        a.frozen = not a.frozen
    try:
        with audit:
            try:
                a.withdraw(i % 13)
            finally:
                a.balance += 1
    except Insufficient as e:
        counts['insufficient'] += 1
        short += e.need - e.have
    except BankError:
        counts['frozen'] += 1
    except Exception:
        counts['other'] += 1
    else:
        counts['ok'] += 1
print(counts, short, audit.entered, audit.errors)
try:
    try:
        int("x")
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(type(e.__cause__).__name__, e.__cause__)
