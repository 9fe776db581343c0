// Operators and protocols on values: truth, equality, hashing, repr/str, arithmetic, comparison,
// containment, indexing, iteration and the %-formatting of str and bytes. The interpreter does
// the int fast paths inline and calls here for everything else.
#include "runtime/operations.h"

#include "modules/builtins.h"
#include "runtime/arithmetic_fast.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/generator.h"
#include "runtime/thread_state.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "modules/module_threading.h"
#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/builtin_subclass.h"
#include "runtime/deque.h"
#include "runtime/dict_view.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/int64_edges.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/native_iterator.h"
#include "runtime/set.h"
#include "runtime/text_copy.h"
#include "runtime/timsort.h"
#include "runtime/unicode.h"

namespace gilvm {

namespace {

bool is_number(Value v) { return v.is_int() || v.is_float() || v.is_bool() || is_bigint(v); }

double as_double(Value v) {
  if (v.is_float()) return v.f;
  if (v.is_bool()) return v.b ? 1.0 : 0.0;
  if (v.is_int()) return static_cast<double>(v.i);
  return int_to_double(as_bigint(v));
}

// Inline ints and bools (bool is an int subclass, as in Python); big ints are separate.
bool is_integer(Value v) { return v.is_int() || v.is_bool(); }
int64_t as_integer(Value v) { return v.is_bool() ? (v.b ? 1 : 0) : v.i; }
bool is_any_integer(Value v) { return is_integer(v) || is_bigint(v); }

// An int and a float compare exactly, as in Python; doubles represent every int up to 2^53,
// so only larger ints (and big ones) need the exact comparison.
constexpr int64_t kExactInDouble = int64_t{1} << 53;
bool needs_exact_comparison(Value integer) {
  return is_bigint(integer) ||
         (integer.is_int() && (integer.i > kExactInDouble || integer.i < -kExactInDouble));
}

// `in_place`: for `a += b` and kin, whose message names the augmented operator, as CPython's.
Value unsupported_operands_error(Op op, Value a, Value b, bool in_place = false) {
  static const char* const symbols[] = {"+",  "-",  "*",  "/", "//", "%",
                                        "**", "<<", ">>", "&", "|",  "^"};
  int index = static_cast<int>(op) - static_cast<int>(Op::ADD);
  // `a ** b` is named with pow(), which shares its slot, as CPython's ternary_op words it.
  const char* joint = in_place ? "=: '" : op == Op::POW ? " or pow(): '" : ": '";
  return new_exception(exc::TypeError, std::string("unsupported operand type(s) for ") +
                                           symbols[index] + joint + type_name(a) + "' and '" +
                                           type_name(b) + "'");
}
[[noreturn]] void raise_unsupported(Op op, Value a, Value b, bool in_place = false) {
  throw ScriptException{Ref::steal(unsupported_operands_error(op, a, b, in_place))};
}

// The result of a 64-bit operation that overflowed, as a big int; out of line so that the
// 64-bit paths stay as lean as before big ints existed.
[[gnu::noinline, gnu::cold]] Value overflowed(Op op, int64_t a, int64_t b) {
  Limb a_limb, b_limb;
  return big_integer_op(op, int_view(Value::integer(a), a_limb),
                        int_view(Value::integer(b), b_limb));
}

}  // namespace

const char* zero_division_message(Op op, bool floats) {
  switch (op) {
    case Op::TRUEDIV: return floats ? "float division by zero" : "division by zero";
    case Op::FLOORDIV:
      return floats ? "float floor division by zero" : "integer division or modulo by zero";
    default: return floats ? "float modulo" : "integer modulo by zero";
  }
}

bool divides_by_zero(Op op, Value a, Value b) {
  if (op != Op::TRUEDIV && op != Op::FLOORDIV && op != Op::MOD) return false;
  const bool zero = (b.is_int() && b.i == 0) || (b.is_bool() && !b.b) || (b.is_float() && b.f == 0);
  return zero && (a.is_int() || a.is_bool() || a.is_float() || is_bigint(a));
}

namespace {

// Two 64-bit ints. The in-line arithmetic (arithmetic_fast.h) answers all it can; what it
// leaves is a zero divisor, a negative shift count or exponent, or a result past 64 bits.
Value integer_op(Op op, int64_t a, int64_t b) {
  Value result;
  if (arithmetic_detail::int_op(op, a, b, &result)) return result;
  switch (op) {
    case Op::ADD:
    case Op::SUB:
    case Op::MUL: break;
    case Op::TRUEDIV: {
      if (b == 0) raise(exc::ZeroDivisionError, zero_division_message(op, false));
      // Past 2^53: divided exactly first, as CPython does, so that the result rounds once.
      Limb a_limb, b_limb;
      return Value::floating(int_true_divide(int_view(Value::integer(a), a_limb),
                                             int_view(Value::integer(b), b_limb)));
    }
    case Op::FLOORDIV:
      if (b == 0) raise(exc::ZeroDivisionError, zero_division_message(op, false));
      break;  // INT64_MIN // -1
    case Op::MOD: raise(exc::ZeroDivisionError, zero_division_message(op, false));
    case Op::POW:
      if (b < 0) {
        if (a == 0) raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::floating(std::pow(static_cast<double>(a), static_cast<double>(b)));
      }
      break;
    case Op::LSHIFT:
      if (b < 0) raise(exc::ValueError, "negative shift count");
      if (a == 0) return Value::integer(0);  // 0 << n for any n >= 63
      break;
    case Op::RSHIFT: raise(exc::ValueError, "negative shift count");
    default: raise(exc::RuntimeError, "bad integer operator");
  }
  return overflowed(op, a, b);
}

// CPython's float_pow: C's pow but for a zero base with a negative exponent
// (ZeroDivisionError), a negative base with a fractional exponent (complex's power, as CPython
// hands it on) and a finite result too large for a double (OverflowError).
Value float_power(double a, double b) {
  if (a == 0 && b < 0) raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (a < 0 && std::isfinite(a) && std::isfinite(b) && b != std::floor(b))
    return make_complex(complex_power({a, 0.0}, {b, 0.0}));
  double r = std::pow(a, b);
  if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
    raise(exc::OverflowError, "(34, 'Numerical result out of range')");
  return Value::floating(r);
}

Value float_op(Op op, Value left, Value right) {
  double a = as_double(left), b = as_double(right);
  switch (op) {
    case Op::ADD: return Value::floating(a + b);
    case Op::SUB: return Value::floating(a - b);
    case Op::MUL: return Value::floating(a * b);
    case Op::TRUEDIV:
      if (b == 0) raise(exc::ZeroDivisionError, zero_division_message(op, true));
      return Value::floating(a / b);
    case Op::FLOORDIV:
      if (b == 0) raise(exc::ZeroDivisionError, zero_division_message(op, true));
      return Value::floating(float_floor_div(a, b));
    case Op::MOD:
      if (b == 0) raise(exc::ZeroDivisionError, zero_division_message(op, true));
      return Value::floating(float_mod(a, b));
    case Op::POW: return float_power(a, b);
    default: raise_unsupported(op, left, right);
  }
}

// The length of `size` elements repeated `times` times, checked before anything is allocated:
// a product that does not fit raises what CPython raises (`overflow_error` for str and bytes,
// MemoryError for lists and tuples); one that fits but cannot be allocated raises MemoryError
// where the allocation fails.
// Past what the machine has, or past the limit a host set, MemoryError at once.
size_t repeated_length(size_t size, int64_t times, size_t element_bytes,
                       const char* overflow_error) {
  if (times <= 0 || size == 0) return 0;
  if (static_cast<uint64_t>(times) >
      static_cast<uint64_t>(INT64_MAX) / size) {  // CPython's PY_SSIZE_T_MAX
    if (overflow_error) raise(exc::OverflowError, overflow_error);
    raise(exc::MemoryError, "");
  }
  const size_t length = size * static_cast<size_t>(times);
  if (length > kSequenceBytesAlwaysAllowed / element_bytes &&
      length > sequence_byte_limit() / element_bytes)
    raise(exc::MemoryError, "");
  return length;
}

bool is_repeatable(Value v) {
  return is_kind(v, Kind::Str) || is_bytes_like(v) || is_kind(v, Kind::List) ||
         is_kind(v, Kind::Tuple);
}

// The count of sequence * n, as CPython's sequence_repeat takes it: an int that fits in a
// Py_ssize_t (a bigger one is an OverflowError before any length is computed, even for an empty
// sequence), anything else a TypeError.
int64_t repeat_count(Value n) {
  if (is_integer(n)) return as_integer(n);
  Ref holder;
  const Value index = indexed(n, holder);  // an object's __index__
  if (is_integer(index)) return as_integer(index);
  if (is_bigint(index))  // (CPython names the type of what was given)
    raise(exc::OverflowError, "cannot fit '" + type_name(n) + "' into an index-sized integer");
  raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(n) + "'");
}

// `text` repeated `times` times, as the data of a str, bytes or bytearray (`kind`).
std::string repeated_text(std::string_view text, int64_t times, Kind kind) {
  const size_t total = repeated_length(
      text.size(), times, 1,
      kind == Kind::Str ? "repeated string is too long" : "repeated bytes are too long");
  std::string out;
  if (total == 0) return out;
  out.reserve(total);
  for (int64_t i = 0; i < times; ++i) out += text;
  return out;
}

}  // namespace

// str * n or bytes * n: the new object made at its size and filled in place, a str's length
// noted when the operand's is known. One byte is a fill; longer text is copied once and then
// doubled (`"ab" * 40` is seven copies, not forty calls).
Value repeat_text(Value a, int64_t times, bool bytes) {
  const std::string& text = bytes ? as_bytes(a)->data : as_str(a)->text;
  const size_t size = repeated_length(
      text.size(), times, 1, bytes ? "repeated bytes are too long" : "repeated string is too long");
  char* out;
  const Value made = new_same_kind_text(a, out, size, '\0');
  if (!bytes) {  // "" too: BUILD_STRING and len() then never count it
    const int64_t n = as_str(a)->counted_length();
    if (n >= 0)
      as_str(made)->note_length(size == 0 ? 0 : static_cast<size_t>(n) * (size / text.size()));
  }
  if (size == 0) return made;
  if (text.size() == 1) {
    std::memset(out, text[0], size);
    return made;
  }
  std::memcpy(out, text.data(), text.size());
  for (size_t done = text.size(); done < size; done *= 2)
    std::memcpy(out + done, out, std::min(done, size - done));
  return made;
}

namespace {

// The items of `items` repeated to `length` (a multiple of their count) appended to `out`, which
// has room for them, each item's count raised once per copy.
void append_repeated(std::vector<Value>& out, const std::vector<Value>& items, size_t length) {
  if (items.size() == 1) {  // `[0] * n`: one fill
    out.assign(length, items[0]);
  } else {
    for (size_t i = 0; i < length; i += items.size())  // not `times` rounds: [] * 2**62
      out.insert(out.end(), items.begin(), items.end());
  }
  for (Value v : items) incref_by(v, length / items.size());
}

// list * n and tuple * n (`sequence` a list or a tuple). An exact tuple times 1 is itself, as
// CPython's tuple_repeat gives it.
Value repeat_items(Value sequence, int64_t times) {
  const bool tuple = is_kind(sequence, Kind::Tuple);
  if (tuple && times == 1 && is_exact_tuple(sequence)) return Ref::borrow(sequence).release();
  const ItemsView view(sequence);
  const std::vector<Value>& items = view.items();
  const size_t length = repeated_length(items.size(), times, sizeof(Value), nullptr);
  if (tuple) {
    Tuple* made = new_tuple(length);
    Value* out = made->items.data();
    for (size_t i = 0; i < length; i += items.size())  // not `times` rounds: () * 2**62
      out = std::copy(items.begin(), items.end(), out);
    for (Value v : items) incref_by(v, length / items.size());
    return Value::object(made);
  }
  // Into a list this thread freed lately, where there is one, its storage kept.
  List* list = new_list(length);
  append_repeated(list->items, items, length);
  return Value::object(list);
}

}  // namespace

// a + b of two strs or two bytes: the new object's text made once, at its final size, in place
// (std::string's operator+ copies a into a string of a's size, grows it for b, and the object
// then takes that string over). An empty side gives the other itself, as CPython's.
Value concatenate_text(Value a, Value b, bool bytes) {
  const std::string& x = bytes ? as_bytes(a)->data : as_str(a)->text;
  const std::string& y = bytes ? as_bytes(b)->data : as_str(b)->text;
  if (x.empty() || y.empty()) {
    const Value same = x.empty() ? b : a;
    incref(same);
    return same;
  }
  const size_t size = x.size() + y.size();
  char* text;
  const Value made = new_same_kind_text(a, text, size, '\0');
  if (!bytes) {
    const int64_t n = as_str(a)->counted_length(), m = as_str(b)->counted_length();
    if (n >= 0 && m >= 0) as_str(made)->note_length(static_cast<size_t>(n + m));
  }
  copy_text(copy_text(text, x.data(), x.size()), y.data(), y.size());  // short ones in line
  return made;
}

namespace {

// A new reference to each of `count` values, the mode looked at once (not per item).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline void incref_each(const Value* values, size_t count) {
  for (size_t i = 0; i < count; ++i) incref_in_mode<kFreeThreaded>(values[i]);
}

Value concatenate(const std::vector<Value>& a, const std::vector<Value>& b, bool tuple) {
  Value made;
  const Value* items;
  const size_t size = a.size() + b.size();
  if (tuple) {
    Tuple* sum = new_tuple(size);  // one of that size freed lately, or one made
    std::copy(b.begin(), b.end(), std::copy(a.begin(), a.end(), sum->items.data()));
    made = Value::object(sum);
    items = sum->items.data();
  } else {  // into a list this thread freed lately, where there is one, its storage kept
    List* list = new_list(size);
    list->items.insert(list->items.end(), a.begin(), a.end());
    list->items.insert(list->items.end(), b.begin(), b.end());
    made = Value::object(list);
    items = list->items.data();
  }
  if (free_threaded()) {
    incref_each<true>(items, size);
  } else {
    incref_each<false>(items, size);
  }
  return made;
}

// a + b of two exact lists: into a list this thread freed lately (new_list). Under a GIL both
// item vectors are copied at once; free-threaded, each side's items under its own lock by
// append_items() (either list may be changing meanwhile: the appends grow the new one as they
// need), with no ItemsView made of either.
Value concatenate_lists(Value a, Value b) {
  if (!free_threaded()) return concatenate(as_list(a)->items, as_list(b)->items, false);
  List* list = new_list(0);
  append_items(list->items, a);
  append_items(list->items, b);
  return Value::object(list);
}

// a + b of bytes and bytearray, either way round (the result a's type, as in CPython), or
// a * n of a bytearray: over BytesViews of their data.
[[gnu::noinline]] Value concatenate_bytes_like(Value a, Value b) {
  const BytesView x(a), y(b);
  std::string out;
  out.reserve(x.data().size() + y.data().size());
  out.append(x.data()).append(y.data());
  return is_kind(a, Kind::ByteArray) ? make_bytearray(std::move(out)) : make_bytes(std::move(out));
}
[[gnu::noinline]] Value repeat_bytearray(Value a, int64_t times) {
  return make_bytearray(repeated_text(BytesView(a).data(), times, Kind::ByteArray));
}

Value sequence_op(Op op, Value a, Value b, bool in_place) {
  if (op == Op::ADD) {
    if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str)) return concatenate_text(a, b, false);
    if (is_kind(a, Kind::Bytes) && is_kind(b, Kind::Bytes)) return concatenate_text(a, b, true);
    if (is_bytes_like(a) && is_bytes_like(b)) return concatenate_bytes_like(a, b);
    if (is_kind(a, Kind::List) && is_kind(b, Kind::List))
      return concatenate(ItemsView(a).items(), ItemsView(b).items(), false);
    if (is_kind(a, Kind::Tuple) && is_kind(b, Kind::Tuple))
      return concatenate(as_tuple(a)->items, as_tuple(b)->items, true);
  }
  if (op == Op::MUL) {
    if (!is_repeatable(a) && is_repeatable(b)) std::swap(a, b);  // n * sequence
    if (is_repeatable(a)) {
      const int64_t times = repeat_count(b);
      if (is_kind(a, Kind::Str)) return repeat_text(a, times, false);
      if (is_kind(a, Kind::Bytes)) return repeat_text(a, times, true);
      if (is_kind(a, Kind::ByteArray)) return repeat_bytearray(a, times);
      return repeat_items(a, times);
    }
  }
  if (op == Op::ADD && a.is_obj() &&
      (a.obj->kind == Kind::Str || a.obj->kind == Kind::List || a.obj->kind == Kind::Tuple)) {
    const std::string kind = a.obj->kind == Kind::Str    ? "str"  // (a subclass's too)
                             : a.obj->kind == Kind::List ? "list"
                                                         : "tuple";
    raise(exc::TypeError,
          "can only concatenate " + kind + " (not \"" + type_name(b) + "\") to " + kind);
  }
  if (op == Op::ADD && is_bytes_like(a))
    raise(exc::TypeError, "can't concat " + type_name(b) + " to " + type_name(a));
  raise_unsupported(op, a, b, in_place);
}

// repr() of a str or bytes. A str's code points beyond ASCII are decoded only when met, and kept
// unless str.isprintable() refuses them (then escaped, as CPython's repr escapes them).
// quote_text() of printable ASCII with no ' or \: the text copied whole between quotes (apart,
// so that its one string is returned in place: quote_text's two would each be moved).
std::string quoted_whole(const std::string& text, bool bytes) {
  const size_t prefix = bytes ? 2 : 1, size = text.size() + prefix + 1;
  if (char buffer[64]; size <= sizeof buffer) {  // a short one (a word) made in one piece
    buffer[0] = 'b';
    buffer[prefix - 1] = '\'';
    copy_text(buffer + prefix, text.data(), text.size());
    buffer[size - 1] = '\'';
    return std::string(buffer, size);
  }
  std::string out;
  out.reserve(size);
  if (bytes) out += 'b';
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

std::string quote_text(const std::string& text, bool bytes) {
  // Printable ASCII with no ' or \ (most texts: a printed list of words): copied whole.
  if (std::none_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c >= 0x7f || c == '\'' || c == '\\';
      }))
    return quoted_whole(text, bytes);
  char quote =
      (text.find('\'') != std::string::npos && text.find('"') == std::string::npos) ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += quote;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
      unicode::append_escape(out, c);
    } else if (c >= 0x80) {
      size_t end = i;
      const uint32_t cp = unicode::decode(text, end);
      if (unicode::is_printable(cp))
        out.append(text, i, end - i);
      else
        unicode::append_escape(out, cp);
      i = end - 1;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

// Bounds the C++ recursion over nested containers (repr, comparison, containment, hashing; sort
// and count go through these): one more nesting level than kMaxNestingDepth raises
// RecursionError with CPython's message instead of overflowing the C++ stack.
constexpr int kMaxNestingDepth = 1000;
thread_local int nesting_depth = 0;

class NestingGuard {
 public:
  explicit NestingGuard(const char* while_doing) {
    if (nesting_depth >= kMaxNestingDepth)
      raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + while_doing);
    ++nesting_depth;
  }
  ~NestingGuard() { --nesting_depth; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
};

constexpr const char* kInRepr = " while getting the repr of an object";
constexpr const char* kInComparison = " in comparison";

// The containers whose repr this thread is building: one met again inside itself prints as
// [...], (...) or {...}, as in CPython (Py_ReprEnter).
thread_local std::vector<const Object*> reprs_in_progress;

class ReprEnter {
 public:
  explicit ReprEnter(const Object* container) {
    entered_ = std::find(reprs_in_progress.begin(), reprs_in_progress.end(), container) ==
               reprs_in_progress.end();
    if (entered_) reprs_in_progress.push_back(container);
  }
  ~ReprEnter() {
    if (entered_) reprs_in_progress.pop_back();
  }
  bool already_in_progress() const { return !entered_; }
  ReprEnter(const ReprEnter&) = delete;
  ReprEnter& operator=(const ReprEnter&) = delete;

 private:
  bool entered_;
};

std::string join_reprs(const std::vector<Value>& items, const char* open, const char* close,
                       bool tuple) {
  std::string out = open;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr(items[i]);
  }
  if (tuple && items.size() == 1) out += ",";
  return out + close;
}

std::string address_of(const void* p) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", p);
  return buffer;
}

// Normalises a Python index against a length; raises IndexError when out of range. `what` starts
// the IndexError's message ("list assignment index out of range"); its first word, the type, the
// TypeError's ("list indices must be integers or slices, not float", for a store too).
size_t checked_index(Value index, size_t length, const char* what) {
  if (is_kind(index, Kind::ScriptInstance) || is_number_instance(index)) {
    Ref converted = Ref::steal(index_dunder(index));
    if (!converted.get().is_undefined()) return checked_index(converted.get(), length, what);
  }
  if (is_bigint(index)) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  if (!is_integer(index)) {
    const std::string_view type = *what ? std::string_view(what) : "byte";
    if (type.starts_with("string"))  // str's own wording in 3.11
      raise(exc::TypeError, "string indices must be integers, not '" + type_name(index) + "'");
    raise(exc::TypeError, std::string(type.substr(0, type.find(' '))) +
                              " indices must be integers or slices, not " + type_name(index));
  }
  int64_t i = as_integer(index);
  if (i < 0) i += static_cast<int64_t>(length);
  if (i < 0 || i >= static_cast<int64_t>(length)) {
    raise(exc::IndexError,
          (*what ? std::string(what) + " " : std::string()) + "index out of range");
  }
  return static_cast<size_t>(i);
}

// A slice's bounds, ints or None (or anything else: slice_range() raises): a Slice object's, or
// the stack values of BINARY_SLICE and STORE_SLICE, which make no object for `a[i:j:k]`.
struct SliceBounds {
  Value start, stop, step;
};
SliceBounds bounds_of(Value slice) {
  const auto& s = *static_cast<Slice*>(slice.obj);
  return {s.start, s.stop, s.step};
}

// The positions a slice selects in a sequence of `length` items: start, start + step, ... (count
// of them), as CPython's PySlice_Unpack and PySlice_AdjustIndices compute them.
struct SliceRange {
  int64_t start, step, count;
  int64_t stop;  // adjusted to the sequence, as start
  size_t at(int64_t k) const { return static_cast<size_t>(start + k * step); }
};

// A slice bound that is neither an int nor None, as an int: an object's __index__, a bool, a big
// int (clamped, as in CPython) or a TypeError.
int64_t uncommon_slice_bound(Value v) {
  Ref converted;
  v = indexed(v, converted);
  if (is_bigint(v)) return as_bigint(v).negative ? -INT64_MAX : INT64_MAX;
  if (!is_integer(v))
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return as_integer(v);
}

[[gnu::always_inline]] inline bool is_plain_bound(Value v) { return v.is_int() || v.is_none(); }
[[gnu::always_inline]] inline bool are_plain(const SliceBounds& slice) {
  return is_plain_bound(slice.start) && is_plain_bound(slice.stop) && is_plain_bound(slice.step);
}

// Bounds not all ints or None made so, in CPython's order (PySlice_Unpack: step, which must not
// be zero, then start and stop). It may run a script's __index__: callers convert before taking
// a container's lock.
[[gnu::noinline]] SliceBounds uncommon_plain_bounds(const SliceBounds& slice) {
  auto plain = [](Value v) {
    return is_plain_bound(v) ? v : Value::integer(uncommon_slice_bound(v));
  };
  const Value step = plain(slice.step);
  if (step.is_int() && step.i == 0) raise(exc::ValueError, "slice step cannot be zero");
  const Value start = plain(slice.start);
  return {start, plain(slice.stop), step};
}

SliceRange plain_slice_range(const SliceBounds& slice, size_t length);

// slice_range() of bounds not all ints or None. Apart, so that slice_range() itself makes no
// call and keeps its values in scratch registers.
[[gnu::noinline]] SliceRange slice_range_of_uncommon(const SliceBounds& slice, size_t length) {
  return plain_slice_range(uncommon_plain_bounds(slice), length);
}

[[noreturn, gnu::noinline, gnu::cold]] void raise_zero_slice_step() {
  raise(exc::ValueError, "slice step cannot be zero");
}

