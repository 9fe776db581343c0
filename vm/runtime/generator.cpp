#include "runtime/generator.h"

#include <algorithm>
#include <cstdio>

#include "runtime/attributes.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/method_table.h"
#include "runtime/operations.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

Generator& as_generator(Value v) { return *static_cast<Generator*>(v.obj); }

// StopIteration carrying what a generator returned (Undefined or None: no arguments, as CPython).
[[noreturn]] void raise_stop_iteration(Value owned_returned) {
  std::vector<Value> args;
  if (!owned_returned.is_undefined() && !owned_returned.is_none()) args.push_back(owned_returned);
  throw ScriptException{Ref::steal(
      Value::object(new ExceptionObject(exc::StopIteration, make_tuple(std::move(args)))))};
}

}  // namespace

Value generator_send(ThreadState& ts, Value self, const Args& args) {
  args.expect("send", 1, 1);
  Value out, returned;
  if (resume_generator(ts, as_generator(self), args.positional[0], out, Value::undefined(),
                       &returned))
    return out;
  raise_stop_iteration(returned);
}

namespace {

// StopIteration's value: what the generator returned (a new reference).
Value stop_value(const ScriptException& error) {
  const auto& items =
      as_tuple(static_cast<ExceptionObject*>(error.exception.get().obj)->args)->items;
  Value v = items.empty() ? Value::none() : items[0];
  incref(v);
  return v;
}

bool is_a(Value exception, ExceptionClass* cls) {
  return static_cast<ExceptionObject*>(exception.obj)->cls->is_subclass_of(cls);
}
bool is_a(const ScriptException& error, ExceptionClass* cls) {
  return is_a(error.exception.get(), cls);
}

// Whether the generator is paused at the YIELD_VALUE of a `yield from` (SEND just before it),
// to resume after it or at that SEND (interpreter.cpp, yield_from_resume_at()): its inner
// iterator is then the top of its saved stack.
bool in_yield_from(const Generator& generator) {
  if (!generator.started || generator.resume_at < 2 || generator.frame_values.empty()) return false;
  const auto& code = generator.function->code->code;
  return decode_op(code[generator.resume_at - 2]) == Op::SEND ||
         decode_op(code[generator.resume_at]) == Op::SEND;
}

Value generator_close(ThreadState& ts, Value self, const Args& args);

// close() of the inner iterator of a `yield from`: a generator's own, else its close() method if
// it has one (CPython's gen_close_iter).
void close_inner(ThreadState& ts, Value inner) {
  if (is_kind(inner, Kind::Generator)) {
    decref(generator_close(ts, inner, Args{}));
    return;
  }
  Ref close;
  try {
    Ref key = Ref::steal(make_str("close"));
    close = Ref::steal(get_attribute(ts, inner, *as_str(key.get())));
  } catch (ScriptException& error) {
    if (!is_a(error, exc::AttributeError)) throw;
    return;
  }
  decref(call_value(ts, close.get(), nullptr, 0));
}

// Raises `exception` (an exception object) inside the generator; what it yields next is the
// result. Paused in `yield from`, the exception goes to the inner iterator first (SEND throws
// it there), except GeneratorExit, which closes the inner iterator and then the generator.
Value throw_into(ThreadState& ts, Generator& generator, Value exception) {
  const Generator::State found = generator.claim();
  if (found != Generator::State::Suspended) {
    if (found == Generator::State::Finished) throw ScriptException{Ref::borrow(exception)};
    raise(exc::ValueError, "generator already executing");
  }
  // This thread owns the paused frame now: its saved stack may be read.
  Ref thrown = Ref::borrow(exception);
  bool forward = false;
  if (in_yield_from(generator)) {
    if (is_a(exception, exc::GeneratorExit)) {
      try {
        close_inner(ts, generator.frame_values.back());
      } catch (ScriptException& error) {
        thrown =
            error.exception;  // CPython raises the inner close()'s error in the generator instead
      } catch (...) {
        generator.state.store(Generator::State::Suspended);
        throw;
      }
    } else {
      forward = true;
    }
  }
  Value out, returned;
  bool yielded;
  if (forward) {
    decref(generator.forwarded);
    generator.forwarded = thrown.release();
    yielded =
        resume_claimed_generator(ts, generator, Value::none(), out, Value::undefined(), &returned);
  } else {
    yielded = resume_claimed_generator(ts, generator, Value::none(), out, thrown.get(), &returned);
  }
  if (yielded) return out;
  raise_stop_iteration(returned);
}

// throw(type[, value]) or throw(instance).
Value generator_throw(ThreadState& ts, Value self, const Args& args) {
  args.expect("throw", 1, 3);
  Value first = args.positional[0];
  Ref exception;
  if (is_kind(first, Kind::Exception)) {
    exception = Ref::borrow(first);
  } else if (is_kind(first, Kind::ExceptionClass) || is_kind(first, Kind::Class)) {
    exception = Ref::steal(call_value(ts, first, args.positional + 1,
                                      args.count > 1 && !args.positional[1].is_none() ? 1 : 0));
  }
  if (!is_kind(exception.get(), Kind::Exception)) {
    raise(exc::TypeError,
          "exceptions must be classes or instances deriving from BaseException, not " +
              type_name(first));
  }
  return throw_into(ts, as_generator(self), exception.get());
}

// close(): GeneratorExit is raised at the paused `yield`, so that `finally` blocks run; a
// generator that yields again is a RuntimeError. One that has not started just ends.
Value generator_close(ThreadState& ts, Value self, const Args& args) {
  args.expect("close", 0, 0);
  Generator& generator = as_generator(self);
  if (!generator.started) {
    const Generator::State found = generator.claim();
    if (found == Generator::State::Suspended) {
      for (Value v : generator.frame_values) decref(v);
      generator.frame_values.clear();
      generator.state.store(Generator::State::Finished);
      return Value::none();
    }
    if (found == Generator::State::Running) raise(exc::ValueError, "generator already executing");
  }
  if (generator.state.load() == Generator::State::Finished) return Value::none();
  Ref exit = Ref::steal(Value::object(new ExceptionObject(exc::GeneratorExit, make_tuple({}))));
  Value out;
  try {
    out = throw_into(ts, generator, exit.get());
  } catch (ScriptException& error) {
    if (is_a(error, exc::GeneratorExit) || is_a(error, exc::StopIteration)) return Value::none();
    throw;
  }
  decref(out);
  raise(exc::RuntimeError, "generator ignored GeneratorExit");
}

}  // namespace

