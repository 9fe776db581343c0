// A builtin module object (module.cpp). The modules themselves are made in modules/.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "runtime/function.h"
#include "runtime/object.h"

namespace gilvm {

// A builtin module. Its attributes change only through add() (setattr on the module), so they
// are read and changed under ContainerLock.
struct Module : Object {
  std::string name;
  std::unordered_map<std::string, Value> attributes;  // owned
  ContainerMutex mutex;
  explicit Module(std::string n) : Object(Kind::Module), name(std::move(n)) {}
  ~Module() override {
    for (auto& entry : attributes) decref(entry.second);
  }
  void add(const std::string& key, Value owned);
  void add_function(const std::string& key, NativeFn fn);
  Value get(const std::string& key);  // new reference; Undefined if absent
};

}  // namespace gilvm
