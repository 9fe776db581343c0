// The `math` module (module_math.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `math` module object (new reference).
Value make_math_module(VM& vm);

}  // namespace gilvm
