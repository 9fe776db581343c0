// Builtin module objects: their attributes, read and changed under ContainerLock.
#include "runtime/module.h"

#include <algorithm>
#include <string>

#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {
std::atomic<uint32_t> last_module_id{0};
// Never 0, which an attribute cache holds when it remembers no module (even past 2^32 modules).
uint32_t next_module_id() {
  uint32_t id;
  do {
    id = last_module_id.fetch_add(1, std::memory_order_relaxed) + 1;
  } while (id == 0);
  return id;
}
}  // namespace

Module::Module(std::string n) : Object(Kind::Module), name(std::move(n)), id(next_module_id()) {}

void Module::add(const std::string& key, Value owned) {
  Value old = Value::undefined();
  {
    ContainerLock lock(mutex);
    auto [it, inserted] = slots_.emplace(key, static_cast<uint32_t>(values_.size()));
    if (inserted) {
      values_.push_back(owned);
    } else {
      old = values_[it->second];
      values_[it->second] = owned;
    }
  }
  decref(old);
}

void Module::clear_values() {
  std::vector<Value> values;
  {
    ContainerLock lock(mutex);
    values = values_;
    std::fill(values_.begin(), values_.end(), Value::none());
  }
  for (Value v : values) decref(v);
}

namespace {

// The global `key` of `globals` (a new reference), Undefined if unset or if it is the builtin of
// the name that the module's code cached in its slot (load_builtin), not a global of its own.
Value live_global(const Globals& globals, std::string_view key) {
  const auto slot = globals.names.find(key);
  if (!slot || *slot >= globals.values.size()) return Value::undefined();
  Value v = free_threaded() ? globals.load(*slot) : globals.values[*slot];
  if (v.is_undefined()) return v;
  if (const ThreadState* thread = find_current_thread_state()) {
    Value builtin = thread->vm.builtin(key);
    if (v.is_obj() && builtin.is_obj() && v.obj == builtin.obj) return Value::undefined();
  }
  incref(v);
  return v;
}

}  // namespace

void Module::store_live_global(std::string_view key, Value value) {
  if (!live_globals) return;
  const auto slot = live_globals->names.find(key);
  if (!slot || *slot >= live_globals->values.size()) return;
  incref(value);
  if (free_threaded()) {
    live_globals->store(*slot, value, false);  // retired: other threads may be reading it
    return;
  }
  Value old = live_globals->values[*slot];
  live_globals->values[*slot] = value;
  decref(old);
}

Value Module::get(std::string_view key) {
  if (live_globals) {
    if (Value v = live_global(*live_globals, key); !v.is_undefined()) return v;
  }
  ContainerLock lock(mutex);
  auto it = slots_.find(key);
  if (it == slots_.end()) return key == "__name__" ? make_str(name) : Value::undefined();
  Value v = values_[it->second];
  incref(v);
  return v;
}

std::optional<uint64_t> Module::cache_key(std::string_view key) {
  if (live_globals) return std::nullopt;  // read through to the globals each time
  ContainerLock lock(mutex);
  auto it = slots_.find(key);
  if (it == slots_.end()) return std::nullopt;
  return uint64_t{id} << 32 | it->second;
}

Native* Module::add_function(const std::string& key, NativeFn fn) {
  auto* native = new Native(name + "." + key, fn);
  add(key, Value::object(native));
  return native;
}

}  // namespace gilvm
