// The consumers of one iterable whose call on a generator CALL drives in run(): sum(g),
// list(g), tuple(g), sorted(g), sep.join(g), any(g) and all(g) (Native::InLine kSum to kAll;
// interpreter.cpp, FrameReturn::kConsume). The generator's frame runs above the call, and each item it yields
// goes to the consumer's accumulator on the caller's stack: no native call, no nested run() and
// no suspension per item. consumer_take() takes what it can without running script code (as a
// YieldSink's take()); the first item it declines ends that: the generator suspends, and
// consumer_rest() goes on as the builtin would (builtins.cpp).
#pragma once

#include <new>

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/operations.h"
#include "runtime/value.h"

namespace gilvm {

struct ThreadState;

// total + item where CPython's sum() adds without objects: in its int loop two ints whose sum
// fits, in its float loop a float or an int (as a double, as CPython's `(double)value`). False
// where sum() calls `+` (an overflow, a bool, a float after ints, anything else).
[[gnu::always_inline]] inline bool add_in_line(Value total, Value item, Value& out) {
  if (total.is_int()) {
    int64_t sum;
    if (!item.is_int() || __builtin_add_overflow(total.i, item.i, &sum)) return false;
    out = Value::integer(sum);
    return true;
  }
  if (!total.is_float()) return false;
  if (item.is_float()) {
    out = Value::floating(total.f + item.f);
    return true;
  }
  if (!item.is_int()) return false;
  out = Value::floating(total.f + static_cast<double>(item.i));
  return true;
}

// The accumulator's first value (owned): 0, an empty list, or None.
Value consumer_start(Native::InLine kind);
// consumer_take() of an item to append past the list's room.
bool consumer_append_grown(List& list, Value item);
// Takes `item` (owned) into `accumulator` and true, or false, leaving both. In line: it runs per
// item.
[[gnu::always_inline]] inline bool consumer_take(Native::InLine kind, Value& accumulator,
                                                 Value item) {
  if (kind == Native::InLine::kSum) return add_in_line(accumulator, item, accumulator);
  if (kind <= Native::InLine::kJoin) {  // the consumer's own list
    auto& items = as_list(accumulator)->items;
    if (items.size() == items.capacity()) [[unlikely]]
      return consumer_append_grown(*as_list(accumulator), item);
    items.push_back(item);
    return true;
  }
  // any(), all(): the item that stops is declined, as TruthSearch declines it.
  return !item.is_obj() && truthy_in_line(item) != (kind == Native::InLine::kAny);
}
// The call's result once the generator has ended; takes the accumulator. `self`: join's
// separator.
Value consumer_result(ThreadState& thread, Native::InLine kind, Value accumulator, Value self);
// The call's result from `item` (declined) and the generator's items after it; takes the
// accumulator and the item, borrows the generator (suspended) and `self`.
Value consumer_rest(ThreadState& thread, Native::InLine kind, Value accumulator, Value item,
                    Value generator, Value self);

}  // namespace gilvm
