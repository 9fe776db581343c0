// The format mini-language (PEP 3101) as CPython 3.11 implements it for int, bool, float and str:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]. One implementation serves
// f-string fields (FORMAT_VALUE), the format() builtin and str.format.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace gilvm {

struct Args;
struct ThreadState;

// format(value, spec). Raises ValueError for a spec the value's type rejects, with CPython's
// message, and TypeError for a non-empty spec on a type without a mini-language.
std::string format_value(Value value, std::string_view spec);
// The same appended to `out`, with no string of its own for a str or int without a spec.
void append_formatted(std::string& out, Value value, std::string_view spec);

// A str of ASCII text: a short one copied into the new str, a longer one's buffer taken over.
Value ascii_text_str(std::string&& text);

// ascii(value): repr with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh).
std::string ascii_repr(Value value);

// The f-string / str.format conversions: 's' (str), 'r' (repr), 'a' (ascii).
std::string convert_value(Value value, char conversion);

// What FORMAT_VALUE pushes: format(value after the conversion, spec) as a new str. conversion
// is 0 (none), 1 (!s), 2 (!r) or 3 (!a); spec is a str, or Undefined for none.
Value format_field(Value value, Value spec, uint32_t conversion);

// What BUILD_STRING pushes: the concatenation of `count` strs (or ints, left by FORMAT_VALUE for
// it to write), whose references it takes.
Value join_strs(Value* parts, size_t count);

// str % args whose every field is a bare %s of a str or an int, or a bare %d (%i, %u) of an int,
// taking each value once (a tuple's items, or one value not a tuple): the result measured first
// and written in place, as join_strs(). Undefined, with nothing made, for any other format or
// values: percent_format() then formats them (or raises its errors).
Value percent_format_plain(Value format, Value args);

// repr() of a float: the shortest digits that read back as the same double, in fixed notation
// for exponents -4..15 and scientific notation otherwise, as Python's repr.
std::string float_repr(double d);

// printf's %.*<conversion> (f, e, g and their capitals; %#.* when `alternate`) of `d`, however
// long: std::to_chars when it can, which is exact as printf is, and a fraction of its cost.
std::string print_double(char conversion, bool alternate, int precision, double d);

// print_double('f', alternate, precision, d) written just before `end`, in kFixedTextSize bytes at
// most, for a precision up to 17 and |d| below 10^18 (and a few such beyond): where it starts, or
// null, with nothing written, for any other. No string made: `"%5.2f" % x` pads it in place.
constexpr size_t kFixedTextSize = 40;  // sign, 18 digits, point, 17 digits
char* print_fixed_exactly(char* end, double d, int precision, bool alternate);

// format.format(*args, **kwargs) (str.format) as a new str: positional, keyword, index and
// attribute fields, conversions and nested fields in specs.
Value format_string(ThreadState& thread, const Str& format, const Args& args);

}  // namespace gilvm
