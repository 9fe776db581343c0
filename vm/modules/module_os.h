// The `_os` module (module_os.cpp), under lib/os.py.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// The CPUs online (os.cpu_count(), multiprocessing.cpu_count(): all of them, not the
// affinity mask, as in CPython); at least 1.
int online_cpu_count();

// A fresh `_os` module object (new reference).
Value make_os_module(VM& vm);

}  // namespace gilvm
