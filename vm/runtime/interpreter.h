// The interpreter (interpreter.cpp): runs script code on the calling VM thread.
#pragma once

#include <cstddef>

#include "runtime/value.h"

namespace gilvm {

struct ThreadState;

// Calls a script or native callable with positional arguments; returns a new reference.
// Raises ScriptException on an uncaught script exception.
Value call_value(ThreadState& thread, Value callee, const Value* args, size_t count);

// Adds the instructions counted since the last tick refill to the thread's record.
void flush_instruction_count(ThreadState& thread);

}  // namespace gilvm
