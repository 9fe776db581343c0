// Operators and protocols on values (operations.cpp). Results are new references.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/int64_edges.h"
#include "runtime/object.h"

namespace gilvm {

struct ThreadState;

// A new Str or Bytes of `like`'s kind made from `init` (its constructor's arguments), and in
// `out` its text to write into: a result made at its final size and filled in place. In line:
// called, it costs a concatenation of two short strs a fifth more.
template <typename... Init>
[[gnu::always_inline]] inline Value new_same_kind_text(Value like, char*& out, Init&&... init) {
  if (is_kind(like, Kind::Bytes)) {
    auto* object = new Bytes(std::forward<Init>(init)...);
    out = object->data.data();
    return Value::object(object);
  }
  auto* object = new Str(std::forward<Init>(init)...);
  out = object->text.data();
  return Value::object(object);
}
bool truthy(Value v);
// truthy() with a bool's and an int's answer in line: what a predicate or key function called
// from native code (filter's) mostly returns.
[[gnu::always_inline]] inline bool truthy_in_line(Value v) {
  if (v.tag == Tag::Bool) return v.b;
  if (v.tag == Tag::Int) return v.i != 0;
  return truthy(v);
}
bool values_equal(Value a, Value b);
size_t hash_value(Value v);  // raises TypeError for unhashable values
// hash_value() of an exact tuple whose items are ints below 2**61 in magnitude or strs (grid
// coordinates, (word, tag) pairs: most tuple keys), which calls nothing that may raise or run a
// script, so that dicts and sets probe for such keys in line; false for any other tuple.
bool plain_tuple_hash(const Tuple& tuple, size_t& hash);
// TypeError "unhashable type: 'list'" (a new reference).
Value unhashable_error(Value v);
bool unhashable_builtin_of_kind(Value v);  // unhashable_builtin() past its kind test
// Whether hash_value(v) raises at once, by its type alone: a list, dict, set (not frozen),
// bytearray, deque or slice. The paths that raise without a C++ throw test it before a dict or
// set is touched (`d[[1]] = 2`, `[1] in seen` caught in a loop).
[[gnu::always_inline]] inline bool unhashable_builtin(Value v) {
  constexpr uint64_t kKinds =
      uint64_t{1} << static_cast<unsigned>(Kind::List) | uint64_t{1} << static_cast<unsigned>(Kind::Dict) |
      uint64_t{1} << static_cast<unsigned>(Kind::Set) | uint64_t{1} << static_cast<unsigned>(Kind::ByteArray) |
      uint64_t{1} << static_cast<unsigned>(Kind::Deque) | uint64_t{1} << static_cast<unsigned>(Kind::Slice);
  return v.is_obj() && ((kKinds >> static_cast<unsigned>(v.obj->kind)) & 1) != 0 &&
         unhashable_builtin_of_kind(v);
}
// Whether two strs' texts are equal: sizes, then the bytes in line, 8 or 4 at a time (the last
// load overlapping the one before), calling nothing, so that a hash table's probe, which compares
// texts after the hashes matched, needs no stack frame.
[[gnu::always_inline]] inline bool same_text(const Str& a, const Str& b) {
  const size_t n = a.text.size();
  if (n != b.text.size()) return false;
  const char *x = a.text.data(), *y = b.text.data();
  auto load8 = [](const char* p) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
  };
  auto load4 = [](const char* p) {
    uint32_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (load8(x + i) != load8(y + i)) return false;
    }
    return load8(x + n - 8) == load8(y + n - 8);
  }
  if (n >= 4) return load4(x) == load4(y) && load4(x + n - 4) == load4(y + n - 4);
  // 1 to 3 bytes: two 2-byte loads, at the start and at the last byte, which reach the
  // terminating NUL that every std::string has at data()[size()] (equal in both).
  auto load2 = [](const char* p) {
    uint16_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
  };
  return n == 0 || (load2(x) == load2(y) && load2(x + n - 1) == load2(y + n - 1));
}
// values_equal(stored, key) where it needs no call: the same object, two ints, two strs (a
// hash table's probe, after the hashes matched: word counts, sets of ints). nullopt otherwise.
inline std::optional<bool> keys_equal_inline(Value stored, Value key) {
  if (stored.tag == Tag::Obj && key.tag == Tag::Obj) {
    if (stored.obj == key.obj) return true;
    if (stored.obj->kind == Kind::Str && key.obj->kind == Kind::Str)
      return same_text(*as_str(stored), *as_str(key));
  } else if (stored.tag == Tag::Int && key.tag == Tag::Int) {
    return stored.i == key.i;
  }
  return std::nullopt;
}
// keys_equal_inline() for a hash table's probe loop, as a plain int (kKeysEqual, kKeysDiffer,
// kKeysUndecided) that the compiler keeps in flags, not a std::optional packed into a register.
enum KeysCompared { kKeysDiffer, kKeysEqual, kKeysUndecided };
[[gnu::always_inline]] inline KeysCompared compare_keys_inline(Value stored, Value key) {
  if (stored.i == key.i && stored.tag == key.tag &&
      (stored.tag == Tag::Obj || stored.tag == Tag::Int))
    return kKeysEqual;  // the same object or int
  if (stored.tag == Tag::Obj && key.tag == Tag::Obj) {
    if (stored.obj->kind == Kind::Str && key.obj->kind == Kind::Str)
      return same_text(*as_str(stored), *as_str(key)) ? kKeysEqual : kKeysDiffer;
  } else if (stored.tag == Tag::Int && key.tag == Tag::Int) {
    return kKeysDiffer;
  }
  return kKeysUndecided;
}
// compare_keys_inline(), and tuples of the same length compared item by item so, in order, up to
// the first item that differs (as CPython's tuple == stops there) or that it cannot decide: a set
// of coordinate pairs, or a dict of (i, j) keys, probes with nothing called.
[[gnu::always_inline]] inline KeysCompared compare_table_keys(Value stored, Value key) {
  const KeysCompared compared = compare_keys_inline(stored, key);
  if (compared != kKeysUndecided || !is_kind(stored, Kind::Tuple) || !is_kind(key, Kind::Tuple))
    return compared;
  const Tuple& a = *as_tuple(stored);
  const Tuple& b = *as_tuple(key);
  if (a.subclass || b.subclass || a.items.size() != b.items.size()) return kKeysUndecided;
  for (size_t k = 0; k < a.items.size(); ++k) {
    const KeysCompared item = compare_keys_inline(a.items[k], b.items[k]);
    if (item != kKeysEqual) return item;
  }
  return kKeysEqual;
}
// values_equal with those cases inline (`x in a_list`, list.count, list.index, list.remove):
// the same object or int, two ints or two strs decided in a few instructions, with no call.
[[gnu::always_inline]] inline bool keys_equal(Value stored, Value key) {
  const KeysCompared compared = compare_keys_inline(stored, key);
  return compared == kKeysUndecided ? values_equal(stored, key) : compared == kKeysEqual;
}
// keys_equal() for a dict or set look-up that holds the container's `mutex` (taken when
// free-threaded): a script's __eq__ may run, which may use this very container (the mutex is not
// reentrant) or wait for a thread that waits for it. So the mutex is let go around the comparison,
// a reference to the stored key held, and taken again; the caller then checks whether the
// container changed meanwhile and starts again if so, as under a GIL.
bool keys_equal_unlocking(ContainerMutex& mutex, Value stored, Value key);
std::string type_name(Value v);
// The same name without a copy, valid while `v` lives (isinstance() compares it per call).
std::string_view type_name_view(Value v);
// The int an instance's __index__ returns (a new reference), for where CPython takes any object
// with one as an int (indexing, slicing, range(), hex()...); Undefined for any other value.
Value index_dunder(Value v);
// v, or the int its __index__ returns when it is an instance with one (kept alive by `holder`).
Value indexed(Value v, Ref& holder);
// indexed(v) when that is an int, a bool or a big int; TypeError "'T' object cannot be
// interpreted as an integer" otherwise (chr(), hex()...).
Value integer_value(Value v, Ref& holder);
// Whether v is one of the builtins that stand for a type (int, list, ...): a class in CPython.
bool is_type_builtin(Value v);
std::string repr(Value v);
std::string to_str(Value v);
Value binary_op(Op op, Value a, Value b);  // ADD .. BIT_XOR
// The ZeroDivisionError's message for TRUEDIV, FLOORDIV or MOD by zero, of ints or (`floats`)
// with a float, as CPython 3.11 words it.
const char* zero_division_message(Op op, bool floats);
// True if `a op b` divides a number by zero (a ZeroDivisionError).
bool divides_by_zero(Op op, Value a, Value b);
Value compare_op(Op op, Value a, Value b);
// Builtin values that no script's method takes part in operating on: two numbers or two strs
// compare and combine without running script code or raising (plain_operands_error(), the sort
// keys of attribute_sort_keys()).
enum class PlainOperand : uint8_t { kNumber, kText, kNone, kOther };
PlainOperand plain_operand(Value v);
// The TypeError that binary_op(op, a, b) raises for a str and a number or None, or None and a
// number (`"n=" + 5`, `total + None`), under +, -, / and //, and for None and a number or None,
// or a str and a str, None or a float, under * (`price * None`, `"-" * "3"`): made without a
// throw, for run() to raise pending (scripts catch it in loops). Undefined for any other
// operands.
Value plain_operands_error(Op op, Value a, Value b);
// The TypeError of -v, +v or ~v (`op`) for a str or None, or ~ of a float (`-field`), made
// without a throw for run() to raise pending; Undefined for any other operand.
Value plain_unary_error(Op op, Value v);
// The TypeError of `a < b` (<, <=, >, >= : `op`) for plain operands that do not order: a number
// and a str, None and anything plain (`1 < "a"`, `x > None`); made without a throw, as
// plain_operands_error(). Undefined for any other operands.
Value plain_comparison_error(Op op, Value a, Value b);
// A binary operator or comparison (not in place) on a script instance `a` once its own dunder,
// run as a frame of the interpreter's, answered NotImplemented: the rest of binary_op() or
// compare_op(), which does not ask `a` again.
Value operator_past_declined(Op op, Value a, Value b);
// a OP= b: lists (+=) and sets (|= &= -= ^=) change in place and are returned; else binary_op.
Value inplace_op(Op op, Value a, Value b);
bool less_than(Value a, Value b);
bool greater_than(Value a, Value b);  // a > b: max()'s test, as CPython's (its TypeError says '>')
Value unary_op(Op op, Value v);
bool contains(Value container, Value item);
Value get_item(Value container, Value index);
// d[key] for a key that `dict` lacks: a defaultdict calls its default_factory and stores the
// result under the key, as CPython's defaultdict.__missing__ does, and returns the value under
// the key (a new reference); Undefined for a dict, or a default_factory of None (KeyError then).
Value missing_dict_item(Dict& dict, Value key);
void set_item(Value container, Value index, Value value);
// container[start:stop:step] and container[start:stop:step] = value (BINARY_SLICE,
// STORE_SLICE; step None when absent): as get_item and set_item with slice(start, stop, step),
// without making the slice for builtin sequences.
Value get_slice(Value container, Value start, Value stop, Value step);
// The positions a slice object selects in a sequence of `length` items, as CPython's
// PySlice_Unpack and PySlice_AdjustIndices compute them: start, start + step, ... (count of them).
// For the native sequences outside this file (array.array).
struct SlicePositions {
  int64_t start, step, count;
};
SlicePositions slice_positions(Value slice, size_t length);
Value copy_list(List& list);  // list[:]: a new list of the same items (list(x), x.copy())
// BINARY_SLICE's and STORE_SLICE's list cases: the bounds start, stop and (when has_step) step
// where the interpreter's stack has them; as get_slice() and set_slice().
Value list_slice_from_stack(List& list, const Value* bounds, bool has_step);
void assign_list_slice_from_stack(List& list, const Value* bounds, bool has_step, Value value);
// An optional start or end argument of str.find(), bytes.count(), list.index() and the like,
// taken as a slice index of a sequence of `length` items (CPython's _PyEval_SliceIndex, then
// PySlice_AdjustIndices without the upper clamp): an int (a big one beyond either end), counted
// from the end when negative and then no lower than 0. None stands for `none_means`; without
// one (list.index, tuple.index) it is a TypeError, as CPython's _PyEval_SliceIndexNotNone.
int64_t slice_argument(Value v, int64_t length, std::optional<int64_t> none_means);
// set_item's and set_slice's `value` is a reference the caller drops afterwards (the
// interpreter's stack): a list that nothing else refers to may give its items to a slice.
void set_slice(Value container, Value start, Value stop, Value step, Value value);
Value get_iterator(Value iterable);
// TypeError "'int' object is not iterable" (a new reference).
Value not_iterable_error(Value iterable);
// get_iterator(), but a number's, None's or a bool's TypeError left pending (raise_pending(),
// Undefined returned) rather than thrown: iter()'s Native::call1, GET_ITER's (`for x in 5`).
Value iterator_or_pending(Value iterable);
// Whether `v` is an iterator: one of the VM's, a generator, or an object with __next__.
bool is_iterator(Value v);
// What an __iter__ returned (the reference taken), checked as CPython's iter() checks it:
// is_iterator(), else TypeError "iter() returned non-iterator of type 'X'".
Value checked_iterator(Value iterator);
bool iterator_next(Value iterator, Value& out);  // false when exhausted
// enumerate's number for the item it hands out now (the iterator's reference moves to the
// caller), the next one put in its place (in line: FOR_ITER over an enumerate of a generator
// takes one per item; a big int past 2**63 - 1 out of line).
Value big_enumerate_count_after(Value number);
inline Value take_enumerate_count(Iterator& it) {
  const Value number = it.count;
  it.count = number.is_int() && number.i != INT64_MAX ? Value::integer(number.i + 1)
                                                      : big_enumerate_count_after(number);
  return number;
}
// How many items `iterator` will likely give, for the first allocation of a vector that collects
// them (list(map(f, l)), sorted(zip(a, b))): a list's or tuple's iterator its items left, a map's,
// zip's or enumerate's the fewest of its inputs' (these iterators over lists or tuples); 0 when
// unknown, and always when free-threaded (another thread may be changing the list). A hint: the
// lists may change meanwhile.
size_t items_expected(Value iterator);
// FOR_ITER when UNPACK `count` comes next (`for k, v in d.items()`, `for i, x in enumerate(a)`,
// `for x, y in zip(a, b)`): the next item's parts (new references) go straight to `top`, in
// UNPACK's order (the first part highest), and no tuple is made or refilled. kOther for any
// other iterator or count: iterator_next() and UNPACK then.
enum class UnpackedNext { kItems, kDone, kOther };
UnpackedNext iterator_next_unpacked(Value iterator, uint32_t count, Value* top);
// The next value of a range's iterator, or false at its end: under the iterator's lock when
// free-threaded (threads may share it). In line in FOR_ITER's range loop and iterator_next().
[[gnu::always_inline]] inline bool range_iterator_next(Iterator& it, bool free_threaded,
                                                       Value& item) {
  ContainerLock lock(it.mutex, free_threaded);
  if (!(it.step > 0 ? it.next_value < it.stop : it.next_value > it.stop)) return false;
  item = Value::integer(it.next_value);
  if (!advance_range(it.next_value, it.step)) it.next_value = it.stop;
  return true;
}

