// The `_json` module (module_json.cpp): JSON encoding and decoding in C++, under lib/json.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_json` module object (new reference).
Value make_json_native_module(VM& vm);

}  // namespace gilvm
