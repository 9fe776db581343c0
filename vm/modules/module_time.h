// The `time` module (module_time.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `time` module object (new reference).
Value make_time_module(VM& vm);

}  // namespace gilvm
