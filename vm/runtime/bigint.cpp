// Arbitrary-precision integers: schoolbook algorithms on base 2^32 limbs. Tutorial programs
// print fib(100) and 2**100, not million-digit numbers, so clarity wins over asymptotics.
#include "runtime/bigint.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "runtime/exceptions.h"

namespace gilvm {

namespace {
constexpr uint64_t kLimbBase = uint64_t{1} << 32;
}

BigInt::BigInt(int64_t v) {
  negative_ = v < 0;
  uint64_t magnitude = negative_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (magnitude) {
    limbs_.push_back(static_cast<uint32_t>(magnitude));
    magnitude >>= 32;
  }
}

BigInt BigInt::from_value(Value v) {
  if (v.is_bool()) return BigInt(v.b ? 1 : 0);
  if (v.is_int()) return BigInt(v.i);
  return as_bigint(v);
}

BigInt BigInt::from_double(double integral) {
  BigInt out;
  double magnitude = std::fabs(integral);
  int exponent = 0;
  double fraction = std::frexp(magnitude, &exponent);  // magnitude = fraction * 2^exponent
  // 53 significant bits as an integer, then shifted into place.
  auto mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  out = BigInt(static_cast<int64_t>(mantissa));
  out = exponent >= 53 ? out.shifted_left(static_cast<uint64_t>(exponent - 53))
                       : out.shifted_right(static_cast<uint64_t>(53 - exponent));
  if (integral < 0) out = -out;
  return out;
}

bool BigInt::parse(std::string_view digits, int base, BigInt& out) {
  out = BigInt();
  if (digits.empty()) return false;
  for (char c : digits) {
    int d = (c >= '0' && c <= '9')   ? c - '0'
            : (c >= 'a' && c <= 'z') ? c - 'a' + 10
            : (c >= 'A' && c <= 'Z') ? c - 'A' + 10
                                     : 99;
    if (d >= base) return false;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& limb : out.limbs_) {
      uint64_t x = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(x);
      carry = x >> 32;
    }
    if (carry) out.limbs_.push_back(static_cast<uint32_t>(carry));
  }
  out.trim();
  return true;
}

void BigInt::trim() {
  while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
  if (limbs_.empty()) negative_ = false;
}

