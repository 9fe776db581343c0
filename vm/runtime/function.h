// Callables: script functions, native functions and the arguments a native receives
// (function.cpp binds them to parameters).
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/globals.h"
#include "runtime/object.h"

namespace gilvm {

struct ThreadState;
struct ExceptionClass;

struct Function final : Object {
  Code* code;                   // owned reference
  std::vector<Value> defaults;  // owned, for the last parameters
  Globals* globals;
  Function(Code* c, std::vector<Value> d, Globals* g)
      : Object(Kind::Function), code(c), defaults(std::move(d)), globals(g) {
    incref(Value::object(c));
  }
  // Recycled, as Str's (object.cpp): a closure or lambda made per call of its maker is freed
  // as soon.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  ~Function() override {
    for (Value v : defaults) decref(v);
    for (Value v : closure) decref(v);
    for (Value v : kwdefaults) decref(v);
    decref(attributes);
    decref(Value::object(code));
  }
  std::vector<Value> closure;     // owned cells, one per free variable of the code (COPY_FREE_VARS)
  std::vector<Value> kwdefaults;  // owned, one per keyword-only parameter; Undefined where required
  Value
      owner_class;  // the class whose body defined it (borrowed: classes are immortal), for super()
  Value attributes;  // owned Dict of attributes scripts set (`wrapper.calls = 0`), or None
};

// A variable that closures share. Threads may share it too: in free-threaded mode its value is
// read and written under its own lock, as a list's items are.
struct Cell final : Object {
  Value value;  // owned; Undefined while the variable is unbound
  ContainerMutex mutex;
  explicit Cell(Value owned) : Object(Kind::Cell), value(owned) {}
  static void* operator new(size_t size);  // recycled, as Function's
  static void operator delete(void* p, size_t size);
  ~Cell() override { decref(value); }
  Value load() { return free_threaded() ? load_in_mode<true>() : load_in_mode<false>(); }
  // load() with the mode known to the caller (LOAD_DEREF: the interpreter's copy of it).
  template <bool kFreeThreaded>
  [[gnu::always_inline]] Value load_in_mode() {  // new reference
    ContainerLock lock(mutex, kFreeThreaded);
    incref_in_mode<kFreeThreaded>(value);
    return value;
  }
  void store(Value owned) {
    Value old;
    {
      ContainerLock lock(mutex);
      old = value;
      value = owned;
    }
    decref(old);
  }
};

// Arguments of a native call: borrowed positional values and keyword (name, value) pairs.
struct Args {
  const Value* positional = nullptr;
  size_t count = 0;
  const Value* keyword_values = nullptr;
  const Tuple* keyword_names = nullptr;  // nullptr when there are none

  size_t keyword_count() const { return keyword_names ? keyword_names->items.size() : 0; }
  // Matches positional and keyword arguments against parameter names; missing ones come back
  // Undefined. Raises TypeError for too many, unknown or duplicate arguments, or a missing
  // one among the first `required`. Allocates nothing (a vector cost ~230 instructions a call);
  // a call with its arguments all by position is bound in line.
  template <size_t N>
  std::array<Value, N> bind(std::string_view function, const std::string_view (&parameters)[N],
                            size_t required = 0) const {
    std::array<Value, N> bound;
    if (keyword_names == nullptr && count <= N && count >= required) [[likely]] {
      std::copy(positional, positional + count, bound.begin());
      std::fill(bound.begin() + count, bound.end(), Value::undefined());
    } else {
      bind_named(function, parameters, N, required, bound.data());
    }
    return bound;
  }
  // Positional only: raises TypeError unless min <= count <= max and no keywords. Inline: every
  // builtin method call checks its arguments.
  void expect(std::string_view function, size_t min, size_t max) const {
    if (keyword_count() > 0 || count < min || count > max) raise_unexpected(function, min, max);
  }
  // One positional argument, with CPython's METH_O messages: "ord() takes exactly one argument
  // (0 given)", "deque.append() takes no keyword arguments".
  void expect_one(std::string_view function) const {
    if (keyword_count() > 0 || count != 1) raise_not_one(function);
  }
  // As expect(), with CPython's _PyArg_CheckPositional messages (range, slice, getattr):
  // "range expected at least 1 argument, got 0", "hasattr expected 2 arguments, got 1".
  void expect_as_type(std::string_view type, size_t min, size_t max) const {
    if (keyword_count() > 0 || count < min || count > max) raise_unexpected_as_type(type, min, max);
  }

 private:
  [[noreturn]] void raise_not_one(std::string_view function) const;
  // bind() of a call with keywords, or with too many or too few arguments.
  void bind_named(std::string_view function, const std::string_view* names, size_t name_count,
                  size_t required, Value* bound) const;
  [[noreturn]] void raise_unexpected(std::string_view function, size_t min, size_t max) const;
  [[noreturn]] void raise_unexpected_as_type(std::string_view type, size_t min, size_t max) const;
};

// A native function returns a new reference, or Undefined after raise_pending().
using NativeFn = Value (*)(ThreadState& thread, Value self, const Args& args);

// A native function's raise without a C++ throw, for errors that scripts catch often (int("x"),
// next() at the end): `return raise_pending(thread, exc::ValueError, message);` leaves the
// exception in the thread's state and returns Undefined, which the call (call_native) turns into
// a raise: inside run() without any throw, elsewhere a throw from there. A throw costs the
// unwinder tens of thousands of instructions per frame it crosses; CPython's raise, ~5,000 in all.
// Only a NativeFn's own return value may carry it.
Value raise_pending(ThreadState& thread, Value exception);  // takes over the reference
Value raise_pending(ThreadState& thread, ExceptionClass* cls, std::string message);

struct Native : Object {
  std::string name;
  NativeFn fn;
  Value self;  // owned; None for plain functions, the receiver for bound methods
  // isinstance()'s builtin_type_key_named(name), found at its first use (-1 before).
  std::atomic<int8_t> type_key{-1};
  // is_type_builtin() of this Native (1: a builtin standing for a type, as `int` or `list`),
  // found at its first use (-1 before): issubclass() and isinstance() ask it on every call.
  std::atomic<int8_t> is_type{-1};
  // The builtins whose commonest calls CALL answers in line (CPython 3.11's CALL_NO_KW_LEN,
  // CALL_NO_KW_ISINSTANCE and CALL_NO_KW_TYPE_1; next() of a generator resumed in run()), marked
  // where they are made; any other call of them calls them. From kSum on: the consumers of one
  // iterable whose call on a generator drives it in run() (consumer.h; kJoin: str.join, a
  // method's, never a builtin function's).
  enum class InLine : uint8_t { kNone, kLen, kIsInstance, kType, kNext, kOrd, kChr, kAbs, kSum,
                                kList, kTuple, kSorted, kJoin, kAny, kAll };
  InLine in_line = InLine::kNone;
  // A builtin function of one or two parameters may give its body as a plain function too,
  // which a call with just that many positional arguments takes (len(x), isinstance(x, t)): no
  // Args made and checked, as CPython 3.11 specialises such calls (PRECALL_NO_KW_LEN, ...).
  Value (*call1)(Value) = nullptr;
  Value (*call2)(Value, Value) = nullptr;
  Native(std::string n, NativeFn f, Value s = Value::none())
      : Object(Kind::Native), name(std::move(n)), fn(f), self(s) {
    incref(self);
  }
  ~Native() override { decref(self); }
};

}  // namespace gilvm
