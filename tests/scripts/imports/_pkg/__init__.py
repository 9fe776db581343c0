# A package of the program's: its __init__ imports one of its own submodules.
print("running _pkg as", __name__)
from _pkg.first import one

name = "pkg"
