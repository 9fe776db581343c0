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
// One made by calling a class (threading.Thread or a script's subclass of it) has that class as
// `cls`: attributes are looked up on the class (overridden methods first), and those the type
// does not know go into `attributes`, as on any instance.
struct Instance : Object {
  const TypeInfo* type;
  Value cls = Value::none();         // borrowed (classes are immortal): the Class, or None
  Value attributes = Value::none();  // owned Dict, made at the first attribute set; or None
  explicit Instance(const TypeInfo* t) : Object(Kind::Instance), type(t) {}
  ~Instance() override { decref(attributes); }
};

}  // namespace gilvm