bool yield_from_send(ThreadState& ts, Value outer, Value* sp) {
  Value inner = sp[-2], sent = sp[-1];
  Ref forwarded;
  if (is_kind(outer, Kind::Generator)) {
    Generator& self = as_generator(outer);
    forwarded = Ref::steal(self.forwarded);
    self.forwarded = Value::undefined();
  }
  Value out, returned = Value::undefined();
  bool yielded;
  if (!forwarded.get().is_undefined()) {
    if (!is_kind(inner, Kind::Generator))
      throw ScriptException{forwarded};  // no throw(): raised here
    try {
      out = throw_into(ts, as_generator(inner), forwarded.get());
      yielded = true;
    } catch (ScriptException& error) {
      if (!is_a(error, exc::StopIteration)) throw;
      yielded = false;
      returned = stop_value(error);
    }
  } else if (is_kind(inner, Kind::Generator)) {
    yielded = resume_generator(ts, as_generator(inner), sent, out, Value::undefined(), &returned);
  } else if (sent.is_none()) {
    yielded = iterator_next(inner, out);
  } else {
    Ref send = Ref::steal(get_attribute(ts, inner, *as_str(Ref::steal(make_str("send")).get())));
    try {
      out = call_value(ts, send.get(), &sent, 1);
      yielded = true;
    } catch (ScriptException& error) {
      if (!is_a(error, exc::StopIteration)) throw;
      yielded = false;
      returned = stop_value(error);
    }
  }
  decref(sent);
  if (yielded) {
    sp[-1] = out;
    return true;
  }
  decref(inner);
  sp[-2] = returned.is_undefined() ? Value::none() : returned;
  sp[-1] = Value::undefined();
  return false;
}

bool finalize_generator(Generator& generator) {
  if (!generator.started || generator.finalized || generator.handlers.empty() ||
      generator.state.load() != Generator::State::Suspended) {
    return false;
  }
  ThreadState* ts = find_current_thread_state();
  if (!ts || ts->frames.empty()) return false;  // no script running here (a thread's teardown)
  // The interpreter may be inside an instruction with values above ts.stack_top (it writes its
  // stack pointer back only before calls): close() runs above everything the innermost frame can
  // hold, and ts.stack_top goes back afterwards.
  Value* const saved_top = ts->stack_top;
  const Frame& frame = ts->frames.back();
  const Code& code = *frame.function->code;
  Value* frame_end = frame.locals + code.local_count + std::max(code.stack_bound, 0) + 2;
  if (frame_end > ts->stack_top) ts->stack_top = std::min(frame_end, ts->stack_end);
  Value self = Value::object(&generator);
  generator.finalized = true;
  generator.refcount.store(1, std::memory_order_relaxed);  // alive again while it closes
  try {
    decref(generator_close(*ts, self, Args{}));
  } catch (ScriptException& error) {
    // As CPython: reported, not raised (there is no caller to raise it in).
    std::fprintf(stderr, "Exception ignored in: <generator object %s at %p>\n",
                 generator.function->code->qualname.c_str(), static_cast<void*>(&generator));
    ts->vm.print_uncaught(*static_cast<ExceptionObject*>(error.exception.get().obj));
  } catch (...) {
  }
  ts->stack_top = saved_top;
  decref(self);  // frees it unless close() stored it somewhere
  return true;
}

const MethodTable& generator_methods() {
  static const MethodTable methods{
      {"send", generator_send}, {"close", generator_close}, {"throw", generator_throw}};
  return methods;
}

}  // namespace gilvm
