// Script exceptions: the builtin exception classes, exception objects with their tracebacks, and
// ScriptException, which carries a script exception through C++ code (exceptions.cpp).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "runtime/object.h"

namespace gilvm {

struct ExceptionClass : Object {
  std::string name;
  ExceptionClass* base;  // nullptr for BaseException; classes are immortal
  ExceptionClass(std::string n, ExceptionClass* b)
      : Object(Kind::ExceptionClass), name(std::move(n)), base(b) {
    immortalize(Value::object(this));
  }
  bool is_subclass_of(const ExceptionClass* other) const;
  Value dict;  // owned namespace Dict of a class statement deriving from an exception; None for
               // builtins
  // A class statement's MRO (class.h; it may hold mixin classes); empty for builtins, whose MRO
  // is their chain of bases.
  std::vector<Value> mro;
  // A class statement's: its __init__ as class_call() found it under a GIL (`raise E(msg)`), for
  // the class epoch it was found at (class_epoch(), class.h; 0: none yet). Borrowed: a dict of
  // the MRO holds it as long as the epoch lasts. Free-threaded it is not kept.
  uint32_t init_epoch = 0;
  Value init_function;
  ~ExceptionClass() override { decref(dict); }
};

// One frame of a traceback: its code (a reference owned by the exception, for the file and
// function names, which a raise would otherwise copy as two strings per frame) and line.
struct TracebackEntry {
  Code* code;
  int line;
};

struct ExceptionObject : Object {
  ExceptionClass* cls;
  Value args;                             // owned tuple
  std::vector<TracebackEntry> traceback;  // innermost first
  ExceptionObject(ExceptionClass* c, Value owned_args)
      : Object(Kind::Exception), cls(c), args(owned_args) {}
  ~ExceptionObject() override {
    for (const TracebackEntry& entry : traceback) decref(Value::object(entry.code));
    decref(args);
    decref(attributes);
    decref(cause);
    decref(context);
  }
  Value attributes;  // owned Dict of attributes set by scripts, or None
  Value cause;       // owned: `raise ... from cause` (None when absent)
  // owned: the exception being handled when this one was raised (None when none), as CPython's
  // __context__; a traceback shows it unless `raise ... from` set suppress_context.
  Value context;
  bool suppress_context = false;
  std::string message() const;  // str(e)
};

// The builtin exception classes.
namespace exc {
extern ExceptionClass* const BaseException;
extern ExceptionClass* const Exception;
extern ExceptionClass* const ArithmeticError;
extern ExceptionClass* const ZeroDivisionError;
extern ExceptionClass* const OverflowError;
extern ExceptionClass* const AssertionError;
extern ExceptionClass* const AttributeError;
extern ExceptionClass* const ImportError;
extern ExceptionClass* const ModuleNotFoundError;
extern ExceptionClass* const LookupError;
extern ExceptionClass* const IndexError;
extern ExceptionClass* const KeyError;
extern ExceptionClass* const NameError;
extern ExceptionClass* const UnboundLocalError;
extern ExceptionClass* const OSError;
extern ExceptionClass* const ConnectionError;
extern ExceptionClass* const ConnectionResetError;
extern ExceptionClass* const ConnectionRefusedError;
extern ExceptionClass* const BrokenPipeError;
extern ExceptionClass* const TimeoutError;
extern ExceptionClass* const RuntimeError;
extern ExceptionClass* const RecursionError;
extern ExceptionClass* const NotImplementedError;
extern ExceptionClass* const StopIteration;
extern ExceptionClass* const SyntaxError;
extern ExceptionClass* const TypeError;
extern ExceptionClass* const ValueError;
extern ExceptionClass* const UnicodeError;  // the codecs' errors: str.encode(), bytes.decode()
extern ExceptionClass* const UnicodeEncodeError;
extern ExceptionClass* const UnicodeDecodeError;
extern ExceptionClass* const KeyboardInterrupt;
extern ExceptionClass* const MemoryError;
extern ExceptionClass* const SystemExit;
extern ExceptionClass* const GeneratorExit;
const std::vector<ExceptionClass*>& all();
}  // namespace exc

// A script-level exception travelling through C++ code (native functions throw it; the
// interpreter catches it at the call and unwinds script frames).
struct ScriptException {
  Ref exception;              // an ExceptionObject
  bool add_traceback = true;  // false when re-raising: the raising frame is already recorded
};

Value new_exception(ExceptionClass* cls, std::string message);
// The same raised `from cause` while handling it (C's _PyErr_FormatFromCause: __cause__ and
// __context__ both `cause`, __suppress_context__ set), as CPython turns one error into another.
Value new_exception_from(ExceptionClass* cls, std::string message, Value cause);
[[noreturn]] void raise(ExceptionClass* cls, std::string message);
[[noreturn]] void raise_key_error(Value key);  // KeyError(key): str() shows repr(key)
Value new_key_error(Value key);  // the same, made (a new reference), for raise_pending()

}  // namespace gilvm
