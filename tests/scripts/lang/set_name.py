# __set_name__ is called at class creation, for class statements and type() calls alike.
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class C:
    a = D()
    b = 1
T = type('T', (), {'t': D(), 'u': 2})
print('done', C.__name__, T.__name__)

# expect: set_name C a
# expect: set_name T t
# expect: done C T
