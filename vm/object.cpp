// Object constructors, dicts, exceptions, modules and argument binding.
#include <algorithm>

#include "runtime.h"

namespace gilvm {

namespace {
Value fresh(Object* object) { return Value::object(object); }
}  // namespace

Value make_str(std::string text) { return fresh(new Str(std::move(text))); }
Value make_bytes(std::string data) { return fresh(new Bytes(std::move(data))); }

Value make_tuple(std::vector<Value> owned_items) {
  auto* tuple = new Tuple();
  tuple->items = std::move(owned_items);
  return fresh(tuple);
}

Value make_list(std::vector<Value> owned_items) {
  auto* list = new List();
  list->items = std::move(owned_items);
  return fresh(list);
}

// ---------------------------------------------------------------------------------------------
// Dict

Value* Dict::find(Value key) {
  size_t hash = hash_value(key);
  auto [begin, end] = index.equal_range(hash);
  for (auto it = begin; it != end; ++it) {
    if (values_equal(entries[it->second].first, key)) return &entries[it->second].second;
  }
  return nullptr;
}

void Dict::set(Value key, Value value) {
  incref(value);
  if (Value* slot = find(key)) {
    decref(*slot);
    *slot = value;
    return;
  }
  incref(key);
  index.emplace(hash_value(key), entries.size());
  entries.emplace_back(key, value);
}

// ---------------------------------------------------------------------------------------------
// Exceptions

bool ExceptionClass::is_subclass_of(const ExceptionClass* other) const {
  for (const ExceptionClass* c = this; c; c = c->base) {
    if (c == other) return true;
  }
  return false;
}

std::string ExceptionObject::message() const {
  const auto& items = as_tuple(args)->items;
  if (items.empty()) return "";
  if (items.size() == 1) return cls == exc::KeyError ? repr(items[0]) : to_str(items[0]);
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
ExceptionClass* const RuntimeError = define("RuntimeError", Exception);
ExceptionClass* const RecursionError = define("RecursionError", RuntimeError);
ExceptionClass* const NotImplementedError = define("NotImplementedError", RuntimeError);
ExceptionClass* const StopIteration = define("StopIteration", Exception);
ExceptionClass* const TypeError = define("TypeError", Exception);
ExceptionClass* const ValueError = define("ValueError", Exception);
ExceptionClass* const KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
ExceptionClass* const SystemExit = define("SystemExit", BaseException);

const std::vector<ExceptionClass*>& all() { return registry(); }
}  // namespace exc

Value new_exception(ExceptionClass* cls, std::string message) {
  std::vector<Value> args;
  args.push_back(make_str(std::move(message)));
  return Value::object(new ExceptionObject(cls, make_tuple(std::move(args))));
}

void raise_key_error(Value key) {
  incref(key);
  throw ScriptException{Ref::steal(Value::object(new ExceptionObject(exc::KeyError, make_tuple({key}))))};
}

void raise(ExceptionClass* cls, std::string message) {
  throw ScriptException{Ref::steal(new_exception(cls, std::move(message)))};
}

// ---------------------------------------------------------------------------------------------
// Modules and globals

void Module::add(const std::string& key, Value owned) {
  auto [it, inserted] = attributes.emplace(key, owned);
  if (!inserted) {
    decref(it->second);
    it->second = owned;
  }
}

void Module::add_function(const std::string& key, NativeFn fn) {
  add(key, Value::object(new Native(name + "." + key, fn)));
}

void Globals::clear() {
  // Values may hold functions that point back here: release them in two steps.
  std::vector<Value> old;
  old.swap(values);
  for (Value v : old) decref(v);
}

// ---------------------------------------------------------------------------------------------
// Native argument binding

void Args::expect(std::string_view function, size_t min, size_t max) const {
  if (keyword_count() > 0) raise(exc::TypeError, std::string(function) + "() takes no keyword arguments");
  if (count < min || count > max) {
    std::string expected = min == max ? std::to_string(min) : max == SIZE_MAX ? "at least " + std::to_string(min)
                                                                                : std::to_string(min) + " to " + std::to_string(max);
    raise(exc::TypeError, std::string(function) + "() takes " + expected + " argument" + (max == 1 && min == 1 ? "" : "s") +
                              " (" + std::to_string(count) + " given)");
  }
}

std::vector<Value> Args::bind(std::string_view function, std::initializer_list<std::string_view> parameters,
                              size_t required) const {
  std::vector<std::string_view> names(parameters);
  if (count > names.size()) {
    raise(exc::TypeError, std::string(function) + "() takes at most " + std::to_string(names.size()) +
                              " arguments (" + std::to_string(count) + " given)");
  }
  std::vector<Value> bound(names.size(), Value::undefined());
  std::copy(positional, positional + count, bound.begin());
  for (size_t k = 0; k < keyword_count(); ++k) {
    const std::string& name = as_str(keyword_names->items[k])->text;
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
      raise(exc::TypeError, std::string(function) + "() got an unexpected keyword argument '" + name + "'");
    }
    size_t index = static_cast<size_t>(it - names.begin());
    if (!bound[index].is_undefined()) {
      raise(exc::TypeError, std::string(function) + "() got multiple values for argument '" + name + "'");
    }
    bound[index] = keyword_values[k];
  }
  for (size_t i = 0; i < required; ++i) {
    if (bound[i].is_undefined()) {
      raise(exc::TypeError, std::string(function) + "() missing required argument: '" + std::string(names[i]) + "'");
    }
  }
  return bound;
}

}  // namespace gilvm
