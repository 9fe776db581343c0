// The `_heapq` module: heappush, heappop, heapify, heapreplace, heappushpop and the max-heap
// helpers that heapq.merge(reverse=True) uses, in C++ as CPython's Modules/_heapqmodule.c has
// them (heapq.py imports them; in the VM's Python they cost three times CPython's). The same
// sift algorithms, so heaps hold their items in the same order as CPython's, and the same
// errors.
//
// Items are compared with `<` as the VM compares them (script __lt__, tuples item by item).
// Free-threaded, another thread may change the list meanwhile: the heap is read and changed
// under the list's lock, as the list methods do, and the lock is let go around any comparison
// that may run script code (an __lt__); then, as CPython checks after each comparison, a list
// whose size changed meanwhile is a RuntimeError. Ints, floats, strs and tuples of them are
// compared in line under the lock: nothing runs that could touch the list.
#include "modules/module_heapq.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "modules/inline_order.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// A list's lock, taken while free-threaded (nothing under a GIL), that can be let go and taken
// again around script code.
class ListHold {
 public:
  explicit ListHold(List& list) : list_(list), free_threaded_(free_threaded()) { lock(); }
  ~ListHold() { unlock(); }
  ListHold(const ListHold&) = delete;
  ListHold& operator=(const ListHold&) = delete;
  void lock() {
    if (free_threaded_) {
      list_.mutex.lock();
      held_ = true;
    }
  }
  void unlock() {
    if (held_) {
      list_.mutex.unlock();
      held_ = false;
    }
  }
  std::vector<Value>& items() { return list_.items; }

 private:
  List& list_;
  const bool free_threaded_;
  bool held_ = false;
};

constexpr size_t kNoSizeCheck = SIZE_MAX;

// a < b for items of the held list (item_less). What less_inline() leaves is compared by
// compare_op() with the lock let go (references held to both); then, unless `size` is
// kNoSizeCheck, a list that no longer has `size` items is CPython's RuntimeError.
[[gnu::noinline]] bool item_less_by_compare(ListHold& hold, Value a, Value b, size_t size) {
  bool less;
  {
    Ref x = Ref::borrow(a), y = Ref::borrow(b);
    hold.unlock();
    less = truthy(Ref::steal(compare_op(Op::LT, x.get(), y.get())).get());
  }  // the references dropped outside the lock: a destructor may run
  hold.lock();
  if (size != kNoSizeCheck && hold.items().size() != size)
    raise(exc::RuntimeError, "list changed size during iteration");
  return less;
}
// In line in the sift loops: two ints compared with no call (the call cost more than the test).
[[gnu::always_inline]] inline bool item_less(ListHold& hold, Value a, Value b, size_t size) {
  const int inline_answer = less_inline(a, b);
  if (inline_answer >= 0) [[likely]]
    return inline_answer;
  return item_less_by_compare(hold, a, b, size);
}

// The sift loops' in-line part, while the items compared are two ints or two floats: nothing can
// run or let go of the lock there, so the moving item is held aside and written once where it
// lands (the hole method: the same heap as CPython's swaps, a third of the stores). Each returns
// where the sift goes on by comparisons (item_less), or kSifted.
constexpr size_t kSifted = SIZE_MAX;

// a < b (b < a for a max-heap) for two ints or two floats: 1 or 0, or -1 for anything else.
template <bool kMaxHeap>
[[gnu::always_inline]] inline int numbers_less(Value a, Value b) {
  if (kMaxHeap) std::swap(a, b);
  if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i < b.i;
  if (a.tag == Tag::Float && b.tag == Tag::Float) return a.f < b.f;
  return -1;
}

template <bool kMaxHeap>
size_t sift_down_numbers(std::vector<Value>& items, size_t startpos, size_t pos) {
  const Value item = items[pos];
  while (pos > startpos) {
    const size_t parentpos = (pos - 1) >> 1;
    const int moves = numbers_less<kMaxHeap>(item, items[parentpos]);
    if (moves <= 0) {
      items[pos] = item;
      return moves == 0 ? kSifted : pos;
    }
    items[pos] = items[parentpos];
    pos = parentpos;
  }
  items[pos] = item;
  return kSifted;
}

