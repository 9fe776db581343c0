// The `cmath` module: sqrt, exp, log (with a base), log10, phase, polar, rect, sin, cos, tan
// and their hyperbolic kin, isclose, isnan, isinf, isfinite and the constants, with CPython
// 3.11's algorithms for finite arguments (Modules/cmathmodule.c: sqrt's rescaling, log's log1p
// near 1, exp's and cosh's care near overflow), so that results agree to the last digit, and its
// errors: ValueError("math domain error"), OverflowError("math range error"). Infinite and NaN
// arguments take C99 Annex G's values (libm's <complex.h>), which CPython's tables spell out.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>
#include <string>
#include <limits>

#include "modules/module_cmath.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

constexpr double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;
constexpr double kInf = std::numeric_limits<double>::infinity();

// What a function's result says of its argument, as CPython's errno after it.
enum class MathError { kNone, kDomain, kRange };

struct Result {
  ComplexValue z;
  MathError error = MathError::kNone;
};

// PyComplex_AsCComplex: a complex, an instance's __complex__, else a real number (TypeError
// "must be real number, not X" for anything else, as PyFloat_AsDouble words it).
ComplexValue complex_argument(Value v) {
  ComplexValue z;
  if (complex_operand(v, z)) return z;
  if (is_kind(v, Kind::ScriptInstance)) {
    Ref result = Ref::steal(construct_complex(v, Value::undefined()));
    return {as_complex(result.get())->real, as_complex(result.get())->imag};
  }
  raise(exc::TypeError, "must be real number, not " + type_name(v));
}

double real_argument(Value v) {
  ComplexValue z;
  if (!is_complex(v) && complex_operand(v, z)) return z.real;
  if (is_kind(v, Kind::ScriptInstance)) {
    Ref converted = Ref::steal(call_special(v, "__float__", nullptr, 0));
    if (converted.get().is_float()) return converted.get().f;
  }
  raise(exc::TypeError, "must be real number, not " + type_name(v));
}

bool finite(ComplexValue z) { return std::isfinite(z.real) && std::isfinite(z.imag); }
ComplexValue from_std(std::complex<double> c) { return {c.real(), c.imag()}; }
std::complex<double> to_std(ComplexValue z) { return {z.real, z.imag}; }

Result c_sqrt(ComplexValue z) {
  if (!finite(z)) return {from_std(std::sqrt(to_std(z)))};
  if (z.real == 0.0 && z.imag == 0.0) return {{0.0, z.imag}};
  double ax = std::fabs(z.real);
  const double ay = std::fabs(z.imag);
  double s;
  if (ax < DBL_MIN && ay < DBL_MIN) {  // hypot(ax, ay) would be subnormal: scaled up first
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  const double d = ay / (2.0 * s);
  if (z.real >= 0.0) return {{s, std::copysign(d, z.imag)}};
  return {{d, std::copysign(s, z.imag)}};
}

Result c_exp(ComplexValue z) {
  if (!finite(z)) {
    Result r{from_std(std::exp(to_std(z)))};
    if (std::isinf(z.imag) && (std::isfinite(z.real) || (std::isinf(z.real) && z.real > 0)))
      r.error = MathError::kDomain;
    return r;
  }
  Result r;
  if (z.real > kLogLargeDouble) {
    const double l = std::exp(z.real - 1.0);
    r.z = {l * std::cos(z.imag) * M_E, l * std::sin(z.imag) * M_E};
  } else {
    const double l = std::exp(z.real);
    r.z = {l * std::cos(z.imag), l * std::sin(z.imag)};
  }
  if (std::isinf(r.z.real) || std::isinf(r.z.imag)) r.error = MathError::kRange;
  return r;
}

Result c_log(ComplexValue z) {
  if (!finite(z)) return {from_std(std::log(to_std(z)))};
  const double ax = std::fabs(z.real), ay = std::fabs(z.imag);
  double real;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {  // hypot(ax, ay) subnormal: scaled
      real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
             DBL_MANT_DIG * M_LN2;
    } else {
      return {{-kInf, std::atan2(z.imag, z.real)}, MathError::kDomain};
    }
  } else {
    const double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {  // near 1: log1p keeps the digits
      const double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      const double x = (am - 1) * (am + 1) + an * an;
      real = (x == 0.0 ? x : std::log1p(x)) / 2.0;
    } else {
      real = std::log(h);
    }
  }
  return {{real, std::atan2(z.imag, z.real)}};
}

Result c_cosh(ComplexValue z) {
  if (!finite(z)) {
    Result r{from_std(std::cosh(to_std(z)))};
    if (std::isinf(z.imag) && !std::isnan(z.real)) r.error = MathError::kDomain;
    return r;
  }
  Result r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    const double x_minus_one = z.real - std::copysign(1.0, z.real);
    r.z = {std::cos(z.imag) * std::cosh(x_minus_one) * M_E,
           std::sin(z.imag) * std::sinh(x_minus_one) * M_E};
  } else {
    r.z = {std::cos(z.imag) * std::cosh(z.real), std::sin(z.imag) * std::sinh(z.real)};
  }
  if (std::isinf(r.z.real) || std::isinf(r.z.imag)) r.error = MathError::kRange;
  return r;
}

