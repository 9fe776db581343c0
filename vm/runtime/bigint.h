// Integers of any size. An int that fits in 64 bits is always an inline Tag::Int Value (the
// interpreter's fast paths add, subtract and multiply those with overflow checks); only a result
// that does not fit becomes a heap BigIntObject, and every big result that fits again comes back
// as an inline int (make_int), so one value has one representation and equal ints look alike.
// A BigIntObject never changes after it is made, so threads share it freely (no lock).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/object.h"

namespace gilvm {

// Sign and magnitude; the magnitude in base 2^32 limbs, least significant first, no leading
// zero limb (zero is the empty magnitude and is never negative).
class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(int64_t v);
  static BigInt from_value(Value v);           // an int, a bool or a BigIntObject
  static BigInt from_double(double integral);  // a finite, integral double, exactly
  // Digits of `base` (2..36), no sign, no prefix, no separators; false if any is not a digit.
  static bool parse(std::string_view digits, int base, BigInt& out);

  bool negative() const { return negative_; }
  bool is_zero() const { return limbs_.empty(); }
  bool fits_int64() const;
  int64_t to_int64() const;  // only when fits_int64()
  double to_double() const;  // raises OverflowError when too large for a float
  int compare(const BigInt& other) const;
  std::string to_string(int base) const;  // the magnitude's digits, lowercase, with '-' if negative
  size_t hash() const;

  BigInt operator-() const;
  BigInt operator+(const BigInt& b) const;
  BigInt operator-(const BigInt& b) const;
  BigInt operator*(const BigInt& b) const;
  // Floor division and the matching modulo, as Python's // and %. The divisor is not zero.
  void floor_divmod(const BigInt& divisor, BigInt& quotient, BigInt& remainder) const;
  BigInt pow(uint64_t exponent) const;
  BigInt shifted_left(uint64_t bits) const;
  BigInt shifted_right(uint64_t bits) const;     // floors, as Python's >>
  BigInt bitwise(Op op, const BigInt& b) const;  // BIT_AND, BIT_OR, BIT_XOR on two's complement
  BigInt inverted() const { return -*this - BigInt(1); }  // ~x

 private:
  bool negative_ = false;
  std::vector<uint32_t> limbs_;
  void trim();
  static int compare_magnitude(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> add_magnitude(const std::vector<uint32_t>& a,
                                             const std::vector<uint32_t>& b);
  static std::vector<uint32_t> sub_magnitude(const std::vector<uint32_t>& a,
                                             const std::vector<uint32_t>& b);  // a >= b
  static void divmod_magnitude(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                               std::vector<uint32_t>& quotient, std::vector<uint32_t>& remainder);
  static uint32_t divide_small(std::vector<uint32_t>& a,
                               uint32_t divisor);  // in place; returns the remainder
};

struct BigIntObject : Object {
  const BigInt value;
  explicit BigIntObject(BigInt v) : Object(Kind::BigInt), value(std::move(v)) {}
};

inline bool is_bigint(Value v) { return is_kind(v, Kind::BigInt); }
inline const BigInt& as_bigint(Value v) { return static_cast<BigIntObject*>(v.obj)->value; }

// The Value of an integer: inline when it fits in 64 bits, else a new BigIntObject.
Value make_int(BigInt value);
// An arithmetic operator (ADD .. BIT_XOR except TRUEDIV) on two integers, at least one of them
// big or the 64-bit result having overflowed. POW with a negative exponent gives a float.
Value big_integer_op(Op op, const BigInt& a, const BigInt& b);
// float(x) of an int of any size; OverflowError when out of a float's range.
double int_to_double(Value integer);
// The digits of an int of any size in `base`, and its sign.
std::string int_digits(Value integer, int base, bool& negative);
// Compares an int of any size with a float exactly, as Python does (no rounding of the int).
// Returns -1, 0 or 1; `unordered` is set when the float is a NaN.
int compare_int_float(Value integer, double f, bool& unordered);

}  // namespace gilvm
