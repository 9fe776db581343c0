// The builtin exception classes, exception objects and raising from C++.
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "runtime/operations.h"
#include "runtime/os_exceptions.h"

namespace gilvm {

bool ExceptionClass::is_subclass_of(const ExceptionClass* other) const {
  for (Value c : mro) {
    if (c.obj == other) return true;
  }
  for (const ExceptionClass* c = this; c; c = c->base) {
    if (c == other) return true;
  }
  return false;
}

std::string ExceptionObject::message() const {
  const auto& items = as_tuple(args)->items;
  if (items.empty()) return "";
  if (items.size() == 1) return cls == exc::KeyError ? repr(items[0]) : to_str(items[0]);
  if (cls->is_subclass_of(exc::OSError)) return os_error_message(*this);
  return repr(args);
}

namespace exc {
namespace {
std::vector<ExceptionClass*>& registry() {
  static std::vector<ExceptionClass*> classes;
  return classes;
}
ExceptionClass* define(const char* name, ExceptionClass* base) {
  auto* cls = new ExceptionClass(name, base);
  registry().push_back(cls);
  return cls;
}
}  // namespace

ExceptionClass* const BaseException = define("BaseException", nullptr);
ExceptionClass* const Exception = define("Exception", BaseException);
ExceptionClass* const ArithmeticError = define("ArithmeticError", Exception);
ExceptionClass* const ZeroDivisionError = define("ZeroDivisionError", ArithmeticError);
ExceptionClass* const OverflowError = define("OverflowError", ArithmeticError);
ExceptionClass* const AssertionError = define("AssertionError", Exception);
ExceptionClass* const AttributeError = define("AttributeError", Exception);
ExceptionClass* const ImportError = define("ImportError", Exception);
ExceptionClass* const ModuleNotFoundError = define("ModuleNotFoundError", ImportError);
ExceptionClass* const LookupError = define("LookupError", Exception);
ExceptionClass* const IndexError = define("IndexError", LookupError);
ExceptionClass* const KeyError = define("KeyError", LookupError);
ExceptionClass* const NameError = define("NameError", Exception);
ExceptionClass* const UnboundLocalError = define("UnboundLocalError", NameError);
ExceptionClass* const OSError = define("OSError", Exception);
ExceptionClass* const ConnectionError = define("ConnectionError", OSError);
ExceptionClass* const ConnectionResetError = define("ConnectionResetError", ConnectionError);
ExceptionClass* const ConnectionRefusedError = define("ConnectionRefusedError", ConnectionError);
ExceptionClass* const BrokenPipeError = define("BrokenPipeError", ConnectionError);
ExceptionClass* const TimeoutError = define("TimeoutError", OSError);
ExceptionClass* const FileExistsError = define("FileExistsError", OSError);
ExceptionClass* const FileNotFoundError = define("FileNotFoundError", OSError);
ExceptionClass* const IsADirectoryError = define("IsADirectoryError", OSError);
ExceptionClass* const NotADirectoryError = define("NotADirectoryError", OSError);
ExceptionClass* const PermissionError = define("PermissionError", OSError);
ExceptionClass* const RuntimeError = define("RuntimeError", Exception);
ExceptionClass* const RecursionError = define("RecursionError", RuntimeError);
ExceptionClass* const NotImplementedError = define("NotImplementedError", RuntimeError);
ExceptionClass* const StopIteration = define("StopIteration", Exception);
ExceptionClass* const SyntaxError = define("SyntaxError", Exception);  // an imported module's
ExceptionClass* const TypeError = define("TypeError", Exception);
ExceptionClass* const ValueError = define("ValueError", Exception);
ExceptionClass* const UnicodeError = define("UnicodeError", ValueError);
ExceptionClass* const UnicodeEncodeError = define("UnicodeEncodeError", UnicodeError);
ExceptionClass* const UnicodeDecodeError = define("UnicodeDecodeError", UnicodeError);
ExceptionClass* const KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
ExceptionClass* const MemoryError = define("MemoryError", Exception);
ExceptionClass* const SystemExit = define("SystemExit", BaseException);
ExceptionClass* const GeneratorExit = define("GeneratorExit", BaseException);

const std::vector<ExceptionClass*>& all() { return registry(); }
}  // namespace exc

Value new_exception(ExceptionClass* cls, std::string message) {
  // Its args a one-item tuple made in place, one this thread freed lately where there is one
  // (no vector: every raise_pending() of a message comes here).
  const Value text = make_str(std::move(message));
  return Value::object(new ExceptionObject(cls, make_tuple(&text, 1)));
}

Value new_exception_from(ExceptionClass* cls, std::string message, Value cause) {
  Value made = new_exception(cls, std::move(message));
  auto* exception = static_cast<ExceptionObject*>(made.obj);
  incref(cause);
  exception->cause = cause;
  incref(cause);
  exception->context = cause;
  exception->suppress_context = true;
  return made;
}

Value new_key_error(Value key) {
  incref(key);
  return Value::object(new ExceptionObject(exc::KeyError, make_tuple({key})));
}

void raise_key_error(Value key) { throw ScriptException{Ref::steal(new_key_error(key))}; }

// CPython's OSError str: "[Errno 2] No such file or directory: 'x'" from (errno, strerror) and
// the filename (the attribute raise_os_error() sets, or a third argument).
std::string os_error_message(const ExceptionObject& e) {
  const auto& items = as_tuple(e.args)->items;
  if (items.size() < 2 || items.size() > 3 || !items[0].is_int()) return repr(e.args);
  std::string text = "[Errno " + std::to_string(items[0].i) + "] " + to_str(items[1]);
  Value filename = items.size() == 3 ? items[2] : Value::undefined();
  Ref attribute;
  if (filename.is_undefined() && !e.attributes.is_none()) {
    Ref key = Ref::steal(make_str("filename"));
    attribute = Ref::steal(static_cast<Dict*>(e.attributes.obj)->get(key.get()));
    filename = attribute.get();
  }
  if (filename.is_undefined() || filename.is_none()) return text;
  text += ": " + repr(filename);
  if (!e.attributes.is_none()) {  // os.rename's second path: "'a' -> 'b'"
    Ref key = Ref::steal(make_str("filename2"));
    Ref filename2 = Ref::steal(static_cast<Dict*>(e.attributes.obj)->get(key.get()));
    if (!filename2.get().is_undefined() && !filename2.get().is_none())
      text += " -> " + repr(filename2.get());
  }
  return text;
}

void raise_os_error(int error, Value filename, Value filename2) {
  ExceptionClass* cls = error == ENOENT                     ? exc::FileNotFoundError
                        : error == EEXIST                   ? exc::FileExistsError
                        : error == EISDIR                   ? exc::IsADirectoryError
                        : error == ENOTDIR                  ? exc::NotADirectoryError
                        : error == EACCES || error == EPERM ? exc::PermissionError
                        : error == EPIPE                    ? exc::BrokenPipeError
                                                            : exc::OSError;
  Ref code = Ref::steal(Value::integer(error));
  Ref text = Ref::steal(make_str(std::strerror(error)));
  incref(code.get());
  incref(text.get());
  auto* e = new ExceptionObject(cls, make_tuple({code.get(), text.get()}));
  Ref exception = Ref::steal(Value::object(e));
  auto* attributes = new Dict();
  e->attributes = Value::object(attributes);
  auto set = [attributes](const char* name, Value value) {  // Dict::set takes its own references
    Ref key = Ref::steal(make_str(name));
    attributes->set(key.get(), value);
  };
  set("errno", code.get());
  set("strerror", text.get());
  set("filename", filename.is_undefined() ? Value::none() : filename);
  set("filename2", filename2.is_undefined() ? Value::none() : filename2);
  throw ScriptException{std::move(exception)};
}

void raise(ExceptionClass* cls, std::string message) {
  throw ScriptException{Ref::steal(new_exception(cls, std::move(message)))};
}

}  // namespace gilvm
