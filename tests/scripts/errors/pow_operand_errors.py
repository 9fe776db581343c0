# a ** b and pow() name both in their TypeError, as CPython 3.11's ternary_op: two operands
# or three, a non-number before a float modulus.
for f in [lambda: 2 ** "a", lambda: pow(2, "a"), lambda: pow(2, 3, "a"), lambda: pow(2.0, 3, 5), lambda: pow("a", 2, 3), lambda: pow(2, 3.0, None), lambda: None ** 2]:
    try: print(f())
    except TypeError as e: print(e)
x = 2
try:
    x **= "a"
except TypeError as e: print(e)
# expect: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'
# expect: pow() 3rd argument not allowed unless all arguments are integers
# expect: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'
# expect: 8.0
# expect: unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'
# expect: unsupported operand type(s) for **=: 'int' and 'str'
