# The TypeErrors of calls that do not bind, in CPython 3.11's words and order: a keyword's error
# (unexpected, repeated) before too many positional arguments, which counts the keyword-only ones
# given; "from 0 to 1 positional arguments"; missing positional before missing keyword-only.


def err(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


def one(a):
    return a


def opt(a=1):
    return a


def two_opt(a, b=1):
    return a


def kwo(a, *, k):
    return a


def kwo_def(a, *, k=0, m=1):
    return a


def none():
    return 0


def varkw(a, **kw):
    return a


err(lambda: one(1, 2))
err(lambda: opt(1, 2))
err(lambda: two_opt(1, 2, 3))
err(lambda: none(1))
err(lambda: none(1, 2))
err(lambda: one(1, 2, b=3))
err(lambda: one(1, 2, a=3))
err(lambda: kwo(1, 2, k=3))
err(lambda: kwo(1, 2, 3, k=3))
err(lambda: kwo_def(1, 2, k=3, m=4))
err(lambda: kwo_def(1, 2, k=3))
err(lambda: kwo_def(1, 2))
err(lambda: opt(1, 2, a=3))
err(lambda: varkw(1, 2, b=3))
err(lambda: varkw(1, 2, a=3))
err(lambda: kwo(k=1))
err(lambda: kwo(1))
err(lambda: kwo())
err(lambda: one(b=1))
err(lambda: one(a=1, b=2))
err(lambda: two_opt(b=1))
err(lambda: two_opt(1, a=1))
err(lambda: kwo(1, k=1, z=2))
err(lambda: none(z=1))
err(lambda: none(1, z=1))

# expect: TypeError: one() takes 1 positional argument but 2 were given
# expect: TypeError: opt() takes from 0 to 1 positional arguments but 2 were given
# expect: TypeError: two_opt() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: none() takes 0 positional arguments but 1 was given
# expect: TypeError: none() takes 0 positional arguments but 2 were given
# expect: TypeError: one() got an unexpected keyword argument 'b'
# expect: TypeError: one() got multiple values for argument 'a'
# expect: TypeError: kwo() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError: kwo() takes 1 positional argument but 3 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError: kwo_def() takes 1 positional argument but 2 positional arguments (and 2 keyword-only arguments) were given
# expect: TypeError: kwo_def() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError: kwo_def() takes 1 positional argument but 2 were given
# expect: TypeError: opt() got multiple values for argument 'a'
# expect: TypeError: varkw() takes 1 positional argument but 2 were given
# expect: TypeError: varkw() got multiple values for argument 'a'
# expect: TypeError: kwo() missing 1 required positional argument: 'a'
# expect: TypeError: kwo() missing 1 required keyword-only argument: 'k'
# expect: TypeError: kwo() missing 1 required positional argument: 'a'
# expect: TypeError: one() got an unexpected keyword argument 'b'
# expect: TypeError: one() got an unexpected keyword argument 'b'
# expect: TypeError: two_opt() missing 1 required positional argument: 'a'
# expect: TypeError: two_opt() got multiple values for argument 'a'
# expect: TypeError: kwo() got an unexpected keyword argument 'z'
# expect: TypeError: none() got an unexpected keyword argument 'z'
# expect: TypeError: none() got an unexpected keyword argument 'z'
