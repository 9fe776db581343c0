// The `sys` module (module_sys.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `sys` module object (new reference).
Value make_sys_module(VM& vm);

}  // namespace gilvm
