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
#include <array>
#include <climits>
#include <cstring>
#include <iterator>
#include <memory>
#include <new>

#include "modules/builtins.h"
#include "modules/consumer.h"
#include "runtime/arithmetic_fast.h"
#include "runtime/attribute_cache.h"
#include "runtime/attribute_cache_hits.h"
#include "runtime/attributes.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/instance.h"
#include "runtime/deque.h"
#include "runtime/dict_view.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int64_edges.h"
#include "runtime/interpreter.h"
#include "runtime/metaclass.h"
#include "runtime/keyword_call_cache.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/set.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

int frame_line(const Frame& frame) {
  const Code& code = *frame.function->code;
  size_t index = static_cast<size_t>(frame.ip - code.code.data());
  if (index > 0) --index;  // ip already points past the instruction it runs (or its call)
  return index < code.lines.size() ? code.lines[index] : code.first_line;
}

namespace {

constexpr int kUncountedTickBudget = 1 << 20;  // designs without ticks: refill for statistics only

constexpr bool opcode_ticks(Op op) {
  constexpr bool Fast = false, Slow = true;
  constexpr bool table[] = {
#define GILVM_OPCODE_TICKS(name, operand, tick, flow, effect, jump_effect) tick,
      GILVM_OPCODES(GILVM_OPCODE_TICKS)
#undef GILVM_OPCODE_TICKS
  };
  return table[static_cast<int>(op)];
}

// An upper bound of the values one activation of `code` may push above its locals. The compiler
// sets code.stack_bound to the exact maximum depth over all paths (compute_stack_bound() in
// compiler.cpp); the interpreter adds two slots (Code::kSpareSlots), because some opcodes briefly
// hold more than their documented effect: the slow path of ADD_INT/SUB_INT pushes the constant
// before the generic binary op, BUILD_DICT pushes the new dict before popping the pairs, a call of
// a bound method moves its arguments up one for the method's self (unpack_method), and a call of
// a class moves them up two, for the instance and self (construct()). (Call results
// replace the callee's slot, and a handler's exception is part of the compiler's count.) A Code
// built without a bound gets a crude one, computed once: 2 per instruction, A per UNPACK. In
// line: every generator resumption asks.
[[gnu::noinline]] void set_crude_stack_bound(Code& code) {
  int64_t bound = 0;
  for (Instruction ins : code.code) {
    Op op = decode_op(ins);
    bound += (op == Op::UNPACK) ? decode_operand(ins) : 2;
  }
  code.set_stack_bound(static_cast<int>(std::min<int64_t>(bound, INT_MAX / 2)));
}
inline int stack_bound(Code& code) {
  if (code.stack_bound < 0) [[unlikely]]
    set_crude_stack_bound(code);
  return code.stack_bound + Code::kSpareSlots;
}

void add_traceback(ThreadState& ts, ExceptionObject& exception) {
  const Frame& frame = ts.frames.back();
  incref(Value::object(frame.function->code));
  // Room for a few frames at the first: an exception caught a frame or two above its raise (the
  // common case) grew its traceback a malloc per frame.
  if (exception.traceback.empty()) exception.traceback.reserve(4);
  exception.traceback.push_back({frame.function->code, frame_line(frame)});
}

// The binders below (prepare_locals(), bind_rest(), bind_arguments(); bind_exact() says so by
// its bool) return the new top, or null with a binding error (a wrong argument count, a missing
// or unexpected keyword) left in ts.pending_exception and the stack untouched: raised without a
// C++ throw, whose unwinding costs ~5,000 instructions a frame (scripts catch these: a
// dispatcher trying a handler's signature). RecursionError is still thrown. Callers that take
// null for something else (the push_*_frame helpers) throw it (bound_or_throw()).
[[gnu::noinline, gnu::cold]] Value* binding_error(ThreadState& ts, std::string message) {
  raise_pending(ts, exc::TypeError, std::move(message));
  return nullptr;
}

[[noreturn, gnu::noinline, gnu::cold]] void throw_pending_exception(ThreadState& ts);

// A binder's top, or its pending error thrown.
[[gnu::always_inline]] inline Value* bound_or_throw(ThreadState& ts, Value* top) {
  if (top == nullptr) [[unlikely]]
    throw_pending_exception(ts);
  return top;
}

// CPython's messages: "f() takes 2 positional arguments but 3 were given", "g() takes from 1
// to 2 positional arguments but 3 were given", and with keyword-only arguments given too, "h()
// takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were
// given". Null, the error pending.
[[gnu::noinline, gnu::cold]] Value* arity_error(ThreadState& ts, const Function& function,
                                                size_t given, size_t keyword_only_given = 0) {
  const Code& code = *function.code;
  size_t most = static_cast<size_t>(code.arity);
  size_t least = most - std::min(most, function.defaults.size());
  std::string takes = least == most
                          ? std::to_string(most)
                          : "from " + std::to_string(least) + " to " + std::to_string(most);
  std::string and_keyword_only;
  if (keyword_only_given > 0) {
    and_keyword_only = std::string(" positional argument") + (given == 1 ? "" : "s") + " (and " +
                       std::to_string(keyword_only_given) + " keyword-only argument" +
                       (keyword_only_given == 1 ? "" : "s") + ")";
  }
  return binding_error(ts, code.qualname + "() takes " + takes + " positional argument" +
                               (least == most && most == 1 ? "" : "s") + " but " +
                               std::to_string(given) + and_keyword_only +
                               (given == 1 && keyword_only_given == 0 ? " was" : " were") +
                               " given");
}

// "f() missing 1 required positional argument: 'b'", "... 2 ... arguments: 'a' and 'b'",
// "... 3 ... arguments: 'a', 'b', and 'c'". Null, the error pending.
[[gnu::noinline, gnu::cold]] Value* missing_arguments(ThreadState& ts, const Code& code,
                                                      const std::vector<size_t>& missing,
                                                      const char* kind = "positional") {
  std::string names;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) names += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
    names += "'" + code.local_names[missing[i]] + "'";
  }
  return binding_error(ts, code.qualname + "() missing " + std::to_string(missing.size()) +
                               " required " + kind + " argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + names);
}

Value* bind_arguments(ThreadState& ts, Function& function, Value* args, size_t count,
                      const Tuple* names);

// A new frame's locals past its arguments, from `top` up to `end` (never below it), start
// unbound; returns `end`. Few as a rule: a plain pointer loop (counting from the arity, GCC set
// up and finished the loop in ~15 instructions around one slot's two stores).
[[gnu::always_inline]] inline Value* fill_unbound(Value* top, Value* end) {
  for (; top < end; ++top) *top = Value::undefined();
  return end;
}

// The tuple an *args parameter gets when no extra arguments come (a new reference): one empty
// tuple, shared and immortal, as CPython's `()`; one made and freed per call cost a malloc and a
// free.
Value empty_varargs() {
  static const Value empty = [] {
    const Value tuple = make_tuple_made(nullptr, 0);
    immortalize(tuple);
    return tuple;
  }();
  incref(empty);  // immortal, but counted under a GIL: its decref balances this
  return empty;
}

// The last `missing` positional defaults of `function` at `top` on (new references); returns
// the end. A call that leaves its last positional parameters out takes them.
[[gnu::always_inline]] inline Value* push_defaults(const Function& function, Value* top,
                                                   size_t missing) {
  const size_t defaults = function.defaults.size();
  for (size_t i = defaults - missing; i < defaults; ++i) {
    incref(function.defaults[i]);
    *top++ = function.defaults[i];
  }
  return top;
}

// prepare_locals() for a function with keyword-only parameters, *args or **kwargs, called with
// its arguments all by position: the positional parameters take them (defaults the rest), the
// extras' references move into the *args tuple, the keyword-only parameters take their defaults,
// **kwargs is a new dict, as a decorator's `wrapper(*args, **kwargs)` or `f(a, b=2, *rest)` is
// called. Anything else (a missing argument, too many, a keyword-only one without default) binds
// by bind_arguments(), which raises CPython's error.
[[gnu::noinline]] Value* bind_rest(ThreadState& ts, Function& function, Value* args,
                                   size_t count) {
  Code& code = *function.code;  // stack_bound() may set its bound
  const size_t arity = static_cast<size_t>(code.arity);
  const size_t kwonly = static_cast<size_t>(code.kwonly_count);
  if (count + function.defaults.size() < arity || (count > arity && !code.has_varargs) ||
      function.kwdefaults.size() < kwonly || ts.frames.size() >= ts.frame_limit ||
      args + code.local_count + stack_bound(code) > ts.stack_end)
    return bind_arguments(ts, function, args, count, nullptr);
  for (size_t i = 0; i < kwonly; ++i)
    if (function.kwdefaults[i].is_undefined()) return bind_arguments(ts, function, args, count, nullptr);
  Value* top = args + arity;
  Value rest = Value::undefined();
  if (count < arity) {
    push_defaults(function, args + count, arity - count);
    if (code.has_varargs) rest = empty_varargs();
  } else if (code.has_varargs) {
    rest = make_tuple(top, count - arity);
  }
  for (size_t i = 0; i < kwonly; ++i) {
    incref(function.kwdefaults[i]);
    *top++ = function.kwdefaults[i];
  }
  if (code.has_varargs) *top++ = rest;
  if (code.has_varkw) *top++ = Value::object(new Dict());
  return fill_unbound(top, args + code.local_count);
}

// Completes the arguments of a call to `function` whose `count` positional arguments sit at
// `args` (defaults fill the rest), and makes room for its other locals. Returns the new top.
Value* prepare_locals(ThreadState& ts, Function& function, Value* args, size_t count) {
  Code& code = *function.code;
  if (!code.plain_parameters()) return bind_rest(ts, function, args, count);
  size_t arity = static_cast<size_t>(code.arity);
  if (count > arity) return arity_error(ts, function, count);
  if (ts.frames.size() >= ts.frame_limit ||
      args + code.local_count + stack_bound(code) > ts.stack_end) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  Value* top = args + count;
  if (count < arity) {
    size_t missing = arity - count;
    if (missing > function.defaults.size()) {
      std::vector<size_t> absent;
      for (size_t i = count; i < arity - function.defaults.size(); ++i) absent.push_back(i);
      return missing_arguments(ts, code, absent);
    }
    top = push_defaults(function, top, missing);
  }
  return fill_unbound(top, args + code.local_count);
}

// `a is b`. Values other than floats are the same when their tags and payloads are (the payload
// of None is 0, of a bool 0 or 1); floats, unboxed, are compared as values_equal() does.
[[gnu::always_inline]] inline bool is_same(Value a, Value b) {
  return a.tag == b.tag && (a.tag != Tag::Float ? a.i == b.i : values_equal(a, b));
}

[[gnu::always_inline]] inline void push_frame(ThreadState& ts, Function& function, Value* locals) {
  ts.frames.push_back({&function, function.code->code.data(), locals, ts.handlers.size(),
                       ts.handled_exceptions.size()});
}

// push_frame() for the calls run() makes in line (CALL, CALL_KW, CALL_EX, a class's __init__, an
// operator's dunder): the frame's bases wait for its first block (kBlocksUnset, set by
// set_frame_bases()), which most calls never make. Never for a frame that starts a run() (its
// entry frame's base is read from below) or a generator's resumed one (its blocks come back
// with it).
[[gnu::always_inline]] inline void push_call_frame(ThreadState& ts, Function& function,
                                                   Value* locals) {
  ts.frames.push_back({&function, function.code->code.data(), locals, kBlocksUnset, kBlocksUnset});
}

// SETUP_HANDLER's and ENTER_EXCEPT's, before they add the innermost frame's block: a frame of
// push_call_frame() takes as its bases what its callers hold.
[[gnu::always_inline]] inline void set_frame_bases(ThreadState& ts, Frame& frame) {
  if (frame.handler_base == kBlocksUnset) [[unlikely]] {
    frame.handler_base = ts.handlers.size();
    frame.handled_base = ts.handled_exceptions.size();
  }
}

// prepare_locals()'s common cases in line, all arguments positional: exact arity, or the last
// parameters left to their defaults (`Point(x, y)` of `__init__(self, x, y, z=0)`); the other
// locals unbound. The new top into `top`; false with a binding error pending. (A bool, not a
// null top: in line, the common cases' answer is a constant, and only prepare_locals()'s is
// tested, where a null top would be tested on every call.)
[[gnu::always_inline]] inline bool bind_exact(ThreadState& ts, Function& function, Value* args,
                                              size_t count, Value*& top) {
  const Code& code = *function.code;
  if (&ts.frames.back() < ts.last_frame && args + code.activation_slots <= ts.stack_end) {
    if (count == static_cast<size_t>(code.positional_arity)) {
      top = fill_unbound(args + count, args + code.local_count);
      return true;
    }
    if (code.positional_arity > static_cast<int>(count) &&
        static_cast<size_t>(code.positional_arity) - count <= function.defaults.size()) {
      top = fill_unbound(
          push_defaults(function, args + count, static_cast<size_t>(code.positional_arity) - count),
          args + code.local_count);
      return true;
    }
  }
  top = prepare_locals(ts, function, args, count);
  return top != nullptr;
}

// bind_exact() for the callers that take a null top for something else (the push_*_frame
// helpers, call_unpacked()): its binding error thrown.
[[gnu::always_inline]] inline Value* bind_exact_or_throw(ThreadState& ts, Function& function,
                                                         Value* args, size_t count) {
  Value* top;
  if (!bind_exact(ts, function, args, count, top)) [[unlikely]]
    throw_pending_exception(ts);
  return top;
}

// CALL of a class whose __init__ is a script function (script_init()): `args` (count of them,
// the class below) become the instance, __init__, the instance again and the arguments, and
// __init__'s frame is pushed, marked kConstruct: its return leaves the instance (the first
// reference, below its callee slot) as the call's result. Returns the frame's stack top, or null
// with a binding error pending, everything left on the stack, counted, for the unwinding.
[[gnu::noinline]] Value* construct(ThreadState& ts, Value init, Value* args, size_t count) {
  Value cls = args[-1];
  Value instance = Value::object(ScriptInstance::make(static_cast<Class*>(cls.obj)));
  std::memmove(args + 2, args, count * sizeof(Value));
  args[-1] = instance;
  args[0] = init;  // the caller's reference
  args[1] = instance;
  incref(instance);
  decref(cls);
  ts.stack_top = args + 2 + count;
  auto& function = *static_cast<Function*>(init.obj);
  Value* top;
  if (!bind_exact(ts, function, args + 1, count + 1, top)) [[unlikely]]
    return nullptr;  // C(1, 2) of a one-argument __init__: its error pending
  push_call_frame(ts, function, args + 1);
  ts.frames.back().on_return = FrameReturn::kConstruct;
  return top;
}

// LOAD_ATTR of a property whose getter is a script function (property_getter_hit()): the object
// at sp[-1] becomes the getter's argument, the getter its callee, and its frame is pushed; its
// result replaces the object as a call's does. Returns the frame's stack top.
[[gnu::noinline]] Value* push_property_getter(ThreadState& ts, Function& getter, Value* sp) {
  sp[0] = sp[-1];
  sp[-1] = Value::object(&getter);
  incref(sp[-1]);
  ts.stack_top = sp + 1;
  Value* top = bound_or_throw(ts, prepare_locals(ts, getter, sp, 1));
  push_call_frame(ts, getter, sp);
  return top;
}

// The special method `name` (an interned Str) of script instance `instance`'s class when it is
// a script function whose frame the interpreter may push for an operator (its code takes the
// slow return, which does what Frame::on_return says): a new reference; else Undefined.
[[gnu::always_inline]] inline Value operator_function(Value instance, Value name) {
  Value method = class_special_lookup(*static_cast<ScriptInstance*>(instance.obj)->cls, name);
  if (is_kind(method, Kind::Function) && static_cast<Function*>(method.obj)->code->slow_return)
    return method;
  decref(method);  // Undefined too: a no-op
  return Value::undefined();
}

// The dunder of a binary operator or comparison (not in place), interned; Undefined for any
// other operation. One table, made once: a switch of NAME_KEYs tests a guard on every look-up.
Value operator_dunder(Op op) {
  static const std::array<Value, kOpcodeCount> names = [] {
    std::array<Value, kOpcodeCount> table;
    table.fill(Value::undefined());
    const std::pair<Op, const char*> dunders[] = {
        {Op::ADD, "__add__"},         {Op::SUB, "__sub__"},       {Op::MUL, "__mul__"},
        {Op::TRUEDIV, "__truediv__"}, {Op::FLOORDIV, "__floordiv__"}, {Op::MOD, "__mod__"},
        {Op::POW, "__pow__"},         {Op::LSHIFT, "__lshift__"}, {Op::RSHIFT, "__rshift__"},
        {Op::BIT_AND, "__and__"},     {Op::BIT_OR, "__or__"},     {Op::BIT_XOR, "__xor__"},
        {Op::LT, "__lt__"},           {Op::LE, "__le__"},         {Op::GT, "__gt__"},
        {Op::GE, "__ge__"},           {Op::EQ, "__eq__"},         {Op::NE, "__ne__"},
    };
    for (const auto& [op, name] : dunders) table[static_cast<size_t>(op)] = interned_str(name);
    return table;
  }();
  return names[static_cast<size_t>(op)];
}

// `sp[-2] op sp[-1]` with sp[-2] a script instance whose class's dunder for `op` is a script
// function (operator_function()): its frame is pushed as a call's, the operands kept below the
// callee slot for the return (`on_return`, kOperator or kCompareJump) to release, or to go on
// with when the dunder answers NotImplemented. Returns the frame's stack top; nullptr, with
// nothing changed, when the operation must go the general way: no such function, or a right
// operand whose class may answer first (a subclass's, or a builtin type's subclass).
[[gnu::noinline]] Value* push_operator_frame(ThreadState& ts, Value* sp, Op op,
                                             FrameReturn on_return) {
  const Value a = sp[-2], b = sp[-1];
  Class* cls = static_cast<ScriptInstance*>(a.obj)->cls;
  if (b.is_obj()) {
    if (b.obj->kind == Kind::ScriptInstance) {
      Class* other = static_cast<ScriptInstance*>(b.obj)->cls;
      if (other != cls && is_subclass(Value::object(other), Value::object(cls))) return nullptr;
    } else if (is_builtin_subclass_instance(b)) {
      return nullptr;
    }
  }
  const Value method = operator_function(a, operator_dunder(op));
  if (method.is_undefined()) return nullptr;
  auto& function = *static_cast<Function*>(method.obj);
  sp[0] = method;
  sp[1] = a;
  sp[2] = b;
  incref(a);
  incref(b);
  ts.stack_top = sp + 3;
  Value* top = bind_exact_or_throw(ts, function, sp + 1, 2);
  push_call_frame(ts, function, sp + 1);
  ts.frames.back().on_return = on_return;
  ts.frames.back().op = op;
  return top;
}

// `sp[-2][sp[-1]]` (`count` 2: __getitem__) or `-sp[-1]` (`count` 1: __neg__) of a script
// instance whose class's dunder `name` is a script function: the operands become its arguments
// and its frame is pushed, its result replacing them as a call's does. Returns the frame's stack
// top, or nullptr with nothing changed when there is no such function.
[[gnu::noinline]] Value* push_dunder_frame(ThreadState& ts, Value* sp, Value name, size_t count) {
  Value* args = sp - count;
  const Value method = operator_function(args[0], name);
  if (method.is_undefined()) return nullptr;
  auto& function = *static_cast<Function*>(method.obj);
  for (size_t i = count; i-- > 0;) args[i + 1] = args[i];  // up one: the callee slot below
  args[0] = method;
  ts.stack_top = sp + 1;
  Value* top = bind_exact_or_throw(ts, function, args + 1, count);
  push_call_frame(ts, function, args + 1);
  return top;
}

// `sp[-2][sp[-1]] = sp[-3]` of a script instance whose class's __setitem__ is a script
// function: its frame is pushed with the three as its arguments, its result dropped as it
// returns (kDiscard). Returns the frame's stack top, or nullptr with nothing changed.
[[gnu::noinline]] Value* push_setitem_frame(ThreadState& ts, Value* sp) {
  const Value method = operator_function(sp[-2], NAME_KEY("__setitem__"));
  if (method.is_undefined()) return nullptr;
  auto& function = *static_cast<Function*>(method.obj);
  sp[0] = sp[-3];  // the value, last
  sp[-3] = method;
  ts.stack_top = sp + 1;
  Value* top = bind_exact_or_throw(ts, function, sp - 2, 3);
  push_call_frame(ts, function, sp - 2);
  ts.frames.back().on_return = FrameReturn::kDiscard;
  return top;
}

// len(x) (CALL of the builtin len, `args` its one argument) of a script instance whose class's
// __len__ is a script function: its frame replaces the call, whose result it checks as it
// returns (kLength). Returns the frame's stack top, or nullptr with nothing changed.
[[gnu::noinline]] Value* push_length_frame(ThreadState& ts, Value* args) {
  const Value method = operator_function(args[0], NAME_KEY("__len__"));
  if (method.is_undefined()) return nullptr;
  auto& function = *static_cast<Function*>(method.obj);
  decref(args[-1]);  // len
  args[-1] = method;
  ts.stack_top = args + 1;
  Value* top = bind_exact_or_throw(ts, function, args, 1);
  push_call_frame(ts, function, args);
  ts.frames.back().on_return = FrameReturn::kLength;
  return top;
}

// FOR_ITER's next item of a script iterator (sp[-1]) whose class's __next__ is a script
// function: its frame is pushed as a call's, above the iterator, its result left where FOR_ITER
// leaves an item (kForIterNext); a StopIteration leaving it ends the loop (unwind()). No run()
// and no C++ frame per item. Returns the frame's stack top, or nullptr with nothing changed.
[[gnu::noinline]] Value* push_next_frame(ThreadState& ts, Value* sp) {
  const Value method = operator_function(sp[-1], NAME_KEY("__next__"));
  if (method.is_undefined()) return nullptr;
  auto& function = *static_cast<Function*>(method.obj);
  sp[0] = method;
  sp[1] = sp[-1];
  incref(sp[1]);
  ts.stack_top = sp + 2;
  Value* top = bind_exact_or_throw(ts, function, sp + 1, 1);
  push_call_frame(ts, function, sp + 1);
  ts.frames.back().on_return = FrameReturn::kForIterNext;
  return top;
}

// The TypeError of a kConstruct frame whose result (taken) is not None, as CPython's: raised
// in the caller, the frame popped and `sp` the caller's stack top.
[[noreturn, gnu::noinline]] void raise_init_result(ThreadState& ts, Value* sp, Value result) {
  Ref owned = Ref::steal(result);
  ts.stack_top = sp;
  raise(exc::TypeError, "__init__() should return None, not '" + type_name(result) + "'");
}

// The frame's handler blocks and handled exceptions, above what its caller had, go as it ends
// (return, a loop's generator finishing, an exception leaving it).
[[gnu::always_inline]] inline void release_frame_blocks(ThreadState& ts, const Frame& frame) {
  while (ts.handled_exceptions.size() > frame.handled_base) {
    decref(ts.handled_exceptions.back());
    ts.handled_exceptions.pop_back();
  }
  if (ts.handlers.size() > frame.handler_base) ts.handlers.resize(frame.handler_base);
}

// RETURN's slow way (Code::slow_return), with the innermost frame's values released and `sp` at
// its callee slot: its blocks go, and a kConstruct frame's result, which must be None, is
// replaced by the instance below `sp` (the caller moves `sp` down). Returns the result.
[[gnu::noinline]] Value finish_slow_return(ThreadState& ts, Value* sp, Value result) {
  const Frame& frame = ts.frames.back();
  release_frame_blocks(ts, frame);
  if (frame.on_return != FrameReturn::kConstruct) return result;
  if (!result.is_none()) {
    ts.frames.pop_back();
    raise_init_result(ts, sp, result);
  }
  return sp[-1];  // never the entry frame: CALL pushed it
}

// The return (or generator creation) of an operator's frame (kOperator, kCompareJump, kDiscard,
// kLength or kForIterNext), its values released and `sp` at its callee slot: the frame goes,
// and what the operation leaves is left on the caller's stack, whose top is returned. A
// NotImplemented from the dunder goes on as the operation would (operator_past_declined()); a
// compare-and-jump's result decides the caller's jump. Never the entry frame: the interpreter
// pushed it.
[[gnu::noinline]] Value* finish_operator_return(ThreadState& ts, Value* sp, Value result) {
  static const Object* const declined = not_implemented().obj;
  Frame& frame = ts.frames.back();
  release_frame_blocks(ts, frame);
  const FrameReturn on_return = frame.on_return;
  const Op op = frame.op;
  ts.frames.pop_back();
  if (on_return == FrameReturn::kForIterNext) {  // the item, above the iterator
    *sp++ = result;
    return sp;
  }
  if (on_return == FrameReturn::kOperator && !(result.is_obj() && result.obj == declined)) {
    decref(sp[-1]);  // the operands
    decref(sp[-2]);
    sp[-2] = result;
    return sp - 1;
  }
  Ref owned = Ref::steal(result);
  ts.stack_top = sp;  // what raises below raises in the caller, its operands still on the stack
  if (on_return == FrameReturn::kDiscard) return sp;
  if (on_return == FrameReturn::kLength) {
    *sp++ = Value::integer(length_result(result));
    return sp;
  }
  const Value a = sp[-2], b = sp[-1];
  if (result.is_obj() && result.obj == declined)
    owned = Ref::steal(operator_past_declined(op, a, b));
  sp -= 2;
  ts.stack_top = sp;
  decref(b);
  decref(a);
  if (on_return == FrameReturn::kCompareJump) {
    Frame& caller = ts.frames.back();
    if (!truthy(owned.get()))
      caller.ip = caller.function->code->code.data() + decode_operand(caller.ip[-1]);
    return sp;
  }
  *sp++ = owned.release();
  return sp;
}

// Values moved on the stack and into locals are loaded field by field and stored whole. A
// whole-Value load (16 bytes) cannot be forwarded from the two narrower stores (tag, payload) that
// most instructions and out-of-line results push with (FOR_ITER's range item, ADD_INT's result,
// a big int from binary_op): it waits for them to reach the cache (a tenth of generators.py's
// cycles at STORE_LOCAL alone, a fifth of bigint.py's run() at ROT2 for `a, b = b, a + b`). A
// load of each field is forwarded from either kind of store, and the whole store forwards to the
// next whole load (LOAD_LOCAL's).
using ValueHalves = int64_t __attribute__((vector_size(16)));
[[gnu::always_inline]] inline ValueHalves fields_of(const Value* v) {
  int64_t payload;
  std::memcpy(&payload, &v->i, sizeof payload);
  return ValueHalves{static_cast<int64_t>(v->tag), payload};
}
[[gnu::always_inline]] inline void store_whole(Value& to, ValueHalves halves) {
  std::memcpy(static_cast<void*>(&to), &halves, sizeof halves);
}
[[gnu::always_inline]] inline void move_to_local(Value& local, const Value* top) {
  store_whole(local, fields_of(top));
}
// Copies `count` values (a call's few arguments) between places that do not overlap, in line:
// std::copy calls memmove, whose set-up costs more than a handful of values.
[[gnu::always_inline]] inline Value* copy_values(const Value* from, size_t count, Value* to) {
  for (size_t i = 0; i < count; ++i) move_to_local(to[i], from + i);
  return to + count;
}

// The parameters of a call being bound, all Undefined at first: on the C++ stack for up to 8
// (a heap vector per keyword call was a fifth of calls_kw.py's time).
class ParameterSlots {
 public:
  explicit ParameterSlots(size_t count) : count_(count) {
    if (count > kInline) heap_.resize(count);
    data_ = count > kInline ? heap_.data() : inline_.values;
    std::fill(data_, data_ + count, Value::undefined());
  }
  ParameterSlots(const ParameterSlots&) = delete;
  ParameterSlots& operator=(const ParameterSlots&) = delete;
  Value& operator[](size_t i) { return data_[i]; }
  Value* begin() { return data_; }
  Value* end() { return data_ + count_; }
  size_t size() const { return count_; }

 private:
  static constexpr size_t kInline = 8;
  size_t count_;
  union Inline {
    Inline() {}  // left unset: the constructor fills what a call uses
    Value values[kInline];
  } inline_;
  std::vector<Value> heap_;
  Value* data_;
};

// The index of the parameter (of the first `parameters`) that keyword `name` names, or
// `parameters` when none does: by identity first (a call's keyword names and the parameter names
// are interned), then by text, for names made at run time (`f(**{"x": 1})`).
size_t keyword_parameter(const Code& code, Value name, size_t parameters) {
  const size_t first = static_cast<size_t>(code.posonly_count);  // positional-only before it
  const size_t interned = std::min(parameters, code.parameter_names.size());
  for (size_t i = first; i < interned; ++i) {
    if (code.parameter_names[i] == name.obj) return i;
  }
  const std::string& text = as_str(name)->text;
  for (size_t i = first; i < parameters; ++i) {
    if (code.local_names[i] == text) return i;
  }
  return parameters;
}

// CPython's TypeError for positional-only parameters named by keywords, in the parameters'
// order, when there are any (else an empty message): what a call raises before "unexpected
// keyword".
std::string positional_only_as_keyword(const Code& code, const Tuple& names) {
  std::string named;
  for (size_t i = 0; i < static_cast<size_t>(code.posonly_count); ++i) {
    for (Value name : names.items) {
      if (as_str(name)->text != code.local_names[i]) continue;
      named += (named.empty() ? "" : ", ") + code.local_names[i];
      break;
    }
  }
  if (named.empty()) return named;
  return code.qualname + "() got some positional-only arguments passed as keyword arguments: '" +
         named + "'";
}

// The general binding, for calls with keyword arguments (other than those a call site's plan
// binds, keyword_call_cache.h) and of code with keyword-only parameters, *args or **kwargs: the
// `count` values at `args` (the last names->items.size() of them keyword values) become the
// parameters, the extra positional ones a tuple, the extra keyword ones a dict, and the other
// locals are made room for. Returns the new top. Raises before touching the stack, so unwinding
// releases the arguments as they are; its errors come in CPython 3.11's order (the keywords'
// first, then too many positional arguments, then missing ones).
Value* bind_arguments(ThreadState& ts, Function& function, Value* args, size_t count,
                      const Tuple* names) {
  const Code& code = *function.code;
  size_t keywords = names ? names->items.size() : 0;
  size_t positional = count - keywords;
  size_t arity = static_cast<size_t>(code.arity);
  size_t parameters = arity + static_cast<size_t>(code.kwonly_count);
  ParameterSlots bound(parameters);  // borrowed until the commit below
  copy_values(args, std::min(positional, arity), bound.begin());
  Ref keyword_rest = Ref::steal(Value::undefined());  // for **kwargs, made at its first keyword
  for (size_t k = 0; k < keywords; ++k) {
    size_t index = keyword_parameter(code, names->items[k], parameters);
    if (index == parameters) {
      if (!code.has_varkw) {
        std::string positional_only = positional_only_as_keyword(code, *names);
        return binding_error(ts, !positional_only.empty()
                                     ? std::move(positional_only)
                                     : code.qualname + "() got an unexpected keyword argument '" +
                                           as_str(names->items[k])->text + "'");
      }
      if (keyword_rest.get().is_undefined()) keyword_rest = Ref::steal(Value::object(new Dict()));
      static_cast<Dict*>(keyword_rest.get().obj)->set(names->items[k], args[positional + k]);
      continue;
    }
    if (!bound[index].is_undefined()) {
      return binding_error(ts, code.qualname + "() got multiple values for argument '" +
                                   as_str(names->items[k])->text + "'");
    }
    bound[index] = args[positional + k];
  }
  if (positional > arity && !code.has_varargs) {
    size_t keyword_only_given = 0;
    for (size_t i = arity; i < parameters; ++i) keyword_only_given += !bound[i].is_undefined();
    return arity_error(ts, function, positional, keyword_only_given);
  }
  size_t defaults_start = arity - std::min(arity, function.defaults.size());
  std::vector<size_t> absent;
  for (size_t i = 0; i < arity; ++i) {
    if (!bound[i].is_undefined()) continue;
    if (i >= defaults_start) {
      bound[i] = function.defaults[i - defaults_start];
    } else {
      absent.push_back(i);
    }
  }
  if (!absent.empty()) return missing_arguments(ts, code, absent);
  for (size_t i = arity; i < parameters; ++i) {
    if (bound[i].is_undefined() && i - arity < function.kwdefaults.size())
      bound[i] = function.kwdefaults[i - arity];
    if (bound[i].is_undefined()) absent.push_back(i);
  }
  if (!absent.empty()) return missing_arguments(ts, code, absent, "keyword-only");
  if (ts.frames.size() >= ts.frame_limit ||
      args + code.local_count + stack_bound(*function.code) > ts.stack_end) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  // Commit: new references for the locals, then the stack's own are dropped, but for the extra
  // positional ones', which move into the *args tuple (there are none without one).
  for (Value v : bound) incref(v);
  const size_t extra = positional - std::min(positional, arity);
  const Value rest = !code.has_varargs ? Value::undefined()
                     : extra == 0        ? empty_varargs()
                                         : make_tuple(args + arity, extra);
  if (code.has_varkw && keyword_rest.get().is_undefined())
    keyword_rest = Ref::steal(Value::object(new Dict()));
  for (size_t i = 0; i < count; ++i)
    if (i < arity || i >= positional) decref(args[i]);
  Value* top = copy_values(bound.begin(), bound.size(), args);
  if (code.has_varargs) *top++ = rest;
  if (code.has_varkw) *top++ = keyword_rest.release();
  return fill_unbound(top, args + code.local_count);
}

