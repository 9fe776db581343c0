#include "runtime/deque.h"

#include <algorithm>
#include <optional>
#include <string>

#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/exceptions.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// ---- the ring (the caller holds the deque's lock)

constexpr size_t kSmallestRing = 8;  // kept when the deque empties: append/popleft in turn
                                     // allocate nothing

void resize_ring(Deque& deque, size_t capacity) {
  std::vector<Value> ring(capacity);
  for (size_t i = 0; i < deque.size; ++i) ring[i] = deque.at(i);
  deque.ring.swap(ring);
  deque.head = 0;
}

void make_room(Deque& deque) {
  if (deque.size == deque.ring.size())
    resize_ring(deque, std::max(kSmallestRing, deque.ring.size() * 2));
}

// Halves the ring once it is a quarter full: memory goes back as items leave, and growing and
// shrinking alternate at most once per half of the items moved (amortised O(1)).
void give_back_room(Deque& deque) {
  if (deque.ring.size() > kSmallestRing && deque.size * 4 <= deque.ring.size())
    resize_ring(deque, deque.ring.size() / 2);
}

void push(Deque& deque, Value item, bool left) {  // takes the reference
  make_room(deque);
  if (left) {
    deque.head = (deque.head - 1) & (deque.ring.size() - 1);
    deque.ring[deque.head] = item;
  } else {
    deque.ring[(deque.head + deque.size) & (deque.ring.size() - 1)] = item;
  }
  ++deque.size;
  ++deque.state;
}

Value take(Deque& deque, bool left) {  // the deque is not empty; gives its reference away
  Value item;
  if (left) {
    item = deque.ring[deque.head];
    deque.head = (deque.head + 1) & (deque.ring.size() - 1);
  } else {
    item = deque.at(deque.size - 1);
  }
  --deque.size;
  ++deque.state;
  give_back_room(deque);
  return item;
}

// Adds `item` (taking the reference) at one end; a full deque drops the item at the other end,
// returned for the caller to release after the lock (else Undefined).
Value add_locked(Deque& deque, Value item, bool left) {
  push(deque, item, left);
  if (deque.maxlen >= 0 && deque.size > static_cast<size_t>(deque.maxlen))
    return take(deque, !left);
  return Value::undefined();
}


// Adds every item of `items` (taking their references).
void add_all(Deque& deque, const std::vector<Value>& items, bool left) {
  std::vector<Value> dropped;
  {
    ContainerLock lock(deque.mutex);
    for (Value item : items) {
      const Value gone = add_locked(deque, item, left);
      if (!gone.is_undefined()) dropped.push_back(gone);
    }
  }
  for (Value v : dropped) decref(v);
}

// Moves the last n items to the front (n > 0) or the first -n to the back, as CPython's
// _deque_rotate: no reference counted, the shorter way round; a full ring only moves its head.
void rotate_locked(Deque& deque, int64_t n) {
  const auto size = static_cast<int64_t>(deque.size);
  if (size <= 1) return;
  const int64_t half = size >> 1;
  if (n > half || n < -half) {
    n %= size;
    if (n > half)
      n -= size;
    else if (n < -half)
      n += size;
  }
  ++deque.state;
  const size_t mask = deque.ring.size() - 1;
  if (deque.size == deque.ring.size()) {
    deque.head = (deque.head - static_cast<size_t>(n)) & mask;
    return;
  }
  for (; n > 0; --n) {
    const Value item = deque.at(deque.size - 1);
    deque.head = (deque.head - 1) & mask;
    deque.ring[deque.head] = item;
  }
  for (; n < 0; ++n) {
    const Value item = deque.ring[deque.head];
    deque.head = (deque.head + 1) & mask;
    deque.at(deque.size - 1) = item;
  }
}

// Takes out the item at `position` (< size), closing the gap from the nearer end.
Value remove_at_locked(Deque& deque, size_t position) {
  const Value item = deque.at(position);
  if (position < deque.size / 2) {
    for (size_t i = position; i > 0; --i) deque.at(i) = deque.at(i - 1);
    deque.at(0) = item;
    return take(deque, true);
  }
  for (size_t i = position; i + 1 < deque.size; ++i) deque.at(i) = deque.at(i + 1);
  deque.at(deque.size - 1) = item;
  return take(deque, false);
}

// ---- arguments

[[noreturn]] void raise_mutated(ExceptionClass* cls) {
  raise(cls, "deque mutated during iteration");
}

void expect_none(const Args& args, const char* method) {  // CPython's METH_NOARGS messages
  if (args.keyword_count() > 0 || args.count != 0) raise_no_arguments(args, method);
}

