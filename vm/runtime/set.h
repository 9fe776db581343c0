// set and frozenset (set.cpp): the hash table of CPython 3.11's setobject.c (open addressing,
// linear probes then perturbation, the same growth rule), so that a set of ints iterates and
// prints in CPython's order. Every member function takes the set's ContainerLock itself, as
// Dict's do; a frozenset never changes once built.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/function.h"
#include "runtime/method_table.h"
#include "runtime/object.h"
#include "runtime/operations.h"

namespace gilvm {

struct Set : Object {
  // 16 bytes, as CPython's setentry: the key's payload, and its tag in one word with its hash,
  // kept to 56 bits (set_hash()). All zeros is an empty entry; a dummy (a removed entry: probing
  // goes on past it) is an Undefined key whose payload is 1.
  class Entry {
   public:
    Value key() const {
      Value v;
      v.tag = static_cast<Tag>(tag_and_hash_ & 0xff);
      v.i = payload_;
      return v;
    }
    size_t hash() const { return static_cast<size_t>(static_cast<int64_t>(tag_and_hash_) >> 8); }
    bool is_free() const { return (tag_and_hash_ & 0xff) == 0; }  // empty or dummy
    [[gnu::always_inline]] bool is_empty() const { return tag_and_hash_ == 0 && payload_ == 0; }
    bool dummy() const { return is_free() && payload_ == 1; }
    [[gnu::always_inline]] bool holds(Value key) const {
      return (tag_and_hash_ & 0xff) == static_cast<uint8_t>(key.tag) && payload_ == key.i;
    }
    void set(Value key, size_t hash) {
      tag_and_hash_ = (static_cast<uint64_t>(hash) << 8) | static_cast<uint8_t>(key.tag);
      payload_ = key.i;
    }
    void make_dummy() {
      tag_and_hash_ = 0;
      payload_ = 1;
    }

   private:
    uint64_t tag_and_hash_ = 0;  // the tag in the low byte, the hash above it
    int64_t payload_ = 0;
  };
  static_assert(static_cast<int>(Tag::Undefined) == 0, "a zeroed Entry must be empty");
  static constexpr uint8_t kCtrlEmpty = 0;
  static constexpr uint8_t kCtrlDummy = 1;
  static constexpr size_t kCtrlPadding = 16;
  static constexpr size_t kMinSize = 8;  // PySet_MINSIZE
  // The entries, and one control byte per entry after them, so that a probe tests a linear run
  // of entries in one vector compare: kCtrlEmpty, kCtrlDummy, or an active key's ctrl_byte(hash);
  // 16 bytes more than the entries, so that a run read from any slot stays inside. A table of
  // kMinSize lies in the set itself, as CPython's smalltable: a new or small set allocates
  // nothing; a larger one allocates one block.
  class Table {
   public:
    Table() { clear_small(); }
    explicit Table(size_t size) { reset(size); }
    Table(const Table& other) : Table(other.size_) { copy_from(other); }
    Table& operator=(const Table& other) {
      if (this != &other) {
        if (size_ != other.size_) reset(other.size_);
        copy_from(other);
      }
      return *this;
    }
    ~Table() { release(); }
    // The table emptied to `size` slots (a power of two, at least kMinSize).
    void reset(size_t size) {
      release();
      if (size == kMinSize) return clear_small();
      const size_t bytes = size * sizeof(Entry) + size + kCtrlPadding;
      void* block = ::operator new(bytes);
      entries_ = static_cast<Entry*>(block);
      ctrl_ = reinterpret_cast<uint8_t*>(entries_ + size);
      size_ = size;
      if (bytes <= kMemsetBytes) return static_cast<void>(std::memset(block, 0, bytes));
      make_entries(entries_, size);
      std::memset(ctrl_, kCtrlEmpty, size + kCtrlPadding);
    }
    void swap(Table& other) {
      Table held;
      held.take(*this);
      take(other);
      other.take(held);
    }
    Table(Table&&) = delete;
    // Empties the table to `size` slots, then calls fn(entry) on each active entry it held, in
    // order (a resize reinserts them): a larger table's block is freed after, a small table's
    // entries read from a copy.
    template <class Fn>
    void rebuild(size_t size, Fn fn) {
      alignas(Entry) unsigned char saved[sizeof small_entries_ + sizeof small_ctrl_];
      Entry* old = entries_;
      uint8_t* old_ctrl = ctrl_;
      const size_t old_size = size_;
      const bool was_small = small();
      if (was_small) {
        std::memcpy(saved, static_cast<const void*>(small_entries_), sizeof small_entries_);
        std::memcpy(saved + sizeof small_entries_, small_ctrl_, sizeof small_ctrl_);
        old = reinterpret_cast<Entry*>(saved);
        old_ctrl = saved + sizeof small_entries_;
      } else {
        entries_ = small_entries_;  // detached: reset() frees nothing
      }
      reset(size);
      for_each_active(old_ctrl, old_size, [&](size_t i) { fn(old[i]); });
      if (!was_small) ::operator delete(old);
    }
    size_t size() const { return size_; }
    Entry* data() { return entries_; }
    const Entry* data() const { return entries_; }
    Entry& operator[](size_t i) { return entries_[i]; }
    const Entry& operator[](size_t i) const { return entries_[i]; }
    uint8_t* ctrl() { return ctrl_; }
    const uint8_t* ctrl() const { return ctrl_; }