// A bound of a sequence of n items: None is `absent`; within -n..n it counts from the start or
// the end; beyond, it clamps to the first or last place the step can reach.
[[gnu::always_inline]] inline int64_t adjusted_bound(Value bound, int64_t absent, int64_t n,
                                                     int64_t step) {
  if (bound.is_none()) return absent;
  int64_t i = bound.i;
  if (i < 0) {
    i += n;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= n) {
    i = step < 0 ? n - 1 : n;
  }
  return i;
}

// In line in every slicing operation (list, tuple, str, bytes, range): a handful of compares
// for the common slices, where a call cost as much as the arithmetic. The bounds are ints or
// None (are_plain(), which the list operations test before taking the list's lock).
[[gnu::always_inline]] inline SliceRange plain_slice_range(const SliceBounds& slice,
                                                           size_t length) {
  const auto n = static_cast<int64_t>(length);
  const int64_t step = slice.step.is_none() ? 1 : std::max(slice.step.i, -INT64_MAX);
  if (step == 0) raise_zero_slice_step();
  const int64_t start = adjusted_bound(slice.start, step < 0 ? n - 1 : 0, n, step);
  const int64_t stop = adjusted_bound(slice.stop, step < 0 ? -1 : n, n, step);
  int64_t count = 0;
  if (step == 1) {  // the common steps, without a division
    count = std::max<int64_t>(stop - start, 0);
  } else if (step == -1) {
    count = std::max<int64_t>(start - stop, 0);
  } else if (step < 0 && stop < start) {
    count = (start - stop - 1) / -step + 1;
  } else if (step > 0 && start < stop) {
    count = (stop - start - 1) / step + 1;
  }
  return {start, step, count, stop};
}

// The range of any bounds: __index__ and bools converted first (which may run script code).
[[gnu::always_inline]] inline SliceRange slice_range(const SliceBounds& slice, size_t length) {
  if (!are_plain(slice)) [[unlikely]]
    return slice_range_of_uncommon(slice, length);
  return plain_slice_range(slice, length);
}

// range(...)[slice]: the range of the selected values, as CPython's compute_slice makes it
// (range(10)[2:8:2] is range(2, 8, 2)).
Value range_slice(const Range& r, const SliceBounds& slice) {
  const SliceRange s =
      slice_range(slice, static_cast<size_t>(range_length(r.start, r.stop, r.step)));
  // In 64 bits when nothing overflows there (the common case); else in 128, which tells a
  // result past 64 bits from an intermediate product that only looked so.
  int64_t start64, stop64, step64, offset;
  if (!__builtin_mul_overflow(s.start, r.step, &offset) &&
      !__builtin_add_overflow(r.start, offset, &start64) &&
      !__builtin_mul_overflow(s.stop, r.step, &offset) &&
      !__builtin_add_overflow(r.start, offset, &stop64) &&
      !__builtin_mul_overflow(s.step, r.step, &step64))
    return Value::object(new Range(start64, stop64, step64));
  const __int128 start = r.start + static_cast<__int128>(s.start) * r.step;
  const __int128 stop = r.start + static_cast<__int128>(s.stop) * r.step;
  const __int128 step = static_cast<__int128>(s.step) * r.step;
  for (__int128 v : {start, stop, step}) {
    if (v > INT64_MAX || v < INT64_MIN)
      raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Value::object(new Range(static_cast<int64_t>(start), static_cast<int64_t>(stop),
                                 static_cast<int64_t>(step)));
}

// tuple[range] of a tuple's items (plain_list_slice() makes lists' slices).
[[gnu::always_inline]] inline Value tuple_slice(const std::vector<Value>& items,
                                                const SliceRange& range) {
  Tuple* tuple = new_tuple(static_cast<size_t>(range.count));  // filled in place
  Value* out = tuple->items.data();
  if (range.step == 1) {
    std::copy_n(items.begin() + range.start, range.count, out);
  } else if (range.step == -1) {  // reversed: one copy as well
    std::copy_n(std::make_reverse_iterator(items.begin() + (range.start + 1)), range.count, out);
  } else {
    for (int64_t k = 0; k < range.count; ++k) out[k] = items[range.at(k)];
  }
  for (Value v : tuple->items) incref(v);
  return Value::object(tuple);
}

// The bytes or characters of `text` that a slice's range selects, where they are not one run
// (text_slice copies those itself); `code_points`: the text is UTF-8 and indexed by code
// point (otherwise by byte).
std::string slice_text(const std::string& text, size_t length, const SliceRange& range,
                       bool code_points) {
  if (!code_points) {
    std::string out;
    out.reserve(static_cast<size_t>(range.count));
    for (int64_t k = 0; k < range.count; ++k) out += text[range.at(k)];
    return out;
  }
  std::vector<size_t> offsets;  // where each code point starts, and the end
  offsets.reserve(length + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (!unicode::is_continuation(static_cast<unsigned char>(text[i]))) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  std::string out;
  for (int64_t k = 0; k < range.count; ++k) {
    size_t i = range.at(k);
    out.append(text, offsets[i], offsets[i + 1] - offsets[i]);
  }
  return out;
}

// The items `value` gives a slice assignment to `target`, as owned references taken before the
// list changes (a[:] = a). `value` is a reference the caller drops afterwards: a list that no
// one else refers to (`a[:k] = a[k::-1]`'s temporary) gives its vector away, items and all.
std::vector<Value> assigned_items(const List& target, const SliceBounds& slice, Value value) {
  if (is_kind(value, Kind::List) && value.obj != &target &&
      value.obj->refcount.load(std::memory_order_relaxed) == 1)
    return std::move(as_list(value)->items);
  if (is_kind(value, Kind::List) || is_kind(value, Kind::Tuple))
    return sequence_items(value);  // no iterator object
  Ref iterator;
  try {
    iterator = Ref::steal(get_iterator(value));
  } catch (ScriptException&) {
    bool simple = slice.step.is_none() || (is_integer(slice.step) && as_integer(slice.step) == 1);
    raise(exc::TypeError,
          simple ? "can only assign an iterable" : "must assign iterable to extended slice");
  }
  std::vector<Value> items;
  Value item;
  while (iterator_next(iterator.get(), item)) items.push_back(item);
  return items;
}

// Puts `items` (owned references) where `range` selects in the list: a simple slice of any
// length, an extended one of exactly as many. Swaps rather than copies, so that `items` ends up
// holding the references the list gave up, for the caller to release outside the list's lock,
// and an equal-length assignment neither allocates nor moves the list's other items. Raises
// before changing anything.
void replace_range(List& list, const SliceRange& range, std::vector<Value>& items) {
  const auto count = static_cast<size_t>(range.count);
  if (range.step != 1) {
    if (items.size() != count) {
      raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(items.size()) +
                                 " to extended slice of size " + std::to_string(count));
    }
    for (size_t k = 0; k < count; ++k)
      std::swap(list.items[range.at(static_cast<int64_t>(k))], items[k]);
    return;
  }
  auto first = list.items.begin() + range.start;
  const size_t common = std::min(count, items.size());
  std::swap_ranges(first, first + static_cast<ptrdiff_t>(common), items.begin());
  if (items.size() > count) {  // grows: the rest go in after the swapped ones
    list.items.insert(first + static_cast<ptrdiff_t>(count),
                      items.begin() + static_cast<ptrdiff_t>(count), items.end());
    items.resize(count);
  } else if (items.size() < count) {  // shrinks: the rest of the old ones come out
    auto rest = first + static_cast<ptrdiff_t>(common), end = first + range.count;
    items.insert(items.end(), rest, end);
    list.items.erase(rest, end);
  }
}

// list[slice] = value for bounds that are ints or None and a list `value` no one else refers to
// (`a[:k] = a[k::-1]`'s temporary: no other thread can reach it, so it is read without its lock)
// of as many items as the slice selects, the common case: its items and the slice's change
// places, and the old ones go with the temporary when the caller releases it. Nothing
// allocated, nothing moved but the swapped items. False, with nothing done, in any other case.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool swap_into_slice(List& list, const SliceBounds& slice,
                                                   Value value) {
  if (!is_kind(value, Kind::List) || value.obj == &list ||
      value.obj->refcount.load(std::memory_order_relaxed) != 1)
    return false;
  std::vector<Value>& items = as_list(value)->items;
  ContainerLock lock(list.mutex, kFreeThreaded);
  const SliceRange range = plain_slice_range(slice, list.items.size());
  if (static_cast<size_t>(range.count) != items.size()) return false;
  Value* to = list.items.data();
  Value* from = items.data();
  for (int64_t k = 0, i = range.start; k < range.count; ++k, i += range.step)
    std::swap(to[i], from[k]);
  return true;
}

// list[slice] = iterable: any length for a simple slice, exactly as many items for an extended one.
[[gnu::noinline]] void assign_slice(List& list, const SliceBounds& slice, Value value) {
  if (!are_plain(slice)) [[unlikely]]  // __index__ before the iterable, as CPython
    return assign_slice(list, uncommon_plain_bounds(slice), value);
  if (free_threaded() ? swap_into_slice<true>(list, slice, value)
                      : swap_into_slice<false>(list, slice, value))
    return;
  std::vector<Value> items = assigned_items(list, slice, value);
  try {
    ContainerLock lock(list.mutex);
    replace_range(list, plain_slice_range(slice, list.items.size()), items);
  } catch (...) {
    for (Value v : items) decref(v);  // what the list did not take
    throw;
  }
  for (Value v : items) decref(v);  // the replaced ones, outside the lock: a destructor may run
}

void delete_slice(List& list, const SliceBounds& slice) {
  if (!are_plain(slice)) [[unlikely]]  // __index__ outside the lock
    return delete_slice(list, uncommon_plain_bounds(slice));
  std::vector<Value> removed;
  {
    ContainerLock lock(list.mutex);
    const SliceRange range = plain_slice_range(slice, list.items.size());
    if (range.count == 0) return;
    // The same positions in increasing order: the lowest first, a positive step.
    const int64_t step = std::abs(range.step);
    const int64_t lowest = range.step > 0 ? range.start : range.start + (range.count - 1) * range.step;
    std::vector<Value>& items = list.items;
    removed.reserve(static_cast<size_t>(range.count));
    if (step == 1) {  // one run: out, and the rest moved down in one go
      auto first = items.begin() + lowest, last = first + range.count;
      removed.assign(first, last);
      items.erase(first, last);
    } else {  // the kept ones between the removed moved down, in place
      size_t out = static_cast<size_t>(lowest), next_gone = out;
      for (size_t i = out; i < items.size(); ++i) {
        if (i == next_gone && removed.size() < static_cast<size_t>(range.count)) {
          next_gone += static_cast<size_t>(step);
          removed.push_back(items[i]);
        } else {
          items[out++] = items[i];
        }
      }
      items.resize(out);
    }
  }
  for (Value v : removed) decref(v);
}

// ---- bytearray's items and slices: its data read and changed under its lock (a no-op under a
// GIL), the index or the slice's bounds made ints first (__index__ may run script code).

Value bytearray_item(ByteArray& array, Value index) {
  Ref converted;
  index = indexed(index, converted);
  ContainerLock lock(array.mutex);
  return Value::integer(
      static_cast<unsigned char>(array.data[checked_index(index, array.data.size(), "bytearray")]));
}

Value bytearray_slice(ByteArray& array, const SliceBounds& slice) {
  if (!are_plain(slice)) [[unlikely]]
    return bytearray_slice(array, uncommon_plain_bounds(slice));
  std::string part;
  {
    ContainerLock lock(array.mutex);
    const SliceRange range = plain_slice_range(slice, array.data.size());
    part = range.step == 1 ? array.data.substr(static_cast<size_t>(range.start),
                                               static_cast<size_t>(range.count))
                           : slice_text(array.data, array.data.size(), range, false);
  }
  return make_bytearray(std::move(part));
}

std::string cannot_convert_to_bytearray(Value v) {
  return "cannot convert '" + type_name(v) + "' object to bytearray";
}

// The bytes that `ba[slice] = value` puts in: a bytes-like value's (copied: `ba[:] = ba`), or an
// iterable of ints', as bytearray(value) would make them (not from a number or a str).
std::string assigned_bytes(Value value) {
  if (is_bytes_like(value)) return std::string(BytesView(value).data());
  if (is_number(value) || is_kind(value, Kind::Str))
    raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return bytes_of_iterable(value, cannot_convert_to_bytearray, "byte must be in range(0, 256)");
}

void bytearray_assign_slice(ByteArray& array, const SliceBounds& slice, Value value) {
  if (!are_plain(slice)) [[unlikely]]  // __index__ before the value, as CPython
    return bytearray_assign_slice(array, uncommon_plain_bounds(slice), value);
  const std::string bytes = assigned_bytes(value);
  ContainerLock lock(array.mutex);
  const SliceRange range = plain_slice_range(slice, array.data.size());
  if (range.step == 1) {
    array.data.replace(static_cast<size_t>(range.start), static_cast<size_t>(range.count), bytes);
    return;
  }
  if (bytes.size() != static_cast<size_t>(range.count)) {
    raise(exc::ValueError, "attempt to assign bytes of size " + std::to_string(bytes.size()) +
                               " to extended slice of size " + std::to_string(range.count));
  }
  for (int64_t k = 0; k < range.count; ++k) array.data[range.at(k)] = bytes[static_cast<size_t>(k)];
}

void bytearray_set_item(ByteArray& array, Value index, Value value) {
  if (is_kind(index, Kind::Slice)) return bytearray_assign_slice(array, bounds_of(index), value);
  Ref converted;
  index = indexed(index, converted);
  if (!is_integer(index)) checked_index(index, 0, "bytearray");  // its TypeError before the value's
  const char byte = byte_value(value);
  ContainerLock lock(array.mutex);
  array.data[checked_index(index, array.data.size(), "bytearray")] = byte;
}

void bytearray_delete_item(ByteArray& array, Value index) {
  if (!is_kind(index, Kind::Slice)) {
    Ref converted;
    index = indexed(index, converted);
    ContainerLock lock(array.mutex);
    array.data.erase(checked_index(index, array.data.size(), "bytearray"), 1);
    return;
  }
  SliceBounds slice = bounds_of(index);
  if (!are_plain(slice)) slice = uncommon_plain_bounds(slice);
  ContainerLock lock(array.mutex);
  const SliceRange range = plain_slice_range(slice, array.data.size());
  if (range.step == 1) {
    array.data.erase(static_cast<size_t>(range.start), static_cast<size_t>(range.count));
    return;
  }
  std::vector<bool> gone(array.data.size(), false);
  for (int64_t k = 0; k < range.count; ++k) gone[range.at(k)] = true;
  std::string kept;
  kept.reserve(array.data.size() - static_cast<size_t>(range.count));
  for (size_t i = 0; i < array.data.size(); ++i) {
    if (!gone[i]) kept += array.data[i];
  }
  array.data.swap(kept);
}

int compare_sequences(const std::vector<Value>& a, const std::vector<Value>& b,
                      const char* symbol);

// Two deques ordered as sequences, over snapshots of their items (compared without the locks).
[[gnu::noinline]] int compare_deques(Value a, Value b, const char* symbol) {
  return compare_sequences(DequeSnapshot(*as_deque(a)).items(), DequeSnapshot(*as_deque(b)).items(),
                           symbol);
}

// The items of a builtin sequence (array.array), owned until it goes.
class NativeSequenceItems {
 public:
  explicit NativeSequenceItems(Value sequence) {
    Ref iterator = Ref::steal(get_iterator(sequence));
    Value item;
    while (iterator_next(iterator.get(), item)) items_.push_back(item);
  }
  ~NativeSequenceItems() {
    for (Value v : items_) decref(v);
  }
  NativeSequenceItems(const NativeSequenceItems&) = delete;
  NativeSequenceItems& operator=(const NativeSequenceItems&) = delete;
  const std::vector<Value>& items() const { return items_; }

 private:
  std::vector<Value> items_;
};

// Two builtin sequences (arrays) ordered as the lists of their items, as CPython's arrays.
[[gnu::noinline]] int compare_native_sequences(Value a, Value b, const char* symbol) {
  return compare_sequences(NativeSequenceItems(a).items(), NativeSequenceItems(b).items(), symbol);
}

// Two sequences of items equal: as long, with items that are the same or equal (a tuple's, a
// deque's snapshot), as CPython's.
bool items_equal(const std::vector<Value>& x, const std::vector<Value>& y) {
  NestingGuard guard(kInComparison);
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (!keys_equal(x[i], y[i])) return false;
  }
  return true;
}

// Two deques equal, over snapshots of their items.
[[gnu::noinline]] bool deques_equal(Value a, Value b) {
  return items_equal(DequeSnapshot(*as_deque(a)).items(), DequeSnapshot(*as_deque(b)).items());
}

// The ordering of two bytes-like values, one of them a bytearray, over views of their data.
[[gnu::noinline]] int compare_bytes_like(Value a, Value b) {
  const BytesView x(a), y(b);
  const int c = x.data().compare(y.data());
  return (c > 0) - (c < 0);
}

// What compare_three_way returns when a NaN makes every ordering test false.
constexpr int kUnordered = 2;

// Three-way ordering for values that support <; raises TypeError otherwise.
int compare_three_way(Value a, Value b, const char* symbol) {
  if (is_number(a) && is_number(b)) {
    if (is_integer(a) && is_integer(b))
      return (as_integer(a) > as_integer(b)) - (as_integer(a) < as_integer(b));
    Limb a_limb, b_limb;
    if (is_any_integer(a) && is_any_integer(b))
      return compare_ints(int_view(a, a_limb), int_view(b, b_limb));
    bool unordered = false;
    if (b.is_float() && needs_exact_comparison(a)) {
      int c = compare_int_float(a, b.f, unordered);
      return unordered ? kUnordered : c;
    }
    if (a.is_float() && needs_exact_comparison(b)) {
      int c = -compare_int_float(b, a.f, unordered);
      return unordered ? kUnordered : c;
    }
    double x = as_double(a), y = as_double(b);
    if (std::isnan(x) || std::isnan(y)) return kUnordered;
    return (x > y) - (x < y);
  }
  if ((is_kind(a, Kind::Str) && is_kind(b, Kind::Str)) ||
      (is_kind(a, Kind::Bytes) && is_kind(b, Kind::Bytes))) {
    const int c = is_kind(a, Kind::Str)  // compared once
                      ? std::string_view(as_str(a)->text).compare(as_str(b)->text)
                      : std::string_view(as_bytes(a)->data).compare(as_bytes(b)->data);
    return (c > 0) - (c < 0);
  }
  if (is_bytes_like(a) && is_bytes_like(b)) return compare_bytes_like(a, b);
  if (is_kind(a, Kind::List) && is_kind(b, Kind::List))
    return compare_sequences(ItemsView(a).items(), ItemsView(b).items(), symbol);
  if (is_kind(a, Kind::Tuple) && is_kind(b, Kind::Tuple))
    return compare_sequences(as_tuple(a)->items, as_tuple(b)->items, symbol);
  if (is_kind(a, Kind::Deque) && is_kind(b, Kind::Deque)) return compare_deques(a, b, symbol);
  if (sequence_methods(a) && sequence_methods(b)) return compare_native_sequences(a, b, symbol);
  raise(exc::TypeError, std::string("'") + symbol + "' not supported between instances of '" +
                            type_name(a) + "' and '" + type_name(b) + "'");
}

// The ordering of the first items of two sequences that differ, which decides theirs: as
// compare_three_way(), but a script instance's own method for the operator `symbol` answers,
// given as the ordering from which the caller reads the same answer.
int ordering_of_unequal(Value x, Value y, const char* symbol) {
  if (!is_kind(x, Kind::ScriptInstance) && !is_kind(y, Kind::ScriptInstance))
    return compare_three_way(x, y, symbol);
  const Op op = symbol[0] == '<' ? (symbol[1] ? Op::LE : Op::LT) : (symbol[1] ? Op::GE : Op::GT);
  const bool holds = truthy(Ref::steal(compare_op(op, x, y)).get());
  return holds == (op == Op::LT || op == Op::LE) ? -1 : 1;
}

// Lists and tuples are ordered by their first items that differ (ints and strs compared in
// line), else by length, as CPython's.
int compare_sequences(const std::vector<Value>& a, const std::vector<Value>& b,
                      const char* symbol) {
  NestingGuard guard(kInComparison);
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const Value x = a[i], y = b[i];
    if (x.is_int() && y.is_int()) {
      if (x.i != y.i) return x.i < y.i ? -1 : 1;
    } else if (is_kind(x, Kind::Str) && is_kind(y, Kind::Str)) {
      const int c = as_str(x)->text.compare(as_str(y)->text);
      if (c != 0) return c < 0 ? -1 : 1;
    } else if (!values_equal(x, y)) {
      return ordering_of_unequal(x, y, symbol);
    }
  }
  return (a.size() > b.size()) - (a.size() < b.size());
}

}  // namespace

Value concatenate_items(Value a, Value b) {
  if (a.obj->kind == Kind::List) return concatenate_lists(a, b);
  return concatenate(as_tuple(a)->items, as_tuple(b)->items, true);
}

SlicePositions slice_positions(Value slice, size_t length) {
  const SliceRange range = slice_range(bounds_of(slice), length);
  return {range.start, range.step, range.count};
}

int64_t slice_argument(Value v, int64_t length, std::optional<int64_t> none_means) {
  if (v.is_none() && none_means) return *none_means;
  Ref converted;
  v = indexed(v, converted);
  int64_t i = 0;
  if (is_bigint(v)) {
    i = as_bigint(v).negative ? -length - 1 : length + 1;  // clamped, as in CPython
  } else if (v.is_int() || v.is_bool()) {
    i = v.is_bool() ? v.b : v.i;
  } else {
    raise(exc::TypeError, none_means
                              ? "slice indices must be integers or None or have an __index__ method"
                              : "slice indices must be integers or have an __index__ method");
  }
  return i < 0 ? std::max<int64_t>(i + length, 0) : i;
}

namespace {
std::atomic<size_t> configured_sequence_byte_limit{0};  // 0: the machine's physical memory
}  // namespace

size_t sequence_byte_limit() {
  if (const size_t configured = configured_sequence_byte_limit.load(std::memory_order_relaxed))
    return configured;
  static const size_t physical = [] {
    const long pages = ::sysconf(_SC_PHYS_PAGES), page_size = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && page_size > 0 ? static_cast<size_t>(pages) * static_cast<size_t>(page_size)
                                      : SIZE_MAX;
  }();
  return physical;
}

void set_sequence_byte_limit(size_t bytes) {
  bytes = std::max(bytes, kSequenceBytesAlwaysAllowed);
  configured_sequence_byte_limit.store(bytes, std::memory_order_relaxed);
}

std::vector<Value> sequence_items(Value v) {
  if (is_kind(v, Kind::List)) {  // copied once, under its lock (an ItemsView copies it again)
    List& list = *as_list(v);
    ContainerLock lock(list.mutex);
    std::vector<Value> items = list.items;
    for (Value item : items) incref(item);
    return items;
  }
  std::vector<Value> items = ItemsView(v).items();  // a tuple's (or TypeError)
  for (Value item : items) incref(item);
  return items;
}

void append_items(std::vector<Value>& target, Value sequence) {
  const auto append = [&target](const std::vector<Value>& items) {
    target.insert(target.end(), items.begin(), items.end());
    for (Value item : items) incref(item);
  };
  if (is_kind(sequence, Kind::List)) {
    List& list = *as_list(sequence);
    ContainerLock lock(list.mutex);
    return append(list.items);
  }
  append(as_tuple(sequence)->items);
}

int64_t length_result(Value result) {
  Ref converted;
  const Value n = indexed(result, converted);
  if (!n.is_int() && !n.is_bool() && !is_bigint(n))
    raise(exc::TypeError, "'" + type_name(n) + "' object cannot be interpreted as an integer");
  if (is_bigint(n) ? as_bigint(n).negative : n.is_int() && n.i < 0)  // the sign first, as CPython
    raise(exc::ValueError, "__len__() should return >= 0");
  if (is_bigint(n)) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return n.is_bool() ? n.b : n.i;
}


namespace {
// The result of a script class's __bool__ on `v` (CPython's slot_nb_bool), which must be a bool;
// Undefined when the class has none.
Value bool_dunder_result(Value v) {
  Ref result = Ref::steal(call_special(v, NAME_KEY("__bool__"), nullptr, 0));
  if (!result.get().is_undefined() && !result.get().is_bool())
    raise(exc::TypeError, "__bool__ should return bool, returned " + type_name(result.get()));
  return result.get();
}
}  // namespace

