// The `os` module (module_os.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `os` module object (new reference).
Value make_os_module(VM& vm);

}  // namespace gilvm
