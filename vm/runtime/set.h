// set and frozenset (set.cpp): the hash table of CPython 3.11's setobject.c (open addressing,
// linear probes then perturbation, the same growth rule), so that a set of ints iterates and
// prints in CPython's order. Every member function takes the set's ContainerLock itself, as
// Dict's do; a frozenset never changes once built.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/function.h"
#include "runtime/method_table.h"
#include "runtime/object.h"

namespace gilvm {

struct Set : Object {
  // 24 bytes: a dummy (a removed entry: probing goes on past it) is an Undefined key whose
  // payload is 1, so tables of sets of ints and strs take a quarter less memory to clear and scan.
  struct Entry {
    Value key = Value::undefined();  // owned; Undefined: empty or dummy
    size_t hash = 0;
    bool dummy() const { return key.tag == Tag::Undefined && key.i == 1; }
    void make_dummy() {
      key = Value::undefined();
      key.i = 1;
    }
  };
  const bool frozen;
  std::vector<Entry> table;
  size_t fill = 0;       // active and dummy entries
  size_t used = 0;       // active entries
  size_t finger = 0;     // where pop() looks next
  ContainerMutex mutex;  // ContainerLock

  explicit Set(bool is_frozen);
  ~Set() override;

  bool add(Value key);     // takes a new reference when it inserts; false if already present
  void merge(Set& other);  // adds other's keys as CPython's set_merge does (same order)
  void swap_contents(Set& other);
  bool has(Value key);
  Membership membership(Value key);  // has() with nothing called (object.h)
  bool discard(Value key);  // false if absent
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
  // has() for any key (set_hash_other(), the lock, find_other_locked()): has() itself, for ints
  // and strs with a cached hash and a lock that is free, calls nothing else.
  bool has_general(Value key);
  Entry* find_other_locked(Value key, size_t hash);   // find_locked() for any key (script __eq__)
  void insert_absent_locked(Value key, size_t hash);  // add() of a key known absent
  // add()'s and insert_absent_locked()'s end: the new key (a reference is taken) into the first
  // dummy its probe passed (`free_slot`, may be null), else into the empty slot that ended the
  // probe; grows when full. Inline in set.cpp, its only user.
  void store_new_locked(Entry* free_slot, Entry* empty, Value key, size_t hash);
  void insert_clean(Value key, size_t hash);  // into a table without dummies or the key
  void resize_locked(size_t min_used);
};

// CPython's hash of a value for the table (ints as CPython hashes them; others: hash_value).
// Small ints and strs whose hash is cached are hashed inline (inline_set_hash: false for any
// other key): most keys are one or the other.
size_t set_hash_other(Value key);
[[gnu::always_inline]] inline bool inline_set_hash(Value key, size_t& hash) {
  if (key.is_int() && key.i >= 0 && key.i < (int64_t{1} << 61) - 1) {
    hash = static_cast<size_t>(key.i);
    return true;
  }
  if (key.is_obj() && key.obj->kind == Kind::Str) {
    hash = static_cast<const Str*>(key.obj)->hash.load(std::memory_order_relaxed);
    return hash != 0;
  }
  return false;
}
[[gnu::always_inline]] inline size_t set_hash(Value key) {
  size_t hash;
  return inline_set_hash(key, hash) ? hash : set_hash_other(key);
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
size_t frozenset_hash(Value v);
std::string set_repr(Value v);
// The methods of sets and frozensets, by name (attributes.cpp binds them).
const MethodTable& set_methods(bool frozen);
// set.add, set.discard and set.remove, which CALL_METHOD runs in line (InLineMethod).
Value set_add(ThreadState& thread, Value self, const Args& args);
Value set_discard(ThreadState& thread, Value self, const Args& args);
Value set_remove(ThreadState& thread, Value self, const Args& args);

}  // namespace gilvm