// The plan (keyword_call_cache.h) by which a call of `function` with `count` arguments, the last
// ones named by `names`, binds; nullptr where the call must bind by name: it does not bind (the
// binder raises CPython's error), it has extra positional arguments for *args or keywords for
// **kwargs, or the function has too many parameters.
std::unique_ptr<KeywordCallPlan> plan_keyword_call(const Function& function, size_t count,
                                                   const Tuple& names) {
  const Code& code = *function.code;
  const size_t keywords = names.items.size();
  const size_t positional = count - keywords;
  const size_t arity = static_cast<size_t>(code.arity);
  const size_t parameters = arity + static_cast<size_t>(code.kwonly_count);
  if (positional > arity || parameters > KeywordCallPlan::kMaxParameters) return nullptr;
  auto plan = std::make_unique<KeywordCallPlan>();
  std::fill(std::begin(plan->source), std::end(plan->source), KeywordCallPlan::kDefault);
  bool bound[KeywordCallPlan::kMaxParameters] = {};
  std::fill(bound, bound + positional, true);
  for (size_t k = 0; k < keywords; ++k) {
    size_t index = keyword_parameter(code, names.items[k], parameters);
    if (index == parameters || bound[index]) return nullptr;
    bound[index] = true;
    plan->source[index] = static_cast<int8_t>(k);
  }
  const size_t defaults_start = arity - std::min(arity, function.defaults.size());
  for (size_t i = positional; i < parameters; ++i) {
    if (bound[i]) continue;
    const bool has_default = i < arity ? i >= defaults_start
                                       : i - arity < function.kwdefaults.size() &&
                                             !function.kwdefaults[i - arity].is_undefined();
    if (!has_default) return nullptr;
  }
  plan->code_serial = code.serial;
  plan->count = static_cast<uint32_t>(count);
  plan->positional = static_cast<uint32_t>(positional);
  plan->parameters = static_cast<uint32_t>(parameters);
  plan->defaults = static_cast<uint32_t>(function.defaults.size());
  return plan;
}

// The plan of the CALL_KW before `ip` in `frame`'s code for calls of `function` with `count`
// arguments named by `names`: the site's, else a new one the site keeps if it has room. nullptr
// where the call must bind by name.
[[gnu::always_inline]] inline const KeywordCallPlan* keyword_call_plan(const Frame& frame,
                                                                       const Instruction* ip,
                                                                       const Function& function,
                                                                       size_t count,
                                                                       const Tuple& names) {
  const Code& caller = *frame.function->code;
  if (!caller.keyword_calls) return nullptr;
  KeywordCallSite& site =
      caller.keyword_calls[caller.cache_slots[static_cast<size_t>(ip - 1 - caller.code.data())]];
  const KeywordCallPlan* plan = site.find(function.code->serial, static_cast<uint32_t>(count));
  if (plan != nullptr || site.full()) return plan;
  std::unique_ptr<KeywordCallPlan> made = plan_keyword_call(function, count, names);
  if (made == nullptr || !site.add(made.get())) return nullptr;
  return made.release();
}

// Binds the `plan.count` arguments at `args` (owned) of a call of `function` by `plan`: the
// positional ones stay, the keyword ones move to their parameters, defaults fill the rest; then
// room for the other locals. The caller has checked the stack's room. Returns the new top.
Value* bind_by_plan(const KeywordCallPlan& plan, const Function& function, Value* args) {
  const Code& code = *function.code;
  const size_t arity = static_cast<size_t>(code.arity);
  Value keywords[KeywordCallPlan::kMaxParameters];
  copy_values(args + plan.positional, plan.count - plan.positional, keywords);
  for (size_t i = plan.positional; i < plan.parameters; ++i) {
    const int8_t source = plan.source[i];
    if (source != KeywordCallPlan::kDefault) {
      move_to_local(args[i], &keywords[source]);
      continue;
    }
    Value value =
        i < arity ? function.defaults[i + plan.defaults - arity] : function.kwdefaults[i - arity];
    incref(value);
    args[i] = value;
  }
  Value* top = args + plan.parameters;
  if (code.has_varargs) *top++ = empty_varargs();
  if (code.has_varkw) *top++ = Value::object(new Dict());
  return fill_unbound(top, args + code.local_count);
}

// The arguments of one CALL_EX, owned: the positional ones, then the keyword values. In place
// when few, as a forwarding wrapper's `f(*args, **kwargs)` has them: no allocation per call.
class UnpackedArguments {
 public:
  UnpackedArguments() = default;
  UnpackedArguments(const UnpackedArguments&) = delete;
  UnpackedArguments& operator=(const UnpackedArguments&) = delete;
  ~UnpackedArguments() {
    for (Value v : *this) decref(v);
  }
  void push(Value owned) {
    if (size_ == kInline) heap_.assign(in_place_, in_place_ + kInline);
    if (size_ >= kInline) {
      heap_.push_back(owned);
    } else {
      in_place_[size_] = owned;
    }
    ++size_;
  }
  void push_new_reference(Value borrowed) {
    incref(borrowed);
    push(borrowed);
  }
  Value* data() { return size_ > kInline ? heap_.data() : in_place_; }
  size_t size() const { return size_; }
  Value* begin() { return data(); }
  Value* end() { return data() + size_; }

 private:
  static constexpr size_t kInline = 12;
  Value in_place_[kInline];
  std::vector<Value> heap_;
  size_t size_ = 0;
};

void extend_arguments(Value callee, Value list, Value iterable);
void merge_keywords(Value callee, Value dict, Value mapping);

// The positional arguments of `args` onto `out`: a list of the call's own, or the lone `*x`'s
// object as it is, any iterable.
void gather_positional(Value callee, Value args, UnpackedArguments& out) {
  if (is_exact_tuple(args)) {
    for (Value v : as_tuple(args)->items) out.push_new_reference(v);
    return;
  }
  if (is_exact_list(args)) {  // (a subclass's instance is iterated: its __iter__)
    List& list = *as_list(args);
    ContainerLock lock(list.mutex);
    for (Value v : list.items) out.push_new_reference(v);
    return;
  }
  Ref gathered = Ref::steal(make_list({}));
  extend_arguments(callee, gathered.get(), args);
  for (Value v : as_list(gathered.get())->items) out.push_new_reference(v);
}

// The keyword arguments of `kwargs` (kCallExMapping: the lone `**x`'s object as it is; else a
// dict of this call's own) onto `out`, and their names into the returned tuple.
Value gather_keywords(Value callee, Value kwargs, uint32_t flags, UnpackedArguments& out) {
  Ref merged;
  if ((flags & kCallExMapping) && !is_kind(kwargs, Kind::Dict)) {
    merged = Ref::steal(Value::object(new Dict()));  // the error of `**` on a non-mapping
    merge_keywords(callee, merged.get(), kwargs);
    kwargs = merged.get();
  }
  Dict& dict = *static_cast<Dict*>(kwargs.obj);
  std::vector<Value> names;  // owned Str
  {
    ContainerLock lock(dict.mutex);
    names.reserve(dict.used);
    for (const Dict::Entry& e : dict.entries) {
      if (e.is_hole()) continue;
      incref(e.key());
      names.push_back(e.key());
      out.push_new_reference(e.value());
    }
  }
  Ref tuple = Ref::steal(make_tuple(std::move(names)));
  if (flags & kCallExMapping) {  // a dict of the call's own was checked as it was merged
    for (Value name : as_tuple(tuple.get())->items)
      if (!is_kind(name, Kind::Str)) raise(exc::TypeError, "keywords must be strings");
  }
  return tuple.release();
}

Value call_unpacked(ThreadState& ts, Value callee, Value args, Value kwargs, uint32_t flags);

// CALL_EX A: callee, args and kwargs on the stack become the result. Returns the new top.
[[gnu::noinline]] Value* call_unpacked(ThreadState& ts, Value* sp, uint32_t flags) {
  Value result = call_unpacked(ts, sp[-3], sp[-2], sp[-1], flags);
  decref(sp[-1]);
  decref(sp[-2]);
  decref(sp[-3]);
  sp -= 2;
  sp[-1] = result;
  return sp;
}

// callee(*args, **kwargs); `flags` say what kwargs is (CallExFlags in opcodes.h).
Value call_unpacked(ThreadState& ts, Value callee, Value args, Value kwargs, uint32_t flags) {
  UnpackedArguments values;
  gather_positional(callee, args, values);
  if (flags & kCallExNoKeywords) return call_value(ts, callee, values.data(), values.size());
  Ref names = Ref::steal(gather_keywords(callee, kwargs, flags, values));
  const Tuple* keyword_names =
      as_tuple(names.get())->items.empty() ? nullptr : as_tuple(names.get());
  return call_with_keywords(ts, callee, values.data(), values.size(), keyword_names);
}

// CALL_EX of a script function, or a bound method of one, with a tuple or an exact list of
// positional arguments and an exact dict of keywords (or none), as a decorator's
// `f(*args, **kwargs)`: the arguments are spread onto the stack where the tuple and the dict
// were, and the function's frame is pushed there, as CALL_KW pushes one (no run() and no C++
// frame per call). Returns the frame's top, or nullptr, with nothing changed, for
// call_unpacked(): any other callee or argument object, a key that is not a str, or no room (it
// raises RecursionError). The caller has synced the frame.
[[gnu::noinline]] Value* enter_unpacked_call(ThreadState& ts, Value* sp, uint32_t flags) {
  const Value callee = sp[-3], positional = sp[-2], keywords = sp[-1];
  Value self = Value::undefined();
  Value target = callee;
  if (is_kind(callee, Kind::Method)) {
    self = static_cast<Method*>(callee.obj)->self;
    target = static_cast<Method*>(callee.obj)->function;
  }
  if (!is_kind(target, Kind::Function)) return nullptr;
  Function& function = *static_cast<Function*>(target.obj);
  // A list only under a GIL (free-threaded, its lock and the dict's would both be held).
  const bool tuple = is_kind(positional, Kind::Tuple);
  if (!tuple && (free_threaded() || !is_exact_list(positional))) return nullptr;
  const bool keyworded = !(flags & kCallExNoKeywords);
  if (keyworded && !is_exact_dict(keywords)) return nullptr;
  Value* const args = sp - 2;
  Value* top = args;
  Ref names;  // a tuple of the keywords' names, when there are any (else None)
  {
    // The dict's lock (another thread may change it meanwhile), held while its items move: the
    // room they need is known only under it.
    const std::vector<Value>& items =
        tuple ? as_tuple(positional)->items : as_list(positional)->items;
    Dict* dict = keyworded ? static_cast<Dict*>(keywords.obj) : nullptr;
    std::optional<ContainerLock> dict_lock;
    if (dict) dict_lock.emplace(dict->mutex);
    const size_t count = !self.is_undefined() + items.size() + (dict ? dict->used : 0);
    if (ts.frames.size() >= ts.frame_limit ||
        args + count + function.code->activation_slots > ts.stack_end)
      return nullptr;
    if (dict) {
      for (const Dict::Entry& e : dict->entries)
        if (!e.is_hole() && !is_kind(e.key(), Kind::Str)) return nullptr;
    }
    ts.stack_top = args;  // the tuple's and the dict's references are the Refs' below now
    if (!self.is_undefined()) {
      incref(self);
      *top++ = self;
    }
    for (Value v : items) {
      incref(v);
      *top++ = v;
    }
    if (dict && dict->used != 0) {
      Tuple* tuple = new_tuple(dict->used);  // filled whole before anything can raise
      names = Ref::steal(Value::object(tuple));
      Value* name = tuple->items.data();
      for (const Dict::Entry& e : dict->entries) {
        if (e.is_hole()) continue;
        incref(e.key());
        *name++ = e.key();
        incref(e.value());
        *top++ = e.value();
      }
    }
  }
  Ref owned_positional = Ref::steal(positional), owned_keywords = Ref::steal(keywords);
  if (!self.is_undefined()) {  // the method's function in its callee slot, as unpack_method()
    incref(target);
    sp[-3] = target;
    decref(callee);
  }
  ts.stack_top = top;  // the unwinding releases the arguments if binding them raises
  const size_t count = static_cast<size_t>(top - args);
  top = names.get().is_obj()
            ? bound_or_throw(ts, bind_arguments(ts, function, args, count, as_tuple(names.get())))
            : bind_exact_or_throw(ts, function, args, count);
  push_call_frame(ts, function, args);
  return top;
}

// The name CPython's errors give a callee: "f()" for functions, "print()" for builtins.
std::string callee_name(Value callee) {
  if (is_kind(callee, Kind::Function))
    return "__main__." + static_cast<Function*>(callee.obj)->code->qualname + "()";
  if (is_kind(callee, Kind::Method)) return callee_name(static_cast<Method*>(callee.obj)->function);
  if (is_kind(callee, Kind::Native)) return static_cast<Native*>(callee.obj)->name + "()";
  if (is_kind(callee, Kind::Class)) {  // CPython's _PyObject_FunctionStr: module.qualname()
    const Class& cls = *static_cast<Class*>(callee.obj);
    return cls.module + "." + cls.name + "()";
  }
  return type_name(callee) + " object";
}

// LIST_EXTEND A: pops an iterable onto the list A below it; the callee is under the list.
[[gnu::noinline]] Value* extend_arguments(Value* sp, uint32_t below) {
  int a = static_cast<int>(below);
  extend_arguments(sp[-3 - a], sp[-2 - a], sp[-1]);
  decref(*--sp);
  return sp;
}

// get_iterator(iterable), whose TypeError for an object that is not iterable at all (no
// __iter__) has the construct's own words, CPython's: `message()`. An __iter__'s own error (or
// its non-iterator) stands.
template <typename Message>
Value iterator_of(Value iterable, Message message) {
  try {
    return get_iterator(iterable);
  } catch (ScriptException&) {
    if (!Ref::steal(special_method(iterable, NAME_KEY("__iter__"))).get().is_undefined()) throw;
    raise(exc::TypeError, message());
  }
}

// list.extend(iterable) for the positional arguments of a call.
void extend_arguments(Value callee, Value list, Value iterable) {
  if (is_exact_list(iterable) || is_exact_tuple(iterable))
    return append_items(as_list(list)->items, iterable);
  const Value iterator = iterator_of(iterable, [&] {
    return callee_name(callee) + " argument after * must be an iterable, not " +
           type_name(iterable);
  });
  Ref owned = Ref::steal(iterator);
  Value next;
  while (iterator_next(iterator, next))
    as_list(list)->items.push_back(next);  // a list of this call alone
}

// DICT_MERGE A: pops a mapping into the dict A below it; the callee is under the dict's list.
[[gnu::noinline]] Value* merge_keywords(Value* sp, uint32_t below) {
  int a = static_cast<int>(below);
  merge_keywords(sp[-4 - a], sp[-2 - a], sp[-1]);
  decref(*--sp);
  return sp;
}

// The keyword arguments of `mapping` join `dict`; each name only once. A mapping other than a
// dict is anything with keys() (CPython's PyDict_Merge): its values come from `mapping[key]`.
void merge_keywords(Value callee, Value dict, Value mapping) {
  auto* target = static_cast<Dict*>(dict.obj);
  auto add = [&](Value key, Value value) {
    if (!is_kind(key, Kind::Str)) raise(exc::TypeError, "keywords must be strings");
    if (!Ref::steal(target->get(key)).get().is_undefined()) {
      raise(exc::TypeError, callee_name(callee) + " got multiple values for keyword argument '" +
                                as_str(key)->text + "'");
    }
    target->set(key, value);
  };
  if (is_kind(mapping, Kind::Dict)) {
    struct Release {
      std::vector<std::pair<Value, Value>> items;  // owned
      ~Release() {
        for (auto [key, value] : items) {
          decref(key);
          decref(value);
        }
      }
    } snapshot{static_cast<Dict*>(mapping.obj)->snapshot()};
    for (auto [key, value] : snapshot.items) add(key, value);
    return;
  }
  ThreadState& ts = current_thread_state();
  Ref keys_method = Ref::steal(find_attribute(ts, mapping, *as_str(NAME_KEY("keys"))));
  if (keys_method.get().is_undefined()) {
    raise(exc::TypeError,
          callee_name(callee) + " argument after ** must be a mapping, not " + type_name(mapping));
  }
  Ref keys = Ref::steal(call_value(ts, keys_method.get(), nullptr, 0));
  Ref iterator = Ref::steal(get_iterator(keys.get()));
  Value next;
  while (iterator_next(iterator.get(), next)) {
    Ref key = Ref::steal(next);
    Ref value = Ref::steal(get_item(mapping, key.get()));
    add(key.get(), value.get());
  }
}

// call_native_or_pending() of a callee that is not a native function: an exception class, a
// callable instance, a class. Out of line: a native's call is not to pay for this one's frame.
[[gnu::noinline]] Value call_non_native_or_pending(ThreadState& ts, Value callee, Value* args,
                                                   size_t count, const Tuple* names) {
  Object* object = callee.obj;
  const size_t keywords = names ? names->items.size() : 0;
  const Args call_args{args, count - keywords, args + count - keywords, names};
  if (callee.is_obj() && object->kind == Kind::ExceptionClass &&
      static_cast<ExceptionClass*>(object)->dict.is_none()) {
    if (keywords)
      raise(exc::TypeError,
            static_cast<ExceptionClass*>(object)->name + "() takes no keyword arguments");
    for (size_t i = 0; i < call_args.count; ++i) incref(args[i]);  // (no vector: `raise E(msg)`)
    return Value::object(
        new ExceptionObject(static_cast<ExceptionClass*>(object), make_tuple(args, call_args.count)));
  }
  if (is_callable_instance(callee))  // a functools.partial, an lru_cache wrapper
    return static_cast<Instance*>(object)->type->call(ts, callee, call_args);
  Value result = class_call(ts, callee, args, count, names);
  if (!result.is_undefined()) return result;
  return raise_pending(ts, exc::TypeError,  // (no C++ throw: `x()` caught in a loop)
                       "'" + type_name(callee) + "' object is not callable");
}

// A native function's call with the arguments at `args`: a new reference, or Undefined after its
// raise_pending().
[[gnu::always_inline]] inline Value call_native_function(ThreadState& ts, const Native& native,
                                                         Value* args, size_t count,
                                                         const Tuple* names) {
  const size_t keywords = names ? names->items.size() : 0;
  const Args call_args{args, count - keywords, args + count - keywords, names};
  return native.fn(ts, native.self, call_args);
}

// call_native(), but a native function's raise_pending() comes back as Undefined, the exception
// left in ts.pending_exception.
[[gnu::always_inline]] inline Value call_native_or_pending(ThreadState& ts, Value callee,
                                                           Value* args, size_t count,
                                                           const Tuple* names) {
  if (callee.is_obj() && callee.obj->kind == Kind::Native)
    return call_native_function(ts, *static_cast<Native*>(callee.obj), args, count, names);
  return call_non_native_or_pending(ts, callee, args, count, names);
}

// The exception a native function left by raise_pending() (a new reference), taken from the
// thread's state. A RuntimeError if it left none: it returned Undefined by mistake.
Value take_pending_exception(ThreadState& ts) {
  Value exception = ts.pending_exception;
  ts.pending_exception = Value::undefined();
  if (exception.is_undefined())
    exception = new_exception(exc::RuntimeError, "a native function returned no value");
  return exception;
}

[[noreturn, gnu::noinline]] void throw_pending_exception(ThreadState& ts) {
  throw ScriptException{Ref::steal(take_pending_exception(ts)), ts.pending_add_traceback};
}

// A native function's result, or its raise_pending() thrown.
[[gnu::always_inline]] inline Value native_result(ThreadState& ts, Value result) {
  if (result.is_undefined()) [[unlikely]]
    throw_pending_exception(ts);
  return result;
}

// Calls a native function, class or exception class with the arguments at `args` (count of
// them, the last names->items.size() by keyword): a new reference, or a throw.
Value call_native(ThreadState& ts, Value callee, Value* args, size_t count, const Tuple* names) {
  return native_result(ts, call_native_or_pending(ts, callee, args, count, names));
}

// An int index of a sequence of `size` items, negative from the end, as a position within it;
// false for anything else (out of range, not an int).
[[gnu::always_inline]] inline bool index_in_line(Value index, size_t size, size_t& at) {
  if (!index.is_int()) return false;
  const int64_t i = index.i < 0 ? index.i + static_cast<int64_t>(size) : index.i;
  if (i < 0 || i >= static_cast<int64_t>(size)) return false;
  at = static_cast<size_t>(i);
  return true;
}

// A throw caught by one of run()'s helpers below, left for run() as raise_pending() leaves one.
Value hold_pending(ThreadState& ts, ScriptException& error) {
  ts.pending_exception = error.exception.release();
  ts.pending_add_traceback = error.add_traceback;
  return Value::undefined();
}

// The helpers below are run()'s calls for the errors scripts catch often: each returns Undefined
// (or false) with the exception left in ts.pending_exception, and run() unwinds to a handler of
// its own frames. The commonest errors are made without any C++ throw: a throw costs the
// unwinder ~10,000 instructions for each frame it crosses (run()'s tables are as large as run()),
// where CPython's whole raise and catch cost ~4,000-6,000.

// call_native(): a native function's raise_pending() or throw.
[[gnu::noinline]] Value native_call_or_caught(ThreadState& ts, Value callee, Value* args,
                                              size_t count, const Tuple* names) {
  try {
    if (callee.is_obj() && callee.obj->kind == Kind::Native) {
      const Native& native = *static_cast<Native*>(callee.obj);
      if (!names) {
        if (count == 1 && native.call1) return native.call1(args[0]);
        if (count == 2 && native.call2) return native.call2(args[0], args[1]);
      }
      return call_native_function(ts, native, args, count, names);
    }
    return call_non_native_or_pending(ts, callee, args, count, names);
  } catch (ScriptException& error) {
    return hold_pending(ts, error);
  }
}

// binary_op(): a division by zero without a throw.
// str % args (`"%s: %d" % (k, v)`) goes straight to the format.
[[gnu::noinline]] Value binary_op_or_pending(ThreadState& ts, Op op, Value a, Value b) {
  const bool format = op == Op::MOD && is_exact_str(a);
  if (!format && divides_by_zero(op, a, b))
    return raise_pending(ts, exc::ZeroDivisionError,
                         zero_division_message(op, a.is_float() || b.is_float()));
  try {
    return format ? percent_format(a, b, true) : binary_op(op, a, b);
  } catch (ScriptException& error) {
    return hold_pending(ts, error);
  }
}

// get_item(): a list's or tuple's int index out of range without a throw.
[[gnu::noinline]] Value get_item_or_pending(ThreadState& ts, Value container, Value index) {
  if (index.is_int() && container.is_obj() &&
      (is_exact_tuple(container) || (is_exact_list(container) && !free_threaded()))) {
    const bool tuple = container.obj->kind == Kind::Tuple;
    const size_t size = tuple ? as_tuple(container)->items.size() : as_list(container)->items.size();
    size_t at;
    if (!index_in_line(index, size, at))
      return raise_pending(ts, exc::IndexError,
                           tuple ? "tuple index out of range" : "list index out of range");
  } else if ((is_kind(index, Kind::Str) || index.is_float() || index.is_none()) &&
             (is_exact_list(container) || is_exact_tuple(container))) {  // `row["name"]`
    return raise_pending(ts, exc::TypeError,
                         std::string(container.obj->kind == Kind::Tuple ? "tuple" : "list") +
                             " indices must be integers or slices, not " + type_name(index));
  } else if (is_kind(index, Kind::Slice) && static_cast<Slice*>(index.obj)->step.is_int() &&
             static_cast<Slice*>(index.obj)->step.i == 0 &&
             (is_exact_list(container) || is_exact_tuple(container) ||
              is_exact_str(container))) {  // `s[::step]` of a step 0
    return raise_pending(ts, exc::ValueError, "slice step cannot be zero");
  } else if (index.is_int() && is_exact_str(container)) {  // a str's: code points
    size_t at;
    if (!index_in_line(index, as_str(container)->length(), at))
      return raise_pending(ts, exc::IndexError, "string index out of range");
  } else if (unhashable_builtin(index) && is_dict_without(container, kSubclassGetItem)) {
    return raise_pending(ts, unhashable_error(index));  // `d[[1]]`
  } else if (!container.is_obj()) {  // `x[0]` of None or a number
    return raise_pending(ts, exc::TypeError,
                         "'" + type_name(container) + "' object is not subscriptable");
  }
  try {
    return get_item(container, index);
  } catch (ScriptException& error) {
    return hold_pending(ts, error);
  }
}

// A poll outside the dispatch loop (a call from native code, a generator's resumption), where
// CPython 3.11 polls too.
[[maybe_unused]] void on_eval_breaker(ThreadState& ts) {
  ts.vm.gil().poll_eval_breaker(ts.gil_thread);
}

// Whether this thread has run out of VmOptions::instruction_limit (as last flushed).
bool past_instruction_limit(const ThreadState& ts) {
  const uint64_t limit = ts.vm.options().instruction_limit;
  return limit != 0 && ts.record.instructions.load(std::memory_order_relaxed) >= limit;
}

// Shortens a fresh countdown to what is left of VmOptions::instruction_limit, so that it expires
// (and on_tick_expired raises) right at the limit.
void cap_countdown(ThreadState& ts) {
  const uint64_t limit = ts.vm.options().instruction_limit;
  if (limit == 0) return;
  const uint64_t done = ts.record.instructions.load(std::memory_order_relaxed);
  const int left = done >= limit ? 1
                                 : static_cast<int>(std::min<uint64_t>(
                                       static_cast<uint64_t>(ts.ticks.left), limit - done));
  ts.ticks = {left, left};
}

// A thread's first countdown, at the first call or generator resumption.
void start_countdown(ThreadState& ts) {
  if (ts.ticks.budget != 0) return;
  ts.ticks = ts.vm.gil().fresh_countdown(kUncountedTickBudget);
  cap_countdown(ts);
}

