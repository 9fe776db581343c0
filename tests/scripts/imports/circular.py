# A circular import: the module being imported is seen as far as its code has run, and what it
# defines later is there once it has.
import _circ_a
# expect: _circ_b sees early
# expect: cannot import name 'late' from partially initialized module '_circ_a' (most likely due to a circular import) (DIR/_circ_a.py)
print(_circ_a.early, _circ_a.late, _circ_a._circ_b.early)  # expect: early late early
print(_circ_a._circ_b.late_of_a())  # expect: late
