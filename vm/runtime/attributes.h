// Attribute access (attributes.cpp): the methods of the builtin types, exception attributes,
// module attributes and the data attributes of builtin instances.
#pragma once

#include "runtime/function.h"
#include "runtime/object.h"

namespace gilvm {

struct ThreadState;

Value get_attribute(ThreadState& thread, Value object, const Str& name);
// The method `name` of a builtin type (str, bytes, list, dict, set) when `object` is one and
// has it, else nullptr: what get_attribute() would bind, for a call without the bound object.
NativeFn builtin_method(Value object, const Str& name);
void set_attribute(ThreadState& thread, Value object, const Str& name, Value value);

}  // namespace gilvm
