# Reading a local before it is assigned (the name is local because it is assigned later).
x = 1

def f():
    print(x)
    x = 2

try:
    f()
except UnboundLocalError as e:
    print(e)  # expect: cannot access local variable 'x' where it is not associated with a value
except NameError as e:
    print("NameError but not UnboundLocalError:", e)
