// Integer results that would not fit in gilvm's 64-bit ints. Until the VM has big integers each
// of these raises a clear error (what CPython raises where it has one, else OverflowError)
// instead of wrapping or invoking undefined behaviour. One small helper per edge, so that big
// integers can replace them one at a time.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include "runtime/exceptions.h"

namespace gilvm {

[[noreturn]] inline void raise_int64_overflow() { raise(exc::OverflowError, "integer overflow (gilvm ints are 64-bit)"); }

// The next value of a range iterator; false (the range is exhausted) when it would pass the
// 64-bit limits, which the range's stop cannot lie beyond.
inline bool advance_range(int64_t& next_value, int64_t step) { return !__builtin_add_overflow(next_value, step, &next_value); }

// len(range(start, stop, step)) without overflow; a length beyond 2^63 - 1 raises CPython's
// OverflowError. `step` is not 0.
inline int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  const __int128 span = step > 0 ? static_cast<__int128>(stop) - start : static_cast<__int128>(start) - stop;
  if (span <= 0) return 0;
  const __int128 magnitude = step > 0 ? static_cast<__int128>(step) : -static_cast<__int128>(step);
  const __int128 length = (span + magnitude - 1) / magnitude;
  if (length > INT64_MAX) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(length);
}

// a + b (enumerate's last counter).
inline int64_t checked_add(int64_t a, int64_t b) {
  int64_t sum;
  if (__builtin_add_overflow(a, b, &sum)) raise_int64_overflow();
  return sum;
}

// A float truncated to an int (int(x), %d): NaN and infinities raise what CPython raises, a
// finite value outside the 64-bit range raises OverflowError.
inline int64_t float_to_int64(double value) {
  if (std::isnan(value)) raise(exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(value)) raise(exc::OverflowError, "cannot convert float infinity to integer");
  // 2^63 is exactly representable; every double below it in magnitude converts without UB.
  if (!(value > -9223372036854775808.0 - 1024.0 && value < 9223372036854775808.0)) raise_int64_overflow();
  if (value <= -9223372036854775808.0) return INT64_MIN;
  return static_cast<int64_t>(value);
}

}  // namespace gilvm
