// The `math` module: the functions float programs use (sqrt, trigonometry, exp and log, floor
// and ceil, hypot, fsum, gcd, factorial, isclose...) and its constants, with CPython 3.11's
// errors: a result outside a function's domain is ValueError("math domain error"), one too large
// for a float OverflowError("math range error"), judged as CPython's math_1 does (the result's
// finiteness against the argument's). Not gamma and lgamma: CPython computes them itself, and
// libm's differ in the last digit.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "modules/module_math.h"
#include "runtime/bigint.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

// real_argument() of anything but a float or a small int.
[[gnu::noinline]] double real_argument_other(Value v) {
  if (v.is_bool()) return v.b ? 1.0 : 0.0;
  if (is_bigint(v)) return int_to_double(v);
  // An instance, such as a fractions.Fraction: as CPython's PyFloat_AsDouble, its __float__.
  Ref converted = Ref::steal(call_special(v, "__float__", nullptr, 0));
  if (converted.get().is_float()) return converted.get().f;
  if (!converted.get().is_undefined())
    raise(exc::TypeError, type_name(v) + ".__float__ returned non-float (type " +
                              type_name(converted.get()) + ")");
  raise(exc::TypeError, "must be real number, not " + type_name(v));
}

// A real-number argument as a double: floats, ints (big ones rounded, or OverflowError) and
// bools; anything else is CPython's TypeError.
inline double real_argument(Value v) {
  if (v.is_float()) return v.f;
  if (v.is_int()) return static_cast<double>(v.i);
  return real_argument_other(v);
}

[[noreturn]] void domain_error() { raise(exc::ValueError, "math domain error"); }
// The same without a C++ throw, for a native's return (`try: math.sqrt(x) except ValueError`).
Value pending_domain_error(ThreadState& ts) {
  return raise_pending(ts, exc::ValueError, "math domain error");
}
[[noreturn]] void range_error() { raise(exc::OverflowError, "math range error"); }

// CPython's math_1: a NaN from a non-NaN argument is a domain error; an infinity from a finite
// argument is a range error when `can_overflow`, else a domain error (log(0), 1/tan...), raised
// without a C++ throw.
Value checked(double x, double r, bool can_overflow) {
  if (std::isinf(r) && std::isfinite(x) && can_overflow) range_error();
  if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x)))
    return pending_domain_error(current_thread_state());
  return Value::floating(r);
}

// A function of one argument's arity check, with CPython's messages for its METH_O functions.
void one_argument(const char* name, const Args& args) {
  if (args.keyword_count() > 0)
    raise(exc::TypeError, std::string("math.") + name + "() takes no keyword arguments");
  if (args.count != 1)
    raise(exc::TypeError, std::string("math.") + name + "() takes exactly one argument (" +
                              std::to_string(args.count) + " given)");
}

