# A module that imports another module of the program's.
import _helper
from _helper import get_x

print("running _uses_helper")


def through_helper():
    return get_x() + " via " + __name__
