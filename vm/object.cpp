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

ItemsView::ItemsView(Value sequence) {
  if (is_kind(sequence, Kind::Tuple)) {
    items_ = &as_tuple(sequence)->items;
    return;
  }
  if (!is_kind(sequence, Kind::List)) raise(exc::TypeError, "expected a list or tuple, got " + type_name(sequence));
  List& list = *as_list(sequence);
  if (!free_threaded()) {
    items_ = &list.items;
    return;
  }
  {
    ContainerLock lock(list.mutex);
    copy_ = list.items;
    for (Value v : copy_) incref(v);
  }
  items_ = &copy_;
}

ItemsView::~ItemsView() {
  for (Value v : copy_) decref(v);
}

// ---------------------------------------------------------------------------------------------
// Dict

Value* Dict::find_locked(Value key) {
  size_t hash = hash_value(key);
  auto [begin, end] = index.equal_range(hash);
  for (auto it = begin; it != end; ++it) {
    if (values_equal(entries[it->second].first, key)) return &entries[it->second].second;
  }
  return nullptr;
}

Value Dict::get(Value key) {
  ContainerLock lock(mutex);
  Value* slot = find_locked(key);
  if (!slot) return Value::undefined();
  incref(*slot);
  return *slot;
}

void Dict::set(Value key, Value value) {
  Value old = Value::undefined();
  {
    ContainerLock lock(mutex);
    Value* slot = find_locked(key);  // raises for an unhashable key before anything changes
    incref(value);
    if (slot) {
      old = *slot;
      *slot = value;
    } else {
      incref(key);
      index.emplace(hash_value(key), entries.size());
      entries.emplace_back(key, value);
    }
  }
  decref(old);
}

Value Dict::set_default(Value key, Value value) {
  ContainerLock lock(mutex);
  Value* slot = find_locked(key);
  if (!slot) {
    incref(key);
    incref(value);
    index.emplace(hash_value(key), entries.size());
    entries.emplace_back(key, value);
    slot = &entries.back().second;
  }
  incref(*slot);
  return *slot;
}

Value Dict::pop(Value key) {
  Value removed_key = Value::undefined(), result = Value::undefined();
  {
    ContainerLock lock(mutex);
    Value* slot = find_locked(key);
    if (!slot) return Value::undefined();
    // Rebuild without the key: dicts here are small and removal is rare.
    std::vector<std::pair<Value, Value>> kept;
    for (auto& entry : entries) {
      if (&entry.second == slot) {
        removed_key = entry.first;
        result = entry.second;
      } else {
        kept.push_back(entry);
      }
    }
    entries = std::move(kept);
    index.clear();
    for (size_t i = 0; i < entries.size(); ++i) index.emplace(hash_value(entries[i].first), i);
  }
  decref(removed_key);
  return result;
}

size_t Dict::size() {
  ContainerLock lock(mutex);
  return entries.size();
}

std::vector<std::pair<Value, Value>> Dict::snapshot() {
  ContainerLock lock(mutex);
  for (auto& [key, value] : entries) {
    incref(key);
    incref(value);
  }
  return entries;
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
  Value old = Value::undefined();
  {
    ContainerLock lock(mutex);
    auto [it, inserted] = attributes.emplace(key, owned);
    if (!inserted) {
      old = it->second;
      it->second = owned;
    }
  }
  decref(old);
}

Value Module::get(const std::string& key) {
  ContainerLock lock(mutex);
  auto it = attributes.find(key);
  if (it == attributes.end()) return Value::undefined();
  incref(it->second);
  return it->second;
}

void Module::add_function(const std::string& key, NativeFn fn) {
  add(key, Value::object(new Native(name + "." + key, fn)));
}

void Globals::clear() {
  // Values may hold functions that point back here: release them in two steps.
  std::vector<Value> old;
  old.swap(values);
  for (Value v : old) decref(v);
  release_retired();
}

Value Globals::load(size_t slot) const {
  auto& cell = const_cast<Value&>(values[slot]);
  for (;;) {
    uint64_t before = sequence_.load(std::memory_order_acquire);
    Value v;
    v.tag = std::atomic_ref<Tag>(cell.tag).load(std::memory_order_relaxed);
    v.i = std::atomic_ref<int64_t>(cell.i).load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    if ((before & 1) == 0 && sequence_.load(std::memory_order_relaxed) == before) return v;
  }
}

void Globals::store(size_t slot, Value owned, bool alone) {
  std::vector<Value> released;
  {
    std::lock_guard<std::mutex> lock(write_mutex_);
    write_locked(slot, owned);
    if (alone) released.swap(retired_);
  }
  for (Value v : released) decref(v);
}

void Globals::write_locked(size_t slot, Value owned) {
  Value& cell = values[slot];
  Value old = cell;
  uint64_t before = sequence_.load(std::memory_order_relaxed);
  sequence_.store(before + 1, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  std::atomic_ref<Tag>(cell.tag).store(owned.tag, std::memory_order_relaxed);
  std::atomic_ref<int64_t>(cell.i).store(owned.i, std::memory_order_relaxed);
  sequence_.store(before + 2, std::memory_order_release);
  if (old.is_obj()) retired_.push_back(old);
}

void Globals::release_retired() {
  std::vector<Value> retired;
  {
    std::lock_guard<std::mutex> lock(write_mutex_);
    retired.swap(retired_);
  }
  for (Value v : retired) decref(v);
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
