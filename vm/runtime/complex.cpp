#include "runtime/complex.h"

#include <cmath>
#include <cstdlib>

#include "runtime/bigint.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/operations.h"
#include "runtime/set.h"

namespace gilvm {

// ---------------------------------------------------------------------------------------------
// CPython's elementary operations (Objects/complexobject.c).

namespace {

ComplexValue product(ComplexValue a, ComplexValue b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// c_powu: by repeated squaring.
ComplexValue power_unsigned(ComplexValue x, long n) {
  ComplexValue r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = product(r, p);
    mask <<= 1;
    p = product(p, p);
  }
  return r;
}

[[noreturn]] void raise_zero_power() {
  raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
}

}  // namespace

ComplexValue complex_quotient(ComplexValue a, ComplexValue b, bool& by_zero) {
  // Smith's algorithm: numerator and denominator divided by the larger of b's parts.
  by_zero = false;
  const double abs_real = b.real < 0 ? -b.real : b.real;
  const double abs_imag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) {
      by_zero = true;
      return {0.0, 0.0};
    }
    const double ratio = b.imag / b.real;
    const double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_imag >= abs_real) {
    const double ratio = b.real / b.imag;
    const double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

ComplexValue complex_power(ComplexValue a, ComplexValue b) {
  ComplexValue r;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    // c_powi: exact products for a small integral exponent.
    const auto n = static_cast<long>(b.real);
    if (n > 0) {
      r = power_unsigned(a, n);
    } else {
      bool by_zero;
      r = complex_quotient({1.0, 0.0}, power_unsigned(a, -n), by_zero);
      if (by_zero) raise_zero_power();
    }
  } else if (b.real == 0.0 && b.imag == 0.0) {
    r = {1.0, 0.0};
  } else if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) raise_zero_power();
    r = {0.0, 0.0};
  } else {  // _Py_c_pow
    const double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    const double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= std::exp(at * b.imag);
      phase += b.imag * std::log(vabs);
    }
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow.
  if (std::isinf(r.real) || std::isinf(r.imag)) raise(exc::OverflowError, "complex exponentiation");
  return r;
}

double complex_abs(ComplexValue z) {
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    // C99: an infinite part makes the result infinite, even with a NaN in the other.
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return NAN;
  }
  const double result = std::hypot(z.real, z.imag);
  if (!std::isfinite(result)) raise(exc::OverflowError, "absolute value too large");
  return result;
}

bool complex_operand(Value v, ComplexValue& out) {
  switch (v.tag) {
    case Tag::Int: out = {static_cast<double>(v.i), 0.0}; return true;
    case Tag::Float: out = {v.f, 0.0}; return true;
    case Tag::Bool: out = {v.b ? 1.0 : 0.0, 0.0}; return true;
    case Tag::Obj:
      if (v.obj->kind == Kind::Complex) {
        out = {as_complex(v)->real, as_complex(v)->imag};
        return true;
      }
      if (v.obj->kind == Kind::BigInt) {
        out = {int_to_double(v), 0.0};
        return true;
      }
      return false;
    default: return false;
  }
}

ComplexValue complex_arithmetic(Op op, ComplexValue a, ComplexValue b) {
  switch (op) {
    case Op::ADD: return {a.real + b.real, a.imag + b.imag};
    case Op::SUB: return {a.real - b.real, a.imag - b.imag};
    case Op::MUL: return product(a, b);
    case Op::TRUEDIV: {
      bool by_zero;
      const ComplexValue q = complex_quotient(a, b, by_zero);
      if (by_zero) raise(exc::ZeroDivisionError, "complex division by zero");
      return q;
    }
    default: return complex_power(a, b);
  }
}

namespace {

// A complex, float or inline int's parts (complex_stack_operands() checked the kinds).
[[gnu::always_inline]] inline ComplexValue stack_parts(Value v) {
  if (v.tag == Tag::Obj) return {as_complex(v)->real, as_complex(v)->imag};
  return {v.is_int() ? static_cast<double>(v.i) : v.f, 0.0};
}

template <Op kOp>
[[gnu::always_inline]] inline bool stack_arithmetic(Value a, Value b, ComplexValue& r) {
  const ComplexValue x = stack_parts(a), y = stack_parts(b);
  if constexpr (kOp == Op::ADD) {
    r = {x.real + y.real, x.imag + y.imag};
  } else if constexpr (kOp == Op::SUB) {
    r = {x.real - y.real, x.imag - y.imag};
  } else if constexpr (kOp == Op::MUL) {
    r = product(x, y);
  } else {
    static_assert(kOp == Op::TRUEDIV);
    bool by_zero;
    r = complex_quotient(x, y, by_zero);
    if (by_zero) return false;
  }
  return true;
}

// A complex that only the caller's reference holds: it may take the result.
[[gnu::always_inline]] inline bool reusable(Value v) {
  return v.tag == Tag::Obj && uniquely_referenced(*v.obj);
}

[[gnu::always_inline]] inline void store(Value v, ComplexValue r) {
  as_complex(v)->real = r.real;
  as_complex(v)->imag = r.imag;
}

}  // namespace

