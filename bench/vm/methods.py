# Method calls on instances: bound methods, self attribute reads, a subclass override.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def fee(self):
        return 1


class Premium(Account):
    def fee(self):
        return 0


def main(n):
    accounts = [Account("a"), Premium("b")]
    total = 0
    for i in range(n):
        acct = accounts[i & 1]
        acct.deposit(i)
        total += acct.fee()
    return total + accounts[0].balance + accounts[1].balance


print(main(1500000))
