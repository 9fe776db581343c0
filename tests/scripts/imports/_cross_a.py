import _cross_b

name = "a"
