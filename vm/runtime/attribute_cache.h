// Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD (attribute_cache.cpp), as CPython 3.11's
// specialised attribute instructions: each such instruction of a Code has an AttributeCache,
// which remembers what its name resolved to on the classes it last saw, so that a hit skips the
// walk of the class's MRO.
//
// An entry ("way") holds for one class and one version tag of it (Class::version, renewed
// whenever the class's dict or a base's changes in a way that matters here, class_modified()):
// whether the name is a plain value in some class dict of the MRO (and where: the owner class
// and the entry's position in its dict), a function, a classmethod's or staticmethod's function,
// a property's getter, or absent. A plain class value is read from the dict at each hit, so
// changing it (Point.dims = 3) leaves the caches valid. An instance's own attributes are always
// probed (first at `hint`, where the name was last found: the index of its value among the
// class's shared names, or its position in the instance's dict, which are the same for a dict
// made from values): they may change at any time.
//
// A way is found by one 32-bit compare: its `key` is the version tag itself for a lookup on an
// instance, the tag with kOnClassKey set for one on the class. Tags are unique over the process
// (no class has the same one, and a class never gets one back), and below kOnClassKey, so a key
// names a class, its state and the kind of lookup at once; kEmptyKey matches nothing.
//
// The instructions find their cache by their operand: make_instruction_caches() (object.h)
// replaces a LOAD_ATTR's, STORE_ATTR's or LOAD_METHOD's name index by the index of its cache,
// which keeps the name.
//
// Threads: under `nogil` the interpreter's threads share the caches of the code they run. Every
// field of a way is atomic and each way is a seqlock (`sequence` odd while one thread writes it; a
// reader that saw it change misses), so a reader never combines two fills. The key, kind and
// index share one word (`head`), so the hits that need nothing else (an instance's own
// attribute, a slot) read that word alone; those that need the function or the owner class read
// them under the seqlock and check that the head is the one they matched. The functions a way
// names are borrowed: under a GIL they are used only right after the key check, with nothing run
// in between; in free-threaded mode a fill makes the script function it records immortal, and
// a Native is cached only when it is immortal already (a module's, or OrderedDict's methods).
#pragma once

#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>

#include "runtime/value.h"

namespace gilvm {

struct Class;
struct Object;
struct ThreadState;

struct AttributeCache {
  enum Kind : uint8_t {
    kEmpty,
    kData,          // `owner`'s dict at `owner_index`, or (owner null) nowhere in the MRO
    kFunction,      // `function`: binds to an instance, plain on the class
    kClassMethod,   // `function` binds to the class
    kStaticMethod,  // `function` never binds
    kNativeMethod,  // `function` is a Native that binds as a function does (OrderedDict's)
    kProperty,      // `function` is the getter (instances only)
    kSlot,          // a Member: the instance's slot `owner_index` (instances only)
    kTupleField,    // a namedtuple's field: item `owner_index` of the tuple (instances only)
  };
  static constexpr uint32_t kOnClassKey = 1u << 31;
  static constexpr uint32_t kEmptyKey = UINT32_MAX;
  // The key of a lookup of a class whose version tag is `version` (0: none; such a class is
  // never cached, and its key matches no way).
  static uint32_t key_of(uint32_t version, bool on_class) {
    return version == 0 ? kEmptyKey : version | (on_class ? kOnClassKey : 0);
  }
  // A way's key, kind and owner_index in one word (`Way::head`): the key in the low 32 bits,
  // the kind in the next 8, owner_index in the next 19 (larger indexes are not cached), and in
  // the top 5 free-threaded hits' value index (head_value_index()), 0 when a fill makes it.
  static constexpr uint32_t kMostOwnerIndex = (1u << 19) - 1;
  static constexpr int kValueIndexShift = 59;
  static constexpr uint64_t make_head(uint32_t key, Kind kind, uint32_t owner_index) {
    return key | uint64_t{kind} << 32 | uint64_t{owner_index} << 40;
  }
  static constexpr uint32_t head_key(uint64_t head) { return static_cast<uint32_t>(head); }
  static constexpr Kind head_kind(uint64_t head) { return static_cast<Kind>(head >> 32 & 0xff); }
  static constexpr uint32_t head_owner_index(uint64_t head) {
    return static_cast<uint32_t>(head >> 40) & kMostOwnerIndex;
  }
  // Free-threaded, what Way::value_index is under a GIL: 1 + the index among the class's shared
  // names at which a hit found the instruction's name, 0 while none has. In the head, so that a
  // refill clears it and a hit that read the head has it: set by compare-and-swap against the
  // head the hit matched, which fails if a thread has refilled the way since.
  static constexpr uint32_t head_value_index(uint64_t head) {
    return static_cast<uint32_t>(head >> kValueIndexShift);
  }

