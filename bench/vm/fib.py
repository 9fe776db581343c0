# Recursive calls: fib(30), the convoy experiments' CPU-bound workload (vm/examples/fib.py).
def fib(n):
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)


print(fib(30))
