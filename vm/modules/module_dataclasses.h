// The `_dataclasses` module (module_dataclasses.cpp): the __init__ that lib/dataclasses.py gives
// a dataclass, in C++.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_dataclasses` module object (new reference).
Value make_dataclasses_native_module(VM& vm);

}  // namespace gilvm
