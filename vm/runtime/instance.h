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

// The sequence protocol of a builtin type whose instances index, iterate, compare and combine as
// sequences do (array.array): operations.cpp sends those operations on its Instances here. Each
// result is a new reference.
struct SequenceMethods {
  Value (*get_item)(Instance& self, Value index);  // an int (or __index__) or a slice
  void (*set_item)(Instance& self, Value index, Value value);
  void (*delete_item)(Instance& self, Value index);
  size_t (*length)(Instance& self);
  Value (*iterate)(Value self);
  bool (*contains)(Instance& self, Value item);
  // Whether `other` equals `self` (an instance of the type; `other` anything).
  bool (*equals)(Instance& self, Value other);
  // a + b, a * b, b * a (either one an instance of the type) and, with in_place, a += b and
  // a *= b (a the instance, changed and returned): Undefined for an operation it lacks.
  Value (*binary)(Op op, Value a, Value b, bool in_place);
};

struct TypeInfo {
  std::string name;
  std::vector<std::pair<std::string, NativeFn>> methods;
  // Data attributes: return Undefined when `name` is not one of them.
  Value (*get)(ThreadState&, Instance&, std::string_view name) = nullptr;
  // Returns false when `name` cannot be set.
  bool (*set)(ThreadState&, Instance&, std::string_view name, Value value) = nullptr;
  // Calling an instance (functools.partial objects): the instance is `self`. nullptr: not
  // callable.
  NativeFn call = nullptr;
  // repr() of an instance (functools.partial(...)); nullptr: `<name object at 0x...>`.
  std::string (*repr)(Value instance) = nullptr;
  // Whether an instance found on a class binds to the instance it is looked up on, as a function
  // does (functools.lru_cache's wrapper used on a method).
  bool binds_as_method = false;
  // Calling the type itself, e.g. threading.Lock(): registered as a Native elsewhere.
  // The sequence protocol (array.array), or nullptr.
  const SequenceMethods* sequence = nullptr;
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

// The sequence protocol of v's type when v is a builtin object that has one, else nullptr.
inline const SequenceMethods* sequence_methods(Value v) {
  return is_kind(v, Kind::Instance) ? static_cast<const Instance*>(v.obj)->type->sequence
                                    : nullptr;
}
inline Instance& as_instance(Value v) { return *static_cast<Instance*>(v.obj); }

// A builtin object that binds as a function does when found on a class (TypeInfo::binds_as_method).
inline bool binds_as_method(Value v) {
  return is_kind(v, Kind::Instance) && static_cast<Instance*>(v.obj)->type->binds_as_method;
}
// A builtin object that can be called (TypeInfo::call).
inline bool is_callable_instance(Value v) {
  return is_kind(v, Kind::Instance) && static_cast<Instance*>(v.obj)->type->call != nullptr;
}

}  // namespace gilvm