[[maybe_unused]] void on_tick_expired(ThreadState& ts) {
  flush_instruction_count(ts);
  ts.vm.gil().on_countdown_expired(ts.gil_thread, ts.ticks, kUncountedTickBudget);
  cap_countdown(ts);
  if (past_instruction_limit(ts)) raise(exc::RuntimeError, "instruction limit exceeded");
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

// Free-threaded, the functions of module and class bodies are immortal: every thread that calls
// one loads it, and a count all of them change would bounce between their cores (CPython 3.13
// defers the counts of functions whose code is not CO_NESTED for the same reason). A nested
// function (a closure, a `def` in a function body, a comprehension's) may be made once per
// call, so it stays counted and is freed as under a GIL; an attribute cache that comes to name
// one makes it immortal then (fill_cache()), as caches borrow functions.
Value make_function(VM& vm, Value code, Value* defaults, size_t count, Globals* globals) {
  std::vector<Value> owned(defaults, defaults + count);  // moved from the stack: no incref
  const Code& c = *as_code(code);
  std::vector<Value> kwdefaults(static_cast<size_t>(c.kwonly_count), Value::undefined());
  if (!c.kwonly_has_default.empty()) {  // the last defaults are those of keyword-only parameters
    size_t kw = static_cast<size_t>(
        std::count(c.kwonly_has_default.begin(), c.kwonly_has_default.end(), true));
    size_t next = owned.size() - kw;
    for (size_t i = 0; i < kwdefaults.size(); ++i) {
      if (c.kwonly_has_default[i]) kwdefaults[i] = owned[next++];
    }
    owned.resize(owned.size() - kw);
  }
  Value function = Value::object(new Function(as_code(code), std::move(owned), globals));
  static_cast<Function*>(function.obj)->kwdefaults = std::move(kwdefaults);
  if (free_threaded() && !c.nested) vm.make_immortal(function);
  return function;
}

[[gnu::noinline]] Value* make_closure(VM& vm, Value* sp, size_t count, Globals* globals) {
  Value code = *--sp;
  Value cells = *--sp;
  sp -= count;
  Value function = make_function(vm, code, sp, count, globals);
  std::vector<Value>& closure = static_cast<Function*>(function.obj)->closure;
  std::vector<Value>& items = as_tuple(cells)->items;
  if (cells.obj->refcount.load(std::memory_order_relaxed) == 1) {
    // The tuple BUILD_TUPLE just made, the stack's alone (always, as compiled): the cells'
    // references move into the function, and the tuple, its items None, goes back whole to the
    // spare ones for the next BUILD_TUPLE (a tuple emptied of its storage cannot be kept: each
    // closure made cost a tuple's new and delete).
    closure.assign(items.begin(), items.end());
    std::fill(items.begin(), items.end(), Value::none());
  } else {
    for (Value cell : items) incref(cell);
    closure = items;
  }
  decref(code);
  decref(cells);
  *sp++ = function;
  return sp;
}

// BUILD_CLASS: name, bases and namespace on the stack become the class, made by its metaclass
// when it has one (metaclass.h).
// The stack keeps its references until the class is made: a metaclass or __init_subclass__ that
// raises leaves them to the unwinding, which releases the stack.
[[gnu::noinline]] Value* build_class_on_stack(ThreadState& ts, Value* sp, uint32_t given) {
  const Value* top = sp;
  const Value keywords = given & 2 ? *--top : Value::undefined();
  const Value metaclass = given & 1 ? *--top : Value::undefined();
  // The namespace's __module__, unless the body set one: the name of the module whose code runs
  // the class statement, as CPython's class bodies begin with `__module__ = __name__`.
  Dict& namespace_dict = *static_cast<Dict*>(top[-1].obj);
  Value module_name = namespace_dict.get(NAME_KEY("__module__"));
  if (module_name.is_undefined()) {
    module_name = make_str(ts.frames.back().function->globals->module_name);
    namespace_dict.set(NAME_KEY("__module__"), module_name);
  }
  Ref module_name_ref = Ref::steal(module_name);
  Value cls = build_class_with_metaclass(ts, top[-3], top[-2], top[-1], metaclass, keywords);
  if (cls.is_undefined())
    cls = build_class(ts, top[-3], top[-2], top[-1], ClassSource::ClassStatement, nullptr,
                      keywords);
  if (is_kind(cls, Kind::Class) && is_kind(module_name, Kind::Str))
    static_cast<Class*>(cls.obj)->module = as_str(module_name)->text;  // its repr's: <class 'csv.Dialect'>
  decref(keywords);
  decref(metaclass);
  sp -= (given & 2 ? 1 : 0) + (given & 1 ? 1 : 0);
  decref(sp[-1]);
  decref(sp[-2]);
  decref(sp[-3]);
  sp -= 2;
  sp[-1] = cls;
  return sp;
}

// CLASS_NAMESPACE: the bound locals of a class body (its free variables' cells excepted).
Value class_namespace(const Code& code, const Value* locals) {
  auto* dict = new Dict();
  Value result = Value::object(dict);
  for (size_t i = 0; i < code.local_names.size(); ++i) {
    Value v = locals[i];
    if (v.is_undefined() || is_kind(v, Kind::Cell) || code.local_names[i][0] == '<') continue;
    Ref key = Ref::steal(interned_str(code.local_names[i]));  // the name constants' own Str
    dict->set(key.get(), v);
  }
  return result;
}

// The bodies of the closure opcodes, out of line: run() stays small enough for the compiler to
// inline what the hot opcodes call.
[[gnu::noinline]] Value make_cell(Value owned) { return Value::object(new Cell(owned)); }

[[gnu::noinline]] void copy_free_vars(const Function& function, Value* slots) {
  for (Value cell : function.closure) {
    incref(cell);
    *slots++ = cell;
  }
}

[[gnu::noinline]] Value new_reference(Value v) {
  incref(v);
  return v;
}

[[noreturn]] void raise_unbound_cell(const Function& function, uint32_t slot, Value cell);

[[gnu::noinline]] Value load_deref(const Function& function, const Value* locals, uint32_t slot) {
  Value v = static_cast<Cell*>(locals[slot].obj)->load();
  if (v.is_undefined()) raise_unbound_cell(function, slot, locals[slot]);
  return v;
}

[[noreturn, gnu::noinline]] void raise_unbound_local(const Code& code, uint32_t slot) {
  raise(exc::UnboundLocalError, "cannot access local variable '" + code.local_names[slot] +
                                    "' where it is not associated with a value");
}

// The bodies of MAP_ADD and the DELETE_ opcodes.
[[gnu::noinline]] Value* map_add(Value* sp, uint32_t below) {
  static_cast<Dict*>(sp[-3 - static_cast<int>(below)].obj)->set(sp[-2], sp[-1]);
  decref(*--sp);
  decref(*--sp);
  return sp;
}

// DISPLAY_EXTEND: the items of the value on top join the list, set or dict `below` items under
// it, with CPython's errors for what cannot be unpacked.
[[gnu::noinline]] Value* display_extend(Value* sp, uint32_t below) {
  Value target = sp[-2 - static_cast<int>(below)], source = sp[-1];
  if (is_kind(target, Kind::Dict)) {
    if (!is_kind(source, Kind::Dict))
      raise(exc::TypeError, "'" + type_name(source) + "' object is not a mapping");
    update_new_dict(*static_cast<Dict*>(target.obj), source);
  } else if (is_kind(target, Kind::List) && (is_exact_list(source) || is_exact_tuple(source))) {
    append_items(as_list(target)->items, source);  // [*l], f(*args): no iterator
  } else {
    Value iterator;
    try {
      iterator = get_iterator(source);
    } catch (ScriptException&) {
      if (is_kind(target, Kind::Set)) throw;  // CPython: "'int' object is not iterable" here
      raise(exc::TypeError, "Value after * must be an iterable, not " + type_name(source));
    }
    Ref owned = Ref::steal(iterator);
    Value next;
    while (iterator_next(iterator, next)) {
      if (is_kind(target, Kind::Set)) {
        Ref item = Ref::steal(next);
        as_set(target)->add(next);
      } else {
        as_list(target)->items.push_back(next);  // a list of this display alone
      }
    }
  }
  decref(*--sp);
  return sp;
}

// BUILD_LIST: a list of the `count` values at `items`, taking the stack's references; a list this
// thread freed lately where there is one, its storage kept (a display made and dropped in a
// loop allocates nothing).
[[gnu::noinline]] Value build_list(const Value* items, uint32_t count) {
  List* list = new_list(count);
  list->items.assign(items, items + count);
  return Value::object(list);
}

// LIST_TO_TUPLE: (*a, b)'s list becomes its tuple.
[[gnu::noinline]] void list_to_tuple(Value* sp) {
  Ref list = Ref::steal(sp[-1]);
  std::vector<Value> items = std::move(as_list(list.get())->items);
  as_list(list.get())->items.clear();
  sp[-1] = make_tuple(std::move(items));
}

// BUILD_SET: the items stay on the stack (unwound by an exception) until all are added.
// BUILD_SET: null with the exception pending and the stack untouched for an unhashable builtin
// item (`{[1]}`: no C++ throw).
[[gnu::noinline]] Value* build_set_or_pending(ThreadState& ts, Value* sp, uint32_t operand) {
  const uint32_t count = operand & ~kConstantSet;
  Ref set = Ref::steal(make_set(Value::none(), false));
  if (operand & kConstantSet) {
    // CPython's frozenset constant: made from the items in order, then made again from its own
    // keys in their order, as the compiler's merge_consts_recursive() does; the set is a copy.
    Ref first = Ref::steal(make_set(Value::none(), true));
    for (Value* item = sp - count; item < sp; ++item) as_set(first.get())->add(*item);
    Ref constants = Ref::steal(make_set(Value::none(), true));
    for (Value key : as_set(first.get())->snapshot()) {
      as_set(constants.get())->add(key);
      decref(key);
    }
    as_set(set.get())->merge(*as_set(constants.get()));
  } else {
    for (Value* item = sp - count; item < sp; ++item) {
      if (unhashable_builtin(*item)) [[unlikely]] {
        raise_pending(ts, unhashable_error(*item));
        return nullptr;
      }
      as_set(set.get())->add(*item);
    }
  }
  for (Value* item = sp - count; item < sp; ++item) decref(*item);
  sp -= count;
  *sp++ = set.release();
  return sp;
}

[[gnu::noinline]] Value* set_add_or_pending(ThreadState& ts, Value* sp, uint32_t below) {
  if (unhashable_builtin(sp[-1])) [[unlikely]] {  // as build_set_or_pending()
    raise_pending(ts, unhashable_error(sp[-1]));
    return nullptr;
  }
  as_set(sp[-2 - static_cast<int>(below)])->add(sp[-1]);
  decref(*--sp);
  return sp;
}

// True if the instruction (a STORE_LOCAL, or a fusion that begins with one) first stores the
// top of the stack into the local its operand names.
bool stores_local_first(Instruction instruction) {
  const Op op = decode_op(instruction);
  return op == Op::STORE_LOCAL || op == Op::STORE_LOCAL_LOAD_LOCAL ||
         op == Op::STORE_LOCAL_STORE_LOCAL;
}

// The variable that the instruction after an in-place operator first stores the result into
// (a local, or under a GIL a module's global: a loop at the top level), or nullptr.
// Free-threaded, a global is left out: another thread may have read the object from it and not
// yet counted its reference (Globals::load()), and would then read it while it changes.
const Value* stored_variable(Instruction next, const Value* locals, const Value* globals) {
  if (stores_local_first(next)) return &locals[decode_operand(next)];
  if (decode_op(next) == Op::STORE_GLOBAL && !free_threaded()) {
    return &globals[decode_operand(next)];
  }
  return nullptr;
}

// Whether `left`, an in-place operator's left operand, is held only by the stack and by
// `variable`, which the result is stored back into (a count of 2). Free-threaded too, for a
// local: only this thread reaches the frame's locals and stack, so no other thread can hold or
// take a reference; acquire, so that what threads that dropped theirs did is seen (as
// uniquely_referenced()).
bool reusable_in_place(Value left, const Value* variable) {
  return variable && variable->tag == Tag::Obj && variable->obj == left.obj &&
         left.obj->refcount.load(std::memory_order_acquire) == 2;
}

// `s += t` on strs where the next instruction stores the result back into the variable `s` and
// nothing else refers to s: t is appended to s itself, as CPython's unicode_concatenate does, so
// a loop that grows a string costs amortised linear time instead of a copy per step.
bool append_in_place(Value* sp, const Value* variable) {
  Value left = sp[-2], right = sp[-1];
  if (!is_exact_str(left) || !is_exact_str(right) ||
      !reusable_in_place(left, variable)) {
    return false;
  }
  Str& str = *as_str(left);
  const int64_t a = str.counted_length(), b = as_str(right)->counted_length();
  str.text += as_str(right)->text;
  str.note_length(a >= 0 && b >= 0 ? static_cast<size_t>(a + b) : Str::kUncounted);
  str.hash.store(0, std::memory_order_relaxed);
  decref(right);
  return true;
}

// x op= y of a big int x that only the variable and the stack refer to, the result stored back
// into that variable: written into x's own block (big_integer_op_in_place), with no new object
// and no freeing of the old one, when the block has the room. As append_in_place.
bool big_integer_in_place(Value* sp, Op op, const Value* variable) {
  Value left = sp[-2];
  if (!is_bigint(left) || !reusable_in_place(left, variable) ||
      !(sp[-1].is_int() || is_bigint(sp[-1]))) {
    return false;
  }
  if (!big_integer_op_in_place(op, static_cast<BigIntObject*>(left.obj), sp[-1])) return false;
  decref(sp[-1]);
  return true;
}

// Whether `a op b` goes straight to the big-int arithmetic (big_integer_op_on_stack and
// big_integer_any_op_on_stack): both ints, inline or big; not TRUEDIV, and no FLOORDIV or MOD
// by an inline zero (their ZeroDivisionError is made without a throw).
[[gnu::always_inline]] inline bool big_integer_operands(Op op, Value a, Value b) {
  if (!(a.is_int() || is_bigint(a)) || !(b.is_int() || is_bigint(b))) return false;
  if (op == Op::TRUEDIV) return false;
  return (op != Op::FLOORDIV && op != Op::MOD) || !b.is_int() || b.i != 0;
}

[[gnu::noinline]] Value* inplace(Value* sp, Op op, Instruction next, const Value* locals,
                                 const Value* globals) {
  const Value* variable = stored_variable(next, locals, globals);
  if (op == Op::ADD && append_in_place(sp, variable)) return sp - 1;
  if (big_integer_in_place(sp, op, variable)) return sp - 1;
  if (big_integer_operands(op, sp[-2], sp[-1])) {
    if (op == Op::ADD) return big_integer_op_on_stack<Op::ADD>(sp);
    if (op == Op::SUB) return big_integer_op_on_stack<Op::SUB>(sp);
    if (op == Op::MUL) return big_integer_op_on_stack<Op::MUL>(sp);
    return big_integer_any_op_on_stack(sp, op);
  }
  if (complex_stack_operands(sp[-2], sp[-1])) {  // z += c
    if (Value* top = complex_op_on_stack(sp, op)) return top;
  }
  Value result = inplace_op(op, sp[-2], sp[-1]);
  decref(sp[-1]);
  decref(sp[-2]);
  sp[-2] = result;
  return sp - 1;
}

// A binary operator's slow path (no division: those make their ZeroDivisionError without a
// throw) on the stack: ints go to the big-int arithmetic in one call, the rest to binary_op();
// the result replaces both operands. Out of line, so that the interpreter's frame holds one call
// for it. str + str, bytes + bytes (a serializer's and a templater's every other operation),
// str * int, list + list and tuple + tuple are made here, with none of binary_op()'s tests of
// numbers and instances first.
// Null with the exception pending and the stack untouched if it raised: a str and a number's
// TypeError (which scripts catch: `"n=" + n` over mixed items) made without a throw, any other
// throw caught here, where it crosses no more frames.
[[gnu::noinline]] Value* other_binary_op_on_stack_or_pending(ThreadState& ts, Value* sp, Op op) {
  const Value a = sp[-2], b = sp[-1];
  const Kind kind = a.is_obj() ? a.obj->kind : Kind::Range;  // (Range: neither text kind)
  // (An instance of a subclass of str the general way: its class may define __add__.)
  const bool text = kind == Kind::Bytes || is_exact_str(a);
  Value result;
  try {
    if (text && op == Op::ADD && b.is_obj() && b.obj->kind == kind &&
        (kind == Kind::Bytes || !as_str(b)->of_subclass()))
      result = concatenate_text(a, b, kind == Kind::Bytes);
    else if (text && op == Op::MUL && b.is_int())
      result = repeat_text(a, b.i, kind == Kind::Bytes);
    else if (op == Op::ADD && concatenates_items(a, b))
      result = concatenate_items(a, b);
    else if (Value* top = complex_stack_operands(a, b) ? complex_op_on_stack(sp, op) : nullptr)
      return top;  // `z * w` of items or attributes (** the general way), in place if it can
    else if (const Value error = plain_operands_error(op, a, b); error.is_undefined())
      result = binary_op(op, a, b);
    else {  // `"n=" + 5`: its TypeError without a throw
      raise_pending(ts, error);
      return nullptr;
    }
  } catch (ScriptException& error) {
    hold_pending(ts, error);
    return nullptr;
  }
  decref(b);
  decref(a);
  sp[-2] = result;
  return sp - 1;
}
template <Op kOp>
[[gnu::noinline]] Value* binary_op_on_stack_or_pending(ThreadState& ts,
                                                       Value* sp) {  // a dispatcher: tail calls
  if (big_integer_operands(kOp, sp[-2], sp[-1])) {
    if constexpr (kOp == Op::ADD || kOp == Op::SUB || kOp == Op::MUL)
      return big_integer_op_on_stack<kOp>(sp);
    else
      return big_integer_any_op_on_stack(sp, kOp);
  }
  return other_binary_op_on_stack_or_pending(ts, sp, kOp);
}

[[gnu::noinline]] Value* delete_local(Value* slot, Value* sp) {
  decref(*slot);
  *slot = Value::undefined();
  return sp;
}

[[gnu::noinline]] void delete_deref(const Function& function, const Value* locals, uint32_t slot) {
  Value old = static_cast<Cell*>(locals[slot].obj)->load();
  if (old.is_undefined()) raise_unbound_cell(function, slot, locals[slot]);
  decref(old);
  static_cast<Cell*>(locals[slot].obj)->store(Value::undefined());
}

[[gnu::noinline]] void delete_global(ThreadState& ts, Globals& globals, uint32_t slot) {
  Value v = free_threaded() ? globals.load(slot) : globals.values[slot];
  Value builtin = ts.vm.builtin(globals.names.name(slot));  // cached in the slot by load_builtin()
  if (v.is_undefined() || (v.is_obj() && builtin.is_obj() && v.obj == builtin.obj)) {
    raise(exc::NameError, "name '" + globals.names.name(slot) + "' is not defined");
  }
  if (free_threaded()) {
    globals.store(slot, Value::undefined(), ts.vm.running_thread_count() == 1);
  } else {
    globals.values[slot] = Value::undefined();
    decref(v);
  }
}

// DELETE_SUBSCR: returns the new top, or null with the exception pending and the stack untouched
// (`del d[k]` of a missing key raised without a C++ throw: scripts catch it).
[[gnu::noinline]] Value* delete_subscript_or_pending(ThreadState& ts, Value* sp) {
  try {
    if (is_exact_dict(sp[-2])) {
      const Value old = static_cast<Dict*>(sp[-2].obj)->pop(sp[-1]);
      if (old.is_undefined()) {
        raise_pending(ts, new_key_error(sp[-1]));
        return nullptr;
      }
      decref(old);
    } else {
      delete_item(sp[-2], sp[-1]);
    }
  } catch (ScriptException& error) {
    hold_pending(ts, error);
    return nullptr;
  }
  decref(*--sp);
  decref(*--sp);
  return sp;
}

// LOAD_DEREF of an empty cell: one of the function's own variables, or one it closes over.
[[noreturn]] void raise_unbound_cell(const Function& function, uint32_t slot, Value cell) {
  const std::string& name = function.code->local_names[slot];
  const auto& closure = function.closure;
  if (std::find_if(closure.begin(), closure.end(), [&](Value c) { return c.obj == cell.obj; }) !=
      closure.end()) {
    raise(exc::NameError, "cannot access free variable '" + name +
                              "' where it is not associated with a value in enclosing scope");
  }
  raise(exc::UnboundLocalError,
        "cannot access local variable '" + name + "' where it is not associated with a value");
}

// `from m import name` where m lacks the attribute: a package's submodule of the name, as
// CPython's _handle_fromlist imports it, or CPython's ImportError.
[[gnu::noinline]] Value import_missing_name(ThreadState& ts, Module& m, const Str& name) {
  Ref path = Ref::steal(m.get("__path__"));
  if (!path.get().is_undefined()) {
    const std::string submodule = m.name + "." + name.text;
    try {
      return ts.vm.import_module(ts, submodule);
    } catch (ScriptException& error) {
      const auto& e = *static_cast<ExceptionObject*>(error.exception.get().obj);
      if (e.cls != exc::ModuleNotFoundError || e.message() != "No module named '" + submodule + "'")
        throw;
    }
  }
  Ref file = Ref::steal(m.get("__file__"));
  const std::string where = is_kind(file.get(), Kind::Str) ? " (" + as_str(file.get())->text + ")" : "";
  if (m.partially_initialized) {
    raise(exc::ImportError, "cannot import name '" + name.text +
                                "' from partially initialized module '" + m.name +
                                "' (most likely due to a circular import)" + where);
  }
  raise(exc::ImportError, "cannot import name '" + name.text + "' from '" + m.name + "'" + where);
}

Value import_from(ThreadState& ts, Value module, const Str& name) {
  if (!is_kind(module, Kind::Module)) return get_attribute(ts, module, name);
  auto* m = static_cast<Module*>(module.obj);
  Value v = m->get(name.text);
  return v.is_undefined() ? import_missing_name(ts, *m, name) : v;
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

Value exception_to_raise(ThreadState& ts, Value value) {
  if (is_kind(value, Kind::Exception)) {
    incref(value);
    return value;
  }
  if (is_kind(value, Kind::ExceptionClass)) return call_native(ts, value, nullptr, 0, nullptr);
  raise(exc::TypeError, "exceptions must derive from BaseException");
}

// `raise exception from cause`: cause is an exception, an exception class or None.
void set_cause(ThreadState& ts, Value exception, Value cause);

// RAISE 2: the exception and its cause, the top two values, become the exception to raise (a new
// reference), its cause set; the caller pops both.
[[gnu::noinline]] Value exception_with_cause(ThreadState& ts, Value* sp) {
  Ref exception = Ref::steal(exception_to_raise(ts, sp[-2]));
  set_cause(ts, exception.get(), sp[-1]);
  decref(sp[-1]);
  decref(sp[-2]);
  return exception.release();
}

void set_cause(ThreadState& ts, Value exception, Value cause) {
  Value owned = Value::none();
  if (!cause.is_none()) {
    if (!is_kind(cause, Kind::Exception) && !is_kind(cause, Kind::ExceptionClass)) {
      raise(exc::TypeError, "exception causes must derive from BaseException");
    }
    owned = exception_to_raise(ts, cause);
  }
  auto* e = static_cast<ExceptionObject*>(exception.obj);
  decref(e->cause);
  e->cause = owned;
  e->suppress_context = true;
}

// A raise while `handled` is being handled: it becomes the new exception's __context__, as
// CPython's _PyErr_SetObject sets it, and a chain that would lead back to the new exception is
// cut there (no cycle: exceptions are freed by their counts alone).
void set_context(ExceptionObject& raised, Value handled) {
  if (handled.obj == &raised || !raised.context.is_none()) return;
  for (Value link = handled; is_kind(link, Kind::Exception);) {
    auto& linked = *static_cast<ExceptionObject*>(link.obj);
    if (linked.context.is_obj() && linked.context.obj == &raised) {
      decref(linked.context);
      linked.context = Value::none();
      break;
    }
    link = linked.context;
  }
  incref(handled);
  raised.context = handled;
}

// MAKE_CLOSURE: replaces `count` defaults, a tuple of cells and a code on the stack by their
// function. Returns the new top.
Value* make_closure(VM& vm, Value* sp, size_t count, Globals* globals);

// A call of a bound method whose `count` values (arguments) sit at `args`, under the method:
// the method's slot takes its function and the arguments move up one for its self, as CPython's
// LOAD_METHOD/CALL do. Returns the new top. The extra slot is the one stack_bound() adds.
[[gnu::noinline]] Value* unpack_method(Value* args, size_t count) {
  auto* method = static_cast<Method*>(args[-1].obj);
  std::memmove(args + 1, args, count * sizeof(Value));
  incref(method->function);
  incref(method->self);
  args[0] = method->self;
  Value old = args[-1];
  args[-1] = method->function;
  decref(old);
  return args + count + 1;
}

// The next entry of a dict's iterator `it`, past the holes, for the caller holding the dict's
// lock; null at the end or when the dict changed size (the general way says which).
[[gnu::always_inline]] inline const Dict::Entry* next_dict_entry(Iterator& it, Dict& dict) {
  if (static_cast<int64_t>(dict.used) != it.stop) return nullptr;
  while (it.index < dict.entries.size() && dict.entries[it.index].is_hole()) ++it.index;
  if (it.index >= dict.entries.size()) return nullptr;
  return &dict.entries[it.index++];
}

// The next key (value, (key, value): the iterator's part) of a dict's or item of a set's
// iterator when it is simply there (the size unchanged, no end reached): true with `item` a new
// reference, read under the container's lock (ContainerLock: none under a GIL). Anything else (a
// change of size, the end, holes at the end) is left to iterator_next(), which raises or ends.
[[gnu::always_inline]] inline bool in_line_table_next(Iterator& it, Value& item) {
  Object* container = it.sequence.obj;
  if (container->kind == Kind::Dict) {
    Dict& dict = *static_cast<Dict*>(container);
    Value value;
    {
      ContainerLock lock(dict.mutex);
      const Dict::Entry* next = next_dict_entry(it, dict);
      if (!next) return false;
      const Dict::Entry& entry = *next;
      // Counted under the lock: another thread may remove the entry next.
      if (it.part == DictPart::Keys) {
        item = entry.key();
        incref(item);
        return true;
      }
      if (it.part == DictPart::Values) {
        item = entry.value();
        incref(item);
        return true;
      }
      item = entry.key();
      value = entry.value();
      incref(item);
      incref(value);
    }
    item = pair_tuple(it, item, value);  // outside the lock: it may allocate
    return true;
  }
  Set& set = *static_cast<Set*>(container);
  ContainerLock lock(set.mutex);
  if (static_cast<int64_t>(set.used) != it.stop) return false;
  while (it.index < set.table.size() && set.table[it.index].is_free()) ++it.index;
  if (it.index >= set.table.size()) return false;
  item = set.table[it.index++].key();
  incref(item);
  return true;
}

// `for k, v in d.items()`: FOR_ITER's next key and value pushed as its UNPACK would push them
// (the value below the key), no pair made. False, with nothing done, at the end or when the dict
// changed size: iterator_next_unpacked() tells which.
[[gnu::always_inline]] inline bool in_line_items_next(Iterator& it, Value* top) {
  Dict& dict = *static_cast<Dict*>(it.sequence.obj);
  ContainerLock lock(dict.mutex);
  const Dict::Entry* entry = next_dict_entry(it, dict);
  if (!entry) return false;
  top[0] = entry->value();  // counted under the lock: another thread may remove the entry next
  top[1] = entry->key();
  incref(top[0]);
  incref(top[1]);
  return true;
}

// The next pair of `zip(xs, ys)` over two lists or tuples (`input` that zip's iterator): its
// items as new references, no row or tuple made. False, with nothing taken, for other inputs or
// at the end. Free-threaded only when the zip and its inputs are the loop's alone
// (owned_zip_pair()).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool zip_pair_items(Value input, Value& first_item,
                                                  Value& second_item) {
  if (!is_kind(input, Kind::Iterator) ||
      static_cast<Iterator*>(input.obj)->source != Iterator::Source::Zip)
    return false;
  Iterator& zip = *static_cast<Iterator*>(input.obj);
  if constexpr (kFreeThreaded) {
    return owned_zip_pair(zip, first_item, second_item);
  } else {
    const std::vector<Value>* first;
    const std::vector<Value>* second;
    if (!next_sequence_pair_items(zip, first, second)) return false;
    first_item = take_sequence_item(zip.inputs[0], *first);
    second_item = take_sequence_item(zip.inputs[1], *second);
    return true;
  }
}

// An enumerate's next number, while it is an int that has room to count on.
[[gnu::always_inline]] inline bool counts_in_line(const Iterator& it) {
  return it.source == Iterator::Source::Enumerate && it.count.is_int() && it.count.i != INT64_MAX;
}
[[gnu::always_inline]] inline Value take_count(Iterator& it) {
  const Value number = it.count;
  it.count = Value::integer(it.count.i + 1);
  return number;
}

// `for a, b in zip(xs, ys)` and `for i, x in enumerate(xs)` over lists and tuples: the two values
// pushed as UNPACK would push them (the second below the first), no row or pair made
// (`enumerate(zip(xs, ys))`: the zip's pair only). False, with nothing taken, for other inputs or
// at the end (iterator_next_unpacked()). Free-threaded, `it` is the loop's alone (the caller
// checks) and so must its inputs be.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool in_line_pair_next(Iterator& it, Value* top) {
  if (it.source == Iterator::Source::Zip)
    return zip_pair_items<kFreeThreaded>(Value::object(&it), top[1], top[0]);
  if (!counts_in_line(it)) return false;
  const Value input = it.inputs[0];
  Value a, b;
  if constexpr (kFreeThreaded) {
    if (owned_sequence_iterator(input)) {
      if (!take_owned_sequence_item(input, top[0])) return false;
    } else if (zip_pair_items<true>(input, a, b)) {
      top[0] = make_tuple({a, b});
    } else {
      return false;
    }
  } else if (const std::vector<Value>* items = next_sequence_items(input)) {
    top[0] = take_sequence_item(input, *items);
  } else if (zip_pair_items<false>(input, a, b)) {
    // `for i, (a, b) in enumerate(zip(xs, ys))` kept whole: the zip's pair, refilled once unpacked.
    top[0] = pair_tuple(*static_cast<Iterator*>(input.obj), a, b);
  } else {
    return false;
  }
  top[1] = take_count(it);
  return true;
}

// `for i, (a, b) in enumerate(zip(xs, ys))` over lists or tuples, when at `ip` (after FOR_ITER)
// come UNPACK 2, STORE_LOCAL i, UNPACK 2, STORE_LOCAL_STORE_LOCAL a, STORE_LOCAL b: the number
// and the zip's two items stored straight into the three locals, in the order the stores would
// run, with no pair made or unpacked. False, with nothing done, otherwise. Out of line: in
// FOR_ITER, GCC laid out run()'s hot opcodes worse (fib +3% instructions). Free-threaded, `it` is
// the loop's alone (the caller checks).
template <bool kFreeThreaded>
[[gnu::noinline]] bool enumerate_zip_into_locals(Iterator& it, const Instruction* ip,
                                                 Value* locals) {
  if (!counts_in_line(it) || decode_op(ip[1]) != Op::STORE_LOCAL ||
      decode_op(ip[2]) != Op::UNPACK || decode_operand(ip[2]) != 2 ||
      decode_op(ip[3]) != Op::STORE_LOCAL_STORE_LOCAL)
    return false;
  Value a, b;
  if (!zip_pair_items<kFreeThreaded>(it.inputs[0], a, b)) return false;
  const uint32_t targets[3] = {decode_operand(ip[1]), decode_operand(ip[3]), decode_operand(ip[4])};
  const Value values[3] = {take_count(it), a, b};
  for (int k = 0; k < 3; ++k) {
    const Value old = locals[targets[k]];
    locals[targets[k]] = values[k];
    decref(old);
  }
  return true;
}

// FOR_ITER's in-line cases: the next item of a range's iterator, of a list's (as iterator_next()
// does; free-threaded under the list's lock, the item counted before it is released: another
// thread may replace and free the item as soon as it is), or of a dict's or set's
// (in_line_table_next). kItem: `item` is it (a new reference); kDone: that iterator is
// exhausted; kOther: another kind of iterator, or one iterator_next() must take on.
enum class InLineNext { kItem, kDone, kOther };
template <bool kFreeThreaded>
[[gnu::always_inline]] inline InLineNext in_line_list_next(Iterator& it, Value& item) {
  return list_iterator_next(it, kFreeThreaded, item) ? InLineNext::kItem : InLineNext::kDone;
}
[[gnu::noinline]] bool shared_range_next(Iterator& it, Value& item) {
  return range_iterator_next(it, true, item);
}
[[gnu::always_inline]] inline InLineNext in_line_next(Value iterator, bool free_threaded,
                                                      Value& item) {
  if (iterator.obj->kind != Kind::Iterator) return InLineNext::kOther;
  auto* it = static_cast<Iterator*>(iterator.obj);
  if (it->source == Iterator::Source::Range) {
    // Free-threaded, the iterator a `for` made is the loop's alone: no lock to take.
    const bool more = free_threaded && !uniquely_referenced(*it)
                          ? shared_range_next(*it, item)  // out of line: a lock
                          : range_iterator_next(*it, false, item);
    return more ? InLineNext::kItem : InLineNext::kDone;
  }
  if (it->source == Iterator::Source::Table)
    return in_line_table_next(*it, item) ? InLineNext::kItem : InLineNext::kOther;
  if (it->source != Iterator::Source::Sequence) return InLineNext::kOther;
  if (is_kind(it->sequence, Kind::Tuple))
    return tuple_iterator_next(*it, free_threaded, item) ? InLineNext::kItem : InLineNext::kDone;
  if (is_kind(it->sequence, Kind::List))
    return free_threaded ? in_line_list_next<true>(*it, item) : in_line_list_next<false>(*it, item);
  if (!is_kind(it->sequence, Kind::Str) || free_threaded) return InLineNext::kOther;
  // `for ch in text`: an ASCII character's shared str. Any other character, the end, and a
  // free-threaded iterator (which threads may share: its lock) are iterator_next()'s.
  const std::string& text = as_str(it->sequence)->text;
  if (it->index >= text.size() || static_cast<unsigned char>(text[it->index]) >= 0x80)
    return InLineNext::kOther;
  item = ascii_char(static_cast<unsigned char>(text[it->index++]));
  return InLineNext::kItem;
}

// items[index] (an index below 0 counts from the end) as a new reference in `item`; false,
// having done nothing, when out of range. SUBSCR's and SUBSCR_INT's in-line case for a tuple or
// a list (list_item_locked when free-threaded).
[[gnu::always_inline]] inline bool item_at(const std::vector<Value>& items, int64_t index,
                                           Value& item) {
  if (index < 0) index += static_cast<int64_t>(items.size());
  if (index < 0 || index >= static_cast<int64_t>(items.size())) return false;
  item = items[static_cast<size_t>(index)];
  incref(item);
  return true;
}
// item_at() for a free-threaded list: the item is read and counted under the list's lock, as
// get_item() does, because another thread may replace and free it as soon as the lock is
// released.
[[gnu::always_inline]] inline bool list_item_locked(List& list, int64_t index, Value& item) {
  ContainerLock lock(list.mutex, true);
  return item_at(list.items, index, item);
}
// STORE_SUBSCR's in-line case: list[index] = value (an index below 0 counts from the end), the
// caller's reference to `value` moving in, under the list's lock when kFreeThreaded, as
// set_item() does; the item it replaces is released after the lock (its destructor may run any
// code). False, having done nothing, when out of range.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool store_list_item(List& list, int64_t index, Value value) {
  Value old;
  {
    ContainerLock lock(list.mutex, kFreeThreaded);
    std::vector<Value>& items = list.items;
    if (index < 0) index += static_cast<int64_t>(items.size());
    if (index < 0 || index >= static_cast<int64_t>(items.size())) return false;
    old = items[static_cast<size_t>(index)];
    items[static_cast<size_t>(index)] = value;
  }
  decref(old);
  return true;
}

// The LOAD_LOCAL_ subscript fusions' free-threaded case for a list (a tuple's is their ordinary
// in-line one): list[index] (an index below 0 counts from the end) read and counted under the
// list's lock into *item, as list_item_locked() does for SUBSCR; false, having done nothing,
// when out of range (the caller then runs the two instructions). Out of line and called only
// when free-threaded, so that run()'s code under a GIL is laid out as without them. The lock is
// tried in line, with no stack frame; a taken one waits in the cold copy (kContended).
// kNonNegative: the index is a literal one (LOAD_LOCAL_SUBSCR_INT's).
template <bool kNonNegative, bool kContended = false>
[[gnu::noinline]] bool fused_list_load_locked(List& list, int64_t index, Value* item) {
  if constexpr (kContended) {
    list.mutex.lock();
  } else if (!list.mutex.try_lock()) [[unlikely]] {
    return fused_list_load_locked<kNonNegative, true>(list, index, item);
  }
  const std::vector<Value>& items = list.items;
  if (!kNonNegative && index < 0) index += static_cast<int64_t>(items.size());
  if (static_cast<uint64_t>(index) >= items.size()) {
    list.mutex.unlock();
    return false;
  }
  const Value v = items[static_cast<size_t>(index)];
  incref_in_mode<true>(v);
  list.mutex.unlock();
  *item = v;
  return true;
}
// The same for the fused stores: list[index] = value under the list's lock, as
// store_list_item<true>() does for STORE_SUBSCR, the caller's reference to `value` moving in
// when it returns true; the item it replaces is released after the lock.
template <bool kContended = false>
[[gnu::noinline]] bool fused_list_store_locked(List& list, int64_t index, Value value) {
  if constexpr (kContended) {
    list.mutex.lock();
  } else if (!list.mutex.try_lock()) [[unlikely]] {
    return fused_list_store_locked<true>(list, index, value);
  }
  std::vector<Value>& items = list.items;
  if (index < 0) index += static_cast<int64_t>(items.size());
  if (static_cast<uint64_t>(index) >= items.size()) {
    list.mutex.unlock();
    return false;
  }
  Value old = items[static_cast<size_t>(index)];
  items[static_cast<size_t>(index)] = value;
  list.mutex.unlock();
  decref_in_mode<true>(old);
  return true;
}