   private:
    bool small() const { return entries_ == small_entries_; }
    // A large table's entries are made one by one, as std::vector makes them: glibc's memset of
    // a block past 2 KiB is a `rep stosb`, which callgrind (that this project counts by) counts
    // one instruction per byte or so; up to that, memset's vector stores are fewest. (GCC would
    // make the loop a memset call.)
    static constexpr size_t kMemsetBytes = 2048;
#if defined(__GNUC__) && !defined(__clang__)
    [[gnu::optimize("no-tree-loop-distribute-patterns")]]
#endif
    static void make_entries(Entry* entries, size_t size) {
#if defined(__SSE2__)
      // An entry a 16-byte store, four a step (a table this large has a multiple of four slots),
      // as all zeros is an empty entry: a third of the loop's instructions.
      static_assert(sizeof(Entry) == 16, "one store an entry");
      const __m128i zero = _mm_setzero_si128();
      auto* out = reinterpret_cast<__m128i*>(static_cast<void*>(entries));
      for (size_t k = 0; k < size; k += 4) {
        _mm_storeu_si128(out + k, zero);
        _mm_storeu_si128(out + k + 1, zero);
        _mm_storeu_si128(out + k + 2, zero);
        _mm_storeu_si128(out + k + 3, zero);
      }
#else
      for (size_t k = 0; k < size; ++k) new (entries + k) Entry();
#endif
    }
    void clear_small() {
      std::memset(static_cast<void*>(small_entries_), 0, sizeof small_entries_);
      std::memset(small_ctrl_, 0, sizeof small_ctrl_);
      entries_ = small_entries_;
      ctrl_ = small_ctrl_;
      size_ = kMinSize;
    }
    void copy_from(const Table& other) {  // of the same size
      std::memcpy(static_cast<void*>(entries_), other.entries_, size_ * sizeof(Entry));
      std::memcpy(ctrl_, other.ctrl_, size_ + kCtrlPadding);
    }
    void release() {
      if (!small()) ::operator delete(entries_);
    }
    // Takes other's contents into this table, small and empty; other is left so.
    void take(Table& other) {
      if (other.small()) {
        copy_from(other);
      } else {
        entries_ = other.entries_;
        ctrl_ = other.ctrl_;
        size_ = other.size_;
      }
      other.clear_small();
    }
    Entry* entries_ = small_entries_;
    uint8_t* ctrl_ = small_ctrl_;
    size_t size_ = kMinSize;
    Entry small_entries_[kMinSize];
    uint8_t small_ctrl_[kMinSize + kCtrlPadding];
  };
  const bool frozen;
  Table table;
  uint8_t* ctrl() { return table.ctrl(); }
  static uint8_t ctrl_byte(size_t hash) { return static_cast<uint8_t>(0x80 | (hash & 0x7f)); }
  // The active slots among the 16 control bytes from slot `group` (bit k: slot group + k), which
  // for_each_active() and its like test at once, so that the empty slots of a table (a set grows
  // to four times its keys) cost little to pass when it is copied, freed or iterated. The padding
  // after the table is empty: no bit past its end is set.
  [[gnu::always_inline]] static unsigned active_in_group(const uint8_t* control, size_t group) {
#if defined(__SSE2__)
    return static_cast<unsigned>(
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(control + group))));
#else
    unsigned active = 0;
    for (unsigned k = 0; k < 16; ++k) active |= unsigned{control[group + k] >= 0x80} << k;
    return active;
#endif
  }
  // Calls fn(i) for each active slot i of a table of `size` slots with these control bytes, in
  // order; fn must not change the table.
  template <class Fn>
  [[gnu::always_inline]] static void for_each_active(const uint8_t* control, size_t size, Fn fn) {
    for (size_t group = 0; group < size; group += 16) {
      for (unsigned active = active_in_group(control, group); active; active &= active - 1)
        fn(group + static_cast<size_t>(__builtin_ctz(active)));
    }
  }
  // for_each_active() of a table that fn may change (a script __eq__ that runs meanwhile): the
  // table and its control bytes are read again after each call, as a scan by index reads them,
  // while fn returns true. Whether it returned true every time.
  template <class Fn>
  static bool all_active(const Table& entries, Fn fn) {
    for (size_t group = 0; group < entries.size(); group += 16) {
      for (unsigned active = active_in_group(entries.ctrl(), group); active;) {
        const auto bit = static_cast<unsigned>(__builtin_ctz(active));
        if (!fn(group + bit)) return false;
        if (group >= entries.size()) break;  // the table shrank (a clear())
        active = active_in_group(entries.ctrl(), group) & (~1u << bit);
      }
    }
    return true;
  }
  // Which ints in [kSmallIntLow, kSmallIntLow + kSmallInts) the set holds a key equal to (an int,
  // a bool or an integral float: at most one such key per int), so that `c in cols`, add() of a
  // key already there and discard() of one absent need no probe, however many dummies the sets of
  // a board's columns and diagonals gather (and add() of one absent compares no keys). Trusted
  // only while `small_ints_exact`: every key that went in was an int, bool, float, None, str or
  // bytes, none of which equals an int but as these bits say; any other key (an instance whose
  // __eq__ takes ints) clears it until clear() or a table made anew.
  static constexpr int64_t kSmallIntLow = -64;
  static constexpr uint64_t kSmallInts = 128;
  uint64_t small_int_bits[kSmallInts / 64] = {};
  bool small_ints_exact = true;
  size_t fill = 0;       // active and dummy entries
  size_t used = 0;       // active entries
  size_t finger = 0;     // where pop() looks next
  ContainerMutex mutex;  // ContainerLock
  // A frozenset's hash once frozenset_hash() has made it (0: not yet), as CPython's so->hash:
  // `fs in d` and a dict keyed by frozensets hash each key once.
  std::atomic<size_t> frozen_hash{0};

  explicit Set(bool is_frozen);
  ~Set() override;

  bool add(Value key);     // takes a new reference when it inserts; false if already present
  // add() and has() of a key whose hash is known (set_hash(key)), as CPython's set_add_entry and
  // set_contains_entry: the set operations pass the hashes their operands' tables keep.
  bool add_entry(Value key, size_t hash);
  bool has_entry(Value key, size_t hash);
  // Whether every key of this set is in `other` (`within`) and whether none is (`disjoint`), from
  // small_int_bits alone: under a GIL, when every key here is an int in their range and `other`'s
  // bits are exact (`fp <= free` of board cells). False when they cannot tell.
  bool small_ints_decide(const Set& other, bool& within, bool& disjoint) const {
    if (free_threaded() || !other.small_ints_exact || !all_small_ints()) return false;
    within = ((small_int_bits[0] & ~other.small_int_bits[0]) |
              (small_int_bits[1] & ~other.small_int_bits[1])) == 0;
    disjoint = ((small_int_bits[0] & other.small_int_bits[0]) |
                (small_int_bits[1] & other.small_int_bits[1])) == 0;
    return true;
  }
  // Whether every key is one that small_int_bits records (an int in its range, or a bool or
  // integral float equal to one), so that the bits tell the keys exactly.
  bool all_small_ints() const {
    return small_ints_exact && bit_count(small_int_bits[0]) + bit_count(small_int_bits[1]) == used;
  }
  // Whether a key equal to `key`, one that small_int_bits records, is in the set (trusted while
  // small_ints_exact).
  bool has_small_int_key(Value key) const { return has_small_int(small_int_index(key)); }
  void merge(Set& other);  // adds other's keys as CPython's set_merge does (same order)
  void swap_contents(Set& other);
  // Makes the table anew when dummies fill more than a quarter of it, as CPython's
  // set_difference_update_internal ends: the keys' order after `s -= t` is CPython's.
  void drop_many_dummies();
  bool has(Value key);
  Membership membership(Value key);  // has() with nothing called (object.h)
  // membership() for the interpreter's `in`: in line at the caller when small_int_bits or the
  // key's first probed slot decides it (a key that inline_set_hash() takes, found there by
  // identity or a str by its text, or an empty slot there), else the probe out of line with the
  // hash already made (membership_hashed()); free-threaded, under the set's lock if it is free.
  Membership inline_membership(Value key);
  bool discard(Value key);  // false if absent
  // discard() of a key whose hash is known (set_hash(key)), as CPython's set_discard_entry: the
  // set operations that remove another set's keys pass the hashes its table keeps.
  bool discard_entry(Value key, size_t hash);
  Value pop();              // the removed key (a reference for the caller); Undefined if empty
  void clear();
  size_t size();
  std::vector<Value> snapshot();  // owned references to every key, in table order

 private:
  Entry* find_locked(Value key, size_t hash);  // the caller holds the lock
  // find_locked()'s probe with ints and strs compared in line and nothing called: the key's
  // entry or null, or `undecided` set at the first key of its hash that needs more (a float, a
  // tuple, a script __eq__), for find_other_locked().
  Entry* probe_inline(Value key, size_t hash, bool& undecided);
  Membership membership_in_line(Value key);  // membership()'s body, in has() too
  // inline_membership()'s body, under a GIL or the set's lock, and its probe past the first slot.
  Membership membership_unlocked(Value key);
  Membership membership_hashed(Value key, size_t hash);
  // The index in small_int_bits of a key equal to an int there, or kSmallInts (not such a key).
  static uint64_t small_int_index(Value key) {
    if (key.tag == Tag::Int)
      return static_cast<uint64_t>(key.i) - static_cast<uint64_t>(kSmallIntLow);
    if (key.tag == Tag::Bool)
      return static_cast<uint64_t>(key.b) - static_cast<uint64_t>(kSmallIntLow);
    if (key.tag == Tag::Float && key.f >= static_cast<double>(kSmallIntLow) &&
        key.f < static_cast<double>(kSmallIntLow + static_cast<int64_t>(kSmallInts)) &&
        key.f == static_cast<double>(static_cast<int64_t>(key.f)))
      return static_cast<uint64_t>(static_cast<int64_t>(key.f) - kSmallIntLow);
    return kSmallInts;
  }
  // __builtin_popcountll() without a call into libgcc (no -mpopcnt).
  static size_t bit_count(uint64_t x) {
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return static_cast<size_t>((x * 0x0101010101010101u) >> 56);
  }
  bool has_small_int(uint64_t index) const {
    return small_int_bits[index >> 6] >> (index & 63) & 1;
  }
  // Keeps small_int_bits and small_ints_exact as `key` goes in or out of the table.
  void note_key_added(Value key) {
    if (key.tag == Tag::Obj) {
      if (key.obj->kind != Kind::Str && key.obj->kind != Kind::Bytes) small_ints_exact = false;
      return;
    }
    const uint64_t index = small_int_index(key);
    if (index < kSmallInts) small_int_bits[index >> 6] |= uint64_t{1} << (index & 63);
  }
  void note_key_removed(Value key) {
    if (key.tag == Tag::Obj) return;
    const uint64_t index = small_int_index(key);
    if (index < kSmallInts) small_int_bits[index >> 6] &= ~(uint64_t{1} << (index & 63));
  }
  // Whether small_int_bits answers whether `key` is in the set (its bit's `index`): for an int in
  // their range. Under a GIL only, which the caller checks (free-threaded, the bits are read under
  // the lock only, by the probe). Bools and floats are probed: sets of them are rare.
  bool small_int_decides(Value key, uint64_t& index) const {
    if (key.tag != Tag::Int || !small_ints_exact) return false;
    index = small_int_index(key);
    return index < kSmallInts;
  }
  // has() for any key (set_hash_other(), the lock, find_other_locked()): has() itself, for ints
  // and strs with a cached hash and a lock that is free, calls nothing else.
  bool has_general(Value key);
  bool add_other(Value key);  // add() of any key (small_int_bits, set_hash(), the probe)
  bool add_entry_other(Value key, size_t hash);  // add_entry() past the first slot
  bool add_at_first_slot(Value key, size_t hash);  // add()'s in-line case (set.cpp)
  Entry* find_other_locked(Value key, size_t hash);   // find_locked() for any key (script __eq__)
  void insert_absent_locked(Value key, size_t hash);  // add() of a key known absent
  // add()'s and insert_absent_locked()'s end: the new key (a reference is taken) into the last
  // dummy its probe passed (`free_slot`, may be null), else into the empty slot that ended the
  // probe; grows when full. Inline in set.cpp, its only user.
  void store_new_locked(Entry* free_slot, Entry* empty, Value key, size_t hash);
  bool add_in_line(Value key, size_t hash);  // add_entry()'s body, in add() too
  bool discard_in_line(Value key, size_t hash);  // discard_entry()'s body, in discard() too
  bool discard_set_key(Value key);  // discard() of a set: of the frozenset of its keys
  void insert_clean(Value key, size_t hash);  // into a table without dummies or the key
  // Every change to an entry goes through these two, which keep its control byte and
  // small_int_bits.
  void occupy(Entry* e, Value key, size_t hash) {
    e->set(key, hash);
    ctrl()[static_cast<size_t>(e - table.data())] = ctrl_byte(hash);
    note_key_added(key);
  }
  void vacate(Entry* e) {  // a removal: a dummy
    note_key_removed(e->key());
    e->make_dummy();
    ctrl()[static_cast<size_t>(e - table.data())] = kCtrlDummy;
  }
  void resize_locked(size_t min_used);
};

