# __future__ for gilvm (embedded; see vm/modules/python_lib.h). Every feature named here is
# already how the VM behaves, but `annotations`, which the parser sees in the import statement
# (a class body then keeps its annotations as source text), so importing one does nothing.

all_feature_names = ["nested_scopes", "generators", "division", "absolute_import",
                     "with_statement", "print_function", "unicode_literals",
                     "barry_as_FLUFL", "generator_stop", "annotations"]
nested_scopes = True
generators = True
division = True
absolute_import = True
with_statement = True
print_function = True
unicode_literals = True
generator_stop = True
annotations = True