bool BigInt::fits_int64() const {
  if (limbs_.size() <= 1) return true;
  if (limbs_.size() > 2) return false;
  uint64_t magnitude = (static_cast<uint64_t>(limbs_[1]) << 32) | limbs_[0];
  return negative_ ? magnitude <= (uint64_t{1} << 63) : magnitude < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  uint64_t magnitude = 0;
  for (size_t i = limbs_.size(); i-- > 0;) magnitude = (magnitude << 32) | limbs_[i];
  return negative_ ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

double BigInt::to_double() const {
  // The top 64 bits with a sticky bit for any lower one, so that the one rounding of the
  // conversion to double is the correct one; then scaled into place.
  size_t n = limbs_.size();
  if (n == 0) return 0.0;
  uint64_t total_bits = (n - 1) * 32 + static_cast<uint64_t>(32 - __builtin_clz(limbs_.back()));
  uint64_t top = 0;
  uint64_t shift = 0;
  if (total_bits <= 64) {
    for (size_t i = n; i-- > 0;) top = (top << 32) | limbs_[i];
  } else {
    shift = total_bits - 64;
    BigInt magnitude = negative_ ? -*this : *this;
    BigInt high = magnitude.shifted_right(shift);
    top = static_cast<uint64_t>(high.limbs_[0]) | (static_cast<uint64_t>(high.limbs_[1]) << 32);
    if (high.shifted_left(shift).compare(magnitude) != 0) top |= 1;
  }
  double d =
      std::ldexp(static_cast<double>(top), static_cast<int>(std::min<uint64_t>(shift, 1 << 20)));
  if (std::isinf(d)) raise(exc::OverflowError, "int too large to convert to float");
  return negative_ ? -d : d;
}

int BigInt::compare_magnitude(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int BigInt::compare(const BigInt& other) const {
  if (negative_ != other.negative_) return negative_ ? -1 : 1;
  int c = compare_magnitude(limbs_, other.limbs_);
  return negative_ ? -c : c;
}

std::vector<uint32_t> BigInt::add_magnitude(const std::vector<uint32_t>& a,
                                            const std::vector<uint32_t>& b) {
  const auto& longer = a.size() >= b.size() ? a : b;
  const auto& shorter = a.size() >= b.size() ? b : a;
  std::vector<uint32_t> out(longer.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < longer.size(); ++i) {
    uint64_t x = static_cast<uint64_t>(longer[i]) + (i < shorter.size() ? shorter[i] : 0) + carry;
    out[i] = static_cast<uint32_t>(x);
    carry = x >> 32;
  }
  out[longer.size()] = static_cast<uint32_t>(carry);
  return out;
}

std::vector<uint32_t> BigInt::sub_magnitude(const std::vector<uint32_t>& a,
                                            const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t x = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = x < 0;
    out[i] = static_cast<uint32_t>(x + (borrow ? static_cast<int64_t>(kLimbBase) : 0));
  }
  return out;
}

BigInt BigInt::operator-() const {
  BigInt out = *this;
  if (!out.is_zero()) out.negative_ = !negative_;
  return out;
}

BigInt BigInt::operator+(const BigInt& b) const {
  BigInt out;
  if (negative_ == b.negative_) {
    out.limbs_ = add_magnitude(limbs_, b.limbs_);
    out.negative_ = negative_;
  } else if (compare_magnitude(limbs_, b.limbs_) >= 0) {
    out.limbs_ = sub_magnitude(limbs_, b.limbs_);
    out.negative_ = negative_;
  } else {
    out.limbs_ = sub_magnitude(b.limbs_, limbs_);
    out.negative_ = b.negative_;
  }
  out.trim();
  return out;
}

BigInt BigInt::operator-(const BigInt& b) const { return *this + (-b); }

BigInt BigInt::operator*(const BigInt& b) const {
  BigInt out;
  if (is_zero() || b.is_zero()) return out;
  out.limbs_.assign(limbs_.size() + b.limbs_.size(), 0);
  for (size_t i = 0; i < limbs_.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.limbs_.size(); ++j) {
      uint64_t x = static_cast<uint64_t>(limbs_[i]) * b.limbs_[j] + out.limbs_[i + j] + carry;
      out.limbs_[i + j] = static_cast<uint32_t>(x);
      carry = x >> 32;
    }
    out.limbs_[i + b.limbs_.size()] = static_cast<uint32_t>(carry);
  }
  out.negative_ = negative_ != b.negative_;
  out.trim();
  return out;
}

uint32_t BigInt::divide_small(std::vector<uint32_t>& a, uint32_t divisor) {
  uint64_t remainder = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t x = (remainder << 32) | a[i];
    a[i] = static_cast<uint32_t>(x / divisor);
    remainder = x % divisor;
  }
  while (!a.empty() && a.back() == 0) a.pop_back();
  return static_cast<uint32_t>(remainder);
}

// Truncating division of magnitudes: one limb at a time for a one-limb divisor, else bit by bit
// (shift-and-subtract), which is quadratic in the bit count and ample for tutorial sizes.
void BigInt::divmod_magnitude(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                              std::vector<uint32_t>& quotient, std::vector<uint32_t>& remainder) {
  if (b.size() == 1) {
    quotient = a;
    uint32_t r = divide_small(quotient, b[0]);
    remainder.clear();
    if (r) remainder.push_back(r);
    return;
  }
  quotient.assign(a.size(), 0);
  BigInt r;
  BigInt divisor;
  divisor.limbs_ = b;
  for (size_t bit = a.size() * 32; bit-- > 0;) {
    r = r.shifted_left(1);
    if ((a[bit / 32] >> (bit % 32)) & 1) {
      if (r.limbs_.empty()) r.limbs_.push_back(0);
      r.limbs_[0] |= 1;
    }
    if (compare_magnitude(r.limbs_, divisor.limbs_) >= 0) {
      r.limbs_ = sub_magnitude(r.limbs_, divisor.limbs_);
      r.trim();
      quotient[bit / 32] |= uint32_t{1} << (bit % 32);
    }
  }
  while (!quotient.empty() && quotient.back() == 0) quotient.pop_back();
  remainder = r.limbs_;
}

