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
// changing it (Point.dims = 3) leaves the caches valid. Instance dicts are always probed (first
// at `hint`, where the name was last found): they may change at any time.
//
// Threads: under `nogil` the interpreter's threads share the caches of the code they run. Every
// field is atomic and each way is a seqlock (`sequence` odd while one thread writes it; a reader
// that saw it change misses), so a reader never combines two fills. The functions a way names
// are borrowed: under a GIL they are used only right after the version check, with nothing run
// in between; in free-threaded mode functions are immortal.
#pragma once

#include <atomic>
#include <cstdint>

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
    kProperty,      // `function` is the getter (instances only)
  };
  struct Way {
    std::atomic<uint32_t> sequence{0};
    std::atomic<uint32_t> version{0};
    std::atomic<Class*> cls{nullptr};
    std::atomic<Class*> owner{nullptr};
    std::atomic<Object*> function{nullptr};
    std::atomic<uint32_t> owner_index{0};
    std::atomic<uint8_t> kind{kEmpty};
    std::atomic<bool> on_class{false};  // looked up on the class itself, not an instance
    // Outside the seqlock: only a guess, checked against the dict each time.
    std::atomic<uint32_t> hint{0};
  };
  // Four classes per instruction: a base and its subclasses at one call site (richards' tasks,
  // a visitor's node classes) each keep their way.
  Way ways[4];
  // LOAD_METHOD on a builtin type's object (`items.append`, `counts.get`): builtin_method_key()
  // of the type and name it last saw, 0 for none. One word, so no seqlock is needed.
  std::atomic<uint64_t> builtin_method{0};
};

// LOAD_ATTR and LOAD_METHOD: on a hit, the attribute of `object` named `name` (an interned Str)
// in `attribute` and, when it is a function to be called with a first argument (what LOAD_METHOD
// pushes unbound), that argument in `self`, else Undefined there; new references. Returns false
// on a miss, having done nothing.
bool cached_lookup(ThreadState& thread, AttributeCache& cache, Value object, Value name,
                   Value& attribute, Value& self);
// STORE_ATTR: sets the attribute and returns true on a hit; false on a miss, having done nothing.
bool cached_store(AttributeCache& cache, Value object, Value name, Value value);
// After a miss went the slow way: remembers what `name` resolves to on the class of `object`
// (a script instance or a class; other objects are not cached).
void fill_cache(AttributeCache& cache, Value object, Value name);

}  // namespace gilvm
