// Attribute access (attributes.cpp): the methods of the builtin types, exception attributes,
// module attributes and the data attributes of builtin instances.
#pragma once

#include "runtime/object.h"

namespace gilvm {

struct ThreadState;

Value get_attribute(ThreadState& thread, Value object, const Str& name);
void set_attribute(ThreadState& thread, Value object, const Str& name, Value value);

}  // namespace gilvm