bool truthy(Value v) {
  switch (v.tag) {
    case Tag::None:
    case Tag::Undefined: return false;
    case Tag::Bool: return v.b;
    case Tag::Int: return v.i != 0;
    case Tag::Float: return v.f != 0.0;
    case Tag::Obj: break;
  }
  if (is_builtin_subclass_instance(v)) [[unlikely]] {  // a subclass's __bool__, else its length
    const Value result =
        subclass_may_override(v, kSubclassBool) ? bool_dunder_result(v) : Value::undefined();
    if (!result.is_undefined()) return result.b;
    return is_number_instance(v) ? truthy(number_value(v)) : length(v) != 0;
  }
  switch (v.obj->kind) {
    case Kind::Str: return !as_str(v)->text.empty();
    case Kind::Bytes: return !as_bytes(v)->data.empty();
    case Kind::ByteArray:
    case Kind::List: return length(v) != 0;
    case Kind::Tuple: return !as_tuple(v)->items.empty();
    case Kind::Dict: return length(v) != 0;
    case Kind::Set: return as_set(v)->size() != 0;
    case Kind::Range: {  // empty or not, as CPython's: no length, which may pass 2^63 - 1
      const auto& range = *static_cast<const Range*>(v.obj);
      return range.step > 0 ? range.start < range.stop : range.start > range.stop;
    }
    case Kind::DictView: return as_dict_view(v)->target().size() != 0;
    case Kind::Deque: return deque_length(*as_deque(v)) != 0;
    case Kind::Complex: return as_complex(v)->real != 0.0 || as_complex(v)->imag != 0.0;
    case Kind::Instance: {
      const SequenceMethods* sequence = sequence_methods(v);
      return !sequence || sequence->length(as_instance(v)) != 0;
    }
    case Kind::Class:  // a metaclass's __bool__ or __len__
      if (!has_metaclass(v)) return true;
      [[fallthrough]];
    case Kind::ScriptInstance: {  // CPython's slot_nb_bool
      if (v.obj->kind == Kind::ScriptInstance) {
        // Most classes define neither (`if node.left:`): two cached look-ups, nothing to call.
        Class& cls = *static_cast<ScriptInstance*>(v.obj)->cls;
        const Value has_bool = class_special_lookup(cls, NAME_KEY("__bool__"));
        const Value has_len = class_special_lookup(cls, NAME_KEY("__len__"));
        decref(has_bool);
        decref(has_len);
        if (has_bool.is_undefined() && has_len.is_undefined()) return true;
      }
      const Value result = bool_dunder_result(v);
      if (!result.is_undefined()) return result.b;
      Ref length = Ref::steal(call_special(v, NAME_KEY("__len__"), nullptr, 0));
      return length.get().is_undefined() || length_result(length.get()) != 0;
    }
    default: return true;
  }
}

namespace {
// a == b where either is an instance of a subclass of int or float: its class's __eq__ (unless
// this is the builtin's), else their numbers'.
[[gnu::noinline]] bool number_instance_equal(Value a, Value b) {
  if (!override_bypassed(a, NAME_KEY("__eq__")) && !override_bypassed(b, NAME_KEY("__eq__"))) {
    if (const std::optional<bool> equal = instance_equal(a, b)) return *equal;
  }
  return values_equal(number_value(a), number_value(b));
}
}  // namespace

bool values_equal(Value a, Value b) {
  if (is_number(a) && is_number(b)) {
    if (is_integer(a) && is_integer(b)) return as_integer(a) == as_integer(b);
    Limb a_limb, b_limb;
    if (is_any_integer(a) && is_any_integer(b))
      return compare_ints(int_view(a, a_limb), int_view(b, b_limb)) == 0;
    bool unordered = false;
    if (b.is_float() && needs_exact_comparison(a))
      return compare_int_float(a, b.f, unordered) == 0 && !unordered;
    if (a.is_float() && needs_exact_comparison(b))
      return compare_int_float(b, a.f, unordered) == 0 && !unordered;
    return as_double(a) == as_double(b);
  }
  if (is_complex(a) || is_complex(b)) {  // with a number or a complex: by value
    bool comparable;
    const bool equal =
        is_complex(a) ? complex_equals(*as_complex(a), b, comparable) : complex_equals(*as_complex(b), a, comparable);
    if (comparable) return equal;
  }
  if (a.tag != b.tag) {
    if (is_number_instance(a) || is_number_instance(b)) [[unlikely]]
      return number_instance_equal(a, b);
    // An instance's __eq__ (or the other side's, reflected) decides against an int, a float, a
    // bool or None too: Key(5) == 5, and so {5: 1}.get(Key(5)).
    if (is_kind(a, Kind::ScriptInstance) || is_kind(b, Kind::ScriptInstance))
      return instance_equal(a, b).value_or(false);
    return false;
  }
  if (a.tag == Tag::None || a.tag == Tag::Undefined) return true;
  if (a.obj == b.obj) return true;
  if (a.obj->kind == Kind::ScriptInstance || b.obj->kind == Kind::ScriptInstance) {
    return instance_equal(a, b).value_or(false);
  }
  if (const SequenceMethods* sequence = sequence_methods(a))
    return sequence->equals(as_instance(a), b);
  if (const SequenceMethods* sequence = sequence_methods(b))
    return sequence->equals(as_instance(b), a);
  if (is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b)) [[unlikely]] {
    // An __eq__ of its own, unless this is the builtin's (`dict.__eq__(self, other)`).
    if (is_number_instance(a) || is_number_instance(b)) return number_instance_equal(a, b);
    if (!override_bypassed(a, NAME_KEY("__eq__")) && !override_bypassed(b, NAME_KEY("__eq__"))) {
      if (const std::optional<bool> equal = instance_equal(a, b)) return *equal;
    }
  }
  if (a.obj->kind == Kind::DictView || b.obj->kind == Kind::DictView) {
    NestingGuard guard(kInComparison);
    return dict_views_equal(a, b);  // against sets too: not the same kind
  }
  if (a.obj->kind == Kind::ByteArray || b.obj->kind == Kind::ByteArray)
    return is_bytes_like(a) && is_bytes_like(b) && compare_bytes_like(a, b) == 0;
  if (a.obj->kind != b.obj->kind) return false;
  switch (a.obj->kind) {
    case Kind::Str: {
      // Hashes already computed and different: not equal, without reading the texts.
      const size_t x = as_str(a)->hash.load(std::memory_order_relaxed),
                   y = as_str(b)->hash.load(std::memory_order_relaxed);
      return (x == 0 || y == 0 || x == y) && same_text(*as_str(a), *as_str(b));
    }
    case Kind::Bytes: return as_bytes(a)->data == as_bytes(b)->data;
    case Kind::Tuple:  // never changes: its items are read in place (tuple keys of dicts)
      return items_equal(as_tuple(a)->items, as_tuple(b)->items);
    case Kind::List: {
      NestingGuard guard(kInComparison);
      ItemsView x_view(a), y_view(b);
      const auto& x = x_view.items();
      const auto& y = y_view.items();
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (!values_equal(x[i], y[i])) return false;
      }
      return true;
    }
    case Kind::Dict: {
      NestingGuard guard(kInComparison);
      auto* y = static_cast<Dict*>(b.obj);
      if (static_cast<Dict*>(a.obj)->size() != y->size()) return false;
      bool equal = true;
      for (auto [key, value] : static_cast<Dict*>(a.obj)->snapshot()) {  // owned references
        if (equal) {
          Ref other = Ref::steal(y->get(key));
          equal = !other.get().is_undefined() && values_equal(value, other.get());
        }
        decref(key);
        decref(value);
      }
      return equal;
    }
    case Kind::Set: {
      NestingGuard guard(kInComparison);
      return sets_equal(a, b);
    }
    case Kind::Deque: return deques_equal(a, b);
    case Kind::Slice: {  // as the tuples (start, stop, step)
      auto *x = static_cast<Slice*>(a.obj), *y = static_cast<Slice*>(b.obj);
      NestingGuard guard(kInComparison);
      return values_equal(x->start, y->start) && values_equal(x->stop, y->stop) &&
             values_equal(x->step, y->step);
    }
    case Kind::Range: {  // as sequences: range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2)
      auto *x = static_cast<Range*>(a.obj), *y = static_cast<Range*>(b.obj);
      const int64_t n = range_length(x->start, x->stop, x->step);
      if (n != range_length(y->start, y->stop, y->step)) return false;
      return n == 0 || (x->start == y->start && (n == 1 || x->step == y->step));
    }
    default: return false;
  }
}

namespace {
// CPython's _Py_HashDouble for a float that is not integral: its value modulo the prime
// 2**61 - 1, so that a set of floats iterates (and prints) in CPython's order.
size_t float_hash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : static_cast<size_t>(-314159);
  if (std::isnan(v)) return std::hash<double>{}(v);
  int e = 0;
  double m = std::frexp(v, &e);
  int64_t sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    const auto y = static_cast<uint64_t>(m);  // the integer part
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x = x * static_cast<uint64_t>(sign);
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<size_t>(x);
}
}  // namespace

namespace {
// hash() of an instance of a subclass of tuple whose class defines __hash__ (None: unhashable);
// nullopt when it does not: the tuple's hash.
[[gnu::noinline]] std::optional<size_t> subclass_hash(Value v) {
  Ref result = Ref::steal(instance_hash_result(v));
  if (result.get().is_undefined()) return std::nullopt;
  if (result.get().is_int()) return std::hash<int64_t>{}(result.get().i);
  raise(exc::TypeError, "__hash__ method should return an integer");
}
}  // namespace

namespace {
// CPython 3.11's tuplehash (xxHash's mixing, item hashes as CPython's for ints): tuples of small
// ints spread over a table as in CPython, not into runs of colliding slots.
constexpr uint64_t kTuplePrime1 = 11400714785074694791ull, kTuplePrime2 = 14029467366897019727ull,
                   kTuplePrime5 = 2870177450012600261ull;
[[gnu::always_inline]] inline uint64_t tuple_hash_mix(uint64_t acc, uint64_t item_hash) {
  acc += item_hash * kTuplePrime2;
  acc = (acc << 31) | (acc >> 33);
  return acc * kTuplePrime1;
}
[[gnu::always_inline]] inline size_t tuple_hash_finish(uint64_t acc, size_t size) {
  acc += size ^ (kTuplePrime5 ^ 3527539ull);
  return acc == static_cast<uint64_t>(-1) ? 1546275796 : acc;
}
// Any tuple's hash, its items hashed as set_hash_other() hashes them (nested tuples, floats,
// instances' __hash__: guarded against endless nesting).
[[gnu::noinline]] size_t tuple_hash(const std::vector<Value>& items) {
  NestingGuard guard("");
  uint64_t acc = kTuplePrime5;
  for (Value item : items) acc = tuple_hash_mix(acc, static_cast<uint64_t>(set_hash_other(item)));
  return tuple_hash_finish(acc, items.size());
}
}  // namespace

bool plain_tuple_hash(const Tuple& tuple, size_t& hash) {
  if (tuple.of_subclass()) return false;
  uint64_t acc = kTuplePrime5;
  constexpr int64_t kSmall = (int64_t{1} << 61) - 1;
  for (Value item : tuple.items) {
    uint64_t item_hash;
    if (item.is_int() && item.i > -kSmall && item.i < kSmall) {
      item_hash = static_cast<uint64_t>(item.i == -1 ? -2 : item.i);  // ints are their own hashes
    } else if (item.is_obj() && item.obj->kind == Kind::Str) {
      item_hash = as_str(item)->cached_hash();
    } else {
      return false;
    }
    acc = tuple_hash_mix(acc, item_hash);
  }
  hash = tuple_hash_finish(acc, tuple.items.size());
  return true;
}

Value unhashable_error(Value v) {
  return new_exception(exc::TypeError, "unhashable type: '" + type_name(v) + "'");
}

bool unhashable_builtin_of_kind(Value v) { return v.obj->kind != Kind::Set || !as_set(v)->frozen; }

size_t hash_value(Value v) {
  if (is_integer(v)) return std::hash<int64_t>{}(as_integer(v));
  if (v.is_float()) {
    double integral;
    if (std::modf(v.f, &integral) == 0.0 && std::fabs(v.f) < 9.2e18)
      return std::hash<int64_t>{}(static_cast<int64_t>(v.f));
    // An integral float beyond int64 hashes as the big int it equals.
    if (std::isfinite(v.f) && integral == v.f) return hash_int(BigInt::from_double(v.f).view());
    return float_hash(v.f);
  }
  if (!v.is_obj()) return 0x9e3779b9;
  switch (v.obj->kind) {
    case Kind::Str:
      if (as_str(v)->of_subclass()) [[unlikely]] {  // its class's __hash__, if it has one
        if (const std::optional<size_t> h = subclass_hash(v)) return *h;
      }
      return as_str(v)->cached_hash();
    case Kind::Bytes: return std::hash<std::string>{}(as_bytes(v)->data) ^ 0x5bd1e995;
    case Kind::BigInt: return hash_int(as_bigint(v));
    case Kind::NumberInstance:  // its class's __hash__, else its number's
      if (const std::optional<size_t> h = subclass_hash(v)) return *h;
      return hash_value(number_value(v));
    case Kind::Complex:  // with no imaginary part, as the float it equals (and so the int)
      if (as_complex(v)->imag == 0.0) return hash_value(Value::floating(as_complex(v)->real));
      return complex_hash(*as_complex(v));
    case Kind::Tuple: {
      if (as_tuple(v)->of_subclass()) [[unlikely]] {  // its class's __hash__, if it has one
        if (const std::optional<size_t> h = subclass_hash(v)) return *h;
      }
      size_t hash;
      if (plain_tuple_hash(*as_tuple(v), hash)) return hash;
      return tuple_hash(as_tuple(v)->items);
    }
    case Kind::Range: {  // equal ranges hash alike: by length, and start and step where they matter
      auto* r = static_cast<Range*>(v.obj);
      const int64_t n = range_length(r->start, r->stop, r->step);
      return std::hash<int64_t>{}(n)*1000003 ^
             (n == 0 ? 0
                     : std::hash<int64_t>{}(r->start) * 31 ^
                           (n == 1 ? 0 : std::hash<int64_t>{}(r->step)));
    }
    case Kind::DictView:  // a values view is hashed by identity, as any object
      if (as_dict_view(v)->part == DictPart::Values) return identity_hash(v.obj);
      raise(exc::TypeError, "unhashable type: '" + type_name(v) + "'");
    case Kind::Set:
      if (as_set(v)->frozen) return frozenset_hash(v);
      [[fallthrough]];
    case Kind::List:
    case Kind::Dict:
    case Kind::Deque:
    case Kind::ByteArray:
    case Kind::Slice: throw ScriptException{Ref::steal(unhashable_error(v))};
    case Kind::Instance:  // a builtin mutable sequence (array.array) has no hash, as a list
      if (sequence_methods(v)) raise(exc::TypeError, "unhashable type: '" + type_name(v) + "'");
      return identity_hash(v.obj);
    case Kind::ScriptInstance: {
      // A class that defines neither __hash__ nor __eq__ (its bits found and kept for its
      // version here, for hashed_by_identity()): no look-up of __hash__.
      if ((class_special_bits(*static_cast<ScriptInstance*>(v.obj)->cls) &
           (1u << kSubclassHash | 1u << kSubclassEq)) == 0)
        return identity_hash(v.obj);
      Ref result = Ref::steal(instance_hash_result(v));
      if (result.get().is_undefined()) return identity_hash(v.obj);
      if (result.get().is_int()) return std::hash<int64_t>{}(result.get().i);
      raise(exc::TypeError, "__hash__ method should return an integer");
    }
    default: return identity_hash(v.obj);
  }
}

Value index_dunder(Value v) {
  if (!is_kind(v, Kind::ScriptInstance) && !is_number_instance(v)) return Value::undefined();
  Value result = call_special(v, NAME_KEY("__index__"), nullptr, 0);
  if (result.is_undefined() || result.is_int() || is_bigint(result)) return result;
  const std::string type = type_name(result);
  decref(result);
  raise(exc::TypeError, "__index__ returned non-int (type " + type + ")");
}

Value indexed(Value v, Ref& holder) {
  if (!is_kind(v, Kind::ScriptInstance) && !is_number_instance(v)) return v;
  holder = Ref::steal(index_dunder(v));
  return holder.get().is_undefined() ? v : holder.get();
}

Value integer_value(Value v, Ref& holder) {
  v = indexed(v, holder);
  if (!v.is_int() && !v.is_bool() && !is_bigint(v))
    raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
  return v;
}

bool is_type_builtin(Value v) {
  static const std::unordered_set<std::string_view> kTypeBuiltins = {
      "int",       "float",        "str",         "bool",     "bytes", "bytearray", "list",
      "tuple",     "dict",         "set",         "frozenset", "range", "enumerate", "zip",
      "map",       "filter",       "reversed",    "type",     "super", "staticmethod",
      "classmethod", "property",   "slice",       "complex",  "defaultdict", "deque"};
  if (!is_kind(v, Kind::Native)) return false;
  auto* native = static_cast<Native*>(v.obj);
  int8_t known = native->is_type.load(std::memory_order_relaxed);
  if (known < 0) [[unlikely]] {  // racing threads store the same
    known = native->self.is_none() && kTypeBuiltins.count(native->name) != 0;
    native->is_type.store(known, std::memory_order_relaxed);
  }
  return known != 0;
}

std::string type_name(Value v) { return std::string(type_name_view(v)); }

std::string_view type_name_view(Value v) {
  switch (v.tag) {
    case Tag::Undefined: return "undefined";
    case Tag::None: return "NoneType";
    case Tag::Bool: return "bool";
    case Tag::Int: return "int";
    case Tag::Float: return "float";
    case Tag::Obj: break;
  }
  if (is_builtin_subclass_instance(v)) return subclass_part(v).cls->name;
  switch (v.obj->kind) {
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::ByteArray: return "bytearray";
    case Kind::List: return "list";
    case Kind::Tuple: return "tuple";
    case Kind::Dict: return static_cast<Dict*>(v.obj)->is_defaultdict() ? "defaultdict" : "dict";
    case Kind::Slice: return "slice";
    case Kind::Range: return "range";
    case Kind::Code: return "code";
    case Kind::Function: return "function";
    case Kind::Native: return "builtin_function_or_method";
    case Kind::BoundMethod: return "method";
    case Kind::Module: return "module";
    case Kind::ExceptionClass: return "type";
    case Kind::Exception: return static_cast<ExceptionObject*>(v.obj)->cls->name;
    case Kind::Iterator:
      switch (static_cast<Iterator*>(v.obj)->source) {
        case Iterator::Source::Enumerate: return "enumerate";
        case Iterator::Source::Zip: return "zip";
        case Iterator::Source::Map: return "map";
        case Iterator::Source::Filter: return "filter";
        case Iterator::Source::Reversed: {
          const Value sequence = static_cast<Iterator*>(v.obj)->sequence;
          if (is_kind(sequence, Kind::List)) return "list_reverseiterator";
          return is_kind(sequence, Kind::Range) ? "range_iterator" : "reversed";
        }
        case Iterator::Source::Range: return "range_iterator";
        case Iterator::Source::Sequence: {
          const Value sequence = static_cast<Iterator*>(v.obj)->sequence;
          if (is_kind(sequence, Kind::List)) return "list_iterator";
          if (is_kind(sequence, Kind::Tuple)) return "tuple_iterator";
          if (is_kind(sequence, Kind::Bytes)) return "bytes_iterator";
          if (is_kind(sequence, Kind::ByteArray)) return "bytearray_iterator";
          if (is_kind(sequence, Kind::Str))
            return as_str(sequence)->is_ascii() ? "str_ascii_iterator" : "str_iterator";
          return "iterator";  // over a class's __getitem__
        }
        case Iterator::Source::Callable: return "callable_iterator";
        case Iterator::Source::Table:
          if (is_kind(static_cast<Iterator*>(v.obj)->sequence, Kind::Set)) return "set_iterator";
          return dict_iterator_type_name(static_cast<Iterator*>(v.obj)->part, false);
        case Iterator::Source::ReversedTable:
          return dict_iterator_type_name(static_cast<Iterator*>(v.obj)->part, true);
        case Iterator::Source::Deque: return deque_iterator_type_name(false);
        case Iterator::Source::ReversedDeque: return deque_iterator_type_name(true);
        case Iterator::Source::Native: return static_cast<NativeIterator*>(v.obj)->type_name();
        default: return "iterator";
      }
    case Kind::Instance: {
      auto* instance = static_cast<Instance*>(v.obj);
      return instance->cls.is_none() ? instance->type->name
                                     : static_cast<Class*>(instance->cls.obj)->name;
    }
    case Kind::BigInt: return "int";
    case Kind::Complex: return "complex";
    case Kind::NumberInstance: return subclass_part(v).cls->name;  // (answered above)
    case Kind::Cell: return "cell";
    case Kind::Class: {
      const Class* meta = static_cast<Class*>(v.obj)->metaclass;
      return meta ? std::string_view(meta->name) : "type";
    }
    case Kind::ScriptInstance: return static_cast<ScriptInstance*>(v.obj)->cls->name;
    case Kind::Method: return "method";
    case Kind::StaticMethod: return "staticmethod";
    case Kind::ClassMethod: return "classmethod";
    case Kind::Property: return "property";
    case Kind::Super: return "super";
    case Kind::Generator: return "generator";
    case Kind::Set: return as_set(v)->frozen ? "frozenset" : "set";
    case Kind::DictView: return dict_view_type_name(as_dict_view(v)->part);
    case Kind::Deque: return "collections.deque";
    case Kind::Member:
      return static_cast<Member*>(v.obj)->tuple_field() ? "_collections._tuplegetter"
                                                         : "member_descriptor";
  }
  return "object";
}

namespace {
// <member 'x' of 'P' objects>: out of line, as defaultdict_repr_start().
[[gnu::noinline]] std::string member_repr(const Member& member) {
  if (member.tuple_field())  // _tuplegetter(0, 'Alias for field number 0')
    return "_tuplegetter(" + std::to_string(member.index) + ", " + repr(member.name) + ")";
  return "<member '" + as_str(member.name)->text + "' of '" + member.owner->name + "' objects>";
}

// "defaultdict(<class 'list'>, {": out of line, so that repr()'s frame, one per level of a
// nested container, stays as small as the recursion limit's depth allows (ASan's stacks).
[[gnu::noinline]] std::string defaultdict_repr_start(Dict& dict) {
  Value factory;
  {
    ContainerLock lock(dict.mutex);
    factory = dict.default_factory;
    incref(factory);
  }
  Ref owned = Ref::steal(factory);
  return "defaultdict(" + repr(factory) + ", {";
}

// deque([1, 2]), deque([1], maxlen=3); a deque met again inside itself is [...], as CPython's.
[[gnu::noinline]] std::string deque_repr(Value v) {
  ReprEnter enter(v.obj);
  if (enter.already_in_progress()) return "[...]";
  const Deque& deque = *as_deque(v);
  std::string out = "deque(" + join_reprs(DequeSnapshot(*as_deque(v)).items(), "[", "]", false);
  return deque.maxlen < 0 ? out + ")" : out + ", maxlen=" + std::to_string(deque.maxlen) + ")";
}
}  // namespace

std::string NativeIterator::repr() const {
  return std::string("<itertools.") + type_name() + " object at " + address_of(this) + ">";
}

namespace {
// Out of repr()'s frame, which deep nesting stacks.
[[gnu::noinline]] std::string native_iterator_repr(const NativeIterator& it) { return it.repr(); }
}  // namespace

// repr() of a bytearray, apart: repr()'s frame stays small (deeply nested values recurse in it).
[[gnu::noinline]] std::string bytearray_repr(Value v) {
  return "bytearray(" + quote_text(std::string(BytesView(v).data()), true) + ")";
}

