# VM-only: sys.implementation names this interpreter (CPython says "cpython").
import sys
print(sys.implementation.name)  # expect: gilvm
print(sys.implementation.version[:2] == sys.version_info[:2])  # expect: True
print(sys.implementation.cache_tag)  # expect: None
