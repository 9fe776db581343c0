// The `_operator` module (module_operator.cpp): the operators as functions, itemgetter and
// attrgetter in C++, under lib/operator.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_operator` module object (new reference).
Value make_operator_native_module(VM& vm);

}  // namespace gilvm