template <Op kOp>
Value* complex_op_on_stack(Value* sp) {
  const Value a = sp[-2], b = sp[-1];
  ComplexValue r;
  if (!stack_arithmetic<kOp>(a, b, r)) return nullptr;
  if (reusable(a)) {
    store(a, r);
    decref(b);
  } else if (reusable(b)) {
    store(b, r);
    decref(a);
    sp[-2] = b;
  } else {
    decref(b);
    decref(a);
    sp[-2] = make_complex(r);
  }
  return sp - 1;
}

template <Op kOp>
bool complex_op_on_top(Value* top, Value b) {
  const Value a = *top;
  ComplexValue r;
  if (!complex_stack_operands(a, b) || !stack_arithmetic<kOp>(a, b, r)) return false;
  if (reusable(a)) {
    store(a, r);
  } else {
    decref(a);
    *top = make_complex(r);
  }
  return true;
}

template <Op kOp>
bool complex_op_of_values(Value a, Value b, Value* out) {
  ComplexValue r;
  if (!complex_stack_operands(a, b) || !stack_arithmetic<kOp>(a, b, r)) return false;
  *out = make_complex(r);
  return true;
}

#define INSTANTIATE(op)                                         \
  template Value* complex_op_on_stack<Op::op>(Value*);          \
  template bool complex_op_on_top<Op::op>(Value*, Value);       \
  template bool complex_op_of_values<Op::op>(Value, Value, Value*);
INSTANTIATE(ADD)
INSTANTIATE(SUB)
INSTANTIATE(MUL)
INSTANTIATE(TRUEDIV)
#undef INSTANTIATE

Value* complex_op_on_stack(Value* sp, Op op) {
  switch (op) {
    case Op::ADD: return complex_op_on_stack<Op::ADD>(sp);
    case Op::SUB: return complex_op_on_stack<Op::SUB>(sp);
    case Op::MUL: return complex_op_on_stack<Op::MUL>(sp);
    case Op::TRUEDIV: return complex_op_on_stack<Op::TRUEDIV>(sp);
    default: return nullptr;
  }
}

bool complex_equals(const Complex& z, Value other, bool& comparable) {
  comparable = true;
  if (other.is_int() || other.is_bool() || is_bigint(other)) {
    // An int compares with the real part exactly (as a float with an int).
    return z.imag == 0.0 && values_equal(Value::floating(z.real), other);
  }
  if (other.is_float()) return z.real == other.f && z.imag == 0.0;
  if (is_complex(other)) return z.real == as_complex(other)->real && z.imag == as_complex(other)->imag;
  comparable = false;
  return false;
}

size_t complex_hash(const Complex& z) {
  // set_hash_other() of a float is CPython's hash of it.
  const size_t real = set_hash_other(Value::floating(z.real));
  const size_t imag = set_hash_other(Value::floating(z.imag));
  size_t combined = real + 1000003 * imag;
  if (combined == static_cast<size_t>(-1)) combined = static_cast<size_t>(-2);
  return combined;
}

namespace {
// PyOS_double_to_string(d, 'r', 0, flags): repr's digits without the ".0" a float's repr adds,
// a NaN unsigned, and with `sign` a '+' before what is not negative.
void append_part(std::string& out, double d, bool sign) {
  std::string text = std::isnan(d) ? "nan" : float_repr(d);
  if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
  if (sign && text[0] != '-') out += '+';
  out += text;
}
}  // namespace

std::string complex_repr(double real, double imag) {
  std::string out;
  if (real == 0.0 && !std::signbit(real)) {  // +0 real part: the imaginary part alone
    append_part(out, imag, false);
    out += 'j';
    return out;
  }
  out += '(';
  append_part(out, real, false);
  append_part(out, imag, true);
  out += "j)";
  return out;
}

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// PyOS_string_to_double at `s`: the longest float literal there ([sign] digits [. digits]
// [e [sign] digits], or inf, infinity, nan in any case); false, `s` unmoved, if none.
bool read_double(const char*& s, double& out) {
  const char* p = s;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  const auto word = [&p](const char* w) {
    size_t n = 0;
    for (; w[n]; ++n) {
      if ((p[n] | 0x20) != w[n]) return false;
    }
    p += n;
    return true;
  };
  if (word("infinity") || word("inf")) {
    out = negative ? -INFINITY : INFINITY;
    s = p;
    return true;
  }
  if (word("nan")) {
    out = negative ? -NAN : NAN;
    s = p;
    return true;
  }
  const char* digits_start = p;
  bool any = false;
  while (is_digit(*p)) ++p, any = true;
  if (*p == '.') {
    ++p;
    while (is_digit(*p)) ++p, any = true;
  }
  if (!any) return false;
  if (*p == 'e' || *p == 'E') {
    const char* e = p + 1;
    if (*e == '+' || *e == '-') ++e;
    if (is_digit(*e)) {
      while (is_digit(*e)) ++e;
      p = e;
    }
  }
  const std::string text(digits_start, p);
  const double magnitude = std::strtod(text.c_str(), nullptr);  // inf or 0 out of range, as CPython
  out = negative ? -magnitude : magnitude;
  s = p;
  return true;
}

}  // namespace

