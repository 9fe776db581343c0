# Recursive functions.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(0), fib(1), fib(10))  # expect: 0 1 55
print(fib(20))  # expect: 6765

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(20))  # expect: 2432902008176640000

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))  # expect: 500

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(7), is_even(3))  # expect: True True False
