// Generators: a suspended frame (its locals, operand stack and handler blocks) kept in an
// object between resumptions. RETURN_GENERATOR moves a fresh frame in; each resumption copies
// it back onto the resuming thread's stack, runs it to the next YIELD_VALUE (which moves it out
// again) or to its end (interpreter.cpp).
//
// Threads may share a generator: `state` is taken atomically by whoever resumes it, and a
// second thread resuming it meanwhile gets "ValueError: generator already executing", as in
// CPython.
#pragma once

#include <atomic>
#include <vector>

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace gilvm {

struct Generator : Object {
  enum class State : uint8_t { Suspended, Running, Finished };
  Function* function;                // owned
  std::vector<Value> frame_values;   // owned while suspended: the locals, then the operand stack
  std::vector<HandlerBlock> handlers;  // handler blocks of the frame; handled_depth relative to the frame
  std::vector<Value> handled;        // owned: the exceptions its active except clauses handle
  uint32_t resume_at = 0;            // instruction index
  bool started = false;              // resumed at least once (a value may be sent in)
  std::atomic<State> state{State::Suspended};

  explicit Generator(Function* f) : Object(Kind::Generator), function(f) { incref(Value::object(f)); }
  ~Generator() override {
    for (Value v : frame_values) decref(v);
    for (Value v : handled) decref(v);
    decref(Value::object(function));
  }
};

// Resumes `generator` with `sent` (None for next()), or raises `thrown` (an exception object)
// at its paused `yield` (throw(), close()). Returns true with the value yielded in `out`, or false
// when the generator has finished (then `out` is untouched).
bool resume_generator(ThreadState& thread, Generator& generator, Value sent, Value& out,
                      Value thrown = Value::undefined());

// The methods of generators (send, throw, close); Undefined for other names.
Value generator_attribute(Value generator, std::string_view name);

}  // namespace gilvm
