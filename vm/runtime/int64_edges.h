// Integer edges where gilvm still works in 64 bits (range bounds, C-level sizes): each helper
// raises a clear error (what CPython raises where it has one, else OverflowError) instead of
// wrapping or invoking undefined behaviour. Where an int result may grow, big ints
// (runtime/bigint.h) give CPython's value instead.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/exceptions.h"

namespace gilvm {

// The next value of a range iterator; false (the range is exhausted) when it would pass the
// 64-bit limits, which the range's stop cannot lie beyond.
inline bool advance_range(int64_t& next_value, int64_t step) {
  return !__builtin_add_overflow(next_value, step, &next_value);
}

// len(range(start, stop, step)) without overflow; a length beyond 2^63 - 1 raises CPython's
// OverflowError. `step` is not 0.
inline int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  // A span within 64 bits, the common case, needs no 128-bit division (a library call of some
  // fifty instructions per len() or slice of a range).
  int64_t narrow;
  if (!__builtin_sub_overflow(step > 0 ? stop : start, step > 0 ? start : stop, &narrow)) {
    if (narrow <= 0) return 0;
    if (step == 1 || step == -1) return narrow;
    const uint64_t magnitude =
        step > 0 ? static_cast<uint64_t>(step) : -static_cast<uint64_t>(step);
    return static_cast<int64_t>((static_cast<uint64_t>(narrow) - 1) / magnitude + 1);
  }
  const __int128 span =
      step > 0 ? static_cast<__int128>(stop) - start : static_cast<__int128>(start) - stop;
  if (span <= 0) return 0;
  const __int128 magnitude = step > 0 ? static_cast<__int128>(step) : -static_cast<__int128>(step);
  const __int128 length = (span + magnitude - 1) / magnitude;
  if (length > INT64_MAX) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(length);
}

}  // namespace gilvm
