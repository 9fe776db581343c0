#include "runtime/set.h"

#include <cmath>
#include <memory>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "modules/builtins.h"
#include "runtime/bigint.h"
#include "runtime/exceptions.h"
#include "runtime/frozenset_constant.h"
#include "runtime/generator.h"
#include "runtime/complex.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"

namespace gilvm {

namespace {

constexpr size_t kLinearProbes = 9;  // LINEAR_PROBES
constexpr int kPerturbShift = 5;     // PERTURB_SHIFT

// One linear run of a probe, read from the control bytes: bit k of each mask is slot first + k,
// for the run's `count` slots (kLinearProbes + 1, or 1 near the table's end).
struct RunMasks {
  unsigned empty;  // kCtrlEmpty: the probe ends at the first
  unsigned dummy;  // kCtrlDummy
  unsigned match;  // an active key whose control byte is `want` (its hash may be the key's)
  // The slots before the first empty one (all of the run if none is empty).
  unsigned before_empty() const { return empty ? (empty & (0u - empty)) - 1 : ~0u; }
};

[[gnu::always_inline]] inline RunMasks scan_run(const uint8_t* ctrl, size_t count, uint8_t want) {
#if defined(__SSE2__)
  const unsigned in_run = (1u << count) - 1;
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(ctrl));
  auto equal_to = [&](uint8_t b) {
    return static_cast<unsigned>(
               _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(b))))) &
           in_run;
  };
  return {equal_to(Set::kCtrlEmpty), equal_to(Set::kCtrlDummy), equal_to(want)};
#else
  // Up to the first empty slot: the callers read nothing past it.
  RunMasks masks{0, 0, 0};
  for (size_t k = 0; k < count; ++k) {
    if (ctrl[k] == Set::kCtrlEmpty) {
      masks.empty = 1u << k;
      break;
    }
    masks.dummy |= unsigned{ctrl[k] == Set::kCtrlDummy} << k;
    masks.match |= unsigned{ctrl[k] == want} << k;
  }
  return masks;
#endif
}

// The slot count of the linear run from slot i (CPython's `probes` + 1).
[[gnu::always_inline]] inline size_t run_length(size_t i, size_t mask) {
  return i + kLinearProbes <= mask ? kLinearProbes + 1 : 1;
}

// CPython's hash of an int that fits 64 bits: its value modulo 2**61 - 1, keeping the sign;
// -1 (the C API's error value) becomes -2.
size_t int_hash(int64_t i) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  uint64_t magnitude = i < 0 ? uint64_t{0} - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  auto h = static_cast<int64_t>(magnitude < kModulus ? magnitude : magnitude % kModulus);
  if (i < 0) h = -h;
  if (h == -1) h = -2;
  return static_cast<size_t>(h);
}

bool is_set(Value v) { return is_kind(v, Kind::Set); }

Set& set_of(Value v) { return *as_set(v); }

void release(std::vector<Value>& items) {
  for (Value v : items) decref(v);
  items.clear();
}

Value new_set(bool frozen) { return Value::object(new Set(frozen)); }

// Calls fn(key, hash) on each key of `set` with the hash its table keeps, while fn returns true
// (CPython's set_next loops, which stop at the first answer). Under a GIL the table is read in
// place, by index (fn may run a script __eq__ that changes the set, as CPython's set_next
// allows), with a reference to the key while fn runs; free-threaded, from a copy of the table
// taken under the set's lock, its keys referenced. Whether fn said true to every key.
template <class Fn>
bool all_entries(Set& set, Fn fn) {
  if (!free_threaded()) {
    return Set::all_active(set.table, [&](size_t i) {
      const Value key = set.table[i].key();  // read before fn may change the table
      const size_t hash = set.table[i].hash();
      Ref held = Ref::borrow(key);
      return fn(key, hash);
    });
  }
  std::vector<Set::Entry> entries;
  {
    ContainerLock lock(set.mutex);
    entries.reserve(set.used);
    Set::for_each_active(set.ctrl(), set.table.size(), [&](size_t i) {
      incref(set.table[i].key());
      entries.push_back(set.table[i]);
    });
  }
  size_t done = 0;
  bool all = true;
  try {
    for (; done < entries.size(); ++done) {
      if (all) all = fn(entries[done].key(), entries[done].hash());
      decref(entries[done].key());
    }
  } catch (...) {
    for (; done < entries.size(); ++done) decref(entries[done].key());
    throw;
  }
  return all;
}

// all_entries() of an fn that never stops the loop.
template <class Fn>
void for_each_entry(Set& set, Fn fn) {
  all_entries(set, [&](Value key, size_t hash) {
    fn(key, hash);
    return true;
  });
}

