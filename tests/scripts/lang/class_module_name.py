# A class's __module__ is the name of the module whose code ran its class statement (or what
# its body set), as CPython's; reprs of classes, exception classes and instances show it
import fractions
import statistics
import textwrap

class Plain:
    pass

class MyError(ValueError):
    pass

class Sub(MyError):
    pass

class Renamed:
    __module__ = 'elsewhere'

def make():
    class Local:
        pass
    return Local

print(Plain.__module__, Plain().__module__, MyError.__module__, Sub.__module__, Renamed.__module__)
print(Plain, MyError, Sub, Renamed, make().__module__)
print(repr(Plain()).split(' at ')[0], repr(Renamed()).split(' at ')[0])
print(fractions.Fraction.__module__, statistics.StatisticsError.__module__, textwrap.TextWrapper.__module__)
print(fractions.Fraction, statistics.StatisticsError, textwrap.TextWrapper)
print(repr(textwrap.TextWrapper()).split(' at ')[0])
try:
    raise Sub('bad')
except MyError as e:
    print(type(e), type(e).__module__, e.__class__.__name__)
print(ValueError, KeyError, type(ValueError('x')))
print('__module__' in vars(Plain), vars(Renamed)['__module__'])

# expect: __main__ __main__ __main__ __main__ elsewhere
# expect: <class '__main__.Plain'> <class '__main__.MyError'> <class '__main__.Sub'> <class 'elsewhere.Renamed'> __main__
# expect: <__main__.Plain object <elsewhere.Renamed object
# expect: fractions statistics textwrap
# expect: <class 'fractions.Fraction'> <class 'statistics.StatisticsError'> <class 'textwrap.TextWrapper'>
# expect: <textwrap.TextWrapper object
# expect: <class '__main__.Sub'> __main__ Sub
# expect: <class 'ValueError'> <class 'KeyError'> <class 'ValueError'>
# expect: True elsewhere
