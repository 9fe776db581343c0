// The methods of int, float and complex values, as CPython 3.11's Objects/longobject.c and floatobject.c.
#include "runtime/number_methods.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/complex.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/operations.h"
#include "runtime/special_methods.h"

namespace gilvm {

namespace {

bool is_integer_value(Value v) { return v.is_int() || v.is_bool() || is_bigint(v); }

// bool's methods answer as int's: True.bit_length() is 1, True.conjugate() is the int 1.
Value as_plain_int(Value v) {
  if (v.is_bool()) return Value::integer(v.b ? 1 : 0);
  incref(v);
  return v;
}

uint64_t bit_length_of(IntView x) {
  if (x.size == 0) return 0;
  return uint64_t{64} * (x.size - 1) + (64 - std::countl_zero(x.limbs[x.size - 1]));
}

Value int_bit_length(ThreadState&, Value self, const Args& args) {
  args.expect("bit_length", 0, 0);
  if (self.is_int()) {  // |self| as a uint64_t, -2**63 included
    const uint64_t magnitude =
        self.i < 0 ? 0 - static_cast<uint64_t>(self.i) : static_cast<uint64_t>(self.i);
    return Value::integer(64 - std::countl_zero(magnitude));
  }
  Limb scratch;
  return Value::integer(static_cast<int64_t>(bit_length_of(int_view(self, scratch))));
}

Value int_bit_count(ThreadState&, Value self, const Args& args) {
  args.expect("bit_count", 0, 0);
  Limb scratch;
  const IntView x = int_view(self, scratch);
  int64_t count = 0;
  for (uint32_t i = 0; i < x.size; ++i) count += std::popcount(x.limbs[i]);
  return Value::integer(count);
}

Value int_conjugate(ThreadState&, Value self, const Args& args) {
  args.expect("conjugate", 0, 0);
  return as_plain_int(self);
}

Value int_as_integer_ratio(ThreadState&, Value self, const Args& args) {
  args.expect("as_integer_ratio", 0, 0);
  return make_tuple({as_plain_int(self), Value::integer(1)});
}

// The byteorder argument of to_bytes and from_bytes: true for 'little'.
bool little_endian(Value byteorder, std::string_view function) {
  if (byteorder.is_undefined()) return false;
  if (!is_kind(byteorder, Kind::Str)) {
    raise(exc::TypeError, std::string(function) + "() argument 'byteorder' must be str, not " +
                              type_name(byteorder));
  }
  // Compared as views: sizes first, no strlen of the literal at each call.
  const std::string_view text = as_str(byteorder)->text;
  if (text == std::string_view("little")) return true;
  if (text == std::string_view("big")) return false;
  raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
}

// Binds (first, second, *, signed) as CPython's argument clinic does for to_bytes/from_bytes,
// with its messages; Undefined where not given. No vector: the usual call has no keywords.
std::array<Value, 3> bind_bytes_arguments(const Args& args, std::string_view function,
                                          std::string_view first) {
  const size_t keywords = args.keyword_count(), given = args.count + keywords;
  if (keywords == 0 && args.count <= 2) {  // `x.to_bytes(4, "big")`: nothing to match
    return {args.count > 0 ? args.positional[0] : Value::undefined(),
            args.count > 1 ? args.positional[1] : Value::undefined(), Value::undefined()};
  }
  if (given > 3) {
    raise(exc::TypeError, std::string(function) + "() takes at most 3 " +
                              (args.count == 0 ? "keyword " : "") + "arguments (" +
                              std::to_string(given) + " given)");
  }
  if (args.count > 2) {
    raise(exc::TypeError, std::string(function) + "() takes at most 2 positional arguments (" +
                              std::to_string(args.count) + " given)");
  }
  std::array<Value, 3> bound = {Value::undefined(), Value::undefined(), Value::undefined()};
  std::copy(args.positional, args.positional + args.count, bound.begin());
  const std::string_view names[] = {first, "byteorder", "signed"};
  for (size_t k = 0; k < keywords; ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    const size_t index = static_cast<size_t>(std::find(names, names + 3, name) - names);
    if (index == 3) {
      raise(exc::TypeError,
            "'" + name + "' is an invalid keyword argument for " + std::string(function) + "()");
    }
    if (index < args.count) {
      raise(exc::TypeError, "argument for " + std::string(function) + "() given by name ('" +
                                name + "') and position (" + std::to_string(index + 1) + ")");
    }
    bound[index] = args.keyword_values[k];
  }
  return bound;
}

// The first `count` bytes of the little-endian number in `limbs`, least significant first.
void copy_limb_bytes(const Limb* limbs, size_t count, char* out) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(out, limbs, count);
  } else {
    for (size_t i = 0; i < count; ++i) out[i] = static_cast<char>(limbs[i / 8] >> (8 * (i % 8)));
  }
}
// `count` bytes, least significant first, into zeroed limbs.
void copy_bytes_to_limbs(const char* bytes, size_t count, Limb* limbs) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(limbs, bytes, count);
  } else {
    for (size_t i = 0; i < count; ++i)
      limbs[i / 8] |= Limb{static_cast<uint8_t>(bytes[i])} << (8 * (i % 8));
  }
}
Limb byte_swapped(Limb x) { return __builtin_bswap64(x); }

