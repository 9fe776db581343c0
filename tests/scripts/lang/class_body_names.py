# A class body reads a name it also binds as CPython's LOAD_NAME does: its own namespace if bound
# there yet, else the module's global, else the builtin.
x = 1
len = len


class A:
    x = x + 1          # the global x, then A's own
    y = x              # A's own: 2
    len = len          # the module's len
    print_ = print     # a builtin
    del y
    try:
        y
    except NameError as e:
        print(type(e).__name__, e)


def outer():
    z = 'local of outer'

    class B:
        z = z            # bound in B: the global, not outer's local (CPython reads globals)
        w = 1
    return B


z = 'global z'
print(A.x, A.len is len, A.print_ is print, hasattr(A, 'y'))
print(outer().z, outer().w)


class C:
    try:
        undefined_name
    except NameError as e:
        print(type(e).__name__, e)
    undefined_name = 3
    print(undefined_name)
# expect: NameError name 'y' is not defined
# expect: 2 True True False
# expect: global z 1
# expect: NameError name 'undefined_name' is not defined
# expect: 3