Result c_sinh(ComplexValue z) {
  if (!finite(z)) {
    Result r{from_std(std::sinh(to_std(z)))};
    if (std::isinf(z.imag) && !std::isnan(z.real)) r.error = MathError::kDomain;
    return r;
  }
  Result r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    const double x_minus_one = z.real - std::copysign(1.0, z.real);
    r.z = {std::cos(z.imag) * std::sinh(x_minus_one) * M_E,
           std::sin(z.imag) * std::cosh(x_minus_one) * M_E};
  } else {
    r.z = {std::cos(z.imag) * std::sinh(z.real), std::sin(z.imag) * std::cosh(z.real)};
  }
  if (std::isinf(r.z.real) || std::isinf(r.z.imag)) r.error = MathError::kRange;
  return r;
}

Result c_tanh(ComplexValue z) {
  if (!finite(z)) {
    Result r{from_std(std::tanh(to_std(z)))};
    if (std::isinf(z.imag) && std::isfinite(z.real)) r.error = MathError::kDomain;
    return r;
  }
  if (std::fabs(z.real) > kLogLargeDouble) {
    return {{std::copysign(1.0, z.real),
             4.0 * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2.0 * std::fabs(z.real))}};
  }
  const double tx = std::tanh(z.real), ty = std::tan(z.imag), cx = 1.0 / std::cosh(z.real);
  const double txty = tx * ty, denom = 1.0 + txty * txty;
  return {{tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx}};
}

// cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz).
Result c_cos(ComplexValue z) { return c_cosh({-z.imag, z.real}); }
Result c_sin(ComplexValue z) {
  Result s = c_sinh({-z.imag, z.real});
  s.z = {s.z.imag, -s.z.real};
  return s;
}
Result c_tan(ComplexValue z) {
  Result s = c_tanh({-z.imag, z.real});
  s.z = {s.z.imag, -s.z.real};
  return s;
}

Result c_log10(ComplexValue z) {
  Result r = c_log(z);
  r.z = {r.z.real / M_LN10, r.z.imag / M_LN10};
  return r;
}

Value checked_result(const Result& r) {
  if (r.error == MathError::kDomain) raise(exc::ValueError, "math domain error");
  if (r.error == MathError::kRange) raise(exc::OverflowError, "math range error");
  return make_complex(r.z);
}

// The one argument of a function that CPython makes METH_O: its TypeErrors otherwise.
Value one_argument(const Args& args, const char* name) {
  if (args.keyword_count() != 0)
    raise(exc::TypeError, std::string("cmath.") + name + "() takes no keyword arguments");
  if (args.count != 1)
    raise(exc::TypeError, std::string("cmath.") + name + "() takes exactly one argument (" +
                              std::to_string(args.count) + " given)");
  return args.positional[0];
}

// Positional arguments between `least` and `most`, as CPython's _PyArg_CheckPositional words it.
void check_positional(const Args& args, const char* name, size_t least, size_t most) {
  if (args.keyword_count() != 0)
    raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (args.count >= least && args.count <= most) return;
  const std::string got = ", got " + std::to_string(args.count);
  if (least == most)
    raise(exc::TypeError, std::string(name) + " expected " + std::to_string(least) + " argument" +
                              (least == 1 ? "" : "s") + got);
  if (args.count < least)
    raise(exc::TypeError, std::string(name) + " expected at least " + std::to_string(least) +
                              " argument" + (least == 1 ? "" : "s") + got);
  raise(exc::TypeError, std::string(name) + " expected at most " + std::to_string(most) +
                            " argument" + (most == 1 ? "" : "s") + got);
}

template <Result (*F)(ComplexValue), const char* kName>
Value unary(ThreadState&, Value, const Args& args) {
  return checked_result(F(complex_argument(one_argument(args, kName))));
}

constexpr char k_sqrt[] = "sqrt", k_exp[] = "exp", k_log10[] = "log10", k_sin[] = "sin",
               k_cos[] = "cos", k_tan[] = "tan", k_sinh[] = "sinh", k_cosh[] = "cosh",
               k_tanh[] = "tanh";

// log(z[, base]): c_log(z) / c_log(base), the quotient as complex division's.
Value cmath_log(ThreadState&, Value, const Args& args) {
  check_positional(args, "log", 1, 2);
  Result r = c_log(complex_argument(args.positional[0]));
  if (args.count == 2) {
    // As CPython's errno: the base's log decides (log(0, 2) is no error), then a zero divisor.
    const Result base = c_log(complex_argument(args.positional[1]));
    r.error = base.error;
    bool by_zero;
    r.z = complex_quotient(r.z, base.z, by_zero);
    if (by_zero) r.error = MathError::kDomain;
  }
  return checked_result(r);
}

