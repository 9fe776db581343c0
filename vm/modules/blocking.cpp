// The argument conventions of blocking waits (blocking.h).
#include "modules/blocking.h"

#include <algorithm>

#include "runtime/exceptions.h"
#include "runtime/operations.h"

namespace gilvm {

std::optional<double> timeout_argument(Value timeout, bool negative_raises) {
  if (timeout.is_undefined() || timeout.is_none()) return std::nullopt;
  if (!timeout.is_int() && !timeout.is_float()) {
    raise(exc::TypeError, "'" + type_name(timeout) + "' object cannot be interpreted as a number");
  }
  double seconds = timeout.is_int() ? static_cast<double>(timeout.i) : timeout.f;
  if (seconds < 0 && negative_raises)
    raise(exc::ValueError, "'timeout' must be a non-negative number");
  return std::clamp(seconds, 0.0,
                    1e9);  // ~31 years: far enough, and no overflow in the clock's type
}

}  // namespace gilvm
