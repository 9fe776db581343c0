// collections.deque (deque.cpp), as CPython 3.11's (Modules/_collectionsmodule.c): a sequence
// with O(1) appends and pops at both ends and an optional maxlen (a full deque drops an item from
// the other end), whose iterators stop with RuntimeError once it changes size or order. Native
// because the class of two lists it replaces cost five times CPython's per append/popleft and,
// being script code, let a thread switch come inside popleft: producer/consumer code relies on
// append and popleft being atomic, as CPython's are under its GIL.
//
// The items live in a ring (a power-of-two array, the first item at `head`): append and popleft
// move one value; the ring doubles when full and halves when a quarter full, so the memory of
// items that left is given back. Every access takes the deque's ContainerLock (free-threaded
// only), never held while script code runs: count, index, remove and `in` let it go around a
// script __eq__ and then check `state`, as CPython checks after each comparison.
#pragma once

#include <cstdint>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/function.h"
#include "runtime/method_table.h"
#include "runtime/object.h"

namespace gilvm {

struct Deque final : Object {
  explicit Deque(int64_t max_length) : Object(Kind::Deque), maxlen(max_length) {}
  ~Deque() override {
    for (size_t i = 0; i < size; ++i) decref(at(i));
  }
  const int64_t maxlen;  // -1: unbounded
  ContainerMutex mutex;
  // Guarded by mutex. ring.size() is 0 or a power of two; the items (owned) are at(0 .. size-1).
  std::vector<Value> ring;
  size_t head = 0, size = 0;
  // Changed by every change of size or order (not by d[i] = x), as CPython's `state`: iterators
  // and comparison loops that find it changed raise.
  uint64_t state = 0;
  Value& at(size_t i) { return ring[(head + i) & (ring.size() - 1)]; }
};

inline Deque* as_deque(Value v) { return static_cast<Deque*>(v.obj); }

// deque(iterable=(), maxlen=None): the type, as `_collections.deque` names it.
Value make_deque(ThreadState& thread, Value self, const Args& args);
// A new deque of `maxlen` (-1: unbounded) holding `items` (taking their references; the first
// ones dropped past maxlen).
Value new_deque(const std::vector<Value>& items, int64_t maxlen);
const MethodTable& deque_methods();
Value deque_maxlen(const Deque& deque);  // d.maxlen: an int, or None
size_t deque_length(Deque& deque);
// Owned references to the items at one moment: what comparisons and repr read without the lock.
std::vector<Value> deque_items(Deque& deque);
// deque_items() released with the holder.
class DequeSnapshot {
 public:
  explicit DequeSnapshot(Deque& deque) : items_(deque_items(deque)) {}
  ~DequeSnapshot() {
    for (Value v : items_) decref(v);
  }
  DequeSnapshot(const DequeSnapshot&) = delete;
  DequeSnapshot& operator=(const DequeSnapshot&) = delete;
  const std::vector<Value>& items() const { return items_; }

 private:
  std::vector<Value> items_;
};
// d.append(x) (left: appendleft), taking the caller's reference to x; a full deque's dropped
// item is released after the lock. The interpreter calls it in line, as list.append.
void deque_add(Deque& deque, Value item, bool left);
// d.pop() (left: popleft) into `item` (its reference the caller's); false, with nothing done, when
// the deque is empty (the method's call then raises IndexError).
bool deque_take(Deque& deque, bool left, Value& item);
Value deque_get_item(Deque& deque, Value index);  // d[i]: a new reference
void deque_set_item(Deque& deque, Value index, Value value);
void deque_delete_item(Deque& deque, Value index);
bool deque_contains(Deque& deque, Value item);
// iter(d) and reversed(d): Iterator::Source::Deque / ReversedDeque, read by deque_iterator_next.
Value deque_iterator(Value deque, bool reversed);
bool deque_iterator_next(Iterator& it, Value& out);
const char* deque_iterator_type_name(bool reversed);
// d + other, d * n, n * d, and d += iterable, d *= n in place: a new reference, or Undefined when
// neither operand makes it a deque operation.
Value deque_binary(Op op, Value a, Value b, bool in_place);

}  // namespace gilvm