Value cmath_phase(ThreadState&, Value, const Args& args) {
  const ComplexValue z = complex_argument(one_argument(args, "phase"));
  return Value::floating(std::atan2(z.imag, z.real));
}

Value cmath_polar(ThreadState&, Value, const Args& args) {
  const ComplexValue z = complex_argument(one_argument(args, "polar"));
  const double phi = std::atan2(z.imag, z.real);
  double r;
  try {
    r = complex_abs(z);
  } catch (ScriptException&) {
    raise(exc::OverflowError, "math range error");
  }
  return make_tuple({Value::floating(r), Value::floating(phi)});
}

Value cmath_rect(ThreadState&, Value, const Args& args) {
  check_positional(args, "rect", 2, 2);
  const double r = real_argument(args.positional[0]), phi = real_argument(args.positional[1]);
  ComplexValue z;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      const double sign = r > 0 ? 1.0 : -1.0;
      z = {sign * std::copysign(kInf, std::cos(phi)), sign * std::copysign(kInf, std::sin(phi))};
    } else if (phi == 0.0) {  // rect(inf, 0.0) is inf+0j, the zero's sign turned with r's
      z = {r, std::isnan(r) || r > 0 ? phi : -phi};
    } else if (r == 0.0) {
      z = {r, r};
    } else {  // exp(log(r) + i*phi), as C99's spirit for rect (an Annex G value)
      z = from_std(std::polar(std::fabs(r), phi));
      if (std::signbit(r)) z = {-z.real, -z.imag};
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) raise(exc::ValueError, "math domain error");
  } else if (phi == 0.0) {
    z = {r, r * phi};
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  return make_complex(z);
}

Value cmath_isnan(ThreadState&, Value, const Args& args) {
  const ComplexValue z = complex_argument(one_argument(args, "isnan"));
  return Value::boolean(std::isnan(z.real) || std::isnan(z.imag));
}

Value cmath_isinf(ThreadState&, Value, const Args& args) {
  const ComplexValue z = complex_argument(one_argument(args, "isinf"));
  return Value::boolean(std::isinf(z.real) || std::isinf(z.imag));
}

Value cmath_isfinite(ThreadState&, Value, const Args& args) {
  return Value::boolean(finite(complex_argument(one_argument(args, "isfinite"))));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as CPython's cmath_isclose_impl.
Value cmath_isclose(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("isclose", {"a", "b", "rel_tol", "abs_tol"}, 2);
  if (args.count > 2) raise(exc::TypeError, "isclose() takes exactly 2 positional arguments");
  const ComplexValue a = complex_argument(bound[0]), b = complex_argument(bound[1]);
  const double rel_tol = bound[2].is_undefined() ? 1e-9 : real_argument(bound[2]);
  const double abs_tol = bound[3].is_undefined() ? 0.0 : real_argument(bound[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(exc::ValueError, "tolerances must be non-negative");
  if (a.real == b.real && a.imag == b.imag) return Value::boolean(true);
  if (std::isinf(a.real) || std::isinf(a.imag) || std::isinf(b.real) || std::isinf(b.imag))
    return Value::boolean(false);
  const double diff = complex_abs({a.real - b.real, a.imag - b.imag});
  return Value::boolean(diff <= rel_tol * complex_abs(b) || diff <= rel_tol * complex_abs(a) ||
                        diff <= abs_tol);
}

}  // namespace

Value make_cmath_module(VM&) {
  auto* module = new Module("cmath");
  module->add("pi", Value::floating(M_PI));
  module->add("e", Value::floating(M_E));
  module->add("tau", Value::floating(2 * M_PI));
  module->add("inf", Value::floating(kInf));
  module->add("nan", Value::floating(std::fabs(std::numeric_limits<double>::quiet_NaN())));
  module->add("infj", make_complex(0.0, kInf));
  module->add("nanj", make_complex(0.0, std::fabs(std::numeric_limits<double>::quiet_NaN())));
  module->add_function("sqrt", unary<c_sqrt, k_sqrt>);
  module->add_function("exp", unary<c_exp, k_exp>);
  module->add_function("log10", unary<c_log10, k_log10>);
  module->add_function("sin", unary<c_sin, k_sin>);
  module->add_function("cos", unary<c_cos, k_cos>);
  module->add_function("tan", unary<c_tan, k_tan>);
  module->add_function("sinh", unary<c_sinh, k_sinh>);
  module->add_function("cosh", unary<c_cosh, k_cosh>);
  module->add_function("tanh", unary<c_tanh, k_tanh>);
  module->add_function("log", cmath_log);
  module->add_function("phase", cmath_phase);
  module->add_function("polar", cmath_polar);
  module->add_function("rect", cmath_rect);
  module->add_function("isnan", cmath_isnan);
  module->add_function("isinf", cmath_isinf);
  module->add_function("isfinite", cmath_isfinite);
  module->add_function("isclose", cmath_isclose);
  return Value::object(module);
}

}  // namespace gilvm