void BigInt::floor_divmod(const BigInt& divisor, BigInt& quotient, BigInt& remainder) const {
  quotient = BigInt();
  remainder = BigInt();
  divmod_magnitude(limbs_, divisor.limbs_, quotient.limbs_, remainder.limbs_);
  quotient.negative_ = negative_ != divisor.negative_;
  remainder.negative_ = negative_;
  quotient.trim();
  remainder.trim();
  // Truncation rounds toward zero; Python floors, so a remainder whose sign differs from the
  // divisor's moves the quotient down by one.
  if (!remainder.is_zero() && remainder.negative_ != divisor.negative_) {
    quotient = quotient - BigInt(1);
    remainder = remainder + divisor;
  }
}

BigInt BigInt::pow(uint64_t exponent) const {
  BigInt result(1), base = *this;
  while (exponent) {
    if (exponent & 1) result = result * base;
    exponent >>= 1;
    if (exponent) base = base * base;
  }
  return result;
}

BigInt BigInt::shifted_left(uint64_t bits) const {
  if (is_zero()) return *this;
  BigInt out;
  out.negative_ = negative_;
  size_t limbs = static_cast<size_t>(bits / 32);
  unsigned shift = static_cast<unsigned>(bits % 32);
  out.limbs_.assign(limbs, 0);
  uint32_t carry = 0;
  for (uint32_t limb : limbs_) {
    out.limbs_.push_back(shift ? (limb << shift) | carry : limb);
    carry = shift ? limb >> (32 - shift) : 0;
  }
  if (carry) out.limbs_.push_back(carry);
  return out;
}

BigInt BigInt::shifted_right(uint64_t bits) const {
  if (negative_) return -((-*this - BigInt(1)).shifted_right(bits)) - BigInt(1);  // floor
  BigInt out;
  size_t limbs = static_cast<size_t>(bits / 32);
  if (limbs >= limbs_.size()) return out;
  unsigned shift = static_cast<unsigned>(bits % 32);
  for (size_t i = limbs; i < limbs_.size(); ++i) {
    uint64_t x = limbs_[i] >> shift;
    if (shift && i + 1 < limbs_.size()) x |= static_cast<uint64_t>(limbs_[i + 1]) << (32 - shift);
    out.limbs_.push_back(static_cast<uint32_t>(x));
  }
  out.trim();
  return out;
}