// An argument CPython takes as a Py_ssize_t ("n"): an int or an instance's __index__.
int64_t ssize_argument(Value v) {
  Ref converted;
  v = integer_value(v, converted);
  if (is_bigint(v)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return v.is_bool() ? v.b : v.i;
}

// d[index]'s index as an int, before the lock (__index__ may run script code).
int64_t item_index(Value index) {
  Ref converted;
  const Value i = indexed(index, converted);
  if (is_bigint(i)) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  if (!i.is_int() && !i.is_bool())
    raise(exc::TypeError, "sequence index must be integer, not '" + type_name(index) + "'");
  return i.is_bool() ? i.b : i.i;
}

// Its position in the deque, under the lock.
size_t item_position(const Deque& deque, int64_t index) {
  if (index < 0) index += static_cast<int64_t>(deque.size);
  if (index < 0 || static_cast<uint64_t>(index) >= deque.size)
    raise(exc::IndexError, "deque index out of range");
  return static_cast<size_t>(index);
}

// The ContainerLock of a scan that compares items: let go around a comparison that may run a
// script __eq__ (which may use this deque, or wait for a thread that does).
class ScanLock {
 public:
  explicit ScanLock(Deque& deque) : mutex_(free_threaded() ? &deque.mutex : nullptr) {
    if (mutex_) mutex_->lock();
  }
  ~ScanLock() {
    if (mutex_ && held_) mutex_->unlock();
  }
  ScanLock(const ScanLock&) = delete;
  ScanLock& operator=(const ScanLock&) = delete;
  void release() {
    if (mutex_) mutex_->unlock();
    held_ = false;
  }
  void retake() {
    if (mutex_) mutex_->lock();
    held_ = true;
  }

 private:
  ContainerMutex* mutex_;
  bool held_ = true;
};

// The first position in [start, stop) whose item is `value` or equals it, or -1. Ints, strs and
// the value itself compare in line under the lock; any other comparison runs on a reference to
// the item without the lock, after which a deque changed meanwhile raises `mutated` "deque
// mutated during iteration", as CPython's. `found` runs under the lock on each position that
// matches and says whether to stop there (count goes on).
template <typename Found>
int64_t find_equal(Deque& deque, Value value, size_t start, size_t stop, ExceptionClass* mutated,
                   Found found) {
  ScanLock lock(deque);
  const uint64_t state = deque.state;
  for (size_t i = start; i < stop && i < deque.size; ++i) {
    const Value item = deque.at(i);
    std::optional<bool> equal = keys_equal_inline(item, value);
    if (!equal) {
      Ref held = Ref::borrow(item);
      lock.release();
      try {
        equal = values_equal(item, value);
      } catch (...) {
        lock.retake();
        throw;
      }
      lock.retake();
      if (deque.state != state) raise_mutated(mutated);
    }
    if (*equal && found(i)) return static_cast<int64_t>(i);
  }
  return -1;
}

// ---- the methods

Value deque_append(ThreadState&, Value self, const Args& args) {
  args.expect_one("deque.append");
  incref(args.positional[0]);
  deque_add(*as_deque(self), args.positional[0], false);
  return Value::none();
}

Value deque_appendleft(ThreadState&, Value self, const Args& args) {
  args.expect_one("deque.appendleft");
  incref(args.positional[0]);
  deque_add(*as_deque(self), args.positional[0], true);
  return Value::none();
}

Value pop_end(ThreadState& thread, Deque& deque, bool left) {
  Value item;
  if (!deque_take(deque, left, item))
    return raise_pending(thread, exc::IndexError, "pop from an empty deque");
  return item;
}

Value deque_pop(ThreadState& thread, Value self, const Args& args) {
  expect_none(args, "deque.pop");
  return pop_end(thread, *as_deque(self), false);
}

Value deque_popleft(ThreadState& thread, Value self, const Args& args) {
  expect_none(args, "deque.popleft");
  return pop_end(thread, *as_deque(self), true);
}

// extend and extendleft: items added one at a time as the iterable yields them (it may run
// script code, without the lock); a list's, a tuple's or this deque's own items all at once.
void extend(Deque& deque, Value iterable, bool left) {
  if (iterable.obj == &deque) return add_all(deque, deque_items(deque), left);
  if (is_kind(iterable, Kind::List) || is_kind(iterable, Kind::Tuple))
    return add_all(deque, sequence_items(iterable), left);
  Ref iterator = Ref::steal(get_iterator(iterable));
  Value item;
  while (iterator_next(iterator.get(), item)) deque_add(deque, item, left);
}

Value deque_extend(ThreadState&, Value self, const Args& args) {
  args.expect_one("deque.extend");
  extend(*as_deque(self), args.positional[0], false);
  return Value::none();
}

Value deque_extendleft(ThreadState&, Value self, const Args& args) {
  args.expect_one("deque.extendleft");
  extend(*as_deque(self), args.positional[0], true);
  return Value::none();
}

void clear(Deque& deque) {
  std::vector<Value> ring;
  size_t head, size;
  {
    ContainerLock lock(deque.mutex);
    ring.swap(deque.ring);
    head = deque.head;
    size = deque.size;
    deque.head = deque.size = 0;
    ++deque.state;
  }
  for (size_t i = 0; i < size; ++i) decref(ring[(head + i) & (ring.size() - 1)]);
}

Value deque_clear(ThreadState&, Value self, const Args& args) {
  expect_none(args, "deque.clear");
  clear(*as_deque(self));
  return Value::none();
}

Value copy_of(Deque& deque) { return new_deque(deque_items(deque), deque.maxlen); }

Value deque_copy(ThreadState&, Value self, const Args& args) {
  expect_none(args, "deque.copy");
  return copy_of(*as_deque(self));
}

Value deque_count(ThreadState&, Value self, const Args& args) {
  args.expect_one("deque.count");
  int64_t count = 0;
  find_equal(*as_deque(self), args.positional[0], 0, SIZE_MAX, exc::RuntimeError,
             [&](size_t) { return ++count, false; });
  return Value::integer(count);
}

Value deque_index(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "index() takes no keyword arguments");
  if (args.count < 1 || args.count > 3)
    raise(exc::TypeError, std::string("index() takes ") +
                              (args.count < 1 ? "at least 1 argument" : "at most 3 arguments") +
                              " (" + std::to_string(args.count) + " given)");
  Deque& deque = *as_deque(self);
  const auto size = static_cast<int64_t>(deque_length(deque));
  int64_t start = args.count > 1 ? slice_argument(args.positional[1], size, std::nullopt) : 0;
  int64_t stop = args.count > 2 ? slice_argument(args.positional[2], size, std::nullopt) : size;
  stop = std::min(stop, size);
  start = std::min(start, stop);
  const int64_t found =
      find_equal(deque, args.positional[0], static_cast<size_t>(start), static_cast<size_t>(stop),
                 exc::RuntimeError, [](size_t) { return true; });
  if (found < 0) raise(exc::ValueError, repr(args.positional[0]) + " is not in deque");
  return Value::integer(found);
}