// CPython's siftdown(): moves the item at `pos` up towards `startpos` while it is less than its
// parent (greater, for a max-heap).
void sift_down(ListHold& hold, size_t startpos, size_t pos, bool max_heap) {
  std::vector<Value>& items = hold.items();
  const size_t size = items.size();
  if (pos >= size) raise(exc::IndexError, "index out of range");
  pos = max_heap ? sift_down_numbers<true>(items, startpos, pos)
                 : sift_down_numbers<false>(items, startpos, pos);
  if (pos == kSifted) return;
  while (pos > startpos) {
    const size_t parentpos = (pos - 1) >> 1;
    const bool moves = max_heap ? item_less(hold, items[parentpos], items[pos], size)
                                : item_less(hold, items[pos], items[parentpos], size);
    if (!moves) break;
    std::swap(items[parentpos], items[pos]);  // read again: a comparison may have let go the lock
    pos = parentpos;
  }
}

// sift_up()'s in-line part: the smaller child (the greater, for a max-heap) moves up while the
// two children compared are numbers of one kind. Returns where the item that was at `pos` is now
// (its leaf, when the loop ran to the end).
template <bool kMaxHeap>
size_t sift_up_numbers(std::vector<Value>& items, size_t pos) {
  const size_t endpos = items.size();
  const size_t limit = endpos >> 1;
  const Value item = items[pos];
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const int left_first = numbers_less<kMaxHeap>(items[childpos], items[childpos + 1]);
      if (left_first < 0) break;
      if (!left_first) ++childpos;
    }
    items[pos] = items[childpos];
    pos = childpos;
  }
  items[pos] = item;
  return pos;
}

// CPython's siftup(): moves the smaller child up (the greater, for a max-heap) until `pos` is a
// leaf, then sifts the item that was at `pos` back down from there.
void sift_up(ListHold& hold, size_t pos, bool max_heap) {
  std::vector<Value>& items = hold.items();
  const size_t endpos = items.size();
  const size_t startpos = pos;
  if (pos >= endpos) raise(exc::IndexError, "index out of range");
  pos = max_heap ? sift_up_numbers<true>(items, pos) : sift_up_numbers<false>(items, pos);
  const size_t limit = endpos >> 1;  // the first position without a child
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const bool left_first = max_heap ? item_less(hold, items[childpos + 1], items[childpos], endpos)
                                       : item_less(hold, items[childpos], items[childpos + 1], endpos);
      if (!left_first) ++childpos;
    }
    std::swap(items[childpos], items[pos]);
    pos = childpos;
  }
  sift_down(hold, startpos, pos, max_heap);
}

// The highest power of two not above n (n > 0), as CPython's keep_top_bit().
size_t keep_top_bit(size_t n) {
  int shift = 0;
  while (n > 1) {
    n >>= 1;
    ++shift;
  }
  return n << shift;
}

// CPython's heapify_internal(): bottom-up, and for a heap of more than 2500 items its cache
// friendly order (each parent sifted as soon as both its children are: the same comparisons,
// the same heap).
void heapify_list(ListHold& hold, bool max_heap) {
  const size_t n = hold.items().size();
  if (n <= 2500) {
    for (size_t i = n >> 1; i-- > 0;) sift_up(hold, i, max_heap);
    return;
  }
  const size_t m = n >> 1;  // the first position without a child
  const size_t leftmost = keep_top_bit(m + 1) - 1;
  const size_t mhalf = m >> 1;
  auto sift_row = [&](size_t from, size_t down_to) {
    for (size_t i = from; i-- > down_to;) {
      for (size_t j = i;; j >>= 1) {
        sift_up(hold, j, max_heap);
        if (!(j & 1)) break;
      }
    }
  };
  sift_row(leftmost, mhalf);
  sift_row(m, leftmost);
}

// ---- arguments, with CPython's messages

[[noreturn]] void no_keywords(const char* function) {
  raise(exc::TypeError, std::string("_heapq.") + function + "() takes no keyword arguments");
}

std::string bad_type_name(Value v) { return v.is_none() ? "None" : type_name(v); }

// The heap argument, a list.
List& heap_list(const char* function, const char* argument, Value heap) {
  if (!is_kind(heap, Kind::List))
    raise(exc::TypeError, std::string(function) + "() " + argument + " must be list, not " +
                              bad_type_name(heap));
  return *as_list(heap);
}

// heapify(heap), heappop(heap): the one argument, a list.
List& one_list_argument(const char* function, const Args& args) {
  args.expect_one(std::string("_heapq.") + function);
  return heap_list(function, "argument", args.positional[0]);
}

// heappush(heap, item) and the like: a list and an item.
List& list_and_item(const char* function, const Args& args) {
  if (args.keyword_count() > 0) no_keywords(function);
  if (args.count != 2)
    raise(exc::TypeError, std::string(function) + " expected 2 arguments, got " +
                              std::to_string(args.count));
  return heap_list(function, "argument 1", args.positional[0]);
}

