// The `_collections` module (module_collections.cpp): the loop of Counter's counting, under
// lib/collections.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_collections` module object (new reference).
Value make_collections_native_module(VM& vm);

}  // namespace gilvm
