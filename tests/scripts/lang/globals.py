# global declarations; locals shadow globals; globals readable without a declaration.
counter = 0

def increment():
    global counter
    counter += 1

for _ in range(5):
    increment()
print(counter)  # expect: 5

name = "global"

def shadow():
    name = "local"
    return name

print(shadow(), name)  # expect: local global

def read_global():
    return name + "!"

print(read_global())  # expect: global!

def create_global():
    global created
    created = "made in a function"

create_global()
print(created)  # expect: made in a function

def set_two():
    global a, b
    a, b = 1, 2

set_two()
print(a, b)  # expect: 1 2
