// The `multiprocessing` module (module_multiprocessing.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `multiprocessing` module object (new reference).
Value make_multiprocessing_module(VM& vm);

}  // namespace gilvm
