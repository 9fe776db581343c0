// Integers of any size. An int that fits in 64 bits is always an inline Tag::Int Value (the
// interpreter's fast paths add, subtract and multiply those with overflow checks); only a result
// that does not fit becomes a heap BigIntObject, and every big result that fits again comes back
// as an inline int, so one value has one representation and equal ints look alike.
// A BigIntObject never changes after it is made, so threads share it freely (no lock).
//
// Speed: the arithmetic reads its operands where they lie (an IntView of a BigIntObject's limbs,
// or of a one-limb copy of an inline int) and writes the result straight into the limbs of a new
// BigIntObject, which carries them in the same allocation: one allocation per big result and
// none for the operands. Limbs are 64 bits, with 128-bit products and quotients.
#pragma once

#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/object.h"

namespace gilvm {

using Limb = uint64_t;

// An integer's sign and magnitude, read in place: `size` base 2^64 limbs, least significant
// first, no leading zero limb (zero has size 0 and is never negative).
// Sixteen bytes, so that a view travels in two registers.
struct IntView {
  const Limb* limbs;
  uint32_t size;
  bool negative;
};
// Past this many limbs (2^37 bits) an int is refused ("too many digits in integer").
constexpr size_t kMaxLimbs = size_t{1} << 31;

// An owned integer, for the code that builds one step by step (parsing, conversions, pow with a
// modulus) rather than in a single operator.
class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(int64_t v);
  explicit BigInt(IntView v);
  static BigInt from_value(Value v);           // an int, a bool or a BigIntObject
  static BigInt from_double(double integral);  // a finite, integral double, exactly
  // Digits of `base` (2..36), no sign, no prefix, no separators; false if any is not a digit.
  static bool parse(std::string_view digits, int base, BigInt& out);

  IntView view() const { return {limbs_.data(), static_cast<uint32_t>(limbs_.size()), negative_}; }
  bool negative() const { return negative_; }
  bool is_zero() const { return limbs_.empty(); }
  bool fits_int64() const;
  int64_t to_int64() const;  // only when fits_int64()
  int compare(const BigInt& other) const;
  std::string to_string(int base) const;  // the magnitude's digits, lowercase, with '-' if negative

  BigInt operator-() const;
  BigInt operator-(const BigInt& b) const;
  BigInt operator*(const BigInt& b) const;
  // Floor division and the matching modulo, as Python's // and %. The divisor is not zero.
  void floor_divmod(const BigInt& divisor, BigInt& quotient, BigInt& remainder) const;

 private:
  bool negative_ = false;
  std::vector<Limb> limbs_;
};

// The heap form of an int beyond 64 bits; its limbs follow it in the same allocation, whose
// small sizes are recycled through a per-thread cache (see bigint.cpp).
struct BigIntObject final : Object {
  uint32_t size;
  bool negative;

  // Room for `capacity` limbs, size 0; filled in once, before the object is shared.
  static BigIntObject* allocate(size_t capacity);
  // The same from the thread's block cache alone: null when it holds no block of that size.
  static BigIntObject* from_cache(size_t capacity);
  // Reads the size class before the destructor ends the object's lifetime.
  static void operator delete(BigIntObject* object, std::destroying_delete_t);
  Limb* limbs() { return reinterpret_cast<Limb*>(this + 1); }
  const Limb* limbs() const { return reinterpret_cast<const Limb*>(this + 1); }
  IntView view() const { return {limbs(), size, negative}; }
  // How many limbs the block holds (0 when not known: an uncached size, allocated exactly).
  size_t capacity() const;

 private:
  uint8_t size_class_;
  explicit BigIntObject(uint8_t size_class)
      : Object(Kind::BigInt), size(0), negative(false), size_class_(size_class) {}
  static void* operator new(size_t, void* at) { return at; }
};
static_assert(sizeof(BigIntObject) % alignof(Limb) == 0, "the limbs follow the object");

inline bool is_bigint(Value v) { return is_kind(v, Kind::BigInt); }
inline IntView as_bigint(Value v) { return static_cast<const BigIntObject*>(v.obj)->view(); }
// Writes the decimal digits of `n` just before `end` and returns where they start (at most 20):
// from the right, four at a time as two from a "00".."99" table, with no divisions to measure them
// first. The one decimal writer of ints, small (format.cpp) and big (a chunk of int_digits).
inline char* write_decimal_digits(char* end, uint64_t n) {
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  while (n >= 10000) {  // four digits a pass: one 64-bit division by a constant, then 32-bit
    const uint64_t q = n / 10000;
    const auto r = static_cast<uint32_t>(n - q * 10000);
    const uint32_t high = r * 5243 >> 19, low = r - high * 100;  // r / 100 for r < 10000
    end -= 4;
    std::memcpy(end, kPairs + high * 2, 2);
    std::memcpy(end + 2, kPairs + low * 2, 2);
    n = q;
  }
  if (n >= 100) {
    const auto r = static_cast<uint32_t>(n);
    const uint32_t high = r * 5243 >> 19;
    end -= 2;
    std::memcpy(end, kPairs + (r - high * 100) * 2, 2);
    n = high;
  }
  if (n >= 10) {
    end -= 2;
    std::memcpy(end, kPairs + n * 2, 2);
  } else {
    *--end = static_cast<char>('0' + n);
  }
  return end;
}