// The items SUBSCR_INT's in-line case reads: a tuple's, or under a GIL a list's (free-threaded,
// a list is read under its lock); nullptr for anything else.
[[gnu::always_inline]] inline const std::vector<Value>* items_in_line(Value v, bool free_threaded) {
  if (!v.is_obj()) return nullptr;
  if (is_exact_tuple(v)) return &as_tuple(v)->items;
  if (is_exact_list(v) && !free_threaded) return &as_list(v)->items;
  return nullptr;
}

// LOAD_METHOD's pair for a builtin type's method: its native_method_word() (the NativeFn and its
// InLineMethod) in an Undefined-tagged slot (not an object: nothing to allocate, count or free;
// unwinding and generators copy it as any non-object value). Only CALL_METHOD reads it, two
// instructions apart at most arguments.
Value native_method_slot(uint64_t word) {
  Value slot = Value::undefined();
  slot.i = static_cast<int64_t>(word);
  return slot;
}

// A function found on a class, bound to `self`; takes both references.
[[gnu::noinline]] Value bind_method(Value function, Value self) {
  Value method = Value::object(new Method(function, self));
  decref(function);
  decref(self);
  return method;
}

// LOAD_ATTR: replaces the object at sp[-1] by its attribute named as in `cache`; false, with the
// error left in ts.pending_exception (as native_call_or_caught() below), when there is none.
// A module's attribute (a new reference) from the slot that the cache remembers, or found by name
// and then remembered; Undefined when the module lacks it (find_attribute() says what then).
Value module_attribute(AttributeCache& cache, Module& module) {
  Value v = module.get_cached(cache.module_slot.load(std::memory_order_relaxed));
  if (v.is_undefined()) {
    if (const auto key = module.cache_key(as_str(cache.name)->text)) {
      cache.module_slot.store(*key, std::memory_order_relaxed);
      v = module.get_cached(*key);
    }
  }
  return v;
}

// The dict of attributes that scripts set on the function `object` (`wrapper.calls`), when the
// cache's name is not a dunder one: such a name is found there and nowhere else (find_attribute()
// tests the others' names first: `__name__`, `__wrapped__` as functools.wraps sets it). Null
// for anything else, and for a function with no attributes set.
Dict* function_attributes(Value object, const AttributeCache& cache) {
  if (!is_kind(object, Kind::Function)) return nullptr;
  const Value attributes = static_cast<Function*>(object.obj)->attributes;
  const std::string& name = as_str(cache.name)->text;
  if (!attributes.is_obj() || (name.size() > 1 && name[0] == '_' && name[1] == '_'))
    return nullptr;
  return static_cast<Dict*>(attributes.obj);
}

[[gnu::noinline]] bool load_attribute(ThreadState& ts, AttributeCache& cache, Value* sp) {
  const Value name = cache.name;
  Value object = sp[-1];
  if (Dict* attributes = function_attributes(object, cache)) {
    if (Value v = attributes->get(name); !v.is_undefined()) {
      sp[-1] = v;
      decref(object);
      return true;
    }
  }
  if (is_kind(object, Kind::Module)) {
    if (Value v = module_attribute(cache, *static_cast<Module*>(object.obj)); !v.is_undefined()) {
      sp[-1] = v;
      decref(object);
      return true;
    }
  }
  Value attribute, self;
  if (cached_lookup(ts, cache, object, name, attribute, self)) {
    if (!self.is_undefined()) attribute = bind_method(attribute, self);
  } else {
    // Filled first: a property's getter that reads the same attribute (recursion, a getter
    // calling code that reads it) then hits, as a frame of run(), instead of nesting run()s.
    fill_cache(ts, cache, object, name);
    try {
      attribute = find_attribute_or_pending(ts, object, *as_str(name));
    } catch (ScriptException& error) {
      hold_pending(ts, error);
      return false;
    }
    if (attribute.is_undefined() && !ts.pending_exception.is_undefined())
      return false;  // its __getattr__'s error
    if (attribute.is_undefined()) {  // made without a throw, as scripts often catch it
      raise_pending(ts, no_attribute_error(object, as_str(name)->text));
      return false;
    }
  }
  sp[-1] = attribute;
  decref(object);
  return true;
}

// STORE_ATTR: object.name = value, the object at sp[-1], the value below it (both left there).
// STORE_ATTR's slow path: false with the exception pending for a name that a script instance
// without a __dict__ (its class's __slots__) has no slot for, nor its class anything of (`o.b =
// 1`: no C++ throw); other errors are thrown.
[[gnu::noinline]] bool store_attribute(ThreadState& ts, AttributeCache& cache, Value* sp) {
  const Value name = cache.name;
  if (cached_store(cache, sp[-1], name, sp[-2])) return true;
  if (Dict* attributes = function_attributes(sp[-1], cache)) {  // `wrapper.calls += 1`
    attributes->set(name, sp[-2]);
    return true;
  }
  // A class with its own __setattr__ is never cached: every store must call it.
  const Value args[3] = {sp[-1], name, sp[-2]};
  if (call_attribute_hook(ts, NAME_KEY("__setattr__"), args, 3)) return true;
  if (is_kind(sp[-1], Kind::ScriptInstance) &&
      !static_cast<ScriptInstance*>(sp[-1].obj)->has_dict() && as_str(name)->text != "__class__" &&
      as_str(name)->text != "__dict__") {
    Class& cls = *static_cast<ScriptInstance*>(sp[-1].obj)->cls;
    const Value raw = class_lookup_named(Value::object(&cls), *as_str(name));
    if (raw.is_undefined()) {
      raise_pending(ts, no_attribute_error(sp[-1], as_str(name)->text));
      return false;
    }
    decref(raw);
  }
  set_attribute_plain(ts, sp[-1], *as_str(name), sp[-2]);
  if (is_kind(sp[-1], Kind::ScriptInstance)) fill_cache(ts, cache, sp[-1], name);
  return true;
}

// LOAD_METHOD: replaces the object at sp[-1] by (method, object), for a script function found
// on its class (not shadowed by an instance attribute) or a builtin type's method, by
// (function, class) for a classmethod, else by (getattr(object, name), Undefined). Returns the
// new top.
[[gnu::noinline]] Value* load_method(ThreadState& ts, AttributeCache& cache, Value* sp) {
  const Value name_value = cache.name;
  Value object = sp[-1];
  const Str& name = *as_str(name_value);
  if (is_kind(object, Kind::Module)) {  // (attribute, Undefined): CALL_METHOD makes it a CALL
    if (Value v = module_attribute(cache, *static_cast<Module*>(object.obj)); !v.is_undefined()) {
      sp[-1] = v;
      decref(object);
      *sp++ = Value::undefined();
      return sp;
    }
  }
  if (is_kind(object, Kind::Super)) {  // super().m(...): the function and the object as self
    const auto& super_object = *static_cast<Super*>(object.obj);
    if (Value function = super_function(super_object.after, super_object.self, name_value);
        !function.is_undefined()) {
      Value self = super_object.self;
      incref(self);
      sp[-1] = function;
      *sp++ = self;
      decref(object);
      return sp;
    }
  }
  // A builtin object's method (`with lock:`, `q.put(x)`): the method and the object, as for a
  // builtin type's method below, no bound method made. (Its kind tested here: the call costs
  // every other object, `bytes.fromhex`'s type among them, more than the test.)
  if (const uint64_t word =
          is_kind(object, Kind::Instance) ? instance_type_method_word(ts, object, name) : 0) {
    sp[-1] = native_method_slot(word);
    *sp++ = object;
    return sp;
  }
  Value attribute, self;
  if (cached_lookup(ts, cache, object, name_value, attribute, self)) {
    sp[-1] = attribute;
    *sp++ = self;
    decref(object);
    return sp;
  }
  // An instance of a class with its own __getattribute__ (it has no ways): what that gives, below.
  const bool hooked = (is_kind(object, Kind::ScriptInstance) ||
                       is_builtin_subclass_instance(object)) &&
                      !Ref::steal(instance_getattribute(object)).get().is_undefined();
  // A subclass's instance's builtin method (a Stack(list)'s `self.append(x)`), no bound method
  // made: as a builtin object's below, but found each time (its class may come to override it).
  if (const NativeFn fn = hooked ? nullptr : subclass_builtin_method(object, name)) {
    if (const uint64_t word = native_method_word(fn)) {
      sp[-1] = native_method_slot(word);
      *sp++ = object;
      return sp;
    }
  }
  // (An address beyond 48 bits has no word: the method is bound below, as get_attribute's.)
  const NativeFn fn = builtin_method(object, name);
  if (const uint64_t word = fn ? native_method_word(fn) : 0) {
    // The name is the instruction's: the site's builtin method depends on the type only. The
    // in-line hit (LOAD_METHOD) checks the cache; a miss comes here.
    if (const uint64_t key = builtin_method_key(object, fn))
      cache.builtin_method.store(key, std::memory_order_relaxed);
    sp[-1] = native_method_slot(word);
    *sp++ = object;  // the stack's reference moves up
    return sp;
  }
  if (is_kind(object, Kind::ScriptInstance) && !hooked) {
    auto* instance = static_cast<ScriptInstance*>(object.obj);
    Ref raw = Ref::steal(class_lookup(Value::object(instance->cls), name_value));
    if (is_kind(raw.get(), Kind::Function) && !instance->has_own(name_value)) {
      fill_cache(ts, cache, object, name_value);
      sp[-1] = raw.release();
      *sp++ = object;
      return sp;
    }
  }
  attribute = get_attribute(ts, object, name);
  fill_cache(ts, cache, object, name_value);
  sp[-1] = attribute;
  decref(object);
  *sp++ = Value::undefined();
  return sp;
}

// CALL_METHOD of a builtin type's method (CALL_METHOD_KW: `names` the last arguments' keywords,
// the tuple's reference on the stack above them): the pair and `count` arguments at `pair` become
// the result (Undefined after the method's raise_pending()). Returns the new top.
[[gnu::noinline]] Value* call_native_method(ThreadState& ts, Value* pair, size_t count,
                                            const Tuple* names = nullptr) {
  const NativeFn fn = native_method_fn(static_cast<uint64_t>(pair[0].i));
  Args args;
  args.positional = pair + 2;
  args.count = count;
  if (names) {  // CALL_METHOD_KW: the last of the arguments are keyword ones, the names above them
    args.count = count - names->items.size();
    args.keyword_values = pair + 2 + args.count;
    args.keyword_names = names;
  }
  Value result;
  try {  // a throw caught here crosses no more frames (run()'s tables are large)
    result = fn(ts, pair[1], args);
  } catch (ScriptException& error) {
    result = hold_pending(ts, error);
  }
  const size_t on_stack = count + (names ? 1 : 0);  // the names' reference too
  for (Value* p = pair + 1; p < pair + 2 + on_stack; ++p) decref(*p);
  pair[0] = result;
  return pair + 1;
}

// The end of CALL_METHOD of a builtin method with `kCount` positional arguments: the object and
// the arguments released, the result in the pair's place. Returns the stack top.
template <size_t kCount>
[[gnu::always_inline]] inline Value* finish_native_method_call(Value* pair, Value result) {
  decref(pair[1]);
  if constexpr (kCount >= 1) decref(pair[2]);
  if constexpr (kCount >= 2) decref(pair[3]);
  pair[0] = result;
  return pair + 1;
}

// call_native_method() of a call of 0 to 2 positional arguments (`s.upper()`, `l.index(x)`,
// `d.setdefault(k, [])`): no keywords to count and the stack released with no loop.
template <size_t kCount>
[[gnu::noinline]] Value* call_native_method_of(ThreadState& ts, Value* pair) {
  const NativeFn fn = native_method_fn(static_cast<uint64_t>(pair[0].i));
  const Args args{pair + 2, kCount, pair + 2 + kCount, nullptr};
  Value result;
  try {  // as call_native_method()
    result = fn(ts, pair[1], args);
  } catch (ScriptException& error) {
    result = hold_pending(ts, error);
  }
  return finish_native_method_call<kCount>(pair, result);
}

// CALL_METHOD of a FixedArityMethod with `kCount` positional arguments (its `takes(kCount)`):
// its body for them, called with the stack's values, no Args made nor checked; as
// call_native_method_of() otherwise.
template <size_t kCount>
[[gnu::noinline]] Value* call_fixed_arity_method(ThreadState& ts, Value* pair) {
  const FixedArityMethod& method = native_method_fixed(static_cast<uint64_t>(pair[0].i));
  Value result;
  try {  // as call_native_method()
    if constexpr (kCount == 0) result = method.call0(ts, pair[1]);
    if constexpr (kCount == 1) result = method.call1(ts, pair[1], pair[2]);
    if constexpr (kCount == 2) result = method.call2(ts, pair[1], pair[2], pair[3]);
  } catch (ScriptException& error) {
    result = hold_pending(ts, error);
  }
  return finish_native_method_call<kCount>(pair, result);
}

// CALL_METHOD of a module's native function (`math.sqrt(x)`, `heapq.heappush(h, x)`: LOAD_METHOD
// left (function, Undefined)): called where its arguments lie, not moved down over the Undefined
// for a CALL. The pair and the arguments become the result (Undefined after the function's
// raise, as native_call_or_caught() leaves it). Returns the new top.
[[gnu::noinline]] Value* call_native_attribute(ThreadState& ts, Value* pair, size_t count) {
  const Native& native = *static_cast<Native*>(pair[0].obj);
  Value result;
  try {  // as native_call_or_caught(), without its tests of the callee and the keywords
    result = count == 1 && native.call1   ? native.call1(pair[2])
             : count == 2 && native.call2 ? native.call2(pair[2], pair[3])
                                          : call_native_function(ts, native, pair + 2, count,
                                                                 nullptr);
  } catch (ScriptException& error) {
    result = hold_pending(ts, error);
  }
  for (Value* p = pair + 2; p < pair + 2 + count; ++p) decref(*p);
  decref(pair[0]);
  pair[0] = result;
  return pair + 1;
}

// BINARY_SLICE and STORE_SLICE (a step on the stack when `has_step`), out of line so that their
// loops over the stack do not weigh on run()'s register allocation. Return the new top; raise
// with the stack untouched.
[[gnu::noinline]] Value* binary_slice(Value* sp, uint32_t has_step) {
  Value* bounds = sp - 2 - has_step;  // start, stop[, step], with the container below them
  const Value container = bounds[-1];
  bounds[-1] =
      is_exact_list(container)
          ? list_slice_from_stack(*as_list(container), bounds, has_step)
          : get_slice(container, bounds[0], bounds[1], has_step ? bounds[2] : Value::none());
  decref(bounds[0]);  // each value released in turn, with no loop
  decref(bounds[1]);
  if (has_step) decref(bounds[2]);
  decref(container);
  return bounds;
}
// BINARY_SLICE with a step (at sp[-1]): true, with the ValueError pending, for a step 0 of a
// builtin sequence (`s[::step]` caught: no C++ throw). Apart from binary_slice(), so that the
// slices without a step pay one test in run() for it.
[[gnu::noinline]] bool zero_slice_step_pending(ThreadState& ts, const Value* sp) {
  const Value container = sp[-4];
  if (!(sp[-1].is_int() && sp[-1].i == 0 &&
        (is_exact_list(container) || is_exact_tuple(container) || is_kind(container, Kind::Str) ||
         is_kind(container, Kind::Bytes))))
    return false;
  raise_pending(ts, exc::ValueError, "slice step cannot be zero");
  return true;
}
[[gnu::noinline]] Value* store_slice(Value* sp, uint32_t has_step) {
  Value* bounds = sp - 2 - has_step;  // start, stop[, step], with the container and value below
  const Value container = bounds[-1];
  if (is_exact_list(container)) {
    assign_list_slice_from_stack(*as_list(container), bounds, has_step, bounds[-2]);
    decref(bounds[0]);
    decref(bounds[1]);
    if (has_step) decref(bounds[2]);
    decref(container);
    decref(bounds[-2]);  // a temporary's items are the slice's old ones now: released here
    return bounds - 2;
  }
  set_slice(container, bounds[0], bounds[1], has_step ? bounds[2] : Value::none(), bounds[-2]);
  while (sp > bounds - 2) decref(*--sp);
  return sp;
}

// Whether a call of `code` gives a generator: past its cells, it starts with RETURN_GENERATOR.
bool makes_generator(const Code& code) {
  for (Instruction ins : code.code) {
    const Op op = decode_op(ins);
    if (op == Op::RETURN_GENERATOR) return true;
    if (op != Op::MAKE_CELL && op != Op::COPY_FREE_VARS) return false;
  }
  return false;
}

// Whether `code` is `def f(self): return self`: all it does is return its one argument, so a
// call of it may be left out (GET_ITER's `__iter__` of an iterator class).
bool returns_its_argument(const Code& code) {
  return code.arity == 1 && code.plain_parameters() && code.code.size() >= 2 &&
         decode_op(code.code[0]) == Op::LOAD_LOCAL && decode_operand(code.code[0]) == 0 &&
         decode_op(code.code[1]) == Op::RETURN;
}

// `item in container` (IN, NOT_IN and their fused jumps) answered by a set's or a dict's in-line
// probe, with nothing called that may raise or run a script, so that the frame need not be synced
// first: sets and dicts are what scripts test membership in (`w not in seen`, `k in counts`).
// A tuple's items (`tok in (("op", "+"), ("op", "-"))`, `ch in ("a", "b")`) are compared in line
// too while compare_table_keys() decides: ints, strs and tuples of them; the first item it cannot
// decide leaves the whole test to contains(), whose comparisons of the items before it run no
// script code either.
// kUndecided for any other container or key, which contains() takes.
[[gnu::always_inline]] inline Membership membership_in_line(Value container, Value item) {
  if (container.tag == Tag::Obj) {
    if (container.obj->kind == Kind::Set) return as_set(container)->inline_membership(item);
    if (is_dict_without(container, kSubclassContains))
      return static_cast<Dict*>(container.obj)->membership(item);
    if (container.obj->kind == Kind::Tuple && !as_tuple(container)->subclass) {
      for (Value v : as_tuple(container)->items) {
        const KeysCompared compared = compare_table_keys(v, item);
        if (compared == kKeysEqual) return Membership::kPresent;
        if (compared == kKeysUndecided) return Membership::kUndecided;
      }
      return Membership::kAbsent;
    }
  }
  return Membership::kUndecided;
}

// contains() for the cases membership_in_line() leaves: kUndecided with the exception pending
// for an unhashable builtin looked up in a set or a dict (`[1] in seen` caught in a loop: no C++
// throw; a set looked up in a set stands for its frozenset).
[[gnu::noinline]] Membership contains_or_pending(ThreadState& ts, Value container, Value item) {
  if (unhashable_builtin(item) && container.is_obj() &&
      ((container.obj->kind == Kind::Set && item.obj->kind != Kind::Set) ||
       is_dict_without(container, kSubclassContains))) {
    raise_pending(ts, unhashable_error(item));
    return Membership::kUndecided;
  }
  return contains(container, item) ? Membership::kPresent : Membership::kAbsent;
}

// The items an unpacking takes from `sequence` (owned, into `items`): all of a list's or a
// tuple's, else at most `most` from its iterator (an exact unpack asks for one more than it
// needs, to tell "too many" without running an endless iterator to its end, as CPython). False,
// with what it had taken released and the exception pending, if iterating raised.
bool unpacked_items(ThreadState& ts, Value sequence, size_t most, std::vector<Value>& items) {
  if (!sequence.is_obj()) {  // `a, b = 5`, `x, y = None`: no C++ throw
    raise_pending(ts, exc::TypeError,
                  "cannot unpack non-iterable " + type_name(sequence) + " object");
    return false;
  }
  try {
    if (is_exact_list(sequence) || is_exact_tuple(sequence)) {
      items = sequence_items(sequence);
      return true;
    }
    Ref iterator = Ref::steal(iterator_of(sequence, [&] {  // `a, b = 5`
      return "cannot unpack non-iterable " + type_name(sequence) + " object";
    }));
    Value next;
    while (items.size() < most && iterator_next(iterator.get(), next)) items.push_back(next);
    return true;
  } catch (ScriptException& error) {
    for (Value v : items) decref(v);
    hold_pending(ts, error);
    return false;
  }
}

// UNPACK: replaces the sequence at sp[-1] by its `count` items, first item on top. Returns the
// new top, or null with the exception pending and the stack untouched: a wrong length's
// ValueError is raised without a C++ throw (scripts catch it: `k, v = line.split("=")`), as an
// iterator's error is caught.
[[gnu::noinline]] Value* unpack_sequence_or_pending(ThreadState& ts, Value* sp, uint32_t count) {
  Value sequence = sp[-1];  // not a tuple of `count` items: UNPACK has those in line
  // A list of `count` items (`a, b, c = line.split(",")`) straight from its vector, under a GIL
  // (free-threaded, sequence_items() copies them under the list's lock).
  if (is_exact_list(sequence) && !free_threaded() && as_list(sequence)->items.size() == count) {
    const Value* const from = as_list(sequence)->items.data();
    --sp;
    for (size_t i = count; i-- > 0;) {
      incref(from[i]);
      *sp++ = from[i];
    }
    decref(sequence);
    return sp;
  }
  std::vector<Value> items;  // owned
  if (!unpacked_items(ts, sequence, size_t{count} + 1, items)) return nullptr;
  if (items.size() != count) {
    for (Value v : items) decref(v);
    raise_pending(ts, exc::ValueError,
                  items.size() < count
                      ? "not enough values to unpack (expected " + std::to_string(count) +
                            ", got " + std::to_string(items.size()) + ")"
                      : "too many values to unpack (expected " + std::to_string(count) + ")");
    return nullptr;
  }
  --sp;
  for (size_t i = items.size(); i-- > 0;) *sp++ = items[i];
  decref(sequence);
  return sp;
}

// UNPACK_EX: replaces the sequence at sp[-1] by `before` items, a list of the middle ones and
// `after` items, first on top. Returns the new top, or null with the exception pending (as
// unpack_sequence_or_pending()).
[[gnu::noinline]] Value* unpack_starred_or_pending(ThreadState& ts, Value* sp, uint32_t before,
                                                   uint32_t after) {
  Value sequence = sp[-1];
  std::vector<Value> items;  // owned
  if (!unpacked_items(ts, sequence, SIZE_MAX, items)) return nullptr;
  if (items.size() < before + after) {
    for (Value v : items) decref(v);
    raise_pending(ts, exc::ValueError,
                  "not enough values to unpack (expected at least " +
                      std::to_string(before + after) + ", got " + std::to_string(items.size()) +
                      ")");
    return nullptr;
  }
  std::vector<Value> middle(items.begin() + before, items.end() - after);
  Value list = make_list(std::move(middle));
  --sp;
  decref(sequence);
  for (size_t i = items.size(); i-- > items.size() - after;) *sp++ = items[i];
  *sp++ = list;
  for (size_t i = before; i-- > 0;) *sp++ = items[i];
  return sp;
}

// Whether a generator's frame, resumed at `sp`, fits on the thread's value stack (the frame
// stack's room is the caller's to check).
bool generator_frame_fits(const ThreadState& ts, const Generator& generator, const Value* sp) {
  return sp + generator.frame_room <= ts.stack_end;
}

// The handler blocks and handled exceptions of a generator paused inside `try`/`with` or an
// except clause go back onto the thread's (the frame just pushed owns them).
[[gnu::noinline]] void restore_generator_blocks(ThreadState& ts, Generator& generator) {
  for (HandlerBlock h : generator.handlers) {
    h.handled_depth += static_cast<uint32_t>(ts.handled_exceptions.size());
    ts.handlers.push_back(h);
  }
  generator.handlers.clear();
  ts.handled_exceptions.insert(ts.handled_exceptions.end(), generator.handled.begin(),
                               generator.handled.end());
  generator.handled.clear();
  generator.holds_blocks = false;
}

// Pushes a claimed (Running) generator's frame at `sp`: the generator in the callee slot, its
// values moved back, `sent` (borrowed) as the value of the paused `yield`, its handler blocks and
// handled exceptions. Returns the new top. The caller has checked the stack's and frames' room.
// Inlined: FOR_ITER resumes a generator per item, and a call costs a dozen instructions more.
// kFreeThreaded: run()'s mode (these, inlined there, look at no global mode per resumption).
// kSkipPop: a `yield` statement's value, pushed only for the POP after it to drop, is not pushed
// and the POP is skipped (FOR_ITER's resumptions: the exception of a throw() comes out of the
// `yield` itself, as resume_claimed_generator() has it).
template <bool kFreeThreaded, bool kSkipPop = false>
[[gnu::always_inline]] inline Value* push_generator_frame(ThreadState& ts, Generator& generator,
                                                          Value* sp, Value sent) {
  incref_in_mode<kFreeThreaded>(&generator);
  *sp++ = Value::object(&generator);  // the callee slot: YIELD_VALUE finds its generator there
  Value* locals = sp;
  sp = generator.frame_values.restore(sp);  // the references move back
  const Instruction* resume = generator.function->code->code.data() + generator.resume_at;
  if (generator.started) {
    if (kSkipPop && decode_op(*resume) == Op::POP) {
      ++resume;
    } else {
      incref_in_mode<kFreeThreaded>(sent);
      *sp++ = sent;  // the value of the `yield` expression
    }
  }
  generator.started = true;
  ts.frames.push_back({generator.function, resume, locals, ts.handlers.size(),
                       ts.handled_exceptions.size()});
  if (generator.holds_blocks) [[unlikely]]
    restore_generator_blocks(ts, generator);
  return sp;
}

// FOR_ITER over a generator: claims it and pushes its frame above the loop's stack top `sp`,
// sending None. Returns the new top, or nullptr, leaving the generator as it was, when the slow
// path must decide (finished, already executing, or no room: it raises RecursionError).
// `frames_full`: the frame stack has no room for one more.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value* enter_generator(ThreadState& ts, Generator& generator,
                                                     Value* sp, bool frames_full) {
  if (frames_full || !generator_frame_fits(ts, generator, sp)) return nullptr;
  if (generator.claim_in_mode<kFreeThreaded>() != Generator::State::Suspended) return nullptr;
  return push_generator_frame<kFreeThreaded, true>(ts, generator, sp, Value::none());
}

// SEND of a `yield from` whose inner iterator (below `sent`, the top of `sp`) is a generator:
// claims it and pushes its frame just above it, sending `sent`. Returns the new top, or nullptr,
// leaving everything as it was, when yield_from_send() must decide: an exception thrown into the
// outer generator `outer` to forward, a non-None value sent to a generator not started, one
// finished or already executing, or no room (it raises RecursionError).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value* enter_sent_generator(ThreadState& ts, Value outer, Value* sp,
                                                          bool frames_full) {
  const Value inner = sp[-2], sent = sp[-1];
  if (frames_full || !inner.is_obj() || inner.obj->kind != Kind::Generator ||
      !is_kind(outer, Kind::Generator) ||
      !static_cast<Generator*>(outer.obj)->forwarded.is_undefined())
    return nullptr;
  auto& generator = *static_cast<Generator*>(inner.obj);
  if ((!generator.started && !sent.is_none()) || !generator_frame_fits(ts, generator, sp - 1) ||
      generator.claim_in_mode<kFreeThreaded>() != Generator::State::Suspended)
    return nullptr;
  Value* top = push_generator_frame<kFreeThreaded>(ts, generator, sp - 1, sent);
  decref_in_mode<kFreeThreaded>(sent);  // push_generator_frame() took its own
  return top;
}

// After SEND pushed a generator's frame (its stack top `top`): while the innermost
// frame is at the SEND of a `yield from` (where yield_from_resume_at() resumes it) whose inner
// iterator is a generator enter_sent_generator() takes, that SEND runs here, as dispatched (its
// tick counted; one that would expire is left to the instruction): the next level's frame
// pushed, no frame loaded, no dispatch and no poll per level (the caller polls once). Returns
// the innermost frame's top.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value* send_down_chain(ThreadState& ts, Value* top,
                                                     [[maybe_unused]] TickCountdown& ticks) {
  for (;;) {
    Frame& inner = ts.frames.back();
    if (decode_op(*inner.ip) != Op::SEND) return top;
#ifndef GILVM_NO_EVAL_BREAKER
    if (ticks.left <= 0) return top;
#endif
    Value* const deeper =
        enter_sent_generator<kFreeThreaded>(ts, inner.locals[-1], top, &inner >= ts.last_frame);
    if (deeper == nullptr) return top;
#ifndef GILVM_NO_EVAL_BREAKER
    --ticks.left;
#endif
    ++inner.ip;  // past its SEND, as the instruction's SYNC leaves it
    top = deeper;
  }
}

// next(g) (CALL of the builtin next, its one or two arguments at `args`, the generator first):
// claims it and pushes its frame above them, sending None (kNextCall). Returns the new top, or
// nullptr, leaving everything as it was, when the native next() must decide (finished, already
// executing, or no room: it raises RecursionError).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value* enter_next_generator(ThreadState& ts, Value* args,
                                                          size_t count, bool frames_full) {
  Value* top = enter_generator<kFreeThreaded>(ts, *static_cast<Generator*>(args[0].obj),
                                              args + count, frames_full);
  if (top == nullptr) return nullptr;
  ts.frames.back().on_return = FrameReturn::kNextCall;
  ts.frames.back().zip_index = static_cast<uint8_t>(count);
  return top;
}

// sum(g), list(g), ... (CALL of a consumer builtin `kind` with its one argument, the generator
// `args[0]`; sep.join(g), CALL_METHOD's): the consumer's accumulator goes above the argument and
// the generator's frame above that, sending None (kConsume). Returns the new top, or nullptr, leaving everything as it was,
// when the native builtin must run (finished, already executing, or no room).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value* enter_consumed_generator(ThreadState& ts, Value* args,
                                                              Native::InLine kind,
                                                              bool frames_full) {
  auto& generator = *static_cast<Generator*>(args[0].obj);
  if (frames_full || !generator_frame_fits(ts, generator, args + 2)) return nullptr;
  const Value accumulator = consumer_start(kind);
  if (generator.claim_in_mode<kFreeThreaded>() != Generator::State::Suspended) {
    decref_in_mode<kFreeThreaded>(accumulator);
    return nullptr;
  }
  args[1] = accumulator;
  Value* const top = push_generator_frame<kFreeThreaded, true>(ts, generator, args + 2, Value::none());
  ts.frames.back().on_return = FrameReturn::kConsume;
  ts.frames.back().zip_index = static_cast<uint8_t>(kind);
  return top;
}

// A consumer's generator (kConsume) yielded `args[2]`, an item its accumulator `args[1]` declined,
// and is suspended: consumer_rest() gives the call's result (it takes the two, whose slots are
// left None), or Undefined with the exception pending.
[[gnu::noinline]] Value consumer_rest_or_pending(ThreadState& ts, Native::InLine kind, Value* args) {
  const Value accumulator = args[1], item = args[2];
  args[1] = args[2] = Value::none();
  try {
    return consumer_rest(ts, kind, accumulator, item, args[0], args[-1]);
  } catch (ScriptException& error) {
    return hold_pending(ts, error);
  }
}

// Replaces a consumer's call, from its callee (or for join, from the method's word and the
// separator, CALL_METHOD's pair) up to `top`, with `result`; returns the new top. A generator
// released here may be finalized, running script code above the synced top.
Value* end_consumer_call(Value* args, Value* top, Native::InLine kind, Value result) {
  Value* const call = kind == Native::InLine::kJoin ? args - 2 : args - 1;
  for (Value* p = call; p < top; ++p) decref(*p);
  *call = result;
  return call + 1;
}

// g.send(value) (CALL_METHOD of a generator's send, `pair` its method's slot, the generator and
// the value): claims it and pushes its frame above them, sending the value, as next(g, default)
// (kNextCall of two arguments: its yield replaces the call with the item and drops the value).
// Returns the new top, or nullptr, leaving everything as it was, when generator_send() must
// decide (a value other than None sent to a generator not started, finished, already executing,
// or no room: it raises RecursionError).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value* enter_send_call(ThreadState& ts, Value* pair,
                                                     bool frames_full) {
  auto& generator = *static_cast<Generator*>(pair[1].obj);
  Value* const top = pair + 3;
  if (frames_full || (!generator.started && !pair[2].is_none()) ||
      !generator_frame_fits(ts, generator, top) ||
      generator.claim_in_mode<kFreeThreaded>() != Generator::State::Suspended)
    return nullptr;
  Value* const frame_top = push_generator_frame<kFreeThreaded>(ts, generator, top, pair[2]);
  ts.frames.back().on_return = FrameReturn::kNextCall;
  ts.frames.back().zip_index = 2;
  return frame_top;
}