namespace {
// The text of a special method of an instance's class (`method`, an interned name), checked to be
// a str, or nullopt when the class has none.
std::optional<std::string> override_text(Value v, Value method) {
  Ref result = Ref::steal(call_special(v, method, nullptr, 0));
  if (result.get().is_undefined()) return std::nullopt;
  if (!is_kind(result.get(), Kind::Str)) {
    raise(exc::TypeError, as_str(method)->text + " returned non-string (type " +
                              type_name(result.get()) + ")");
  }
  return as_str(result.get())->text;
}

// repr() of an instance of a subclass of list or dict: its class's __repr__, else repr() again
// with that bypassed (the builtin's). Out of repr()'s frame, which recursion through nested
// containers stacks: the std::string comes back in repr()'s own return slot.
[[gnu::noinline]] std::string subclass_repr(Value v) {
  if (std::optional<std::string> text = override_text(v, NAME_KEY("__repr__"))) return *text;
  OverrideBypass bypass(v, NAME_KEY("__repr__"));
  return repr(v);
}

// Whether repr() of `v`, a list or a dict, is its class's (an instance of a subclass whose
// __repr__ is not being bypassed).
[[gnu::always_inline]] inline bool repr_by_class(Value v, bool of_subclass) {
  return of_subclass && !override_bypassed(v, NAME_KEY("__repr__"));
}
}  // namespace

std::string repr(Value v) {
  switch (v.tag) {
    case Tag::Undefined: return "<undefined>";
    case Tag::None: return "None";
    case Tag::Bool: return v.b ? "True" : "False";
    case Tag::Int: return std::to_string(v.i);
    case Tag::Float: return float_repr(v.f);
    case Tag::Obj: break;
  }
  NestingGuard guard(kInRepr);
  switch (v.obj->kind) {
    case Kind::Str:
      if (repr_by_class(v, as_str(v)->of_subclass())) [[unlikely]]
        return subclass_repr(v);
      return quote_text(as_str(v)->text, false);
    case Kind::Bytes: return quote_text(as_bytes(v)->data, true);
    case Kind::ByteArray: return bytearray_repr(v);
    case Kind::BigInt: return int_digits(as_bigint(v), 10);
    case Kind::Complex: return complex_repr(as_complex(v)->real, as_complex(v)->imag);
    case Kind::NumberInstance:
      if (repr_by_class(v, true)) return subclass_repr(v);
      return repr(number_value(v));
    case Kind::List: {
      if (repr_by_class(v, as_list(v)->of_subclass())) [[unlikely]]
        return subclass_repr(v);
      ReprEnter enter(v.obj);
      return enter.already_in_progress() ? "[...]"
                                         : join_reprs(ItemsView(v).items(), "[", "]", false);
    }
    case Kind::Tuple: {
      if (repr_by_class(v, as_tuple(v)->of_subclass())) [[unlikely]]
        return subclass_repr(v);
      ReprEnter enter(v.obj);
      if (enter.already_in_progress()) return "(...)";
      if (const FieldNames* names = as_tuple(v)->names) {  // sys.version_info(major=3, ...)
        std::string out = names->type_name + "(";
        for (size_t i = 0; i < as_tuple(v)->items.size(); ++i) {
          out += (i ? ", " : "") + names->fields[i] + "=" + repr(as_tuple(v)->items[i]);
        }
        return out + ")";
      }
      return join_reprs(as_tuple(v)->items, "(", ")", true);
    }
    case Kind::Dict: {
      if (repr_by_class(v, static_cast<Dict*>(v.obj)->of_subclass())) [[unlikely]]
        return subclass_repr(v);
      ReprEnter enter(v.obj);
      if (enter.already_in_progress()) return "{...}";
      auto& dict = *static_cast<Dict*>(v.obj);
      std::string out = dict.is_defaultdict() ? defaultdict_repr_start(dict) : "{";
      bool first = true;
      for (auto [key, value] : static_cast<Dict*>(v.obj)->snapshot()) {  // owned references
        Ref owned_key = Ref::steal(key), owned_value = Ref::steal(value);
        if (!first) out += ", ";
        first = false;
        out += repr(key) + ": " + repr(value);
      }
      return out + (dict.is_defaultdict() ? "})" : "}");
    }
    case Kind::Function:
      return "<function " + static_cast<Function*>(v.obj)->code->qualname + " at " +
             address_of(v.obj) + ">";
    case Kind::Native: {
      // The builtins that stand for types (int, list, ...) show as the classes they are in
      // CPython: print(type(3)) is a common first program.
      auto* native = static_cast<Native*>(v.obj);
      if (is_type_builtin(v))
        return native->name == "defaultdict" || native->name == "deque"
                   ? "<class 'collections." + native->name + "'>"
                   : "<class '" + native->name + "'>";
      return native_repr(*native);
    }
    case Kind::Module: return "<module '" + static_cast<Module*>(v.obj)->name + "' (built-in)>";
    case Kind::ExceptionClass: {
      // A class statement's with its module, as any class's (<class '__main__.E'>); a builtin's
      // (no namespace) without.
      const auto& cls = *static_cast<ExceptionClass*>(v.obj);
      if (is_kind(cls.dict, Kind::Dict)) {
        Ref module = Ref::steal(static_cast<Dict*>(cls.dict.obj)->get(NAME_KEY("__module__")));
        if (is_kind(module.get(), Kind::Str))
          return "<class '" + as_str(module.get())->text + "." + cls.name + "'>";
      }
      return "<class '" + cls.name + "'>";
    }
    case Kind::Exception: {
      auto* e = static_cast<ExceptionObject*>(v.obj);
      std::string args = repr(e->args);
      if (as_tuple(e->args)->items.size() == 1) args.erase(args.size() - 2, 1);  // "(x,)" -> "(x)"
      return e->cls->name + args;
    }
    case Kind::Instance: {
      auto* instance = static_cast<Instance*>(v.obj);
      if (v.obj == not_implemented().obj) return "NotImplemented";
      if (v.obj == ellipsis().obj) return "Ellipsis";
      if (auto text = instance_repr(v, false)) return *text;
      if (auto* thread = dynamic_cast<ThreadObject*>(instance)) {  // Thread, _MainThread, Timer
        bool finished;
        {
          std::lock_guard<std::mutex> lock(thread->mutex);
          finished = thread->finished;
        }
        return "<" + type_name(v) + "(" + thread->name + ", " +
               (!thread->started ? "initial"
                : finished       ? "stopped"
                                 : "started") +
               (thread->daemon ? " daemon" : "") +
               (thread->started ? " " + std::to_string(thread->ident) : "") + ")>";
      }
      if (instance->type->repr) return instance->type->repr(v);
      return "<" + instance->type->name + " object at " + address_of(v.obj) + ">";
    }
    case Kind::ScriptInstance: return *instance_repr(v, false);
    case Kind::Set: return set_repr(v);
    case Kind::Deque: return deque_repr(v);
    case Kind::DictView: {  // dict_keys(['a', 'b']); a view met again inside itself is ...
      ReprEnter enter(v.obj);
      if (enter.already_in_progress()) return "...";
      std::vector<Value> items = dict_view_items(v);  // owned
      std::string out;
      try {
        out = join_reprs(items, "[", "]", false);
      } catch (...) {
        for (Value item : items) decref(item);
        throw;
      }
      for (Value item : items) decref(item);
      return dict_view_type_name(as_dict_view(v)->part) + ("(" + out + ")");
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(v.obj);
      return "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop) +
             (r->step == 1 ? "" : ", " + std::to_string(r->step)) + ")";
    }
    case Kind::Slice: {
      auto* slice = static_cast<Slice*>(v.obj);
      return "slice(" + repr(slice->start) + ", " + repr(slice->stop) + ", " + repr(slice->step) +
             ")";
    }
    case Kind::Generator:
      return "<generator object " + static_cast<Generator*>(v.obj)->function->code->qualname +
             " at " + address_of(v.obj) + ">";
    case Kind::Class:
      if (has_metaclass(v)) [[unlikely]] {
        if (auto text = instance_repr(v, false)) return *text;
      }
      return class_repr(*static_cast<Class*>(v.obj));
    case Kind::Method: {
      auto* m = static_cast<Method*>(v.obj);
      std::string name = is_kind(m->function, Kind::Function)
                             ? static_cast<Function*>(m->function.obj)->code->qualname
                             : static_cast<Native*>(m->function.obj)->name;
      return "<bound method " + name + " of " + repr(m->self) + ">";
    }
    case Kind::Member: return member_repr(*static_cast<Member*>(v.obj));
    case Kind::Iterator:
      if (static_cast<Iterator*>(v.obj)->source == Iterator::Source::Native)
        return native_iterator_repr(*static_cast<NativeIterator*>(v.obj));
      [[fallthrough]];
    default: return "<" + type_name(v) + " object at " + address_of(v.obj) + ">";
  }
}

std::string to_str(Value v) {
  if (is_exact_str(v)) return as_str(v)->text;
  if (is_builtin_subclass_instance(v)) {  // its class's __str__, else its repr() (a str's text)
    if (std::optional<std::string> text = override_text(v, NAME_KEY("__str__"))) return *text;
    if (is_kind(v, Kind::Str)) return as_str(v)->text;
    return repr(v);
  }
  if (is_kind(v, Kind::ScriptInstance) || is_kind(v, Kind::Exception) ||
      is_kind(v, Kind::Instance) || has_metaclass(v)) {
    if (auto text = instance_repr(v, true)) return *text;
  }
  if (is_kind(v, Kind::Exception)) return static_cast<ExceptionObject*>(v.obj)->message();
  return repr(v);
}

namespace {

// bytearray % args: bytes % args of its data, as a bytearray.
[[gnu::noinline]] Value bytearray_percent_format(Value format, Value args) {
  Ref data = Ref::steal(bytes_from(BytesView(format).data()));
  Ref formatted = Ref::steal(percent_format(data.get(), args));
  return make_bytearray(std::move(as_bytes(formatted.get())->data));
}

Value binary_op_past_instances(Op op, Value a, Value b, bool in_place);

// Every operand pair but two inline ints: out of line, so that the frame it needs (calls that
// keep values live: big ints, floats, sequences) is not set up for the common int case.
[[gnu::noinline]] Value binary_op_other(Op op, Value a, Value b, bool in_place) {
  if (a.is_bool() && b.is_bool() && (op == Op::BIT_AND || op == Op::BIT_OR || op == Op::BIT_XOR)) {
    bool x = a.b, y = b.b;  // bool's own &, |, ^ keep the type, as in Python
    return Value::boolean(op == Op::BIT_AND ? (x && y) : op == Op::BIT_OR ? (x || y) : (x != y));
  }
  if (is_integer(a) && is_integer(b)) return integer_op(op, as_integer(a), as_integer(b));
  if (is_any_integer(a) && is_any_integer(b)) {
    if (op != Op::TRUEDIV) return big_integer_op(op, a, b);
    Limb a_limb, b_limb;
    return Value::floating(int_true_divide(int_view(a, a_limb), int_view(b, b_limb)));
  }
  if (is_number(a) && is_number(b)) {
    if (op >= Op::LSHIFT && op <= Op::BIT_XOR) raise_unsupported(op, a, b, in_place);
    return float_op(op, a, b);
  }
  if (is_complex(a) || is_complex(b)) {  // with a number or a complex: complex arithmetic
    ComplexValue x, y;
    if (complex_operand(a, x) && complex_operand(b, y)) {
      if (!complex_defines(op)) raise_unsupported(op, a, b, in_place);
      return make_complex(complex_arithmetic(op, x, y));
    }
  }
  // str % x and bytes % x format whatever x is: CPython's str.__mod__ never returns
  // NotImplemented, so an __rmod__ of x is not asked.
  // (A subclass of str's instance may define __mod__: past the instances' test.)
  if (op == Op::MOD && (is_exact_str(a) || is_kind(a, Kind::Bytes))) return percent_format(a, b);
  // str + str and bytes + bytes here, not past the instances' and containers' tests (neither
  // is an instance of a subclass; sequence_op() makes the same sum).
  if (op == Op::ADD && a.is_obj() && b.is_obj() && a.obj->kind == b.obj->kind &&
      ((is_exact_str(a) && is_exact_str(b)) || a.obj->kind == Kind::Bytes))
    return concatenate_text(a, b, a.obj->kind == Kind::Bytes);
  // list + list and tuple + tuple of the exact types likewise (a subclass may define __add__),
  // and list * n, tuple * n.
  if (op == Op::ADD && concatenates_items(a, b)) return concatenate_items(a, b);
  if (op == Op::MUL && b.is_int() && (is_exact_list(a) || is_exact_tuple(a)))
    return repeat_items(a, b.i);
  if (op == Op::MOD && is_kind(a, Kind::ByteArray)) return bytearray_percent_format(a, b);
  if (is_kind(a, Kind::ScriptInstance) || is_kind(b, Kind::ScriptInstance) ||
      is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b)) {
    Value result = instance_binary(op, a, b);
    if (!result.is_undefined()) return result;
  }
  if (op == Op::MOD && is_kind(a, Kind::Str)) return percent_format(a, b);  // str.__mod__'s
  if (is_number_instance(a) || is_number_instance(b)) {  // an int's or float's subclass: its number
    const Value x = number_value(a), y = number_value(b);
    if ((is_number(x) || is_complex(x)) && (is_number(y) || is_complex(y)))
      return binary_op(op, x, y);
  }
  return binary_op_past_instances(op, a, b, in_place);
}

// binary_op_other() past the instances' dunders: the builtin containers' operators, else the
// TypeError.
Value binary_op_past_instances(Op op, Value a, Value b, bool in_place) {
  if (is_kind(a, Kind::Set)) {
    Value result = set_binary(op, a, b, false);
    if (!result.is_undefined()) return result;
  }
  if (is_kind(a, Kind::Deque) || is_kind(b, Kind::Deque)) {
    Value result = deque_binary(op, a, b, false);
    if (!result.is_undefined()) return result;
  }
  if (const SequenceMethods* sequence =
          sequence_methods(a) ? sequence_methods(a) : sequence_methods(b)) {
    Value result = sequence->binary(op, a, b, false);
    if (!result.is_undefined()) return result;
  }
  if (is_kind(a, Kind::DictView) || is_kind(b, Kind::DictView)) {  // keys & items views: as sets
    Value result = dict_view_binary(op, a, b);
    if (!result.is_undefined()) return result;
  }
  if (op == Op::BIT_OR && is_kind(a, Kind::Dict) && is_kind(b, Kind::Dict)) {  // d1 | d2
    Ref merged = Ref::steal(Value::object(new Dict()));
    // A defaultdict on either side makes one (the left one's factory first), as CPython's
    // defaultdict.__or__ and __ror__.
    auto& result = *static_cast<Dict*>(merged.get().obj);
    result.inherit_default_factory(*static_cast<Dict*>(a.obj));
    if (!result.is_defaultdict()) result.inherit_default_factory(*static_cast<Dict*>(b.obj));
    update_new_dict(*static_cast<Dict*>(merged.get().obj), a);
    update_dict(*static_cast<Dict*>(merged.get().obj), b);
    return merged.release();
  }
  return sequence_op(op, a, b, in_place);
}

// binary_op(), and inplace_op() for what does not change in place.
[[gnu::always_inline]] inline Value arithmetic(Op op, Value a, Value b, bool in_place) {
  if (a.is_int() && b.is_int()) return integer_op(op, a.i, b.i);
  // An int and a big int (or two) go straight to the big-int arithmetic: binary_op_other's
  // frame and type tests cost about as much as adding two 4-limb ints.
  if ((a.is_int() || is_bigint(a)) && (b.is_int() || is_bigint(b)) && op != Op::TRUEDIV)
    return big_integer_op(op, a, b);
  return binary_op_other(op, a, b, in_place);
}

}  // namespace

Value binary_op(Op op, Value a, Value b) { return arithmetic(op, a, b, false); }

namespace {
// bytearray += bytes-like, bytearray *= n: in place.
[[gnu::noinline]] void bytearray_in_place(ByteArray& array, Op op, Value b) {
  if (op == Op::ADD) {
    const std::string added(BytesView(b).data());  // copied first: ba += ba
    ContainerLock lock(array.mutex);
    array.data += added;
    return;
  }
  const int64_t times = repeat_count(b);
  ContainerLock lock(array.mutex);
  array.data = repeated_text(array.data, times, Kind::ByteArray);
}
}  // namespace

Value inplace_op(Op op, Value a, Value b) {
  if (is_kind(a, Kind::ScriptInstance) || is_builtin_subclass_instance(a)) {
    Value result = instance_inplace(op, a, b);
    if (!result.is_undefined()) return result;
  }
  if (is_kind(a, Kind::Deque)) {  // d += iterable, d *= n: in place
    Value result = deque_binary(op, a, b, true);
    if (!result.is_undefined()) return result;
  }
  if (const SequenceMethods* sequence = sequence_methods(a)) {  // array += array, array *= n
    Value result = sequence->binary(op, a, b, true);
    if (!result.is_undefined()) return result;
  }
  if (is_kind(a, Kind::ByteArray) &&
      (op == Op::ADD ? is_bytes_like(b) : op == Op::MUL && is_any_integer(b))) {
    bytearray_in_place(*as_bytearray(a), op, b);
    incref(a);
    return a;
  }
  if (op == Op::ADD && is_kind(a, Kind::List)) {
    std::vector<Value> items;  // owned: b's items, taken before a changes (a += a)
    Ref iterator = Ref::steal(get_iterator(b));
    Value item;
    while (iterator_next(iterator.get(), item)) items.push_back(item);
    List& list = *as_list(a);
    {
      ContainerLock lock(list.mutex);
      list.items.insert(list.items.end(), items.begin(), items.end());
    }
    incref(a);
    return a;
  }
  if (op == Op::MUL && is_kind(a, Kind::List) && is_any_integer(b)) {
    // list *= n repeats the list in place (an instance's __rmul__ is not asked first: an int).
    const int64_t times = repeat_count(b);
    List& list = *as_list(a);
    std::vector<Value> removed;
    {
      ContainerLock lock(list.mutex);
      if (times <= 0) {
        removed.swap(list.items);
      } else {
        const size_t size = list.items.size();
        const size_t length = repeated_length(size, times, sizeof(Value), nullptr);
        list.items.reserve(length);
        for (size_t i = size; i < length; ++i) {
          incref(list.items[i - size]);
          list.items.push_back(list.items[i - size]);
        }
      }
    }
    for (Value v : removed) decref(v);  // outside the lock: a destructor may run
    incref(a);
    return a;
  }
  if (is_kind(a, Kind::Set) && is_kind(b, Kind::Set)) {
    Value result = set_binary(op, a, b, true);
    if (!result.is_undefined()) return result;
  }
  if (op == Op::BIT_OR && is_kind(a, Kind::Dict) &&
      (is_kind(b, Kind::Dict) || is_kind(b, Kind::List) || is_kind(b, Kind::Tuple))) {
    update_dict(*static_cast<Dict*>(a.obj), b);  // d |= other: update in place, as dict.update
    incref(a);
    return a;
  }
  return arithmetic(op, a, b, true);
}

namespace {
// a < b or a > b as a bool: ints in line (min/max and sort keys are mostly small ints), an
// instance by its dunders, the rest three-way (a NaN is unordered: neither).
template <Op kOp>
bool ordered(Value a, Value b) {
  static_assert(kOp == Op::LT || kOp == Op::GT);
  if (a.is_int() && b.is_int()) return kOp == Op::LT ? a.i < b.i : a.i > b.i;
  if (is_kind(a, Kind::ScriptInstance) || is_kind(b, Kind::ScriptInstance) ||
      is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b)) {
    Ref result = Ref::steal(compare_op(kOp, a, b));
    return truthy(result.get());
  }
  const int order = compare_three_way(a, b, kOp == Op::LT ? "<" : ">");
  return kOp == Op::LT ? order < 0 : order == 1;  // 1, not kUnordered
}
}  // namespace

bool less_than(Value a, Value b) { return ordered<Op::LT>(a, b); }
bool greater_than(Value a, Value b) { return ordered<Op::GT>(a, b); }

namespace {
// a != b where either is an instance of a subclass of list or dict: its class's own __ne__ (the
// left one's, then the right one's reflected), else the builtin's inequality, which does not ask
// that instance's __eq__ (list.__ne__ compares the items).
[[gnu::noinline]] bool subclass_not_equal(Value a, Value b) {
  for (int reflected = 0; reflected < 2; ++reflected) {
    Value self = reflected ? b : a, other = reflected ? a : b;
    if (!is_builtin_subclass_instance(self)) continue;
    Ref result = Ref::steal(call_special(self, NAME_KEY("__ne__"), &other, 1));
    const Value r = result.get();
    if (!r.is_undefined() && !(r.is_obj() && r.obj == not_implemented().obj)) return truthy(r);
  }
  OverrideBypass bypass(is_builtin_subclass_instance(a) ? a : b, NAME_KEY("__eq__"));
  return !values_equal(a, b);
}
}  // namespace

namespace {
Value instance_equality(Op op, Value a, Value b);

// Whether an order `c` (negative, zero or positive, as a three-way comparison gives it) is what
// comparison `op` (LT..GE) asks for.
bool order_satisfies(Op op, int c) {
  switch (op) {
    case Op::LT: return c < 0;
    case Op::LE: return c <= 0;
    case Op::EQ: return c == 0;
    case Op::NE: return c != 0;
    case Op::GT: return c > 0;
    default: return c >= 0;
  }
}
}  // namespace

Value compare_op(Op op, Value a, Value b) {
  // Two sets ordered (`piece <= free`): subset tests, before the tests for other types.
  if (is_kind(a, Kind::Set) && is_kind(b, Kind::Set) && op != Op::EQ && op != Op::NE)
    return set_compare(op, a, b);
  // Two ints, one of them big (the interpreter orders two inline ones itself): one comparison
  // of their limbs, before the tests for the types that order themselves.
  if (is_bigint(a) ? is_any_integer(b) : is_bigint(b) && is_integer(a)) {
    Limb a_limb, b_limb;
    const int c = compare_ints(int_view(a, a_limb), int_view(b, b_limb));
    return Value::boolean(order_satisfies(op, c));
  }
  // Two strs ordered (`"a" <= ch <= "z"`): one comparison of their UTF-8, whose byte order is
  // code point order, before the tests for the types that order themselves.
  if (is_exact_str(a) && is_exact_str(b) &&
      (op == Op::LT || op == Op::LE || op == Op::GT || op == Op::GE)) {
    const int c = std::string_view(as_str(a)->text).compare(as_str(b)->text);
    return Value::boolean(order_satisfies(op, c));
  }
  if ((is_kind(a, Kind::ScriptInstance) || is_kind(b, Kind::ScriptInstance) ||
       is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b)) &&
      op != Op::EQ && op != Op::NE) {
    Value result = instance_binary(op, a, b);
    if (!result.is_undefined()) return result;
  }
  if ((is_number_instance(a) || is_number_instance(b)) && op != Op::EQ && op != Op::NE)
    return compare_op(op, number_value(a), number_value(b));
  if (is_kind(a, Kind::Set) && op != Op::EQ && op != Op::NE) {
    Value result = set_compare(op, a, b);
    if (!result.is_undefined()) return result;
  }
  if ((is_kind(a, Kind::DictView) || is_kind(b, Kind::DictView)) && op != Op::EQ && op != Op::NE) {
    Value result = dict_view_compare(op, a, b);
    if (!result.is_undefined()) return result;
  }
  if (op == Op::NE && (is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b)))
      [[unlikely]]
    return Value::boolean(subclass_not_equal(a, b));
  if ((op == Op::EQ || op == Op::NE) &&
      (is_kind(a, Kind::ScriptInstance) || is_kind(b, Kind::ScriptInstance)) &&
      !is_builtin_subclass_instance(a) && !is_builtin_subclass_instance(b))
    return instance_equality(op, a, b);
  switch (op) {
    case Op::EQ: return Value::boolean(values_equal(a, b));
    case Op::NE: return Value::boolean(!values_equal(a, b));
    case Op::LT: return Value::boolean(compare_three_way(a, b, "<") < 0);
    case Op::LE: {
      int c = compare_three_way(a, b, "<=");
      return Value::boolean(c <= 0);
    }
    case Op::GT: {
      int c = compare_three_way(a, b, ">");
      return Value::boolean(c > 0 && c != kUnordered);
    }
    case Op::GE: {
      int c = compare_three_way(a, b, ">=");
      return Value::boolean(c >= 0 && c != kUnordered);
    }
    default: break;
  }
  raise(exc::RuntimeError, "bad comparison operator");
}

