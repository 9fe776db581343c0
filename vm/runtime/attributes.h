// Attribute access (attributes.cpp): the methods of the builtin types, exception attributes,
// module attributes and the data attributes of builtin instances.
#pragma once

#include "runtime/function.h"
#include "runtime/object.h"

namespace gilvm {

struct ThreadState;

Value get_attribute(ThreadState& thread, Value object, const Str& name);
// The method `name` of a builtin type (str, bytes, list, tuple, dict, set, range) when `object`
// is one and has it, as a cache can hold it: the type and the method's slot in that type's
// table, packed in 32 bits; 0 when there is none (what get_attribute() would bind, for a call
// without the bound object). An immutable answer (the tables never change), so one relaxed
// atomic per call site holds it safely.
uint32_t builtin_method_key(Value object, const Str& name);
// Whether `key` is for the type of `object`: then builtin_method_at(key) is its method.
bool builtin_method_key_matches(uint32_t key, Value object);
NativeFn builtin_method_at(uint32_t key);
void set_attribute(ThreadState& thread, Value object, const Str& name, Value value);

}  // namespace gilvm
