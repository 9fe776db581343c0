// The interpreter: one dispatch loop over the opcodes of opcodes.h (computed goto, or a switch
// when GILVM_SWITCH_DISPATCH is defined), like Lua's lvm.c and clox.
//
// Registers: `ip`, `sp` (next free stack slot) and `locals` live in C++ locals; SYNC() writes
// them back before anything that can raise, block or call out, so an exception thrown from a
// helper always finds the frame and the stack consistent. Script exceptions travel as C++
// ScriptException; execute() catches them, unwinds to the innermost handler block (or out of the
// entry frame) and re-enters the loop.
//
// GIL hooks: every non-fast opcode counts down `ticks` (CPython 2's check interval); backward
// jumps and function entries poll `eval_breaker` (CPython 3.10+'s poll sites).
#include <algorithm>
#include <climits>
#include <cstring>
#include <new>

#include "runtime/interpreter.h"
#include "runtime/attributes.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int64_edges.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

constexpr size_t kMaxFrames = 1000;  // CPython's default recursion limit
constexpr int kUncountedTickBudget = 1 << 20;  // designs without ticks: refill for statistics only

constexpr bool opcode_ticks(Op op) {
  constexpr bool Fast = false, Slow = true;
  constexpr bool table[] = {
#define GILVM_OPCODE_TICKS(name, operand, tick) tick,
      GILVM_OPCODES(GILVM_OPCODE_TICKS)
#undef GILVM_OPCODE_TICKS
  };
  return table[static_cast<int>(op)];
}

// An upper bound of the values one activation of `code` may push above its locals. The compiler
// sets code.stack_bound to the exact maximum depth over all paths (compute_stack_bound() in
// compiler.cpp); the interpreter adds one slot, because two opcodes briefly hold one value more
// than their documented effect: the slow path of ADD_INT/SUB_INT pushes the constant before the
// generic binary op, and BUILD_DICT pushes the new dict before popping the pairs. (Call results
// replace the callee's slot, and a handler's exception is part of the compiler's count.) A Code
// built without a bound gets a crude one, computed once: 2 per instruction, A per UNPACK.
int stack_bound(Code& code) {
  if (code.stack_bound < 0) {
    int64_t bound = 0;
    for (Instruction ins : code.code) {
      Op op = decode_op(ins);
      bound += (op == Op::UNPACK) ? decode_operand(ins) : 2;
    }
    code.stack_bound = static_cast<int>(std::min<int64_t>(bound, INT_MAX / 2));
  }
  return code.stack_bound + 1;
}

void add_traceback(ThreadState& ts, ExceptionObject& exception) {
  const Frame& frame = ts.frames.back();
  const Code& code = *frame.function->code;
  size_t index = static_cast<size_t>(frame.ip - code.code.data());
  if (index > 0) --index;  // ip already points past the faulting instruction
  int line = index < code.lines.size() ? code.lines[index] : code.first_line;
  exception.traceback.push_back({code.filename, code.name, line});
}

// CPython's messages: "f() takes 2 positional arguments but 3 were given", "g() takes from 1
// to 2 positional arguments but 3 were given".
[[noreturn]] void raise_arity_error(const Function& function, size_t given) {
  const Code& code = *function.code;
  size_t most = static_cast<size_t>(code.arity);
  size_t least = most - std::min(most, function.defaults.size());
  std::string takes = least == most ? std::to_string(most) : "from " + std::to_string(least) + " to " + std::to_string(most);
  raise(exc::TypeError, code.name + "() takes " + takes + " positional argument" + (most == 1 ? "" : "s") + " but " +
                            std::to_string(given) + (given == 1 ? " was" : " were") + " given");
}

// "f() missing 1 required positional argument: 'b'", "... 2 ... arguments: 'a' and 'b'",
// "... 3 ... arguments: 'a', 'b', and 'c'".
[[noreturn]] void raise_missing_arguments(const Code& code, const std::vector<size_t>& missing) {
  std::string names;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) names += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
    names += "'" + code.local_names[missing[i]] + "'";
  }
  raise(exc::TypeError, code.name + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                            (missing.size() == 1 ? "" : "s") + ": " + names);
}

// Completes the arguments of a call to `function` whose `count` positional arguments sit at
// `args` (defaults fill the rest), and makes room for its other locals. Returns the new top.
Value* prepare_locals(ThreadState& ts, Function& function, Value* args, size_t count) {
  Code& code = *function.code;
  size_t arity = static_cast<size_t>(code.arity);
  if (count > arity) raise_arity_error(function, count);
  if (ts.frames.size() >= kMaxFrames || args + code.local_count + stack_bound(code) > ts.stack_end) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  Value* top = args + count;
  if (count < arity) {
    size_t missing = arity - count;
    if (missing > function.defaults.size()) {
      std::vector<size_t> absent;
      for (size_t i = count; i < arity - function.defaults.size(); ++i) absent.push_back(i);
      raise_missing_arguments(code, absent);
    }
    for (size_t i = function.defaults.size() - missing; i < function.defaults.size(); ++i) {
      incref(function.defaults[i]);
      *top++ = function.defaults[i];
    }
  }
  for (int i = code.arity; i < code.local_count; ++i) *top++ = Value::undefined();
  return top;
}

