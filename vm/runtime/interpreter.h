// The interpreter (interpreter.cpp): runs script code on the calling VM thread.
#pragma once

#include <cstddef>

#include "runtime/value.h"

namespace gilvm {

struct ThreadState;
struct Tuple;

// Calls a script or native callable with positional arguments; returns a new reference.
// Raises ScriptException on an uncaught script exception.
Value call_value(ThreadState& thread, Value callee, const Value* args, size_t count);
// The same with keyword arguments: the last names->items.size() of the `count` values are the
// values of the keywords named in `names` (nullptr when there are none).
Value call_with_keywords(ThreadState& thread, Value callee, const Value* args, size_t count,
                         const Tuple* names);
// callee(*args, **kwargs): `args` any iterable, `kwargs` any mapping or None (CPython's
// PyObject_Call, as Thread.run() calls its target).
Value call_unpacked(ThreadState& thread, Value callee, Value args, Value kwargs);
// callable(self, *args) when `callable` is a script function that binds nothing (a bound method's
// function, a special method): true, with the result, a new reference. False, with nothing done,
// when the call needs binding (or its frame does not fit).
bool call_exact_with_self(ThreadState& thread, Value callable, Value self, const Value* args,
                          size_t count, Value& result);
// The same, but an exception leaving the call comes back as an Undefined result, left in
// thread.pending_exception (raise_pending()'s slot), not thrown: for a caller that catches one
// kind (a __next__'s StopIteration) without a C++ throw, which costs tens of thousands of
// instructions.
bool call_exact_with_self_or_pending(ThreadState& thread, Value callable, Value self,
                                     const Value* args, size_t count, Value& result);

// Adds the instructions counted since the last tick refill to the thread's record.
void flush_instruction_count(ThreadState& thread);

}  // namespace gilvm
