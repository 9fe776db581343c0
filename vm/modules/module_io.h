// The `_fileio` module (module_io.cpp): the system calls under lib/io.py's files.
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `_fileio` module object (new reference).
Value make_fileio_native_module(VM& vm);

}  // namespace gilvm
