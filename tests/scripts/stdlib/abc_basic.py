# abc.ABC: register(), a __subclasshook__ of the class's own, abstractmethod's mark.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape:
            return hasattr(C, 'area') or NotImplemented
        return NotImplemented


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Duck:
    def area(self):
        return 0


class Rock:
    pass


Shape.register(Rock)
print(Square(3).area(), isinstance(Square(2), Shape), isinstance(Duck(), Shape),
      isinstance(Rock(), Shape), isinstance(1, Shape), issubclass(Duck, Shape), issubclass(int, Shape))
print(Shape.area.__isabstractmethod__, isinstance(Square(1), ABC))


class Meta(metaclass=ABCMeta):
    pass


print(type(Meta()).__name__)

# CPython 3.11's output:
# expect: 9 True True True False True False
# expect: True True
# expect: Meta