// The next item of a list's iterator (a new reference), or false at the list's end: under the
// list's lock when free-threaded, the item counted before it is released (another thread may
// replace and free it as soon as it is). In line in FOR_ITER's list loop, iterator_next() and
// the inputs of enumerate, zip and map.
[[gnu::always_inline]] inline bool list_iterator_next(Iterator& it, bool free_threaded,
                                                      Value& item) {
  List& list = *as_list(it.sequence);
  ContainerLock lock(list.mutex, free_threaded);
  if (it.index >= list.items.size()) [[unlikely]] {
    it.index = SIZE_MAX;  // done for good, as CPython's drops its list: growing it resumes nothing
    return false;
  }
  item = list.items[it.index++];
  incref(item);
  return true;
}

// A tuple's iterator: the items never change; the position is the iterator's (its lock when
// free-threaded, as iterator_next() takes it).
[[gnu::always_inline]] inline bool tuple_iterator_next(Iterator& it, bool free_threaded,
                                                       Value& item) {
  const std::vector<Value>& items = as_tuple(it.sequence)->items;
  ContainerLock lock(it.mutex, free_threaded);
  if (it.index >= items.size()) return false;
  item = items[it.index++];
  incref(item);
  return true;
}

// The items of an exact list or tuple, read by index where they lie, the length read again at
// each step as a list iterator reads it (a key, __bool__, __eq__ or __add__ run between may change
// the list); nullptr for any other iterable, and for a list when free-threaded (another thread
// may resize it: ItemsByIndex reads one under its lock). A tuple's items never change.
inline const std::vector<Value>* items_read_by_index(Value iterable) {
  if (is_exact_tuple(iterable)) return &as_tuple(iterable)->items;
  return is_exact_list(iterable) && !free_threaded() ? &as_list(iterable)->items : nullptr;
}
// The same in either mode, an item at a time: free-threaded, a list's item is read (and counted)
// under its lock. Empty (false) for any other iterable.
class ItemsByIndex {
 public:
  explicit ItemsByIndex(Value iterable) {
    if (is_exact_tuple(iterable)) {
      items_ = &as_tuple(iterable)->items;
    } else if (is_exact_list(iterable)) {
      items_ = &as_list(iterable)->items;
      if (free_threaded()) mutex_ = &as_list(iterable)->mutex;
    }
  }
  explicit operator bool() const { return items_ != nullptr; }
  // The item at `index`, a new reference, in `item`; false past the end.
  [[gnu::always_inline]] bool take(size_t index, Value& item) const {
    if (mutex_) return take_locked(index, item);
    if (index >= items_->size()) return false;
    item = (*items_)[index];
    incref(item);
    return true;
  }