// Calls fn on each item of `iterable`: a set's keys as for_each_entry() reads them; other
// iterables as CPython's set_update_internal does, one item at a time: set(range(10**6)) makes
// no list of a million items first.
template <class Fn>
void for_each_item(Value iterable, Fn fn) {
  if (is_set(iterable)) return for_each_entry(set_of(iterable), [&](Value key, size_t) { fn(key); });
  if (const std::vector<Value>* items = items_read_by_index(iterable)) {  // set(l): no iterator
    for (size_t i = 0; i < items->size(); ++i) fn(Ref::borrow((*items)[i]).get());
    return;
  }
  Ref iterator = Ref::steal(get_iterator(iterable));
  for (Value item; iterator_next(iterator.get(), item);) {
    Ref held = Ref::steal(item);
    fn(item);
  }
}

// set(generator)'s items added at the generator's yield while adding them runs no script: the
// set holds only numbers, strs and bytes (whose hashes and comparisons are the VM's own), and the
// item is one of them. Any other item is declined, comes out as next() gives it, and is added by
// the caller, who then calls dirty(): a later key might compare equal to it by its __eq__.
class ScriptFreeAdder final : public YieldSink {
 public:
  explicit ScriptFreeAdder(Set& target) : target_(target) {}
  bool take(Value item) override {
    if (dirty_ || (item.is_obj() && !is_kind(item, Kind::Str) && !is_kind(item, Kind::Bytes)))
      return false;
    target_.add(item);
    decref(item);
    return true;
  }
  void dirty() { dirty_ = true; }

 private:
  Set& target_;
  bool dirty_ = false;
};

void add_all(Set& target, Value iterable) {
  if (is_set(iterable)) return target.merge(set_of(iterable));
  if (const std::vector<Value>* items = items_read_by_index(iterable)) {  // set(l), under a GIL
    for (size_t i = 0; i < items->size(); ++i) {
      const Value item = (*items)[i];
      // A str added where every key is one whose comparisons run no script (small_ints_exact)
      // cannot be freed meanwhile: no reference is taken for it (ints and floats have none).
      if (item.is_obj() && !(target.small_ints_exact && item.obj->kind == Kind::Str)) {
        target.add(Ref::borrow(item).get());
      } else {
        target.add(item);
      }
    }
    return;
  }
  if (is_kind(iterable, Kind::Generator) && target.size() == 0) {
    ScriptFreeAdder sink(target);
    ThreadState& thread = current_thread_state();
    for (Value item; next_untaken(thread, iterable, item, sink);) {
      Ref held = Ref::steal(item);
      sink.dirty();
      target.add(item);
    }
    return;
  }
  for_each_item(iterable, [&](Value v) { target.add(v); });
}

Value copy_of(bool frozen, Value source) {
  Ref result = Ref::steal(new_set(frozen));
  add_all(set_of(result.get()), source);
  return result.release();
}

// The operations follow setobject.c step by step (which set is copied, which one iterated), so
// that their results iterate in CPython's order.
Value set_union(bool frozen, Value a, Value b) {
  Ref result = Ref::steal(copy_of(frozen, a));
  if (a.obj == b.obj) return result.release();  // no merge (which would grow the table) of a copy
  add_all(set_of(result.get()), b);
  return result.release();
}

// `free - piece` of sets of small ints: the keys of `from` that `other` lacks added to `out` in
// from's table order, each key's membership one bit of the other's, with no __eq__ or __hash__
// to run. False, with nothing done, for other keys, and free-threaded.
bool difference_of_small_ints(const Set& from, const Set& other, Set& out) {
  if (free_threaded() || !other.small_ints_exact || !from.all_small_ints()) return false;
  Set::for_each_active(from.table.ctrl(), from.table.size(), [&](size_t i) {
    const Set::Entry& entry = from.table[i];
    if (!other.has_small_int_key(entry.key())) out.add_entry(entry.key(), entry.hash());
  });
  return true;
}

Value set_intersection(bool frozen, Value a, Value b) {
  if (a.obj == b.obj) return copy_of(frozen, a);  // CPython's: a copy, its table sized at once
  Ref result = Ref::steal(new_set(frozen));
  Set& into = set_of(result.get());
  if (!is_set(b)) {
    for_each_item(b, [&](Value k) {
      if (set_of(a).has(k)) into.add(k);
    });
    return result.release();
  }
  Value iterated = b, probed = a;
  if (set_of(b).size() > set_of(a).size()) std::swap(iterated, probed);
  for_each_entry(set_of(iterated), [&](Value k, size_t hash) {
    if (set_of(probed).has_entry(k, hash)) into.add_entry(k, hash);
  });
  return result.release();
}

