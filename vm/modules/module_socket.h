// The `socket` module (module_socket.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;

// A fresh `socket` module object (new reference).
Value make_socket_module(VM& vm);

}  // namespace gilvm