 private:
  // Out of line: in line, its lock's call (a contended one's) cost max()'s key loop a frame
  // under a GIL too.
  bool take_locked(size_t index, Value& item) const;

  const std::vector<Value>* items_ = nullptr;
  ContainerMutex* mutex_ = nullptr;  // a list's, free-threaded
};

// The items of a list's or tuple's iterator that has a next item, else null: the inputs of zip()
// and enumerate() that FOR_ITER's unpacking and zip's pairs take from in line, under a GIL.
[[gnu::always_inline]] inline const std::vector<Value>* next_sequence_items(Value input) {
  if (input.obj->kind != Kind::Iterator) return nullptr;
  const auto& it = *static_cast<const Iterator*>(input.obj);
  if (it.source != Iterator::Source::Sequence) return nullptr;
  const Kind kind = it.sequence.obj->kind;
  const std::vector<Value>* items = kind == Kind::List    ? &as_list(it.sequence)->items
                                    : kind == Kind::Tuple ? &as_tuple(it.sequence)->items
                                                          : nullptr;
  return items && it.index < items->size() ? items : nullptr;
}
// A zip of two such inputs that both have a next item: their items. Two different iterators:
// `zip(it, it)` takes two items of one, the second of which may not be there.
[[gnu::always_inline]] inline bool next_sequence_pair_items(const Iterator& zip,
                                                            const std::vector<Value>*& first,
                                                            const std::vector<Value>*& second) {
  if (zip.inputs.size() != 2 || zip.inputs[0].obj == zip.inputs[1].obj) return false;
  first = next_sequence_items(zip.inputs[0]);
  second = first ? next_sequence_items(zip.inputs[1]) : nullptr;
  return second != nullptr;
}
[[gnu::always_inline]] inline Value take_sequence_item(Value input,
                                                       const std::vector<Value>& items) {
  const Value item = items[static_cast<Iterator*>(input.obj)->index++];
  incref(item);
  return item;
}
// Free-threaded, zip's and enumerate's pairs are taken in line only from iterators their user
// owns outright (each counted once: the stack holds the enumerate or zip, which alone holds its
// inputs), so that no other thread advances them; a list's items are read under its lock, as
// another thread may change the list. An iterator over a list or tuple that only its holder holds:
[[gnu::always_inline]] inline bool owned_sequence_iterator(Value input) {
  return input.obj->kind == Kind::Iterator && uniquely_referenced(*input.obj) &&
         static_cast<const Iterator*>(input.obj)->source == Iterator::Source::Sequence;
}
// Its next item (a new reference); false, with nothing taken, at its end or for a sequence other
// than a list or tuple.
bool take_owned_sequence_item(Value input, Value& item);
// The next pair of `zip` (two such inputs, `zip` itself counted once) as new references; false,
// with nothing taken, for other zips or at the end (the general way then ends it as CPython does).
[[gnu::always_inline]] inline bool owned_zip_pair(Iterator& zip, Value& first_item,
                                                  Value& second_item) {
  if (zip.inputs.size() != 2 || zip.inputs[0].obj == zip.inputs[1].obj ||
      !uniquely_referenced(zip) || !owned_sequence_iterator(zip.inputs[0]) ||
      !owned_sequence_iterator(zip.inputs[1]) ||
      !take_owned_sequence_item(zip.inputs[0], first_item))
    return false;
  if (take_owned_sequence_item(zip.inputs[1], second_item)) return true;
  // The second is at its end: the first item goes back (its iterator is the zip's alone).
  --static_cast<Iterator*>(zip.inputs[0].obj)->index;
  decref(first_item);
  return false;
}