Value deque_insert(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "insert() takes no keyword arguments");
  if (args.count != 2)
    raise(exc::TypeError,
          "insert() takes exactly 2 arguments (" + std::to_string(args.count) + " given)");
  const int64_t index = ssize_argument(args.positional[0]);
  Deque& deque = *as_deque(self);
  const Value item = args.positional[1];
  ContainerLock lock(deque.mutex);
  const auto size = static_cast<int64_t>(deque.size);
  if (deque.maxlen == size) raise(exc::IndexError, "deque already at its maximum size");
  const int64_t position = index >= size ? size
                           : index < 0   ? std::max<int64_t>(index + size, 0)
                                         : index;
  incref(item);
  if (position < size / 2) {  // in from the front: the items before it move one place left
    push(deque, item, true);
    for (int64_t i = 0; i < position; ++i)
      std::swap(deque.at(static_cast<size_t>(i)), deque.at(static_cast<size_t>(i) + 1));
  } else {
    push(deque, item, false);
    for (int64_t i = size; i > position; --i)
      std::swap(deque.at(static_cast<size_t>(i)), deque.at(static_cast<size_t>(i) - 1));
  }
  return Value::none();
}

Value deque_remove(ThreadState&, Value self, const Args& args) {
  args.expect_one("deque.remove");
  Deque& deque = *as_deque(self);
  Value removed = Value::undefined();
  // CPython's remove() reports a change during its comparisons as IndexError.
  find_equal(deque, args.positional[0], 0, SIZE_MAX, exc::IndexError,
             [&](size_t position) { return removed = remove_at_locked(deque, position), true; });
  if (removed.is_undefined()) raise(exc::ValueError, repr(args.positional[0]) + " is not in deque");
  decref(removed);
  return Value::none();
}

Value deque_reverse(ThreadState&, Value self, const Args& args) {
  expect_none(args, "deque.reverse");
  Deque& deque = *as_deque(self);
  ContainerLock lock(deque.mutex);
  for (size_t i = 0, j = deque.size; i + 1 < j; ++i, --j) std::swap(deque.at(i), deque.at(j - 1));
  return Value::none();
}