// Two's complement negation of a little-endian byte string, in place.
void negate_bytes(std::string& bytes) {
  bool carry = true;
  for (char& c : bytes) {
    const unsigned sum = static_cast<unsigned>(static_cast<uint8_t>(~static_cast<uint8_t>(c))) +
                         (carry ? 1 : 0);
    c = static_cast<char>(sum & 0xFF);
    carry = sum > 0xFF;
  }
}

Value int_to_bytes(ThreadState&, Value self, const Args& args) {
  const std::array<Value, 3> bound = bind_bytes_arguments(args, "to_bytes", "length");
  int64_t length = 1;
  if (!bound[0].is_undefined()) {
    if (is_bigint(bound[0])) {
      raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    }
    if (!bound[0].is_int() && !bound[0].is_bool()) {
      raise(exc::TypeError, "'" + type_name(bound[0]) +
                                "' object cannot be interpreted as an integer");
    }
    length = bound[0].is_bool() ? bound[0].b : bound[0].i;
  }
  if (length < 0) raise(exc::ValueError, "length argument must be non-negative");
  const bool little = little_endian(bound[1], "to_bytes");
  const bool is_signed = !bound[2].is_undefined() && truthy(bound[2]);
  if ((self.is_int() || self.is_bool()) && length <= 8) {
    // A small int into at most 8 bytes (`i.to_bytes(4, "big")`): its two's complement bytes
    // written in place, once the range is checked as below.
    const int64_t v = self.is_int() ? self.i : int64_t{self.b};
    if (v < 0 && !is_signed) raise(exc::OverflowError, "can't convert negative int to unsigned");
    const int room = static_cast<int>(length) * 8;
    const bool fits = room == 64   ? true
                      : room == 0  ? v == 0 || (is_signed && v == -1)  // b'', as CPython's
                      : is_signed  ? v >= -(int64_t{1} << (room - 1)) && v < int64_t{1} << (room - 1)
                                   : static_cast<uint64_t>(v) >> room == 0;
    if (!fits) raise(exc::OverflowError, "int too big to convert");
    auto* made = new Bytes(static_cast<size_t>(length), '\0');
    char* const out = made->data.data();
    const auto u = static_cast<uint64_t>(v);
    for (int64_t k = 0; k < length; ++k)
      out[little ? k : length - 1 - k] = static_cast<char>(u >> (8 * k));
    return Value::object(made);
  }
  Limb scratch;
  const IntView x = int_view(self, scratch);
  if (x.negative && !is_signed) raise(exc::OverflowError, "can't convert negative int to unsigned");
  const uint64_t bits = bit_length_of(x);
  const uint64_t room = static_cast<uint64_t>(length) * 8;
  // A negative number of magnitude 2^(room-1) fits exactly; otherwise a signed one needs a sign bit.
  bool fits = bits <= room;
  if (fits && is_signed && bits == room && room > 0) {
    fits = false;
    if (x.negative) {  // fits only when the magnitude is exactly 2^(room-1)
      fits = true;
      for (uint32_t i = 0; i < x.size; ++i) {
        const Limb expected = (i == x.size - 1) ? Limb{1} << ((bits - 1) % 64) : 0;
        if (x.limbs[i] != expected) fits = false;
      }
    }
  }
  if (!fits) raise(exc::OverflowError, "int too big to convert");
  std::string bytes(static_cast<size_t>(length), '\0');  // little-endian while built
  copy_limb_bytes(x.limbs, std::min<size_t>(bytes.size(), size_t{x.size} * 8), bytes.data());
  if (x.negative) negate_bytes(bytes);
  if (!little) std::reverse(bytes.begin(), bytes.end());
  return make_bytes(std::move(bytes));
}

