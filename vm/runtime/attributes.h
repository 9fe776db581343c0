// Attribute access (attributes.cpp): the methods of the builtin types, exception attributes,
// module attributes and the data attributes of builtin instances.
#pragma once

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/set.h"

namespace gilvm {

struct ThreadState;

Value get_attribute(ThreadState& thread, Value object, const Str& name);
// Which builtin type's methods `v` has, 1-8 (str, bytes, list, dict, set, frozenset, range,
// tuple), 0 for none; a named tuple has none here, since a field may be called `index`.
inline uint64_t builtin_type_key(Value v) {
  if (!v.is_obj()) return 0;
  switch (v.obj->kind) {
    case Kind::Str: return 1;
    case Kind::Bytes: return 2;
    case Kind::List: return 3;
    case Kind::Dict: return 4;
    case Kind::Set: return as_set(v)->frozen ? 6 : 5;
    case Kind::Range: return 7;
    case Kind::Tuple: return as_tuple(v)->names ? 0 : 8;
    default: return 0;
  }
}
// The method `name` of a builtin type when `object` is one and has it, else nullptr: what
// get_attribute() would bind, for a call without the bound object.
NativeFn builtin_method(Value object, const Str& name);
// That method as a call site's cache holds it in one word: the function's address, with
// builtin_type_key() in the top byte; 0 (not cached) when the address does not fit 56 bits. The
// answer for a type and a name never changes, so one relaxed atomic holds it safely.
constexpr uint64_t kBuiltinMethodAddressMask = (uint64_t{1} << 56) - 1;
inline uint64_t builtin_method_key(Value object, NativeFn fn) {
  const auto address = reinterpret_cast<uintptr_t>(fn);
  if ((address & ~kBuiltinMethodAddressMask) != 0) return 0;
  return builtin_type_key(object) << 56 | address;
}
inline bool builtin_method_key_matches(uint64_t key, Value object) {
  return key != 0 && key >> 56 == builtin_type_key(object);
}
inline NativeFn builtin_method_at(uint64_t key) {
  return reinterpret_cast<NativeFn>(static_cast<uintptr_t>(key & kBuiltinMethodAddressMask));
}
void set_attribute(ThreadState& thread, Value object, const Str& name, Value value);
// list.append and dict.get, which CALL_METHOD recognises by their addresses and runs in line.
Value list_append(ThreadState& thread, Value self, const Args& args);
Value dict_get(ThreadState& thread, Value self, const Args& args);

}  // namespace gilvm
