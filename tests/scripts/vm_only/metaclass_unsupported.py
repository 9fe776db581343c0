# A metaclass other than `type` is a clear TypeError in gilvm (CPython would run it).
class Meta:
    pass


try:
    class Widget(metaclass=Meta):
        pass
except TypeError as e:
    print(e)  # expect: metaclass <class '__main__.Meta'> is not supported by gilvm: only metaclass=type is
