# timeit in gilvm runs callables: a statement string other than 'pass' is refused with a message
# that says why (gilvm has no exec())
import timeit
try:
    timeit.timeit('x = 1')
except ValueError as e:
    print(e)
print(timeit.timeit('pass', number=3) >= 0)
# expect: stmt must be callable: gilvm has no exec() to run the string 'x = 1'
# expect: True