  struct Way {
    std::atomic<uint32_t> sequence{0};
    // Outside the seqlock: only a guess, checked against the dict each time.
    std::atomic<uint32_t> hint{0};
    // Key, kind and owner_index (make_head()): one load tells a hit whether the way is the
    // class's and, for an instance's own attribute, a slot or a tuple's field, all it needs, with
    // no sequence to check even free-threaded. `function` and `owner` are read under the seqlock.
    std::atomic<uint64_t> head{make_head(kEmptyKey, kEmpty, 0)};
    std::atomic<Object*> function{nullptr};
    std::atomic<Class*> owner{nullptr};
    // Under a GIL only: how many of the class's shared names (SharedKeys) a hit has found not
    // to be the instruction's name, so that an instance with no more values than that certainly
    // lacks it without a scan (CPython's keys version of LOAD_METHOD_WITH_VALUES). The names
    // are appended, never replaced; a refill starts it at 0.
    std::atomic<uint32_t> absent_below{0};
    // Under a GIL only: 1 + the index among the class's shared names (SharedKeys) at which a hit
    // found the instruction's name, 0 while none has: an instance with more values than that has
    // the attribute there, no name compared (CPython's LOAD_ATTR_INSTANCE_VALUE). The names are
    // appended, never replaced; a refill starts it at 0.
    std::atomic<uint8_t> value_index{0};
    std::atomic<Class*> cls{nullptr};  // whose version the key holds (for refilling)

    // The head's parts read straight from memory, a load (or a compare with memory) each, for
    // the hits under a GIL, where only the holder writes ways (free-threaded ones load the head).
    uint32_t key_under_gil() const { return head_part<uint32_t>(0); }
    Kind kind_under_gil() const { return static_cast<Kind>(head_part<uint8_t>(4)); }
    uint32_t owner_index_under_gil() const { return head_part<uint32_t>(4) >> 8 & kMostOwnerIndex; }

   private:
    template <typename T>
    [[gnu::always_inline]] T head_part(size_t offset) const {
      static_assert(std::endian::native == std::endian::little);
      T part;
      std::memcpy(&part, reinterpret_cast<const unsigned char*>(&head) + offset, sizeof part);
      return part;
    }
  };
  // Four classes per instruction: a base and its subclasses at one call site (richards' tasks,
  // a visitor's node classes) each keep their way.
  Way ways[4];
  // The instruction's attribute name (an interned Str, borrowed from the code's constants), its
  // index among them (what the disassembler shows), and Dict::filter_bit() of its hash: an
  // instance dict whose key filter lacks the bit has no such attribute.
  Value name;
  uint64_t name_filter_bit = 0;
  uint64_t name_second_filter_bit = 0;  // SharedKeys::second_filter_bit() of the hash
  uint32_t name_index = 0;
  // LOAD_METHOD on a builtin type's object (`items.append`, `counts.get`): builtin_method_key()
  // of the type and name it last saw, 0 for none. One word, so no seqlock is needed.
  std::atomic<uint64_t> builtin_method{0};
  // LOAD_ATTR and LOAD_METHOD on a module (`math.sqrt`): Module::cache_key() of the name in the
  // module it last saw (its id and the name's slot), 0 for none. One word, as builtin_method.
  std::atomic<uint64_t> module_slot{0};
  // LOAD_ATTR and LOAD_METHOD of a builtin type's class method (`bytes.fromhex`): the address of
  // the type's function (its Native's fn) shifted up 8 bits, below it the method's
  // class_method_index() + 1 (attributes.h); 0 for none. One word, as builtin_method.
  // The last field: the cache is 256 bytes, a multiple of which an instruction finds its cache
  // at (Code::attribute_cache).
  std::atomic<uint64_t> class_method{0};
};
static_assert(sizeof(AttributeCache) == 256);

// LOAD_ATTR and LOAD_METHOD: on a hit, the attribute of `object` named `name` (an interned Str)
// in `attribute` and, when it is a function to be called with a first argument (what LOAD_METHOD
// pushes unbound), that argument in `self`, else Undefined there; new references. Returns false
// on a miss, having done nothing.
bool cached_lookup(ThreadState& thread, AttributeCache& cache, Value object, Value name,
                   Value& attribute, Value& self);
// STORE_ATTR: sets the attribute and returns true on a hit; false on a miss, having done nothing.
bool cached_store(AttributeCache& cache, Value object, Value name, Value value);
// After a miss went the slow way: remembers what `name` resolves to on the class of `object`
// (a script instance, an instance of a subclass of tuple, or a class; other objects are not
// cached).
void fill_cache(ThreadState& thread, AttributeCache& cache, Value object, Value name);
// getattr(), hasattr() and setattr() of a script instance, which have no instruction to keep a
// cache: the one this thread keeps for `name` (a Str), one of a few chosen by the name's
// address and started afresh when another name takes its place; null when the name is not
// interned (immortal), as the caches compare names by address.
AttributeCache* named_attribute_cache(Value name);

}  // namespace gilvm
