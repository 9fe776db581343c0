// complex: a pair of doubles, immutable, on the heap (a Value's payload holds one double). Its
// arithmetic is CPython 3.11's (Objects/complexobject.c: _Py_c_quot's scaling, _Py_c_pow, c_powi
// for small integral exponents), so that results agree to the bit.
// Speed: a loop of complex arithmetic (`z = z * z + c`) makes and frees one object per operation;
// freed ones are kept per thread for the next (a free list, as Str's), and the interpreter
// writes a result into an operand that only its stack holds (complex_op_on_stack()).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/opcodes.h"
#include "runtime/object.h"

namespace gilvm {

struct ComplexValue {
  double real, imag;
};

struct Complex final : Object {
  double real, imag;

  static void* operator new(size_t size);  // recycled, as Str's (object.cpp)
  static void operator delete(void* p, size_t size);
  Complex(double re, double im) : Object(Kind::Complex), real(re), imag(im) {}
};

inline bool is_complex(Value v) { return is_kind(v, Kind::Complex); }
inline Complex* as_complex(Value v) { return static_cast<Complex*>(v.obj); }
inline Value make_complex(double real, double imag) {
  return Value::object(new Complex(real, imag));
}
inline Value make_complex(ComplexValue c) { return make_complex(c.real, c.imag); }

// An int, bool, big int or float as a complex (CPython's to_complex: a big int beyond a float's
// range raises OverflowError); false for anything else (not a number: NotImplemented).
bool complex_operand(Value v, ComplexValue& out);
// The operators complex defines: + - * / and ** (ADD, SUB, MUL, TRUEDIV, POW).
inline bool complex_defines(Op op) {
  return op == Op::ADD || op == Op::SUB || op == Op::MUL || op == Op::TRUEDIV || op == Op::POW;
}
// a OP b for one of those, raising ZeroDivisionError and OverflowError as CPython does.
ComplexValue complex_arithmetic(Op op, ComplexValue a, ComplexValue b);
// pow(a, b) of complex values (float ** float with a negative base and a fractional exponent
// comes here too): c_powi for an integral exponent up to 100 in magnitude, else _Py_c_pow.
ComplexValue complex_power(ComplexValue a, ComplexValue b);
// CPython's _Py_c_quot; `by_zero` set when b is 0 (the result then 0).
ComplexValue complex_quotient(ComplexValue a, ComplexValue b, bool& by_zero);
// abs(z): hypot, with C99's infinities (OverflowError "absolute value too large" past a float).
double complex_abs(ComplexValue z);
// abs(z) into *out when both parts are finite and so is the result (the interpreter's CALL of
// abs); false, *out untouched, otherwise.
[[gnu::always_inline]] inline bool complex_abs_in_line(const Complex& z, Value& out) {
  const double result = __builtin_hypot(z.real, z.imag);
  if (!(result <= __DBL_MAX__)) return false;  // infinite or NaN: the general way
  out = Value::floating(result);
  return true;
}
// z == other for a complex `z` and a number or complex `other` (1+0j == 1, exactly for big
// ints); `comparable` false when `other` is neither (an instance's __eq__ may answer then).
bool complex_equals(const Complex& z, Value other, bool& comparable);
// CPython's hash(z): hash(real) + 1000003 * hash(imag) of the floats' hashes (hash(1+0j) ==
// hash(1)).
size_t complex_hash(const Complex& z);
// repr(z) == str(z), as CPython: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`, `1e+20j`.
std::string complex_repr(double real, double imag);
// complex(text), as CPython's complex_from_string_inner: "1+2j", " (3-4j) ", "j", "-1.5e3J"
// (underscores already taken out); false for a malformed string.
bool parse_complex(std::string_view text, ComplexValue& out);
// complex(real, imag) as the builtin makes it: strs, numbers, complex values, __complex__ and
// __float__/__index__ of instances (Undefined for an argument left out).
Value construct_complex(Value real, Value imag);
// The interpreter's in-line complex arithmetic: ADD, SUB, MUL and TRUEDIV (kOp) of a complex
// and a complex, float or inline int (complex_stack_operands()), which raise nothing but a
// division by zero. Each answers false (nullptr), with nothing done, for a division by zero or
// (complex_op_on_top(), complex_op_of_values(), which check) other operands: the general way
// then. Out of line, once per operator.
inline bool complex_stack_operands(Value a, Value b) {
  const bool a_complex = is_complex(a), b_complex = is_complex(b);
  return (a_complex && (b_complex || b.is_float() || b.is_int())) ||
         (b_complex && (a.is_float() || a.is_int()));
}
// The two operands on the stack: the result replaces both, written into one that only the
// stack holds (a temporary: z * z in z * z + c) rather than into a new object.
template <Op kOp>
Value* complex_op_on_stack(Value* sp);
// *top (the stack's) OP b (a local's, borrowed): `x + c` of LOAD_LOCAL_ADD.
template <Op kOp>
bool complex_op_on_top(Value* top, Value b);
// a OP b of two borrowed values (locals: LOAD_LOCAL_LOAD_LOCAL_MUL's z * z), a new object
// into *out.
template <Op kOp>
bool complex_op_of_values(Value a, Value b, Value* out);
// complex_op_on_stack() for an operator known at run time (INPLACE's).
Value* complex_op_on_stack(Value* sp, Op op);

}  // namespace gilvm