// A set's keys are removed by the hashes its table keeps, as CPython's
// set_difference_update_internal does: no __hash__ is called again.
void discard_all(Set& target, Value keys_from) {
  if (is_set(keys_from)) {
    if (&set_of(keys_from) == &target) return target.clear();
    for_each_entry(set_of(keys_from), [&](Value k, size_t hash) { target.discard_entry(k, hash); });
  } else {
    for_each_item(keys_from, [&](Value k) { target.discard(k); });
  }
  target.drop_many_dummies();
}

Value set_difference(bool frozen, Value a, Value b) {
  if (!is_set(b) || (set_of(a).size() >> 2) > set_of(b).size()) {
    Ref result = Ref::steal(copy_of(frozen, a));
    discard_all(set_of(result.get()), b);
    return result.release();
  }
  Ref result = Ref::steal(new_set(frozen));
  if (difference_of_small_ints(set_of(a), set_of(b), set_of(result.get())))
    return result.release();
  for_each_entry(set_of(a), [&](Value k, size_t hash) {
    if (!set_of(b).has_entry(k, hash)) set_of(result.get()).add_entry(k, hash);
  });
  return result.release();
}

// Each key of `keys_from` leaves `target` if there, else joins it, by the hash its set's table
// keeps (CPython's set_symmetric_difference_update: `s ^= s` empties s).
void toggle_all(Set& target, Value keys_from) {
  if (is_set(keys_from) && &set_of(keys_from) == &target) return target.clear();
  Ref other =
      Ref::steal(is_set(keys_from) ? (incref(keys_from), keys_from) : copy_of(true, keys_from));
  for_each_entry(set_of(other.get()), [&](Value k, size_t hash) {
    if (!target.discard_entry(k, hash)) target.add_entry(k, hash);
  });
}

Value set_symmetric_difference(bool frozen, Value a, Value b) {
  Ref result = Ref::steal(copy_of(frozen, b));
  toggle_all(set_of(result.get()), a);
  return result.release();
}

// The in-place forms: |= merges, -= discards, ^= toggles, &= takes the intersection's table.
void update_in_place(Op op, Set& target, Value target_value, Value other) {
  switch (op) {
    case Op::BIT_OR: return add_all(target, other);
    case Op::SUB: return discard_all(target, other);
    case Op::BIT_XOR: return toggle_all(target, other);
    default: {
      Ref result = Ref::steal(set_intersection(false, target_value, other));
      target.swap_contents(set_of(result.get()));
    }
  }
}

bool is_subset(Value a, Value b) {
  if (set_of(a).size() > set_of(b).size()) return false;
  if (bool within, disjoint; set_of(a).small_ints_decide(set_of(b), within, disjoint)) return within;
  return all_entries(set_of(a), [&](Value k, size_t hash) { return set_of(b).has_entry(k, hash); });
}

// A set to test membership against: `other` itself when it is a set, else a new one.
Ref as_lookup_set(Value other) {
  if (is_set(other)) return Ref::borrow(other);
  return Ref::steal(copy_of(true, other));
}

// ---- methods ------------------------------------------------------------------------------------

bool frozen_self(Value self) { return set_of(self).frozen; }

// pop() and remove() raise their KeyErrors without a C++ throw: scripts catch them.
Value m_pop(ThreadState& ts, Value self, const Args& args) {
  args.expect("pop", 0, 0);
  Value key = set_of(self).pop();
  if (key.is_undefined()) {
    Ref message = Ref::steal(make_str("pop from an empty set"));
    return raise_pending(ts, new_key_error(message.get()));
  }
  return key;
}

Value m_clear(ThreadState&, Value self, const Args& args) {
  args.expect("clear", 0, 0);
  set_of(self).clear();
  return Value::none();
}

Value m_copy(ThreadState&, Value self, const Args& args) {
  args.expect("copy", 0, 0);
  if (frozen_self(self)) {  // a frozenset's copy is itself, as in CPython
    incref(self);
    return self;
  }
  return make_set(self, false);
}

// union(*others), intersection(*others), difference(*others): one after the other.
template <Value (*Combine)(bool, Value, Value)>
Value m_fold(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "set methods take no keyword arguments");
  Ref result = Ref::steal(make_set(self, frozen_self(self)));
  for (size_t i = 0; i < args.count; ++i)
    result = Ref::steal(Combine(frozen_self(self), result.get(), args.positional[i]));
  return result.release();
}

// intersection_update(*others), difference_update(*others): the in-place operator per argument.
template <Op Operator>
Value m_update_each(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "set methods take no keyword arguments");
  for (size_t i = 0; i < args.count; ++i)
    update_in_place(Operator, set_of(self), self, args.positional[i]);
  return Value::none();
}

Value m_update(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "set.update() takes no keyword arguments");
  for (size_t i = 0; i < args.count; ++i) add_all(set_of(self), args.positional[i]);
  return Value::none();
}