// GENERATOR_RETURN of a generator that FOR_ITER, SEND, next() or send() resumed in this run(): it
// finishes and its frame goes. Below the frame is the generator itself, the loop's or `yield
// from`'s iterator. A loop drops it and what it returned; `yield from` replaces it with what it
// returned, the value of the expression. next() gives its default; without one, or for send(),
// the call stays on the stack and StopIteration (with what it returned, as CPython's) is left
// pending, for the caller to raise at the call. Returns the caller's new top.
[[gnu::noinline]] Value* finish_resumed_generator(ThreadState& ts, const Frame& frame, Value* sp) {
  static_cast<Generator*>(frame.locals[-1].obj)->state.store(Generator::State::Finished);
  Value result = *--sp;
  for (Value* p = frame.locals - 1; p < sp; ++p) decref(*p);
  release_frame_blocks(ts, frame);
  Value* top = frame.locals - 1;
  const FrameReturn on_return = frame.on_return;
  const bool zip_item = on_return == FrameReturn::kZipItem;
  const size_t row_items = frame.zip_index;
  ts.frames.pop_back();
  if (on_return == FrameReturn::kConsume) {  // the call's result replaces it, or its error
    decref(result);
    Value* const args = top - 2;
    const Value accumulator = args[1];
    args[1] = Value::none();
    ts.stack_top = top;  // sorted()'s comparisons may run script code above it
    const auto kind = static_cast<Native::InLine>(row_items);
    Value consumed;
    try {
      consumed = consumer_result(ts, kind, accumulator, args[-1]);
    } catch (ScriptException& error) {
      hold_pending(ts, error);
      return top;
    }
    return end_consumer_call(args, top, kind, consumed);  // the generator has finished
  }
  if (on_return == FrameReturn::kNextCall) {
    Value* const args = top - row_items;
    // next(g, default); send()'s callee slot holds a builtin method's word (Undefined-tagged).
    if (row_items == 2 && !args[-1].is_undefined()) {
      decref(result);
      const Value callee = args[-1], generator = args[0];
      args[-1] = args[1];
      decref(generator);
      decref(callee);
      return args;
    }
    std::vector<Value> stop_args;
    if (result.is_none()) {
      decref(result);
    } else {
      stop_args.push_back(result);
    }
    ts.pending_exception =
        Value::object(new ExceptionObject(exc::StopIteration, make_tuple(std::move(stop_args))));
    ts.pending_add_traceback = true;
    ts.stack_top = top;
    return top;
  }
  if (zip_item) {  // the zip ran out: its row so far goes, and the zip, as the loop ends
    decref(result);
    Value* zip = top - row_items - 1;
    for (Value* p = zip; p < top; ++p) decref(*p);
    return zip;
  }
  decref(top[-1]);
  if (decode_op(ts.frames.back().ip[-1]) == Op::SEND) {
    top[-1] = result;
    return top;
  }
  decref(result);
  return top - 1;
}

// FOR_ITER over a zip or enumerate of generators (`for a, b in zip(gen1(), gen2())`, `for i, x
// in enumerate(gen())`, `for _, x in zip(range(n), gen())`): under a GIL, the row's items are
// gathered on the loop's stack, each generator resumed in this run() as FOR_ITER resumes one,
// its frame marked kZipItem: its YIELD_VALUE puts the item above the iterator and comes back
// here (YIELD_VALUE's kZipItem exit), its end ends the loop (finish_resumed_generator()). No
// native next() and no run() per item, which cost these loops more than CPython's.
// An iterator eligible for it: an enumerate of a generator, or a zip, not strict, of a few
// inputs of which one at least is a generator, no generator twice (it would be resumed while
// running); the zip's other inputs give their items as FOR_ITER takes them (in_line_next(),
// else iterator_next()).
constexpr size_t kZipInLine = 4;
// Inlined: FOR_ITER asks per row, and `for i, x in enumerate(a_list)` passes on after a few
// instructions. An iterator's inputs are objects (iterators).
[[gnu::always_inline]] inline bool row_of_generators(const Iterator& it) {
  if (it.source != Iterator::Source::Zip) {
    return it.source == Iterator::Source::Enumerate &&
           it.inputs[0].obj->kind == Kind::Generator;
  }
  const size_t count = it.inputs.size();
  if (it.strict || count - 1 >= kZipInLine) return false;
  const Value* const inputs = it.inputs.data();
  if (count == 2) {  // the commonest, zip(a, b) of two lists as often as not: no loop
    const Object *a = inputs[0].obj, *b = inputs[1].obj;
    return (a->kind == Kind::Generator || b->kind == Kind::Generator) && a != b;
  }
  bool any = false;
  for (size_t i = 0; i < count; ++i) {
    if (inputs[i].obj->kind != Kind::Generator) continue;
    for (size_t j = 0; j < i; ++j)
      if (inputs[j].obj == inputs[i].obj) return false;
    any = true;
  }
  return any;
}

enum class ZipStep : uint8_t {
  kResumed,       // a generator's frame was pushed for the next item
  kRow,           // the row is a tuple on the stack
  kRowUnpacked,   // the row is on the stack as the UNPACK at `ip` leaves it (the caller skips it)
  kDone,          // an input ran out: the row so far and the iterator went; the loop ends
};

// The row of the zip or enumerate at `items[-1]` from input `next` on, the items before it at
// `items` (up to `sp`): the next generator resumed here (kResumed), or the row completed (an
// input that is no generator, or one that cannot be resumed here, finished or running or with no
// room left, gives its item in line or by iterator_next(), which raises as next() would). An
// enumerate's number goes below its item once the item has come, as CPython's enum_next counts
// after the input's next(). Leaves the new top in ts.stack_top.
[[gnu::noinline]] ZipStep zip_row_next(ThreadState& ts, Value* items, Value* sp, size_t next,
                                       const Instruction* ip) {
  Iterator& it = *static_cast<Iterator*>(items[-1].obj);
  const size_t inputs = it.inputs.size();
  for (; next < inputs; ++next) {
    if (it.inputs[next].obj->kind == Kind::Generator) {
      auto& generator = *static_cast<Generator*>(it.inputs[next].obj);
      if (&ts.frames.back() < ts.last_frame && generator_frame_fits(ts, generator, sp) &&
          generator.claim_in_mode<false>() == Generator::State::Suspended) {
        ts.stack_top = push_generator_frame<false, true>(ts, generator, sp, Value::none());
        ts.frames.back().on_return = FrameReturn::kZipItem;
        ts.frames.back().zip_index = static_cast<uint8_t>(next);
        return ZipStep::kResumed;
      }
    }
    ts.stack_top = sp;  // the items so far are the unwinding's to release if next() raises
    Value item;
    // `zip(range(n), gen())`: a range's, list's or tuple's next item in line, as FOR_ITER's.
    const InLineNext in_line = in_line_next(it.inputs[next], false, item);
    if (in_line == InLineNext::kDone ||
        (in_line == InLineNext::kOther && !iterator_next(it.inputs[next], item))) {
      for (Value* p = items - 1; p < sp; ++p) decref(*p);
      ts.stack_top = items - 1;
      return ZipStep::kDone;
    }
    *sp++ = item;
  }
  size_t count = inputs;
  if (it.source == Iterator::Source::Enumerate) {
    ts.stack_top = sp;  // the item is the unwinding's if a big int's count fails
    const Value number = take_enumerate_count(it);
    items[1] = items[0];
    items[0] = number;
    ++sp;
    count = 2;
  }
  if (decode_op(*ip) == Op::UNPACK && decode_operand(*ip) == count) {
    std::reverse(items, sp);  // UNPACK leaves the first item on top
    ts.stack_top = sp;
    return ZipStep::kRowUnpacked;
  }
  *items = make_tuple(items, count);
  ts.stack_top = items + 1;
  return ZipStep::kRow;
}

// The handler blocks and handled exceptions above `frame`'s bases move into its generator, the
// blocks' handled depths made relative to the frame.
[[gnu::noinline]] void save_generator_blocks(ThreadState& ts, const Frame& frame,
                                             Generator& generator) {
  generator.handlers.assign(ts.handlers.begin() + static_cast<ptrdiff_t>(frame.handler_base),
                            ts.handlers.end());
  for (HandlerBlock& h : generator.handlers)
    h.handled_depth -= static_cast<uint32_t>(frame.handled_base);
  ts.handlers.resize(frame.handler_base);
  generator.handled.assign(
      ts.handled_exceptions.begin() + static_cast<ptrdiff_t>(frame.handled_base),
      ts.handled_exceptions.end());
  ts.handled_exceptions.resize(frame.handled_base);
  generator.holds_blocks = true;
}

// YIELD_VALUE: moves the frame's values (locals and operand stack up to `sp`), handler blocks
// and handled exceptions into the generator in the frame's callee slot, and drops that slot's
// reference. Inlined, as push_generator_frame().
template <bool kFreeThreaded>
[[gnu::always_inline]] inline void suspend_generator(ThreadState& ts, const Frame& frame, Value* sp,
                                                     uint32_t resume_at) {
  auto& generator = *static_cast<Generator*>(frame.locals[-1].obj);
  generator.frame_values.save(frame.locals, sp);
  // Most yields are outside any `try` and except clause.
  if (ts.handlers.size() > frame.handler_base || ts.handled_exceptions.size() > frame.handled_base)
      [[unlikely]]
    save_generator_blocks(ts, frame, generator);
  generator.resume_at = resume_at;
  // Release: whoever claims it next (acquire) sees its frame (a plain store on x86, where the
  // default sequentially consistent one is a full fence per yield).
  generator.state.store(Generator::State::Suspended, std::memory_order_release);
  decref_in_mode<kFreeThreaded>(&generator);
}

// Where a generator paused in `yield from` at the YIELD_VALUE at `ip` (its SEND just before)
// resumes: at the SEND itself when the JUMP_BACKWARD after the yield would only go back to it,
// one dispatch fewer per resumption of each level of a chain (in_yield_from() knows both).
[[gnu::always_inline]] inline uint32_t yield_from_resume_at(const Instruction* code,
                                                            const Instruction* ip) {
  const auto send = static_cast<uint32_t>(ip - 1 - code);
  return decode_op(ip[1]) == Op::JUMP_BACKWARD && decode_operand(ip[1]) == send ? send : send + 2;
}

// RETURN_GENERATOR: a generator holding the frame's values (their references move), the callee
// slot's reference dropped.
[[gnu::noinline]] Value new_generator(const Frame& frame, Value* sp, uint32_t resume_at) {
  auto* generator = new Generator(frame.function);
  generator->frame_room =
      static_cast<uint32_t>(1 + frame.function->code->local_count + stack_bound(*frame.function->code));
  generator->resume_at = resume_at;
  generator->frame_values.save(frame.locals, sp);
  decref(frame.locals[-1]);
  return Value::object(generator);
}

bool unwind(ThreadState& ts, size_t entry_depth, Value exception, bool add_trace,
            Ref* replaced = nullptr);

// A `raise` that a handler inside this run() catches (one of a frame at or above the entry
// frame) goes there without a C++ throw, whose unwinder search costs microseconds: true, with
// the handler's frame the innermost. False when none would catch it (or the instruction limit
// forbids catching): the caller throws, for execute() to unwind out of this run().
bool unwind_to_handler_here(ThreadState& ts, size_t entry_depth, Value exception, bool add_trace) {
  if (ts.handlers.size() <= ts.frames[entry_depth].handler_base || past_instruction_limit(ts))
    return false;
  return unwind(ts, entry_depth, exception, add_trace);
}

// A raise that no handler of this run() catches leaves run() as Undefined, the exception (owned)
// in ts.pending_exception, for execute() to unwind: a C++ throw out of run() costs the unwinder
// tens of thousands of instructions (run()'s tables are as large as run()), which every
// exception leaving a script function called from native code paid (a script __next__'s
// StopIteration, an error in a key function).
[[gnu::noinline]] Value leave_raising(ThreadState& ts, Value exception, bool add_trace) {
  decref(ts.pending_exception);  // Undefined, always
  ts.pending_exception = exception;
  ts.pending_add_traceback = add_trace;
  return Value::undefined();
}

// len(v) read in line by CALL (CPython 3.11's CALL_NO_KW_LEN) for the builtin sequences and
// dicts whose class defines no __len__ (subclass_may_override()): a str whose length is counted,
// bytes, a tuple, and under a GIL a list or dict (free-threaded, length() reads those under their
// lock). -1 for anything else, which the builtin's own call measures.
// length_in_line() of a subclass's instance, out of its way: -1 when the class defines __len__.
// A list's or dict's only under a GIL (no lock), as length_in_line() reads them.
[[gnu::noinline]] int64_t subclass_length_in_line(Value v) {
  if (subclass_may_override(v, kSubclassLen)) return -1;
  switch (v.obj->kind) {
    case Kind::Tuple: return static_cast<int64_t>(as_tuple(v)->items.size());
    case Kind::List: return static_cast<int64_t>(as_list(v)->items.size());
    case Kind::Str: return as_str(v)->counted_length();
    default: return static_cast<int64_t>(static_cast<Dict*>(v.obj)->used);
  }
}
template <bool kFreeThreaded>
[[gnu::always_inline]] inline int64_t length_in_line(Value v) {
  if (v.tag != Tag::Obj) return -1;
  switch (v.obj->kind) {
    case Kind::Str:
      if (as_str(v)->of_subclass()) [[unlikely]]
        return subclass_length_in_line(v);
      return as_str(v)->counted_length();
    case Kind::Bytes: return static_cast<int64_t>(as_bytes(v)->data.size());
    case Kind::Tuple:
      if (as_tuple(v)->of_subclass()) [[unlikely]]
        return subclass_length_in_line(v);
      return static_cast<int64_t>(as_tuple(v)->items.size());
    case Kind::List:
      if (kFreeThreaded) return -1;
      if (as_list(v)->of_subclass()) [[unlikely]]
        return subclass_length_in_line(v);
      return static_cast<int64_t>(as_list(v)->items.size());
    case Kind::Dict:
      if (kFreeThreaded) return -1;
      if (static_cast<Dict*>(v.obj)->of_subclass()) [[unlikely]]
        return subclass_length_in_line(v);
      return static_cast<int64_t>(static_cast<Dict*>(v.obj)->used);
    default: return -1;
  }
}

// isinstance(object, cls) answered in line by CALL (CPython 3.11's CALL_NO_KW_ISINSTANCE) when
// cls is a builtin type with a key (int, str, list...), a tuple of such types, or the very class
// of a script instance; -1 for anything else, which isinstance() itself decides.
[[gnu::always_inline]] inline int is_builtin_instance(Value object, Value cls) {
  if (cls.tag != Tag::Obj || cls.obj->kind != Kind::Native) return -1;
  const int8_t key = native_type_key(*static_cast<Native*>(cls.obj));
  if (key == kNoBuiltinType) return -1;
  return static_cast<uint64_t>(key) == instance_type_key(object);
}
[[gnu::always_inline]] inline int isinstance_in_line(Value object, Value cls) {
  if (cls.tag != Tag::Obj) return -1;
  if (cls.obj->kind == Kind::Tuple) {
    int any = 0;
    for (Value c : as_tuple(cls)->items) {
      const int is = is_builtin_instance(object, c);
      if (is < 0) return -1;
      any |= is;
    }
    return any;
  }
  if (is_kind(object, Kind::ScriptInstance)) {
    const Class* own = static_cast<ScriptInstance*>(object.obj)->cls;
    if (cls.obj == own) return 1;
    // A subclass's instance (`isinstance(square, Rect)`): the class in its MRO, unless a
    // metaclass's __instancecheck__ may say otherwise. Not found: the builtin decides (a class's
    // __instancecheck__ classmethod, a builtin type's stand-in).
    if (cls.obj->kind == Kind::Class && !static_cast<Class*>(cls.obj)->metaclass) {
      for (Value c : own->mro) {
        if (c.obj == cls.obj) return 1;
      }
      return -1;
    }
  }
  return is_builtin_instance(object, cls);
}

