// The `os` module (module_os.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// The CPUs online (os.cpu_count(), multiprocessing.cpu_count(): all of them, not the
// affinity mask, as in CPython); at least 1.
int online_cpu_count();

// A fresh `os` module object (new reference).
Value make_os_module(VM& vm);

}  // namespace gilvm