Value float_is_integer(ThreadState&, Value self, const Args& args) {
  args.expect("is_integer", 0, 0);
  return Value::boolean(std::isfinite(self.f) && std::floor(self.f) == self.f);
}

Value float_conjugate(ThreadState&, Value self, const Args& args) {
  args.expect("conjugate", 0, 0);
  return self;
}

// CPython's float_as_integer_ratio: the mantissa doubled until integral, then reduced by the
// power of two (the denominator is always one).
Value float_as_integer_ratio(ThreadState&, Value self, const Args& args) {
  args.expect("as_integer_ratio", 0, 0);
  if (std::isinf(self.f)) raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(self.f)) raise(exc::ValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double mantissa = std::frexp(self.f, &exponent);
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
    mantissa *= 2.0;
    --exponent;
  }
  Ref numerator = Ref::steal(make_int(BigInt::from_double(mantissa)));
  Ref denominator = Ref::steal(Value::integer(1));
  Ref shift = Ref::steal(Value::integer(exponent < 0 ? -exponent : exponent));
  if (exponent > 0) {
    numerator = Ref::steal(binary_op(Op::LSHIFT, numerator.get(), shift.get()));
  } else {
    denominator = Ref::steal(binary_op(Op::LSHIFT, denominator.get(), shift.get()));
  }
  return make_tuple({numerator.release(), denominator.release()});
}

// CPython's float_hex: 0x<digit>.<13 hex digits>p<exponent>, subnormals with a leading 0.
Value float_hex(ThreadState&, Value self, const Args& args) {
  args.expect("hex", 0, 0);
  const double x = self.f;
  if (std::isnan(x) || std::isinf(x)) return make_str(float_repr(x));
  if (x == 0.0) return make_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int exponent;
  double mantissa = std::frexp(std::fabs(x), &exponent);
  const int shift = 1 - std::max(-1021 - exponent, 0);  // DBL_MIN_EXP is -1021
  mantissa = std::ldexp(mantissa, shift);
  exponent -= shift;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string digits;
  digits += kHex[static_cast<int>(mantissa)];
  mantissa -= static_cast<int>(mantissa);
  digits += '.';
  for (int i = 0; i < 13; ++i) {  // (DBL_MANT_DIG - 1) / 4
    mantissa *= 16.0;
    digits += kHex[static_cast<int>(mantissa)];
    mantissa -= static_cast<int>(mantissa);
  }
  return make_str(std::string(x < 0 ? "-0x" : "0x") + digits + "p" + (exponent < 0 ? "-" : "+") +
                  std::to_string(exponent < 0 ? -exponent : exponent));
}

Value complex_conjugate(ThreadState&, Value self, const Args& args) {
  args.expect("conjugate", 0, 0);
  return make_complex(as_complex(self)->real, -as_complex(self)->imag);
}

Value complex_dunder_complex(ThreadState&, Value self, const Args& args) {
  args.expect("__complex__", 0, 0);
  incref(self);
  return self;
}

}  // namespace

const MethodTable& int_methods() {
  static const MethodTable table(with_special_methods(
      {
          {"bit_length", int_bit_length},
          {"bit_count", int_bit_count},
          {"to_bytes", int_to_bytes},
          {"as_integer_ratio", int_as_integer_ratio},
          {"conjugate", int_conjugate},
      },
      SpecialMethodsOf::kNumber));
  return table;
}

const MethodTable& float_methods() {
  static const MethodTable table(with_special_methods(
      {
          {"is_integer", float_is_integer},
          {"hex", float_hex},
          {"as_integer_ratio", float_as_integer_ratio},
          {"conjugate", float_conjugate},
      },
      SpecialMethodsOf::kNumber));
  return table;
}

const MethodTable& complex_methods() {
  static const MethodTable table(with_special_methods(
      {
          {"conjugate", complex_conjugate},
          {"__complex__", complex_dunder_complex},
      },
      SpecialMethodsOf::kNumber));
  return table;
}

