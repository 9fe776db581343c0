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

// Native code that calls one callable once per item (map's function, a key function) and takes
// each result as it comes: call_repeatedly() runs the calls of a script function one after
// another in one frame, re-entered at its RETURN, with no return to native code between them.
class CallRepeater {
 public:
  // Takes `result` (an owned reference) and puts the next call's arguments, as many as the first
  // call's (owned references), at `args`: true. Or false: `result` is then what the calls come to,
  // the one given (not taken) or Undefined (taken, and no call follows). Runs no script code and
  // raises nothing: it runs between two calls in the callee's frame.
  virtual bool again(Value& result, Value* args) = 0;

 protected:
  ~CallRepeater() = default;
};
// callee(*args) (count of them, borrowed), then, for a script function whose calls end in
// RETURN, again with the arguments `repeater` gives as long as it takes the results. Returns the
// result it did not take (a new reference; any callee's may not be offered to it at all) or
// Undefined: the caller takes the one returned as call_value()'s, then goes on from the item
// after the last that again() gave. An exception from a call goes on as from call_value().
Value call_repeatedly(ThreadState& thread, Value callee, const Value* args, size_t count,
                      CallRepeater& repeater);

// Adds the instructions counted since the last tick refill to the thread's record.
void flush_instruction_count(ThreadState& thread);

}  // namespace gilvm