[[gnu::always_inline]] inline void push_frame(ThreadState& ts, Function& function, Value* locals) {
  ts.frames.push_back(
      {&function, function.code->code.data(), locals, ts.handlers.size(), ts.handled_exceptions.size()});
}

// Rewrites a keyword call to a script function as a positional one: the `count` values at
// `args` (the last `names.items.size()` of them keyword values) become the parameters in order,
// up to the last one given; prepare_locals() adds the defaults after it. Raises before touching
// the stack, so unwinding releases the arguments as they are.
size_t bind_keywords(ThreadState& ts, Function& function, Value* args, size_t count, const Tuple& names) {
  const Code& code = *function.code;
  size_t keywords = names.items.size();
  size_t positional = count - keywords;
  size_t arity = static_cast<size_t>(code.arity);
  if (positional > arity) raise_arity_error(function, positional);
  std::vector<Value> bound(arity, Value::undefined());  // borrowed from the stack
  std::copy(args, args + positional, bound.begin());
  auto parameters_end = code.local_names.begin() + code.arity;
  for (size_t k = 0; k < keywords; ++k) {
    const std::string& name = as_str(names.items[k])->text;
    auto it = std::find(code.local_names.begin(), parameters_end, name);
    if (it == parameters_end) {
      raise(exc::TypeError, code.name + "() got an unexpected keyword argument '" + name + "'");
    }
    size_t index = static_cast<size_t>(it - code.local_names.begin());
    if (!bound[index].is_undefined()) {
      raise(exc::TypeError, code.name + "() got multiple values for argument '" + name + "'");
    }
    bound[index] = args[positional + k];
  }
  size_t filled = arity;
  while (filled > 0 && bound[filled - 1].is_undefined()) --filled;
  size_t defaults_start = arity - std::min(arity, function.defaults.size());
  std::vector<size_t> absent;
  for (size_t i = 0; i < defaults_start; ++i) {
    if (bound[i].is_undefined()) absent.push_back(i);
  }
  if (!absent.empty()) raise_missing_arguments(code, absent);
  if (args + filled > ts.stack_end) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  for (size_t i = 0; i < filled; ++i) {
    if (bound[i].is_undefined()) {
      bound[i] = function.defaults[i - defaults_start];
      incref(bound[i]);
    }
  }
  std::copy(bound.begin(), bound.begin() + filled, args);  // a permutation of the owned values
  return filled;
}

Value call_native(ThreadState& ts, Value callee, Value* args, size_t count, const Tuple* names) {
  Args call_args;
  size_t keywords = names ? names->items.size() : 0;
  call_args.positional = args;
  call_args.count = count - keywords;
  call_args.keyword_values = args + call_args.count;
  call_args.keyword_names = names;
  Object* object = callee.obj;
  if (callee.is_obj() && object->kind == Kind::Native) {
    auto* native = static_cast<Native*>(object);
    return native->fn(ts, native->self, call_args);
  }
  if (callee.is_obj() && object->kind == Kind::ExceptionClass) {
    if (keywords) raise(exc::TypeError, static_cast<ExceptionClass*>(object)->name + "() takes no keyword arguments");
    std::vector<Value> items(args, args + call_args.count);
    for (Value v : items) incref(v);
    return Value::object(new ExceptionObject(static_cast<ExceptionClass*>(object), make_tuple(std::move(items))));
  }
  raise(exc::TypeError, "'" + type_name(callee) + "' object is not callable");
}

// Whether this thread has run out of VmOptions::instruction_limit (as last flushed).
bool past_instruction_limit(const ThreadState& ts) {
  const uint64_t limit = ts.vm.options().instruction_limit;
  return limit != 0 && ts.record.instructions.load(std::memory_order_relaxed) >= limit;
}

void refill_ticks(ThreadState& ts) {
  flush_instruction_count(ts);
  int budget = ts.vm.gil().tick_budget();
  ts.tick_budget = budget > 0 ? budget : kUncountedTickBudget;
  if (const uint64_t limit = ts.vm.options().instruction_limit) {
    const uint64_t done = ts.record.instructions.load(std::memory_order_relaxed);
    if (done >= limit) {
      ts.tick_budget = ts.ticks = 1;
      raise(exc::RuntimeError, "instruction limit exceeded");
    }
    ts.tick_budget = static_cast<int>(std::min<uint64_t>(static_cast<uint64_t>(ts.tick_budget), limit - done));
  }
  ts.ticks = ts.tick_budget;
}

[[maybe_unused]] void on_tick_expired(ThreadState& ts) {
  bool counts_ticks = ts.vm.gil().tick_budget() > 0;
  refill_ticks(ts);
  if (counts_ticks) ts.vm.gil().handle_tick_expired(ts.gil_thread);
}

