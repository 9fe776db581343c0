# Accounts: a class with a subclass, methods raising ValueError/RuntimeError caught by a tuple,
# isinstance, an f-string __repr__.
class Account:
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self.balance += amount
        self.history.append(("d", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient")
        self.balance -= amount
        self.history.append(("w", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.03
    def add_interest(self):
        self.deposit(int(self.balance * self.interest) + 1)
def main(n):
    accts = [Account("a%d" % i, 100) if i % 2 else Savings("s%d" % i, 50) for i in range(20)]
    failures = 0
    for i in range(n):
        a = accts[i % 20]
        try:
            if i % 3 == 0:
                a.withdraw(i % 170)
            else:
                a.deposit(i % 13)
        except (ValueError, RuntimeError):
            failures += 1
        if isinstance(a, Savings) and i % 50 == 0:
            a.add_interest()
    return failures, sum(a.balance for a in accts), repr(accts[3]), len(accts[0].history)
print(main(60000))