// CPython's hash of a value (ints as CPython hashes them; others: hash_value).
size_t set_hash_other(Value key);
// The hash a set's table keeps and probes by: CPython's, kept to its low 56 bits, sign-extended,
// so that an Entry holds it beside the key's tag. That is CPython's own hash for every int
// between -2**55 and 2**55, so sets of such ints iterate in CPython's order.
[[gnu::always_inline]] inline size_t table_hash(size_t hash) {
  return static_cast<size_t>(static_cast<int64_t>(hash << 8) >> 8);
}
// The hash of an object hashed by identity, as CPython's _Py_HashPointer: its address rotated by
// 4 bits, since objects are 16-byte aligned and a table indexed by the address's low bits would
// put every one of them in the same slot.
[[gnu::always_inline]] inline size_t identity_hash(const Object* object) {
  const auto address = reinterpret_cast<size_t>(object);
  return address >> 4 | address << (8 * sizeof(size_t) - 4);
}
// Whether `key` is an object that hashes by identity (identity_hash() its hash_value()): a class
// or a builtin type (`type(x) in _builtin_scalars`, `_dispatch[type(x)]` tables), a function,
// an instance of a script class known to define neither __hash__ nor __eq__ (a graph's nodes in
// a `seen` set: its class's bits for its current version, which hash_value() finds when they are
// not). The in-line hashes of sets and dicts take them too: nothing is called here, so that
// their probes save no registers.
[[gnu::always_inline]] inline bool hashed_by_identity(Value key) {
  if (!key.is_obj()) return false;
  switch (key.obj->kind) {
    case Kind::Class:
    case Kind::Native:
    case Kind::Function: return true;
    case Kind::ScriptInstance: {
      uint32_t bits;
      return class_special_bits_known(*static_cast<ScriptInstance*>(key.obj)->cls, bits) &&
             (bits & (1u << kSubclassHash | 1u << kSubclassEq)) == 0;
    }
    default: return false;
  }
}
// Ints within 56 bits, strs whose hash is cached, objects hashed by identity and tuples of ints
// and strs (coordinates) are hashed inline (inline_set_hash: false for any other key): most keys
// are one or the other.
[[gnu::always_inline]] inline bool inline_set_hash(Value key, size_t& hash) {
  if (key.is_int() && key.i >= -(int64_t{1} << 55) && key.i < (int64_t{1} << 55)) {
    hash = static_cast<size_t>(key.i == -1 ? -2 : key.i);  // CPython's: -1 means an error there
    return true;
  }
  if (key.is_obj() && key.obj->kind == Kind::Str) {
    hash = table_hash(static_cast<const Str*>(key.obj)->hash.load(std::memory_order_relaxed));
    return hash != 0;
  }
  if (hashed_by_identity(key)) {
    hash = table_hash(identity_hash(key.obj));
    return true;
  }
  if (key.is_obj() && key.obj->kind == Kind::Tuple && plain_tuple_hash(*as_tuple(key), hash)) {
    hash = table_hash(hash);
    return true;
  }
  return false;
}
[[gnu::always_inline]] inline Membership Set::inline_membership(Value key) {
  if (free_threaded()) {
    // The same answers under the set's lock, when it is free (another thread may be changing
    // the table); a taken lock leaves it to the general way.
    if (!mutex.try_lock()) return Membership::kUndecided;
    const Membership m = membership_unlocked(key);
    mutex.unlock();
    return m;
  }
  return membership_unlocked(key);
}
[[gnu::always_inline]] inline Membership Set::membership_unlocked(Value key) {
  uint64_t index;
  if (small_int_decides(key, index))
    return has_small_int(index) ? Membership::kPresent : Membership::kAbsent;
  size_t hash;
  if (!inline_set_hash(key, hash)) return Membership::kUndecided;
  const Entry& first = table[hash & (table.size() - 1)];
  if (first.holds(key)) return Membership::kPresent;
  if (first.is_empty()) return Membership::kAbsent;
  // An equal str that is another object (a word split out again): the same hash and text.
  if (first.hash() == hash && key.is_obj() && first.key().is_obj() &&
      first.key().obj->kind == Kind::Str && same_text(*as_str(first.key()), *as_str(key)))
    return Membership::kPresent;
  return membership_hashed(key, hash);
}
[[gnu::always_inline]] inline size_t set_hash(Value key) {
  size_t hash;
  return inline_set_hash(key, hash) ? hash : table_hash(set_hash_other(key));
}