// F(x) for a math function of one argument: its body, which a call with just that argument takes
// (Native::call1), and the function with its arity check.
template <double (*F)(double), bool kCanOverflow>
Value unary_of(Value v) {
  const double x = real_argument(v);
  return checked(x, F(x), kCanOverflow);
}
template <double (*F)(double), bool kCanOverflow, const char* kName>
Value unary(ThreadState&, Value, const Args& args) {
  one_argument(kName, args);
  return unary_of<F, kCanOverflow>(args.positional[0]);
}
template <double (*F)(double), bool kCanOverflow, const char* kName>
void add_unary(Module& module) {
  module.add_function(kName, unary<F, kCanOverflow, kName>)->call1 = unary_of<F, kCanOverflow>;
}

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::fabs(x) >= 1 ? std::nan("") : std::atanh(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_degrees(double x) { return x * (180.0 / M_PI); }
double c_radians(double x) { return x * (M_PI / 180.0); }

// The names unary() reports in its arity errors.
constexpr char k_sqrt[] = "sqrt";
constexpr char k_exp[] = "exp";
constexpr char k_expm1[] = "expm1";
constexpr char k_sin[] = "sin";
constexpr char k_cos[] = "cos";
constexpr char k_tan[] = "tan";
constexpr char k_asin[] = "asin";
constexpr char k_acos[] = "acos";
constexpr char k_atan[] = "atan";
constexpr char k_sinh[] = "sinh";
constexpr char k_cosh[] = "cosh";
constexpr char k_tanh[] = "tanh";
constexpr char k_asinh[] = "asinh";
constexpr char k_acosh[] = "acosh";
constexpr char k_atanh[] = "atanh";
constexpr char k_fabs[] = "fabs";
constexpr char k_erf[] = "erf";
constexpr char k_erfc[] = "erfc";
constexpr char k_cbrt[] = "cbrt";
constexpr char k_exp2[] = "exp2";
double c_cbrt(double x) { return std::cbrt(x); }
double c_exp2(double x) { return std::exp2(x); }
constexpr char k_degrees[] = "degrees";
constexpr char k_radians[] = "radians";

// f(x) for a log function f and any positive number, however large (CPython's loghelper): an
// int too large for a double is taken as m * 2**e (frexp's m, from its top 1000 bits), and its
// log is f(m) + f(2) * e, so log(10**400) works and equals CPython's.
template <double (*F)(double)>
double log_of(Value v) {
  if (is_bigint(v)) {  // never zero: ints past 64 bits only
    const IntView x = as_bigint(v);
    if (x.negative) domain_error();
    const auto bits = static_cast<int64_t>(x.size) * 64 - __builtin_clzll(x.limbs[x.size - 1]);
    if (bits > 1000) {
      Ref shift = Ref::steal(Value::integer(bits - 1000));
      Ref top = Ref::steal(binary_op(Op::RSHIFT, v, shift.get()));
      int e = 0;
      const double m = std::frexp(real_argument(top.get()), &e);
      return F(m) + F(2.0) * static_cast<double>(e + (bits - 1000));
    }
  }
  const double x = real_argument(v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  return F(x);
}

// A log of zero or a negative int or float: a domain error, raised without a C++ throw.
bool log_domain_error(Value v) {
  return (v.is_int() && v.i <= 0) || (v.is_float() && v.f <= 0);
}

double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

Value math_log(ThreadState& ts, Value, const Args& args) {
  args.expect("log", 1, 2);
  if (log_domain_error(args.positional[0]) ||
      (args.count == 2 && log_domain_error(args.positional[1])))
    return pending_domain_error(ts);
  const double num = log_of<c_log>(args.positional[0]);
  if (args.count == 1) return Value::floating(num);
  const double den = log_of<c_log>(args.positional[1]);
  if (den == 0) raise(exc::ZeroDivisionError, "float division by zero");
  return Value::floating(num / den);
}

Value math_log2(ThreadState& ts, Value, const Args& args) {
  args.expect("log2", 1, 1);
  if (log_domain_error(args.positional[0])) return pending_domain_error(ts);
  return Value::floating(log_of<c_log2>(args.positional[0]));
}

Value math_log10(ThreadState& ts, Value, const Args& args) {
  args.expect("log10", 1, 1);
  if (log_domain_error(args.positional[0])) return pending_domain_error(ts);
  return Value::floating(log_of<c_log10>(args.positional[0]));
}

Value math_log1p(ThreadState&, Value, const Args& args) {
  args.expect("log1p", 1, 1);
  const double x = real_argument(args.positional[0]);
  if (x <= -1) domain_error();
  return Value::floating(std::log1p(x));
}

Value math_pow(ThreadState&, Value, const Args& args) {
  args.expect("pow", 2, 2);
  const double x = real_argument(args.positional[0]), y = real_argument(args.positional[1]);
  // C99 Annex F answers the special cases as CPython wants (pow(1, nan) = 1, pow(nan, 0) = 1);
  // a finite negative base to a non-integer power, or zero to a negative one, is a domain error.
  if (std::isfinite(x) && std::isfinite(y)) {
    if (x < 0 && y != std::floor(y)) domain_error();
    if (x == 0 && y < 0) domain_error();
  }
  const double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return Value::floating(r);
}

Value math_atan2(ThreadState&, Value, const Args& args) {
  args.expect("atan2", 2, 2);
  return Value::floating(
      std::atan2(real_argument(args.positional[0]), real_argument(args.positional[1])));
}

Value math_fmod(ThreadState&, Value, const Args& args) {
  args.expect("fmod", 2, 2);
  const double x = real_argument(args.positional[0]), y = real_argument(args.positional[1]);
  if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
  if ((y == 0 && !std::isnan(x)) || (std::isinf(x) && !std::isnan(y))) domain_error();
  return Value::floating(std::fmod(x, y));
}

Value math_copysign(ThreadState&, Value, const Args& args) {
  args.expect("copysign", 2, 2);
  return Value::floating(
      std::copysign(real_argument(args.positional[0]), real_argument(args.positional[1])));
}

Value math_hypot(ThreadState&, Value, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "hypot() takes no keyword arguments");
  double r = 0;
  bool infinite = false, nan = false;
  for (size_t i = 0; i < args.count; ++i) {
    const double x = real_argument(args.positional[i]);
    infinite = infinite || std::isinf(x);
    nan = nan || std::isnan(x);
    r = std::hypot(r, x);
  }
  if (infinite) return Value::floating(std::numeric_limits<double>::infinity());
  if (nan) return Value::floating(std::nan(""));
  if (std::isinf(r)) range_error();
  return Value::floating(r);
}

// int(x) of an infinity or a NaN: CPython's errors.
[[noreturn, gnu::noinline]] void nonfinite_to_integral(double x) {
  if (std::isinf(x)) raise(exc::OverflowError, "cannot convert float infinity to integer");
  raise(exc::ValueError, "cannot convert float NaN to integer");
}

// floor, ceil and trunc: an int (a big one past 64 bits); ints come back as they are; an
// instance's __floor__, __ceil__ or __trunc__ answers for it.
template <double (*Round)(double)>
Value to_integral(Value v, const char* special) {
  if (v.is_float()) [[likely]] {
    if (!std::isfinite(v.f)) [[unlikely]] nonfinite_to_integral(v.f);
    const double r = Round(v.f);
    if (std::fabs(r) < 9.2e18) return Value::integer(static_cast<int64_t>(r));
    return make_int(BigInt::from_double(r));
  }
  if (v.is_int() || is_bigint(v)) return (incref(v), v);
  if (v.is_bool()) return Value::integer(v.b);
  Ref result = Ref::steal(call_special(v, special, nullptr, 0));
  if (!result.get().is_undefined()) return result.release();
  if (is_number_instance(v)) return to_integral<Round>(number_value(v), special);  // its number's
  if (special[2] == 't')
    raise(exc::TypeError, "type " + type_name(v) + " doesn't define __trunc__ method");
  return to_integral<Round>(Value::floating(real_argument(v)), special);
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }
double c_trunc(double x) { return std::trunc(x); }

Value floor_of(Value v) { return to_integral<c_floor>(v, "__floor__"); }
Value math_floor(ThreadState&, Value, const Args& args) {
  one_argument("floor", args);
  return floor_of(args.positional[0]);
}

Value ceil_of(Value v) { return to_integral<c_ceil>(v, "__ceil__"); }
Value math_ceil(ThreadState&, Value, const Args& args) {
  one_argument("ceil", args);
  return ceil_of(args.positional[0]);
}

Value trunc_of(Value v) { return to_integral<c_trunc>(v, "__trunc__"); }
Value math_trunc(ThreadState&, Value, const Args& args) {
  one_argument("trunc", args);
  return trunc_of(args.positional[0]);
}

Value predicate(const Args& args, const char* name, bool (*test)(double)) {
  args.expect(name, 1, 1);
  return Value::boolean(test(real_argument(args.positional[0])));
}

Value math_isnan(ThreadState&, Value, const Args& args) {
  return predicate(args, "isnan", [](double x) { return std::isnan(x); });
}
Value math_isinf(ThreadState&, Value, const Args& args) {
  return predicate(args, "isinf", [](double x) { return std::isinf(x); });
}
Value math_isfinite(ThreadState&, Value, const Args& args) {
  return predicate(args, "isfinite", [](double x) { return std::isfinite(x); });
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as CPython's math_isclose_impl.
Value math_isclose(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("isclose", {"a", "b", "rel_tol", "abs_tol"}, 2);
  if (args.count > 2) raise(exc::TypeError, "isclose() takes exactly 2 positional arguments");
  const double a = real_argument(bound[0]), b = real_argument(bound[1]);
  const double rel_tol = bound[2].is_undefined() ? 1e-9 : real_argument(bound[2]);
  const double abs_tol = bound[3].is_undefined() ? 0.0 : real_argument(bound[3]);
  if (rel_tol < 0 || abs_tol < 0) raise(exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Value::boolean(true);
  if (std::isinf(a) || std::isinf(b)) return Value::boolean(false);
  const double diff = std::fabs(b - a);
  return Value::boolean((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) ||
                        diff <= abs_tol);
}

// fsum: Shewchuk's exact partial sums, as CPython's math_fsum (without its overflow recovery:
// an intermediate infinity from finite inputs is OverflowError, as there).
Value math_fsum(ThreadState&, Value, const Args& args) {
  args.expect("fsum", 1, 1);
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  std::vector<double> partials;
  double special = 0;  // the sum of infinities and NaNs met
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    double x = real_argument(item);
    if (!std::isfinite(x)) {
      special += x;
      continue;
    }
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    if (!std::isfinite(x)) raise(exc::OverflowError, "intermediate overflow in fsum");
    partials.resize(kept);
    partials.push_back(x);
  }
  if (special != 0 || std::isnan(special)) return Value::floating(special);
  double hi = 0.0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      const double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Round half-even correctly when the rest of the partials push the same way.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Value::floating(hi);
}

Value integer_only(Value v) {
  if (v.is_int() || is_bigint(v)) return v;
  if (v.is_bool()) return Value::integer(v.b);
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

// gcd(*integers): Euclid's algorithm on the ints' absolute values (big ones included).
Value math_gcd(ThreadState&, Value, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "gcd() takes no keyword arguments");
  Ref result = Ref::steal(Value::integer(0));
  for (size_t i = 0; i < args.count; ++i) {
    Value v = integer_only(args.positional[i]);
    Ref a = Ref::steal(result.release());
    Ref zero = Ref::steal(Value::integer(0));
    Ref b = Ref::steal(compare_op(Op::LT, v, zero.get()).b ? unary_op(Op::NEG, v)
                                                             : (incref(v), v));
    while (!(b.get().is_int() && b.get().i == 0)) {
      Ref r = Ref::steal(binary_op(Op::MOD, a.get(), b.get()));
      a = std::move(b);
      b = std::move(r);
    }
    result = std::move(a);
  }
  return result.release();
}

// factorial(n): a product of the ints up to n, as exact ints.
Value math_factorial(ThreadState&, Value, const Args& args) {
  args.expect("factorial", 1, 1);
  Value v = args.positional[0];
  if (v.is_float()) raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  v = integer_only(v);
  if (is_bigint(v)) {
    if (as_bigint(v).negative) raise(exc::ValueError, "factorial() not defined for negative values");
    raise(exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  if (v.i < 0) raise(exc::ValueError, "factorial() not defined for negative values");
  Ref product = Ref::steal(Value::integer(1));
  for (int64_t k = 2; k <= v.i; ++k) {
    Ref factor = Ref::steal(Value::integer(k));
    product = Ref::steal(binary_op(Op::MUL, product.get(), factor.get()));
  }
  return product.release();
}

// The integer functions below work on ints of any size through the VM's own operators.
Ref int_op(Op op, Value a, Value b) { return Ref::steal(binary_op(op, a, b)); }
bool is_negative(Value v) {
  return is_bigint(v) ? as_bigint(v).negative : v.i < 0;
}

// isqrt(n): Newton's iteration from above, started at the float square root.
Value math_isqrt(ThreadState&, Value, const Args& args) {
  args.expect("isqrt", 1, 1);
  if (args.positional[0].is_float())
    raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  Value n = integer_only(args.positional[0]);
  if (is_negative(n)) raise(exc::ValueError, "isqrt() argument must be nonnegative");
  if (n.is_int() && n.i < 2) return n;
  const double estimate = std::sqrt(n.is_int() ? static_cast<double>(n.i) : int_to_double(n));
  Ref one = Ref::steal(Value::integer(1)), two = Ref::steal(Value::integer(2));
  Ref x = std::isfinite(estimate) && estimate < 9e18
              ? Ref::steal(Value::integer(static_cast<int64_t>(estimate * (1 + 1e-12)) + 1))
              : (incref(n), Ref::steal(n));
  while (true) {
    Ref quotient = int_op(Op::FLOORDIV, n, x.get());
    Ref sum = int_op(Op::ADD, x.get(), quotient.get());
    Ref y = int_op(Op::FLOORDIV, sum.get(), two.get());
    if (!less_than(y.get(), x.get())) break;
    x = std::move(y);
  }
  // A start below the root (a float estimate that was low) ends one step early: fix it up.
  while (true) {
    Ref next = int_op(Op::ADD, x.get(), one.get());
    Ref square = int_op(Op::MUL, next.get(), next.get());
    if (less_than(n, square.get())) break;
    x = std::move(next);
  }
  return x.release();
}

Value non_negative_int(Value v, const char* what) {
  if (v.is_float()) raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  v = integer_only(v);
  if (is_negative(v)) raise(exc::ValueError, std::string(what) + " must be a non-negative integer");
  return v;
}

// perm(n, k) (k None: n!) and comb(n, k): products of exact ints.
Value falling_product(Value n, Value k, bool divide) {
  if (less_than(n, k)) return Value::integer(0);
  Ref count = Ref::borrow(k);
  if (divide) {
    Ref rest = int_op(Op::SUB, n, k);
    if (less_than(rest.get(), k)) count = std::move(rest);
  }
  Ref result = Ref::steal(Value::integer(1)), i = Ref::steal(Value::integer(0));
  Ref one = Ref::steal(Value::integer(1));
  while (less_than(i.get(), count.get())) {
    Ref factor = int_op(Op::SUB, n, i.get());
    result = int_op(Op::MUL, result.get(), factor.get());
    i = int_op(Op::ADD, i.get(), one.get());
    if (divide) result = int_op(Op::FLOORDIV, result.get(), i.get());
  }
  return result.release();
}

Value math_comb(ThreadState&, Value, const Args& args) {
  args.expect("comb", 2, 2);
  Value n = non_negative_int(args.positional[0], "n");
  Value k = non_negative_int(args.positional[1], "k");
  return falling_product(n, k, true);
}

Value math_perm(ThreadState& ts, Value, const Args& args) {
  args.expect("perm", 1, 2);
  if (args.count == 1 || args.positional[1].is_none()) {
    Args one{args.positional, 1};
    return math_factorial(ts, Value::none(), one);
  }
  Value n = non_negative_int(args.positional[0], "n");
  Value k = non_negative_int(args.positional[1], "k");
  return falling_product(n, k, false);
}

// lcm(*integers): |a // gcd(a, b) * b| folded over the arguments; 0 if any is 0.
Value math_lcm(ThreadState& ts, Value, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "lcm() takes no keyword arguments");
  Ref result = Ref::steal(Value::integer(1));
  for (size_t i = 0; i < args.count; ++i) {
    Value v = integer_only(args.positional[i]);
    if (v.is_int() && v.i == 0) return Value::integer(0);
    Value pair[2] = {result.get(), v};
    Args gcd_args{pair, 2};
    Ref divisor = Ref::steal(math_gcd(ts, Value::none(), gcd_args));
    Ref part = int_op(Op::FLOORDIV, result.get(), divisor.get());
    Ref product = int_op(Op::MUL, part.get(), v);
    result = is_negative(product.get()) ? Ref::steal(unary_op(Op::NEG, product.get()))
                                        : std::move(product);
  }
  return result.release();
}

Value math_frexp(ThreadState&, Value, const Args& args) {
  args.expect("frexp", 1, 1);
  const double x = real_argument(args.positional[0]);
  if (!std::isfinite(x) || x == 0) return make_tuple({Value::floating(x), Value::integer(0)});
  int exponent = 0;
  const double mantissa = std::frexp(x, &exponent);
  return make_tuple({Value::floating(mantissa), Value::integer(exponent)});
}

Value math_ldexp(ThreadState&, Value, const Args& args) {
  args.expect("ldexp", 2, 2);
  const double x = real_argument(args.positional[0]);
  Value e = args.positional[1];
  if (e.is_float()) raise(exc::TypeError, "Expected an int as second argument to ldexp.");
  e = integer_only(e);
  if (x == 0 || !std::isfinite(x)) return Value::floating(x);
  const int64_t exponent =
      is_bigint(e) ? (as_bigint(e).negative ? INT32_MIN : INT32_MAX)
                   : std::clamp<int64_t>(e.i, INT32_MIN, INT32_MAX);
  const double r = std::ldexp(x, static_cast<int>(exponent));
  if (std::isinf(r)) range_error();
  return Value::floating(r);
}

Value math_modf(ThreadState&, Value, const Args& args) {
  args.expect("modf", 1, 1);
  const double x = real_argument(args.positional[0]);
  if (std::isinf(x)) return make_tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
  double integral = 0;
  const double fraction = std::modf(x, &integral);
  return make_tuple({Value::floating(fraction), Value::floating(integral)});
}

// dist(p, q): the Euclidean distance between two points of the same dimension.
Value math_dist(ThreadState&, Value, const Args& args) {
  args.expect("dist", 2, 2);
  Value p = args.positional[0], q = args.positional[1];
  if (!is_kind(p, Kind::Tuple) && !is_kind(p, Kind::List))
    raise(exc::TypeError, "dist() argument 1 must be tuple, not " + type_name(p));
  if (!is_kind(q, Kind::Tuple) && !is_kind(q, Kind::List))
    raise(exc::TypeError, "dist() argument 2 must be tuple, not " + type_name(q));
  ItemsView ps(p), qs(q);
  if (ps.items().size() != qs.items().size())
    raise(exc::ValueError, "both points must have the same dimension");
  double total = 0;
  for (size_t i = 0; i < ps.items().size(); ++i) {
    const double d = real_argument(ps.items()[i]) - real_argument(qs.items()[i]);
    total = i == 0 ? std::fabs(d) : std::hypot(total, d);
  }
  return Value::floating(total);
}

Value math_prod(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("prod", {"iterable", "start"}, 1);
  if (args.count > 1) raise(exc::TypeError, "prod() takes exactly 1 positional argument (" +
                                                std::to_string(args.count) + " given)");
  Ref product = Ref::steal(bound[1].is_undefined() ? Value::integer(1) : (incref(bound[1]), bound[1]));
  Ref iterator = Ref::steal(get_iterator(bound[0]));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    product = Ref::steal(binary_op(Op::MUL, product.get(), item));
  }
  return product.release();
}

}  // namespace

Value make_math_module(VM&) {
  auto* module = new Module("math");
  module->add("pi", Value::floating(M_PI));
  module->add("e", Value::floating(M_E));
  module->add("tau", Value::floating(2 * M_PI));
  module->add("inf", Value::floating(std::numeric_limits<double>::infinity()));
  module->add("nan", Value::floating(std::numeric_limits<double>::quiet_NaN()));
  add_unary<c_sqrt, false, k_sqrt>(*module);
  add_unary<c_exp, true, k_exp>(*module);
  add_unary<c_expm1, true, k_expm1>(*module);
  add_unary<c_sin, false, k_sin>(*module);
  add_unary<c_cos, false, k_cos>(*module);
  add_unary<c_tan, false, k_tan>(*module);
  add_unary<c_asin, false, k_asin>(*module);
  add_unary<c_acos, false, k_acos>(*module);
  add_unary<c_atan, false, k_atan>(*module);
  add_unary<c_sinh, true, k_sinh>(*module);
  add_unary<c_cosh, true, k_cosh>(*module);
  add_unary<c_tanh, false, k_tanh>(*module);
  add_unary<c_asinh, false, k_asinh>(*module);
  add_unary<c_acosh, false, k_acosh>(*module);
  add_unary<c_atanh, false, k_atanh>(*module);
  add_unary<c_fabs, false, k_fabs>(*module);
  add_unary<c_erf, false, k_erf>(*module);
  add_unary<c_erfc, false, k_erfc>(*module);
  add_unary<c_degrees, true, k_degrees>(*module);
  add_unary<c_radians, false, k_radians>(*module);
  module->add_function("log", math_log);
  module->add_function("log2", math_log2);
  module->add_function("log10", math_log10);
  module->add_function("log1p", math_log1p);
  module->add_function("pow", math_pow);
  module->add_function("atan2", math_atan2);
  module->add_function("fmod", math_fmod);
  module->add_function("copysign", math_copysign);
  module->add_function("hypot", math_hypot);
  module->add_function("floor", math_floor)->call1 = floor_of;
  module->add_function("ceil", math_ceil)->call1 = ceil_of;
  module->add_function("trunc", math_trunc)->call1 = trunc_of;
  module->add_function("isnan", math_isnan);
  module->add_function("isinf", math_isinf);
  module->add_function("isfinite", math_isfinite);
  module->add_function("isclose", math_isclose);
  module->add_function("fsum", math_fsum);
  module->add_function("gcd", math_gcd);
  module->add_function("factorial", math_factorial);
  module->add_function("prod", math_prod);
  module->add_function("isqrt", math_isqrt);
  module->add_function("comb", math_comb);
  module->add_function("perm", math_perm);
  module->add_function("lcm", math_lcm);
  module->add_function("frexp", math_frexp);
  module->add_function("ldexp", math_ldexp);
  module->add_function("modf", math_modf);
  module->add_function("dist", math_dist);
  add_unary<c_cbrt, false, k_cbrt>(*module);
  add_unary<c_exp2, true, k_exp2>(*module);
  return Value::object(module);
}

}  // namespace gilvm
