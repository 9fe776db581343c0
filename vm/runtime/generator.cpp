#include "runtime/generator.h"

#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

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

bool is_a(const ScriptException& error, ExceptionClass* cls) {
  return static_cast<ExceptionObject*>(error.exception.get().obj)->cls->is_subclass_of(cls);
}

// Raises `exception` (an exception object) inside the generator; what it yields next is the result.
Value throw_into(ThreadState& ts, Generator& generator, Value exception) {
  if (generator.state.load() == Generator::State::Finished) throw ScriptException{Ref::borrow(exception)};
  Value out;
  if (resume_generator(ts, generator, Value::none(), out, exception)) return out;
  throw ScriptException{Ref::steal(Value::object(new ExceptionObject(exc::StopIteration, make_tuple({}))))};
}

// throw(type[, value]) or throw(instance).
Value generator_throw(ThreadState& ts, Value self, const Args& args) {
  args.expect("throw", 1, 3);
  Value first = args.positional[0];
  Ref exception;
  if (is_kind(first, Kind::Exception)) {
    exception = Ref::borrow(first);
  } else if (is_kind(first, Kind::ExceptionClass) || is_kind(first, Kind::Class)) {
    exception = Ref::steal(call_value(ts, first, args.positional + 1, args.count > 1 && !args.positional[1].is_none() ? 1 : 0));
  }
  if (!is_kind(exception.get(), Kind::Exception)) {
    raise(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " + type_name(first));
  }
  return throw_into(ts, as_generator(self), exception.get());
}

// close(): GeneratorExit is raised at the paused `yield`, so that `finally` blocks run; a
// generator that yields again is a RuntimeError. One that has not started just ends.
Value generator_close(ThreadState& ts, Value self, const Args& args) {
  args.expect("close", 0, 0);
  Generator& generator = as_generator(self);
  auto expected = Generator::State::Suspended;
  if (!generator.started && generator.state.compare_exchange_strong(expected, Generator::State::Running)) {
    for (Value v : generator.frame_values) decref(v);
    generator.frame_values.clear();
    generator.state.store(Generator::State::Finished);
    return Value::none();
  }
  if (expected == Generator::State::Running) raise(exc::ValueError, "generator already executing");
  if (generator.state.load() == Generator::State::Finished) return Value::none();
  Ref exit = Ref::steal(Value::object(new ExceptionObject(exc::GeneratorExit, make_tuple({}))));
  Value out;
  bool yielded;
  try {
    yielded = resume_generator(ts, generator, Value::none(), out, exit.get());
  } catch (ScriptException& error) {
    if (is_a(error, exc::GeneratorExit) || is_a(error, exc::StopIteration)) return Value::none();
    throw;
  }
  if (yielded) {
    decref(out);
    raise(exc::RuntimeError, "generator ignored GeneratorExit");
  }
  return Value::none();
}

}  // namespace

Value generator_attribute(Value generator, std::string_view name) {
  if (name == "send") return Value::object(new Native("send", generator_send, generator));
  if (name == "close") return Value::object(new Native("close", generator_close, generator));
  if (name == "throw") return Value::object(new Native("throw", generator_throw, generator));
  return Value::undefined();
}

}  // namespace gilvm