// The position of `item` in the range `r`, or -1 when it is not in it.
int64_t range_position(const Range& r, Value item);
int64_t length(Value v);
// len(v) as a Value: the builtin len's one-argument entry (Native::call1), by which CALL knows it.
// Undefined with its TypeError pending (raise_pending()) for a value without len().
Value length_of(Value v);
// What an instance's __len__() returned, as CPython's slot_sq_length takes it: an int (a bool, an
// object's __index__) that fits in a Py_ssize_t and is not negative; else the TypeError,
// ValueError or OverflowError.
int64_t length_result(Value result);
// str % args, bytes % args. With `pending`, a number field's TypeError for a value that is no
// number (`"%d" % "x"`) comes back as Undefined, left pending (raise_pending()), not thrown.
Value percent_format(Value format, Value args, bool pending = false);
// a + b of two strs (bytes false) or two bytes (true), of the exact types: `a` and `b` are read,
// not released.
Value concatenate_text(Value a, Value b, bool bytes);
// a + b of two exact lists or two exact tuples (concatenates_items()): `a` and `b` are read, not
// released.
Value concatenate_items(Value a, Value b);
// Whether a + b is concatenate_items()'s: two exact lists or two exact tuples (a subclass on
// either side may define __add__ or __radd__).
inline bool concatenates_items(Value a, Value b) {
  return (is_exact_list(a) && is_exact_list(b)) || (is_exact_tuple(a) && is_exact_tuple(b));
}
// str * times (bytes false) or bytes * times (true), of the exact types (`a` read, not released).
Value repeat_text(Value a, int64_t times, bool bytes);
std::vector<Value> sequence_items(
    Value v);  // new references to the items of a list/tuple (raises otherwise)
