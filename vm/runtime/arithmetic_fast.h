// The arithmetic the interpreter does in line: two inline numbers (ints that fit in 64 bits,
// floats) whose result is again an inline number and raises nothing. Everything else (a result
// that overflows 64 bits, a zero divisor, a negative shift, bools, big ints, other types, float
// powers with a special case) answers false and goes the general way (operations.cpp), which
// gives the same results: these are shortcuts, never a second definition of Python's numbers.
// The float floor division and modulo that both use are defined here, once.
#pragma once

#include <cmath>
#include <cstdint>

#include "frontend/opcodes.h"
#include "runtime/value.h"

namespace gilvm {

// CPython's float_divmod (Objects/floatobject.c): the remainder takes the divisor's sign, a
// zero remainder is a zero of the divisor's sign, and the quotient is (a - mod) / b rounded to
// the nearest whole number, so that 1 // 0.1 is 9.0 as in Python, not floor(1 / 0.1) = 10.0.
// `b` is not 0.
inline double float_mod(double a, double b) {
  double mod = std::fmod(a, b);
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}
inline double float_floor_div(double a, double b) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0 && (b < 0) != (mod < 0)) div -= 1.0;
  if (div == 0) return std::copysign(0.0, a / b);
  double floor_div = std::floor(div);
  if (div - floor_div > 0.5) floor_div += 1.0;
  return floor_div;
}

namespace arithmetic_detail {

constexpr int64_t kExactInDouble = int64_t{1} << 53;

[[gnu::always_inline]] inline bool int_op(Op op, int64_t a, int64_t b, Value* out) {
  int64_t r;
  switch (op) {
    case Op::ADD:
      if (__builtin_add_overflow(a, b, &r)) return false;
      break;
    case Op::SUB:
      if (__builtin_sub_overflow(a, b, &r)) return false;
      break;
    case Op::MUL:
      if (__builtin_mul_overflow(a, b, &r)) return false;
      break;
    case Op::TRUEDIV:
      // Both exact as doubles, so one division rounds once, as CPython's fast path.
      if (b == 0 || a < -kExactInDouble || a > kExactInDouble || b < -kExactInDouble ||
          b > kExactInDouble)
        return false;
      *out = Value::floating(static_cast<double>(a) / static_cast<double>(b));
      return true;
    case Op::FLOORDIV:
      if (b == 0 || (a == INT64_MIN && b == -1)) return false;
      r = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --r;
      break;
    case Op::MOD:
      if (b == 0) return false;
      if (b == -1) {
        r = 0;
        break;
      }
      r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      break;
    case Op::POW: {
      if (b < 0) return false;
      int64_t base = a;
      r = 1;
      while (b > 0) {
        if ((b & 1) && __builtin_mul_overflow(r, base, &r)) return false;
        b >>= 1;
        if (b > 0 && __builtin_mul_overflow(base, base, &base)) return false;
      }
      break;
    }
    case Op::LSHIFT:
      if (b < 0 || b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) return false;
      r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
      break;
    case Op::RSHIFT:
      if (b < 0) return false;
      r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
      break;
    case Op::BIT_AND: r = a & b; break;
    case Op::BIT_OR: r = a | b; break;
    case Op::BIT_XOR: r = a ^ b; break;
    default: return false;
  }
  *out = Value::integer(r);
  return true;
}

[[gnu::always_inline]] inline bool float_op(Op op, double a, double b, Value* out) {
  double r;
  switch (op) {
    case Op::ADD: r = a + b; break;
    case Op::SUB: r = a - b; break;
    case Op::MUL: r = a * b; break;
    case Op::TRUEDIV:
      if (b == 0) return false;
      r = a / b;
      break;
    case Op::FLOORDIV:
      if (b == 0) return false;
      r = float_floor_div(a, b);
      break;
    case Op::MOD:
      if (b == 0) return false;
      r = float_mod(a, b);
      break;
    case Op::POW:
      // A positive finite base and a finite exponent with a finite result: C's pow is Python's.
      // Zero or negative bases, infinities, NaNs and overflow have Python's own rules.
      if (!(a > 0) || !std::isfinite(a) || !std::isfinite(b)) return false;
      r = std::pow(a, b);
      if (!std::isfinite(r)) return false;
      break;
    default: return false;  // shifts and bit operations are not defined on floats
  }
  *out = Value::floating(r);
  return true;
}

}  // namespace arithmetic_detail

// `a op b` into *out (which may be where `a` lies) when both are inline numbers and the result
// is one too; false, with *out untouched, otherwise. `op` is one of ADD..BIT_XOR; a constant in
// each opcode's case, so that only its own arm is compiled there.
[[gnu::always_inline]] inline bool fast_number_op(Op op, Value a, Value b, Value* out) {
  if (a.is_int() && b.is_int()) return arithmetic_detail::int_op(op, a.i, b.i, out);
  if (a.is_float() && b.is_float()) return arithmetic_detail::float_op(op, a.f, b.f, out);
  if (a.is_float() && b.is_int()) {
    return arithmetic_detail::float_op(op, a.f, static_cast<double>(b.i), out);
  }
  if (a.is_int() && b.is_float()) {
    return arithmetic_detail::float_op(op, static_cast<double>(a.i), b.f, out);
  }
  return false;
}

}  // namespace gilvm