BigInt BigInt::bitwise(Op op, const BigInt& b) const {
  // Two's complement over enough limbs for both, plus a sign limb.
  size_t n = std::max(limbs_.size(), b.limbs_.size()) + 1;
  auto twos = [n](const BigInt& x) {
    std::vector<uint32_t> out(x.limbs_);
    out.resize(n, 0);
    if (x.negative_) {
      uint64_t carry = 1;
      for (uint32_t& limb : out) {
        uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
        limb = static_cast<uint32_t>(v);
        carry = v >> 32;
      }
    }
    return out;
  };
  std::vector<uint32_t> x = twos(*this), y = twos(b), r(n);
  for (size_t i = 0; i < n; ++i)
    r[i] = op == Op::BIT_AND ? (x[i] & y[i]) : op == Op::BIT_OR ? (x[i] | y[i]) : (x[i] ^ y[i]);
  BigInt out;
  out.negative_ = (r[n - 1] >> 31) != 0;
  if (out.negative_) {  // back to sign and magnitude
    uint64_t carry = 1;
    for (uint32_t& limb : r) {
      uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
  }
  out.limbs_ = std::move(r);
  out.trim();
  return out;
}

std::string BigInt::to_string(int base) const {
  if (is_zero()) return "0";
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  std::vector<uint32_t> rest = limbs_;
  // Peel off the largest power of `base` that fits in a limb at a time.
  uint32_t chunk = static_cast<uint32_t>(base);
  int chunk_digits = 1;
  while (static_cast<uint64_t>(chunk) * static_cast<uint64_t>(base) < kLimbBase) {
    chunk *= static_cast<uint32_t>(base);
    ++chunk_digits;
  }
  while (!rest.empty()) {
    uint32_t r = divide_small(rest, chunk);
    for (int i = 0; i < chunk_digits && (r || !rest.empty()); ++i) {
      out += kDigits[r % static_cast<uint32_t>(base)];
      r /= static_cast<uint32_t>(base);
    }
  }
  if (negative_) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

size_t BigInt::hash() const {
  size_t h = negative_ ? 0x9e3779b97f4a7c15u : 0;
  for (uint32_t limb : limbs_) h = h * 1000003u ^ std::hash<uint32_t>{}(limb);
  return h;
}

Value make_int(BigInt value) {
  if (value.fits_int64()) return Value::integer(value.to_int64());
  return Value::object(new BigIntObject(std::move(value)));
}

Value big_integer_op(Op op, const BigInt& a, const BigInt& b) {
  switch (op) {
    case Op::ADD: return make_int(a + b);
    case Op::SUB: return make_int(a - b);
    case Op::MUL: return make_int(a * b);
    case Op::FLOORDIV:
    case Op::MOD: {
      if (b.is_zero())
        raise(exc::ZeroDivisionError,
              op == Op::MOD ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, r;
      a.floor_divmod(b, q, r);
      return make_int(std::move(op == Op::MOD ? r : q));
    }
    case Op::POW:
      if (b.negative()) return Value::floating(std::pow(a.to_double(), b.to_double()));
      if (!b.fits_int64()) {
        if (a.is_zero() || a.compare(BigInt(1)) == 0) return make_int(a);
        if (a.compare(BigInt(-1)) == 0)
          return make_int(b.bitwise(Op::BIT_AND, BigInt(1)).is_zero() ? BigInt(1) : a);
        raise(exc::OverflowError, "exponent too large");
      }
      return make_int(a.pow(static_cast<uint64_t>(b.to_int64())));
    case Op::LSHIFT:
    case Op::RSHIFT:
      if (b.negative()) raise(exc::ValueError, "negative shift count");
      if (op == Op::RSHIFT)
        return make_int(b.fits_int64() ? a.shifted_right(static_cast<uint64_t>(b.to_int64()))
                                       : BigInt(a.negative() ? -1 : 0));
      if (a.is_zero()) return Value::integer(0);
      if (!b.fits_int64() || b.to_int64() > (int64_t{1} << 40))
        raise(exc::OverflowError, "too many digits in integer");
      return make_int(a.shifted_left(static_cast<uint64_t>(b.to_int64())));
    case Op::BIT_AND:
    case Op::BIT_OR:
    case Op::BIT_XOR: return make_int(a.bitwise(op, b));
    default: break;
  }
  raise(exc::RuntimeError, "bad integer operator");
}

double int_to_double(Value integer) {
  if (integer.is_bool()) return integer.b ? 1.0 : 0.0;
  if (integer.is_int()) return static_cast<double>(integer.i);
  return as_bigint(integer).to_double();
}

std::string int_digits(Value integer, int base, bool& negative) {
  if (integer.is_int() || integer.is_bool()) {
    int64_t i = integer.is_bool() ? integer.b : integer.i;
    negative = i < 0;
    uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    if (magnitude == 0) return "0";
    std::string out;
    while (magnitude) {
      out += "0123456789abcdef"[magnitude % static_cast<uint64_t>(base)];
      magnitude /= static_cast<uint64_t>(base);
    }
    std::reverse(out.begin(), out.end());
    return out;
  }
  const BigInt& big = as_bigint(integer);
  negative = big.negative();
  std::string out = big.to_string(base);
  if (negative) out.erase(0, 1);
  return out;
}

int compare_int_float(Value integer, double f, bool& unordered) {
  unordered = std::isnan(f);
  if (unordered) return 0;
  if (std::isinf(f)) return f > 0 ? -1 : 1;
  // Compare the int with floor(f) exactly; a fractional part breaks a tie in f's favour.
  double floor_f = std::floor(f);
  int c = BigInt::from_value(integer).compare(BigInt::from_double(floor_f));
  if (c != 0) return c;
  return floor_f == f ? 0 : -1;
}

}  // namespace gilvm
