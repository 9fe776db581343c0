// The `_heapq` module (module_heapq.cpp): the heap functions in C++, under lib/heapq.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_heapq` module object (new reference).
Value make_heapq_native_module(VM& vm);

}  // namespace gilvm
