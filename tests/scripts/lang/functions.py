# def, return, default parameters, keyword arguments, functions as values.
def add(a, b):
    return a + b

print(add(2, 3))  # expect: 5

def nothing():
    pass

print(nothing())  # expect: None

def early(x):
    if x:
        return "early"
    return "late"

print(early(1), early(0))  # expect: early late

def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("ann"))  # expect: hello, ann!
print(greet("bob", "hi"))  # expect: hi, bob!
print(greet("cy", punct="?"))  # expect: hello, cy?
print(greet(greeting="yo", name="di"))  # expect: yo, di!
print(greet("ed", "hey", punct="."))  # expect: hey, ed.

def sub(a, b):
    return a - b

print(sub(b=1, a=10))  # expect: 9

f = add
print(f(10, 20))  # expect: 30
ops = [add, sub]
print(ops[1](5, 3))  # expect: 2

def apply(fn, x, y):
    return fn(x, y)

print(apply(add, 1, 2))  # expect: 3

def calls_later():
    return defined_later() + 1

def defined_later():
    return 41

print(calls_later())  # expect: 42

def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h

print(many(1, 2, 3, 4, 5, 6, 7, 8))  # expect: 36

def default_is_evaluated_once(x=2 * 3):
    return x

print(default_is_evaluated_once())  # expect: 6

def swap(pair):
    a, b = pair
    return b, a

print(swap((1, 2)))  # expect: (2, 1)
