// The `_functools` module (module_functools.cpp): partial, reduce and the lru_cache wrapper in
// C++, under lib/functools.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_functools` module object (new reference).
Value make_functools_native_module(VM& vm);

}  // namespace gilvm
