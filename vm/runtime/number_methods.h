// The methods and data attributes of int and float values (number_methods.cpp).
#pragma once

#include <string_view>

#include "runtime/method_table.h"
#include "runtime/function.h"
#include "runtime/object.h"

namespace gilvm {

// int's (and bool's) methods: bit_length, bit_count, to_bytes, as_integer_ratio, conjugate.
const MethodTable& int_methods();
// float's: is_integer, hex, as_integer_ratio, conjugate.
const MethodTable& float_methods();
// complex's: conjugate, __complex__.
const MethodTable& complex_methods();
// real, imag, numerator, denominator of an int, bool or float, real and imag of a complex;
// Undefined otherwise.
Value number_data_attribute(Value number, std::string_view name);

// int.from_bytes(bytes, byteorder='big', *, signed=False), called on the type.
Value int_from_bytes(ThreadState& thread, Value self, const Args& args);

}  // namespace gilvm