Value m_symmetric_difference(ThreadState&, Value self, const Args& args) {
  args.expect("symmetric_difference", 1, 1);
  return set_symmetric_difference(frozen_self(self), self, args.positional[0]);
}

Value m_symmetric_difference_update(ThreadState&, Value self, const Args& args) {
  args.expect("symmetric_difference_update", 1, 1);
  toggle_all(set_of(self), args.positional[0]);
  return Value::none();
}

Value m_issubset(ThreadState&, Value self, const Args& args) {
  args.expect("issubset", 1, 1);
  Ref other = as_lookup_set(args.positional[0]);
  return Value::boolean(is_subset(self, other.get()));
}

Value m_issuperset(ThreadState&, Value self, const Args& args) {
  args.expect("issuperset", 1, 1);
  Ref other = as_lookup_set(args.positional[0]);
  return Value::boolean(is_subset(other.get(), self));
}

Value m_isdisjoint(ThreadState&, Value self, const Args& args) {
  args.expect("isdisjoint", 1, 1);
  Value other = args.positional[0];
  if (is_set(other)) {  // the smaller set's keys probed in the other, up to the first found
    Value iterated = self, probed = other;
    if (set_of(other).size() < set_of(self).size()) std::swap(iterated, probed);
    if (bool within, disjoint; set_of(iterated).small_ints_decide(set_of(probed), within, disjoint))
      return Value::boolean(disjoint);
    return Value::boolean(all_entries(
        set_of(iterated), [&](Value k, size_t hash) { return !set_of(probed).has_entry(k, hash); }));
  }
  Ref common = Ref::steal(set_intersection(true, self, args.positional[0]));
  return Value::boolean(set_of(common.get()).size() == 0);
}

}  // namespace

Value set_add(ThreadState& ts, Value self, const Args& args) {
  args.expect("add", 1, 1);
  if (unhashable_builtin(args.positional[0])) [[unlikely]]  // (no C++ throw: caught in loops)
    return raise_pending(ts, unhashable_error(args.positional[0]));
  set_of(self).add(args.positional[0]);
  return Value::none();
}

Value set_discard(ThreadState&, Value self, const Args& args) {
  args.expect("discard", 1, 1);
  set_of(self).discard(args.positional[0]);
  return Value::none();
}

Value set_remove(ThreadState& ts, Value self, const Args& args) {
  args.expect("remove", 1, 1);
  if (!set_of(self).discard(args.positional[0]))
    return raise_pending(ts, new_key_error(args.positional[0]));
  return Value::none();
}

size_t set_hash_other(Value key) {
  if (key.is_int() || key.is_bool()) return int_hash(key.is_bool() ? key.b : key.i);
  if (key.is_float() && std::isfinite(key.f) &&
      key.f == static_cast<double>(static_cast<int64_t>(key.f)) && std::fabs(key.f) < 9.2e18) {
    return int_hash(static_cast<int64_t>(key.f));  // 2.0 == 2: the same hash
  }
  if (is_complex(key)) return complex_hash(*as_complex(key));  // CPython's, of its parts' hashes
  return hash_value(key);
}

Set::Set(bool is_frozen)
    : Object(Kind::Set), frozen(is_frozen) {}

Set::~Set() {
  for_each_active(ctrl(), table.size(), [&](size_t i) { decref(table[i].key()); });
}