[[maybe_unused]] void on_eval_breaker(ThreadState& ts) {
  Gil& gil = ts.vm.gil();
  if (gil.eval_breaker.load(std::memory_order_relaxed) & kGilDropRequest) {
    gil.handle_eval_breaker(ts.gil_thread);
  }
}

// A global not assigned yet: the builtin of that name, cached in the global's slot (a later
// assignment to the global simply replaces it). Returns it borrowed.
Value load_builtin(ThreadState& ts, Globals& globals, uint32_t slot) {
  const std::string& name = globals.names.name(slot);
  Value v = ts.vm.builtin(name);
  if (v.is_undefined()) raise(exc::NameError, "name '" + name + "' is not defined");
  incref(v);
  if (free_threaded()) {
    globals.store(slot, v, /*alone=*/false);  // displaces nothing
  } else {
    globals.values[slot] = v;
  }
  return v;
}

// Functions are immortal in free-threaded mode: every thread that calls one loads it, and a
// count all of them change would bounce between their cores (CPython 3.13 defers these counts
// for the same reason). The price is that a function made at run time, e.g. by a `def` inside
// a loop, is freed only with the VM under `nogil`.
Value make_function(VM& vm, Value code, Value* defaults, size_t count, Globals* globals) {
  std::vector<Value> owned(defaults, defaults + count);  // moved from the stack: no incref
  Value function = Value::object(new Function(as_code(code), std::move(owned), globals));
  if (free_threaded()) vm.make_immortal(function);
  return function;
}

Value import_from(ThreadState& ts, Value module, const Str& name) {
  if (!is_kind(module, Kind::Module)) return get_attribute(ts, module, name);
  auto* m = static_cast<Module*>(module.obj);
  Value v = m->get(name.text);
  if (v.is_undefined()) raise(exc::ImportError, "cannot import name '" + name.text + "' from '" + m->name + "'");
  return v;
}