namespace {
bool implemented(Value result) {
  return !result.is_undefined() && !(result.is_obj() && result.obj == not_implemented().obj);
}

// self == other or self != other by self's class, as CPython's slot: __ne__, else the negation
// of __eq__'s answer (object's __ne__); Undefined when self is no instance, or its class has
// neither or answers NotImplemented.
Value equality_of(Op op, Value self, Value other) {
  if (!is_kind(self, Kind::ScriptInstance) && !is_builtin_subclass_instance(self))
    return Value::undefined();
  if (op == Op::NE && !Ref::steal(special_method(self, NAME_KEY("__ne__"))).get().is_undefined()) {
    Ref result = Ref::steal(call_special(self, NAME_KEY("__ne__"), &other, 1));
    return implemented(result.get()) ? result.release() : Value::undefined();
  }
  Ref result = Ref::steal(call_special(self, NAME_KEY("__eq__"), &other, 1));
  if (!implemented(result.get())) return Value::undefined();
  return op == Op::EQ ? result.release() : Value::boolean(!truthy(result.get()));
}

Value identity_equality(Op op, Value a, Value b) {
  const bool same = a.tag == b.tag && a.i == b.i;
  return Value::boolean(op == Op::EQ ? same : !same);
}

// a == b or a != b once a's own __eq__ or __ne__ answered NotImplemented: b's reflected one,
// else identity, as CPython's do_richcompare.
Value equality_past_declined(Op op, Value a, Value b) {
  Value result = equality_of(op, b, a);
  return result.is_undefined() ? identity_equality(op, a, b) : result;
}

// a == b or a != b with a script instance on either side (no builtin type's subclass): the
// answer of their dunders as CPython's do_richcompare gives it (b's first when its class is a
// proper subclass of a's), not only its truth.
[[gnu::noinline]] Value instance_equality(Op op, Value a, Value b) {
  const Value a_type = type_of(a), b_type = type_of(b);
  const bool b_first = !a_type.is_undefined() && !b_type.is_undefined() &&
                       a_type.obj != b_type.obj && is_subclass(b_type, a_type);
  Value result = b_first ? equality_of(op, b, a) : Value::undefined();
  if (result.is_undefined()) result = equality_of(op, a, b);
  if (result.is_undefined() && !b_first) result = equality_of(op, b, a);
  return result.is_undefined() ? identity_equality(op, a, b) : result;
}
}  // namespace

Value operator_past_declined(Op op, Value a, Value b) {
  if (op == Op::EQ || op == Op::NE) return equality_past_declined(op, a, b);
  Value result = instance_binary(op, a, b, true);
  if (!result.is_undefined()) return result;
  const bool ordering = op == Op::LT || op == Op::LE || op == Op::GT || op == Op::GE;
  if (!ordering) return binary_op_past_instances(op, a, b, false);
  if (is_kind(b, Kind::DictView)) {
    result = dict_view_compare(op, a, b);
    if (!result.is_undefined()) return result;
  }
  const char* symbol = op == Op::LT ? "<" : op == Op::LE ? "<=" : op == Op::GT ? ">" : ">=";
  raise(exc::TypeError, std::string("'") + symbol + "' not supported between instances of '" +
                            type_name(a) + "' and '" + type_name(b) + "'");
}

Value unary_op(Op op, Value v) {
  if (is_integer(v)) {
    int64_t i = as_integer(v);
    if (op == Op::NEG) {
      if (i == INT64_MIN) return make_int(-BigInt(i));
      return Value::integer(-i);
    }
    if (op == Op::POS) return Value::integer(i);
    if (op == Op::INVERT) return Value::integer(~i);
  }
  if (v.is_float() && op != Op::INVERT) return Value::floating(op == Op::NEG ? -v.f : v.f);
  if (is_complex(v) && op != Op::INVERT) {
    if (op == Op::POS) {
      incref(v);
      return v;
    }
    return make_complex(-as_complex(v)->real, -as_complex(v)->imag);
  }
  if (is_bigint(v)) {
    if (op == Op::POS) {
      incref(v);
      return v;
    }
    return big_integer_unary(op, as_bigint(v));
  }
  const char* symbol = op == Op::NEG ? "-" : op == Op::POS ? "+" : "~";
  // A class's __neg__, __pos__, __invert__ (collections.Counter has the first two).
  Value result = call_special(v, op == Op::NEG   ? "__neg__"
                                 : op == Op::POS ? "__pos__"
                                                 : "__invert__",
                              nullptr, 0);
  if (!result.is_undefined()) return result;
  if (is_number_instance(v)) return unary_op(op, number_value(v));
  raise(exc::TypeError,
        std::string("bad operand type for unary ") + symbol + ": '" + type_name(v) + "'");
}

bool contains(Value container, Value item) {
  if (is_builtin_subclass_instance(container)) [[unlikely]] {
    if (subclass_may_override(container, kSubclassContains)) {  // its class's __contains__
      Ref result = Ref::steal(call_special(container, NAME_KEY("__contains__"), &item, 1));
      if (!result.get().is_undefined()) return truthy(result.get());
    }
    if (container.obj->kind == Kind::Dict) return static_cast<Dict*>(container.obj)->contains(item);
  }
  // `sub in text` first (a subclass's __contains__ was asked above): text tests run in loops.
  if (is_kind(container, Kind::Str)) {
    if (!is_kind(item, Kind::Str)) [[unlikely]]
      raise(exc::TypeError,
            "'in <string>' requires string as left operand, not " + type_name(item));
    return text_contains(as_str(container)->text, as_str(item)->text);
  }
  if (is_kind(container, Kind::Set)) return as_set(container)->has(item);
  if (is_kind(container, Kind::Deque)) return deque_contains(*as_deque(container), item);
  if (const SequenceMethods* sequence = sequence_methods(container))
    return sequence->contains(as_instance(container), item);
  if (is_kind(container, Kind::Dict)) return static_cast<Dict*>(container.obj)->contains(item);
  if (is_kind(container, Kind::DictView)) return dict_view_contains(container, item);
  if (is_kind(container, Kind::Range) && is_integer(item))
    return range_position(*static_cast<Range*>(container.obj), item) >= 0;
  if (is_bytes_like(container)) {
    if (is_integer(item) || is_bigint(item)) {
      const char byte = byte_value(item);
      return BytesView(container).data().find(byte) != std::string_view::npos;
    }
    if (!is_bytes_like(item))
      raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(item) + "'");
    return BytesView(container).data().find(BytesView(item).data()) != std::string_view::npos;
  }
  if (is_kind(container, Kind::List) || is_kind(container, Kind::Tuple)) {
    ItemsView view(container);
    for (Value v : view.items()) {
      if (keys_equal(v, item)) return true;
    }
    return false;
  }
  if (is_kind(container, Kind::ScriptInstance) || has_metaclass(container)) {
    Ref result = Ref::steal(call_special(container, NAME_KEY("__contains__"), &item, 1));
    if (!result.get().is_undefined()) return truthy(result.get());
  }
  if (is_kind(container, Kind::ScriptInstance) ||
      (has_metaclass(container) &&
       !Ref::steal(special_method(container, NAME_KEY("__iter__"))).get().is_undefined()) ||
      is_kind(container, Kind::Iterator) ||
      is_kind(container, Kind::Range)) {
    Ref iterator = Ref::steal(get_iterator(container));
    Value next;
    while (iterator_next(iterator.get(), next)) {
      Ref owned = Ref::steal(next);
      if (values_equal(next, item)) return true;
    }
    return false;
  }
  raise(exc::TypeError, "argument of type '" + type_name(container) + "' is not iterable");
}

namespace {

// list[slice] of bounds that are ints or None: the new list filled in one pass under the list's
// lock (when free-threaded), then a reference taken to each, into storage sized once (none
// allocated where new_list() finds a spare list with room).
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value plain_list_slice(List& list, const SliceBounds& slice) {
  List* out = new_list(0);
  Ref owner = Ref::steal(Value::object(out));  // freed if the step is zero or storage fails
  ContainerLock lock(list.mutex, kFreeThreaded);
  const SliceRange range = plain_slice_range(slice, list.items.size());
  const Value* from = list.items.data() + (range.count ? range.start : 0);  // in the vector
  if (range.step == 1) {  // the common steps copied straight, with no Nones written first
    out->items.assign(from, from + range.count);
  } else if (range.step == -1 && range.count) {
    out->items.assign(std::make_reverse_iterator(from + 1),
                      std::make_reverse_iterator(from + 1 - range.count));
  } else {
    out->items.assign(static_cast<size_t>(range.count), Value());  // Nones, in place at once
    Value* to = out->items.data();
    for (int64_t k = 0; k < range.count; ++k) to[k] = from[k * range.step];
  }
  for (Value v : out->items) incref_in_mode<kFreeThreaded>(v);
  return owner.release();
}

[[gnu::noinline]] Value list_slice(List& list, const SliceBounds& slice) {
  if (!are_plain(slice)) [[unlikely]]  // __index__ outside the lock
    return list_slice(list, uncommon_plain_bounds(slice));
  return free_threaded() ? plain_list_slice<true>(list, slice)
                         : plain_list_slice<false>(list, slice);
}

// container[bounds] of a str or bytes.
Value text_slice(Value container, const SliceBounds& bounds) {
  const bool bytes = container.obj->kind == Kind::Bytes;
  const std::string& text = bytes ? as_bytes(container)->data : as_str(container)->text;
  const size_t length = bytes ? text.size() : as_str(container)->length();
  const SliceRange range = slice_range(bounds, length);
  if (range.step == 1 && range.count == static_cast<int64_t>(length)) {
    incref(container);
    return container;
  }
  const bool ascii = length == text.size();
  if (range.step == 1) {  // a run of bytes, copied once into its place
    if (bytes || ascii) {
      const std::string_view part = std::string_view(text).substr(
          static_cast<size_t>(range.start), static_cast<size_t>(range.count));
      return bytes ? bytes_from(part) : make_text_str(part, true);
    }
    const size_t from = unicode::byte_offset(text, static_cast<size_t>(range.start));
    const std::string_view rest = std::string_view(text).substr(from);
    Value part = make_text_str(
        rest.substr(0, unicode::byte_offset(rest, static_cast<size_t>(range.count))), false);
    as_str(part)->note_length(range.count);  // known
    return part;
  }
  if (bytes) return make_bytes(slice_text(text, length, range, false));
  std::string part = slice_text(text, length, range, !ascii);
  if (!ascii) return make_str(std::move(part));
  if (part.size() == 1) return ascii_char(static_cast<unsigned char>(part[0]));
  const size_t size = part.size();
  return make_str(std::move(part), size);
}

// container[bounds] for the builtin sequences; Undefined for anything else (instances with
// __getitem__ get a slice object, other types raise: the caller's business). A full slice of a
// str, bytes or plain tuple is the object itself, as in CPython.
Value builtin_slice(Value container, const SliceBounds& bounds) {
  if (!container.is_obj()) return Value::undefined();
  switch (container.obj->kind) {
    case Kind::List: return list_slice(*as_list(container), bounds);
    case Kind::Tuple: {
      const Tuple& tuple = *as_tuple(container);
      const SliceRange range = slice_range(bounds, tuple.items.size());
      if (range.step == 1 && range.count == static_cast<int64_t>(tuple.items.size()) &&
          !tuple.names && !tuple.of_subclass()) {
        incref(container);
        return container;
      }
      return tuple_slice(tuple.items, range);
    }
    case Kind::Str:
    case Kind::Bytes: return text_slice(container, bounds);
    case Kind::ByteArray: return bytearray_slice(*as_bytearray(container), bounds);
    case Kind::Range: return range_slice(*static_cast<Range*>(container.obj), bounds);
    default: return Value::undefined();
  }
}

}  // namespace

Value missing_dict_item(Dict& dict, Value key) {
  if (dict.of_subclass()) [[unlikely]] {  // its class's __missing__, as CPython's dict_subscript
    if (!subclass_may_override(Value::object(&dict), kSubclassMissing)) return Value::undefined();
    return call_special(Value::object(&dict), NAME_KEY("__missing__"), &key, 1);
  }
  if (!dict.is_defaultdict()) return Value::undefined();
  Value factory;
  {
    ContainerLock lock(dict.mutex);
    factory = dict.default_factory;
    incref(factory);
  }
  Ref owned = Ref::steal(factory);
  if (factory.is_none()) return Value::undefined();
  Ref made = Ref::steal(call_value(current_thread_state(), factory, nullptr, 0));
  // Stored unless the key is there by now: threads that miss one key at once (free-threaded
  // `groups[k].append(x)`) all get the one value that stays (CPython's GIL makes its
  // `self[key] = value` atomic likewise).
  return dict.set_default(key, made.get());
}

namespace {
// dict[key], with the dict's __missing__ or default_factory for a key not there.
Value dict_subscript(Dict& dict, Value key) {
  Value v = dict.get(key);
  if (v.is_undefined()) v = missing_dict_item(dict, key);
  if (v.is_undefined()) raise_key_error(key);
  return v;
}
}  // namespace

Value get_item(Value container, Value index) {
  if (is_builtin_subclass_instance(container)) [[unlikely]] {
    if (subclass_may_override(container, kSubclassGetItem)) {  // its class's __getitem__
      Value v = call_special(container, NAME_KEY("__getitem__"), &index, 1);
      if (!v.is_undefined()) return v;
    }
    if (container.obj->kind == Kind::Dict)  // (a dict's case last below: the others first)
      return dict_subscript(*static_cast<Dict*>(container.obj), index);
  }
  if (is_kind(container, Kind::Deque)) return deque_get_item(*as_deque(container), index);
  if (const SequenceMethods* sequence = sequence_methods(container))
    return sequence->get_item(as_instance(container), index);
  if (is_kind(index, Kind::Slice)) {
    Value v = builtin_slice(container, bounds_of(index));
    if (!v.is_undefined()) return v;
  } else if (is_kind(container, Kind::Range)) {
    auto& r = *static_cast<Range*>(container.obj);
    if (is_bigint(index)) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
    const size_t i = checked_index(
        index, static_cast<size_t>(range_length(r.start, r.stop, r.step)), "range object");
    return Value::integer(r.start + static_cast<int64_t>(i) * r.step);
  } else if (is_kind(container, Kind::List)) {
    List& list = *as_list(container);  // one item: no copy of a free-threaded list
    ContainerLock lock(list.mutex);
    Value v = list.items[checked_index(index, list.items.size(), "list")];
    incref(v);
    return v;
  } else if (is_kind(container, Kind::Tuple)) {
    const auto& items = as_tuple(container)->items;
    Value v = items[checked_index(index, items.size(), "tuple")];
    incref(v);
    return v;
  } else if (is_kind(container, Kind::ByteArray)) {
    return bytearray_item(*as_bytearray(container), index);
  } else if (is_kind(container, Kind::Str) && !as_str(container)->is_ascii()) {  // by code point
    const Str& str = *as_str(container);
    size_t from = unicode::byte_offset(str.text, checked_index(index, str.length(), "string"));
    size_t to = from + unicode::byte_offset(std::string_view(str.text).substr(from), 1);
    return make_str(str.text.substr(from, to - from));
  } else if (is_kind(container, Kind::Str) || is_kind(container, Kind::Bytes)) {
    bool bytes = container.obj->kind == Kind::Bytes;
    const std::string& text = bytes ? as_bytes(container)->data : as_str(container)->text;
    size_t i = checked_index(index, text.size(), bytes ? "" : "string");
    if (bytes) return Value::integer(static_cast<unsigned char>(text[i]));
    return ascii_char(static_cast<unsigned char>(text[i]));
  }
  if (is_kind(container, Kind::Dict))
    return dict_subscript(*static_cast<Dict*>(container.obj), index);
  if (is_kind(container, Kind::ScriptInstance) || has_metaclass(container)) {
    Value v = call_special(container, NAME_KEY("__getitem__"), &index, 1);
    if (!v.is_undefined()) return v;
  }
  if (is_kind(container, Kind::Class))  // CPython's words for a class without __class_getitem__
    raise(exc::TypeError,
          "type '" + static_cast<Class*>(container.obj)->name + "' is not subscriptable");
  raise(exc::TypeError, "'" + type_name(container) + "' object is not subscriptable");
}

namespace {
// A slice object of the bounds, for the containers that take one.
Ref make_slice(const SliceBounds& bounds) {
  incref(bounds.start);
  incref(bounds.stop);
  incref(bounds.step);
  return Ref::steal(Value::object(new Slice(bounds.start, bounds.stop, bounds.step)));
}

// The other containers' slicing, out of line: their big frames would otherwise be set up by
// get_slice() and set_slice() for lists as well.
[[gnu::noinline]] Value other_slice(Value container, const SliceBounds& bounds) {
  Value v = builtin_slice(container, bounds);
  if (!v.is_undefined()) return v;
  return get_item(container, make_slice(bounds).get());
}
[[gnu::noinline]] void assign_other_slice(Value container, const SliceBounds& bounds, Value value) {
  set_item(container, make_slice(bounds).get(), value);
}
}  // namespace

// The common cases in line, with no further call but new_list(): list_slice() and
// assign_slice() serve the others.
Value list_slice_from_stack(List& list, const Value* bounds, bool has_step) {
  const SliceBounds slice{bounds[0], bounds[1], has_step ? bounds[2] : Value::none()};
  if (!are_plain(slice)) [[unlikely]]
    return list_slice(list, slice);
  return free_threaded() ? plain_list_slice<true>(list, slice)
                         : plain_list_slice<false>(list, slice);
}
void assign_list_slice_from_stack(List& list, const Value* bounds, bool has_step, Value value) {
  const SliceBounds slice{bounds[0], bounds[1], has_step ? bounds[2] : Value::none()};
  if (are_plain(slice) && (free_threaded() ? swap_into_slice<true>(list, slice, value)
                                           : swap_into_slice<false>(list, slice, value)))
    return;
  assign_slice(list, slice, value);
}

Value copy_list(List& list) {
  return list_slice(list, {Value::none(), Value::none(), Value::none()});
}

Value get_slice(Value container, Value start, Value stop, Value step) {
  if (is_builtin_subclass_instance(container)) [[unlikely]]  // its __getitem__ gets a slice
    return get_item(container, make_slice({start, stop, step}).get());
  if (is_kind(container, Kind::List)) return list_slice(*as_list(container), {start, stop, step});
  if (is_kind(container, Kind::Str) || is_kind(container, Kind::Bytes))
    return text_slice(container, {start, stop, step});
  if (is_kind(container, Kind::Range))  // `r[:i]` of a recursion over a range's halves
    return range_slice(*static_cast<Range*>(container.obj), {start, stop, step});
  return other_slice(container, {start, stop, step});
}

void set_item(Value container, Value index, Value value) {
  if (is_builtin_subclass_instance(container)) [[unlikely]] {
    if (subclass_may_override(container, kSubclassSetItem)) {  // its class's __setitem__
      Value args[2] = {index, value};
      Value result = call_special(container, NAME_KEY("__setitem__"), args, 2);
      if (!result.is_undefined()) return decref(result);
    }
    if (container.obj->kind == Kind::Dict)
      return static_cast<Dict*>(container.obj)->set(index, value);
  }
  if (is_kind(container, Kind::Deque)) return deque_set_item(*as_deque(container), index, value);
  if (const SequenceMethods* sequence = sequence_methods(container))
    return sequence->set_item(as_instance(container), index, value);
  if (is_kind(container, Kind::ByteArray))
    return bytearray_set_item(*as_bytearray(container), index, value);
  if (is_kind(container, Kind::List) && is_kind(index, Kind::Slice)) {
    return assign_slice(*as_list(container), bounds_of(index), value);
  }
  if (is_kind(container, Kind::List)) {
    List& list = *as_list(container);
    Value old;
    {
      ContainerLock lock(list.mutex);
      size_t i = checked_index(index, list.items.size(), "list assignment");
      incref(value);
      old = list.items[i];
      list.items[i] = value;
    }
    decref(old);
    return;
  }
  if (is_kind(container, Kind::Dict)) {
    static_cast<Dict*>(container.obj)->set(index, value);
    return;
  }
  if (is_kind(container, Kind::ScriptInstance)) {
    Value args[2] = {index, value};
    Value result = call_special(container, NAME_KEY("__setitem__"), args, 2);
    if (!result.is_undefined()) return decref(result);
  }
  raise(exc::TypeError, "'" + type_name(container) + "' object does not support item assignment");
}

void set_slice(Value container, Value start, Value stop, Value step, Value value) {
  if (is_builtin_subclass_instance(container)) [[unlikely]]  // its __setitem__ gets a slice
    return set_item(container, make_slice({start, stop, step}).get(), value);
  if (is_kind(container, Kind::List))
    return assign_slice(*as_list(container), {start, stop, step}, value);
  assign_other_slice(container, {start, stop, step}, value);
}

char byte_value(Value v) {
  Ref holder;
  v = integer_value(v, holder);
  if (is_bigint(v) || as_integer(v) < 0 || as_integer(v) > 255)
    raise(exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<char>(as_integer(v));
}

std::string bytes_of_iterable(Value source, std::string (*not_iterable)(Value),
                              const char* range_message) {
  if (is_bytes_like(source)) return std::string(BytesView(source).data());
  Ref iterator;
  try {
    iterator = Ref::steal(get_iterator(source));
  } catch (ScriptException&) {
    raise(exc::TypeError, not_iterable(source));
  }
  std::string data;
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    Ref holder;
    const Value n = integer_value(item, holder);
    if (is_bigint(n) || as_integer(n) < 0 || as_integer(n) > 255)
      raise(exc::ValueError, range_message);
    data += static_cast<char>(as_integer(n));
  }
  return data;
}

namespace {
// A sequence iterator over `iterable` (a list, tuple, str, bytes or bytearray: its reference).
Value new_sequence_iterator(Value iterable) {
  auto* iterator = new Iterator();
  iterator->source = Iterator::Source::Sequence;
  incref(iterable);
  iterator->sequence = iterable;
  return Value::object(iterator);
}

// iter() of an instance, or of a class with a metaclass: its __iter__, or the old sequence
// protocol over its __getitem__ (__getitem__(0), (1), ... until IndexError: sequence_next).
// Undefined when it has neither.
Value special_iterator(Value iterable) {
  Value iterator = call_special(iterable, NAME_KEY("__iter__"), nullptr, 0);
  if (!iterator.is_undefined()) return checked_iterator(iterator);
  if (Ref::steal(special_method(iterable, "__getitem__")).get().is_undefined())
    return Value::undefined();
  return new_sequence_iterator(iterable);
}
}  // namespace

bool is_iterator(Value v) {
  return is_kind(v, Kind::Iterator) || is_kind(v, Kind::Generator) ||
         (v.is_obj() && !Ref::steal(special_method(v, NAME_KEY("__next__"))).get().is_undefined());
}

Value checked_iterator(Value iterator) {
  if (is_iterator(iterator)) return iterator;
  Ref owned = Ref::steal(iterator);
  raise(exc::TypeError, "iter() returned non-iterator of type '" + type_name(iterator) + "'");
}

Value not_iterable_error(Value iterable) {
  return new_exception(exc::TypeError, "'" + type_name(iterable) + "' object is not iterable");
}

Value iterator_or_pending(Value iterable) {
  if (!iterable.is_obj()) [[unlikely]]  // a number, None, a bool
    return raise_pending(current_thread_state(), not_iterable_error(iterable));
  return get_iterator(iterable);
}

