// The `itertools` module (module_itertools.cpp): its iterators in C++, as CPython's
// Modules/itertoolsmodule.c.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `itertools` module object (new reference).
Value make_itertools_module(VM& vm);

}  // namespace gilvm