Value number_data_attribute(Value number, std::string_view name) {
  if (is_integer_value(number)) {
    if (name == "real" || name == "numerator") return as_plain_int(number);
    if (name == "imag") return Value::integer(0);
    if (name == "denominator") return Value::integer(1);
  } else if (number.is_float()) {
    if (name == "real") return number;
    if (name == "imag") return Value::floating(0.0);
  } else if (is_complex(number)) {
    if (name == "real") return Value::floating(as_complex(number)->real);
    if (name == "imag") return Value::floating(as_complex(number)->imag);
  }
  return Value::undefined();
}

Value int_from_bytes(ThreadState&, Value, const Args& args) {
  const std::array<Value, 3> bound = bind_bytes_arguments(args, "from_bytes", "bytes");
  if (bound[0].is_undefined()) {
    raise(exc::TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  }
  std::string collected;  // the bytes of an iterable that is not a bytes object
  if (is_kind(bound[0], Kind::Str)) {
    raise(exc::TypeError, "cannot convert 'str' object to bytes");
  } else if (!is_kind(bound[0], Kind::Bytes)) {  // any iterable of ints in 0..255, as bytes()
    Ref iterator = Ref::steal(get_iterator(bound[0]));
    Value item;
    while (iterator_next(iterator.get(), item)) {
      Ref owned = Ref::steal(item);
      if (!item.is_int() && !item.is_bool()) {
        raise(exc::TypeError,
              "'" + type_name(item) + "' object cannot be interpreted as an integer");
      }
      const int64_t byte = item.is_bool() ? item.b : item.i;
      if (byte < 0 || byte > 255) raise(exc::ValueError, "bytes must be in range(0, 256)");
      collected += static_cast<char>(byte);
    }
  }
  const std::string_view bytes =
      is_kind(bound[0], Kind::Bytes) ? std::string_view(as_bytes(bound[0])->data) : collected;
  const bool little = little_endian(bound[1], "from_bytes");
  const bool is_signed = !bound[2].is_undefined() && truthy(bound[2]);
  // The limbs straight from the bytes, read in place: byte k (little-endian order) is bits
  // 8k..8k+7. A few limbs on the stack, more in a vector.
  const size_t n = bytes.size(), limb_count = (n + 7) / 8;
  if (limb_count > kMaxLimbs) raise(exc::OverflowError, "too many digits in integer");
  constexpr size_t kOnStack = 8;
  Limb on_stack[kOnStack];
  std::vector<Limb> on_heap;
  Limb* limbs = on_stack;
  if (limb_count > kOnStack) {
    on_heap.resize(limb_count);
    limbs = on_heap.data();
  }
  std::fill(limbs, limbs + limb_count, Limb{0});
  copy_bytes_to_limbs(bytes.data(), n, limbs);
  if (!little) {  // the bytes' order reversed: the limbs' order, and each limb's bytes
    std::reverse(limbs, limbs + limb_count);
    for (size_t i = 0; i < limb_count; ++i) limbs[i] = byte_swapped(limbs[i]);
    // The n bytes now end at the top of the limbs: shifted down over the zero padding.
    if (const unsigned pad = static_cast<unsigned>(limb_count * 8 - n) * 8) {
      for (size_t i = 0; i < limb_count; ++i) {
        limbs[i] = (limbs[i] >> pad) | (i + 1 < limb_count ? limbs[i + 1] << (64 - pad) : 0);
      }
    }
  }
  const bool negative = is_signed && n > 0 && (limbs[(n - 1) / 8] >> (8 * ((n - 1) % 8)) & 0x80);
  if (negative) {  // the magnitude 2^(8n) - value: negated over the limbs, cut to 8n bits
    unsigned char carry = 1;
    for (size_t i = 0; i < limb_count; ++i) {
      const Limb v = ~limbs[i] + carry;
      carry = carry && v == 0;
      limbs[i] = v;
    }
    if (n % 8) limbs[limb_count - 1] &= (Limb{1} << (8 * (n % 8))) - 1;
  }
  size_t size = limb_count;
  while (size > 0 && limbs[size - 1] == 0) --size;
  if (size <= 1 && (size == 0 || limbs[0] <= uint64_t{INT64_MAX})) {  // a small int, in line
    const auto magnitude = static_cast<int64_t>(size == 0 ? 0 : limbs[0]);
    return Value::integer(negative ? -magnitude : magnitude);
  }
  return make_int(IntView{limbs, static_cast<uint32_t>(size), negative && size > 0});
}

}  // namespace gilvm
