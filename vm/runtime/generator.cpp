#include "runtime/generator.h"

#include "runtime/exceptions.h"

namespace gilvm {

namespace {

Generator& as_generator(Value v) { return *static_cast<Generator*>(v.obj); }

// send(value): resumes with `value` as the result of the paused `yield`; StopIteration when the
// generator ends.
Value generator_send(ThreadState& ts, Value self, const Args& args) {
  args.expect("send", 1, 1);
  Value out;
  if (resume_generator(ts, as_generator(self), args.positional[0], out)) return out;
  throw ScriptException{Ref::steal(Value::object(new ExceptionObject(exc::StopIteration, make_tuple({}))))};
}

// close(): a suspended generator ends without running further (its `finally` blocks do not run).
Value generator_close(ThreadState&, Value self, const Args& args) {
  args.expect("close", 0, 0);
  Generator& generator = as_generator(self);
  auto expected = Generator::State::Suspended;
  if (generator.state.compare_exchange_strong(expected, Generator::State::Running)) {
    for (Value v : generator.frame_values) decref(v);
    for (Value v : generator.handled) decref(v);
    generator.frame_values.clear();
    generator.handled.clear();
    generator.handlers.clear();
    generator.state.store(Generator::State::Finished);
  } else if (expected == Generator::State::Running) {
    raise(exc::ValueError, "generator already executing");
  }
  return Value::none();
}

}  // namespace

Value generator_attribute(Value generator, std::string_view name) {
  if (name == "send") return Value::object(new Native("send", generator_send, generator));
  if (name == "close") return Value::object(new Native("close", generator_close, generator));
  return Value::undefined();
}

}  // namespace gilvm