Value deque_rotate(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "rotate() takes no keyword arguments");
  if (args.count > 1)
    raise(exc::TypeError,
          "deque.rotate expected at most 1 argument, got " + std::to_string(args.count));
  const int64_t n = args.count ? ssize_argument(args.positional[0]) : 1;
  Deque& deque = *as_deque(self);
  ContainerLock lock(deque.mutex);
  rotate_locked(deque, n);
  return Value::none();
}

Value deque_reversed(ThreadState&, Value self, const Args& args) {
  expect_none(args, "deque.__reversed__");
  return deque_iterator(self, true);
}

// The count of d * n: an int (OverflowError beyond int64), anything else a TypeError.
int64_t repeat_count(Value n) {
  if (n.is_int() || n.is_bool()) return n.is_bool() ? n.b : n.i;
  if (is_bigint(n)) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(n) + "'");
}

// d *= n: the items n times over, the first ones dropped past maxlen (as n - 1 extends would).
void repeat_in_place(Deque& deque, int64_t times) {
  if (times <= 0) return clear(deque);
  const DequeSnapshot snapshot(deque);
  const std::vector<Value>& items = snapshot.items();
  const size_t size = items.size();
  if (size == 0 || times == 1) return;
  if (size > 1 && static_cast<uint64_t>(times) > static_cast<uint64_t>(INT64_MAX) / size)
    raise(exc::MemoryError, "");
  uint64_t total = size == 1 ? static_cast<uint64_t>(times) : size * static_cast<uint64_t>(times);
  if (deque.maxlen >= 0) total = std::min<uint64_t>(total, static_cast<uint64_t>(deque.maxlen));
  if (total > sequence_byte_limit() / sizeof(Value)) raise(exc::MemoryError, "");
  std::vector<Value> dropped;
  {
    ContainerLock lock(deque.mutex);
    // Appended: the items from position `size` of the repetition on, as many as end it at `total`
    // items after the drops (those past maxlen leave from the front).
    const uint64_t appended = size == 1 ? total - 1 : size * static_cast<uint64_t>(times) - size;
    const uint64_t skipped = appended > total ? appended - total : 0;
    for (uint64_t k = skipped; k < appended; ++k) {
      const Value item = items[k % size];
      incref(item);
      const Value gone = add_locked(deque, item, false);
      if (!gone.is_undefined()) dropped.push_back(gone);
    }
  }
  for (Value v : dropped) decref(v);
}

}  // namespace

void deque_add(Deque& deque, Value item, bool left) {
  Value dropped;
  {
    ContainerLock lock(deque.mutex);
    dropped = add_locked(deque, item, left);
  }
  decref(dropped);  // after the lock: freeing may free a container that locks
}

bool deque_take(Deque& deque, bool left, Value& item) {
  ContainerLock lock(deque.mutex);
  if (deque.size == 0) return false;
  item = take(deque, left);
  return true;
}

InLineMethod deque_in_line_method(NativeFn fn) {
  if (fn == &deque_append) return InLineMethod::kDequeAppend;
  if (fn == &deque_appendleft) return InLineMethod::kDequeAppendLeft;
  if (fn == &deque_pop) return InLineMethod::kDequePop;
  if (fn == &deque_popleft) return InLineMethod::kDequePopLeft;
  return InLineMethod::kNone;
}

// ---- for the runtime

Value new_deque(const std::vector<Value>& items, int64_t maxlen) {
  auto* deque = new Deque(maxlen);
  add_all(*deque, items, false);
  return Value::object(deque);
}

Value make_deque(ThreadState&, Value, const Args& args) {
  Value iterable = Value::undefined(), maxlen = Value::undefined();
  if (args.count > 2)
    raise(exc::TypeError,
          "deque() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
  if (args.count > 0) iterable = args.positional[0];
  if (args.count > 1) maxlen = args.positional[1];
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    Value& target = name == "iterable" ? iterable : maxlen;
    if ((name != "iterable" && name != "maxlen") || !target.is_undefined()) {
      raise(exc::TypeError, name == "iterable" || name == "maxlen"
                                ? "argument for deque() given by name ('" + name +
                                      "') and position (" + (name == "iterable" ? "1" : "2") + ")"
                                : "'" + name + "' is an invalid keyword argument for deque()");
    }
    target = args.keyword_values[k];
  }
  int64_t limit = -1;
  if (!maxlen.is_undefined() && !maxlen.is_none()) {
    if (is_bigint(maxlen))
      raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    if (!maxlen.is_int() && !maxlen.is_bool()) raise(exc::TypeError, "an integer is required");
    limit = maxlen.is_bool() ? maxlen.b : maxlen.i;
    if (limit < 0) raise(exc::ValueError, "maxlen must be non-negative");
  }
  Ref made = Ref::steal(Value::object(new Deque(limit)));
  if (!iterable.is_undefined()) extend(*as_deque(made.get()), iterable, false);
  return made.release();
}