inline Set* as_set(Value v) { return static_cast<Set*>(v.obj); }

// A new set or frozenset of the items of `iterable` (None: empty).
Value make_set(Value iterable, bool frozen);
// `a OP b` for the set operators | & - ^ (Undefined unless both are sets); `in_place`: a changes
// (|= &= -= ^=) and is returned.
Value set_binary(Op op, Value a, Value b, bool in_place);
// a <= b, a < b, a >= b, a > b between sets (Undefined unless both are sets).
Value set_compare(Op op, Value a, Value b);
bool sets_equal(Value a, Value b);
// min(s) or max(s) (want_max) of a set or frozenset whose keys are all ints, compared in line,
// in `out`; false, with nothing done, when it is empty or holds any other key (min() then
// iterates it). No script code runs: the scan holds the set's lock.
bool int_extreme(Set& set, bool want_max, Value& out);
size_t frozenset_hash(Value v);
std::string set_repr(Value v);
// The methods of sets and frozensets, by name (attributes.cpp binds them).
const MethodTable& set_methods(bool frozen);
// set.add, set.discard and set.remove, which CALL_METHOD runs in line (InLineMethod).
Value set_add(ThreadState& thread, Value self, const Args& args);
Value set_discard(ThreadState& thread, Value self, const Args& args);
Value set_remove(ThreadState& thread, Value self, const Args& args);

}  // namespace gilvm
