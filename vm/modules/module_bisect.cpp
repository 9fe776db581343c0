// The `_bisect` module: bisect_left, bisect_right, insort_left and insort_right, with lo, hi and
// key=, in C++ as CPython's Modules/_bisectmodule.c has them (bisect.py imports them), with its
// argument handling and errors. Any sequence: a list's items are read under its lock (ints,
// floats, strs and tuples of them compared there, in line), a tuple's directly, others' by
// indexing; a key function and comparisons that may run script code run with no lock held.
#include "modules/module_bisect.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/inline_order.h"
#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"

namespace gilvm {

namespace {

// The arguments (a, x, lo=0, hi=None, *, key=None), bound as CPython's argument clinic binds
// them, with its messages.
struct Bound {
  Value a, x;
  int64_t lo = 0;
  int64_t hi = -1;  // None, or -1 given: the sequence's length
  Value key;        // None when absent
};

// lo: an int (or __index__), as a Py_ssize_t.
int64_t lo_argument(Value v) {
  Ref converted;
  v = indexed(v, converted);
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b;
  if (is_bigint(v)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

// hi: None (-1) or an int (or __index__), as CPython's _Py_convert_optional_to_ssize_t.
int64_t hi_argument(Value v) {
  if (v.is_none()) return -1;
  Ref converted;
  v = indexed(v, converted);
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b;
  if (is_bigint(v)) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  raise(exc::TypeError, "argument should be integer or None, not '" + type_name(v) + "'");
}

Bound bind_arguments(const char* function, const Args& args) {
  static constexpr std::string_view kNames[] = {"a", "x", "lo", "hi", "key"};
  if (args.count > 4)
    raise(exc::TypeError, std::string(function) + "() takes at most 4 positional arguments (" +
                              std::to_string(args.count) + " given)");
  Value given[5] = {Value::undefined(), Value::undefined(), Value::undefined(),
                    Value::undefined(), Value::undefined()};
  for (size_t i = 0; i < args.count; ++i) given[i] = args.positional[i];
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    size_t slot = 0;
    while (slot < 5 && kNames[slot] != name) ++slot;
    if (slot == 5)
      raise(exc::TypeError,
            "'" + name + "' is an invalid keyword argument for " + function + "()");
    if (slot < args.count)
      raise(exc::TypeError, std::string("argument for ") + function + "() given by name ('" +
                                name + "') and position (" + std::to_string(slot + 1) + ")");
    given[slot] = args.keyword_values[k];
  }
  for (size_t slot = 0; slot < 2; ++slot) {
    if (given[slot].is_undefined())
      raise(exc::TypeError, std::string(function) + "() missing required argument '" +
                                std::string(kNames[slot]) + "' (pos " + std::to_string(slot + 1) +
                                ")");
  }
  Bound bound;
  bound.a = given[0];
  bound.x = given[1];
  if (!given[2].is_undefined()) bound.lo = lo_argument(given[2]);
  if (!given[3].is_undefined()) bound.hi = hi_argument(given[3]);
  bound.key = given[4].is_undefined() ? Value::none() : given[4];
  return bound;
}

// len(a) as PySequence_Size() takes it.
int64_t sequence_length(Value a) {
  if (is_kind(a, Kind::List)) {
    List& list = *as_list(a);
    ContainerLock lock(list.mutex);
    return static_cast<int64_t>(list.items.size());
  }
  if (is_kind(a, Kind::Dict)) raise(exc::TypeError, "dict is not a sequence");
  return length(a);
}

// a[i] (a new reference) as PySequence_GetItem() takes it, for 0 <= i.
Value sequence_item(Value a, int64_t i) {
  if (is_kind(a, Kind::Tuple)) {
    const std::vector<Value>& items = as_tuple(a)->items;
    if (static_cast<uint64_t>(i) >= items.size()) raise(exc::IndexError, "tuple index out of range");
    incref(items[static_cast<size_t>(i)]);
    return items[static_cast<size_t>(i)];
  }
  if (a.is_int() || a.is_float() || a.is_bool() || a.is_none() || is_bigint(a))
    raise(exc::TypeError, "'" + type_name(a) + "' object does not support indexing");
  return get_item(a, Value::integer(i));
}

// Under the lock of the list whose items these are: narrows [lo, hi) by the comparisons that
// less_inline() decides (x < item for bisect_right, item < x for bisect_left); true when done
// (lo == hi), false at the first comparison it leaves to compare_op().
bool narrow_in_line(const std::vector<Value>& items, Value x, int64_t& lo, int64_t& hi, bool right) {
  while (lo < hi) {
    const int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    if (static_cast<uint64_t>(mid) >= items.size()) raise(exc::IndexError, "list index out of range");
    const Value item = items[static_cast<size_t>(mid)];
    const int answer = right ? less_inline(x, item) : less_inline(item, x);
    if (answer < 0) return false;
    if (answer == static_cast<int>(right))  // right: x < item; left: not item < x
      hi = mid;
    else
      lo = mid + 1;
  }
  return true;
}

// CPython's internal_bisect_right() (`right`) and internal_bisect_left(), from [lo, hi), where
// hi == -1 stands for the sequence's length. A list without a key is searched under its lock as
// far as comparisons in line go.
int64_t bisect(ThreadState& thread, Value a, Value x, int64_t lo, int64_t hi, Value key, bool right) {
  if (lo < 0) raise(exc::ValueError, "lo must be non-negative");
  const bool keyed = !key.is_none();
  if (is_kind(a, Kind::List) && !keyed) {
    List& list = *as_list(a);
    ContainerLock lock(list.mutex);
    if (hi == -1) hi = static_cast<int64_t>(list.items.size());
    if (narrow_in_line(list.items, x, lo, hi, right)) return lo;
  }
  if (hi == -1) hi = sequence_length(a);
  while (lo < hi) {
    const int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Ref item;
    if (is_kind(a, Kind::List)) {
      List& list = *as_list(a);
      ContainerLock lock(list.mutex);
      if (static_cast<uint64_t>(mid) >= list.items.size())
        raise(exc::IndexError, "list index out of range");
      item = Ref::borrow(list.items[static_cast<size_t>(mid)]);
    } else {
      item = Ref::steal(sequence_item(a, mid));
    }
    if (keyed) item = Ref::steal(call_value(thread, key, &item.get(), 1));
    if (right ? less_general(x, item.get()) : !less_general(item.get(), x))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

Value bisect_right(ThreadState& thread, Value, const Args& args) {
  const Bound bound = bind_arguments("bisect_right", args);
  return Value::integer(bisect(thread, bound.a, bound.x, bound.lo, bound.hi, bound.key, true));
}

Value bisect_left(ThreadState& thread, Value, const Args& args) {
  const Bound bound = bind_arguments("bisect_left", args);
  return Value::integer(bisect(thread, bound.a, bound.x, bound.lo, bound.hi, bound.key, false));
}

// insort: x inserted where bisect (of key(x), with a key) puts it; a list directly, anything
// else by its insert method.
Value insort(ThreadState& thread, const Bound& bound, bool right) {
  const bool is_list = is_kind(bound.a, Kind::List);
  if (is_list && bound.key.is_none() && bound.lo >= 0) {
    // Searched and changed under one hold of the lock when every comparison is in line: threads
    // that insort ints into one list at once keep it sorted, as under CPython's GIL.
    List& list = *as_list(bound.a);
    int64_t lo = bound.lo, hi = bound.hi;
    ContainerLock lock(list.mutex);
    if (hi == -1) hi = static_cast<int64_t>(list.items.size());
    if (narrow_in_line(list.items, bound.x, lo, hi, right)) {
      incref(bound.x);
      const size_t at = std::min(static_cast<size_t>(lo), list.items.size());
      list.items.insert(list.items.begin() + static_cast<std::ptrdiff_t>(at), bound.x);
      return Value::none();
    }
  }
  int64_t index;
  if (bound.key.is_none()) {
    index = bisect(thread, bound.a, bound.x, bound.lo, bound.hi, bound.key, right);
  } else {
    Ref key = Ref::steal(call_value(thread, bound.key, &bound.x, 1));
    index = bisect(thread, bound.a, key.get(), bound.lo, bound.hi, bound.key, right);
  }
  if (is_list) {
    List& list = *as_list(bound.a);
    incref(bound.x);
    ContainerLock lock(list.mutex);
    const size_t at = std::min(static_cast<size_t>(index), list.items.size());
    list.items.insert(list.items.begin() + static_cast<std::ptrdiff_t>(at), bound.x);
    return Value::none();
  }
  static const Value name = interned_str("insert");
  Ref insert = Ref::steal(get_attribute(thread, bound.a, *as_str(name)));
  const Value call_args[2] = {Value::integer(index), bound.x};
  decref(call_value(thread, insert.get(), call_args, 2));
  return Value::none();
}

Value insort_right(ThreadState& thread, Value, const Args& args) {
  return insort(thread, bind_arguments("insort_right", args), true);
}

Value insort_left(ThreadState& thread, Value, const Args& args) {
  return insort(thread, bind_arguments("insort_left", args), false);
}

// The four with just (a, x) (Native::call2): no arguments bound, lo 0, hi the length, no key.
template <bool kRight>
Value bisect_of(Value a, Value x) {
  return Value::integer(bisect(current_thread_state(), a, x, 0, -1, Value::none(), kRight));
}
template <bool kRight>
Value insort_of(Value a, Value x) {
  Bound bound;
  bound.a = a;
  bound.x = x;
  return insort(current_thread_state(), bound, kRight);
}

}  // namespace

Value make_bisect_native_module(VM&) {
  auto* module = new Module("_bisect");
  module->add_function("bisect_right", bisect_right)->call2 = bisect_of<true>;
  module->add_function("bisect_left", bisect_left)->call2 = bisect_of<false>;
  module->add_function("insort_right", insort_right)->call2 = insort_of<true>;
  module->add_function("insort_left", insort_left)->call2 = insort_of<false>;
  return Value::object(module);
}

}  // namespace gilvm
