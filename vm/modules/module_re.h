// The `_re` module (module_re.cpp): regular expressions compiled from Python's syntax to a
// program for a backtracking matcher, under lib/re.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_re` module object (new reference).
Value make_re_native_module(VM& vm);

}  // namespace gilvm