// Runs frames from the innermost one until the frame at depth `entry_depth` returns (or, a
// generator's, yields an item that `sink`, if any, declines). With `repeater`, the entry frame's
// RETURN offers it the result and, while it takes them, runs the frame again from its start with
// the arguments it gives (call_repeatedly()).
// Opcode bodies hold only trivially destructible locals: computed goto leaves a scope without
// running destructors, so anything that owns memory lives in a helper function.
template <bool kFreeThreaded>
[[gnu::noinline]] Value run_in_mode(ThreadState& ts, size_t entry_depth, YieldSink* sink,
                                    CallRepeater* repeater) {
  // The body's incref() and decref() with the mode known: no look at the global one.
  const auto incref = [](Value v) { incref_in_mode<kFreeThreaded>(v); };
  const auto decref = [](Value v) { decref_in_mode<kFreeThreaded>(v); };
  Frame* frame = &ts.frames.back();
  const Instruction* ip = frame->ip;
  Value* sp = ts.stack_top;
  Value* locals = frame->locals;
  const Instruction* code_base = frame->function->code->code.data();
  // The constants and, below them, the attribute instructions' caches (Code::run_constants).
  const Value* constants = frame->function->code->run_constants;
  Value* globals = frame->function->globals->values.data();
  TickCountdown ticks = ts.ticks;
  constexpr bool free_threaded = kFreeThreaded;  // fixed while a VM runs
  Gil& gil = ts.vm.gil();
  const std::atomic<uint32_t>& eval_breaker = gil.eval_breaker;
  // `frames` never moves (ThreadState reserves it for kFrameCapacity), so frame addresses stand
  // for depths. The last one allowed is read from `ts` at each call: sys.setrecursionlimit()
  // may move it meanwhile.
  const Frame* const entry_frame = ts.frames.data() + entry_depth;
  ts.follow_recursion_limit();
  Instruction ins = 0;
  ZipStep zip_step = ZipStep::kRow;  // zip_row_next()'s, which FOR_ITER and YIELD_VALUE share

// An expression, so that TRUTHY can sync on its slow path only.
#define SYNC() (frame->ip = ip, ts.stack_top = sp, ts.ticks = ticks, (void)0)
// The registers of the innermost frame (after a call pushed it or a return popped one).
#define LOAD_FRAME()                                     \
  do {                                                   \
    frame = &ts.frames.back();                           \
    ip = frame->ip;                                      \
    locals = frame->locals;                              \
    code_base = frame->function->code->code.data();      \
    constants = frame->function->code->run_constants;    \
    globals = frame->function->globals->values.data();   \
  } while (0)
#define ARG decode_operand(ins)
// Raises `exception` (an owned reference) with the frame synced: straight to a handler of this
// run() when one catches it (the handler's stack slot takes its own reference), else out of run()
// without a C++ throw (leave_raising()), for execute() to unwind.
#define RAISE_HERE(exception, add_trace)                                 \
  do {                                                                   \
    if (unwind_to_handler_here(ts, entry_depth, exception, add_trace)) { \
      decref(exception);                                                 \
      LOAD_FRAME();                                                      \
      sp = ts.stack_top;                                                 \
      DISPATCH();                                                        \
    }                                                                    \
    return leave_raising(ts, exception, add_trace);                      \
  } while (0)
// The truth of `v`, a value on the stack: a bool's, an int's, None's and a str's in line (`if x
// & 1`, `[s for s in words if s]`), and under a GIL an exact list's or dict's (`while queue:`);
// others by truthy() with the frame synced, since an instance's __bool__ or __len__ runs script
// code above the stack top, and a free-threaded list's length is read under its lock.
#define TRUTHY(v)                                                                         \
  ((v).tag == Tag::Bool                                 ? (v).b                           \
   : (v).tag == Tag::Int                                ? (v).i != 0                      \
   : (v).tag == Tag::None                               ? false                           \
   : (v).tag != Tag::Obj                                ? (SYNC(), truthy(v))             \
   : is_exact_str(v)                                    ? !as_str(v)->text.empty()        \
   : !free_threaded && is_exact_list(v)                 ? !as_list(v)->items.empty()      \
   : !free_threaded && is_exact_dict(v)                 ? static_cast<Dict*>((v).obj)->used \
                                                                          != 0            \
                                                        : (SYNC(), truthy(v)))
#ifdef GILVM_NO_EVAL_BREAKER
  // Benchmark build: no ticks, no polls, so threads switch only around blocking calls. It
  // exists to measure what the GIL machinery costs a single thread.
#define POLL_EVAL_BREAKER() \
  do {                      \
  } while (0)
#define TICK(op)
  (void)eval_breaker;
#else
// The instruction count is flushed before the holder may let go, so that whoever reads the
// statistics while holding the GIL (the echo server at exit) sees every instruction this thread
// ran, not only those up to its last countdown expiry (2^20 instructions apart). A
// KeyboardInterrupt raises here, like the instruction limit in TICK: the main thread takes it,
// other threads leave the bit to it.
#define POLL_EVAL_BREAKER()                                                                        \
  do {                                                                                             \
    if (eval_breaker.load(std::memory_order_relaxed)) [[unlikely]] {                               \
      SYNC();                                                                                      \
      flush_instruction_count(ts);                                                                 \
      gil.poll_eval_breaker(ts.gil_thread);                                                        \
      ticks = ts.ticks;                                                                            \
      if (eval_breaker.load(std::memory_order_relaxed) & kSignalPending) raise_if_interrupted(ts); \
    }                                                                                              \
  } while (0)
#define TICK(op)                        \
  if constexpr (opcode_ticks(Op::op)) { \
    if (ticks.tick()) [[unlikely]] {    \
      SYNC();                           \
      on_tick_expired(ts);              \
      ticks = ts.ticks;                 \
    }                                   \
  }
#endif

// An injected cost per instruction, for measuring the CI gate's power (CMake
// GILBENCH_INJECT_DELAY_SPINS, harness/README.md "Gate"): that many one-cycle instructions
// (lea) chained on `ip`, so that the next instruction's fetch waits for them. An independent
// loop would not do: the processor runs it beside the interpreter's own work, or the compiler
// drops it. x86-64 only. Nothing at all when 0, the default.
#if defined(GILBENCH_INJECT_DELAY_SPINS) && GILBENCH_INJECT_DELAY_SPINS > 0
#define GILBENCH_STRINGIFY_VALUE(x) #x
#define GILBENCH_STRINGIFY(x) GILBENCH_STRINGIFY_VALUE(x)
#define INJECTED_COST()                                                                     \
  asm volatile(                                                                             \
      ".rept " GILBENCH_STRINGIFY(GILBENCH_INJECT_DELAY_SPINS) "\n\tlea 0(%0), %0\n\t.endr" \
      : "+r"(ip))
#else
#define INJECTED_COST()
#endif

#ifdef GILVM_SWITCH_DISPATCH
#define CASE(op)     \
  case Op::op:       \
    INJECTED_COST(); \
    TICK(op)
#define DISPATCH() goto next_instruction
  {
  next_instruction:
    ins = *ip++;
    switch (decode_op(ins)) {
#else
  static void* const labels[] = {
#define GILVM_OPCODE_LABEL(name, operand, tick, flow, effect, jump_effect) &&op_##name,
      GILVM_OPCODES(GILVM_OPCODE_LABEL)
#undef GILVM_OPCODE_LABEL
  };
#define CASE(op)             \
  op_##op : INJECTED_COST(); \
  TICK(op)
#define DISPATCH()            \
  do {                        \
    ins = *ip++;              \
    goto* labels[ins & 0xff]; \
  } while (0)
  DISPATCH();
  {
    {
#endif
// A helper's new top of the stack, or null with the exception pending and the stack as it was
// (the *_or_pending helpers): goes on, or unwinds to a handler, with no C++ throw.
#define DISPATCH_TOP_OR_RAISE(top_or_null)          \
  do {                                              \
    if (Value* top = (top_or_null)) [[likely]] {    \
      sp = top;                                     \
      DISPATCH();                                   \
    }                                               \
    goto raise_pending_exception;                   \
  } while (0)

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
      load_local:  // LOAD_LOCAL_<subscript or attribute> when not in line
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
      CASE(LOAD_CLASS_LOCAL) {
        Value v = locals[ARG];
        if (!v.is_undefined()) {
          incref(v);
          *sp++ = v;
          ++ip;  // past the LOAD_GLOBAL
        }
        DISPATCH();
      }
      CASE(STORE_LOCAL) {
        Value old = locals[ARG];
        move_to_local(locals[ARG], --sp);
        decref(old);
        DISPATCH();
      }
      // locals[C] = locals[A] +/- B of LOAD_LOCAL A, ADD_INT/SUB_INT B, STORE_LOCAL C: in line
      // while the local is an int and the result fits; else the three run one by one. The
      // STORE_LOCAL may have fused with what follows: that instruction (the fourth) runs next.
#define LOCAL_INT_STEP(op, builtin, step_op)                                              \
  CASE(op) {                                                                              \
    const Value v = locals[ARG];                                                          \
    int64_t r;                                                                            \
    if (!v.is_int() || builtin(v.i, int64_t{decode_operand(ip[0])}, &r)) goto load_local; \
    Value& target = locals[decode_operand(ip[1])];                                        \
    const Value old = target;                                                             \
    target = Value::integer(r);                                                           \
    decref(old);                                                                          \
    ip += 2;                                                                              \
    TICK(step_op);                                                                        \
    DISPATCH();                                                                           \
  }
      LOCAL_INT_STEP(LOAD_LOCAL_ADD_INT_STORE_LOCAL, __builtin_add_overflow, ADD_INT)
      LOCAL_INT_STEP(LOAD_LOCAL_SUB_INT_STORE_LOCAL, __builtin_sub_overflow, SUB_INT)
#undef LOCAL_INT_STEP
      // The superinstructions: the second instruction's operand is read from the code, and the
      // instruction skipped. A local that is unset raises as its own instruction would, with
      // the line of the instruction that read it.
      CASE(LOAD_LOCAL_LOAD_LOCAL) {
      load_local_load_local:  // the LOAD_LOCAL_LOAD_LOCAL_ fusions when not in line
        const uint32_t second = decode_operand(*ip);
        Value a = locals[ARG], b = locals[second];
        if (a.is_undefined()) [[unlikely]] {
          SYNC();
          raise_unbound_local(*frame->function->code, ARG);
        }
        if (b.is_undefined()) [[unlikely]] {
          ++ip;
          SYNC();
          raise_unbound_local(*frame->function->code, second);
        }
        incref(a);
        incref(b);
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        ++ip;
        DISPATCH();
      }
      // b[0] and b[3] = x for a local list (under a GIL) or tuple and an index within it: the
      // item read or written with no push of the container (SUBSCR's and STORE_SUBSCR's in-line
      // cases), then the second instruction's tick. Anything else runs as LOAD_LOCAL, then the
      // second instruction. Written out rather than through item_at() and store_list_item():
      // with those, GCC laid out run()'s registers so that other instructions cost more
      // (callgrind: floats.py 159.1M -> 166.7M, int_small.py 137.0M -> 140.3M).
      CASE(LOAD_LOCAL_SUBSCR_INT) {
        if (free_threaded) [[unlikely]] goto load_local_subscr_int_free_threaded;
        const std::vector<Value>* items = items_in_line(locals[ARG], free_threaded);
        const uint32_t index = decode_operand(*ip);
        if (items == nullptr || index >= items->size()) goto load_local;
        Value item = (*items)[index];
        incref(item);
        *sp++ = item;
        TICK(SUBSCR_INT);  // after the read: a thread the tick lets in may shrink the list
        ++ip;
        DISPATCH();
      }
      CASE(LOAD_LOCAL_STORE_SUBSCR_INT) {
        if (!is_exact_list(locals[ARG]) || free_threaded) goto load_local_store_subscr_int_other;
        std::vector<Value>& items = as_list(locals[ARG])->items;
        const uint32_t index = decode_operand(*ip);
        if (index >= items.size()) goto load_local;
        Value old = items[index];
        items[index] = *--sp;  // the stack's reference moves in
        decref(old);
        TICK(STORE_SUBSCR_INT);  // after the write: a thread the tick lets in may shrink the list
        ++ip;
        DISPATCH();
      }
      // p.x and p.x = v of a local p: the attribute cache's in-line hit on the local, borrowed
      // in place (neither pushed nor counted); anything else runs as LOAD_LOCAL (an unbound
      // local raises there), and the LOAD_ATTR or STORE_ATTR after it as it stands.
      CASE(LOAD_LOCAL_LOAD_ATTR) {
        AttributeCache& cache = Code::attribute_cache(constants, decode_operand(*ip));
        sp[0] = locals[ARG];
        if (!(free_threaded ? load_attribute_hit<true, true>(cache, sp + 1)
                            : load_attribute_hit<false, true>(cache, sp + 1)))
          goto load_local;
        ++sp;
        TICK(LOAD_ATTR);
        ++ip;
        DISPATCH();
      }
      CASE(LOAD_LOCAL_STORE_ATTR) {
        AttributeCache& cache = Code::attribute_cache(constants, decode_operand(*ip));
        sp[0] = locals[ARG];
        if (!(free_threaded ? store_attribute_hit<true, true>(cache, sp + 1)
                            : store_attribute_hit<false, true>(cache, sp + 1)))
          goto load_local;
        --sp;  // the value's reference went into the instance
        TICK(STORE_ATTR);
        ++ip;
        DISPATCH();
      }
      // a[i] and a[i] = x, as the two above with a local int index (negative from the end).
      CASE(LOAD_LOCAL_LOAD_LOCAL_SUBSCR) {
        const std::vector<Value>* items = items_in_line(locals[ARG], free_threaded);
        size_t index;
        if (items == nullptr || !index_in_line(locals[decode_operand(*ip)], items->size(), index)) {
          if (free_threaded && is_exact_list(locals[ARG]) &&
              locals[decode_operand(*ip)].is_int() &&
              fused_list_load_locked<false>(*as_list(locals[ARG]), locals[decode_operand(*ip)].i,
                                            sp)) {
            ++sp;
            TICK(SUBSCR);
            ip += 2;
            DISPATCH();
          }
          // `squares[k]`: a dict's in-line look-up, which calls nothing that may raise, when it
          // finds the key (else SUBSCR raises the KeyError or asks a defaultdict's factory).
          if (is_dict_without(locals[ARG], kSubclassGetItem) &&
              static_cast<Dict*>(locals[ARG].obj)->try_get(locals[decode_operand(*ip)], *sp) &&
              !sp->is_undefined()) {
            ++sp;
            TICK(SUBSCR);
            ip += 2;
            DISPATCH();
          }
          goto load_local_load_local;
        }
        Value item = (*items)[index];
        incref(item);
        *sp++ = item;
        TICK(SUBSCR);  // after the read, as above
        ip += 2;
        DISPATCH();
      }
      CASE(LOAD_LOCAL_LOAD_LOCAL_STORE_SUBSCR) {
        if (!is_exact_list(locals[ARG]) || free_threaded) {
          // `counts[word] = n`: a dict's in-line store, which calls nothing that may raise.
          if (is_dict_without(locals[ARG], kSubclassSetItem) &&
              static_cast<Dict*>(locals[ARG].obj)->try_set(locals[decode_operand(*ip)], sp[-1])) {
            decref(*--sp);  // the dict took its own reference
            TICK(STORE_SUBSCR);
            ip += 2;
            DISPATCH();
          }
          if (free_threaded && is_exact_list(locals[ARG]) &&
              locals[decode_operand(*ip)].is_int() &&
              fused_list_store_locked(*as_list(locals[ARG]), locals[decode_operand(*ip)].i,
                                      sp[-1])) {
            --sp;  // (its reference moved into the list)
            TICK(STORE_SUBSCR);
            ip += 2;
            DISPATCH();
          }
          goto load_local_load_local;
        }
        std::vector<Value>& items = as_list(locals[ARG])->items;
        size_t index;
        if (!index_in_line(locals[decode_operand(*ip)], items.size(), index))
          goto load_local_load_local;
        Value old = items[index];
        items[index] = *--sp;  // the stack's reference moves in
        decref(old);
        TICK(STORE_SUBSCR);  // after the write, as above
        ip += 2;
        DISPATCH();
      }
      // `d[k] = d.get(k, c) + n` (opcodes.h): done in one probe of an exact dict, the skipped
      // instructions' ticks counted; anything else runs as LOAD_LOCAL, then the eight others.
      CASE(LOAD_LOCAL_DICT_GET_ADD_STORE) {
        const Value dict = locals[ARG], start = constants[decode_operand(ip[2])];
        if (!is_exact_dict(dict) || !start.is_int() ||
            !static_cast<Dict*>(dict.obj)->try_add_int(locals[decode_operand(ip[1])], start.i,
                                                       decode_operand(ip[4])))
          goto load_local;
        TICK(LOAD_METHOD);
        TICK(CALL_METHOD);
        TICK(ADD_INT);
        TICK(STORE_SUBSCR);
        ip += 8;
        DISPATCH();
      }
      // `if x in s:` and `if x not in s:` of two locals, answered by membership_in_line(): no
      // reference taken, since it calls nothing that could unset them. Anything else runs as
      // LOAD_LOCAL, then the other two instructions.
#define LOCALS_MEMBERSHIP_JUMP(op, jump_op, jump_when_found)                                \
  CASE(op) {                                                                                \
    const Membership membership = membership_in_line(locals[decode_operand(*ip)], locals[ARG]); \
    if (membership == Membership::kUndecided) goto load_local;                              \
    TICK(jump_op);                                                                          \
    ip = (membership == Membership::kPresent) == jump_when_found                           \
             ? code_base + decode_operand(ip[1])                                            \
             : ip + 2;                                                                      \
    DISPATCH();                                                                             \
  }
      LOCALS_MEMBERSHIP_JUMP(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_IN, JUMP_IF_IN, true)
      LOCALS_MEMBERSHIP_JUMP(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_IN, JUMP_IF_NOT_IN, false)
#undef LOCALS_MEMBERSHIP_JUMP
      // `if i < 10`, `if op == "push"`: two ints, or two strs by text (as COMPARE_JUMP), compared
      // in line, the jump's tick counted; anything else runs as LOAD_LOCAL, then the other two
      // instructions. Both operands are borrowed: nothing is released.
#define LOCAL_CONSTANT_COMPARE_JUMP(op, jump_op, cpp_op)                                    \
  CASE(op) {                                                                                \
    const Value a = locals[ARG], b = constants[decode_operand(*ip)];                        \
    if (!a.is_int() || !b.is_int()) [[unlikely]] {                                         \
      if (!is_exact_str(a) || !b.is_obj() || b.obj->kind != Kind::Str) /* b: a constant */  \
        goto load_local;                                                                    \
      TICK(jump_op);                                                                        \
      /* The same str (an interned name compared with its constant): equal, no memcmp. */   \
      ip = (a.obj == b.obj ? 0 cpp_op 0                                                     \
                           : static_cast<const Str*>(a.obj)->text cpp_op                    \
                                 static_cast<const Str*>(b.obj)->text)                      \
               ? ip + 2                                                                     \
               : code_base + decode_operand(ip[1]);                                         \
      DISPATCH();                                                                           \
    }                                                                                       \
    TICK(jump_op);                                                                          \
    ip = a.i cpp_op b.i ? ip + 2 : code_base + decode_operand(ip[1]);                       \
    DISPATCH();                                                                             \
  }
#define FUSED(name, cpp_op) \
  LOCAL_CONSTANT_COMPARE_JUMP(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_##name, JUMP_IF_NOT_##name, cpp_op)
      GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
#undef LOCAL_CONSTANT_COMPARE_JUMP
      // The free-threaded cases of LOAD_LOCAL_SUBSCR_INT and LOAD_LOCAL_STORE_SUBSCR_INT, apart
      // from their code under a GIL (laid out there with them, GCC gave that code more moves): a
      // tuple's item read in line, a list's read or written under its lock out of line
      // (fused_list_load_locked, fused_list_store_locked).
      load_local_subscr_int_free_threaded : {
        const Value container = locals[ARG];
        const uint32_t index = decode_operand(*ip);
        if (is_exact_tuple(container)) {
          const std::vector<Value>& items = as_tuple(container)->items;
          if (index >= items.size()) goto load_local;
          const Value item = items[index];
          incref(item);
          *sp = item;
        } else if (!is_exact_list(container) ||
                   !fused_list_load_locked<true>(*as_list(container), index, sp)) {
          goto load_local;
        }
        ++sp;
        TICK(SUBSCR_INT);
        ++ip;
        DISPATCH();
      }
      load_local_store_subscr_int_other:
        if (free_threaded && is_exact_list(locals[ARG]) &&
            fused_list_store_locked(*as_list(locals[ARG]), decode_operand(*ip), sp[-1])) {
          --sp;  // (its reference moved into the list)
          TICK(STORE_SUBSCR_INT);
          ++ip;
          DISPATCH();
        }
        goto load_local;
      CASE(LOAD_LOCAL_LOAD_CONST) {
      load_local_load_const:  // LOAD_LOCAL_LOAD_CONST_<op> when not in line
        Value a = locals[ARG];
        if (a.is_undefined()) [[unlikely]] {
          SYNC();
          raise_unbound_local(*frame->function->code, ARG);
        }
        Value b = constants[decode_operand(*ip++)];
        incref(a);
        incref(b);
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        DISPATCH();
      }
      CASE(STORE_LOCAL_LOAD_LOCAL) {
        Value old = locals[ARG];
        move_to_local(locals[ARG], --sp);
        decref(old);
        const uint32_t second = decode_operand(*ip++);
        Value v = locals[second];
        if (v.is_undefined()) [[unlikely]] {
          SYNC();
          raise_unbound_local(*frame->function->code, second);
        }
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      CASE(STORE_LOCAL_STORE_LOCAL) {
        Value old = locals[ARG];
        move_to_local(locals[ARG], --sp);
        decref(old);
        const uint32_t second = decode_operand(*ip++);
        old = locals[second];
        move_to_local(locals[second], --sp);
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
        AttributeCache& cache = Code::attribute_cache(constants, ARG);
        if (free_threaded ? load_attribute_hit<true>(cache, sp)
                          : load_attribute_hit<false>(cache, sp))
          DISPATCH();
        SYNC();
        if (Function* getter = free_threaded ? nullptr : property_getter_hit(cache, sp[-1])) {
          sp = push_property_getter(ts, *getter, sp);
          LOAD_FRAME();
          POLL_EVAL_BREAKER();  // a call: CPython polls
          DISPATCH();
        }
        if (!load_attribute(ts, cache, sp)) [[unlikely]]
          goto raise_pending_exception;
        DISPATCH();
      }
      CASE(STORE_ATTR) {
        AttributeCache& cache = Code::attribute_cache(constants, ARG);
        if (free_threaded ? store_attribute_hit<true>(cache, sp)
                          : store_attribute_hit<false>(cache, sp)) {
          sp -= 2;
          DISPATCH();
        }
        SYNC();
        if (!store_attribute(ts, cache, sp)) [[unlikely]]
          goto raise_pending_exception;
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
        const ValueHalves top = fields_of(sp - 1), second = fields_of(sp - 2);
        store_whole(sp[-2], top);
        store_whole(sp[-1], second);
        DISPATCH();
      }
      CASE(ROT3) {
        const ValueHalves top = fields_of(sp - 1), second = fields_of(sp - 2),
                          third = fields_of(sp - 3);
        store_whole(sp[-1], second);
        store_whole(sp[-2], third);
        store_whole(sp[-3], top);
        DISPATCH();
      }

// A division by zero is made without a throw (binary_op_or_pending); other errors are rarely
// caught, and the wrapper's call would cost the other operators' slow paths (big ints).
// An operator on a script instance whose class's dunder is a script function: the frame that
// `push` (push_operator_frame() ...) pushes, when it gives a stack top; else on the general way.
#define TRY_DUNDER_FRAME(push)          \
  do {                                  \
    if (Value* dunder_top = (push)) {   \
      sp = dunder_top;                  \
      LOAD_FRAME();                     \
      POLL_EVAL_BREAKER();              \
      DISPATCH();                       \
    }                                   \
  } while (0)
#define TRY_OPERATOR_FRAME(op, on_return)                                 \
  if (is_kind(sp[-2], Kind::ScriptInstance)) [[unlikely]]                 \
  TRY_DUNDER_FRAME(push_operator_frame(ts, sp, op, FrameReturn::on_return))
#define BINARY_SLOW(op)                                                                \
  do {                                                                                 \
    SYNC();                                                                            \
    TRY_OPERATOR_FRAME(Op::op, kOperator);                                             \
    constexpr bool kDivides =                                                          \
        Op::op == Op::TRUEDIV || Op::op == Op::FLOORDIV || Op::op == Op::MOD;          \
    Value result = kDivides ? binary_op_or_pending(ts, Op::op, sp[-2], sp[-1])         \
                            : binary_op(Op::op, sp[-2], sp[-1]);                       \
    if (kDivides && result.is_undefined()) [[unlikely]]                                \
      goto raise_pending_exception;                                                    \
    decref(sp[-1]);                                                                    \
    decref(sp[-2]);                                                                    \
    sp[-2] = result;                                                                   \
    --sp;                                                                              \
    DISPATCH();                                                                        \
  } while (0)
// A float with a float or an int (an int with an int is exact int arithmetic, never this):
// Python converts the int to the nearest double, as static_cast does.
#define FLOAT_OPERANDS(a, b) \
  (((a).is_float() && ((b).is_float() || (b).is_int())) || ((a).is_int() && (b).is_float()))
// ADD, SUB or MUL past the inline fast paths (ints past 64 bits, or inline ints whose result
// overflowed): ints in one call to the big-int arithmetic. Two big ints (a Fibonacci loop's
// sums) go first, with no look for an instance's dunder or an inline int.
#define BINARY_INT_SLOW(op)                                   \
  do {                                                        \
    SYNC();                                                   \
    if (is_bigint(sp[-2]) && is_bigint(sp[-1])) {             \
      sp = big_integer_op_on_stack<Op::op>(sp);               \
      DISPATCH();                                             \
    }                                                         \
    TRY_OPERATOR_FRAME(Op::op, kOperator);                    \
    DISPATCH_TOP_OR_RAISE(                                    \
        big_integer_operands(Op::op, sp[-2], sp[-1])          \
            ? big_integer_op_on_stack<Op::op>(sp)             \
            : other_binary_op_on_stack_or_pending(ts, sp, Op::op)); \
  } while (0)
#define AS_DOUBLE(v) ((v).is_float() ? (v).f : static_cast<double>((v).i))
#define BINARY_INT(op, builtin, cpp_op)                                           \
  CASE(op) {                                                                      \
    int64_t r;                                                                    \
    if (sp[-1].is_int() && sp[-2].is_int() && !builtin(sp[-2].i, sp[-1].i, &r)) { \
      sp[-2].i = r;                                                               \
      --sp;                                                                       \
      DISPATCH();                                                                 \
    }                                                                             \
    if (FLOAT_OPERANDS(sp[-2], sp[-1])) {                                         \
      sp[-2] = Value::floating(AS_DOUBLE(sp[-2]) cpp_op AS_DOUBLE(sp[-1]));       \
      --sp;                                                                       \
      DISPATCH();                                                                 \
    }                                                                             \
  op##_slow: /* LOAD_LOCAL_<op> with an object pushed */                          \
    BINARY_INT_SLOW(op);                                                          \
  }
      BINARY_INT(ADD, __builtin_add_overflow, +)
      BINARY_INT(SUB, __builtin_sub_overflow, -)
      BINARY_INT(MUL, __builtin_mul_overflow, *)
// LOAD_LOCAL, <op> (x + y with x on the stack) and LOAD_LOCAL, LOAD_LOCAL, <op> (x * y): numbers
// in line as <op> does them (fast_number_op), the skipped <op>'s tick counted; objects (a
// Fibonacci loop's big ints, strs) pushed and straight to <op>'s slow path; anything else (an int
// sum that overflows, a bool, an unbound local) runs the instructions as they stand.
#define LOCAL_BINARY(op)                                                           \
  CASE(LOAD_LOCAL_##op) {                                                          \
    const Value b = locals[ARG];                                                   \
    if (!fast_number_op(Op::op, sp[-1], b, &sp[-1])) {                            \
      if (!b.is_obj()) goto load_local;                                            \
      if (b.obj->kind == Kind::Complex &&                                          \
          complex_op_on_top<Op::op>(&sp[-1], b)) [[unlikely]] { /* z * z + c */   \
        ++ip;                                                                      \
        TICK(op);                                                                  \
        DISPATCH();                                                                \
      }                                                                            \
      incref(b);                                                                   \
      *sp++ = b;                                                                   \
      ins = *ip++;                                                                 \
      TICK(op);                                                                    \
      goto op##_slow;                                                              \
    }                                                                              \
    ++ip;                                                                          \
    TICK(op);                                                                      \
    DISPATCH();                                                                    \
  }                                                                                \
  CASE(LOAD_LOCAL_LOAD_LOCAL_##op) {                                               \
    const Value a = locals[ARG], b = locals[decode_operand(*ip)];                  \
    if (!fast_number_op(Op::op, a, b, sp)) {                                       \
      if (!a.is_obj() || !b.is_obj()) goto load_local_load_local;                  \
      if (a.obj->kind == Kind::Complex &&                                          \
          complex_op_of_values<Op::op>(a, b, sp)) [[unlikely]] { /* z * z */      \
        ++sp;                                                                      \
        ip += 2;                                                                   \
        TICK(op);                                                                  \
        DISPATCH();                                                                \
      }                                                                            \
      incref(a);                                                                   \
      incref(b);                                                                   \
      sp[0] = a;                                                                   \
      sp[1] = b;                                                                   \
      sp += 2;                                                                     \
      ins = ip[1];                                                                 \
      ip += 2;                                                                     \
      TICK(op);                                                                    \
      goto op##_slow;                                                              \
    }                                                                              \
    ++sp;                                                                          \
    ip += 2;                                                                       \
    TICK(op);                                                                      \
    DISPATCH();                                                                    \
  }
      LOCAL_BINARY(ADD)
      LOCAL_BINARY(SUB)
      LOCAL_BINARY(MUL)
#undef LOCAL_BINARY
// LOAD_LOCAL, LOAD_CONST, <op> (x & 1) and LOAD_CONST, <op> (with x on the stack): numbers in
// line as <op> does them (fast_number_op), its tick counted; anything else (a zero divisor, a
// big int, a str's % formatting) runs the instructions as they stand.
#define CONSTANT_BINARY(op)                                                              \
  CASE(LOAD_LOCAL_LOAD_CONST_##op) {                                                     \
    if (!fast_number_op(Op::op, locals[ARG], constants[decode_operand(*ip)], sp))        \
      goto load_local_load_const;                                                        \
    ++sp;                                                                                \
    ip += 2;                                                                             \
    TICK(op);                                                                            \
    DISPATCH();                                                                          \
  }                                                                                      \
  CASE(LOAD_CONST_##op) {                                                                \
    const Value b = constants[ARG];                                                      \
    if (!fast_number_op(Op::op, sp[-1], b, &sp[-1])) {                                  \
      incref(b);                                                                         \
      *sp++ = b;                                                                         \
      DISPATCH();                                                                        \
    }                                                                                    \
    ++ip;                                                                                \
    TICK(op);                                                                            \
    DISPATCH();                                                                          \
  }
      CONSTANT_BINARY(BIT_AND)
      CONSTANT_BINARY(MOD)
#undef CONSTANT_BINARY
// The other arithmetic: inline numbers in line (arithmetic_fast.h), the rest out of line.
#define BINARY_FAST(op)                                                                 \
  CASE(op) {                                                                            \
    if (fast_number_op(Op::op, sp[-2], sp[-1], &sp[-2])) {                              \
      --sp;                                                                             \
      DISPATCH();                                                                       \
    }                                                                                   \
    if constexpr (Op::op == Op::TRUEDIV || Op::op == Op::FLOORDIV || Op::op == Op::MOD) {  \
      if (big_integer_operands(Op::op, sp[-2], sp[-1])) {                                \
        SYNC();                                                                         \
        sp = big_integer_any_op_on_stack(sp, Op::op);                                   \
        DISPATCH();                                                                     \
      }                                                                                 \
      BINARY_SLOW(op);                                                                  \
    } else {                                                                            \
      SYNC();                                                                           \
      TRY_OPERATOR_FRAME(Op::op, kOperator);                                            \
      DISPATCH_TOP_OR_RAISE(binary_op_on_stack_or_pending<Op::op>(ts, sp));             \
    }                                                                                   \
  }
      BINARY_FAST(TRUEDIV)
      BINARY_FAST(FLOORDIV)
      BINARY_FAST(MOD)
      BINARY_FAST(POW)
      BINARY_FAST(LSHIFT)
      BINARY_FAST(RSHIFT)
      BINARY_FAST(BIT_AND)
      BINARY_FAST(BIT_OR)
      BINARY_FAST(BIT_XOR)
#undef BINARY_FAST
#undef BINARY_INT
#undef FLOAT_OPERANDS

// TOS op A with A an int in the operand: in line while int arithmetic does not overflow; else A
// is pushed and `slow` runs (the binary operation, or for x += A the in-place one, which asks an
// instance's __iadd__ first).
#define BINARY_CONST(op, builtin, slow)                            \
  CASE(op) {                                                       \
    int64_t r;                                                     \
    if (sp[-1].is_int() && !builtin(sp[-1].i, int64_t{ARG}, &r)) { \
      sp[-1].i = r;                                                \
      DISPATCH();                                                  \
    }                                                              \
    *sp++ = Value::integer(ARG);                                   \
    slow;                                                          \
  }
#define INPLACE_SLOW(op)                   \
  do {                                     \
    SYNC();                                \
    sp = inplace(sp, Op::op, *ip, locals, globals); \
    DISPATCH();                            \
  } while (0)
      BINARY_CONST(ADD_INT, __builtin_add_overflow, BINARY_INT_SLOW(ADD))
      BINARY_CONST(SUB_INT, __builtin_sub_overflow, BINARY_INT_SLOW(SUB))
      BINARY_CONST(INPLACE_ADD_INT, __builtin_add_overflow, INPLACE_SLOW(ADD))
      BINARY_CONST(INPLACE_SUB_INT, __builtin_sub_overflow, INPLACE_SLOW(SUB))
#undef INPLACE_SLOW
#undef BINARY_CONST
#undef BINARY_INT_SLOW
#undef BINARY_SLOW

// A str's or None's TypeError (`-field`) raised without a C++ throw (plain_unary_error()).
#define RAISE_PLAIN_UNARY_ERROR(op)                                          \
  if (const Value error = plain_unary_error(op, sp[-1]); error.is_obj()) {   \
    raise_pending(ts, error);                                                \
    goto raise_pending_exception;                                            \
  }
#define UNARY(op)                            \
  CASE(op) {                                 \
    SYNC();                                  \
    RAISE_PLAIN_UNARY_ERROR(Op::op);         \
    Value result = unary_op(Op::op, sp[-1]); \
    decref(sp[-1]);                          \
    sp[-1] = result;                         \
    DISPATCH();                              \
  }
      CASE(NEG) {
        if (sp[-1].is_int() && sp[-1].i != INT64_MIN) {
          sp[-1] = Value::integer(-sp[-1].i);
          DISPATCH();
        }
        if (sp[-1].is_float()) {
          sp[-1] = Value::floating(-sp[-1].f);
          DISPATCH();
        }
        SYNC();
        if (is_kind(sp[-1], Kind::ScriptInstance))
          TRY_DUNDER_FRAME(push_dunder_frame(ts, sp, NAME_KEY("__neg__"), 1));
        RAISE_PLAIN_UNARY_ERROR(Op::NEG);
        Value result = unary_op(Op::NEG, sp[-1]);
        decref(sp[-1]);
        sp[-1] = result;
        DISPATCH();
      }
      UNARY(POS)
      UNARY(INVERT)
#undef UNARY
#undef RAISE_PLAIN_UNARY_ERROR
      CASE(NOT) {
        bool result = !TRUTHY(sp[-1]);
        decref(sp[-1]);
        sp[-1] = Value::boolean(result);
        DISPATCH();
      }

// An int and a float compare as doubles when the int is exact in one (|i| <= 2^53), as
// CPython's float_richcompare does; larger ints go the exact way.
#define MIXED_NUMBERS(a, b)                                                          \
  (((a).is_float() && (b).is_int() && (b).i >= -arithmetic_detail::kExactInDouble && \
    (b).i <= arithmetic_detail::kExactInDouble) ||                                   \
   ((a).is_int() && (b).is_float() && (a).i >= -arithmetic_detail::kExactInDouble && \
    (a).i <= arithmetic_detail::kExactInDouble))
// Two strs compare by text: UTF-8's byte order (std::string's, unsigned) is code-point order,
// CPython's. `ch == text[i]`, `word < other`, `if op == "+"`.
// Exact strs only: a subclass may define the comparison.
#define STR_OPERANDS(a, b) (is_exact_str(a) && is_exact_str(b))
#define STR_TEXT(v) (static_cast<const Str*>((v).obj)->text)
#define COMPARE(op, cpp_op)                                                \
  CASE(op) {                                                               \
    if (sp[-1].is_int() && sp[-2].is_int()) {                              \
      sp[-2] = Value::boolean(sp[-2].i cpp_op sp[-1].i);                   \
      --sp;                                                                \
      DISPATCH();                                                          \
    }                                                                      \
    if (sp[-1].is_float() && sp[-2].is_float()) {                          \
      sp[-2] = Value::boolean(sp[-2].f cpp_op sp[-1].f);                   \
      --sp;                                                                \
      DISPATCH();                                                          \
    }                                                                      \
    if (MIXED_NUMBERS(sp[-2], sp[-1])) {                                   \
      sp[-2] = Value::boolean(AS_DOUBLE(sp[-2]) cpp_op AS_DOUBLE(sp[-1])); \
      --sp;                                                                \
      DISPATCH();                                                          \
    }                                                                      \
    if (STR_OPERANDS(sp[-2], sp[-1])) {                                    \
      const bool result = STR_TEXT(sp[-2]) cpp_op STR_TEXT(sp[-1]);        \
      decref(sp[-1]);                                                      \
      decref(sp[-2]);                                                      \
      sp[-2] = Value::boolean(result);                                     \
      --sp;                                                                \
      DISPATCH();                                                          \
    }                                                                      \
    SYNC();                                                                \
    TRY_OPERATOR_FRAME(Op::op, kOperator);                                 \
    if (Op::op != Op::EQ && Op::op != Op::NE) {                            \
      Value error = plain_comparison_error(Op::op, sp[-2], sp[-1]);        \
      if (!error.is_undefined()) RAISE_HERE(error, true); /* `1 < "a"` */  \
    }                                                                      \
    Value result = compare_op(Op::op, sp[-2], sp[-1]);                     \
    decref(sp[-1]);                                                        \
    decref(sp[-2]);                                                        \
    sp[-2] = result;                                                       \
    --sp;                                                                  \
    DISPATCH();                                                            \
  }
      COMPARE(LT, <)
      COMPARE(LE, <=)
      COMPARE(EQ, ==)
      COMPARE(NE, !=)
      COMPARE(GT, >)
      COMPARE(GE, >=)
#undef COMPARE
#define COMPARE_JUMP(op, compare_op_name, cpp_op)                \
  CASE(op) {                                                     \
    bool result;                                                 \
    if (sp[-1].is_int() && sp[-2].is_int()) {                    \
      result = sp[-2].i cpp_op sp[-1].i;                         \
      sp -= 2;                                                   \
    } else if (sp[-1].is_float() && sp[-2].is_float()) {         \
      result = sp[-2].f cpp_op sp[-1].f;                         \
      sp -= 2;                                                   \
    } else if (MIXED_NUMBERS(sp[-2], sp[-1])) {                  \
      result = AS_DOUBLE(sp[-2]) cpp_op AS_DOUBLE(sp[-1]);       \
      sp -= 2;                                                   \
    } else if (STR_OPERANDS(sp[-2], sp[-1])) {                   \
      result = STR_TEXT(sp[-2]) cpp_op STR_TEXT(sp[-1]);         \
      decref(sp[-1]);                                            \
      decref(sp[-2]);                                            \
      sp -= 2;                                                   \
    } else {                                                     \
      SYNC();                                                    \
      TRY_OPERATOR_FRAME(Op::compare_op_name, kCompareJump);     \
      if (Op::compare_op_name != Op::EQ &&                       \
          Op::compare_op_name != Op::NE) {                       \
        Value error = plain_comparison_error(Op::compare_op_name, \
                                             sp[-2], sp[-1]);    \
        if (!error.is_undefined()) RAISE_HERE(error, true);      \
      }                                                          \
      Value r = compare_op(Op::compare_op_name, sp[-2], sp[-1]); \
      result = truthy(r);                                        \
      decref(r);                                                 \
      decref(sp[-1]);                                            \
      decref(sp[-2]);                                            \
      sp -= 2;                                                   \
    }                                                            \
    if (!result) ip = code_base + ARG;                           \
    DISPATCH();                                                  \
  }
#define FUSED(name, cpp_op) COMPARE_JUMP(JUMP_IF_NOT_##name, name, cpp_op)
      GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
#undef COMPARE_JUMP
#undef MIXED_NUMBERS
#undef AS_DOUBLE
#undef STR_OPERANDS
#undef STR_TEXT
// `sp[-2] in sp[-1]` into bool `found`, both operands released and popped.
#define MEMBERSHIP(found)                                                   \
  Membership membership = membership_in_line(sp[-1], sp[-2]);              \
  if (membership == Membership::kUndecided) [[unlikely]] {                  \
    SYNC();                                                                 \
    membership = contains_or_pending(ts, sp[-1], sp[-2]);                   \
    if (membership == Membership::kUndecided) goto raise_pending_exception; \
  }                                                                         \
  const bool found = membership == Membership::kPresent;                    \
  decref(sp[-1]);                                                           \
  decref(sp[-2]);                                                           \
  sp -= 2
      CASE(IN) {
        MEMBERSHIP(found);
        *sp++ = Value::boolean(found);
        DISPATCH();
      }
      CASE(NOT_IN) {
        MEMBERSHIP(found);
        *sp++ = Value::boolean(!found);
        DISPATCH();
      }
      CASE(JUMP_IF_NOT_IN) {
        MEMBERSHIP(found);
        if (!found) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP_IF_IN) {
        MEMBERSHIP(found);
        if (found) ip = code_base + ARG;
        DISPATCH();
      }
#undef MEMBERSHIP
      CASE(IS) {
        Value a = sp[-2], b = sp[-1];
        const bool same = is_same(a, b);
        decref(a);
        decref(b);
        sp[-2] = Value::boolean(same);
        --sp;
        DISPATCH();
      }
      CASE(IS_NOT) {
        Value a = sp[-2], b = sp[-1];
        const bool same = is_same(a, b);
        decref(a);
        decref(b);
        sp[-2] = Value::boolean(!same);
        --sp;
        DISPATCH();
      }
      CASE(IS_NONE) {
        const bool none = sp[-1].is_none();
        decref(sp[-1]);
        sp[-1] = Value::boolean(none);
        DISPATCH();
      }
      CASE(IS_NOT_NONE) {
        const bool none = sp[-1].is_none();
        decref(sp[-1]);
        sp[-1] = Value::boolean(!none);
        DISPATCH();
      }
      CASE(JUMP_IF_NOT_NONE) {
        const Value v = *--sp;
        decref(v);
        if (!v.is_none()) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP_IF_NONE) {
        const Value v = *--sp;
        decref(v);
        if (v.is_none()) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP) {
        ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP_BACKWARD) {
        POLL_EVAL_BREAKER();  // before the jump: a KeyboardInterrupt's traceback names the loop's
                              // last line
        ip = code_base + ARG;
        DISPATCH();
      }
      CASE(POP_JUMP_IF_FALSE) {
        Value v = sp[-1];
        bool jump = !TRUTHY(v);
        --sp;
        decref(v);
        if (jump) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(POP_JUMP_IF_TRUE) {
        Value v = sp[-1];
        bool jump = TRUTHY(v);
        --sp;
        decref(v);
        if (jump) ip = code_base + ARG;
        DISPATCH();
      }
      CASE(JUMP_IF_FALSE_OR_POP) {
        if (!TRUTHY(sp[-1])) {
          ip = code_base + ARG;
        } else {
          decref(*--sp);
        }
        DISPATCH();
      }
      CASE(JUMP_IF_TRUE_OR_POP) {
        if (TRUTHY(sp[-1])) {
          ip = code_base + ARG;
        } else {
          decref(*--sp);
        }
        DISPATCH();
      }
      CASE(GET_ITER) {
        if (sp[-1].is_obj() && sp[-1].obj->kind == Kind::ScriptInstance) {
          // A script class's __iter__ that is a generator function (`for x in tree`, `yield
          // from self.left`): called as CALL calls it, in this run(), its result (its
          // RETURN_GENERATOR's generator) left in the instance's place, as get_iterator() leaves
          // it (no native call and no run() per iter()). Any other __iter__ returns what
          // get_iterator() checks is an iterator.
          // An __iter__ that is `return self` (an iterator class's) is not called: the instance
          // stays, once its class is seen to have the __next__ that makes it an iterator (else
          // get_iterator() calls it and raises CPython's TypeError).
          Class& cls = *static_cast<ScriptInstance*>(sp[-1].obj)->cls;
          const Value method = class_special_lookup(cls, NAME_KEY("__iter__"));
          if (is_kind(method, Kind::Function)) {
            const Code& code = *static_cast<Function*>(method.obj)->code;
            if (makes_generator(code)) {
              *sp = sp[-1];  // the instance's reference moves up, to be the argument
              sp[-1] = method;
              ++sp;
              ins = encode(Op::CALL, 1);
              goto call_operand;
            }
            if (returns_its_argument(code)) {
              const Value next_method = class_special_lookup(cls, NAME_KEY("__next__"));
              const bool iterator = !next_method.is_undefined();
              decref(next_method);
              if (iterator) {
                decref(method);
                DISPATCH();
              }
            }
          }
          decref(method);
        }
        SYNC();
        Value iterator = iterator_or_pending(sp[-1]);  // `for x in 5`: no C++ throw
        if (iterator.is_undefined()) [[unlikely]]
          goto raise_pending_exception;
        decref(sp[-1]);
        sp[-1] = iterator;
        DISPATCH();
      }
      // `for x in range(...)` or a list, dict or set (in_line_next's cases): the item goes straight
      // into the loop's local and the STORE_LOCAL is skipped. Any other iterator goes on as
      // FOR_ITER, whose item the STORE_LOCAL then stores (a generator resumes there too).
      CASE(FOR_ITER_STORE_LOCAL) {
        Value item;
        const InLineNext in_line = in_line_next(sp[-1], free_threaded, item);
        if (in_line == InLineNext::kItem) {
          Value& local = locals[decode_operand(*ip++)];
          Value old = local;
          local = item;
          decref(old);
          DISPATCH();
        }
        if (in_line == InLineNext::kOther) goto for_iter_other;  // as FOR_ITER, same operand
        goto for_iter_done;
      }
      CASE(FOR_ITER) {
        if (!free_threaded && decode_op(*ip) == Op::UNPACK) {
          // `for x, y in points` over a list or tuple of tuples: the row's items pushed as its
          // UNPACK pushes them, the row never pushed (nor counted and released).
          if (const std::vector<Value>* rows = next_sequence_items(sp[-1])) {
            auto& it = *static_cast<Iterator*>(sp[-1].obj);
            const Value row = (*rows)[it.index];
            const uint32_t count = decode_operand(*ip);
            if (is_exact_tuple(row) && as_tuple(row)->items.size() == count) {
              ++it.index;
              const Value* parts = as_tuple(row)->items.data();
              for (uint32_t i = count; i-- > 0;) {
                incref_in_mode<false>(parts[i]);  // (the lambda, GCC called out of line here)
                *sp++ = parts[i];
              }
              ++ip;
              TICK(UNPACK);
              DISPATCH();
            }
          }
        }
        if (decode_op(*ip) == Op::UNPACK && decode_operand(*ip) == 2 &&
            sp[-1].obj->kind == Kind::Iterator) {
          auto& it = *static_cast<Iterator*>(sp[-1].obj);
          if (it.source == Iterator::Source::Table && it.part == DictPart::Items &&
              it.sequence.obj->kind == Kind::Dict) {
            if (!in_line_items_next(it, sp)) goto for_iter_other;
            sp += 2;
            ++ip;
            TICK(UNPACK);  // the instruction's tick, as if it ran
            DISPATCH();
          }
          if (free_threaded) {
            if (!uniquely_referenced(it)) goto for_iter_one;  // another thread may advance it
          } else if (row_of_generators(it)) {
            SYNC();
            zip_step = zip_row_next(ts, sp, sp, 0, ip);
            goto zip_step;
          }
          if (it.source == Iterator::Source::Enumerate &&
              enumerate_zip_into_locals<free_threaded>(it, ip, locals)) {
            ip += 5;  // the two UNPACKs and three stores done
            TICK(UNPACK);
            TICK(UNPACK);
            DISPATCH();
          }
          if (in_line_pair_next<free_threaded>(it, sp)) {
            sp += 2;
            ++ip;
            TICK(UNPACK);
            DISPATCH();
          }
        }
      for_iter_one : {
        Value item;
        const InLineNext in_line = in_line_next(sp[-1], free_threaded, item);
        if (in_line == InLineNext::kItem) {
          *sp++ = item;
          DISPATCH();
        }
        if (in_line == InLineNext::kDone) goto for_iter_done;
      }
      for_iter_other : {
        Value iterator = sp[-1];
        SYNC();
        if (iterator.obj->kind == Kind::Generator) {
          // Resumed here, as a call: its YIELD_VALUE comes back to the instruction after this
          // one, its RETURN ends the loop (no run() and no C++ frame per item).
          if (Value* top = enter_generator<free_threaded>(
                  ts, *static_cast<Generator*>(iterator.obj), sp, frame >= ts.last_frame)) {
            sp = top;
            LOAD_FRAME();
            POLL_EVAL_BREAKER();  // CPython polls on resumption too
            DISPATCH();
          }
        }
        if (!free_threaded && iterator.obj->kind == Kind::Iterator &&
            row_of_generators(*static_cast<Iterator*>(iterator.obj))) {
          zip_step = zip_row_next(ts, sp, sp, 0, ip);
          goto zip_step;
        }
        if (decode_op(*ip) == Op::UNPACK) {  // `for i, x in enumerate(a)`: no tuple made
          const uint32_t count = decode_operand(*ip);
          const UnpackedNext unpacked = iterator_next_unpacked(iterator, count, sp);
          if (unpacked == UnpackedNext::kItems) {
            sp += count;
            ++ip;
            TICK(UNPACK);  // the instruction's tick, as if it ran
            DISPATCH();
          }
          if (unpacked == UnpackedNext::kDone) goto for_iter_done;
        }
        if (iterator.obj->kind == Kind::ScriptInstance) TRY_DUNDER_FRAME(push_next_frame(ts, sp));
        Value next;
        if (iterator_next(iterator, next)) {
          *sp++ = next;
          DISPATCH();
        }
      }
      for_iter_done:
        decref(*--sp);
        ip = code_base + ARG;
        DISPATCH();
      }
      CASE(BUILD_LIST) {
        sp -= ARG;
        *sp = build_list(sp, ARG);
        ++sp;
        DISPATCH();
      }
      CASE(BUILD_TUPLE) {
        sp -= ARG;
        *sp = make_tuple(sp, ARG);
        ++sp;
        DISPATCH();
      }
      CASE(BUILD_DICT) {
        auto* dict = new Dict();
        dict->entries.reserve(ARG);  // as CPython presizes a display's dict: no room to spare
        Value result = Value::object(dict);
        *sp++ = result;  // on the stack first, so a bad key leaves nothing unowned
        SYNC();          // (the stack the unwinder frees ends at ts.stack_top)
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
        sp[-3] = Value::object(new Slice(sp[-3], sp[-2], sp[-1]));  // takes the references
        sp -= 2;
        DISPATCH();
      }
      CASE(LIST_APPEND) {
        Value v = *--sp;
        as_list(sp[-1 - static_cast<int>(ARG)])->items.push_back(v);
        DISPATCH();
      }
      CASE(UNPACK) {
        // A tuple of the right length (`for i, x in enumerate(a)`, `a, b = b, a`) in line.
        if (const Value sequence = sp[-1];
            is_exact_tuple(sequence) && as_tuple(sequence)->items.size() == ARG) {
          const Value* items = as_tuple(sequence)->items.data();
          --sp;
          for (uint32_t i = ARG; i-- > 0;) {
            incref(items[i]);
            *sp++ = items[i];
          }
          decref(sequence);
          DISPATCH();
        }
        SYNC();
        DISPATCH_TOP_OR_RAISE(unpack_sequence_or_pending(ts, sp, ARG));
      }
      CASE(FORMAT_VALUE) {
        if (ARG == kFormatIntLater && sp[-1].is_int()) DISPATCH();  // BUILD_STRING formats it
        SYNC();
        bool has_spec = (ARG & 4) != 0;
        Value result =
            format_field(sp[has_spec ? -2 : -1], has_spec ? sp[-1] : Value::undefined(), ARG & 3);
        if (has_spec) decref(*--sp);
        decref(sp[-1]);
        sp[-1] = result;
        DISPATCH();
      }
      CASE(BUILD_STRING) {
        sp -= ARG;
        *sp = join_strs(sp, ARG);  // takes the parts' references
        ++sp;
        DISPATCH();
      }
      CASE(SUBSCR) {
        // list[int] and tuple[int] in line; a free-threaded list after a dict's case below.
        if (sp[-1].is_int() && sp[-2].is_obj() &&
            (is_exact_tuple(sp[-2]) || (is_exact_list(sp[-2]) && !free_threaded))) {
          const std::vector<Value>& items =
              sp[-2].obj->kind == Kind::Tuple ? as_tuple(sp[-2])->items : as_list(sp[-2])->items;
          Value item;
          if (item_at(items, sp[-1].i, item)) {
            decref(sp[-2]);
            sp[-2] = item;
            --sp;
            DISPATCH();
          }
        }
      subscr_other:  // SUBSCR_INT continues here with its index pushed
        if (is_dict_without(sp[-2], kSubclassGetItem)) {
          SYNC();
          Value v = static_cast<Dict*>(sp[-2].obj)->get(sp[-1]);  // raises for an unhashable key
          if (v.is_undefined())
              [[unlikely]] {  // KeyError, caught here without a throw if it can be
            // (a subclass's __missing__ is called by the general path)
            if (static_cast<Dict*>(sp[-2].obj)->of_subclass()) goto subscr_general;
            v = missing_dict_item(*static_cast<Dict*>(sp[-2].obj), sp[-1]);  // a defaultdict's
            if (v.is_undefined()) {
              Value exception = new_key_error(sp[-1]);
              RAISE_HERE(exception, true);
            }
          }
          decref(sp[-1]);
          decref(sp[-2]);
          sp[-2] = v;
          --sp;
          DISPATCH();
        }
        if (free_threaded && sp[-1].is_int() && is_exact_list(sp[-2])) {
          Value item;
          if (list_item_locked(*as_list(sp[-2]), sp[-1].i, item)) {
            decref(sp[-2]);
            sp[-2] = item;
            --sp;
            DISPATCH();
          }
        }
        // text[i] of an ASCII str (its length counted), the character's shared str, and of
        // bytes, the byte's value.
        if (sp[-1].is_int() && (is_exact_str(sp[-2]) || is_kind(sp[-2], Kind::Bytes))) {
          const bool bytes = sp[-2].obj->kind == Kind::Bytes;
          const std::string& text = bytes ? static_cast<const Bytes*>(sp[-2].obj)->data
                                          : static_cast<const Str*>(sp[-2].obj)->text;
          const int64_t length = static_cast<int64_t>(text.size());
          int64_t index = sp[-1].i < 0 ? sp[-1].i + length : sp[-1].i;
          if ((bytes || static_cast<const Str*>(sp[-2].obj)->counted_length() == length) &&
              index >= 0 && index < length) {
            const auto unit = static_cast<unsigned char>(text[index]);
            decref(sp[-2]);
            sp[-2] = bytes ? Value::integer(unit) : ascii_char(unit);
            --sp;
            DISPATCH();
          }
        }
      subscr_general:
        SYNC();
        if (is_kind(sp[-2], Kind::ScriptInstance))
          TRY_DUNDER_FRAME(push_dunder_frame(ts, sp, NAME_KEY("__getitem__"), 2));
        Value result = get_item_or_pending(ts, sp[-2], sp[-1]);
        if (result.is_undefined()) [[unlikely]]
          goto raise_pending_exception;
        decref(sp[-1]);
        decref(sp[-2]);
        sp[-2] = result;
        --sp;
        DISPATCH();
      }
      CASE(SUBSCR_INT) {
        // x[k] for a literal k >= 0 (b[0], pair[1]): as SUBSCR's in-line case, with no index on
        // the stack (a free-threaded list's under its lock); anything else continues as SUBSCR
        // with k pushed (the spare stack slot).
        Value container = sp[-1];
        if (container.is_obj() &&
            (is_exact_tuple(container) || (is_exact_list(container) && !free_threaded))) {
          const std::vector<Value>& items = container.obj->kind == Kind::Tuple
                                                ? as_tuple(container)->items
                                                : as_list(container)->items;
          if (ARG < items.size()) {
            Value item = items[ARG];
            incref(item);
            sp[-1] = item;
            decref(container);
            DISPATCH();
          }
        }
        Value item;
        if (free_threaded && is_exact_list(container) &&
            list_item_locked(*as_list(container), ARG, item)) {
          sp[-1] = item;
          decref(container);
          DISPATCH();
        }
        *sp++ = Value::integer(ARG);
        goto subscr_other;
      }
      CASE(STORE_SUBSCR) {
        if (sp[-1].is_int() && is_exact_list(sp[-2]) &&
            (free_threaded ? store_list_item<true>(*as_list(sp[-2]), sp[-1].i, sp[-3])
                           : store_list_item<false>(*as_list(sp[-2]), sp[-1].i, sp[-3]))) {
          decref(sp[-2]);  // (the stack's reference to the value moved into the list)
          sp -= 3;
          DISPATCH();
        }
      store_subscr_other:  // STORE_SUBSCR_INT continues here with its index pushed
        SYNC();
        if (is_kind(sp[-2], Kind::ScriptInstance)) TRY_DUNDER_FRAME(push_setitem_frame(ts, sp));
        if (is_dict_without(sp[-2], kSubclassSetItem)) {
          if (unhashable_builtin(sp[-1])) [[unlikely]] {  // `d[[1]] = 2`: no C++ throw
            raise_pending(ts, unhashable_error(sp[-1]));
            goto raise_pending_exception;
          }
          static_cast<Dict*>(sp[-2].obj)->set(sp[-1], sp[-3]);  // `counts[word] = n`
        } else {
          set_item(sp[-2], sp[-1], sp[-3]);
        }
        decref(sp[-1]);
        decref(sp[-2]);
        decref(sp[-3]);
        sp -= 3;
        DISPATCH();
      }
      CASE(STORE_SUBSCR_INT) {
        // c[k] = v for a literal k >= 0: a list's item in line (under its lock when
        // free-threaded), as STORE_SUBSCR; anything else continues as STORE_SUBSCR with k pushed
        // (the spare stack slot).
        if (is_exact_list(sp[-1]) &&
            (free_threaded ? store_list_item<true>(*as_list(sp[-1]), ARG, sp[-2])
                           : store_list_item<false>(*as_list(sp[-1]), ARG, sp[-2]))) {
          decref(sp[-1]);  // (the stack's reference to the value moved into the list)
          sp -= 2;
          DISPATCH();
        }
        *sp++ = Value::integer(ARG);
        goto store_subscr_other;
      }
      CASE(BINARY_SLICE) {
        SYNC();
        if (ARG != 0 && zero_slice_step_pending(ts, sp)) [[unlikely]]
          goto raise_pending_exception;
        sp = binary_slice(sp, ARG);
        DISPATCH();
      }
      CASE(STORE_SLICE) {
        SYNC();
        sp = store_slice(sp, ARG);
        DISPATCH();
      }
      CASE(CALL) {
      call_operand:  // CALL_METHOD continues here, with `ins` a CALL of its count
        size_t count = ARG;
        Value* args = sp - count;
        Value callee = args[-1];
        if (callee.is_obj() && callee.obj->kind == Kind::Function) {
          auto& function = *static_cast<Function*>(callee.obj);
          const Code& code = *function.code;
          // The common case: exact arity, all positional; the other locals start unbound. Only
          // the caller's ip is synced: nothing here raises or reads the stack's top, and the
          // callee syncs before anything does (its poll below included).
          // Next, the last parameters left to their defaults (`f(x)` of `def f(a, b=1)`).
          frame->ip = ip;
          const int given = static_cast<int>(count);
          if (count == static_cast<size_t>(code.positional_arity) && frame < ts.last_frame &&
              args + code.activation_slots <= ts.stack_end) [[likely]] {
            sp = args + count;
            for (int i = code.arity; i < code.local_count; ++i) *sp++ = Value::undefined();
          } else if (code.positional_arity > given &&
                     static_cast<size_t>(code.positional_arity - given) <=
                         function.defaults.size() &&
                     frame < ts.last_frame && args + code.activation_slots <= ts.stack_end) {
            sp = fill_unbound(push_defaults(function, args + count,
                                            static_cast<size_t>(code.positional_arity - given)),
                              args + code.local_count);
          } else {
            SYNC();
            // Keyword-only parameters, *args or **kwargs (a decorator's wrapper): straight to
            // bind_rest(), not through prepare_locals()'s frame.
            sp = code.positional_arity < 0 ? bind_rest(ts, function, args, count)
                                           : prepare_locals(ts, function, args, count);
            if (sp == nullptr) [[unlikely]]  // a binding error, pending: g(1, 2) of def g(a)
              goto raise_pending_exception;
          }
          push_call_frame(ts, function, args);
          LOAD_FRAME();
          POLL_EVAL_BREAKER();
          DISPATCH();
        }
        SYNC();
        if (callee.is_obj() && callee.obj->kind == Kind::Native) {
          const Native::InLine in_line = static_cast<Native*>(callee.obj)->in_line;
          if (in_line == Native::InLine::kLen && count == 1) {
            const int64_t n = length_in_line<free_threaded>(args[0]);
            if (n >= 0) {
              decref(args[0]);
              decref(callee);
              args[-1] = Value::integer(n);
              sp = args;
              DISPATCH();
            }
          } else if (in_line == Native::InLine::kType && count == 1) {
            // A script instance's class, or a builtin value's that class_of() has found.
            const Value v = args[0];
            const int slot = common_class_slot(v);
            Object* const cls =
                is_kind(v, Kind::ScriptInstance) ? static_cast<ScriptInstance*>(v.obj)->cls
                : slot >= 0 ? ts.vm.common_classes[static_cast<size_t>(slot)].load(
                                  std::memory_order_acquire)
                            : nullptr;
            if (cls != nullptr) {
              incref(Value::object(cls));
              decref(v);
              decref(callee);
              args[-1] = Value::object(cls);
              sp = args;
              DISPATCH();
            }
          } else if (in_line == Native::InLine::kNext && (count == 1 || count == 2) &&
                     args[0].is_obj()) {
            if (args[0].obj->kind == Kind::Generator) {
              if (Value* top = enter_next_generator<free_threaded>(ts, args, count,
                                                                   frame >= ts.last_frame)) {
                sp = top;
                LOAD_FRAME();
                POLL_EVAL_BREAKER();  // CPython polls on resumption too
                DISPATCH();
              }
            } else {
              // next(it) of a range's, list's, tuple's or dict's iterator (a script __next__
              // handing on its input's items): FOR_ITER's next item. At the end the native next()
              // runs, and finds the iterator as exhausted, to give the default or raise.
              Value item;
              if (in_line_next(args[0], free_threaded, item) == InLineNext::kItem) {
                if (count == 2) decref(args[1]);
                decref(args[0]);
                decref(callee);
                args[-1] = item;
                sp = args;
                DISPATCH();
              }
            }
          } else if (in_line == Native::InLine::kOrd && count == 1 && is_kind(args[0], Kind::Str) &&
                     as_str(args[0])->text.size() == 1) {  // an ASCII character's code (ciphers)
            const auto code = static_cast<unsigned char>(as_str(args[0])->text[0]);
            decref(args[0]);
            decref(callee);
            args[-1] = Value::integer(code);
            sp = args;
            DISPATCH();
          } else if (in_line == Native::InLine::kChr && count == 1 && args[0].is_int() &&
                     static_cast<uint64_t>(args[0].i) < 0x80) {  // the shared ASCII character
            decref(callee);
            args[-1] = ascii_char(static_cast<unsigned char>(args[0].i));
            sp = args;
            DISPATCH();
          } else if (in_line == Native::InLine::kAbs && count == 1 && is_complex(args[0]) &&
                     complex_abs_in_line(*as_complex(args[0]), args[-1])) {
            decref(args[0]);
            decref(callee);
            sp = args;
            DISPATCH();
          } else if (in_line >= Native::InLine::kSum && count == 1 && args[0].is_obj() &&
                     args[0].obj->kind == Kind::Generator) {
            SYNC();
            if (Value* top = enter_consumed_generator<free_threaded>(ts, args, in_line,
                                                                     frame >= ts.last_frame)) {
              sp = top;
              LOAD_FRAME();
              POLL_EVAL_BREAKER();  // CPython polls on resumption too
              DISPATCH();
            }
          } else if (in_line == Native::InLine::kIsInstance && count == 2) {
            const int is = isinstance_in_line(args[0], args[1]);
            if (is >= 0) {
              decref(args[1]);
              decref(args[0]);
              decref(callee);
              args[-1] = Value::boolean(is);
              sp = args;
              DISPATCH();
            }
          }
        }
        if (callee.is_obj() && callee.obj->kind == Kind::Method) {
          // A bound method of a script function: a call of the function with self first.
          sp = unpack_method(args,
                             count++);  // callee, self, args...: one slot more (see stack_bound)
          callee = args[-1];
          SYNC();
          if (callee.is_obj() && callee.obj->kind == Kind::Function) {
            auto& function = *static_cast<Function*>(callee.obj);
            if (!bind_exact(ts, function, args, count, sp)) [[unlikely]]
              goto raise_pending_exception;
            push_call_frame(ts, function, args);
            LOAD_FRAME();
            POLL_EVAL_BREAKER();
            DISPATCH();
          }
        }
        if (callee.is_obj() && callee.obj->kind == Kind::Class) {
          Value init = script_init(callee, free_threaded);
          if (!init.is_undefined()) {
            sp = construct(ts, init, args, count);
            if (sp == nullptr) [[unlikely]]
              goto raise_pending_exception;
            LOAD_FRAME();
            POLL_EVAL_BREAKER();
            DISPATCH();
          }
        }
        if (count == 1 && is_kind(args[0], Kind::ScriptInstance) &&
            is_kind(callee, Kind::Native) && static_cast<Native*>(callee.obj)->call1 == length_of)
          TRY_DUNDER_FRAME(push_length_frame(ts, args));
        Value result = native_call_or_caught(ts, callee, args, count, nullptr);
        if (result.is_undefined()) [[unlikely]]
          goto raise_pending_exception;
        for (Value* p = args - 1; p < sp; ++p) decref(*p);
        sp = args - 1;
        *sp++ = result;
        DISPATCH();
      }
      CASE(LOAD_METHOD) {
        AttributeCache& cache = Code::attribute_cache(constants, ARG);
        // A builtin type's method first (`counts.get`, `seen.add`): a site that loads a script
        // instance's method has none recorded, and passes on after one test.
        const uint64_t builtin = cache.builtin_method.load(std::memory_order_relaxed);
        if (builtin_method_key_matches(builtin, sp[-1])) {  // (method, object): see load_method
          *sp = sp[-1];
          sp[-1] = native_method_slot(builtin_method_word(builtin));
          ++sp;
          DISPATCH();
        }
        if (free_threaded ? load_method_hit<true>(cache, sp) : load_method_hit<false>(cache, sp)) {
          ++sp;  // (function, self)
          DISPATCH();
        }
        SYNC();
        sp = load_method(ts, cache, sp);
        DISPATCH();
      }
      CASE(LOAD_SUPER_METHOD) {
        AttributeCache& cache = Code::attribute_cache(constants, ARG);
        SYNC();
        Value function, self;
        if (super_method_in_line(ts, sp[-1], cache.name, function, self)) {
          decref(sp[-1]);
          sp[-1] = function;
          *sp++ = self;
          DISPATCH();
        }
        // Anything else as `super()` then LOAD_METHOD on what it gave.
        Value made = call_value(ts, sp[-1], nullptr, 0);
        decref(sp[-1]);
        sp[-1] = made;
        sp = load_method(ts, cache, sp);
        DISPATCH();
      }
// A builtin method's in-line None (list.append, set.add): pushed as its result, or for
// CALL_METHOD_POP dropped at once, and the POP after it skipped.
#define METHOD_RESULT_NONE(pair)                 \
  do {                                           \
    if (decode_op(ins) == Op::CALL_METHOD_POP) { \
      sp = pair;                                 \
      ++ip;                                      \
    } else {                                     \
      pair[0] = Value::none();                   \
      sp = pair + 1;                             \
    }                                            \
    DISPATCH();                                  \
  } while (0)
      CASE(CALL_METHOD_POP) { goto call_method; }
      CASE(CALL_METHOD) {
      call_method:  // CALL_METHOD_POP continues here; its `ins` says so to a None result
        Value* pair = sp - ARG - 2;
        if (pair[1].is_undefined()) {  // (attribute, Undefined): a plain call of the attribute
          if (is_kind(pair[0], Kind::Native)) {
            SYNC();
            sp = call_native_attribute(ts, pair, ARG);
            goto native_method_result;
          }
          std::memmove(pair + 1, pair + 2, ARG * sizeof(Value));
          --sp;
          ins = encode(Op::CALL, ARG);
          goto call_operand;
        }
        if (pair[0].is_undefined()) {  // a builtin type's method
          switch (native_method_in_line(static_cast<uint64_t>(pair[0].i))) {
            case InLineMethod::kListAppend:
              // list.append(x) (CPython 3.11's CALL_NO_KW_LIST_APPEND): the list takes the
              // stack's reference to x, and the stack's to the list goes.
              if (ARG != 1) break;
              append_owned(*as_list(pair[1]), pair[2], free_threaded);
              decref(pair[1]);
              METHOD_RESULT_NONE(pair);
            case InLineMethod::kDictGet: {
              // dict.get(key[, default]) (`counts.get(w, 0)`): the default's reference on the
              // stack becomes the result's when the key is absent.
              if (ARG - 1u >= 2u) break;
              Value found;
              if (!static_cast<Dict*>(pair[1].obj)->try_get(pair[2], found)) [[unlikely]] {
                SYNC();  // the key's hash or a script __eq__ may raise
                if (unhashable_builtin(pair[2])) {  // `d.get([1])`: no C++ throw
                  Value exception = unhashable_error(pair[2]);
                  RAISE_HERE(exception, true);
                }
                found = static_cast<Dict*>(pair[1].obj)->get(pair[2]);
              }
              if (found.is_undefined()) {
                found = ARG == 2 ? pair[3] : Value::none();
              } else if (ARG == 2) {
                decref(pair[3]);
              }
              decref(pair[2]);
              decref(pair[1]);
              pair[0] = found;
              sp = pair + 1;
              DISPATCH();
            }
            case InLineMethod::kSetAdd:
              if (ARG != 1) break;
              SYNC();  // the key's hash may raise
              if (unhashable_builtin(pair[2])) [[unlikely]] {  // `s.add([1])`: no C++ throw
                Value exception = unhashable_error(pair[2]);
                RAISE_HERE(exception, true);
              }
              as_set(pair[1])->add(pair[2]);  // takes its own reference when it inserts
              decref(pair[2]);
              decref(pair[1]);
              METHOD_RESULT_NONE(pair);
            case InLineMethod::kSetDiscard:
            case InLineMethod::kSetRemove: {
              if (ARG != 1) break;
              SYNC();
              const bool removed = as_set(pair[1])->discard(pair[2]);
              if (!removed &&
                  native_method_in_line(static_cast<uint64_t>(pair[0].i)) ==
                      InLineMethod::kSetRemove) {
                Value exception = new_key_error(pair[2]);
                RAISE_HERE(exception, true);
              }
              decref(pair[2]);
              decref(pair[1]);
              METHOD_RESULT_NONE(pair);
            }
            case InLineMethod::kTextJoin:
              if (ARG != 1 || !is_kind(pair[2], Kind::Generator)) break;
              SYNC();
              if (Value* top = enter_consumed_generator<free_threaded>(
                      ts, pair + 2, Native::InLine::kJoin, frame >= ts.last_frame)) {
                sp = top;
                LOAD_FRAME();
                POLL_EVAL_BREAKER();  // CPython polls on resumption too
                DISPATCH();
              }
              break;
            case InLineMethod::kDequeAppend:
            case InLineMethod::kDequeAppendLeft:
              // deque.append(x), as list.append: the deque takes the stack's reference to x.
              if (ARG != 1) break;
              deque_add(*as_deque(pair[1]), pair[2],
                        native_method_in_line(static_cast<uint64_t>(pair[0].i)) ==
                            InLineMethod::kDequeAppendLeft);
              decref(pair[1]);
              METHOD_RESULT_NONE(pair);
            case InLineMethod::kDequePop:
            case InLineMethod::kDequePopLeft: {
              // deque.popleft(): an empty deque's IndexError is the call's, below.
              Value item;
              if (ARG != 0 ||
                  !deque_take(*as_deque(pair[1]),
                              native_method_in_line(static_cast<uint64_t>(pair[0].i)) ==
                                  InLineMethod::kDequePopLeft,
                              item))
                break;
              decref(pair[1]);
              pair[0] = item;
              sp = pair + 1;
              DISPATCH();
            }
            case InLineMethod::kListPop: {
              // list.pop() under a GIL (a stack machine's every other call): the last item's
              // reference passes to the stack; an empty list's IndexError, pop(i) and the
              // free-threaded lock are the call's, below.
              if (ARG != 0 || free_threaded) break;
              std::vector<Value>& items = as_list(pair[1])->items;
              if (items.empty()) break;
              const Value item = items.back();
              items.pop_back();
              decref(pair[1]);
              pair[0] = item;
              sp = pair + 1;
              DISPATCH();
            }
            case InLineMethod::kGeneratorSend:
              if (ARG != 1) break;
              SYNC();
              if (Value* top = enter_send_call<free_threaded>(ts, pair, frame >= ts.last_frame)) {
                sp = top;
                LOAD_FRAME();
                POLL_EVAL_BREAKER();  // CPython polls on resumption too
                DISPATCH();
              }
              break;
            case InLineMethod::kFixedArity: {
              // A body for this count (CPython's METH_NOARGS, METH_O, METH_FASTCALL calls);
              // another count comes to the NativeFn below, which raises the binding error.
              const FixedArityMethod& fixed = native_method_fixed(static_cast<uint64_t>(pair[0].i));
              if (ARG == 0 && fixed.ascii_answers && is_kind(pair[1], Kind::Str) &&
                  as_str(pair[1])->text.size() == 1) {  // `ch.isdigit()`: answered by table
                const auto byte = static_cast<unsigned char>(as_str(pair[1])->text[0]);
                const bool answer = fixed.ascii_answers[byte & 0x7F];
                decref(pair[1]);
                pair[0] = Value::boolean(answer);
                sp = pair + 1;
                DISPATCH();
              }
              if (!fixed.takes(ARG)) break;
              SYNC();
              sp = ARG == 0   ? call_fixed_arity_method<0>(ts, pair)
                   : ARG == 1 ? call_fixed_arity_method<1>(ts, pair)
                              : call_fixed_arity_method<2>(ts, pair);
              goto native_method_result;
            }
            case InLineMethod::kNone: break;
          }
          SYNC();
          sp = ARG == 0   ? call_native_method_of<0>(ts, pair)
               : ARG == 1 ? call_native_method_of<1>(ts, pair)
               : ARG == 2 ? call_native_method_of<2>(ts, pair)
                          : call_native_method(ts, pair, ARG);
        native_method_result:  // a module's function called in place comes here too
          if (sp[-1].is_undefined()) [[unlikely]] {  // its raise_pending() (deque.pop when empty)
            --sp;
            SYNC();  // the unwinding reads the stack's top there: the arguments are gone
            goto raise_pending_exception;
          }
          DISPATCH();
        }
        ins = encode(Op::CALL, ARG + 1);  // (function, self): self is the first argument
        goto call_operand;
      }
#undef METHOD_RESULT_NONE
      CASE(CALL_METHOD_KW) {
        Value* pair = sp - ARG - 3;  // the pair, the arguments, the names
        if (pair[1].is_undefined()) {  // (attribute, Undefined): a CALL_KW of the attribute
          std::memmove(pair + 1, pair + 2, (ARG + 1) * sizeof(Value));
          --sp;
          ins = encode(Op::CALL_KW, ARG);
          goto call_kw_operand;
        }
        if (pair[0].is_undefined()) {  // a builtin type's method
          SYNC();
          sp = call_native_method(ts, pair, ARG, as_tuple(sp[-1]));
          if (sp[-1].is_undefined()) [[unlikely]] {
            --sp;
            SYNC();
            goto raise_pending_exception;
          }
          DISPATCH();
        }
        ins = encode(Op::CALL_KW, ARG + 1);  // (function, self): self is the first argument
        goto call_kw_operand;
      }
      CASE(CALL_KW) {
      call_kw_operand:  // CALL_METHOD_KW continues here, with `ins` a CALL_KW of its count
        size_t count = ARG;
        Value names = sp[-1];
        Value* args = sp - 1 - count;
        Value callee = args[-1];
        if (callee.is_obj() && callee.obj->kind == Kind::Method) {
          sp = unpack_method(args, count + 1);  // the names move up with the arguments
          ++count;
          callee = args[-1];
        }
        SYNC();
        if (callee.is_obj() && callee.obj->kind == Kind::Function) {
          auto& function = *static_cast<Function*>(callee.obj);
          --sp;  // the names tuple: a constant, still owned by the code
          ts.stack_top = sp;
          decref(names);
          const Code& code = *function.code;
          const KeywordCallPlan* plan =
              keyword_call_plan(*frame, ip, function, count, *as_tuple(names));
          if (plan != nullptr && function.defaults.size() == plan->defaults && frame < ts.last_frame &&
              args + code.activation_slots <= ts.stack_end) {
            sp = bind_by_plan(*plan, function, args);
          } else {
            sp = bind_arguments(ts, function, args, count, as_tuple(names));
            if (sp == nullptr) [[unlikely]]
              goto raise_pending_exception;
          }
          push_call_frame(ts, function, args);
          LOAD_FRAME();
          POLL_EVAL_BREAKER();
          DISPATCH();
        }
        Value result = native_call_or_caught(ts, callee, args, count, as_tuple(names));
        if (result.is_undefined()) [[unlikely]]
          goto raise_pending_exception;
        for (Value* p = args - 1; p < sp; ++p) decref(*p);
        sp = args - 1;
        *sp++ = result;
        DISPATCH();
      }
      CASE(GENERATOR_RETURN) {
        if (frame != entry_frame) {  // FOR_ITER, SEND or next() resumed it in this run()
          SYNC();
          const bool next_call = frame->on_return == FrameReturn::kNextCall ||
                                 frame->on_return == FrameReturn::kConsume;
          sp = finish_resumed_generator(ts, *frame, sp);
          LOAD_FRAME();
          if (next_call) [[unlikely]] {
            if (!ts.pending_exception.is_undefined()) goto raise_pending_exception;
            DISPATCH();
          }
          ip = code_base + decode_operand(ip[-1]);  // FOR_ITER's or SEND's exit
          DISPATCH();
        }
        goto return_value;  // resume_claimed_generator() sees it finished
      }
      CASE(RETURN) {
      return_value:
        Value result = *--sp;
        // Read before the callee slot's reference goes: it may be the function's last.
        const bool slow_return = frame->function->code->slow_return;
        // The callee slot last: releasing a local may finalize a generator
        // (finalize_generator() reads the innermost frame's function), which must still live.
        for (Value* p = locals; p < sp; ++p) decref(*p);
        decref(locals[-1]);
        sp = locals - 1;
        if (slow_return) [[unlikely]] {
          ts.ticks = ticks;
          // A script __next__'s item for FOR_ITER, the commonest: above the iterator, as
          // finish_operator_return() leaves it, without its call.
          const bool no_blocks = !(ts.handlers.size() > frame->handler_base) &&
                                 !(ts.handled_exceptions.size() > frame->handled_base);
          if (frame->on_return == FrameReturn::kForIterNext && no_blocks) {
            ts.frames.pop_back();
            LOAD_FRAME();
            *sp++ = result;
            DISPATCH();
          }
          // Next, a binary operator's dunder that answered (`a + b` of vectors): its result
          // replaces the operands below the callee slot, as finish_operator_return() does.
          if (frame->on_return == FrameReturn::kOperator && no_blocks) {
            static const Object* const declined = not_implemented().obj;
            if (!(result.is_obj() && result.obj == declined)) {
              ts.frames.pop_back();
              decref(sp[-1]);
              decref(sp[-2]);
              sp[-2] = result;
              --sp;
              LOAD_FRAME();
              DISPATCH();
            }
          }
          if (frame->on_return > FrameReturn::kConstruct) {  // an operator's dunder
            sp = finish_operator_return(ts, sp, result);
            LOAD_FRAME();
            DISPATCH();
          }
          if (frame->on_return == FrameReturn::kConstruct && no_blocks && result.is_none()) {
            // __init__ of a class called in line (construct()): the instance, below its callee
            // slot, is the call's result.
            result = *--sp;
          } else if (frame->on_return == FrameReturn::kConstruct || !no_blocks) {
            // An operator's dunder called from C++ (sorted()'s __lt__) has no blocks to release.
            result = finish_slow_return(ts, sp, result);
            sp -= ts.frames.back().on_return == FrameReturn::kConstruct;  // the instance was below
          }
        }
        if (frame == entry_frame) [[unlikely]] {
          if (repeater && repeater->again(result, locals)) {
            // The same function again, from its start, as a new call (which polls): the callee
            // slot's reference back (call_repeatedly() keeps the function alive meanwhile).
            const Code& code = *frame->function->code;
            locals[-1] = Value::object(frame->function);
            incref(locals[-1]);
            sp = fill_unbound(locals + code.arity, locals + code.local_count);
            ip = code_base;
            POLL_EVAL_BREAKER();
            DISPATCH();
          }
          ts.frames.pop_back();
          ts.stack_top = sp;
          ts.ticks = ticks;
          return result;
        }
        ts.frames.pop_back();
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
        set_frame_bases(ts, *frame);
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
          Value exception = ts.handled_exceptions.back();
          incref(exception);
          RAISE_HERE(exception, false);
        }
        if (ARG == 2) {
          Value exception = exception_with_cause(ts, sp);
          sp -= 2;
          ts.stack_top = sp;
          RAISE_HERE(exception, true);
        }
        Value exception = exception_to_raise(ts, sp[-1]);
        decref(*--sp);
        ts.stack_top = sp;
        RAISE_HERE(exception, true);
      }
      CASE(RERAISE) {
        Value exception = *--sp;
        SYNC();
        RAISE_HERE(exception, false);
      }
      raise_pending_exception: {  // what native_call_or_caught() left, the stack as it was
        Value exception = take_pending_exception(ts);
        RAISE_HERE(exception, ts.pending_add_traceback);
      }
      CASE(EXCEPTION_MATCH) {
        SYNC();
        bool match = exception_matches(sp[-2], sp[-1]);
        decref(sp[-1]);
        sp[-1] = Value::boolean(match);
        DISPATCH();
      }
      CASE(ENTER_EXCEPT) {
        set_frame_bases(ts, *frame);
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
      CASE(MAKE_CELL) {
        locals[ARG] = make_cell(locals[ARG]);
        DISPATCH();
      }
      CASE(COPY_FREE_VARS) {
        // Every call of a closure runs it (a lambda a map() calls per item): under a GIL in line,
        // a cell being always an object counted without a tag test.
        if (!free_threaded) {
          Value* slot = locals + ARG;
          for (const Value cell : frame->function->closure) {
            incref_in_mode<false>(cell.obj);
            *slot++ = cell;
          }
        } else {
          copy_free_vars(*frame->function, locals + ARG);
        }
        DISPATCH();
      }
      CASE(LOAD_DEREF) {
        // The cell's value in line: under a GIL the cell is this thread's to read; free-threaded
        // it is read and counted under the cell's lock (Cell::load), since another thread may
        // store into the cell and free the value once it is released. An empty cell raises in
        // load_deref.
        if (!free_threaded) {
          Value v = static_cast<Cell*>(locals[ARG].obj)->value;
          if (!v.is_undefined()) [[likely]] {
            incref(v);
            *sp++ = v;
            DISPATCH();
          }
        } else if (Value v = static_cast<Cell*>(locals[ARG].obj)->load_in_mode<true>();
                   !v.is_undefined()) {
          *sp++ = v;
          DISPATCH();
        }
        SYNC();
        *sp++ = load_deref(*frame->function, locals, ARG);
        DISPATCH();
      }
      CASE(STORE_DEREF) {
        --sp;
        if (!free_threaded) {
          auto* cell = static_cast<Cell*>(locals[ARG].obj);
          Value old = cell->value;
          cell->value = *sp;
          decref(old);
          DISPATCH();
        }
        static_cast<Cell*>(locals[ARG].obj)->store(*sp);  // under the cell's lock
        DISPATCH();
      }
      CASE(LOAD_CLOSURE) {
        *sp++ = new_reference(locals[ARG]);
        DISPATCH();
      }
      CASE(MAKE_CLOSURE) {
        sp = make_closure(ts.vm, sp, ARG, frame->function->globals);
        DISPATCH();
      }
      CASE(RETURN_GENERATOR) {
        // The frame moves into the generator: the caller gets the generator, as from RETURN.
        Value result = new_generator(*frame, sp, static_cast<uint32_t>(ip - code_base));
        sp = locals - 1;
        if (frame->on_return > FrameReturn::kConstruct) {  // an operator's dunder
          SYNC();
          sp = finish_operator_return(ts, sp, result);
          LOAD_FRAME();
          DISPATCH();
        }
        const bool constructing = frame->on_return == FrameReturn::kConstruct;
        ts.frames.pop_back();
        if (frame == entry_frame) {
          ts.stack_top = sp;
          ts.ticks = ticks;
          return result;
        }
        LOAD_FRAME();
        if (constructing) [[unlikely]] {  // __init__ is a generator function
          SYNC();
          raise_init_result(ts, sp, result);
        }
        *sp++ = result;
        DISPATCH();
      }
      CASE(YIELD_VALUE) {
        if (sink && frame == entry_frame && sink->take(sp[-1])) {
        yield_taken:
          // Taken: the generator goes on as resumed by next() (the `yield` is None), polling as
          // on a resumption. A `yield` statement's None is dropped at once, as its POP would
          // (a generator expression's: a dispatch fewer per item).
          if (decode_op(*ip) == Op::POP) {
            --sp;
            ++ip;
          } else {
            sp[-1] = Value::none();
          }
          POLL_EVAL_BREAKER();
          DISPATCH();
        }
        // A generator's frame has the generator itself in the callee slot. It is the entry frame
        // of the run() that resume_generator() started, or one that FOR_ITER resumed in this
        // run(): then the value is that loop's next item.
        // The value stays in its slot (above what the generator keeps) until it moves down to
        // the resumer's top in one 16-byte copy: held in two registers across the call and
        // stored as two halves, it made the resumer's next instruction, which loads it whole,
        // miss store-to-load forwarding (a fifth of generators.py's cycles).
        // A consumer's generator (CALL of sum(), list(), ...): its item taken in line, away from
        // here (a test more, no more registers held, for every other generator's yield).
        if (frame->on_return == FrameReturn::kConsume) [[unlikely]]
          goto consume_item;
      yield_suspend: {
        Value* const yielded = --sp;
        suspend_generator<free_threaded>(ts, *frame, sp, static_cast<uint32_t>(ip - code_base));
        sp = locals - 1;
        // One test for the rarer kinds of frame (a plain one is FOR_ITER's or SEND's).
        if (frame->on_return != FrameReturn::kPlain) [[unlikely]] {
          if (frame->on_return == FrameReturn::kGeneratorEntry) {  // resume_generator()'s
            ts.frames.pop_back();
            ts.stack_top = sp;
            ts.ticks = ticks;
            return *yielded;
          }
          if (frame->on_return == FrameReturn::kConsume) {  // an item the consumer declined
            Value* const args = locals - 3;
            std::memcpy(static_cast<void*>(args + 2), yielded, sizeof(Value));
            const auto kind = static_cast<Native::InLine>(frame->zip_index);
            ts.frames.pop_back();
            LOAD_FRAME();
            sp = args + 3;
            SYNC();
            const Value result = consumer_rest_or_pending(ts, kind, args);
            if (result.is_undefined()) [[unlikely]]
              goto raise_pending_exception;
            sp = end_consumer_call(args, sp, kind, result);
            DISPATCH();
          }
          if (frame->on_return == FrameReturn::kNextCall) {  // the call's result
            Value* const args = sp - frame->zip_index;
            ts.frames.pop_back();
            LOAD_FRAME();
            const Value callee = args[-1], generator = args[0];
            const Value fallback = sp - args == 2 ? args[1] : Value::undefined();
            std::memcpy(static_cast<void*>(args - 1), yielded, sizeof(Value));
            sp = args;
            SYNC();  // a release below may finalize a generator, which runs above the top
            decref(fallback);
            decref(generator);
            decref(callee);
            DISPATCH();
          }
          // An item of a zip's or enumerate's row (zip_row_next()).
          const size_t index = frame->zip_index;
          ts.frames.pop_back();
          LOAD_FRAME();
          std::memcpy(static_cast<void*>(sp++), yielded, sizeof(Value));
          SYNC();
          zip_step = zip_row_next(ts, sp - index - 1, sp, index + 1, ip);
          goto zip_step;
        }
        ts.frames.pop_back();
        LOAD_FRAME();
        if (decode_op(*ip) == Op::STORE_LOCAL) {
          // `for x in generator`: the STORE_LOCAL after FOR_ITER, done here (a dispatch fewer).
          const uint32_t local = decode_operand(*ip++);
          const Value old = locals[local];
          move_to_local(locals[local], yielded);
          decref(old);
          DISPATCH();
        }
        if (decode_op(*ip) == Op::YIELD_VALUE) [[unlikely]] {
          // A `yield from` chain: the generator whose SEND resumed this one, paused at the
          // YIELD_VALUE after it, yields the same value at once, as that instruction would (its
          // tick counted; one that would expire is left to the instruction), and so on down to
          // the frame that takes the value: no dispatch and no full load of a frame per level.
          while (frame != entry_frame && frame->on_return == FrameReturn::kPlain &&
                 decode_op(*ip) == Op::YIELD_VALUE && decode_op(ip[-1]) == Op::SEND) {
#ifndef GILVM_NO_EVAL_BREAKER
            if (ticks.left <= 0) break;
            --ticks.left;
#endif
            suspend_generator<free_threaded>(ts, *frame, sp, yield_from_resume_at(code_base, ip));
            sp = locals - 1;
            ts.frames.pop_back();
            frame = &ts.frames.back();
            ip = frame->ip;
            locals = frame->locals;
            code_base = frame->function->code->code.data();
          }
          LOAD_FRAME();
        }
        std::memcpy(static_cast<void*>(sp++), yielded, sizeof(Value));
        DISPATCH();
      }
      }
      consume_item: {  // YIELD_VALUE of a kConsume frame: taken, or suspended and declined
        if (consumer_take(static_cast<Native::InLine>(frame->zip_index), locals[-2], sp[-1]))
          goto yield_taken;
        goto yield_suspend;
      }
      // FOR_ITER over a zip or enumerate of generators, after zip_row_next() (its step in
      // `zip_step`): the stack is its.
      zip_step : {
        sp = ts.stack_top;
        if (zip_step == ZipStep::kResumed) {
          LOAD_FRAME();
          POLL_EVAL_BREAKER();  // CPython polls on resumption too
        } else if (zip_step == ZipStep::kRowUnpacked) {
          ++ip;
          TICK(UNPACK);  // the instruction's tick, as if it ran
        } else if (zip_step == ZipStep::kDone) {
          ip = code_base + decode_operand(ip[-1]);  // FOR_ITER's exit
        }
        DISPATCH();
      }
      CASE(SEND) {
        SYNC();
        // A generator is resumed here, as FOR_ITER resumes one: its YIELD_VALUE comes back to
        // the YIELD_VALUE after this instruction, its GENERATOR_RETURN to this one's exit (no
        // run() and no C++ frame per level of a `yield from` chain).
        if (Value* top =
                enter_sent_generator<free_threaded>(ts, locals[-1], sp, frame >= ts.last_frame)) {
          sp = send_down_chain<free_threaded>(ts, top, ticks);
          LOAD_FRAME();
          POLL_EVAL_BREAKER();  // CPython polls on resumption too
          DISPATCH();
        }
        if (!yield_from_send(ts, locals[-1], sp)) {
          --sp;
          ip = code_base + ARG;
        }
        DISPATCH();
      }
      CASE(LIST_EXTEND) {
        SYNC();
        sp = extend_arguments(sp, ARG);
        DISPATCH();
      }
      CASE(DICT_MERGE) {
        SYNC();
        sp = merge_keywords(sp, ARG);
        DISPATCH();
      }
      CASE(CALL_EX) {
        SYNC();
        if (Value* top = enter_unpacked_call(ts, sp, ARG)) {
          sp = top;
          LOAD_FRAME();
          POLL_EVAL_BREAKER();
          DISPATCH();
        }
        sp = call_unpacked(ts, sp, ARG);
        DISPATCH();
      }
      CASE(UNPACK_EX) {
        SYNC();
        DISPATCH_TOP_OR_RAISE(unpack_starred_or_pending(ts, sp, ARG & 0xfff, ARG >> 12));
      }
      CASE(MAP_ADD) {
        SYNC();
        sp = map_add(sp, ARG);
        DISPATCH();
      }
      CASE(DISPLAY_EXTEND) {
        SYNC();
        sp = display_extend(sp, ARG);
        DISPATCH();
      }
      CASE(LIST_TO_TUPLE) {
        list_to_tuple(sp);
        DISPATCH();
      }
      CASE(DELETE_LOCAL) {
        if (locals[ARG].is_undefined()) {
          SYNC();
          raise_unbound_local(*frame->function->code, ARG);
        }
        sp = delete_local(locals + ARG, sp);
        DISPATCH();
      }
      CASE(DELETE_DEREF) {
        SYNC();
        delete_deref(*frame->function, locals, ARG);
        DISPATCH();
      }
      CASE(DELETE_GLOBAL) {
        SYNC();
        delete_global(ts, *frame->function->globals, ARG);
        DISPATCH();
      }
      CASE(DELETE_ATTR) {
        SYNC();
        delete_attribute(sp[-1], *as_str(constants[ARG]));
        decref(*--sp);
        DISPATCH();
      }
      CASE(DELETE_SUBSCR) {
        SYNC();
        DISPATCH_TOP_OR_RAISE(delete_subscript_or_pending(ts, sp));
      }
      CASE(BUILD_SET) {
        SYNC();
        DISPATCH_TOP_OR_RAISE(build_set_or_pending(ts, sp, ARG));
      }
      CASE(SET_ADD) {
        SYNC();
        DISPATCH_TOP_OR_RAISE(set_add_or_pending(ts, sp, ARG));
      }
      CASE(INPLACE) {
        // `total += i`, `x -= dx * dt`: numbers are immutable, so as their binary operation. The
        // usual operators are tested one by one: a switch would be one more indirect jump here.
        const Op op = static_cast<Op>(ARG);
        if (op == Op::ADD   ? fast_number_op(Op::ADD, sp[-2], sp[-1], &sp[-2])
            : op == Op::SUB ? fast_number_op(Op::SUB, sp[-2], sp[-1], &sp[-2])
            : op == Op::MUL ? fast_number_op(Op::MUL, sp[-2], sp[-1], &sp[-2])
                            : fast_number_op(op, sp[-2], sp[-1], &sp[-2])) {
          --sp;
          DISPATCH();
        }
        // `f *= i`, `n //= 10`, `x -= 1`: a big int that only the stack and the local the result
        // goes back to hold, with an inline int, into its own limbs (nothing to raise) when it
        // has the room: with no frame of inplace()'s, which cost as much as multiplying a few
        // limbs.
        if (sp[-1].is_int() && is_bigint(sp[-2]) && stores_local_first(*ip) &&
            reusable_in_place(sp[-2], &locals[decode_operand(*ip)]) &&
            big_integer_op_in_place(op, static_cast<BigIntObject*>(sp[-2].obj), sp[-1])) {
          --sp;
          if (decode_op(*ip) == Op::STORE_LOCAL) {  // the local holds it already: the store
            // only drops the stack's reference (a plain write free-threaded too: no other
            // thread holds one, reusable_in_place())
            --sp[-1].obj->refcount.plain();
            --sp;
            ++ip;
          }
          DISPATCH();
        }
        SYNC();
        sp = inplace(sp, op, *ip, locals, globals);
        DISPATCH();
      }
      CASE(CLASS_NAMESPACE) {
        *sp++ = class_namespace(*frame->function->code, locals);
        DISPATCH();
      }
      CASE(BUILD_CLASS) {
        SYNC();
        sp = build_class_on_stack(ts, sp, ARG);
        DISPATCH();
      }
      // `while i < n` of two int locals, as LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_<compare> does
      // `if i < 10`: one body for the six, here at the end (placed beside the others, or going on
      // to LOAD_LOCAL_LOAD_LOCAL's body when not in line, GCC laid out the hot opcodes worse:
      // nbody +3.7% instructions). Anything else runs as LOAD_LOCAL, then the other two.
#define FUSED(name, cpp_op) CASE(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_##name) goto locals_compare_jump;
      GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
      locals_compare_jump : {
        const Value a = locals[ARG], b = locals[decode_operand(*ip)];
        if (!a.is_int() || !b.is_int()) goto load_local;
        TICK(JUMP_IF_NOT_LT);
        bool holds;
        switch (decode_op(ins)) {
#define FUSED(name, cpp_op) \
  case Op::LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_##name: holds = a.i cpp_op b.i; break;
          GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
          default: __builtin_unreachable();
        }
        ip = holds ? ip + 2 : code_base + decode_operand(ip[1]);
        DISPATCH();
      }
    }
  }
  __builtin_unreachable();  // every opcode ends in DISPATCH() or returns
#undef CASE
#undef DISPATCH_TOP_OR_RAISE
#undef DISPATCH
#undef TICK
#undef POLL_EVAL_BREAKER
#undef ARG
#undef RAISE_HERE
#undef TRUTHY
#undef LOAD_FRAME
#undef SYNC
}
// run() in the process's mode (fixed while a VM runs), an instantiation for each.
[[gnu::always_inline]] inline Value run(ThreadState& ts, size_t entry_depth, YieldSink* sink,
                                       CallRepeater* repeater) {
  return free_threaded() ? run_in_mode<true>(ts, entry_depth, sink, repeater)
                         : run_in_mode<false>(ts, entry_depth, sink, repeater);
}

// Unwinds to the innermost handler at or above `entry_depth`. Returns true when one was found
// (the loop resumes there), false when the exception leaves the entry frame (stack and frames
// are then cut back to the entry state).
// Unwinds `exception` (borrowed) from the innermost frame to a handler (true: its frame is then
// the innermost) or out of the frame at `entry_depth` (false). A StopIteration leaving a
// generator's frame becomes RuntimeError (PEP 479); the exception unwound on from there is put
// in `replaced`, if given, for the caller to raise instead.
bool unwind(ThreadState& ts, size_t entry_depth, Value exception, bool add_trace, Ref* replaced) {
  auto* object = static_cast<ExceptionObject*>(exception.obj);
  Ref converted;
  if (add_trace) {
    add_traceback(ts, *object);
    if (!ts.handled_exceptions.empty()) set_context(*object, ts.handled_exceptions.back());
  }
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
    // An exception leaving a generator's frame finishes the generator (one that FOR_ITER
    // resumed inside run(); resume_claimed_generator() marks its own as well).
    if (is_kind(frame.locals[-1], Kind::Generator)) {
      static_cast<Generator*>(frame.locals[-1].obj)->state.store(Generator::State::Finished);
      if (object->cls->is_subclass_of(exc::StopIteration)) {
        converted = Ref::steal(
            new_exception_from(exc::RuntimeError, "generator raised StopIteration", exception));
        auto* runtime_error = static_cast<ExceptionObject*>(converted.get().obj);
        add_traceback(ts, *runtime_error);
        exception = converted.get();
        object = runtime_error;
        if (replaced) *replaced = converted;
      }
    }
    const bool for_iter_next = frame.on_return == FrameReturn::kForIterNext;
    while (ts.stack_top > frame.locals - 1) decref(*--ts.stack_top);
    release_frame_blocks(ts, frame);  // handlers left unentered when stopping go too
    ts.frames.pop_back();
    // A StopIteration leaving a script iterator's __next__ that FOR_ITER called (never the entry
    // frame) ends that loop: the iterator goes, and the caller jumps past the loop.
    if (for_iter_next && !stopping && object->cls->is_subclass_of(exc::StopIteration)) {
      Frame& caller = ts.frames.back();
      decref(*--ts.stack_top);
      caller.ip = caller.function->code->code.data() + decode_operand(caller.ip[-1]);
      return true;
    }
    if (ts.frames.size() == entry_depth) return false;
    add_traceback(ts, *object);
  }
}

// The exception that leave_raising() left, unwound: true when a handler caught it (run() resumes
// there). Else, with kPending, left in ts.pending_exception for execute() to return Undefined;
// without, thrown from the entry frame's caller, as a throw out of run() would have gone on.
template <bool kPending>
[[gnu::noinline]] bool unwind_left_raising(ThreadState& ts, size_t entry_depth) {
  Ref exception = Ref::steal(ts.pending_exception);
  ts.pending_exception = Value::undefined();
  bool add_trace = ts.pending_add_traceback;
  Ref replaced;
  if (unwind(ts, entry_depth, exception.get(), add_trace, &replaced)) return true;
  if (replaced.get().is_obj()) {
    exception = std::move(replaced);
    add_trace = false;
  }
  if constexpr (kPending) {
    ts.pending_exception = exception.release();
    ts.pending_add_traceback = add_trace;
    return false;
  }
  throw ScriptException{std::move(exception), add_trace};
}

// run() until it returns, resumed at the handler of each exception caught inside. In line at
// each call: a native caller's call of a script function (a key function, map's function) pays
// no frame of its own for it.
// kPending: an exception leaving the entry frame comes back as Undefined, left in
// ts.pending_exception, not thrown.
template <bool kPending = false>
[[gnu::always_inline]] inline Value execute(ThreadState& ts, size_t entry_depth,
                                            YieldSink* sink = nullptr,
                                            CallRepeater* repeater = nullptr) {
  for (;;) {
    try {
      const Value result = run(ts, entry_depth, sink, repeater);
      if (!result.is_undefined() || ts.pending_exception.is_undefined()) [[likely]]
        return result;
    } catch (ScriptException& error) {
      Value exception = error.exception.get();
      Ref replaced;
      if (!unwind(ts, entry_depth, exception, error.add_traceback, &replaced)) {
        if constexpr (kPending) {
          const bool add_trace = !replaced.get().is_obj() && error.add_traceback;
          ts.pending_exception =
              replaced.get().is_obj() ? replaced.release() : error.exception.release();
          ts.pending_add_traceback = add_trace;
          return Value::undefined();
        }
        if (replaced.get().is_obj()) throw ScriptException{std::move(replaced), false};
        throw;
      }
      continue;
    } catch (const std::bad_alloc&) {
      // Out of memory inside an instruction: a MemoryError the script can catch, as in CPython.
      // (If even the exception cannot be made, bad_alloc goes on to the host.)
      Ref exception = Ref::steal(new_exception(exc::MemoryError, ""));
      if (!unwind(ts, entry_depth, exception.get(), true))
        throw ScriptException{std::move(exception)};
      continue;
    }
    // run() left by leave_raising(): it resumes at a handler, or the exception goes on.
    if (!unwind_left_raising<kPending>(ts, entry_depth)) return Value::undefined();
  }
}

}  // namespace

bool resume_generator(ThreadState& ts, Generator& generator, Value sent, Value& out, Value thrown,
                      Value* returned, YieldSink* sink) {
  const Generator::State found = generator.claim();
  if (found != Generator::State::Suspended) {
    if (found == Generator::State::Finished) {
      if (returned) *returned = Value::undefined();
      return false;
    }
    raise(exc::ValueError, "generator already executing");
  }
  return resume_claimed_generator(ts, generator, sent, out, thrown, returned, sink);
}

bool resume_claimed_generator(ThreadState& ts, Generator& generator, Value sent, Value& out,
                              Value thrown, Value* returned, YieldSink* sink) {
  if (!generator.started && !sent.is_none()) {
    generator.state.store(Generator::State::Suspended);
    raise(exc::TypeError, "can't send non-None value to a just-started generator");
  }
  if (ts.frames.size() >= ts.frame_limit || !generator_frame_fits(ts, generator, ts.stack_top) ||
      ts.native_stack_exhausted()) {
    generator.state.store(Generator::State::Suspended);
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
#ifndef GILVM_NO_EVAL_BREAKER
  if (ts.vm.gil().eval_breaker.load(std::memory_order_relaxed))
    on_eval_breaker(ts);  // CPython polls on resumption too
#endif
  // An exception thrown in comes out of the paused `yield`, its line, not of the SEND that a
  // `yield from` resumes at (yield_from_resume_at()): the JUMP_BACKWARD after the yield, which
  // goes on as the SEND would, is where the frame resumes.
  if (!thrown.is_undefined() && generator.started &&
      decode_op(generator.function->code->code[generator.resume_at]) == Op::SEND)
    generator.resume_at += 2;
  size_t entry_depth = ts.frames.size();
  ts.stack_top = free_threaded() ? push_generator_frame<true>(ts, generator, ts.stack_top, sent)
                                 : push_generator_frame<false>(ts, generator, ts.stack_top, sent);
  ts.frames.back().on_return = FrameReturn::kGeneratorEntry;
  start_countdown(ts);
  Value result;
  try {
    // throw(): the exception comes out of the paused `yield`, where the generator may catch it.
    Ref replaced;
    if (!thrown.is_undefined() && !unwind(ts, entry_depth, thrown, true, &replaced))
      throw ScriptException{replaced.get().is_obj() ? std::move(replaced) : Ref::borrow(thrown),
                            !replaced.get().is_obj()};
    result = execute(ts, entry_depth, sink);
  } catch (...) {
    generator.state.store(Generator::State::Finished);
    throw;
  }
  if (generator.state.load() == Generator::State::Running) {  // it returned: finished
    generator.state.store(Generator::State::Finished);
    if (returned) {
      *returned = result;
    } else {
      decref(result);
    }
    return false;
  }
  out = result;
  return true;
}

void flush_instruction_count(ThreadState& ts) {
  TickCountdown& ticks = ts.ticks;
  ticks.left = std::max(ticks.left, 0);
  ts.record.instructions.fetch_add(static_cast<uint64_t>(ticks.budget - ticks.left),
                                   std::memory_order_relaxed);
  ticks.budget = ticks.left;
}

namespace {
// Pushes the frame of `function`, whose callee slot and locals are in place, and runs it.
template <bool kPending = false>
[[gnu::always_inline]] inline Value run_new_frame(ThreadState& ts, Function& function, Value* locals,
                                                  size_t entry_depth,
                                                  CallRepeater* repeater = nullptr) {
  push_frame(ts, function, locals);
  start_countdown(ts);
#ifndef GILVM_NO_EVAL_BREAKER
  if (ts.vm.gil().eval_breaker.load(std::memory_order_relaxed))
    on_eval_breaker(ts);  // a call: CPython polls
#endif
  return execute<kPending>(ts, entry_depth, nullptr, repeater);
}

// A call from native code (a key function, a map's function) that binds nothing, as CALL's: the
// callee and arguments (new references; `self` first unless Undefined, a bound method's) go to a
// frame pushed at the stack top, and it runs. False, with nothing done, when the call needs
// binding or its frame does not fit.
template <bool kPending = false>
[[gnu::always_inline]] inline bool enter_exact_call(ThreadState& ts, Function& function, Value self,
                                                    const Value* args, size_t count,
                                                    Value& result,
                                                    CallRepeater* repeater = nullptr) {
  const Code& code = *function.code;
  const size_t entry_depth = ts.frames.size();
  const bool with_self = !self.is_undefined();
  Value* base = ts.stack_top;
  Value* locals = base + 1;
  if (count + with_self != static_cast<size_t>(code.positional_arity) ||
      entry_depth >= ts.frame_limit || locals + code.activation_slots > ts.stack_end ||
      ts.native_stack_exhausted())
    return false;
  const bool free = free_threaded();
  const auto own = [free](Value v) {
    if (free) {
      incref_in_mode<true>(v);
    } else {
      incref_in_mode<false>(v);
    }
  };
  own(Value::object(&function));
  *base = Value::object(&function);
  Value* top = locals;
  if (with_self) {
    own(self);
    *top++ = self;
  }
  for (size_t i = 0; i < count; ++i) {
    own(args[i]);
    *top++ = args[i];
  }
  ts.stack_top = fill_unbound(top, locals + code.local_count);
  result = run_new_frame<kPending>(ts, function, locals, entry_depth, repeater);
  return true;
}

// call_value() of anything but a script function or a bound method of one called exactly: the
// arguments copied first (on the C++ stack when few), since they may lie in a container that the
// call changes.
[[gnu::noinline]] Value call_other(ThreadState& ts, Value callee, const Value* args, size_t count,
                                   const Tuple* names) {
  constexpr size_t kOnStack = 8;
  if (count <= kOnStack) {
    Value copy[kOnStack];
    std::copy(args, args + count, copy);
    return call_native(ts, callee, copy, count, names);
  }
  std::vector<Value> copy(args, args + count);
  return call_native(ts, callee, copy.data(), count, names);
}
}  // namespace

// call_value() of anything but a script function called exactly.
[[gnu::noinline]] Value call_value_other(ThreadState& ts, Value callee, const Value* args,
                                         size_t count) {
  Value result;
  if (callee.is_obj()) {
    Object* object = callee.obj;
    if (object->kind == Kind::Native) {
      // A builtin of one or two parameters (key=len): its plain body, as CALL takes it.
      const Native& native = *static_cast<Native*>(object);
      if (count == 1 && native.call1) return native_result(ts, native.call1(args[0]));
      if (count == 2 && native.call2) return native_result(ts, native.call2(args[0], args[1]));
    } else if (object->kind == Kind::Method) {
      const Method& method = *static_cast<Method*>(object);
      if (call_exact_with_self(ts, method.function, method.self, args, count, result))
        return result;
    }
  }
  return call_with_keywords(ts, callee, args, count, nullptr);
}

Value call_value(ThreadState& ts, Value callee, const Value* args, size_t count) {
  Value result;
  if (callee.is_obj() && callee.obj->kind == Kind::Function &&
      enter_exact_call(ts, *static_cast<Function*>(callee.obj), Value::undefined(), args, count,
                       result))
    return result;
  return call_value_other(ts, callee, args, count);
}

Value call_repeatedly(ThreadState& ts, Value callee, const Value* args, size_t count,
                      CallRepeater& repeater) {
  // A script function whose RETURN is the plain one runs its calls in one frame. Its reference
  // is held meanwhile: each RETURN releases the callee slot's.
  if (is_kind(callee, Kind::Function) && !static_cast<Function*>(callee.obj)->code->slow_return) {
    Ref held = Ref::borrow(callee);
    Value result;
    if (enter_exact_call(ts, *static_cast<Function*>(callee.obj), Value::undefined(), args, count,
                         result, &repeater))
      return result;
  }
  // Else one call, whose result the caller takes as a result again() declined.
  return call_value(ts, callee, args, count);
}

bool call_exact_with_self(ThreadState& ts, Value callable, Value self, const Value* args,
                          size_t count, Value& result) {
  return is_kind(callable, Kind::Function) &&
         enter_exact_call(ts, *static_cast<Function*>(callable.obj), self, args, count, result);
}

bool call_exact_with_self_or_pending(ThreadState& ts, Value callable, Value self,
                                     const Value* args, size_t count, Value& result) {
  return is_kind(callable, Kind::Function) &&
         enter_exact_call<true>(ts, *static_cast<Function*>(callable.obj), self, args, count,
                                result);
}

Value call_unpacked(ThreadState& ts, Value callee, Value args, Value kwargs) {
  return call_unpacked(ts, callee, args, kwargs,
                       kwargs.is_none() ? kCallExNoKeywords : kCallExMapping);
}

Value call_with_keywords(ThreadState& ts, Value callee, const Value* args, size_t count,
                         const Tuple* names) {
  if (!(callee.is_obj() && callee.obj->kind == Kind::Function))
    return call_other(ts, callee, args, count, names);
  Value result;
  if (!names && enter_exact_call(ts, *static_cast<Function*>(callee.obj), Value::undefined(), args,
                                 count, result))
    return result;
  auto& function = *static_cast<Function*>(callee.obj);
  size_t entry_depth = ts.frames.size();
  Value* base = ts.stack_top;
  Value* locals = base + 1;
  if (base + 1 + count + 1 > ts.stack_end || ts.native_stack_exhausted()) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  incref(callee);
  *ts.stack_top++ = callee;
  for (size_t i = 0; i < count; ++i) {
    incref(args[i]);
    *ts.stack_top++ = args[i];
  }
  try {
    ts.stack_top = bound_or_throw(ts, names ? bind_arguments(ts, function, locals, count, names)
                                            : prepare_locals(ts, function, locals, count));
  } catch (ScriptException&) {
    while (ts.stack_top > base) decref(*--ts.stack_top);
    throw;
  }
  return run_new_frame(ts, function, locals, entry_depth);
}

}  // namespace gilvm
