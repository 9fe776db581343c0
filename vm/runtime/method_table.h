// A builtin type's methods by name (str, bytes, list, dict, set, range). Built once, read by
// every thread without a lock. `list.append`, `dict.get` and `str.split` are looked up on every
// call, so a look-up probes an open-addressing table with the name's cached str hash (the same
// function as Str::cached_hash, so a constant name is never hashed again) and compares the text
// only on a hash match: no hashing of the text, no modulo, no allocation.
#pragma once

#include <cstring>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/object.h"

namespace gilvm {

struct Args;
class ThreadState;
using NativeFn = Value (*)(ThreadState&, Value self, const Args&);

class MethodTable {
 public:
  using Entries = std::vector<std::pair<std::string_view, NativeFn>>;
  MethodTable(std::initializer_list<std::pair<std::string_view, NativeFn>> methods)
      : MethodTable(Entries(methods)) {}
  explicit MethodTable(const Entries& methods) {
    size_t size = 8;
    while (size < methods.size() * 2) size *= 2;  // at most half full: probes stay short
    slots_.resize(size);
    mask_ = size - 1;
    for (const auto& [name, fn] : methods) {
      const size_t hash = Str::text_hash(name);
      size_t i = hash & mask_;
      while (slots_[i].fn) i = (i + 1) & mask_;
      slots_[i] = {hash, name, fn};
    }
  }

  // Calls f(name, fn) for every method, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& slot : slots_) {
      if (slot.fn) f(slot.name, slot.fn);
    }
  }

  // The method called `name`, or nullptr.
  NativeFn find(const Str& name) const { return find(name.text, name.cached_hash()); }
  NativeFn find(std::string_view name) const { return find(name, Str::text_hash(name)); }

 private:
  struct Slot {
    size_t hash = 0;
    std::string_view name;
    NativeFn fn = nullptr;  // nullptr: empty
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;

  NativeFn find(std::string_view name, size_t hash) const {
    for (size_t i = hash & mask_; slots_[i].fn; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && slot.name.size() == name.size() &&
          std::memcmp(slot.name.data(), name.data(), name.size()) == 0)
        return slot.fn;
    }
    return nullptr;
  }
};

}  // namespace gilvm
