// Builtin module objects: their attributes, read and changed under ContainerLock.
#include "runtime/module.h"

#include <algorithm>
#include <string>

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

Value Module::get(std::string_view key) {
  ContainerLock lock(mutex);
  auto it = slots_.find(key);
  if (it == slots_.end()) return key == "__name__" ? make_str(name) : Value::undefined();
  Value v = values_[it->second];
  incref(v);
  return v;
}

std::optional<uint64_t> Module::cache_key(std::string_view key) {
  ContainerLock lock(mutex);
  auto it = slots_.find(key);
  if (it == slots_.end()) return std::nullopt;
  return uint64_t{id} << 32 | it->second;
}

void Module::add_function(const std::string& key, NativeFn fn) {
  add(key, Value::object(new Native(name + "." + key, fn)));
}

}  // namespace gilvm
