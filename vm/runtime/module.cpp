// Builtin module objects: their attributes, read and changed under ContainerLock.
#include "runtime/module.h"

#include <string>

namespace gilvm {

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
  if (it == attributes.end()) return key == "__name__" ? make_str(name) : Value::undefined();
  incref(it->second);
  return it->second;
}

void Module::add_function(const std::string& key, NativeFn fn) {
  add(key, Value::object(new Native(name + "." + key, fn)));
}

}  // namespace gilvm