// An int, a bool or a BigIntObject, read in place; `scratch` holds an inline int's magnitude.
inline IntView int_view(Value v, Limb& scratch) {
  if (v.is_obj()) return as_bigint(v);
  int64_t i = v.is_bool() ? (v.b ? 1 : 0) : v.i;
  scratch = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  return {&scratch, scratch != 0, i < 0};
}

// The Value of an integer: inline when it fits in 64 bits, else a new BigIntObject.
Value make_int(const BigInt& value);
Value make_int(IntView value);
// An arithmetic operator (ADD .. BIT_XOR except TRUEDIV) on two integers, at least one of them
// big or the 64-bit result having overflowed. POW with a negative exponent gives a float.
Value big_integer_op(Op op, IntView a, IntView b);
// The same on two Values (inline ints, bools or BigIntObjects), read in place.
Value big_integer_op(Op op, Value a, Value b);
// a op= b written into `a` itself, for the caller that holds the only references to it (the
// interpreter's `x op= y` whose result replaces x). ADD and SUB of magnitudes that add up and
// MUL by an inline int, when a's block has the room, ADD and SUB of a magnitude at least two
// limbs shorter than a's that is taken off, and FLOORDIV of at least three limbs by a one-limb
// int: results that stay beyond 64 bits. False
// (a untouched) otherwise, for the general path to make a new object.
bool big_integer_op_in_place(Op op, BigIntObject* a, Value b);
// The interpreter's ADD, SUB or MUL (binary or in place) of sp[-2] and sp[-1], two inline ints
// (whose 64-bit result overflowed) or big ints: the result replaces both, and the new stack top
// is returned. A big left operand that only the stack refers to (a temporary, such as the
// product in `x * y + z`) takes the result in its own block when it can (not free-threaded).
// One function per operator, each with one frame for the whole: the loops of big-int sums
// spend as much on layers of calls as on the limbs.
template <Op kOp>
Value* big_integer_op_on_stack(Value* sp);
// The same for the other operators but TRUEDIV (FLOORDIV and MOD by a nonzero divisor only:
// the caller makes the ZeroDivisionError).
Value* big_integer_any_op_on_stack(Value* sp, Op op);
// Frees a big int whose last reference is gone, straight into the block cache.
void free_bigint(Object* object);
// divmod(a, b) of two ints, at least one of them big: one division for both results.
Value big_integer_divmod(IntView a, IntView b);
// a / b of two ints, correctly rounded as CPython's int true division (no double rounding).
double int_true_divide(IntView a, IntView b);
// -x, +x, ~x and abs(x) of a big int.
Value big_integer_unary(Op op, IntView x);
Value big_integer_abs(IntView x);
// pow(base, exponent, modulus) of ints; the caller checked that all three are ints.
Value int_pow_mod(Value base, Value exponent, Value modulus);
int compare_ints(IntView a, IntView b);  // -1, 0 or 1
size_t hash_int(IntView x);  // CPython's, of an int beyond 64 bits (or a float equal to one)
// float(x) of an int of any size; OverflowError when out of a float's range.
double int_to_double(Value integer);
double int_to_double(IntView integer);
// CPython 3.11's limit on conversions between int and decimal text (sys.set_int_max_str_digits),
// whose cost grows with the square of the digits: a ValueError past it. Bases that are powers of
// two convert in linear time and have none.
constexpr int kDefaultIntMaxStrDigits = 4300;
constexpr int kIntMaxStrDigitsThreshold = 640;  // the least limit but 0 (none) that can be set
int int_max_str_digits();  // the running VM's (vm.cpp); the default outside any VM thread
// Raises that ValueError for text of `digits` digits converted to an int, past the limit.
void check_int_str_digits(size_t digits);
// The digits of an int of any size in `base`, and its sign. Decimal digits are limited as above.
std::string int_digits(Value integer, int base, bool& negative);
std::string int_digits(IntView integer, int base);  // with '-' if negative
// Compares an int of any size with a float exactly, as Python does (no rounding of the int).
// Returns -1, 0 or 1; `unordered` is set when the float is a NaN.
int compare_int_float(Value integer, double f, bool& unordered);

}  // namespace gilvm