Value get_iterator(Value iterable) {
  if (is_kind(iterable, Kind::Iterator) || is_kind(iterable, Kind::Generator)) {
    incref(iterable);
    return iterable;
  }
  // `for x in a_list`, a genexpr over a tuple: before the dozen kinds tested below.
  if (is_exact_list(iterable) || is_exact_tuple(iterable)) return new_sequence_iterator(iterable);
  if (is_kind(iterable, Kind::Range)) {  // first: each `for i in range(n)` comes here
    auto* r = static_cast<Range*>(iterable.obj);
    auto* iterator = new Iterator();  // Source::Range
    iterator->next_value = r->start;
    iterator->stop = r->stop;
    iterator->step = r->step;
    return Value::object(iterator);
  }
  if (const SequenceMethods* sequence = sequence_methods(iterable))
    return sequence->iterate(iterable);
  if (is_builtin_subclass_instance(iterable) &&
      subclass_may_override(iterable, kSubclassIter)) [[unlikely]] {  // its class's __iter__
    Value iterator = call_special(iterable, NAME_KEY("__iter__"), nullptr, 0);
    if (!iterator.is_undefined()) return checked_iterator(iterator);
  }
  if (is_kind(iterable, Kind::ScriptInstance)) {
    if (Value iterator = special_iterator(iterable); !iterator.is_undefined()) return iterator;
  }
  if (is_kind(iterable, Kind::Deque)) return deque_iterator(iterable, false);
  auto* iterator = new Iterator();
  iterator->source = Iterator::Source::Sequence;
  if (is_kind(iterable, Kind::DictView)) {  // the dict's own iterator, yielding the view's part
    iterator->source = Iterator::Source::Table;
    iterator->part = as_dict_view(iterable)->part;
    iterable = as_dict_view(iterable)->dict;
    incref(iterable);
    iterator->sequence = iterable;
    iterator->stop = static_cast<int64_t>(static_cast<Dict*>(iterable.obj)->size());
  } else if (is_kind(iterable, Kind::Dict) || is_kind(iterable, Kind::Set)) {
    iterator->source = Iterator::Source::Table;
    incref(iterable);
    iterator->sequence = iterable;
    iterator->stop = iterable.obj->kind == Kind::Dict
                         ? static_cast<int64_t>(static_cast<Dict*>(iterable.obj)->size())
                         : static_cast<int64_t>(as_set(iterable)->size());
  } else if (iterable.is_obj() &&
             (iterable.obj->kind == Kind::List || iterable.obj->kind == Kind::Tuple ||
              iterable.obj->kind == Kind::Str || iterable.obj->kind == Kind::Bytes ||
              iterable.obj->kind == Kind::ByteArray)) {
    incref(iterable);
    iterator->sequence = iterable;
  } else {
    delete iterator;
    if (has_metaclass(iterable)) {  // `for m in Color`: its metaclass's __iter__
      if (Value special = special_iterator(iterable); !special.is_undefined()) return special;
    }
    throw ScriptException{Ref::steal(not_iterable_error(iterable))};
  }
  return Value::object(iterator);
}

bool object_next(Value iterator, Value& out);

namespace {
// An instance iterated through __getitem__ (get_iterator): item `index` until IndexError or
// StopIteration, which ends it for good (index SIZE_MAX), as CPython's iterator of a sequence.
bool sequence_next(Iterator& it, Value& out) {
  if (it.index == SIZE_MAX) return false;
  Value index = Value::integer(static_cast<int64_t>(it.index));
  try {
    out = call_special(it.sequence, NAME_KEY("__getitem__"), &index, 1);
  } catch (ScriptException& error) {
    ExceptionClass* cls = static_cast<ExceptionObject*>(error.exception.get().obj)->cls;
    if (!cls->is_subclass_of(exc::IndexError) && !cls->is_subclass_of(exc::StopIteration)) throw;
    it.index = SIZE_MAX;
    return false;
  }
  ++it.index;
  return true;
}
}  // namespace

void delete_item(Value container, Value index) {
  if (is_builtin_subclass_instance(container) &&
      subclass_may_override(container, kSubclassDelItem)) [[unlikely]] {  // its __delitem__
    Value result = call_special(container, NAME_KEY("__delitem__"), &index, 1);
    if (!result.is_undefined()) return decref(result);
  }
  if (is_kind(container, Kind::Deque)) return deque_delete_item(*as_deque(container), index);
  if (const SequenceMethods* sequence = sequence_methods(container))
    return sequence->delete_item(as_instance(container), index);
  if (is_kind(container, Kind::ByteArray))
    return bytearray_delete_item(*as_bytearray(container), index);
  if (is_kind(container, Kind::List) && is_kind(index, Kind::Slice)) {
    return delete_slice(*as_list(container), bounds_of(index));
  }
  if (is_kind(container, Kind::List) && !is_kind(index, Kind::Slice)) {
    List& list = *as_list(container);
    Value old;
    {
      ContainerLock lock(list.mutex);
      size_t i = checked_index(index, list.items.size(), "list assignment");
      old = list.items[i];
      list.items.erase(list.items.begin() + static_cast<std::ptrdiff_t>(i));
    }
    decref(old);
    return;
  }
  if (is_kind(container, Kind::Dict)) {
    Value old = static_cast<Dict*>(container.obj)->pop(index);
    if (old.is_undefined()) raise_key_error(index);
    decref(old);
    return;
  }
  if (is_kind(container, Kind::ScriptInstance)) {
    Value result = call_special(container, NAME_KEY("__delitem__"), &index, 1);
    if (!result.is_undefined()) return decref(result);
  }
  raise(exc::TypeError, "'" + type_name(container) + "' object doesn't support item deletion");
}

// zip(strict=True): an input ran out; the error names which one was shorter or longer.
[[noreturn]] void raise_zip_lengths(size_t argument, bool shorter) {
  raise(exc::ValueError, "zip() argument " + std::to_string(argument + 1) + " is " +
                             (shorter ? "shorter" : "longer") + " than argument" +
                             (argument == 1 ? " 1" : "s 1-" + std::to_string(argument)));
}

bool lazy_next(Iterator& it, Value& out);
namespace {
bool map_or_filter_next(Iterator& it, Value& out);
bool zip_next(Iterator& it, Value& out);
}  // namespace

bool ItemsByIndex::take_locked(size_t index, Value& item) const {
  ContainerLock lock(*mutex_, true);
  if (index >= items_->size()) return false;
  item = (*items_)[index];
  incref_in_mode<true>(item);  // under the lock: another thread may remove the item next
  return true;
}

bool take_owned_sequence_item(Value input, Value& item) {
  Iterator& it = *static_cast<Iterator*>(input.obj);
  const Kind kind = it.sequence.obj->kind;
  if (kind == Kind::Tuple) {
    const std::vector<Value>& items = as_tuple(it.sequence)->items;
    if (it.index >= items.size()) return false;
    item = items[it.index++];
    incref(item);
    return true;
  }
  if (kind != Kind::List) return false;
  List& list = *as_list(it.sequence);
  ContainerLock lock(list.mutex, true);
  if (it.index >= list.items.size()) return false;
  item = list.items[it.index++];
  incref(item);  // under the lock: another thread may remove the item next
  return true;
}

// iterator_next() of an input of enumerate, zip or map, with a list's and a range's iterator in
// line, and a zip's or map's called straight away (`enumerate(zip(a, b))`).
[[gnu::always_inline]] inline bool input_next(Value input, Value& out) {
  if (input.obj->kind == Kind::Iterator) {
    auto& it = *static_cast<Iterator*>(input.obj);
    if (it.source == Iterator::Source::Sequence && is_kind(it.sequence, Kind::List))
      return list_iterator_next(it, free_threaded(), out);
    if (it.source == Iterator::Source::Sequence && is_kind(it.sequence, Kind::Tuple))
      return tuple_iterator_next(it, free_threaded(), out);
    if (it.source == Iterator::Source::Range) return range_iterator_next(it, free_threaded(), out);
    if (it.source == Iterator::Source::Map) return map_or_filter_next(it, out);
    if (it.source == Iterator::Source::Zip) return zip_next(it, out);
  }
  return iterator_next(input, out);
}

namespace {
// map's or filter's call of its function, the result in `out`: false when the function raised
// StopIteration, which ends the iteration as in CPython (whose map_next() and filter_next() pass it
// on to list(), sum() or a `for`, which take it for the end). next() then raises a StopIteration of
// its own, without the function's one's value, as for a script class's __next__ (object_next()).
// With `repeater`, the calls go on as call_repeatedly()'s.
[[gnu::always_inline]] inline bool call_unless_stopped(const Iterator& it, const Value* args,
                                                       size_t count, Value& out,
                                                       CallRepeater* repeater = nullptr) {
  try {
    ThreadState& ts = current_thread_state();
    out = repeater ? call_repeatedly(ts, it.function, args, count, *repeater)
                   : call_value(ts, it.function, args, count);
  } catch (ScriptException& error) {
    if (!static_cast<ExceptionObject*>(error.exception.get().obj)
             ->cls->is_subclass_of(exc::StopIteration))
      throw;
    return false;
  }
  return true;
}

// The next item of map(f, a) (one input) and of filter, in lean frames of their own: lazy_next()
// saves every register, which a call of a one-line lambda per item felt. Other maps go there.
[[gnu::noinline]] bool map1_next(Iterator& it, Value& out) {
  Value item;
  if (!input_next(it.inputs[0], item)) return false;
  Ref owned = Ref::steal(item);
  return call_unless_stopped(it, &item, 1, out);
}

[[gnu::noinline]] bool filter_next(Iterator& it, Value& out) {
  Value item;
  while (input_next(it.inputs[0], item)) {
    Ref owned = Ref::steal(item);
    bool keep;
    if (it.function.is_none()) {
      keep = truthy_in_line(item);
    } else {
      Value verdict;
      if (!call_unless_stopped(it, &item, 1, verdict)) return false;
      keep = truthy_in_line(Ref::steal(verdict).get());
    }
    if (keep) {
      out = owned.release();
      return true;
    }
  }
  return false;
}

bool map_or_filter_next(Iterator& it, Value& out) {
  if (it.source == Iterator::Source::Filter) return filter_next(it, out);
  if (it.inputs.size() == 1) return map1_next(it, out);
  return lazy_next(it, out);
}

// An input whose next item input_next() reads in line, running no script code.
bool read_in_line(Value input) {
  if (input.obj->kind != Kind::Iterator) return false;
  const auto& it = *static_cast<const Iterator*>(input.obj);
  return it.source == Iterator::Source::Range ||
         (it.source == Iterator::Source::Sequence &&
          (is_kind(it.sequence, Kind::List) || is_kind(it.sequence, Kind::Tuple)));
}

// Between two calls of a map's or filter's function (call_repeatedly()): the item that `sink`
// takes goes to it, and the next input item, read in line, is the next call's argument. The item
// of the call under way is counted (`current`), as the function may take it out of a list.
class FeedSink final : public CallRepeater {
 public:
  FeedSink(Iterator& it, YieldSink& sink) : it_(it), sink_(sink) {}
  ~FeedSink() { decref(current); }
  // The item (owned) of the call under way; Undefined once the input ran out between two calls.
  Value current = Value::undefined();

  bool again(Value& result, Value* args) override {
    if (it_.source == Iterator::Source::Map) {
      // The call's item is released here, unless that is its last reference (as below).
      if (current.is_obj() && uniquely_referenced(*current.obj)) return false;
      if (!sink_.take(result)) return false;
      decref(current);
    } else {
      // A filter's verdict: a bool's, an int's or None's truth in line. The item kept goes to
      // the sink; one dropped must not be the last reference (its release could run script code).
      if (result.tag != Tag::Bool && result.tag != Tag::Int && result.tag != Tag::None)
        return false;
      if (truthy_in_line(result)) {
        if (!sink_.take(current)) return false;
      } else if (current.is_obj() && uniquely_referenced(*current.obj)) {
        return false;
      } else {
        decref(current);
      }
    }
    result = Value::undefined();  // taken
    current = Value::undefined();
    if (!input_next(it_.inputs[0], current)) return false;
    args[0] = current;
    incref(current);
    return true;
  }

 private:
  Iterator& it_;
  YieldSink& sink_;
};
}  // namespace

bool map_or_filter_next_untaken(Iterator& it, Value& out, YieldSink& sink) {
  // A script function's calls one after another in one frame (for one input read in line).
  if (it.inputs.size() != 1 || it.function.is_none() || !read_in_line(it.inputs[0]))
    return map_or_filter_next(it, out);
  FeedSink feed(it, sink);
  while (input_next(it.inputs[0], feed.current)) {
    Value result;
    if (!call_unless_stopped(it, &feed.current, 1, result, &feed)) return false;
    if (result.is_undefined()) return false;  // the input ran out between two calls
    if (it.source == Iterator::Source::Map) {
      out = result;
      return true;
    }
    if (truthy_in_line(Ref::steal(result).get())) {
      out = feed.current;
      feed.current = Value::undefined();
      return true;
    }
    decref(feed.current);
    feed.current = Value::undefined();
  }
  return false;
}

// One item from each input (owned references) in `row`, which has room for them all, or false,
// with nothing in it, when one ran out.
bool next_row(Iterator& it, Value* row) {
  const size_t count = it.inputs.size();
  if (count == 0) return false;  // zip(): nothing
  for (size_t i = 0; i < count; ++i) {
    if (input_next(it.inputs[i], row[i])) continue;
    for (size_t j = 0; j < i; ++j) decref(row[j]);
    Value item;
    if (it.strict && i > 0) raise_zip_lengths(i, true);
    if (it.strict) {
      for (size_t j = 1; j < count; ++j) {
        if (iterator_next(it.inputs[j], item)) {
          decref(item);
          raise_zip_lengths(j, false);
        }
      }
    }
    return false;
  }
  return true;
}

namespace {
// zip's next row, in a lean frame of its own (lazy_next() saves every register): under a GIL a
// pair of two lists' or tuples' items read in place, else a row from next_row(); a pair is
// pair_tuple()'s, refilled once the loop has let go of the last one.
[[gnu::noinline]] bool zip_next(Iterator& it, Value& out) {
  const size_t count = it.inputs.size();
  const std::vector<Value>* first;
  const std::vector<Value>* second;
  if (!free_threaded() && next_sequence_pair_items(it, first, second)) {
    const Value a = take_sequence_item(it.inputs[0], *first);
    out = pair_tuple(it, a, take_sequence_item(it.inputs[1], *second));
    return true;
  }
  constexpr size_t kFew = 4;  // the row on the C++ stack unless it is long
  Value few[kFew];
  std::vector<Value> many;
  if (count > kFew) many.resize(count);
  Value* row = count > kFew ? many.data() : few;
  {
    ContainerLock lock(it.mutex, free_threaded());  // a row from one thread, whole
    if (!next_row(it, row)) return false;
  }
  out = count == 2 ? pair_tuple(it, row[0], row[1]) : make_tuple(row, count);
  return true;
}

// enumerate's next (number, item), in a lean frame of its own: lazy_next() saves every register.
[[gnu::noinline]] bool enumerate_next(Iterator& it, Value& out) {
  Value item;
  ContainerLock lock(it.mutex);  // the item and its number go together
  release_pair_item(it);
  if (!input_next(it.inputs[0], item)) return false;
  out = pair_tuple(it, take_enumerate_count(it), item);
  return true;
}
}  // namespace

Value big_enumerate_count_after(Value number) {
  return binary_op(Op::ADD, number, Value::integer(1));
}

// The lazy iterators of enumerate, zip, map and filter.
bool lazy_next(Iterator& it, Value& out) {
  switch (it.source) {
    case Iterator::Source::Enumerate: return enumerate_next(it, out);
    case Iterator::Source::Filter: return filter_next(it, out);
    case Iterator::Source::Native: return static_cast<NativeIterator&>(it).next(out);
    case Iterator::Source::Reversed: {
      if (is_kind(it.sequence, Kind::List)) {  // the list may have shrunk meanwhile: then it ends
        List& list = *as_list(it.sequence);
        ContainerLock lock(list.mutex);  // which guards the index too: threads may share it
        if (it.index == 0) return false;
        const size_t i = --it.index;
        if (i >= list.items.size()) {
          it.index = 0;
          return false;
        }
        out = list.items[i];
        incref(out);
        return true;
      }
      if (is_kind(it.sequence, Kind::Tuple)) {
        ContainerLock lock(it.mutex);
        if (it.index == 0) return false;  // another thread took the last one
        out = as_tuple(it.sequence)->items[--it.index];
        incref(out);
        return true;
      }
      if (it.index == 0) return false;
      const size_t i = --it.index;
      try {  // __len__ and __getitem__: IndexError or StopIteration ends it, as in CPython
        out = get_item(it.sequence, Value::integer(static_cast<int64_t>(i)));
      } catch (ScriptException& error) {
        auto* cls = static_cast<ExceptionObject*>(error.exception.get().obj)->cls;
        if (!cls->is_subclass_of(exc::IndexError) && !cls->is_subclass_of(exc::StopIteration))
          throw;
        it.index = 0;
        return false;
      }
      return true;
    }
    case Iterator::Source::Callable: {
      if (it.exhausted.load(std::memory_order_relaxed)) return false;
      Value result;
      try {
        result = call_value(current_thread_state(), it.function, nullptr, 0);
      } catch (ScriptException& error) {
        if (!static_cast<ExceptionObject*>(error.exception.get().obj)
                 ->cls->is_subclass_of(exc::StopIteration))
          throw;
        result = Value::undefined();
      }
      if (result.is_undefined() || values_equal(result, it.sequence)) {
        decref(result);
        it.exhausted.store(true, std::memory_order_relaxed);
        return false;
      }
      out = result;
      return true;
    }
    case Iterator::Source::Zip: return zip_next(it, out);
    default: {  // Map
      const size_t count = it.inputs.size();
      if (count == 1) return map1_next(it, out);
      // The row on the C++ stack unless it is long.
      Value few[4];
      std::vector<Value> many(count > 4 ? count : 0);
      Value* row = count > 4 ? many.data() : few;
      if (!next_row(it, row)) return false;
      bool called;
      try {
        called = call_unless_stopped(it, row, count, out);
      } catch (...) {
        for (size_t i = 0; i < count; ++i) decref(row[i]);
        throw;
      }
      for (size_t i = 0; i < count; ++i) decref(row[i]);
      return called;
    }
  }
}

namespace {

// The next entry of a dict (its key, value or (key, value): the iterator's `part`) or item of a
// set (Iterator::Source::Table), read in place, as CPython's dict and set iterators: a change of
// size since the iterator began is a RuntimeError, and stays one; the end stays the end. A
// ReversedTable iterator reads a dict's entries from the newest back. The iterator's state
// changes under the container's lock only, so threads may share it.
// A dict's or set's iterator's next key, value or (dict Items) key in `out` and value in
// `value`, new references; false at the end.
bool table_next_parts(Iterator& it, Value& out, Value& value) {
  constexpr size_t kExhausted = SIZE_MAX;
  const Value container = it.sequence;
  const bool dict = container.obj->kind == Kind::Dict;
  bool changed = false, found = false;
  {
    ContainerMutex& mutex =
        dict ? static_cast<Dict*>(container.obj)->mutex : as_set(container)->mutex;
    ContainerLock lock(mutex);
    if (it.index == kExhausted) return false;
    const size_t size = dict ? static_cast<Dict*>(container.obj)->used : as_set(container)->used;
    if (static_cast<int64_t>(size) != it.stop) {
      it.stop = -1;  // sticky, as CPython's
      changed = true;
    } else if (dict) {
      const auto& entries = static_cast<Dict*>(container.obj)->entries;
      const Dict::Entry* entry = nullptr;
      if (it.source == Iterator::Source::ReversedTable) {
        it.index = std::min(it.index, entries.size());  // holes dropped since: fewer entries
        while (it.index > 0 && entries[it.index - 1].is_hole()) --it.index;
        if (it.index > 0) entry = &entries[--it.index];
      } else {
        while (it.index < entries.size() && entries[it.index].is_hole()) ++it.index;
        if (it.index < entries.size()) entry = &entries[it.index++];
      }
      if (entry) {
        // Counted under the lock: another thread may remove the entry next.
        found = true;
        out = it.part == DictPart::Values ? entry->value() : entry->key();
        incref(out);
        if (it.part == DictPart::Items) {
          value = entry->value();
          incref(value);
        }
      }
    } else {
      const auto& table = as_set(container)->table;
      while (it.index < table.size() && table[it.index].is_free()) ++it.index;
      if (it.index < table.size()) {
        out = table[it.index++].key();
        incref(out);
        found = true;
      }
    }
    if (!changed && !found) it.index = kExhausted;
  }
  if (changed) {
    raise(exc::RuntimeError,
          dict ? "dictionary changed size during iteration" : "Set changed size during iteration");
  }
  return found;
}

bool table_next(Iterator& it, Value& out) {
  // A set's next key under a GIL, its size unchanged (`for k in s`): read in place with nothing
  // else to decide. The end, a change of size and the rest go the general way.
  if (it.source == Iterator::Source::Table && it.sequence.obj->kind == Kind::Set &&
      !free_threaded()) {
    const Set& set = *as_set(it.sequence);
    if (static_cast<int64_t>(set.used) == it.stop) {
      const size_t size = set.table.size();
      for (size_t i = it.index; i < size; ++i) {
        if (set.table[i].is_free()) continue;
        out = set.table[i].key();
        incref(out);
        it.index = i + 1;
        return true;
      }
    }
  }
  Value value;
  if (!table_next_parts(it, out, value)) return false;
  if (it.part == DictPart::Items && it.sequence.obj->kind == Kind::Dict)
    out = pair_tuple(it, out, value);
  return true;
}

}  // namespace

namespace {
[[gnu::noinline]] bool iterator_next_other(Value value, Value& out);
}  // namespace

// An ASCII character of a str (`for ch in text`) in a lean frame of its own, a range's, list's or
// tuple's item, and a map's or filter's item straight from lazy_next() (`list(map(f, a))`) and an
// itertools iterator's from its next() (`sum(islice(it, n))`); the rest apart.
bool iterator_next(Value value, Value& out) {
  if (value.obj->kind == Kind::Iterator) {
    auto* it = static_cast<Iterator*>(value.obj);
    if (it->source == Iterator::Source::Native) return static_cast<NativeIterator*>(it)->next(out);
    if (it->source == Iterator::Source::Map || it->source == Iterator::Source::Filter)
      return map_or_filter_next(*it, out);
    if (it->source == Iterator::Source::Zip) return zip_next(*it, out);
    if (it->source == Iterator::Source::Sequence && it->sequence.obj->kind == Kind::List)
      return list_iterator_next(*it, free_threaded(), out);  // a chain's or islice's input
    if (it->source == Iterator::Source::Sequence && it->sequence.obj->kind == Kind::Tuple)
      return tuple_iterator_next(*it, free_threaded(), out);
    if (it->source == Iterator::Source::Range)  // `zip(range(n), gen)`'s first input
      return range_iterator_next(*it, free_threaded(), out);
    if (it->source == Iterator::Source::Sequence && is_kind(it->sequence, Kind::Str)) {
      const std::string& text = as_str(it->sequence)->text;
      ContainerLock lock(it->mutex);
      if (it->index < text.size() && static_cast<unsigned char>(text[it->index]) < 0x80) {
        out = ascii_char(static_cast<unsigned char>(text[it->index++]));
        return true;
      }
    }
  }
  return iterator_next_other(value, out);
}

namespace {
size_t items_expected_at(Value iterator, int depth) {
  if (!is_kind(iterator, Kind::Iterator)) return 0;
  const auto& it = *static_cast<const Iterator*>(iterator.obj);
  if (it.source == Iterator::Source::Sequence) {
    const std::vector<Value>* items =
        is_kind(it.sequence, Kind::List)    ? &as_list(it.sequence)->items
        : is_kind(it.sequence, Kind::Tuple) ? &as_tuple(it.sequence)->items
                                            : nullptr;
    return items && it.index < items->size() ? items->size() - it.index : 0;
  }
  const bool lazy = it.source == Iterator::Source::Map || it.source == Iterator::Source::Zip ||
                    it.source == Iterator::Source::Enumerate;
  if (!lazy || it.inputs.empty() || depth == 0) return 0;  // depth: enumerate(zip(a, b)) at most
  size_t fewest = SIZE_MAX;
  for (Value input : it.inputs) fewest = std::min(fewest, items_expected_at(input, depth - 1));
  return fewest;
}
}  // namespace

size_t items_expected(Value iterator) {
  return free_threaded() ? 0 : items_expected_at(iterator, 2);
}

namespace {
bool iterator_next_other(Value value, Value& out) {
  if (value.obj->kind != Kind::Iterator) return object_next(value, out);
  auto* it = static_cast<Iterator*>(value.obj);
  if (it->source == Iterator::Source::Range) return range_iterator_next(*it, free_threaded(), out);
  if (it->source == Iterator::Source::Table || it->source == Iterator::Source::ReversedTable)
    return table_next(*it, out);
  if (it->source == Iterator::Source::Enumerate) return enumerate_next(*it, out);
  if (it->source == Iterator::Source::Deque || it->source == Iterator::Source::ReversedDeque)
    return deque_iterator_next(*it, out);
  if (it->source != Iterator::Source::Sequence) return lazy_next(*it, out);
  Value sequence = it->sequence;
  if (is_kind(sequence, Kind::List)) return list_iterator_next(*it, free_threaded(), out);
  if (is_kind(sequence, Kind::ScriptInstance)) return sequence_next(*it, out);
  if (is_kind(sequence, Kind::Tuple)) return tuple_iterator_next(*it, free_threaded(), out);
  ContainerLock lock(it->mutex);  // a str or bytes
  if (is_kind(sequence, Kind::Str)) {
    const std::string& text = as_str(sequence)->text;
    if (it->index >= text.size()) return false;
    char c = text[it->index++];
    if (static_cast<unsigned char>(c) < 0x80) {
      out = ascii_char(static_cast<unsigned char>(c));
      return true;
    }
    size_t start = it->index - 1;  // one code point: a lead byte and its continuation bytes
    while (it->index < text.size() &&
           unicode::is_continuation(static_cast<unsigned char>(text[it->index])))
      ++it->index;
    out = make_str(text.substr(start, it->index - start), 1);
    return true;
  }
  if (is_kind(sequence, Kind::ByteArray)) {
    // Its lock taken inside its iterator's, never the other way round.
    ByteArray& array = *as_bytearray(sequence);
    ContainerLock array_lock(array.mutex);
    if (it->index >= array.data.size()) {
      it->index = SIZE_MAX;  // done for good, as a list's iterator
      return false;
    }
    out = Value::integer(static_cast<unsigned char>(array.data[it->index++]));
    return true;
  }
  const std::string& data = as_bytes(sequence)->data;
  if (it->index >= data.size()) return false;
  out = Value::integer(static_cast<unsigned char>(data[it->index++]));
  return true;
}
}  // namespace