bool exception_matches(Value exception, Value cls) {
  if (!is_kind(exception, Kind::Exception)) return false;
  auto* object = static_cast<ExceptionObject*>(exception.obj);
  if (is_kind(cls, Kind::Tuple)) {
    for (Value item : as_tuple(cls)->items) {
      if (exception_matches(exception, item)) return true;
    }
    return false;
  }
  if (!is_kind(cls, Kind::ExceptionClass)) {
    raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return object->cls->is_subclass_of(static_cast<ExceptionClass*>(cls.obj));
}

Value exception_to_raise(Value value) {
  if (is_kind(value, Kind::Exception)) {
    incref(value);
    return value;
  }
  if (is_kind(value, Kind::ExceptionClass)) {
    return Value::object(new ExceptionObject(static_cast<ExceptionClass*>(value.obj), make_tuple({})));
  }
  raise(exc::TypeError, "exceptions must derive from BaseException");
}

// UNPACK: replaces the sequence at sp[-1] by its `count` items, first item on top. Returns the
// new top. Raises ValueError for a wrong length, with the stack untouched.
Value* unpack_sequence(Value* sp, uint32_t count) {
  Value sequence = sp[-1];
  std::vector<Value> items;  // owned
  if (is_kind(sequence, Kind::List) || is_kind(sequence, Kind::Tuple)) {
    items = sequence_items(sequence);
  } else {
    Ref iterator = Ref::steal(get_iterator(sequence));
    Value next;
    while (iterator_next(iterator.get(), next)) items.push_back(next);
  }
  if (items.size() != count) {
    for (Value v : items) decref(v);
    raise(exc::ValueError, items.size() < count
                               ? "not enough values to unpack (expected " + std::to_string(count) + ", got " +
                                     std::to_string(items.size()) + ")"
                               : "too many values to unpack (expected " + std::to_string(count) + ")");
  }
  --sp;
  for (size_t i = items.size(); i-- > 0;) *sp++ = items[i];
  decref(sequence);
  return sp;
}

// Runs frames from the innermost one until the frame at depth `entry_depth` returns.
// Opcode bodies hold only trivially destructible locals: computed goto leaves a scope without
// running destructors, so anything that owns memory lives in a helper function.
Value run(ThreadState& ts, size_t entry_depth) {
  Frame* frame = &ts.frames.back();
  const Instruction* ip = frame->ip;
  Value* sp = ts.stack_top;
  Value* locals = frame->locals;
  const Instruction* code_base = frame->function->code->code.data();
  const Value* constants = frame->function->code->constants.data();
  Value* globals = frame->function->globals->values.data();
  int ticks = ts.ticks;
  const bool free_threaded = gilvm::free_threaded();  // fixed while a VM runs
  Gil& gil = ts.vm.gil();
  const std::atomic<uint32_t>& eval_breaker = gil.eval_breaker;
  // `frames` never reallocates (ThreadState reserves past the recursion limit), so frame
  // addresses stand for depths.
  const Frame* const entry_frame = ts.frames.data() + entry_depth;
  const Frame* const last_frame = ts.frames.data() + kMaxFrames - 1;
  Instruction ins = 0;

#define SYNC()             \
  do {                     \
    frame->ip = ip;        \
    ts.stack_top = sp;     \
    ts.ticks = ticks;      \
  } while (0)
// The registers of the innermost frame (after a call pushed it or a return popped one).
#define LOAD_FRAME()                                        \
  do {                                                      \
    frame = &ts.frames.back();                              \
    ip = frame->ip;                                         \
    locals = frame->locals;                                 \
    code_base = frame->function->code->code.data();         \
    constants = frame->function->code->constants.data();   \
    globals = frame->function->globals->values.data();      \
  } while (0)
#define ARG decode_operand(ins)
#ifdef GILVM_NO_EVAL_BREAKER
  // Benchmark build: no ticks, no polls, so threads switch only around blocking calls. It
  // exists to measure what the GIL machinery costs a single thread.
#define POLL_EVAL_BREAKER() \
  do {                      \
  } while (0)
#define TICK(op)
  (void)eval_breaker;
#else
#define POLL_EVAL_BREAKER()                                          \
  do {                                                               \
    if (eval_breaker.load(std::memory_order_relaxed)) [[unlikely]] { \
      SYNC();                                                        \
      on_eval_breaker(ts);                                           \
    }                                                                \
  } while (0)
#define TICK(op)                                    \
  if constexpr (opcode_ticks(Op::op)) {             \
    if (--ticks < 0) [[unlikely]] {                 \
      SYNC();                                       \
      on_tick_expired(ts);                          \
      ticks = ts.ticks;                             \
    }                                               \
  }
#endif

#ifdef GILVM_SWITCH_DISPATCH
#define CASE(op) \
  case Op::op:   \
    TICK(op)
#define DISPATCH() goto next_instruction
  {
  next_instruction:
    ins = *ip++;
    switch (decode_op(ins)) {
#else
  static void* const labels[] = {
#define GILVM_OPCODE_LABEL(name, operand, tick) &&op_##name,
      GILVM_OPCODES(GILVM_OPCODE_LABEL)
#undef GILVM_OPCODE_LABEL
  };
#define CASE(op) \
  op_##op:       \
  TICK(op)
#define DISPATCH()                       \
  do {                                   \
    ins = *ip++;                         \
    goto* labels[ins & 0xff];            \
  } while (0)
  DISPATCH();
  {
    {
#endif

      CASE(NOP) { DISPATCH(); }
      CASE(LOAD_CONST) {
        Value v = constants[ARG];
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      CASE(LOAD_NONE) {
        *sp++ = Value::none();
        DISPATCH();
      }
      CASE(LOAD_TRUE) {
        *sp++ = Value::boolean(true);
        DISPATCH();
      }
      CASE(LOAD_FALSE) {
        *sp++ = Value::boolean(false);
        DISPATCH();
      }
      CASE(LOAD_LOCAL) {
        Value v = locals[ARG];
        if (v.is_undefined()) [[unlikely]] {
          SYNC();
          raise(exc::UnboundLocalError, "cannot access local variable '" +
                                            frame->function->code->local_names[ARG] +
                                            "' where it is not associated with a value");
        }
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      CASE(STORE_LOCAL) {
        Value old = locals[ARG];
        locals[ARG] = *--sp;
        decref(old);
        DISPATCH();
      }
      CASE(LOAD_GLOBAL) {
        Value v = free_threaded ? frame->function->globals->load(ARG) : globals[ARG];
        if (v.is_undefined()) [[unlikely]] {
          SYNC();
          v = load_builtin(ts, *frame->function->globals, ARG);
        }
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      CASE(STORE_GLOBAL) {
        if (free_threaded) {
          SYNC();
          // Displaced values are retired (see Globals) while other threads may be reading.
          frame->function->globals->store(ARG, *--sp, ts.vm.running_thread_count() == 1);
          DISPATCH();
        }
        Value old = globals[ARG];
        globals[ARG] = *--sp;
        decref(old);
        DISPATCH();
      }
      CASE(LOAD_ATTR) {
        SYNC();
        Value object = sp[-1];
        Value result = get_attribute(ts, object, *as_str(constants[ARG]));
        sp[-1] = result;
        decref(object);
        DISPATCH();
      }
      CASE(STORE_ATTR) {
        SYNC();
        set_attribute(ts, sp[-1], *as_str(constants[ARG]), sp[-2]);
        decref(sp[-1]);
        decref(sp[-2]);
        sp -= 2;
        DISPATCH();
      }
      CASE(POP) {
        decref(*--sp);
        DISPATCH();
      }
      CASE(DUP) {
        incref(sp[-1]);
        *sp = sp[-1];
        ++sp;
        DISPATCH();
      }
      CASE(DUP2) {
        incref(sp[-1]);
        incref(sp[-2]);
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        DISPATCH();
      }
      CASE(ROT2) {
        std::swap(sp[-1], sp[-2]);
        DISPATCH();
      }
      CASE(ROT3) {
        Value top = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = top;
        DISPATCH();
      }

#define BINARY_SLOW(op)                          \
  do {                                           \
    SYNC();                                      \
    Value result = binary_op(Op::op, sp[-2], sp[-1]); \
    decref(sp[-1]);                              \
    decref(sp[-2]);                              \
    sp[-2] = result;                             \
    --sp;                                        \
    DISPATCH();                                  \
  } while (0)
#define BINARY_INT(op, builtin)                                            \
  CASE(op) {                                                               \
    int64_t r;                                                             \
    if (sp[-1].is_int() && sp[-2].is_int() &&                              \
        !builtin(sp[-2].i, sp[-1].i, &r)) {                                \
      sp[-2].i = r;                                                        \
      --sp;                                                                \
      DISPATCH();                                                          \
    }                                                                      \
    BINARY_SLOW(op);                                                       \
  }
      BINARY_INT(ADD, __builtin_add_overflow)
      BINARY_INT(SUB, __builtin_sub_overflow)
      BINARY_INT(MUL, __builtin_mul_overflow)
      CASE(TRUEDIV) { BINARY_SLOW(TRUEDIV); }
      CASE(FLOORDIV) { BINARY_SLOW(FLOORDIV); }
      CASE(MOD) { BINARY_SLOW(MOD); }
      CASE(POW) { BINARY_SLOW(POW); }
      CASE(LSHIFT) { BINARY_SLOW(LSHIFT); }
      CASE(RSHIFT) { BINARY_SLOW(RSHIFT); }
      CASE(BIT_AND) { BINARY_SLOW(BIT_AND); }
      CASE(BIT_OR) { BINARY_SLOW(BIT_OR); }
      CASE(BIT_XOR) { BINARY_SLOW(BIT_XOR); }
#undef BINARY_INT

#define BINARY_CONST(op, slow_op, builtin)                                   \
  CASE(op) {                                                                 \
    int64_t r;                                                               \
    if (sp[-1].is_int() && !builtin(sp[-1].i, int64_t{ARG}, &r)) {           \
      sp[-1].i = r;                                                          \
      DISPATCH();                                                            \
    }                                                                        \
    *sp++ = Value::integer(ARG);                                             \
    BINARY_SLOW(slow_op);                                                    \
  }
      BINARY_CONST(ADD_INT, ADD, __builtin_add_overflow)
      BINARY_CONST(SUB_INT, SUB, __builtin_sub_overflow)
#undef BINARY_CONST
#undef BINARY_SLOW

#define UNARY(op)                              \
  CASE(op) {                                   \
    SYNC();                                    \
    Value result = unary_op(Op::op, sp[-1]);   \
    decref(sp[-1]);                            \
    sp[-1] = result;                           \
    DISPATCH();                                \
  }
      UNARY(NEG)
      UNARY(POS)
      UNARY(INVERT)
#undef UNARY
      CASE(NOT) {
        bool result = !truthy(sp[-1]);
        decref(sp[-1]);
        sp[-1] = Value::boolean(result);
        DISPATCH();
      }

#define COMPARE(op, cpp_op)                                       \
  CASE(op) {                                                      \
    if (sp[-1].is_int() && sp[-2].is_int()) {                     \
      sp[-2] = Value::boolean(sp[-2].i cpp_op sp[-1].i);          \
      --sp;                                                       \
      DISPATCH();                                                 \
    }                                                             \
    SYNC();                                                       \
    Value result = compare_op(Op::op, sp[-2], sp[-1]);            \
    decref(sp[-1]);                                               \
    decref(sp[-2]);                                               \
    sp[-2] = result;                                              \
    --sp;                                                         \
    DISPATCH();                                                   \
  }
      COMPARE(LT, <)
      COMPARE(LE, <=)
      COMPARE(EQ, ==)
      COMPARE(NE, !=)
      COMPARE(GT, >)
      COMPARE(GE, >=)
#undef COMPARE
#define COMPARE_JUMP(op, compare_op_name, cpp_op)                          \
  CASE(op) {                                                               \
    bool result;                                                           \
    if (sp[-1].is_int() && sp[-2].is_int()) {                              \
      result = sp[-2].i cpp_op sp[-1].i;                                   \
      sp -= 2;                                                             \
    } else {                                                               \
      SYNC();                                                              \
      Value r = compare_op(Op::compare_op_name, sp[-2], sp[-1]);           \
      result = truthy(r);                                                  \
      decref(r);                                                           \
      decref(sp[-1]);                                                      \
      decref(sp[-2]);                                                      \
      sp -= 2;                                                             \
    }                                                                      \
    if (!result) ip = code_base + ARG;            \
    DISPATCH();                                                            \
  }
      COMPARE_JUMP(JUMP_IF_NOT_LT, LT, <)
      COMPARE_JUMP(JUMP_IF_NOT_LE, LE, <=)
      COMPARE_JUMP(JUMP_IF_NOT_EQ, EQ, ==)
      COMPARE_JUMP(JUMP_IF_NOT_NE, NE, !=)
      COMPARE_JUMP(JUMP_IF_NOT_GT, GT, >)
      COMPARE_JUMP(JUMP_IF_NOT_GE, GE, >=)
#undef COMPARE_JUMP
      CASE(IN) {
        SYNC();
        bool result = contains(sp[-1], sp[-2]);
        decref(sp[-1]);
        decref(sp[-2]);
        sp[-2] = Value::boolean(result);
        --sp;
        DISPATCH();
      }
      CASE(NOT_IN) {
        SYNC();
        bool result = !contains(sp[-1], sp[-2]);
        decref(sp[-1]);
        decref(sp[-2]);
        sp[-2] = Value::boolean(result);
        --sp;
        DISPATCH();
      }
      CASE(IS) {
        Value a = sp[-2], b = sp[-1];
        bool same = a.tag == b.tag && (a.tag != Tag::Obj ? values_equal(a, b) : a.obj == b.obj);
        decref(a);
        decref(b);
        sp[-2] = Value::boolean(same);
        --sp;
        DISPATCH();
      }
      CASE(IS_NOT) {
        Value a = sp[-2], b = sp[-1];
        bool same = a.tag == b.tag && (a.tag != Tag::Obj ? values_equal(a, b) : a.obj == b.obj);
        decref(a);
        decref(b);
        sp[-2] = Value::boolean(!same);
        --sp;
        DISPATCH();
      }
      CASE(JUMP) {
        ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP_BACKWARD) {
        ip = code_base + ARG;
        POLL_EVAL_BREAKER();
        DISPATCH();
      }
      CASE(POP_JUMP_IF_FALSE) {
        Value v = *--sp;
        bool jump = v.tag == Tag::Bool ? !v.b : !truthy(v);
        decref(v);
        if (jump) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(POP_JUMP_IF_TRUE) {
        Value v = *--sp;
        bool jump = v.tag == Tag::Bool ? v.b : truthy(v);
        decref(v);
        if (jump) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP_IF_FALSE_OR_POP) {
        if (!truthy(sp[-1])) {
          ip = code_base + ARG;
        } else {
          decref(*--sp);
        }
        DISPATCH();
      }
      CASE(JUMP_IF_TRUE_OR_POP) {
        if (truthy(sp[-1])) {
          ip = code_base + ARG;
        } else {
          decref(*--sp);
        }
        DISPATCH();
      }
      CASE(GET_ITER) {
        SYNC();
        Value iterator = get_iterator(sp[-1]);
        decref(sp[-1]);
        sp[-1] = iterator;
        DISPATCH();
      }
      CASE(FOR_ITER) {
        Value iterator = sp[-1];
        auto* it = static_cast<Iterator*>(iterator.obj);
        if (it->source == Iterator::Source::Range) {
          if (it->step > 0 ? it->next_value < it->stop : it->next_value > it->stop) {
            *sp++ = Value::integer(it->next_value);
            if (!advance_range(it->next_value, it->step)) it->next_value = it->stop;
            DISPATCH();
          }
        } else {
          SYNC();
          Value next;
          if (iterator_next(iterator, next)) {
            *sp++ = next;
            DISPATCH();
          }
        }
        decref(*--sp);
        ip = code_base + ARG;
        DISPATCH();
      }
      CASE(BUILD_LIST) {
        sp -= ARG;
        *sp = make_list(std::vector<Value>(sp, sp + ARG));  // the list takes the stack's references
        ++sp;
        DISPATCH();
      }
      CASE(BUILD_TUPLE) {
        sp -= ARG;
        *sp = make_tuple(std::vector<Value>(sp, sp + ARG));
        ++sp;
        DISPATCH();
      }
      CASE(BUILD_DICT) {
        SYNC();
        auto* dict = new Dict();
        Value result = Value::object(dict);
        *sp++ = result;  // on the stack first, so a bad key leaves nothing unowned
        for (uint32_t i = 0; i < ARG; ++i) {
          Value* pair = sp - 1 - 2 * ARG + 2 * i;
          dict->set(pair[0], pair[1]);
        }
        --sp;
        for (uint32_t i = 0; i < 2 * ARG; ++i) decref(*--sp);
        *sp++ = result;
        DISPATCH();
      }
      CASE(BUILD_SLICE) {
        sp[-2] = Value::object(new Slice(sp[-2], sp[-1]));  // takes both references
        --sp;
        DISPATCH();
      }
      CASE(LIST_APPEND) {
        Value v = *--sp;
        as_list(sp[-1 - static_cast<int>(ARG)])->items.push_back(v);
        DISPATCH();
      }
      CASE(UNPACK) {
        SYNC();
        sp = unpack_sequence(sp, ARG);
        DISPATCH();
      }
      CASE(SUBSCR) {
        SYNC();
        Value result = get_item(sp[-2], sp[-1]);
        decref(sp[-1]);
        decref(sp[-2]);
        sp[-2] = result;
        --sp;
        DISPATCH();
      }
      CASE(STORE_SUBSCR) {
        SYNC();
        set_item(sp[-2], sp[-1], sp[-3]);
        decref(sp[-1]);
        decref(sp[-2]);
        decref(sp[-3]);
        sp -= 3;
        DISPATCH();
      }
      CASE(CALL) {
        size_t count = ARG;
        Value* args = sp - count;
        Value callee = args[-1];
        SYNC();
        if (callee.is_obj() && callee.obj->kind == Kind::Function) {
          auto& function = *static_cast<Function*>(callee.obj);
          if (count == static_cast<size_t>(function.code->arity) &&
              function.code->local_count == function.code->arity && frame < last_frame &&
              args + count + stack_bound(*function.code) <= ts.stack_end) {
            sp = args + count;  // the common case: exact arity, no other locals
          } else {
            sp = prepare_locals(ts, function, args, count);
          }
          push_frame(ts, function, args);
          LOAD_FRAME();
          POLL_EVAL_BREAKER();
          DISPATCH();
        }
        Value result = call_native(ts, callee, args, count, nullptr);
        for (Value* p = args - 1; p < sp; ++p) decref(*p);
        sp = args - 1;
        *sp++ = result;
        DISPATCH();
      }
      CASE(CALL_KW) {
        size_t count = ARG;
        Value names = sp[-1];
        Value* args = sp - 1 - count;
        Value callee = args[-1];
        SYNC();
        if (callee.is_obj() && callee.obj->kind == Kind::Function) {
          auto& function = *static_cast<Function*>(callee.obj);
          --sp;  // the names tuple: a constant, still owned by the code
          ts.stack_top = sp;
          decref(names);
          size_t bound = bind_keywords(ts, function, args, count, *as_tuple(names));
          sp = prepare_locals(ts, function, args, bound);
          push_frame(ts, function, args);
          LOAD_FRAME();
          POLL_EVAL_BREAKER();
          DISPATCH();
        }
        Value result = call_native(ts, callee, args, count, as_tuple(names));
        for (Value* p = args - 1; p < sp; ++p) decref(*p);
        sp = args - 1;
        *sp++ = result;
        DISPATCH();
      }
      CASE(RETURN) {
        Value result = *--sp;
        for (Value* p = locals - 1; p < sp; ++p) decref(*p);
        sp = locals - 1;
        while (ts.handled_exceptions.size() > frame->handled_base) {
          decref(ts.handled_exceptions.back());
          ts.handled_exceptions.pop_back();
        }
        if (ts.handlers.size() > frame->handler_base) ts.handlers.resize(frame->handler_base);
        ts.frames.pop_back();
        if (frame == entry_frame) {  // compares addresses only: `frame` is not read again
          ts.stack_top = sp;
          ts.ticks = ticks;
          return result;
        }
        LOAD_FRAME();
        *sp++ = result;
        DISPATCH();
      }
      CASE(MAKE_FUNCTION) {
        Value code = *--sp;
        size_t count = ARG;
        sp -= count;
        Value function = make_function(ts.vm, code, sp, count, frame->function->globals);
        decref(code);
        *sp++ = function;
        DISPATCH();
      }
      CASE(IMPORT_NAME) {
        SYNC();
        *sp++ = ts.vm.import_module(ts, as_str(constants[ARG])->text);
        DISPATCH();
      }
      CASE(IMPORT_FROM) {
        SYNC();
        Value v = import_from(ts, sp[-1], *as_str(constants[ARG]));
        *sp++ = v;
        DISPATCH();
      }
      CASE(SETUP_HANDLER) {
        ts.handlers.push_back({ARG, static_cast<uint32_t>(sp - locals),
                               static_cast<uint32_t>(ts.handled_exceptions.size())});
        DISPATCH();
      }
      CASE(POP_BLOCK) {
        ts.handlers.pop_back();
        DISPATCH();
      }
      CASE(RAISE) {
        SYNC();
        if (ARG == 0) {
          if (ts.handled_exceptions.empty()) {
            raise(exc::RuntimeError, "No active exception to reraise");
          }
          throw ScriptException{Ref::borrow(ts.handled_exceptions.back()), false};
        }
        Value exception = exception_to_raise(sp[-1]);
        decref(*--sp);
        ts.stack_top = sp;
        throw ScriptException{Ref::steal(exception), true};
      }
      CASE(RERAISE) {
        Value exception = *--sp;
        SYNC();
        throw ScriptException{Ref::steal(exception), false};
      }
      CASE(EXCEPTION_MATCH) {
        SYNC();
        bool match = exception_matches(sp[-2], sp[-1]);
        decref(sp[-1]);
        sp[-1] = Value::boolean(match);
        DISPATCH();
      }
      CASE(ENTER_EXCEPT) {
        incref(sp[-1]);
        ts.handled_exceptions.push_back(sp[-1]);
        DISPATCH();
      }
      CASE(POP_EXCEPT) {
        if (ts.handled_exceptions.size() > frame->handled_base) {
          decref(ts.handled_exceptions.back());
          ts.handled_exceptions.pop_back();
        }
        DISPATCH();
      }
      CASE(PRINT_EXPR) {
        Value v = *--sp;
        SYNC();
        if (!v.is_none()) std::fprintf(ts.vm.out(), "%s\n", repr(v).c_str());
        decref(v);
        DISPATCH();
      }
    }
  }
  __builtin_unreachable();  // every opcode ends in DISPATCH() or returns
#undef CASE
#undef DISPATCH
#undef TICK
#undef POLL_EVAL_BREAKER
#undef ARG
#undef LOAD_FRAME
#undef SYNC
}

// Unwinds to the innermost handler at or above `entry_depth`. Returns true when one was found
// (the loop resumes there), false when the exception leaves the entry frame (stack and frames
// are then cut back to the entry state).
bool unwind(ThreadState& ts, size_t entry_depth, Value exception, bool add_trace) {
  auto* object = static_cast<ExceptionObject*>(exception.obj);
  if (add_trace) add_traceback(ts, *object);
  const bool stopping = past_instruction_limit(ts);  // no handler may catch the limit
  for (;;) {
    Frame& frame = ts.frames.back();
    if (ts.handlers.size() > frame.handler_base && !stopping) {
      HandlerBlock handler = ts.handlers.back();
      ts.handlers.pop_back();
      Value* depth = frame.locals + handler.stack_depth;
      while (ts.stack_top > depth) decref(*--ts.stack_top);
      while (ts.handled_exceptions.size() > handler.handled_depth) {
        decref(ts.handled_exceptions.back());
        ts.handled_exceptions.pop_back();
      }
      incref(exception);
      *ts.stack_top++ = exception;
      frame.ip = frame.function->code->code.data() + handler.target;
      return true;
    }
    while (ts.stack_top > frame.locals - 1) decref(*--ts.stack_top);
    while (ts.handled_exceptions.size() > frame.handled_base) {
      decref(ts.handled_exceptions.back());
      ts.handled_exceptions.pop_back();
    }
    if (ts.handlers.size() > frame.handler_base) {  // left unentered when stopping
      ts.handlers.erase(ts.handlers.begin() + static_cast<std::ptrdiff_t>(frame.handler_base), ts.handlers.end());
    }
    ts.frames.pop_back();
    if (ts.frames.size() == entry_depth) return false;
    add_traceback(ts, *object);
  }
}

Value execute(ThreadState& ts, size_t entry_depth) {
  for (;;) {
    try {
      return run(ts, entry_depth);
    } catch (ScriptException& error) {
      Value exception = error.exception.get();
      if (!unwind(ts, entry_depth, exception, error.add_traceback)) throw;
    } catch (const std::bad_alloc&) {
      // Out of memory inside an instruction: a MemoryError the script can catch, as in CPython.
      // (If even the exception cannot be made, bad_alloc goes on to the host.)
      Ref exception = Ref::steal(new_exception(exc::MemoryError, ""));
      if (!unwind(ts, entry_depth, exception.get(), true)) throw ScriptException{std::move(exception)};
    }
  }
}

}  // namespace

void flush_instruction_count(ThreadState& ts) {
  ts.record.instructions.fetch_add(static_cast<uint64_t>(ts.tick_budget - std::max(ts.ticks, 0)),
                                   std::memory_order_relaxed);
  ts.tick_budget = ts.ticks = std::max(ts.ticks, 0);
}

Value call_value(ThreadState& ts, Value callee, const Value* args, size_t count) {
  if (!(callee.is_obj() && callee.obj->kind == Kind::Function)) {
    std::vector<Value> copy(args, args + count);
    return call_native(ts, callee, copy.data(), count, nullptr);
  }
  auto& function = *static_cast<Function*>(callee.obj);
  size_t entry_depth = ts.frames.size();
  Value* base = ts.stack_top;
  if (base + 1 + count + 1 > ts.stack_end) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  incref(callee);
  *ts.stack_top++ = callee;
  for (size_t i = 0; i < count; ++i) {
    incref(args[i]);
    *ts.stack_top++ = args[i];
  }
  Value* locals = base + 1;
  try {
    ts.stack_top = prepare_locals(ts, function, locals, count);
  } catch (ScriptException&) {
    while (ts.stack_top > base) decref(*--ts.stack_top);
    throw;
  }
  push_frame(ts, function, locals);
  if (ts.tick_budget == 0) refill_ticks(ts);
  return execute(ts, entry_depth);
}

}  // namespace gilvm
