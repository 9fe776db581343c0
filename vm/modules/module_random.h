// The `_random` module (module_random.cpp): CPython's Mersenne Twister, under lib/random.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_random` module object (new reference).
Value make_random_native_module(VM& vm);

}  // namespace gilvm
