// The `queue` module (module_queue.cpp).
#pragma once

#include "runtime/value.h"

namespace gilvm {

class VM;
struct ExceptionClass;

// queue.Empty and queue.Full (multiprocessing's Queue raises them too).
ExceptionClass* queue_empty_error();
ExceptionClass* queue_full_error();

// A fresh `queue` module object (new reference).
Value make_queue_module(VM& vm);

}  // namespace gilvm