// As Dict::probe_inline(): the loop finds the first entry of the key's hash, the keys are
// compared after it, and keys that differ under one hash (rare) are left to find_other_locked().
[[gnu::always_inline]] inline Set::Entry* Set::probe_inline(Value key, size_t hash,
                                                          bool& undecided) {
  const size_t mask = table.size() - 1;
  const uint8_t want = ctrl_byte(hash);
  size_t i = hash & mask, perturb = hash;
  // Most probes end at their first slot (a set without dummies): decided without the run, the
  // key there found by identity (a NaN by its bits) or as an equal int or str (a word split out
  // again).
  if (ctrl()[i] == kCtrlEmpty) return nullptr;
  if (ctrl()[i] == want &&
      (table[i].holds(key) || (table[i].hash() == hash &&
                               compare_table_keys(table[i].key(), key) == kKeysEqual)))
    return &table[i];
  for (;;) {
    const RunMasks run = scan_run(&ctrl()[i], run_length(i, mask), want);
    for (unsigned m = run.match & run.before_empty(); m; m &= m - 1) {
      Entry* e = &table[i + static_cast<size_t>(__builtin_ctz(m))];
      if (e->hash() != hash) continue;
      const KeysCompared compared = compare_table_keys(e->key(), key);
      if (compared == kKeysEqual) return e;
      if (compared == kKeysDiffer) continue;  // -1 and -2, of one hash
      undecided = true;
      return nullptr;
    }
    if (run.empty) return nullptr;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

[[gnu::always_inline]] inline Set::Entry* Set::find_locked(Value key, size_t hash) {
  bool undecided = false;
  Entry* e = probe_inline(key, hash, undecided);
  return undecided ? find_other_locked(key, hash) : e;
}

Set::Entry* Set::find_other_locked(Value key, size_t hash) {
restart:
  const size_t mask = table.size() - 1;
  size_t i = hash & mask, perturb = hash;
  for (;;) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      Entry& e = table[j];
      if (e.is_free()) {
        if (!e.dummy()) return nullptr;
      } else if (e.hash() == hash) {
        const Value stored = e.key();
        const Entry* const start = table.data();
        const bool equal = keys_equal_unlocking(mutex, stored, key);
        // A script __eq__ may have changed this set: look again, as CPython does.
        if (table.data() != start || !table[j].holds(stored))
          goto restart;
        if (equal) return &table[j];
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void Set::insert_clean(Value key, size_t hash) {
  const size_t mask = table.size() - 1;
  size_t i = hash & mask, perturb = hash;
  while (ctrl()[i] != kCtrlEmpty) {
    // No dummies here: the first empty slot of the run.
    const unsigned empty = scan_run(&ctrl()[i], run_length(i, mask), 0).empty;
    if (empty) {
      i += static_cast<size_t>(__builtin_ctz(empty));
      break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  occupy(&table[i], key, hash);
}

void Set::resize_locked(size_t min_used) {
  size_t size = kMinSize;
  while (size <= min_used) size <<= 1;
  fill = used;
  table.rebuild(size, [&](const Entry& e) { insert_clean(e.key(), e.hash()); });
}

[[gnu::always_inline]] inline void Set::store_new_locked(Entry* free_slot, Entry* empty, Value key,
                                                         size_t hash) {
  incref(key);
  ++used;
  if (free_slot) {
    occupy(free_slot, key, hash);
    return;
  }
  ++fill;
  occupy(empty, key, hash);
  const size_t mask = table.size() - 1;
  if (fill * 5 >= mask * 3) resize_locked(used > 50000 ? used * 2 : used * 4);
}

[[gnu::always_inline]] inline bool Set::add_in_line(Value key, size_t hash) {
  ContainerLock lock(mutex);
  // CPython's set_add_entry, in one pass: the key itself, else the last dummy on the probe path
  // (3.11 keeps the last one it passed), else the empty slot ending it. Keys compared as
  // find_locked() compares them.
  const size_t mask = table.size() - 1;
  const uint8_t want = ctrl_byte(hash);
  size_t i = hash & mask, perturb = hash;
  Entry* free_slot = nullptr;
  Entry* empty = ctrl()[i] == kCtrlEmpty ? &table[i] : nullptr;  // the probe ends at once
  if (ctrl()[i] == want && table[i].hash() == hash &&
      compare_table_keys(table[i].key(), key) == kKeysEqual)
    return false;  // found at once (probe_inline()'s first test)
  while (!empty) {
    const RunMasks run = scan_run(&ctrl()[i], run_length(i, mask), want);
    const unsigned before_empty = run.before_empty();
    for (unsigned m = run.match & before_empty; m; m &= m - 1) {
      Entry* e = &table[i + static_cast<size_t>(__builtin_ctz(m))];
      if (e->hash() != hash) continue;
      const KeysCompared compared = compare_table_keys(e->key(), key);
      if (compared == kKeysEqual) return false;
      if (compared == kKeysUndecided) {
        if (find_other_locked(key, hash)) return false;
        insert_absent_locked(key, hash);
        return true;
      }
    }
    if (const unsigned dummies = run.dummy & before_empty)
      free_slot = &table[i + 31 - static_cast<size_t>(__builtin_clz(dummies))];
    if (run.empty) empty = &table[i + static_cast<size_t>(__builtin_ctz(run.empty))];
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  store_new_locked(free_slot, empty, key, hash);
  return true;
}

// Under a GIL: a key whose first probed slot is empty is absent (a key in the table has no empty
// slot on its probe path), and goes there (no dummy comes before it), unless the set must grow.
// A set of new keys is built so with nothing compared, and without the registers that
// add_in_line() saves.
[[gnu::always_inline]] inline bool Set::add_at_first_slot(Value key, size_t hash) {
  const size_t mask = table.size() - 1, i = hash & mask;
  if (ctrl()[i] != kCtrlEmpty || (fill + 1) * 5 >= mask * 3) return false;
  incref(key);
  ++used;
  ++fill;
  occupy(&table[i], key, hash);
  return true;
}

bool Set::add(Value key) {
  size_t hash;
  if (!free_threaded() && inline_set_hash(key, hash)) {
    if (add_at_first_slot(key, hash)) return true;
    return add_entry_other(key, hash);  // the hash made once (a word already in the set)
  }
  return add_other(key);
}

bool Set::add_other(Value key) {
  uint64_t index;
  if (!free_threaded() && small_int_decides(key, index)) {  // no key to compare on the probe path
    if (has_small_int(index)) return false;
    insert_absent_locked(key, set_hash(key));  // under a GIL: no lock
    return true;
  }
  return add_in_line(key, set_hash(key));  // raises for an unhashable key before anything changes
}

// add() with the hash given (the set operations' results): under a GIL, a key that small_int_bits
// or its first slot decides goes in with no key compared.
// The first slot's case saves no register: the rest is in add_entry_other(), in tail position.
bool Set::add_entry(Value key, size_t hash) {
  if (!free_threaded() && add_at_first_slot(key, hash)) return true;
  return add_entry_other(key, hash);
}

bool Set::add_entry_other(Value key, size_t hash) {
  if (uint64_t index; !free_threaded() && small_int_decides(key, index)) {
    if (has_small_int(index)) return false;
    insert_absent_locked(key, hash);
    return true;
  }
  return add_in_line(key, hash);
}

bool Set::has_entry(Value key, size_t hash) {
  if (uint64_t index; !free_threaded() && small_int_decides(key, index))
    return has_small_int(index);
  ContainerLock lock(mutex);
  return find_locked(key, hash) != nullptr;
}

void Set::insert_absent_locked(Value key, size_t hash) {
  // add_in_line()'s probe with no key to compare: the dummies (the runs' `match`) and the empty
  // slot that ends it.
  const size_t mask = table.size() - 1;
  size_t i = hash & mask, perturb = hash;
  Entry* free_slot = nullptr;
  for (;;) {
    const RunMasks run = scan_run(&ctrl()[i], run_length(i, mask), kCtrlDummy);
    if (const unsigned dummies = run.match & run.before_empty())
      free_slot = &table[i + 31 - static_cast<size_t>(__builtin_clz(dummies))];
    if (run.empty) {
      store_new_locked(free_slot, &table[i + static_cast<size_t>(__builtin_ctz(run.empty))], key,
                       hash);
      return;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void Set::merge(Set& other) {
  if (&other == this) return;
  // Free-threaded, a copy of other's table with references, so that no two set locks are held at
  // once; under a GIL, other's table in place (read by index where add() may run a script
  // __eq__).
  const bool copied = free_threaded();
  std::unique_ptr<Table> copy;  // made only when copied
  // Read under other's lock when free-threaded: another thread may be changing it.
  size_t other_fill = copied ? 0 : other.fill, other_used = copied ? 0 : other.used;
  if (copied) {
    {
      ContainerLock lock(other.mutex);
      copy = std::make_unique<Table>(other.table);
      other_fill = other.fill;
      other_used = other.used;
    }
    for_each_active(copy->ctrl(), copy->size(), [&](size_t i) { incref((*copy)[i].key()); });
  }
  Table& source = copied ? *copy : other.table;
  {
    ContainerLock lock(mutex);
    if ((fill + other_used) * 5 >= (table.size() - 1) * 3) resize_locked((used + other_used) * 2);
    if (fill == 0) {  // the keys go in without comparisons: the table takes copy's references
      if (table.size() == source.size() && other_fill == other_used) {
        // Same size, no dummies: the same slots, and the same control bytes.
        table = source;
        small_int_bits[0] = small_int_bits[1] = 0;
        small_ints_exact = true;
        for_each_active(source.ctrl(), source.size(), [&](size_t i) {
          if (!copied) incref(source[i].key());
          note_key_added(source[i].key());
        });
      } else {
        for_each_active(source.ctrl(), source.size(), [&](size_t i) {
          if (!copied) incref(source[i].key());
          insert_clean(source[i].key(), source[i].hash());
        });
      }
      fill = used = other_used;
      return;
    }
  }
  size_t at = 0;  // the slot being added: a script __eq__ may raise there
  try {
    all_active(source, [&](size_t i) {  // a set with keys already: ordinary adds
      at = i;
      // The copy's reference, or one held while add_entry() may run a script.
      Ref held = copied ? Ref::steal(source[i].key()) : Ref::borrow(source[i].key());
      add_entry(held.get(), source[i].hash());
      return true;
    });
  } catch (...) {
    if (copied)  // the copy's references to the keys not reached
      for_each_active(copy->ctrl(), copy->size(), [&](size_t i) {
        if (i > at) decref((*copy)[i].key());
      });
    throw;
  }
}

void Set::drop_many_dummies() {
  ContainerLock lock(mutex);
  if (fill - used <= (table.size() - 1) / 4) return;
  resize_locked(used > 50000 ? used * 2 : used * 4);
}

void Set::swap_contents(Set& other) {
  ContainerLock lock(mutex);  // `other` is a new set that no other thread can see
  table.swap(other.table);
  std::swap(fill, other.fill);
  std::swap(used, other.used);
  std::swap(finger, other.finger);
  std::swap(small_int_bits, other.small_int_bits);
  std::swap(small_ints_exact, other.small_ints_exact);
}

// For ints and strs whose hash is cached (`w not in seen`, `c in cols`): the probe in line and
// nothing called, under a GIL without the lock, free-threaded under the lock if it is free.
[[gnu::always_inline]] inline Membership Set::membership_in_line(Value key) {
  size_t hash;
  if (!inline_set_hash(key, hash)) return Membership::kUndecided;
  bool undecided = false;
  const Entry* e;
  if (free_threaded()) {
    if (!mutex.try_lock()) return Membership::kUndecided;
    e = probe_inline(key, hash, undecided);
    mutex.unlock();
  } else {
    e = probe_inline(key, hash, undecided);
  }
  return undecided ? Membership::kUndecided : e ? Membership::kPresent : Membership::kAbsent;
}

Membership Set::membership(Value key) { return membership_in_line(key); }

Membership Set::membership_hashed(Value key, size_t hash) {
  bool undecided = false;
  const Entry* e = probe_inline(key, hash, undecided);
  return undecided ? Membership::kUndecided : e ? Membership::kPresent : Membership::kAbsent;
}

// membership_in_line(), with has_general() in tail position for the rest, so that no register is
// saved.
bool Set::has(Value key) {
  const Membership m = membership_in_line(key);
  return m == Membership::kUndecided ? has_general(key) : m == Membership::kPresent;
}

// A set as the key of a look-up or a removal stands for the frozenset of its items, as CPython's
// set_contains() and set_discard() retry an unhashable set: `{1, 2} in set_of_frozensets`.
// `holder` keeps that frozenset.
namespace {
Value lookup_key(Value key, Ref& holder) {
  if (!is_set(key) || set_of(key).frozen) return key;
  holder = Ref::steal(copy_of(true, key));
  return holder.get();
}
}  // namespace

bool Set::has_general(Value key) {
  Ref holder;
  key = lookup_key(key, holder);
  const size_t hash = set_hash(key);
  ContainerLock lock(mutex);
  return find_locked(key, hash) != nullptr;
}

[[gnu::always_inline]] inline bool Set::discard_in_line(Value key, size_t hash) {
  Value removed;
  {
    ContainerLock lock(mutex);
    Entry* e = find_locked(key, hash);
    if (!e) return false;
    removed = e->key();
    vacate(e);
    --used;
  }
  decref(removed);
  return true;
}

bool Set::discard(Value key) {
  if (is_set(key)) return discard_set_key(key);
  uint64_t index;
  if (!free_threaded() && small_int_decides(key, index) && !has_small_int(index)) return false;
  return discard_in_line(key, set_hash(key));
}

bool Set::discard_set_key(Value key) {
  Ref holder;
  key = lookup_key(key, holder);
  return discard_in_line(key, set_hash(key));
}

bool Set::discard_entry(Value key, size_t hash) {
  if (uint64_t index; !free_threaded() && small_int_decides(key, index) && !has_small_int(index))
    return false;  // as discard(): absent, no probe
  return discard_in_line(key, hash);
}

Value Set::pop() {
  ContainerLock lock(mutex);
  if (used == 0) return Value::undefined();
  size_t i = finger & (table.size() - 1);
  while (table[i].is_free()) i = (i + 1) & (table.size() - 1);
  Value key = table[i].key();
  vacate(&table[i]);
  --used;
  finger = i + 1;
  return key;
}

void Set::clear() {
  Table old;
  {
    ContainerLock lock(mutex);
    old.swap(table);
    fill = used = finger = 0;
    small_int_bits[0] = small_int_bits[1] = 0;
    small_ints_exact = true;
  }
  // Outside the lock: a destructor may run.
  for_each_active(old.ctrl(), old.size(), [&](size_t i) { decref(old[i].key()); });
}

size_t Set::size() {
  ContainerLock lock(mutex);
  return used;
}

std::vector<Value> Set::snapshot() {
  ContainerLock lock(mutex);
  std::vector<Value> keys;
  keys.reserve(used);
  for_each_active(ctrl(), table.size(), [&](size_t i) {
    incref(table[i].key());
    keys.push_back(table[i].key());
  });
  return keys;
}

Value make_set(Value iterable, bool frozen) {
  Ref result = Ref::steal(new_set(frozen));
  if (!iterable.is_none()) add_all(set_of(result.get()), iterable);
  return result.release();
}

Value set_binary(Op op, Value a, Value b, bool in_place) {
  if (!is_set(a) || !is_set(b)) return Value::undefined();
  Value (*combine)(bool, Value, Value) = op == Op::BIT_OR    ? set_union
                                         : op == Op::BIT_AND ? set_intersection
                                         : op == Op::SUB     ? set_difference
                                         : op == Op::BIT_XOR ? set_symmetric_difference
                                                             : nullptr;
  if (!combine) return Value::undefined();
  if (!in_place || set_of(a).frozen) return combine(set_of(a).frozen, a, b);
  update_in_place(op, set_of(a), a, b);
  incref(a);
  return a;
}

bool int_extreme(Set& set, bool want_max, Value& out) {
  ContainerLock lock(set.mutex);
  if (set.used == 0) return false;
  int64_t best = want_max ? INT64_MIN : INT64_MAX;
  bool ints = true;
  Set::for_each_active(set.table.ctrl(), set.table.size(), [&](size_t i) {
    const Value key = set.table[i].key();
    ints &= key.is_int();
    best = want_max ? std::max(best, key.i) : std::min(best, key.i);
  });
  if (!ints) return false;
  out = Value::integer(best);
  return true;
}

bool sets_equal(Value a, Value b) {
  return set_of(a).size() == set_of(b).size() && is_subset(a, b);
}

Value set_compare(Op op, Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return Value::undefined();
  switch (op) {
    case Op::LE: return Value::boolean(is_subset(a, b));
    case Op::GE: return Value::boolean(is_subset(b, a));
    case Op::LT: return Value::boolean(set_of(a).size() < set_of(b).size() && is_subset(a, b));
    case Op::GT: return Value::boolean(set_of(b).size() < set_of(a).size() && is_subset(b, a));
    default: return Value::undefined();
  }
}

// CPython's frozenset_hash: independent of order, from the shuffled hashes of the keys.
// Made once and kept (Set::frozen_hash). A frozenset never changes once built: its table is read
// in place (a key's __hash__ cannot change it), by any thread.
size_t frozenset_hash(Value v) {
  Set& set = set_of(v);
  if (const size_t known = set.frozen_hash.load(std::memory_order_relaxed)) return known;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; };
  uint64_t hash = 0;
  Set::for_each_active(set.ctrl(), set.table.size(), [&](size_t i) {
    hash ^= shuffle(set_hash_other(set.table[i].key()));  // CPython's hashes, all 64 bits
  });
  hash ^= (static_cast<uint64_t>(set.used) + 1) * 1927868237u;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923u;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713u;
  set.frozen_hash.store(static_cast<size_t>(hash), std::memory_order_relaxed);
  return static_cast<size_t>(hash);
}

std::string set_repr(Value v) {
  const bool frozen = set_of(v).frozen;
  std::vector<Value> keys = set_of(v).snapshot();
  if (keys.empty()) return frozen ? "frozenset()" : "set()";
  std::string out = frozen ? "frozenset({" : "{";
  try {
    for (size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + repr(keys[i]);
  } catch (...) {
    release(keys);
    throw;
  }
  release(keys);
  return out + (frozen ? "})" : "}");
}

const MethodTable& set_methods(bool frozen) {
  static const MethodTable::Entries frozen_methods = {
      {"copy", m_copy},
      {"union", m_fold<set_union>},
      {"intersection", m_fold<set_intersection>},
      {"difference", m_fold<set_difference>},
      {"symmetric_difference", m_symmetric_difference},
      {"issubset", m_issubset},
      {"issuperset", m_issuperset},
      {"isdisjoint", m_isdisjoint},
  };
  static const MethodTable frozen_table(frozen_methods);
  static const MethodTable table = [] {
    auto methods = frozen_methods;
    methods.insert(methods.end(), {{"add", set_add},
                                   {"discard", set_discard},
                                   {"remove", set_remove},
                                   {"pop", m_pop},
                                   {"clear", m_clear},
                                   {"update", m_update},
                                   {"intersection_update", m_update_each<Op::BIT_AND>},
                                   {"difference_update", m_update_each<Op::SUB>},
                                   {"symmetric_difference_update", m_symmetric_difference_update}});
    return MethodTable(methods);
  }();
  return frozen ? frozen_table : table;
}

Value make_frozenset_constant(const std::vector<Value>& keys) {
  Ref set = Ref::steal(make_set(Value::none(), true));
  for (Value key : keys) as_set(set.get())->add(key);
  return set.release();
}

bool frozenset_constant_keys(Value v, std::vector<Value>& keys) {
  if (!is_kind(v, Kind::Set) || !as_set(v)->frozen) return false;
  keys = as_set(v)->snapshot();
  return true;
}

}  // namespace gilvm