bool parse_complex(std::string_view input, ComplexValue& out) {
  if (input.find('\0') != std::string_view::npos) return false;
  const std::string text(input);  // NUL-terminated, for strtod
  const char* s = text.c_str();
  const char* const end = s + text.size();
  double x = 0.0, y = 0.0, z;
  bool bracket = false;
  while (is_space(*s)) ++s;
  if (*s == '(') {
    bracket = true;
    ++s;
    while (is_space(*s)) ++s;
  }
  if (read_double(s, z)) {
    if (*s == '+' || *s == '-') {  // <float><signed-float>j or <float><sign>j
      x = z;
      if (!read_double(s, y)) y = *s++ == '+' ? 1.0 : -1.0;
      if (*s != 'j' && *s != 'J') return false;
      ++s;
    } else if (*s == 'j' || *s == 'J') {
      ++s;
      y = z;
    } else {
      x = z;
    }
  } else {  // <sign>j or j
    y = 1.0;
    if (*s == '+' || *s == '-') y = *s++ == '+' ? 1.0 : -1.0;
    if (*s != 'j' && *s != 'J') return false;
    ++s;
  }
  while (is_space(*s)) ++s;
  if (bracket) {
    if (*s != ')') return false;
    ++s;
    while (is_space(*s)) ++s;
  }
  if (s != end) return false;
  out = {x, y};
  return true;
}

namespace {

// An argument of complex() that is not a str: a complex as it is, an instance's __complex__,
// else a real number (an int, a float, an instance's __float__ or __index__) as its real part.
// `what` names the argument in the TypeError.
bool complex_argument(Value v, ComplexValue& out, bool& is_complex_value, const char* what) {
  is_complex_value = false;
  if (is_kind(v, Kind::ScriptInstance)) {
    Ref result = Ref::steal(call_special(v, NAME_KEY("__complex__"), nullptr, 0));
    if (!result.get().is_undefined()) {
      if (!is_complex(result.get()))
        raise(exc::TypeError,
              "__complex__ returned non-complex (type " + type_name(result.get()) + ")");
      out = {as_complex(result.get())->real, as_complex(result.get())->imag};
      is_complex_value = true;
      return true;
    }
    for (const char* method : {"__float__", "__index__"}) {
      Ref number = Ref::steal(call_special(v, method, nullptr, 0));
      if (number.get().is_undefined()) continue;
      if (method[2] == 'f' && !number.get().is_float())
        raise(exc::TypeError,
              "__float__ returned non-float (type " + type_name(number.get()) + ")");
      if (!complex_operand(number.get(), out))
        raise(exc::TypeError,
              "__index__ returned non-int (type " + type_name(number.get()) + ")");
      return true;
    }
  }
  if (complex_operand(v, out)) {
    is_complex_value = is_complex(v);
    return true;
  }
  raise(exc::TypeError, std::string("complex() ") + what + " must be " +
                            (what[0] == 'f' ? "a string or a number" : "a number") + ", not '" +
                            type_name(v) + "'");
}

}  // namespace

Value construct_complex(Value real, Value imag) {
  if (real.is_undefined()) real = Value::integer(0);
  if (is_complex(real) && imag.is_undefined()) {
    incref(real);
    return real;
  }
  if (is_kind(real, Kind::Str)) {
    if (!imag.is_undefined())
      raise(exc::TypeError, "complex() can't take second arg if first is a string");
    // Underscores only between digits (as in literals), then taken out, as CPython's
    // _Py_string_to_number_with_underscores.
    const std::string& text = as_str(real)->text;
    std::string digits;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '_') {
        digits += text[i];
      } else if (i == 0 || i + 1 == text.size() || !is_digit(text[i - 1]) ||
                 !is_digit(text[i + 1])) {
        raise(exc::ValueError, "could not convert string to complex: " + repr(real));
      }
    }
    ComplexValue parsed;
    if (!parse_complex(digits, parsed)) raise(exc::ValueError, "complex() arg is a malformed string");
    return make_complex(parsed);
  }
  if (is_kind(imag, Kind::Str)) raise(exc::TypeError, "complex() second arg can't be a string");
  ComplexValue r, i{0.0, 0.0};
  bool r_complex, i_complex = false;
  complex_argument(real, r, r_complex, "first argument");
  if (!imag.is_undefined()) complex_argument(imag, i, i_complex, "second argument");
  // real + imag * 1j, either part possibly complex itself.
  double re = r.real, im = imag.is_undefined() ? r.imag : i.real;
  if (i_complex) re -= i.imag;
  if (r_complex && !imag.is_undefined()) im += r.imag;
  return make_complex(re, im);
}

}  // namespace gilvm
