// The `concurrent.futures` module (module_concurrent_futures.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `concurrent.futures` module object, and the `concurrent` package holding it (new
// references).
Value make_concurrent_futures_module(VM& vm);
Value make_concurrent_package(VM& vm, Value futures);

}  // namespace gilvm