// New references to the items of an exact list or tuple appended to `target`, the items of a
// list no other thread knows yet ([*l], f(*args)).
void append_items(std::vector<Value>& target, Value sequence);
// Sorts ints or exact strs with no key in place, as sort_by_key() would, and true; false,
// with nothing done, for any other items. Runs no script code and takes no lock: list.sort()
// sorts a list's items under its lock.
bool sort_plain(std::vector<Value>& items, bool reverse);
// Sorts `items` in place (a stable sort, as Python's), compared by key(item) when key is
// neither Undefined nor None, with CPython's comparisons in its order (timsort.h) wherever one
// may run script code. If a key function raises, the items are left as they were; if a
// comparison raises, as CPython's list.sort leaves its list (a permutation). The items stay the
// caller's: key functions run script code, during which other threads may run.
void sort_by_key(ThreadState& thread, std::vector<Value>& items, Value key, bool reverse);
// sort_by_key() of a copy of `items`: the same values, no new references.
std::vector<Value> sorted_by_key(ThreadState& thread, const std::vector<Value>& items, Value key,
                                 bool reverse);
// dict.update(source) and dict(source): a dict's items, or an iterable of key/value pairs.
void update_dict(Dict& target, Value source);
// update_dict() of a dict no other thread knows yet (d.copy(), dict(d), {**d}): an empty one
// copies a dict whole (Dict::copy_from).
void update_new_dict(Dict& target, Value source);
void delete_item(Value container, Value index);  // del container[index]
// A byte that a bytearray stores (ba[i] = v, append, `v in ba`...): an int, or an object's
// __index__, in 0..255; CPython's TypeError and ValueError otherwise.
char byte_value(Value v);
// The bytes of bytes(source) and bytearray(source) for a source other than an int or a str: a
// bytes-like object's, or each int of an iterable (`range_message` the ValueError of one beyond
// 0..255); for anything else a TypeError, its message not_iterable(source).
std::string bytes_of_iterable(Value source, std::string (*not_iterable)(Value),
                              const char* range_message);

// The most bytes a repetition (`[0] * n`, `'x' * n`) may ask for: beyond it MemoryError is
// raised before anything is allocated (also in sanitizer builds, whose allocators abort rather
// than throw). Default: the machine's physical memory, which such a request could never get;
// a host may set less (the fuzzer does), but not below kSequenceBytesAlwaysAllowed, which a
// repetition is given without looking at the limit.
constexpr size_t kSequenceBytesAlwaysAllowed = size_t{1} << 20;
size_t sequence_byte_limit();
void set_sequence_byte_limit(size_t bytes);

}  // namespace gilvm
