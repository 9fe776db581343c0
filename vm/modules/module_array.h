// The `array` module (module_array.cpp): array.array, numbers of one C type stored unboxed.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `array` module object (new reference).
Value make_array_module(VM& vm);

}  // namespace gilvm
