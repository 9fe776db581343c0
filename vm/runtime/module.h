// A builtin module object (module.cpp). The modules themselves are made in modules/.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/function.h"
#include "runtime/object.h"

namespace gilvm {

// A builtin module, or a Python one's globals copied when it has run. Its attributes change only
// through add() (setattr on the module), so they are read and changed under ContainerLock.
//
// Each name has a slot that it keeps for the module's life (nothing removes a name), so that
// LOAD_ATTR and LOAD_METHOD (`math.sqrt(x)`) remember the module's `id` and the slot they found
// a name at, in one word (cache_key()), and read the slot without hashing the name again.
struct Module : Object {
  std::string name;
  const uint32_t id;  // unique over the process, never 0
  ContainerMutex mutex;
  // A Python module's globals as far as its code had run when a circular import asked for it.
  bool partially_initialized = false;
  // A module of the program's own (found on sys.path): its globals, which its attributes read
  // and write through, as CPython's module __dict__ is its globals, so that `m.x = 1` is seen by
  // m's functions and `m.counter` by its importers after m's functions change it. Its attributes
  // are then not cached (cache_key()). Null for builtin and embedded modules.
  Globals* live_globals = nullptr;
  explicit Module(std::string n);
  ~Module() override {
    for (Value v : values_) decref(v);
  }
  void add(const std::string& key, Value owned);
  Native* add_function(const std::string& key, NativeFn fn);  // (to set its call1, call2)
  Value get(std::string_view key);  // new reference; Undefined if absent
  // setattr's half of live_globals: `value` (borrowed) into the global of the name, if any.
  void store_live_global(std::string_view key, Value value);
  // Sets every attribute to None, releasing the values: when the VM ends, so that modules that
  // refer to each other (a package and a submodule that imports it) are freed.
  void clear_values();
  template <typename F>
  void for_each(F&& visit) {  // visit(name, value) for every attribute, values borrowed
    ContainerLock lock(mutex);
    for (const auto& [key, slot] : slots_) visit(key, values_[slot]);
  }

  // An attribute cache's word for `key` (id and slot); nullopt when the module lacks it.
  std::optional<uint64_t> cache_key(std::string_view key);
  // The value (a new reference) at the slot that `cache_key` names when it is this module's;
  // Undefined otherwise.
  Value get_cached(uint64_t cache_key) {
    if (cache_key >> 32 != id) return Value::undefined();
    ContainerLock lock(mutex);
    const uint32_t slot = static_cast<uint32_t>(cache_key);
    if (slot >= values_.size()) return Value::undefined();  // only if ids wrapped past 2^32
    Value v = values_[slot];
    incref(v);
    return v;
  }
  // get_cached() for the GIL's holder, who alone reads or changes a module then: the slot itself
  // (borrowed), or null.
  [[gnu::always_inline]] const Value* slot_under_gil(uint64_t cache_key) const {
    const uint32_t slot = static_cast<uint32_t>(cache_key);
    if (cache_key >> 32 != id || slot >= values_.size()) return nullptr;
    return &values_[slot];
  }

 private:
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>> slots_;
  std::vector<Value> values_;  // owned, by slot
};

}  // namespace gilvm