namespace {
// iterator_next_unpacked() of the VM's own iterators, apart: an itertools one's is a tail call
// with no frame set up for these.
[[gnu::noinline]] UnpackedNext builtin_next_unpacked(Iterator& it, uint32_t count, Value* top) {
  Value first, second;
  switch (it.source) {
    case Iterator::Source::Enumerate: {
      if (count != 2) return UnpackedNext::kOther;
      ContainerLock lock(it.mutex);  // the item and its number go together
      if (!input_next(it.inputs[0], second)) return UnpackedNext::kDone;
      first = take_enumerate_count(it);
      break;
    }
    case Iterator::Source::Zip: {
      constexpr size_t kMost = 4;
      if (count != it.inputs.size() || count > kMost) return UnpackedNext::kOther;
      Value row[kMost];
      {
        ContainerLock lock(it.mutex);  // a row from one thread, whole
        if (!next_row(it, row)) return UnpackedNext::kDone;
      }
      for (size_t i = 0; i < count; ++i) top[count - 1 - i] = row[i];
      return UnpackedNext::kItems;
    }
    case Iterator::Source::Table:
    case Iterator::Source::ReversedTable:
      if (count != 2 || it.part != DictPart::Items || it.sequence.obj->kind != Kind::Dict)
        return UnpackedNext::kOther;
      if (!table_next_parts(it, first, second)) return UnpackedNext::kDone;
      break;
    default:
      return UnpackedNext::kOther;
  }
  top[0] = second;
  top[1] = first;
  return UnpackedNext::kItems;
}
}  // namespace

UnpackedNext iterator_next_unpacked(Value iterator, uint32_t count, Value* top) {
  if (iterator.obj->kind != Kind::Iterator) return UnpackedNext::kOther;
  auto& it = *static_cast<Iterator*>(iterator.obj);
  if (it.source == Iterator::Source::Native)
    return static_cast<NativeIterator&>(it).next_unpacked(count, top);
  return builtin_next_unpacked(it, count, top);
}

// iterator_next() of an object with `__next__`; its StopIteration ends the iteration.
bool object_next(Value iterator, Value& out) {
  if (is_kind(iterator, Kind::Generator)) {
    return resume_generator(current_thread_state(), *static_cast<Generator*>(iterator.obj),
                            Value::none(), out);
  }
  if (is_kind(iterator, Kind::ScriptInstance)) {
    // A script class's __next__: its StopIteration comes back without a C++ throw (tens of
    // thousands of instructions, at the end of every loop over such an iterator).
    ThreadState& ts = current_thread_state();
    Ref method = Ref::steal(class_special_lookup(*static_cast<ScriptInstance*>(iterator.obj)->cls,
                                                 NAME_KEY("__next__")));
    if (call_exact_with_self_or_pending(ts, method.get(), iterator, nullptr, 0, out)) {
      if (!out.is_undefined()) return true;
      Ref exception = Ref::steal(ts.pending_exception);
      ts.pending_exception = Value::undefined();
      if (static_cast<ExceptionObject*>(exception.get().obj)
              ->cls->is_subclass_of(exc::StopIteration))
        return false;
      throw ScriptException{std::move(exception), ts.pending_add_traceback};
    }
  }
  try {
    out = call_special(iterator, NAME_KEY("__next__"), nullptr, 0);
  } catch (ScriptException& error) {
    if (static_cast<ExceptionObject*>(error.exception.get().obj)
            ->cls->is_subclass_of(exc::StopIteration))
      return false;
    throw;
  }
  if (out.is_undefined())
    raise(exc::TypeError, "'" + type_name(iterator) + "' object is not an iterator");
  return true;
}

namespace {
// len() of an instance of a subclass of list or dict: its class's __len__, else its items'.
[[gnu::noinline]] int64_t subclass_length(Value v) {
  if (subclass_may_override(v, kSubclassLen)) {
    Ref result = Ref::steal(call_special(v, NAME_KEY("__len__"), nullptr, 0));
    if (!result.get().is_undefined()) return length_result(result.get());
  }
  if (v.obj->kind == Kind::Dict) return static_cast<int64_t>(static_cast<Dict*>(v.obj)->size());
  if (v.obj->kind == Kind::Tuple) return static_cast<int64_t>(as_tuple(v)->items.size());
  if (v.obj->kind == Kind::Str) return static_cast<int64_t>(as_str(v)->length());
  List& list = *as_list(v);
  ContainerLock lock(list.mutex);
  return static_cast<int64_t>(list.items.size());
}
}  // namespace

namespace {
// len(v), or -1 when `v` has no len() (length() raises, length_of() leaves it pending).
[[gnu::always_inline]] inline int64_t length_or_negative(Value v) {
  if (v.is_obj()) {
    switch (v.obj->kind) {
      case Kind::Str:
        if (as_str(v)->of_subclass()) [[unlikely]]
          return subclass_length(v);
        return static_cast<int64_t>(as_str(v)->length());
      case Kind::Bytes: return static_cast<int64_t>(as_bytes(v)->data.size());
      case Kind::ByteArray: {
        ByteArray& array = *as_bytearray(v);
        ContainerLock lock(array.mutex);
        return static_cast<int64_t>(array.data.size());
      }
      case Kind::List: {
        if (as_list(v)->of_subclass()) [[unlikely]]
          return subclass_length(v);
        List& list = *as_list(v);
        ContainerLock lock(list.mutex);
        return static_cast<int64_t>(list.items.size());
      }
      case Kind::Tuple:
        if (as_tuple(v)->of_subclass()) [[unlikely]]
          return subclass_length(v);
        return static_cast<int64_t>(as_tuple(v)->items.size());
      case Kind::Dict:
        if (static_cast<Dict*>(v.obj)->of_subclass()) [[unlikely]]
          return subclass_length(v);
        return static_cast<int64_t>(static_cast<Dict*>(v.obj)->size());
      case Kind::DictView: return static_cast<int64_t>(as_dict_view(v)->target().size());
      case Kind::Set: return static_cast<int64_t>(as_set(v)->size());
      case Kind::Deque: return static_cast<int64_t>(deque_length(*as_deque(v)));
      case Kind::Instance:
        if (const SequenceMethods* sequence = sequence_methods(v))
          return static_cast<int64_t>(sequence->length(as_instance(v)));
        break;
      case Kind::Class:  // a metaclass's __len__
      case Kind::ScriptInstance: {
        Ref result = Ref::steal(call_special(v, NAME_KEY("__len__"), nullptr, 0));
        if (!result.get().is_undefined()) return length_result(result.get());
        break;
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(v.obj);
        return range_length(r->start, r->stop, r->step);
      }
      case Kind::Iterator: {
        auto* it = static_cast<Iterator*>(v.obj);
        if (it->source == Iterator::Source::Range) {
          return range_length(it->next_value, it->stop, it->step);
        }
        break;
      }
      default: break;
    }
  }
  return -1;
}

[[gnu::noinline, gnu::cold]] Value no_length_error(Value v) {
  return new_exception(exc::TypeError, "object of type '" + type_name(v) + "' has no len()");
}
}  // namespace

int64_t length(Value v) {
  const int64_t n = length_or_negative(v);
  if (n < 0) [[unlikely]]
    throw ScriptException{Ref::steal(no_length_error(v))};
  return n;
}

// (Its TypeError without a C++ throw: `len(x)` of a number caught in a loop.)
Value length_of(Value v) {
  const int64_t n = length_or_negative(v);
  if (n < 0) [[unlikely]]
    return raise_pending(current_thread_state(), no_length_error(v));
  return Value::integer(n);
}

namespace {

// dict(gen)'s pairs added at the generator's yield while adding them runs no script: the dict
// holds only keys that are numbers, strs or bytes (whose hashes and comparisons are the VM's
// own), and the item is an exact tuple of two with such a key, not yet in the dict or there with
// a number, str or bytes as its value (any other value replaced would be released, which may run
// a script: a generator's `finally`). Any other item
// is declined, comes out as next() gives it, and is added by the caller, who then calls dirty()
// if it was not such a pair: a later key might compare equal to its key by its __eq__.
class PairAdder final : public YieldSink {
 public:
  explicit PairAdder(Dict& target) : target_(target) {}
  bool take(Value item) override {
    if (dirty_ || !is_exact_tuple(item) || as_tuple(item)->items.size() != 2) return false;
    const Value key = as_tuple(item)->items[0], value = as_tuple(item)->items[1];
    if (!script_free_key(key)) return false;
    const Value replaced = target_.get(key);
    decref(replaced);  // the dict holds it: not the last reference
    if (replaced.is_obj() && !script_free_key(replaced)) return false;
    target_.set(key, value);
    decref(item);
    ++taken;
    return true;
  }
  // A key whose hash and comparisons run no script, a value whose release runs none.
  static bool script_free_key(Value v) {
    return !v.is_obj() || v.obj->kind == Kind::Str || v.obj->kind == Kind::Bytes;
  }
  void dirty() { dirty_ = true; }
  size_t taken = 0;

 private:
  Dict& target_;
  bool dirty_ = false;
};

// One element of dict(iterable) or d.update(iterable), the `n`th: a pair (or any sequence of two
// items) whose second item goes under its first.
void add_pair(Dict& target, Value element, size_t n) {
  if (is_exact_tuple(element) && as_tuple(element)->items.size() == 2) {
    // A pair (a zip's row, an item of items()): read in place (the caller holds it).
    target.set(as_tuple(element)->items[0], as_tuple(element)->items[1]);
    return;
  }
  // As CPython's PySequence_Fast: an exact list's or tuple's items, anything else's by
  // iterating it (a str of two characters is a pair), as collect() takes them; a TypeError
  // on the way is this one.
  std::vector<Value> pair;
  try {
    pair = collect(element);  // an exact list's or tuple's items without an iterator
  } catch (ScriptException& error) {
    if (!static_cast<ExceptionObject*>(error.exception.get().obj)
             ->cls->is_subclass_of(exc::TypeError))
      throw;
    raise(exc::TypeError, "cannot convert dictionary update sequence element #" +
                              std::to_string(n) + " to a sequence");
  }
  std::vector<Ref> owned_pair;
  for (Value v : pair) owned_pair.push_back(Ref::steal(v));
  if (pair.size() != 2) {
    raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(n) +
                               " has length " + std::to_string(pair.size()) + "; 2 is required");
  }
  target.set(pair[0], pair[1]);
}

}  // namespace

void update_new_dict(Dict& target, Value source) {
  if (target.used == 0 && target.entries.empty() && is_kind(source, Kind::Dict))
    return target.copy_from(*static_cast<Dict*>(source.obj));
  if (target.used == 0 && is_kind(source, Kind::Generator)) {
    PairAdder sink(target);
    ThreadState& thread = current_thread_state();
    for (Value element; next_untaken(thread, source, element, sink); ++sink.taken) {
      Ref owned = Ref::steal(element);
      const bool plain_key = is_exact_tuple(element) && as_tuple(element)->items.size() == 2 &&
                             PairAdder::script_free_key(as_tuple(element)->items[0]);
      if (!plain_key) sink.dirty();
      add_pair(target, element, sink.taken);
    }
    return;
  }
  update_dict(target, source);
}

void update_dict(Dict& target, Value source) {
  if (is_kind(source, Kind::Dict)) {
    for (auto [key, value] : static_cast<Dict*>(source.obj)->snapshot()) {  // owned references
      Ref owned_key = Ref::steal(key), owned_value = Ref::steal(value);
      target.set(key, value);
    }
    return;
  }
  // A mapping of the script's (collections' Counter, defaultdict, OrderedDict): its keys()
  // and its items, as CPython's dict_merge takes any object with a keys() method.
  if (Ref keys_method = Ref::steal(special_method(source, "keys")); !keys_method.get().is_undefined()) {
    Ref keys = Ref::steal(call_special(source, "keys", nullptr, 0));
    Ref keys_iterator = Ref::steal(get_iterator(keys.get()));
    Value key;
    while (iterator_next(keys_iterator.get(), key)) {
      Ref owned_key = Ref::steal(key);
      Ref value = Ref::steal(get_item(source, key));
      target.set(key, value.get());
    }
    return;
  }
  Ref iterator = Ref::steal(get_iterator(source));
  Value element;
  for (size_t n = 0; iterator_next(iterator.get(), element); ++n) {
    Ref owned = Ref::steal(element);
    add_pair(target, element, n);
  }
}

namespace {

// Below this many items CPython's list.sort is one run: count_run() then binary insertions,
// as timsort::sort makes them.
constexpr size_t kOneRunBelow = 64;

// Sorts `items` by `keys` into `out` (which may be `items` itself, or empty: it is filled when
// the sort's own blocks are gone or going, so that they do not add up) when every key is of one
// type whose comparison needs no dispatch and cannot raise or run script code: ints, floats or
// strs, as CPython's list.sort pre-check picks unsafe_long_compare, unsafe_float_compare or
// unsafe_latin_compare. `key_of` reads a key as that type. Like timsort on such input, an already
// ordered (or strictly reversed) sequence costs one pass. Returns false, with nothing done, when
// the keys are not all of the type.
// A key and its item, trivially copyable (a std::pair is not): timsort's shifts are memmoves.
template <typename K>
struct KeyedItem {
  K key;
  Value item;
};

template <typename K, typename Accept, typename KeyOf>
bool sort_uniform(const std::vector<Value>& items, const std::vector<Value>& keys,
                  std::vector<Value>& out, bool reverse, Accept accept, KeyOf key_of) {
  for (Value k : keys) {
    if (!accept(k)) return false;
  }
  std::vector<KeyedItem<K>> pairs;
  pairs.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) pairs.push_back({key_of(keys[i]), items[i]});
  const auto emit = [&] {
    out.resize(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) out[i] = pairs[i].item;
  };
  bool unordered = false;  // NaN keys: the order CPython gives depends on its algorithm
  if constexpr (std::is_same_v<K, double>) {
    unordered = std::any_of(pairs.begin(), pairs.end(),
                            [](const KeyedItem<K>& p) { return std::isnan(p.key); });
  }
  if (pairs.size() < kOneRunBelow || unordered) {
    // Few: as CPython sorts them, with no buffer (stable_sort's cost more than sorting
    // `sorted((3, 1, 2))` itself).
    timsort::sort(pairs, reverse,
                  [](const KeyedItem<K>& a, const KeyedItem<K>& b) { return a.key < b.key; });
    emit();
    return true;
  }
  // A stable sort by key alone: descending compares the other way round, which keeps equal keys
  // in their first order, as Python's reverse=True does.
  auto before = [reverse](const KeyedItem<K>& a, const KeyedItem<K>& b) {
    return reverse ? b.key < a.key : a.key < b.key;
  };
  if (std::is_sorted(pairs.begin(), pairs.end(), before)) {  // items stay as they are
    emit();
    return true;
  }
  if (std::adjacent_find(pairs.begin(), pairs.end(), [&](const auto& a, const auto& b) {
        return !before(b, a);
      }) == pairs.end()) {  // strictly the other way: no equal keys, so reversing is stable
    std::reverse(pairs.begin(), pairs.end());
    emit();
    return true;
  }
  std::stable_sort(pairs.begin(), pairs.end(), before);  // its buffer gone before `out` grows
  emit();
  return true;
}

// A str key compared as CPython compares strs: by code point, which is UTF-8's byte order. Its
// two words hold the text's first 15 bytes (big-endian, zeros past the end) and its size capped
// at 15, so that most comparisons read no text: words that differ order the texts, and equal
// words of a size under 15 mean equal texts. Only texts of 15 bytes or more with 14 equal ones
// are compared whole, unless they are one str. (A sort of many strs missed the cache on every
// text it read.)
struct TextWords {
  uint64_t head = 0;  // bytes 0-7
  uint64_t tail = 0;  // bytes 8-14, then the size capped at 15
  TextWords() = default;
  explicit TextWords(const std::string& t) {
    // 16 bytes read whole (a std::string's text lies in 16 bytes or more: its own short-string
    // buffer, or a block of over 15), those past the text's end masked off.
    std::memcpy(&head, t.data(), 8);
    std::memcpy(&tail, t.data() + 8, 8);
    if constexpr (std::endian::native == std::endian::little) {
      head = __builtin_bswap64(head);
      tail = __builtin_bswap64(tail);
    }
    const size_t n = std::min<size_t>(t.size(), 15), in_tail = n > 8 ? n - 8 : 0;
    head &= n >= 8 ? ~uint64_t{0} : ~(~uint64_t{0} >> (8 * n));
    tail = (tail & ~(~uint64_t{0} >> (8 * in_tail))) | n;
  }
  // -1, 0 or 1 as the words order the texts; 0 also when only the whole texts can tell.
  int order(const TextWords& other) const {
    if (head != other.head) return head < other.head ? -1 : 1;
    if (tail != other.tail) return tail < other.tail ? -1 : 1;
    return 0;
  }
  bool partial() const { return (tail & 0xff) == 15; }  // equal words may be unequal texts
};
struct TextKey {
  TextWords words;
  const std::string* text = nullptr;
  TextKey() = default;  // a merge buffer's
  explicit TextKey(const std::string& t) : words(t), text(&t) {}
  bool operator<(const TextKey& other) const {
    if (const int order = words.order(other.words)) return order < 0;
    return words.partial() && text != other.text && *text < *other.text;
  }
};

// `items` in the order of `positions` (indexes into it, or entries whose position() is),
// however many of them a sort got to order: an exception from a comparison leaves the items
// as CPython's list.sort leaves them.
template <typename P, typename Position>
void permute(std::vector<Value>& items, const std::vector<P>& positions, Position position) {
  std::vector<Value> permuted(items.size());
  for (size_t i = 0; i < positions.size(); ++i) permuted[i] = items[position(positions[i])];
  items.swap(permuted);
}

// Sorts positions by `less`, CPython's order of comparisons (timsort.h), and permutes `items`
// to match, also when `less` raises (then as CPython's list leaves them).
template <typename P, typename Position, typename Less>
void sort_by_positions(std::vector<Value>& items, std::vector<P>& positions, bool reverse,
                       Position position, Less less) {
  try {
    timsort::sort(positions, reverse, less);
  } catch (...) {
    permute(items, positions, position);
    throw;
  }
  permute(items, positions, position);
}

// Sorts positions by tuple keys whose first items are all of one type that compares without
// dispatch (as sort_uniform()'s), as CPython's unsafe_tuple_compare: the first items decide,
// unless equal, when `general` compares the whole tuples. False, with nothing done, when the keys
// are not all such tuples. The positions are sorted with their first items beside them, and the
// int or str second item of a pair (`(name, -count)`, `(-count, name)`), which decides equal
// firsts without the tuples.
template <typename K, typename General, typename Accept, typename KeyOf>
bool sort_tuples_by_first(std::vector<Value>& items, const std::vector<Value>& keys, bool reverse,
                          General general, Accept accept, KeyOf key_of) {
  // A pair's second item in one word: an int's value with the sign bit flipped (so that the
  // words order as the values do), or a str's first 7 bytes (big-endian, zeros past the end)
  // above its size capped at 7, which decides unless both sizes are 7 or more; else nothing.
  // Its kind in the position's top bits. (Entries of 32 bytes: sorts of many keys are bound by
  // the memory they move, and the entries are the sort's largest block.)
  constexpr size_t kInt = size_t{1} << 62, kText = size_t{2} << 62, kKinds = size_t{3} << 62;
  struct Entry {
    K first;
    uint64_t second;
    size_t position;  // in keys, the second item's kind above it
  };
  const auto text_word = [](const std::string& t) {
    uint64_t word = 0;
    const size_t n = std::min<size_t>(t.size(), 7);
    std::memcpy(&word, t.data(), n);
    if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap64(word);
    return word | n;
  };
  std::vector<Entry> entries;
  entries.reserve(keys.size());
  for (Value k : keys) {
    if (!is_exact_tuple(k) || as_tuple(k)->items.empty() || !accept(as_tuple(k)->items[0]))
      return false;
    const std::vector<Value>& parts = as_tuple(k)->items;
    Entry& e = entries.emplace_back(Entry{key_of(parts[0]), 0, entries.size()});
    if (parts.size() != 2) continue;
    if (parts[1].is_int()) {
      e.second = static_cast<uint64_t>(parts[1].i) ^ (uint64_t{1} << 63);
      e.position |= kInt;
    } else if (is_kind(parts[1], Kind::Str)) {
      e.second = text_word(as_str(parts[1])->text);
      e.position |= kText;
    }
  }
  // Reversed around a forward sort for reverse=True, as CPython: `general` may run script code,
  // whose calls come in its order.
  const auto position = [](const Entry& e) { return e.position & ~kKinds; };
  sort_by_positions(items, entries, reverse, position, [&](const Entry& left, const Entry& right) {
    const size_t left_at = left.position & ~kKinds, right_at = right.position & ~kKinds;
    if constexpr (std::is_same_v<K, TextWords>) {  // strs first: their texts read only if need be
      if (const int by_words = left.first.order(right.first)) return by_words < 0;
      if (left.first.partial()) {
        const Value x = as_tuple(keys[left_at])->items[0];
        const Value y = as_tuple(keys[right_at])->items[0];
        const int c = x.obj == y.obj ? 0 : as_str(x)->text.compare(as_str(y)->text);
        if (c != 0) return c < 0;
      }
    } else {
      if (left.first < right.first) return true;
      if (right.first < left.first) return false;
    }
    if constexpr (std::is_same_v<K, double>) {
      if (!(left.first == right.first))  // a NaN: unordered, not equal
        return general(left_at, right_at);
    }
    const size_t kind = left.position & kKinds;
    if (kind != 0 && kind == (right.position & kKinds)) {  // two pairs, ints or strs second
      if (left.second != right.second) return left.second < right.second;
      if (kind == kInt || (left.second & 0xff) < 7) return false;  // equal
    }
    // Equal first items: the next items that are ints or strs compare in line, as long as they
    // decide or are equal; anything else compares the whole tuples.
    const std::vector<Value>& x = as_tuple(keys[left_at])->items;
    const std::vector<Value>& y = as_tuple(keys[right_at])->items;
    for (size_t i = 1; i < x.size() && i < y.size(); ++i) {
      if (x[i].is_int() && y[i].is_int()) {
        if (x[i].i != y[i].i) return x[i].i < y[i].i;
      } else if (is_kind(x[i], Kind::Str) && is_kind(y[i], Kind::Str)) {
        const int c = as_str(x[i])->text.compare(as_str(y[i])->text);
        if (c != 0) return c < 0;
      } else {
        return general(left_at, right_at);
      }
    }
    return x.size() < y.size();
  });
  return true;
}

}  // namespace

namespace {
// sort_plain() of strs that `less` orders: fewer than kOneRunBelow as CPython sorts them (a
// leading run and binary insertions, the shifts memmoves), more by a stable merge sort; an
// ordered sequence costs one pass either way.
template <typename Less>
void sort_values(std::vector<Value>& items, bool reverse, Less less) {
  if (items.size() < kOneRunBelow) return timsort::sort(items, reverse, less);
  const auto before = [&](Value a, Value b) { return reverse ? less(b, a) : less(a, b); };
  if (std::is_sorted(items.begin(), items.end(), before)) return;
  std::stable_sort(items.begin(), items.end(), before);
}
}  // namespace

