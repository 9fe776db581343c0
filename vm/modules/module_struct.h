// The `struct` module (module_struct.cpp): bytes packed from and unpacked into Python values by a
// format string, as CPython 3.11's Modules/_struct.c.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `struct` module object (new reference).
Value make_struct_module(VM& vm);

}  // namespace gilvm
