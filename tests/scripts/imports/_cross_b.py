import _cross_a

name = "b"