bool sort_plain(std::vector<Value>& items, bool reverse) {
  if (items.empty()) return true;
  if (items[0].is_int()) {
    for (Value v : items) {
      if (!v.is_int()) return false;
    }
    // Equal ints are indistinguishable: any algorithm gives the stable sort's order, and
    // introsort's costs half the comparisons and moves of binary insertions on 60 mixed ints.
    const auto sort = [&items](auto before) {
      if (!std::is_sorted(items.begin(), items.end(), before))  // ordered: one pass, as timsort
        std::sort(items.begin(), items.end(), before);
    };
    if (reverse)
      sort([](Value a, Value b) { return b.i < a.i; });
    else
      sort([](Value a, Value b) { return a.i < b.i; });
    return true;
  }
  if (!is_exact_str(items[0])) return false;
  for (Value v : items) {
    if (!is_exact_str(v)) return false;
  }
  if (items.size() >= kOneRunBelow) {  // many: by TextKey heads, each text read rarely (the
    // items are their own keys: sort_uniform reads them all before it moves any)
    return sort_uniform<TextKey>(
        items, items, items, reverse, [](Value) { return true; },
        [](Value k) { return TextKey(as_str(k)->text); });
  }
  sort_values(items, reverse, [](Value a, Value b) {
    const std::string &x = as_str(a)->text, &y = as_str(b)->text;
    // The first bytes decide most comparisons (characters, words) with no call of memcmp, whose
    // unsigned byte order (UTF-8's: code point order) this keeps.
    if (!x.empty() && !y.empty() && x[0] != y[0])
      return static_cast<unsigned char>(x[0]) < static_cast<unsigned char>(y[0]);
    return x < y;
  });
  return true;
}

void sort_by_key(ThreadState& thread, std::vector<Value>& items, Value key, bool reverse) {
  bool keyed = !key.is_undefined() && !key.is_none();
  // The keys, freed however the sort ends: one vector of plain values (a vector of Refs beside
  // it cost a key function's loop a fifth of its own instructions).
  struct OwnedKeys {
    std::vector<Value> values;
    ~OwnedKeys() {
      for (Value v : values) decref(v);
    }
  } keys;
  // Instances whose __lt__ compares plain attributes: by those, as keys.
  if (bool descending = false; !keyed && attribute_sort_keys(items, keys.values, descending)) {
    keyed = true;
    reverse = reverse != descending;
  } else if (keyed) {
    keys.values.reserve(items.size());  // again() pushes without a throw
    // A script key function's calls one after another in one frame.
    struct KeyCollector final : CallRepeater {
      const std::vector<Value>& items;
      std::vector<Value>& keys;
      KeyCollector(const std::vector<Value>& items, std::vector<Value>& keys)
          : items(items), keys(keys) {}
      bool again(Value& result, Value* args) override {
        const size_t next = keys.size() + 1;
        if (next >= items.size()) return false;
        keys.push_back(result);
        args[0] = items[next];
        incref(args[0]);
        return true;
      }
    } collector(items, keys.values);
    while (keys.values.size() < items.size()) {
      keys.values.push_back(
          call_repeatedly(thread, key, &items[keys.values.size()], 1, collector));
    }
  }
  const std::vector<Value>& sort_keys = keyed ? keys.values : items;
  if (!keyed && sort_plain(items, reverse)) return;
  if (sort_uniform<int64_t>(
          items, sort_keys, items, reverse, [](Value k) { return k.is_int(); },
          [](Value k) { return k.i; }) ||
      sort_uniform<double>(
          items, sort_keys, items, reverse, [](Value k) { return k.is_float(); },
          [](Value k) { return k.f; }) ||
      sort_uniform<TextKey>(
          items, sort_keys, items, reverse, [](Value k) { return is_exact_str(k); },
          [](Value k) { return TextKey(as_str(k)->text); })) {
    return;
  }
  // Sorting positions, not values: the keys stay where they are (`sort_keys` may be `items`),
  // and the items are permuted once at the end, or when a comparison raises.
  auto general = [&](size_t a, size_t b) { return less_than(sort_keys[a], sort_keys[b]); };
  if (sort_tuples_by_first<int64_t>(
          items, sort_keys, reverse, general, [](Value k) { return k.is_int(); },
          [](Value k) { return k.i; }) ||
      sort_tuples_by_first<double>(
          items, sort_keys, reverse, general, [](Value k) { return k.is_float(); },
          [](Value k) { return k.f; }) ||
      sort_tuples_by_first<TextWords>(
          items, sort_keys, reverse, general, [](Value k) { return is_exact_str(k); },
          [](Value k) { return TextWords(as_str(k)->text); })) {
    return;
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto position = [](size_t i) { return i; };
  // CPython's pre-sort check: keys all instances of one script class compare by its __lt__
  // (unsafe_object_compare), and by the whole comparison (__lt__ asked again, then the other's
  // __gt__) only when that returns NotImplemented.
  // (A __lt__ that compares attributes, which less_than() answers without a call, is left to it.)
  const auto class_of = [](Value k) -> Class* { return static_cast<ScriptInstance*>(k.obj)->cls; };
  const bool one_class =
      sort_keys.size() > 1 && is_kind(sort_keys[0], Kind::ScriptInstance) &&
      std::all_of(sort_keys.begin(), sort_keys.end(),
                  [&](Value k) {
                    return is_kind(k, Kind::ScriptInstance) && class_of(k) == class_of(sort_keys[0]);
                  }) &&
      !lt_compares_attributes(*class_of(sort_keys[0]));
  if (!one_class) return sort_by_positions(items, order, reverse, position, general);
  sort_by_positions(items, order, reverse, position, [&](size_t a, size_t b) {
    Ref result = Ref::steal(call_special(sort_keys[a], NAME_KEY("__lt__"), &sort_keys[b], 1));
    const Value r = result.get();
    if (r.is_undefined() || (r.is_obj() && r.obj == not_implemented().obj)) return general(a, b);
    return truthy(r);
  });
}

std::vector<Value> sorted_by_key(ThreadState& thread, const std::vector<Value>& items, Value key,
                                 bool reverse) {
  std::vector<Value> out = items;
  sort_by_key(thread, out, key, reverse);
  return out;
}

// ---------------------------------------------------------------------------------------------
// %-formatting

namespace {

struct FormatSpec {
  bool left = false, zero = false, plus = false, space = false, alternate = false;
  int width = -1, precision = -1;
  char conversion = 's';
};

// Appends `body` padded to the spec's width (counted in bytes: callers widen it by a str's
// multi-byte characters); zeros go after a number's sign.
void pad(std::string& out, std::string_view body, const FormatSpec& spec, bool numeric) {
  if (spec.width < 0 || static_cast<int>(body.size()) >= spec.width) {
    out.append(body);
    return;
  }
  size_t fill = static_cast<size_t>(spec.width) - body.size();
  if (static_cast<size_t>(spec.width) > sequence_byte_limit()) raise(exc::MemoryError, "");
  if (spec.left) {
    out.append(body);
    out.append(fill, ' ');
  } else if (spec.zero && numeric) {
    size_t sign = (!body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) ? 1 : 0;
    out.append(body.substr(0, sign));
    out.append(fill, '0');
    out.append(body.substr(sign));
  } else {
    out.append(fill, ' ');
    out.append(body);
  }
}

// A %s, %r, %a, %b or %c field appended: cut to the precision (`cut`) and padded to the width,
// both counted in code points in a str (bytes in a bytes format).
void text_field(std::string& out, std::string_view text, FormatSpec spec, bool bytes, bool cut) {
  if (bytes || unicode::is_ascii(text)) {
    if (cut && spec.precision >= 0 && static_cast<size_t>(spec.precision) < text.size())
      text = text.substr(0, static_cast<size_t>(spec.precision));
    pad(out, text, spec, false);
    return;
  }
  if (cut && spec.precision >= 0)
    text = text.substr(0, unicode::byte_offset(text, static_cast<size_t>(spec.precision)));
  if (spec.width >= 0) spec.width += static_cast<int>(text.size() - unicode::length(text));
  pad(out, text, spec, false);
}

// %c's argument: a code point (a byte in a bytes format) as an int, or a str of one character
// (bytes of one byte).
std::string character_of(Value v, bool bytes) {
  if (is_any_integer(v)) {
    const int64_t limit = bytes ? 0x100 : 0x110000;
    if (is_bigint(v) || as_integer(v) < 0 || as_integer(v) >= limit)
      raise(exc::OverflowError,
            bytes ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
    std::string out;
    if (bytes)
      out += static_cast<char>(as_integer(v));
    else
      unicode::append(out, static_cast<uint32_t>(as_integer(v)));
    return out;
  }
  if (bytes && is_bytes_like(v)) {
    const BytesView view(v);
    if (view.data().size() == 1) return std::string(view.data());
  }
  if (!bytes && is_kind(v, Kind::Str) && as_str(v)->length() == 1) return as_str(v)->text;
  raise(exc::TypeError, bytes ? "%c requires an integer in range(256) or a single byte"
                              : "%c requires int or char");
}

// The TypeError of a number field (%d, %x, %f...) of `v` if it is no number it takes (a new
// reference), else Undefined. A script instance's __index__, __int__ or __float__ is
// format_number()'s to try before.
Value number_field_error(Value v, const FormatSpec& spec) {
  const char conversion = spec.conversion == 'i' || spec.conversion == 'u' ? 'd' : spec.conversion;
  const bool integral =
      conversion == 'd' || conversion == 'x' || conversion == 'X' || conversion == 'o';
  if (conversion != 'd' && integral && !is_any_integer(v)) {
    return new_exception(exc::TypeError, std::string("%") + spec.conversion +
                                             " format: an integer is required, not " +
                                             type_name(v));
  }
  if (!is_number(v)) {
    if (integral) {
      return new_exception(exc::TypeError, std::string("%") + spec.conversion +
                                               " format: a real number is required, not " +
                                               type_name(v));
    }
    return new_exception(exc::TypeError, "must be real number, not " + type_name(v));
  }
  return Value::undefined();
}

void format_number(std::string& out, Value v, const FormatSpec& spec) {
  char conversion = spec.conversion == 'i' || spec.conversion == 'u' ? 'd' : spec.conversion;
  const bool integral =
      conversion == 'd' || conversion == 'x' || conversion == 'X' || conversion == 'o';
  // Its __index__ (%d: or __int__), or its __float__.
  if (is_kind(v, Kind::ScriptInstance) || is_number_instance(v)) {
    Ref number = Ref::steal(
        call_special(v, integral ? NAME_KEY("__index__") : NAME_KEY("__float__"), nullptr, 0));
    if (number.get().is_undefined() && conversion == 'd')
      number = Ref::steal(call_special(v, NAME_KEY("__int__"), nullptr, 0));
    if (!number.get().is_undefined()) {
      format_number(out, number.get(), spec);
      return;
    }
  }
  if (const Value error = number_field_error(v, spec); error.is_obj()) [[unlikely]]
    throw ScriptException{Ref::steal(error)};
  if (integral && v.is_int() && conversion == 'd' && !spec.plus && !spec.space) {
    // %5d, %03d: a small int's digits from a buffer, padded.
    char buffer[24];
    char* const end = buffer + sizeof buffer;
    const bool negative = v.i < 0;
    char* start = write_decimal_digits(
        end, negative ? uint64_t{0} - static_cast<uint64_t>(v.i) : static_cast<uint64_t>(v.i));
    if (negative) *--start = '-';
    pad(out, std::string_view(start, static_cast<size_t>(end - start)), spec, true);
    return;
  }
  if (conversion == 'f' || conversion == 'F') {  // %.2f: the digits in a buffer, padded
    char buffer[kFixedTextSize + 1];                // and a '+' or ' '
    char* const end = buffer + sizeof buffer;
    char* start = print_fixed_exactly(end, as_double(v), spec.precision < 0 ? 6 : spec.precision,
                                      spec.alternate);
    if (start) {
      if (*start != '-' && (spec.plus || spec.space)) *--start = spec.plus ? '+' : ' ';
      pad(out, std::string_view(start, static_cast<size_t>(end - start)), spec, true);
      return;
    }
  }
  std::string body;
  if (integral) {
    int base = conversion == 'd' ? 10 : conversion == 'o' ? 8 : 16;
    bool negative = false;
    if (v.is_float()) {
      if (std::isinf(v.f)) raise(exc::OverflowError, "cannot convert float infinity to integer");
      if (std::isnan(v.f)) raise(exc::ValueError, "cannot convert float NaN to integer");
      Ref truncated = Ref::steal(make_int(BigInt::from_double(std::trunc(v.f))));
      body = int_digits(truncated.get(), base, negative);
    } else {
      body = int_digits(v, base, negative);
    }
    if (conversion == 'X') std::transform(body.begin(), body.end(), body.begin(), ::toupper);
    if (spec.alternate && conversion != 'd')
      body = (conversion == 'o' ? "0o" : conversion == 'x' ? "0x" : "0X") + body;
    if (negative) body = "-" + body;
  } else {
    const int precision = spec.precision < 0 ? 6 : spec.precision;
    // At most 309 digits before the point (or an exponent) besides `precision`'s: measured first
    // only when that may be more than a sequence may hold.
    if (static_cast<size_t>(precision) + 320 > sequence_byte_limit()) {
      const char format[] = {'%', '.', '*', conversion, 0};
      const int needed = std::snprintf(nullptr, 0, format, precision, as_double(v));
      if (needed >= 0 && static_cast<size_t>(needed) > sequence_byte_limit())
        raise(exc::MemoryError, "");
    }
    body = print_double(conversion, spec.alternate, precision, as_double(v));
  }
  if (body[0] != '-' && spec.plus)
    body.insert(0, 1, '+');
  else if (body[0] != '-' && spec.space)
    body.insert(0, 1, ' ');
  pad(out, body, spec, true);
}

// Whether `format % args` takes its %(key) fields from `args` (CPython's test: an object with
// __getitem__ that is not a tuple, nor a str or, for a bytes format, bytes). Such an object is
// also never "not all converted".
bool is_format_mapping(Value args, bool bytes) {
  return is_kind(args, Kind::Dict) || is_kind(args, Kind::List) || is_kind(args, Kind::Range) ||
         is_kind(args, Kind::ByteArray) || (!bytes && is_kind(args, Kind::Bytes));
}

}  // namespace

Value percent_format(Value format, Value args, bool pending) {
  bool bytes = is_kind(format, Kind::Bytes);
  if (!bytes) {
    const Value plain = percent_format_plain(format, args);
    if (!plain.is_undefined()) return plain;
  }
  // A view, held in registers: a reference's size would be reloaded after every write to `out`.
  const std::string_view text = bytes ? as_bytes(format)->data : as_str(format)->text;
  const bool tuple = is_kind(args, Kind::Tuple);
  const bool mapping = is_format_mapping(args, bytes);
  const Value* values = tuple ? as_tuple(args)->items.data() : &args;
  const size_t value_count = tuple ? as_tuple(args)->items.size() : 1;
  size_t next = 0;
  auto next_value = [&] {
    if (next >= value_count) raise(exc::TypeError, "not enough arguments for format string");
    return values[next++];
  };
  // Whether the result is known to be ASCII: then its length is its size.
  bool ascii = !bytes && as_str(format)->is_ascii();
  std::string out;  // no reserve: a short result stays in the string's own buffer
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {  // the literal text up to the next '%' in one piece
      size_t end = text.find('%', i);
      if (end == std::string::npos) end = text.size();
      out.append(text.data() + i, end - i);
      i = end - 1;
      continue;
    }
    ++i;
    // The usual fields, a bare %s of a str or int and a bare %d (%i, %u) of an int, need no spec.
    if (i < text.size() && next < value_count) {
      const Value v = values[next];
      const char c = text[i];
      if ((c == 's' && !bytes && (is_exact_str(v) || v.is_int())) ||
          ((c == 'd' || c == 'i' || c == 'u') && v.is_int())) {
        ascii = ascii && (v.is_int() || as_str(v)->is_ascii());
        append_formatted(out, v, {});
        ++next;
        continue;
      }
    }
    auto at = [&](size_t k) { return k < text.size() ? text[k] : '\0'; };
    if (at(i) == '%') {  // "%%" only: "%5%" is a field of an unsupported type
      out += '%';
      continue;
    }
    Ref mapped = Ref::steal(Value::undefined());  // a %(key) field's value
    if (at(i) == '(') {
      if (!mapping) raise(exc::TypeError, "format requires a mapping");
      const size_t key_start = ++i;
      for (int depth = 1; depth > 0; ++i) {  // the key may hold balanced parentheses
        if (i >= text.size()) raise(exc::ValueError, "incomplete format key");
        depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
      }
      std::string key(text.substr(key_start, i - 1 - key_start));
      Ref key_value = Ref::steal(bytes ? make_bytes(std::move(key)) : make_str(std::move(key)));
      mapped = Ref::steal(get_item(args, key_value.get()));
      // A field with a key takes nothing more from `args` (a '*' finds none left).
      next = value_count;
    }
    FormatSpec spec;
    for (;; ++i) {
      char c = at(i);
      if (c == '-')
        spec.left = true;
      else if (c == '0')
        spec.zero = true;
      else if (c == '+')
        spec.plus = true;
      else if (c == ' ')
        spec.space = true;
      else if (c == '#')
        spec.alternate = true;
      else
        break;
    }
    // Widths and precisions up to INT_MAX. Beyond it CPython tries to pad (MemoryError) but
    // refuses the precision (ValueError); a width the machine cannot hold is a MemoryError where
    // the padding is made.
    auto read_number = [&](ExceptionClass* too_big, const char* message) {
      int64_t n = 0;
      bool any = false;
      while (std::isdigit(static_cast<unsigned char>(at(i)))) {
        n = n * 10 + (at(i) - '0');
        if (n > INT32_MAX) raise(too_big, message);
        any = true;
        ++i;
      }
      return any ? static_cast<int>(n) : -1;
    };
    // A '*' width or precision: the next argument, an int.
    auto star_number = [&](ExceptionClass* too_big, const char* message) {
      ++i;
      const Value n = next_value();
      if (!is_any_integer(n)) raise(exc::TypeError, "* wants int");
      if (is_bigint(n) || as_integer(n) > INT32_MAX || as_integer(n) < -INT32_MAX)
        raise(too_big, message);
      return static_cast<int>(as_integer(n));
    };
    if (at(i) == '*') {
      spec.width = star_number(exc::MemoryError, "");
      if (spec.width < 0) {  // a negative '*' width left-aligns
        spec.left = true;
        spec.width = -spec.width;
      }
    } else {
      spec.width = read_number(exc::MemoryError, "");
    }
    if (at(i) == '.') {
      ++i;
      spec.precision = std::max(
          at(i) == '*' ? star_number(exc::OverflowError, "Python int too large to convert to C int")
                       : read_number(exc::ValueError, "precision too big"),
          0);
    }
    spec.conversion = at(i);
    if (spec.conversion == '\0') raise(exc::ValueError, "incomplete format");
    Value v = mapped.get().is_undefined() ? next_value() : mapped.get();
    // A number's text is ASCII; another field's is not looked at.
    ascii =
        ascii && std::string_view("diuxXofFeEgG").find(spec.conversion) != std::string_view::npos;
    switch (spec.conversion) {
      case 's':
      case 'b':
        if (bytes) {
          if (!is_bytes_like(v)) {
            raise(exc::TypeError,
                  "%b requires a bytes-like object, or an object that implements __bytes__, "
                  "not '" +
                      type_name(v) + "'");
          }
          text_field(out, BytesView(v).data(), spec, true, true);
          break;
        }
        if (spec.conversion == 's') {
          if (is_exact_str(v)) {
            text_field(out, as_str(v)->text, spec, false, true);
          } else {
            text_field(out, to_str(v), spec, false, true);
          }
          break;
        }
        [[fallthrough]];  // no %b in a str format
      default: {
        char buffer[96];
        std::snprintf(buffer, sizeof buffer,
                      "unsupported format character '%c' (0x%x) at index %zu", spec.conversion,
                      static_cast<unsigned char>(spec.conversion), i);
        raise(exc::ValueError, buffer);
      }
      // In a bytes format %r is %a: a repr is text, and only ASCII text is bytes.
      case 'r': text_field(out, bytes ? ascii_repr(v) : repr(v), spec, bytes, true); break;
      case 'a': text_field(out, ascii_repr(v), spec, bytes, true); break;
      case 'c': text_field(out, character_of(v, bytes), spec, bytes, false); break;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        // `"%d" % field` raised without a C++ throw; an instance's (a script class's, an int's
        // or float's subclass's) dunders are format_number()'s to try first.
        if (pending && !is_kind(v, Kind::ScriptInstance) && !is_number_instance(v)) {
          if (const Value error = number_field_error(v, spec); error.is_obj())
            return raise_pending(current_thread_state(), error);
        }
        format_number(out, v, spec);
        break;
    }
  }
  if (next < value_count && !mapping) {
    raise(exc::TypeError, bytes ? "not all arguments converted during bytes formatting"
                                : "not all arguments converted during string formatting");
  }
  if (bytes) return make_bytes(std::move(out));
  return ascii ? ascii_text_str(std::move(out)) : make_str(std::move(out));
}

// The position of `item` in range `r`, or -1: arithmetic for ints, as CPython.
int64_t range_position(const Range& r, Value item) {
  if (!is_integer(item)) return -1;
  const __int128 offset = static_cast<__int128>(as_integer(item)) - r.start;
  if (offset % r.step != 0) return -1;
  const __int128 position = offset / r.step;
  return position >= 0 && position < range_length(r.start, r.stop, r.step)
             ? static_cast<int64_t>(position)
             : -1;
}

PlainOperand plain_operand(Value v) {
  if (v.is_int() || v.is_float() || v.is_bool() || is_bigint(v)) return PlainOperand::kNumber;
  if (v.is_none()) return PlainOperand::kNone;
  return is_exact_str(v) ? PlainOperand::kText : PlainOperand::kOther;  // (a subclass: its dunders)
}

Value plain_comparison_error(Op op, Value a, Value b) {
  const PlainOperand left = plain_operand(a), right = plain_operand(b);
  if (left == PlainOperand::kOther || right == PlainOperand::kOther ||
      (left == right && left != PlainOperand::kNone))
    return Value::undefined();
  const char* symbol = op == Op::LT ? "<" : op == Op::LE ? "<=" : op == Op::GT ? ">" : ">=";
  return new_exception(exc::TypeError, std::string("'") + symbol +
                                           "' not supported between instances of '" +
                                           type_name(a) + "' and '" + type_name(b) + "'");
}

Value plain_unary_error(Op op, Value v) {
  if (!(is_kind(v, Kind::Str) || v.is_none() || (op == Op::INVERT && v.is_float())))
    return Value::undefined();
  const char* symbol = op == Op::NEG ? "-" : op == Op::POS ? "+" : "~";
  return new_exception(exc::TypeError, std::string("bad operand type for unary ") + symbol +
                                           ": '" + type_name(v) + "'");
}

Value plain_operands_error(Op op, Value a, Value b) {
  if (op == Op::MUL) {  // a number and None, or two Nones
    const PlainOperand left = plain_operand(a), right = plain_operand(b);
    const auto numeric = [](PlainOperand p) {
      return p == PlainOperand::kNumber || p == PlainOperand::kNone;
    };
    if ((left == PlainOperand::kNone || right == PlainOperand::kNone) && numeric(left) &&
        numeric(right))
      return unsupported_operands_error(op, a, b);
    // A str times a str, None or a float (`"-" * width` of a str width): the str repeated by
    // the other, whose type the message names, as CPython's sequence_repeat.
    if (left == PlainOperand::kText || right == PlainOperand::kText) {
      const Value n = left == PlainOperand::kText ? b : a;
      if (is_kind(n, Kind::Str) || n.is_none() || n.is_float())
        return new_exception(exc::TypeError, "can't multiply sequence by non-int of type '" +
                                                 type_name(n) + "'");
    }
    return Value::undefined();
  }
  if (op != Op::ADD && op != Op::SUB && op != Op::TRUEDIV && op != Op::FLOORDIV)
    return Value::undefined();
  const PlainOperand left = plain_operand(a), right = plain_operand(b);
  if (left == PlainOperand::kOther || right == PlainOperand::kOther || left == right)
    return Value::undefined();
  if (op == Op::ADD && left == PlainOperand::kText)
    return new_exception(exc::TypeError,
                         "can only concatenate str (not \"" + type_name(b) + "\") to str");
  return unsupported_operands_error(op, a, b);
}

}  // namespace gilvm