// ---- the functions

void push(List& list, Value item) {
  incref(item);
  ListHold hold(list);
  hold.items().push_back(item);
  sift_down(hold, 0, hold.items().size() - 1, false);
}

Value heappush(ThreadState&, Value, const Args& args) {
  push(list_and_item("heappush", args), args.positional[1]);
  return Value::none();
}

// heappush(heap, item) with just those two (Native::call2): no Args made and checked.
Value heappush_of(Value heap, Value item) {
  push(heap_list("heappush", "argument 1", heap), item);
  return Value::none();
}

// The heap's top taken off, or Undefined when it is empty.
Value pop_top(List& list, bool max_heap) {
  Ref returned;
  {
    ListHold hold(list);
    std::vector<Value>& items = hold.items();
    if (items.empty()) return Value::undefined();
    const Value last = items.back();  // the list's reference passes to us
    items.pop_back();
    if (items.empty()) return last;
    returned = Ref::steal(items[0]);
    items[0] = last;
    sift_up(hold, 0, max_heap);
  }  // (an error leaves `last` in the list and drops the popped item, as CPython)
  return returned.release();
}

Value pop(ThreadState& thread, const char* function, const Args& args, bool max_heap) {
  const Value top = pop_top(one_list_argument(function, args), max_heap);
  if (top.is_undefined()) return raise_pending(thread, exc::IndexError, "index out of range");
  return top;
}

Value heappop(ThreadState& thread, Value, const Args& args) {
  return pop(thread, "heappop", args, false);
}

// heappop(heap) with just the heap (Native::call1). (An empty heap's IndexError is thrown here:
// a loop ends on it at most once, where `while heap:` is the common test.)
Value heappop_of(Value heap) {
  const Value top = pop_top(heap_list("heappop", "argument", heap), false);
  if (top.is_undefined()) raise(exc::IndexError, "index out of range");
  return top;
}

Value heappop_max(ThreadState& thread, Value, const Args& args) {
  return pop(thread, "_heappop_max", args, true);
}

Value replace(ThreadState& thread, const char* function, const Args& args, bool max_heap) {
  List& list = list_and_item(function, args);
  Ref returned;
  {
    ListHold hold(list);
    std::vector<Value>& items = hold.items();
    if (items.empty()) {
      hold.unlock();
      return raise_pending(thread, exc::IndexError, "index out of range");
    }
    returned = Ref::steal(items[0]);
    incref(args.positional[1]);
    items[0] = args.positional[1];
    sift_up(hold, 0, max_heap);
  }
  return returned.release();
}

Value heapreplace(ThreadState& thread, Value, const Args& args) {
  return replace(thread, "heapreplace", args, false);
}

Value heapreplace_max(ThreadState& thread, Value, const Args& args) {
  return replace(thread, "_heapreplace_max", args, true);
}

Value heappushpop(ThreadState& thread, Value, const Args& args) {
  List& list = list_and_item("heappushpop", args);
  const Value item = args.positional[1];
  Ref returned;
  {
    ListHold hold(list);
    std::vector<Value>& items = hold.items();
    // The item comes back at once unless the heap's top is less than it.
    if (items.empty() || !item_less(hold, items[0], item, kNoSizeCheck)) {
      incref(item);
      return item;
    }
    if (items.empty()) {  // emptied during the comparison
      hold.unlock();
      return raise_pending(thread, exc::IndexError, "index out of range");
    }
    returned = Ref::steal(items[0]);
    incref(item);
    items[0] = item;
    sift_up(hold, 0, false);
  }
  return returned.release();
}

Value heapify(ThreadState&, Value, const Args& args) {
  ListHold hold(one_list_argument("heapify", args));
  heapify_list(hold, false);
  return Value::none();
}

Value heapify_max(ThreadState&, Value, const Args& args) {
  ListHold hold(one_list_argument("_heapify_max", args));
  heapify_list(hold, true);
  return Value::none();
}

}  // namespace

Value make_heapq_native_module(VM&) {
  auto* module = new Module("_heapq");
  module->add_function("heappush", heappush)->call2 = heappush_of;
  module->add_function("heappop", heappop)->call1 = heappop_of;
  module->add_function("heapify", heapify);
  module->add_function("heapreplace", heapreplace);
  module->add_function("heappushpop", heappushpop);
  module->add_function("_heappop_max", heappop_max);
  module->add_function("_heapreplace_max", heapreplace_max);
  module->add_function("_heapify_max", heapify_max);
  return Value::object(module);
}

}  // namespace gilvm