const MethodTable& deque_methods() {
  static const MethodTable table = {{"append", deque_append}, {"appendleft", deque_appendleft},
                                    {"pop", deque_pop},       {"popleft", deque_popleft},
                                    {"extend", deque_extend}, {"extendleft", deque_extendleft},
                                    {"clear", deque_clear},   {"copy", deque_copy},
                                    {"__copy__", deque_copy}, {"count", deque_count},
                                    {"index", deque_index},   {"insert", deque_insert},
                                    {"remove", deque_remove}, {"reverse", deque_reverse},
                                    {"rotate", deque_rotate}, {"__reversed__", deque_reversed}};
  return table;
}

Value deque_maxlen(const Deque& deque) {
  return deque.maxlen < 0 ? Value::none() : Value::integer(deque.maxlen);
}

size_t deque_length(Deque& deque) {
  ContainerLock lock(deque.mutex);
  return deque.size;
}

std::vector<Value> deque_items(Deque& deque) {
  ContainerLock lock(deque.mutex);
  std::vector<Value> items(deque.size);
  for (size_t i = 0; i < deque.size; ++i) {
    items[i] = deque.at(i);
    incref(items[i]);
  }
  return items;
}

Value deque_get_item(Deque& deque, Value index) {
  const int64_t i = item_index(index);
  ContainerLock lock(deque.mutex);
  const Value item = deque.at(item_position(deque, i));
  incref(item);
  return item;
}

void deque_set_item(Deque& deque, Value index, Value value) {
  const int64_t i = item_index(index);
  Value old;
  {
    ContainerLock lock(deque.mutex);
    Value& slot = deque.at(item_position(deque, i));
    old = slot;
    incref(value);
    slot = value;
  }
  decref(old);
}

void deque_delete_item(Deque& deque, Value index) {
  const int64_t i = item_index(index);
  Value old;
  {
    ContainerLock lock(deque.mutex);
    old = remove_at_locked(deque, item_position(deque, i));
  }
  decref(old);
}

bool deque_contains(Deque& deque, Value item) {
  return find_equal(deque, item, 0, SIZE_MAX, exc::RuntimeError, [](size_t) { return true; }) >= 0;
}

Value deque_iterator(Value deque, bool reversed) {
  auto* it = new Iterator();
  it->source = reversed ? Iterator::Source::ReversedDeque : Iterator::Source::Deque;
  incref(deque);
  it->sequence = deque;
  ContainerLock lock(as_deque(deque)->mutex);
  it->stop = static_cast<int64_t>(as_deque(deque)->state);  // the state it must keep
  return Value::object(it);
}

bool deque_iterator_next(Iterator& it, Value& out) {
  Deque& deque = *as_deque(it.sequence);
  ContainerLock lock(deque.mutex);  // also orders threads sharing the iterator
  if (static_cast<int64_t>(deque.state) != it.stop) raise_mutated(exc::RuntimeError);
  if (it.index >= deque.size) return false;
  const size_t position =
      it.source == Iterator::Source::Deque ? it.index : deque.size - 1 - it.index;
  ++it.index;
  out = deque.at(position);
  incref(out);
  return true;
}

const char* deque_iterator_type_name(bool reversed) {
  return reversed ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator";
}

Value deque_binary(Op op, Value a, Value b, bool in_place) {
  if (op == Op::ADD && is_kind(a, Kind::Deque)) {
    if (in_place) {
      extend(*as_deque(a), b, false);
      incref(a);
      return a;
    }
    if (!is_kind(b, Kind::Deque))
      raise(exc::TypeError, "can only concatenate deque (not \"" + type_name(b) + "\") to deque");
    Ref made = Ref::steal(copy_of(*as_deque(a)));
    extend(*as_deque(made.get()), b, false);
    return made.release();
  }
  if (op != Op::MUL) return Value::undefined();
  if (!is_kind(a, Kind::Deque)) {
    if (!is_kind(b, Kind::Deque)) return Value::undefined();
    std::swap(a, b);  // n * d
  }
  const int64_t times = repeat_count(b);
  if (in_place) {
    repeat_in_place(*as_deque(a), times);
    incref(a);
    return a;
  }
  Ref made = Ref::steal(copy_of(*as_deque(a)));
  repeat_in_place(*as_deque(made.get()), times);
  return made.release();
}

}  // namespace gilvm
