// Builtin objects with methods (threads, locks, sockets, ...) and the type that describes them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/function.h"
#include "runtime/object.h"

namespace gilvm {

struct Instance;
struct TypeInfo {
  std::string name;
  std::vector<std::pair<std::string, NativeFn>> methods;
  // Data attributes: return Undefined when `name` is not one of them.
  Value (*get)(ThreadState&, Instance&, std::string_view name) = nullptr;
  // Returns false when `name` cannot be set.
  bool (*set)(ThreadState&, Instance&, std::string_view name, Value value) = nullptr;
  // Calling the type itself, e.g. threading.Lock(): registered as a Native elsewhere.
};

// A builtin object with methods (threads, locks, sockets, ...).
struct Instance : Object {
  const TypeInfo* type;
  explicit Instance(const TypeInfo* t) : Object(Kind::Instance), type(t) {}
};

}  // namespace gilvm
