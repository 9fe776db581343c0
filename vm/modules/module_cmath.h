// The `cmath` module (module_cmath.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `cmath` module object (new reference).
Value make_cmath_module(VM& vm);

}  // namespace gilvm
