// The `_bisect` module (module_bisect.cpp): the bisect functions in C++, under lib/bisect.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_bisect` module object (new reference).
Value make_bisect_native_module(VM& vm);

}  // namespace gilvm
