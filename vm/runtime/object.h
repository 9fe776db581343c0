// Heap objects. Every object is refcounted; a count reaching zero deletes it at once, as in
// CPython (there is no cycle collector: a reference cycle leaks until the VM is destroyed).
//
// Two refcount modes, chosen per process by the VMs alive (see FreeThreadedScope):
//   under a GIL (the default) a count is a plain read-modify-write, because only the GIL holder
//   touches it;
//   free-threaded (while a `nogil` VM lives) counts are atomic, and immortal objects (functions,
//   code, modules, builtins: what every thread loads all the time) are not counted at all, so
//   two threads calling the same function do not fight over one cache line. This is the scheme
//   of CPython 3.12's immortal objects (PEP 683), used as PEP 703 uses it.
// Lists and dicts carry a mutex that free-threaded mode takes around each access (ContainerLock).
#pragma once

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/attribute_cache.h"
#include "runtime/keyword_call_cache.h"
#include "runtime/value.h"

namespace gilvm {

enum class Kind : uint8_t {
  Str,
  Bytes,
  List,
  Tuple,
  Dict,
  Slice,
  Code,
  Function,
  Native,
  BoundMethod,
  Module,
  ExceptionClass,
  Exception,
  Iterator,
  Instance,        // builtin objects with methods: threads, locks, sockets, ...
  BigInt,          // an int beyond 64 bits (runtime/bigint.h); immutable
  Cell,            // a variable shared by closures (function.h)
  Class,           // a class made by a `class` statement (class.h)
  ScriptInstance,  // an instance of such a class
  Method,          // a script function bound to an instance (or a class, for classmethods)
  StaticMethod,    // staticmethod(f)
  ClassMethod,     // classmethod(f)
  Property,        // property(fget, fset)
  Super,           // super()
  Generator,       // generator.h
  Set,             // set and frozenset (set.h)
  Range,           // range(): an immutable sequence of ints; iterating it makes an Iterator
  DictView,        // d.keys(), d.values(), d.items(): live views of a dict (dict_view.h)
  Deque,           // collections.deque (deque.h)
  Member,          // a name of a class's __slots__, as the class holds it (class.h)
  ByteArray,       // bytearray: a Bytes whose data changes, under its lock (ByteArray below)
  Complex,         // complex: two doubles (complex.h); immutable
  NumberInstance,  // an instance of a script's subclass of int or float (builtin_subclass.h)
};

// An object's reference count. Under a GIL only the holder touches counts and the GIL's hand-off
// orders them, so a count is a plain integer, changed by one read-modify-write instruction
// (`addq $1, 8(%rsi)`; a relaxed std::atomic's load and store are two more). Free-threaded
// code goes through load/store/fetch_add/fetch_sub, atomic by std::atomic_ref. Whatever the
// process's mode (FreeThreadedScope), a GIL VM's objects are only touched under its GIL, so its
// plain and atomic accesses are ordered by it; a free-threaded VM's are always atomic.
class RefCount {
 public:
  explicit RefCount(int64_t count) : count_(count) {}
  int64_t& plain() { return count_; }
  // Through the __atomic builtins, always inline, not std::atomic_ref: in run(), past GCC's
  // inlining budget, atomic_ref's fetch_add stayed a call (a FOR_ITER's incref of each item
  // free-threaded). std::memory_order's values are the builtins' (libstdc++).
  [[gnu::always_inline]] int64_t load(std::memory_order order) const {
    return __atomic_load_n(&count_, static_cast<int>(order));
  }
  [[gnu::always_inline]] void store(int64_t count, std::memory_order order) {
    __atomic_store_n(&count_, count, static_cast<int>(order));
  }
  [[gnu::always_inline]] int64_t fetch_add(int64_t n, std::memory_order order) {
    return __atomic_fetch_add(&count_, n, static_cast<int>(order));
  }
  [[gnu::always_inline]] int64_t fetch_sub(int64_t n, std::memory_order order) {
    return __atomic_fetch_sub(&count_, n, static_cast<int>(order));
  }

 private:
  alignas(std::atomic_ref<int64_t>::required_alignment) int64_t count_;
};

// A new object comes with one reference, owned by whoever called `new`.
struct Object {
  RefCount refcount{1};
  const Kind kind;

  explicit Object(Kind k) : kind(k) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
};

// A count at or above this is immortal: decref never frees it (its owner does, if anyone:
// VM::make_immortal). Free-threaded mode does not count such objects; under a GIL they are
// counted but can never get down to zero.
constexpr int64_t kImmortalRefcount = int64_t{1} << 40;
// Immortal is tested against half of it: counts that drift (counted under a GIL, not counted in
// free-threaded mode) stay far above the threshold.
inline bool is_immortal_count(int64_t count) { return count >= kImmortalRefcount / 2; }

namespace detail {
inline std::atomic<int> free_threaded_vms{0};
}  // namespace detail

// Whether refcounts are atomic and containers lock: true while a free-threaded VM exists.
[[gnu::always_inline]] inline bool free_threaded() {
  return detail::free_threaded_vms.load(std::memory_order_relaxed) != 0;
}

// Switches the process to free-threaded mode for its lifetime. A VM holds one when its design
// runs threads in parallel; it must be made before the VM's threads start.
class FreeThreadedScope {
 public:
  FreeThreadedScope() { detail::free_threaded_vms.fetch_add(1, std::memory_order_seq_cst); }
  ~FreeThreadedScope() { detail::free_threaded_vms.fetch_sub(1, std::memory_order_seq_cst); }
  FreeThreadedScope(const FreeThreadedScope&) = delete;
  FreeThreadedScope& operator=(const FreeThreadedScope&) = delete;
};

[[gnu::always_inline]] inline void incref(Value v) {
  if (v.tag != Tag::Obj) return;
  RefCount& count = v.obj->refcount;
  if (!free_threaded()) {
    ++count.plain();
  } else if (!is_immortal_count(count.load(std::memory_order_relaxed))) {
    count.fetch_add(1, std::memory_order_relaxed);
  }
}
// incref() n times in one step (`[x] * n`).
[[gnu::always_inline]] inline void incref_by(Value v, size_t n) {
  if (v.tag != Tag::Obj) return;
  RefCount& count = v.obj->refcount;
  if (!free_threaded()) {
    count.plain() += static_cast<int64_t>(n);
  } else if (!is_immortal_count(count.load(std::memory_order_relaxed))) {
    count.fetch_add(static_cast<int64_t>(n), std::memory_order_relaxed);
  }
}
// Deletes an object whose count reached zero. The objects its destructor releases in turn are
// deleted by a loop here, not by recursion, so freeing a list nested a million deep never
// overflows the C++ stack (CPython's "trashcan").
void destroy_object(Object* object);

[[gnu::always_inline]] inline void decref(Value v) {
  if (v.tag != Tag::Obj) return;
  RefCount& count = v.obj->refcount;
  if (!free_threaded()) {
    if (--count.plain() == 0) destroy_object(v.obj);
  } else if (!is_immortal_count(count.load(std::memory_order_relaxed)) &&
             count.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    destroy_object(v.obj);
  }
}
// incref() and decref() with the mode known to the caller (kFreeThreaded: the interpreter's copy
// of free_threaded(), fixed while its VM runs), for the attribute caches' hits and the
// interpreter's out-of-line free-threaded paths: no look at the global mode, and no tag test
// where the caller knows it has an object.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline void incref_in_mode(Object* object) {
  RefCount& count = object->refcount;
  if constexpr (!kFreeThreaded) {
    ++count.plain();
  } else if (!is_immortal_count(count.load(std::memory_order_relaxed))) {
    count.fetch_add(1, std::memory_order_relaxed);
  }
}
template <bool kFreeThreaded>
[[gnu::always_inline]] inline void incref_in_mode(Value v) {
  if (v.tag == Tag::Obj) incref_in_mode<kFreeThreaded>(v.obj);
}
template <bool kFreeThreaded>
[[gnu::always_inline]] inline void decref_in_mode(Object* object) {
  RefCount& count = object->refcount;
  if constexpr (!kFreeThreaded) {
    if (--count.plain() == 0) destroy_object(object);
  } else if (!is_immortal_count(count.load(std::memory_order_relaxed)) &&
             count.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    destroy_object(object);
  }
}
template <bool kFreeThreaded>
[[gnu::always_inline]] inline void decref_in_mode(Value v) {
  if (v.tag == Tag::Obj) decref_in_mode<kFreeThreaded>(v.obj);
}
// Whether the caller's reference to `object` is its only one (never true of an immortal): then no
// other thread can reach it, and free-threaded code may read and change it without its lock
// (FOR_ITER on the iterator a `for` made). Acquire: the thread that dropped the last other
// reference (its decref a release) made its changes visible.
[[gnu::always_inline]] inline bool uniquely_referenced(const Object& object) {
  return object.refcount.load(std::memory_order_acquire) == 1;
}
// Makes an object immortal: for objects every thread shares. Whoever calls this frees it.
inline void immortalize(Value v) {
  if (v.tag == Tag::Obj) v.obj->refcount.store(kImmortalRefcount, std::memory_order_relaxed);
}

// An owning Value for native code: RAII over one reference.
class Ref {
 public:
  Ref() = default;
  // Takes over a reference the caller already owns (e.g. a freshly made object).
  static Ref steal(Value v) {
    Ref r;
    r.v_ = v;
    return r;
  }
  // Takes a new reference.
  static Ref borrow(Value v) {
    incref(v);
    return steal(v);
  }
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref o) noexcept {
    std::swap(v_, o.v_);
    return *this;
  }
  ~Ref() { decref(v_); }

  const Value& get() const { return v_; }
  // Gives the reference away to the caller.
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }

 private:
  Value v_;
};

// The builtin types whose methods a value has, by number (builtin_type_key(), attributes.h).
enum BuiltinTypeKey : uint8_t {
  kNoBuiltinType, kStrType, kBytesType, kListType, kDictType, kSetType, kFrozensetType,
  kRangeType, kTupleType, kIntType /* and bool's */, kFloatType, kGeneratorType, kDequeType,
  kByteArrayType
};

// UTF-8 text, indexed by code point (runtime/unicode.h). The text never changes once shared.
// A str whose type_key is kNoBuiltinType (of_subclass()) is an instance of a script's subclass of
// str (StrInstance, builtin_subclass.h), as List::type_key marks a list's.
struct Str : Object {
  // First, in Object's tail padding: what builtin_type_key() answers for it, kStrType, or
  // kNoBuiltinType for an instance of a subclass, whose class may override the methods.
  uint8_t type_key = kStrType;
  bool of_subclass() const { return type_key == kNoBuiltinType; }
  // len() in code points, counted on first use (kUncounted before): text.size() for ASCII, which
  // then indexes by byte as before. Threads that race to count store the same number. 32 bits,
  // in Object's tail padding, keep a Str at 64 bytes; a longer text is counted every time.
  static constexpr uint32_t kUncounted = UINT32_MAX;
  mutable std::atomic<uint32_t> code_points{kUncounted};
  std::string text;
  // The text is made in its place: from a view (one copy), taken over from a string (one move),
  // or `size` copies of `fill` for the caller to overwrite. Moving an empty string in and then
  // assigning the text (what these replace) cost two out-of-line calls per str.
  explicit Str(std::string_view t) : Object(Kind::Str), text(t) {}
  explicit Str(std::string&& t) : Object(Kind::Str), text(std::move(t)) {}
  explicit Str(const char* t) : Str(std::string_view(t)) {}
  Str(size_t size, char fill) : Object(Kind::Str), text(size, fill) {}
  // Recycled through a per-thread free list (object.cpp): strs are made and freed by the million.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  [[gnu::always_inline]] size_t length() const {
    const uint32_t n = code_points.load(std::memory_order_relaxed);
    return n != kUncounted ? n : count_code_points();  // the count out of line
  }
  // The length if counted already, else -1.
  int64_t counted_length() const {
    const uint32_t n = code_points.load(std::memory_order_relaxed);
    return n != kUncounted ? int64_t{n} : -1;
  }
  // Records a length known from how the text was made (uncounted from 2^32 - 1 up).
  void note_length(size_t n) const {
    code_points.store(static_cast<uint32_t>(std::min<size_t>(n, kUncounted)),
                      std::memory_order_relaxed);
  }
  size_t count_code_points() const;
  bool is_ascii() const { return length() == text.size(); }
  // The text's hash, computed on first use (0 before), as CPython caches a str's hash: dict,
  // set and attribute look-ups hash the same names over and over. Racing threads store the same.
  mutable std::atomic<size_t> hash{0};
  static size_t text_hash(std::string_view text) { return std::hash<std::string_view>{}(text); }
  size_t cached_hash() const {
    size_t h = hash.load(std::memory_order_relaxed);
    if (h == 0) {
      h = text_hash(text);  // a text hashing to 0 is hashed every time
      hash.store(h, std::memory_order_relaxed);
    }
    return h;
  }
};

static_assert(sizeof(Str) == 64, "Str::type_key and Str::code_points in Object's tail padding");

// bytes, and (as ByteArray) bytearray: the read-only code of bytes reads either's `data` through
// as_bytes(); a bytearray's is read that way only where it cannot change meanwhile (under its
// lock, or a copy: BytesView).
struct Bytes : Object {
  std::string data;
  explicit Bytes(std::string_view d) : Object(Kind::Bytes), data(d) {}  // as Str's
  explicit Bytes(std::string&& d) : Object(Kind::Bytes), data(std::move(d)) {}
  Bytes(size_t size, char fill) : Object(Kind::Bytes), data(size, fill) {}
  static void* operator new(size_t size);  // recycled, as Str's
  static void operator delete(void* p, size_t size);

 protected:
  Bytes(Kind kind, std::string&& d) : Object(kind), data(std::move(d)) {}
};

// The lock of a list or a dict, taken by ContainerLock in free-threaded mode: a spinlock, because
// it is held for a few loads and stores at a time and free-threaded code takes it on every
// attribute read and write (std::mutex costs two library calls and two atomic read-modify-writes
// a round; this one's unlock is a plain store, its lock inline).
class ContainerMutex {
 public:
  ContainerMutex() = default;
  ContainerMutex(const ContainerMutex&) = delete;
  ContainerMutex& operator=(const ContainerMutex&) = delete;
  [[gnu::always_inline]] void lock() {
    if (try_lock()) [[likely]]
      return;
    lock_contended();
  }
  // The lock if it is free (the in-line paths of Dict and Set, which leave a taken one to their
  // general path rather than call lock_contended()).
  [[gnu::always_inline]] bool try_lock() {
    return !__atomic_exchange_n(&locked_, true, __ATOMIC_ACQUIRE);
  }
  [[gnu::always_inline]] void unlock() { __atomic_store_n(&locked_, false, __ATOMIC_RELEASE); }

 private:
  void lock_contended();  // spins a while, then yields the CPU between tries
  // Accessed only through the __atomic builtins, not std::atomic<bool>: in run(), past GCC's
  // inlining budget, std::atomic<bool>::exchange() stayed a call (with the spills around it) on
  // the attribute caches' hits.
  bool locked_ = false;
};

// A Value that few objects of a kind have (a defaultdict's factory), kept out of line: a pointer
// in the object rather than 16 bytes. Undefined until set. Not thread-safe by itself.
class OutOfLineValue {
 public:
  OutOfLineValue() = default;
  OutOfLineValue(const OutOfLineValue&) = delete;
  OutOfLineValue& operator=(const OutOfLineValue&) = delete;
  ~OutOfLineValue() { delete value_; }
  operator Value() const { return value_ ? *value_ : Value::undefined(); }
  OutOfLineValue& operator=(Value v) {
    if (value_) {
      *value_ = v;
    } else if (!v.is_undefined()) {
      value_ = new Value(v);
    }
    return *this;
  }
  bool is_undefined() const { return !value_ || value_->is_undefined(); }

 private:
  Value* value_ = nullptr;
};

// `key in container` as a dict's or a set's in-line probe answers it (Dict::membership(),
// Set::membership()): for an int or a str whose hash is cached, under a free lock, with nothing
// called, so that IN and NOT_IN need not sync the frame first. kUndecided: any other key, a key of
// the same hash that needs values_equal(), or a lock held by another thread; contains() decides.
enum class Membership { kAbsent, kPresent, kUndecided };

// A bytearray: its data is read and changed under ContainerLock (a no-op under a GIL), as a
// list's items.
struct ByteArray final : Bytes {
  ContainerMutex mutex;
  explicit ByteArray(std::string&& d) : Bytes(Kind::ByteArray, std::move(d)) {}
  // From the heap, not Bytes' free list of Bytes-sized blocks.
  static void* operator new(size_t size) { return ::operator new(size); }
  static void operator delete(void* p, size_t size) { ::operator delete(p, size); }
};

// Lists and tuples own one reference to each item. A list's items are read and changed under
// ContainerLock (a no-op under a GIL); a tuple never changes.
// A list whose type_key is kNoBuiltinType (of_subclass()) is an instance of a script's subclass
// of list (ListInstance, builtin_subclass.h): every C++ path that takes a list takes it, but the
// in-line paths that stand for a protocol (`a[i]`, `x in a`, `a.append`) leave it to the general
// ones, which look for the class's overrides first (is_exact_list()).
struct List : Object {
  // First, in Object's tail padding: what builtin_type_key() answers for it, kListType, or
  // kNoBuiltinType for an instance of a subclass, whose class may override the methods.
  uint8_t type_key = kListType;
  bool of_subclass() const { return type_key == kNoBuiltinType; }
  std::vector<Value> items;
  ContainerMutex mutex;
  List() : Object(Kind::List) {}
  // Recycled, as Str's: every slice, copy and concatenation makes a list, often freed at once.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  ~List() override {
    for (Value v : items) decref(v);
  }
};

// Small lists kept whole, their items' storage and all, for new_list(): a slice, a copy or a
// comprehension's list is often freed just before another of about its size is made, and the
// storage's malloc and free were a fifth of a slice's cost. destroy_object() keeps at most
// kSpareLists of them per thread, each with room for kSpareCapacity items or fewer, so little
// memory stays kept; the thread's free-list owner (object.cpp) frees them when it ends.
struct SpareLists {
  static constexpr uint32_t kSpareLists = 64;
  static constexpr size_t kSpareCapacity = 64;
  List* lists[kSpareLists] = {};
  uint32_t size = 0;
  bool owned = false;   // the thread's free-list owner is made
  bool closed = false;  // the thread is ending
};
extern constinit thread_local SpareLists spare_lists;
List* new_list_made(size_t capacity);  // new_list() when no spare list is left

// A new list (one reference, no items) with room for `capacity` items: one this thread freed
// lately, its storage kept, where there is one.
[[gnu::always_inline]] inline List* new_list(size_t capacity) {
  if (spare_lists.size == 0) [[unlikely]]
    return new_list_made(capacity);
  List* list = spare_lists.lists[--spare_lists.size];
  list->refcount.plain() = 1;  // no other thread knows it: it was freed
  if (capacity > list->items.capacity()) list->items.reserve(capacity);
  return list;
}

// A tuple whose items also have names (sys.version_info): CPython's "struct sequence".
struct FieldNames {
  std::string type_name;  // for repr: "sys.version_info"
  std::vector<std::string> fields;
};

// A tuple whose `subclass` is set is an instance of a script's subclass of tuple (TupleInstance,
// builtin_subclass.h; a namedtuple's), as List::type_key marks a list's: every C++ path that
// takes a tuple takes it, the in-line paths of protocols a class may override take only
// is_exact_tuple().
struct Tuple : Object {
  // First, in Object's tail padding.
  bool subclass = false;
  bool of_subclass() const { return subclass; }
  std::vector<Value> items;
  const FieldNames* names = nullptr;  // static; nullptr for plain tuples
  Tuple() : Object(Kind::Tuple) {}
  // Recycled, as Str's: a tuple of cells made per closure, a tuple per `return a, b`.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  ~Tuple() override {
    for (Value v : items) decref(v);
  }
};

uint64_t next_code_serial();

// A compiled function body (or module body). Made by the compiler, run by the interpreter.
struct Code : Object {
  std::string name;      // function name, or "<module>"
  std::string qualname;  // "Class.method", "outer.<locals>.inner": what CPython's call errors name
  std::string filename;  // for tracebacks
  int arity = 0;         // number of positional parameters
  int local_count = 0;   // parameters first, then other locals
  std::vector<std::string> local_names;
  std::vector<Instruction> code;
  std::vector<int> lines;        // source line of each instruction, same length as code
  std::vector<Value> constants;  // owned references: ints, floats, Str, Bytes, Code, Tuple of Str
  int first_line = 0;
  int stack_bound = -1;  // most values one activation can push: set by the compiler (exact)
  // What a call looks up in one place, derived by set_stack_bound() and set_parameter_kinds()
  // as the compiler completes the code: the argument count a call binds by position alone
  // (arity when all parameters are positional, else -1); the stack slots an activation needs
  // from its first argument (locals, the bound, the spare slots of the interpreter's
  // stack_bound()); whether its RETURN takes the slow way (true until known): the frame can hold
  // handler blocks or handled exceptions to release, or it is a class body's __init__ or other
  // dunder, whose frame may do more as it returns (Frame::on_return) -- so that no other return
  // pays for that check.
  int positional_arity = -1;
  int activation_slots = 0;
  // The slots the interpreter adds to the compiler's bound (stack_bound() in interpreter.cpp).
  static constexpr int kSpareSlots = 2;
  bool slow_return = true;
  bool is_class_init = false;  // a `def __init__` in a class body: CALL may construct with it
  // A `def` of an operator's dunder (__add__, __lt__, __getitem__ ...) in a class body: an
  // operator may push its frame (Frame::on_return).
  bool is_class_dunder = false;
  // Made inside a function, lambda or comprehension, or in a class that is (CPython's
  // CO_NESTED), or a comprehension itself: a function of this code may be made again and again,
  // so free-threaded mode counts its references rather than make it immortal (make_function()).
  bool nested = false;
  // Parameters after the `arity` positional ones, in this order in the locals: keyword-only
  // ones, then *args, then **kwargs. Calls of code with any of them bind through bind_arguments().
  int kwonly_count = 0;
  int posonly_count = 0;  // the first parameters, before a `/`: never bound by keyword
  bool has_varargs = false, has_varkw = false;
  std::vector<bool> kwonly_has_default;  // per keyword-only parameter; empty when none has one
  bool plain_parameters() const { return kwonly_count == 0 && !has_varargs && !has_varkw; }
  void set_parameter_kinds(int kwonly, bool varargs, bool varkw) {
    kwonly_count = kwonly;
    has_varargs = varargs;
    has_varkw = varkw;
    derive_call_facts();
  }
  // The positional and keyword-only parameters' names as interned strs (interned_str), set by the
  // compiler once it knows them: a call's keyword names are interned too, so binding a keyword
  // argument compares pointers, not text.
  std::vector<const Str*> parameter_names;
  void intern_parameter_names();
  // The inline caches of its instructions: a LOAD_ATTR's, STORE_ATTR's or LOAD_METHOD's is
  // attribute_cache(operand) (attribute_cache.h), instruction i's keyword_calls[cache_slots[i]]
  // for a CALL_KW (keyword_call_cache.h). Made once the code is complete
  // (make_instruction_caches()); the instructions do without before.
  //
  // The attribute caches lie in one block with a copy of the constants (borrowed references:
  // `constants` owns them, and never changes once the code is complete), the caches last first,
  // then the constants at `run_constants`: the interpreter keeps that one pointer per frame and
  // reaches both a constant and an attribute instruction's cache from it.
  std::vector<uint32_t> cache_slots;
  std::unique_ptr<KeywordCallSite[]> keyword_calls;
  const Value* run_constants = nullptr;
  size_t attribute_cache_count = 0;
  // Also replaces the operand of each LOAD_ATTR, STORE_ATTR and LOAD_METHOD (its name's index
  // among the constants, kept in the cache with the name) by the index of its cache. Once only.
  void make_instruction_caches();
  static AttributeCache& attribute_cache(const Value* run_constants, uint32_t operand) {
    return *reinterpret_cast<AttributeCache*>(
        const_cast<char*>(reinterpret_cast<const char*>(run_constants)) -
        (size_t{operand} + 1) * sizeof(AttributeCache));
  }
  AttributeCache& attribute_cache(uint32_t operand) const {
    return attribute_cache(run_constants, operand);
  }
  // Distinct for every code the process makes, unlike its address: what keyword call plans
  // name their callee by.
  const uint64_t serial = next_code_serial();

  void set_stack_bound(int bound) {
    stack_bound = bound;
    derive_call_facts();
  }
  // positional_arity, activation_slots and slow_return from what is known so far: the compiler
  // sets the bound and the parameter kinds in either order.
  void derive_call_facts() {
    positional_arity = plain_parameters() ? arity : -1;
    activation_slots = local_count + std::max(stack_bound, 0) + kSpareSlots;
    slow_return = is_class_init || is_class_dunder || std::any_of(code.begin(), code.end(), [](Instruction ins) {
                    return decode_op(ins) == Op::SETUP_HANDLER || decode_op(ins) == Op::ENTER_EXCEPT;
                  });
  }

  Code() : Object(Kind::Code) {}
  ~Code() override;
};

// What iterating a dict (or one of its views) yields from each entry: the key, the value, or a
// (key, value) tuple.
enum class DictPart : uint8_t { Keys, Values, Items };

// Iterators over ranges and sequences, and the lazy ones of enumerate, zip, map and filter,
// which draw one item at a time from the iterators in `inputs`; reversed() of a sequence
// (Reversed: `sequence`, from `index` - 1 down) and iter(callable, sentinel) (Callable:
// `function`, the sentinel in `sequence`, `exhausted` once it has ended). Table: a dict's
// entries (`part` of each: a dict and its views share this iterator) or a set's items, read in
// place from position `index` of the dict (set) in `sequence`, which must keep the size it had
// (`stop`; -1 once that failed); ReversedTable: a dict's entries from position `index` - 1 down,
// as reversed() of a dict or view reads them. Both end at index SIZE_MAX. Deque and
// ReversedDeque: a collections.deque's items from the left (right), `index` of them read, while
// the deque keeps the state it had (`stop`; deque.h).
struct Iterator : Object {
  enum class Source {
    Range,
    Sequence,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    Callable,
    Table,
    ReversedTable,
    Deque,
    ReversedDeque,
    Native  // an itertools iterator: a NativeIterator (native_iterator.h)
  } source;
  DictPart part = DictPart::Keys;  // Table and ReversedTable over a dict
  int64_t next_value = 0, stop = 0, step = 1;  // Range
  Value sequence;                              // Sequence: owned list/tuple/str/bytes
  size_t index = 0;
  std::vector<Value> inputs;           // owned iterators
  Value function;                      // owned: map's and filter's function (None: filter by truth)
  Value count;                         // owned: enumerate's next number
  bool strict = false;                 // zip(strict=True)
  std::atomic<bool> exhausted{false};  // Callable: the sentinel came (threads may share it)
  // Owned: the last pair tuple of a dict's Items iterator, an enumerate or a zip of two,
  // refilled for the next item when the iterator holds the only reference (pair_tuple,
  // dict_view.h).
  Value item_tuple;
  // Free-threaded: threads may share an iterator (workers pulling from one `iter(tasks)`), so
  // the next item of a range, tuple, str or bytes, and an enumerate's or zip's next row, is
  // taken under it: each item goes to one thread, whole (a str's code point too). A list's
  // iterator takes the list's lock instead. ContainerLock: nothing under a GIL.
  ContainerMutex mutex;
  Iterator() : Object(Kind::Iterator), source(Source::Range) {}
  // Recycled, as Str's: a `for` over a list makes one per loop. Blocks of an Iterator's own size
  // only (a NativeIterator's are larger; what is freed is its own size).
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  ~Iterator() override {
    decref(item_tuple);
    decref(sequence);
    for (Value v : inputs) decref(v);
    decref(function);
    decref(count);
  }
};

struct Range : Object {
  int64_t start, stop, step;  // step is not 0
  Range(int64_t a, int64_t b, int64_t c) : Object(Kind::Range), start(a), stop(b), step(c) {}
};

struct Slice : Object {
  Value start, stop, step;  // ints or None
  Slice(Value a, Value b, Value c)
      : Object(Kind::Slice), start(a), stop(b), step(c) {}  // takes the references
  ~Slice() override {
    decref(start);
    decref(stop);
    decref(step);
  }
};

// An insertion-ordered hash map of hashable values (int, float, bool, None, str, bytes, tuple).
// Every member function takes the dict's ContainerLock itself; `entries` and `slots` are read
// directly only by code that owns the dict alone (a dict being built or destroyed).
struct Dict : Object {
  // An entry holds its key's hash beside the key, as CPython's compact dict: growing never hashes
  // again, and a probe compares hashes before keys without touching another array.
  // 32 bytes, not two Values' 40: both tags share one word, before the two payloads and the hash
  // (a large dict's entries are most of its memory, and were 1.1x CPython's peak for an int
  // table). A hole (a removed entry) has an Undefined key.
  class Entry {
   public:
    Entry() = default;  // a hole
    Entry(Value key, Value value, size_t hash)
        : key_tag_(key.tag), value_tag_(value.tag), key_(key.i), value_(value.i), hash(hash) {}
    // (Each in line: the attribute caches' hits read entries through them.)
    [[gnu::always_inline]] Value key() const {  // owned by the dict
      return make(key_tag_, key_);
    }
    [[gnu::always_inline]] Value value() const {  // owned by the dict
      return make(value_tag_, value_);
    }
    [[gnu::always_inline]] void set_value(Value v) {
      value_tag_ = v.tag;
      value_ = v.i;
    }
    [[gnu::always_inline]] bool is_hole() const { return key_tag_ == Tag::Undefined; }
    // Whether the key is the very object `o`.
    [[gnu::always_inline]] bool key_is(const Object* o) const {
      return key_tag_ == Tag::Obj && key_ == static_cast<int64_t>(reinterpret_cast<intptr_t>(o));
    }
    // The int value in place, for `d[k] += n` (null when it holds anything else).
    [[gnu::always_inline]] int64_t* int_value() {
      return value_tag_ == Tag::Int ? &value_ : nullptr;
    }

   private:
    [[gnu::always_inline]] static Value make(Tag tag, int64_t payload) {
      Value v;
      v.tag = tag;
      v.i = payload;
      return v;
    }
    Tag key_tag_ = Tag::Undefined, value_tag_ = Tag::Undefined;
    int64_t key_ = 0, value_ = 0;  // the Values' payloads

   public:
    size_t hash = 0;
  };
  static_assert(sizeof(Entry) == 32, "a dict entry's tags share a word");
  // First, so that they lie in Object's tail padding: kDictType, or kNoBuiltinType for an
  // instance of a script's subclass of dict (DictInstance, builtin_subclass.h; as
  // List::type_key), the lock of the dict's ContainerLock, and the entries that are not holes
  // (the dict's length).
  uint8_t type_key = kDictType;
  bool of_subclass() const { return type_key == kNoBuiltinType; }
  ContainerMutex mutex;
  uint32_t used = 0;
  // In insertion order. A removed key leaves a hole (an Undefined key, as CPython's deleted
  // entries) where it was, so that removal is O(1) and positions stay put; holes go when the
  // index is rebuilt, and never end the vector (removing the last entry drops the holes before it).
  std::vector<Entry> entries;
  // The hash index over `entries`, as CPython's: open addressing, each slot the position of an
  // entry plus one (0: empty; kDummySlot: its key was removed, probing goes on past it), the
  // table a power of two at most 2/3 full counting dummies (`index_fill`).
  // Empty while there are at most kScannedEntries entries (holes too): a lookup compares their
  // hashes in order, cheaper than making, probing and freeing an index for an instance's few
  // attributes or a call's keywords.
  std::vector<uint32_t> slots;
  uint32_t index_fill = 0;  // slots not empty
  // How many entries at the front are holes, as first_key() last found them (a removal adds
  // more, which it finds past them; what closes or drops holes sets it back): each entry
  // popitem(last=False) passes, it passes once.
  uint32_t front_holes = 0;
  static constexpr uint32_t kDummySlot = UINT32_MAX;
  static constexpr size_t kScannedEntries = 8;
  static constexpr size_t kFirstEntries = 4;  // room made at the first insertion
  // A filter over the hashes of every key ever added (filter_bit()): a key whose bit is clear is
  // absent without a probe. An instance dict holds a few names, so LOAD_METHOD learns that a
  // method is not shadowed by an instance attribute from one load. Removal leaves the bits
  // (a clear bit must mean absent; a set one may be stale). Written under the lock; read without
  // it by may_contain(), which is then as if it ran before a concurrent insertion.
  std::atomic<uint64_t> key_filter{0};
  // Undefined for a dict; a collections.defaultdict's default_factory otherwise (None or what
  // d[key] calls for a missing key: missing_dict_item()). Owned; read and set under the lock.
  OutOfLineValue default_factory;
  Dict() : Object(Kind::Dict) {}
  ~Dict() override {
    for (const Entry& e : entries) {
      decref(e.key());
      decref(e.value());
    }
    decref(default_factory);
  }
  bool is_defaultdict() const { return !default_factory.is_undefined(); }
  // Makes this new dict a defaultdict with `other`'s default_factory when `other` is one
  // (d.copy(), d | other).
  void inherit_default_factory(Dict& other);
  Value get(Value key);              // new reference; Undefined if absent
  void set(Value key, Value value);  // takes new references to both
  // get() and set() for an int or a str whose hash is cached, under a free lock, with nothing
  // called that may raise or run a script (the interpreter's in-line paths, before it syncs its
  // frame); false, having done nothing, for anything else.
  bool try_get(Value key, Value& found);
  bool try_set(Value key, Value value);
  // `d[key] = d.get(key, start) + step` in one probe, as try_set() for an int or a str whose hash
  // is cached, when the value under key is an int (or key is absent) and the sum fits: false,
  // having done nothing, otherwise. Free-threaded, an absent key goes the general way.
  bool try_add_int(Value key, int64_t start, int64_t step);
  Value pop(Value key);  // the removed value (a reference for the caller); Undefined if absent
  // Inserts (key, value) unless key is present; returns the value now under key (new reference).
  Value set_default(Value key, Value value);
  size_t size();
  // OrderedDict's popitem(last): removes the last entry, or the first (found past the holes
  // that removals left at the front from where the last call found it, front_holes: an LRU
  // cache pops its oldest on each insertion), with no hash or probe, its references moving to
  // `key` and `value`; false when the dict is empty.
  bool pop_item(bool last, Value& key, Value& value);
  // OrderedDict's move_to_end(key): the key's entry moved to the end, its index slot pointed
  // there, with no second hash or probe and no reference counted; false when absent.
  bool move_to_end(Value key);
  std::vector<std::pair<Value, Value>> snapshot();  // owned references to every key and value
  std::vector<Value> keys();                         // owned references to every key (list(d))
  // Makes this dict, empty and known to no other thread yet (d.copy(), dict(d), {**d}), a copy
  // of `source`: its entries and index copied whole, as CPython's clone_combined_dict, with no
  // key hashed or compared again.
  void copy_from(Dict& source);

  // For the attribute caches (attribute_cache.h), whose keys are the names the compiler made,
  // found in instance and class dicts by identity: `hint` is where the key was last seen, tried
  // before a hash probe and updated when the key is found elsewhere.
  Value get_hinted(Value key, uint32_t& hint);              // new reference; Undefined if absent
  void set_hinted(Value key, Value value, uint32_t& hint);  // as set()
  bool contains(Value key);
  Membership membership(Value key);
  // The value at `position` if the entry there has the very object `key` as its key (a new
  // reference), else Undefined.
  // Without kFreeThreaded (the caller knows a GIL is held) the lock is not taken and the
  // reference counted plainly.
  template <bool kFreeThreaded>
  Value get_at(uint32_t position, Value key);
  // Under a GIL only (no lock): the value at `position` (borrowed) in `value` if the entry there
  // has the very object `key` as its key; else false.
  [[gnu::always_inline]] bool value_at_unlocked(uint32_t position, Value key, Value& value) {
    if (!has_key_at(position, key)) return false;
    value = entries[position].value();
    return true;
  }
  // Stores `value` at `position`, taking over the caller's reference, and returns true if the
  // entry there has the very object `key` as its key; else false, having done nothing.
  template <bool kFreeThreaded>
  bool put_at(uint32_t position, Value key, Value value);
  static uint64_t filter_bit(size_t hash) { return uint64_t{1} << (hash >> 58); }
  // False when no key of this hash is in the dict (true: it may be).
  [[gnu::always_inline]] bool may_contain(size_t hash) const {
    return key_filter.load(std::memory_order_relaxed) & filter_bit(hash);
  }

 private:
  static constexpr size_t kAbsent = SIZE_MAX;
  static constexpr size_t kUndecided = SIZE_MAX - 1;  // probe_inline() met a key it cannot compare
  size_t find_locked(Value key,
                     size_t hash);  // the caller holds the lock; the key's position, or kAbsent
  // find_locked()'s probe with ints and strs compared in line and nothing called: the key's
  // position, kAbsent, or kUndecided at the first key of its hash that needs more (a float, a
  // tuple, a script __eq__), for find_other_locked().
  // `empty_slot`, if not null, is given the index slot that ended the probe of an absent key (an
  // index there).
  size_t probe_inline(Value key, size_t hash, size_t* empty_slot = nullptr) const;
  size_t find_other_locked(Value key, size_t hash);  // find_locked() for any key (script __eq__)
  // get() and set() for any key (hash_value(), the lock, find_other_locked()): their in-line
  // paths, for ints and strs with a cached hash and a lock that is free, call nothing else.
  Value get_general(Value key);
  void set_general(Value key, Value value);
  bool get_in_line(Value key, Value& found);  // try_get()'s body, in get() too
  // try_set()'s body, in set() too, which is given new keys more often (a dict comprehension's,
  // `d[k] = v` of a key not yet there in a general path) and stores them where their probe ended
  // if it can (append_probed()); try_set() replaces values (`counts[w] = n`) without that cost.
  template <bool kNewKeysLikely>
  bool set_in_line(Value key, Value value);
  void append_locked(Value key, Value value,
                     size_t hash);  // a key not present; takes the references
  void append_probed(Value key, Value value, size_t hash, size_t empty_slot);
  // Room for more entries when `entries` is full: twice as many while they are scanned, then half
  // as many more (a small dict's spare room is memory in use, and the vector's doubling left a
  // dict of 40 str keys at 1.6x CPython's peak), then, for a large dict, as many as CPython's
  // table of the next size holds (two thirds of its index): its entries move when the index is
  // made anew, not between (the old and new blocks, both held while copied, were its peak).
  void grow_entries();
  void rebuild_index_locked();  // drops the holes and makes the index anew
  // Removes the entry at `position` (the caller holds the lock and releases the key and value
  // it returns in `removed`, outside the lock).
  void remove_at_locked(size_t position, Entry& removed);
  // The index slot that holds `position` (the index exists; the caller holds the lock).
  size_t slot_of_locked(size_t position) const;
  // The caller holds the lock.
  // (The bound is tested in bytes: no division by the entry's size.)
  [[gnu::always_inline]] bool has_key_at(size_t position, Value key) const {
    const size_t offset = position * sizeof(Entry);
    const char* const begin = reinterpret_cast<const char*>(entries.data());
    if (offset >= static_cast<size_t>(reinterpret_cast<const char*>(entries.data() + entries.size()) - begin))
      return false;
    return reinterpret_cast<const Entry*>(begin + offset)->key_is(key.obj);
  }
};

static_assert(sizeof(Dict) == 96, "Dict::mutex and Dict::used in Object's tail padding");

// Whether `v` is a list (a dict) itself, not an instance of a script's subclass of it: what the
// in-line paths of the protocols that a subclass may override (`a[i]`, `d[k] = v`, `k in d`)
// check, as CPython's specialized instructions check PyList_CheckExact.
[[gnu::always_inline]] inline bool is_exact_list(Value v) {
  return v.tag == Tag::Obj && v.obj->kind == Kind::List &&
         !static_cast<List*>(v.obj)->of_subclass();
}
[[gnu::always_inline]] inline bool is_exact_dict(Value v) {
  return v.tag == Tag::Obj && v.obj->kind == Kind::Dict &&
         !static_cast<Dict*>(v.obj)->of_subclass();
}
// A str that is no subclass's instance. The kind is tested before the type_key is read: the byte
// after another kind's is not a str's type_key but, say, a ScriptInstance's ContainerMutex, which
// another thread may be taking (reading both bytes as one word raced with it, ThreadSanitizer).
[[gnu::always_inline]] inline bool is_exact_str(Value v) {
  return v.tag == Tag::Obj && v.obj->kind == Kind::Str &&
         static_cast<const Str*>(v.obj)->type_key == kStrType;
}
[[gnu::always_inline]] inline bool is_exact_tuple(Value v) {
  return v.tag == Tag::Obj && v.obj->kind == Kind::Tuple &&
         !static_cast<Tuple*>(v.obj)->of_subclass();
}
// A list, dict, tuple, str, int or float that is an instance of a script's subclass of it.
[[gnu::always_inline]] inline bool is_builtin_subclass_instance(Value v) {
  if (v.tag != Tag::Obj) return false;
  switch (v.obj->kind) {
    case Kind::List: return static_cast<List*>(v.obj)->of_subclass();
    case Kind::Tuple: return static_cast<Tuple*>(v.obj)->of_subclass();
    case Kind::Str: return static_cast<Str*>(v.obj)->of_subclass();
    case Kind::Dict: return static_cast<Dict*>(v.obj)->of_subclass();
    case Kind::NumberInstance: return true;
    default: return false;
  }
}

// Helpers that make new objects; the result carries one reference owned by the caller.
Value make_str(std::string text);
// A str whose length in code points the caller knows (an ASCII slice, one character): saves
// counting it later.
Value make_str(std::string text, size_t code_points);
// The one Str of this text in the process, immortal (a new reference, as make_str's): for names
// (identifiers, attribute names, class namespace keys), so that dict probes for them find their
// key by identity, as CPython's interned strings. Never freed: use it for program text only.
Value interned_str(std::string_view text);
// The one-character str of an ASCII byte (c < 0x80): one shared immortal object per character,
// as CPython shares its Latin-1 singletons, so indexing and iterating over text allocate nothing.
Value ascii_char(unsigned char c);
// A str of the given text that is ASCII when `ascii` (its length is then its size): one-character
// ones come from ascii_char().
Value make_text_str(std::string_view text, bool ascii);
Value make_bytes(std::string data);
Value make_bytearray(std::string data);
// A bytes object of a copy of `data`, copied once, into its place.
Value bytes_from(std::string_view data);
Value make_tuple(std::vector<Value> owned_items);
Value make_list(std::vector<Value> owned_items);

// Small tuples kept whole, their items' storage and all, for make_tuple(items, count): a pair per
// dict item, zip row or `return a, b` was a Tuple and an items buffer made and freed each, where
// CPython takes one block from its free list of that size. destroy_object() keeps at most
// kSparePerSize tuples of each size up to kLargestSpare per thread; the thread's free-list owner
// (object.cpp) frees them when it ends.
struct SpareTuples {
  static constexpr size_t kLargestSpare = 8;
  static constexpr uint32_t kSparePerSize = 256;
  Tuple* tuples[kLargestSpare][kSparePerSize] = {};
  uint32_t size[kLargestSpare] = {};
  bool owned = false;   // the thread's free-list owner is made
  bool closed = false;  // the thread is ending
};
extern constinit thread_local SpareTuples spare_tuples;
Value make_tuple_made(const Value* owned_items, size_t count);  // when no spare one is left

// A new tuple of the `count` references at `owned_items` (which it takes): one of that size this
// thread freed lately, where there is one.
[[gnu::always_inline]] inline Value make_tuple(const Value* owned_items, size_t count) {
  const size_t slot = count - 1;  // an empty tuple's wraps past kLargestSpare
  if (slot >= SpareTuples::kLargestSpare || spare_tuples.size[slot] == 0) [[unlikely]]
    return make_tuple_made(owned_items, count);
  Tuple* tuple = spare_tuples.tuples[slot][--spare_tuples.size[slot]];
  tuple->refcount.plain() = 1;  // no other thread knows it: it was freed
  // Item by item, not std::copy: a call of memmove (~20 instructions) for a pair's 32 bytes.
  static_assert(SpareTuples::kLargestSpare == 8, "a case for each size of spare tuple");
  Value* items = tuple->items.data();
  switch (slot) {
    case 7: items[7] = owned_items[7]; [[fallthrough]];
    case 6: items[6] = owned_items[6]; [[fallthrough]];
    case 5: items[5] = owned_items[5]; [[fallthrough]];
    case 4: items[4] = owned_items[4]; [[fallthrough]];
    case 3: items[3] = owned_items[3]; [[fallthrough]];
    case 2: items[2] = owned_items[2]; [[fallthrough]];
    case 1: items[1] = owned_items[1]; [[fallthrough]];
    default: items[0] = owned_items[0];
  }
  return Value::object(tuple);
}
[[gnu::always_inline]] inline Value make_tuple(std::initializer_list<Value> owned_items) {
  return make_tuple(owned_items.begin(), owned_items.size());
}
Tuple* new_tuple_made(size_t count);  // new_tuple() when no spare one is left
// A new tuple of `count` items (one reference) for the caller to fill, one of that size this
// thread freed lately where there is one (a slice, a sum or a repetition of tuples, made in
// place). Its items are stale until the caller has stored every one, which it must do before
// anything can raise: the tuple's release would decref them.
[[gnu::always_inline]] inline Tuple* new_tuple(size_t count) {
  const size_t slot = count - 1;  // an empty tuple's wraps past kLargestSpare
  if (slot >= SpareTuples::kLargestSpare || spare_tuples.size[slot] == 0) [[unlikely]]
    return new_tuple_made(count);
  Tuple* tuple = spare_tuples.tuples[slot][--spare_tuples.size[slot]];
  tuple->refcount.plain() = 1;  // no other thread knows it: it was freed
  return tuple;
}

// Locks a list's or dict's mutex in free-threaded mode; does nothing under a GIL. Held only
// around reading or changing the container itself: never while calling code that may lock
// another container (comparisons, repr), so two locks are never held at once.
class ContainerLock {
 public:
  [[gnu::always_inline]] explicit ContainerLock(ContainerMutex& mutex)
      : ContainerLock(mutex, free_threaded()) {}
  // With the caller's copy of the mode.
  [[gnu::always_inline]] ContainerLock(ContainerMutex& mutex, bool free_threaded)
      : mutex_(free_threaded ? &mutex : nullptr) {
    if (mutex_) mutex_->lock();
  }
  [[gnu::always_inline]] ~ContainerLock() {
    if (mutex_) mutex_->unlock();
  }
  ContainerLock(const ContainerLock&) = delete;
  ContainerLock& operator=(const ContainerLock&) = delete;

 private:
  ContainerMutex* mutex_;
};

// list.append's one way in: the list takes the caller's reference to `item`, under its lock when
// free-threaded. `free_threaded` is the caller's copy of the mode (run() keeps its own, which
// spares ContainerLock's look at the global one on CALL_METHOD's in-line append).
[[gnu::always_inline]] inline void append_owned(List& list, Value item, bool free_threaded) {
  if (!free_threaded) {
    list.items.push_back(item);
    return;
  }
  ContainerLock lock(list.mutex, true);
  list.items.push_back(item);
}

// Inline: the attribute caches' hits (attribute_cache_hits.h) read and write instance dicts
// through these.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value Dict::get_at(uint32_t position, Value key) {
  ContainerLock lock(mutex, kFreeThreaded);
  if (!has_key_at(position, key)) return Value::undefined();
  Value v = entries[position].value();
  incref_in_mode<kFreeThreaded>(v);
  return v;
}

template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool Dict::put_at(uint32_t position, Value key, Value value) {
  Value old;
  {
    ContainerLock lock(mutex, kFreeThreaded);
    if (!has_key_at(position, key)) return false;
    old = entries[position].value();
    entries[position].set_value(value);
  }
  decref_in_mode<kFreeThreaded>(old);
  return true;
}

// The items of a list or tuple, readable while the view lives. Under a GIL (and for a tuple,
// which never changes) it is the container's own vector. A free-threaded list is copied under
// its lock, with a reference to each item, because another thread may change the list meanwhile.
class ItemsView {
 public:
  explicit ItemsView(Value sequence);  // a list or a tuple
  ~ItemsView();
  ItemsView(const ItemsView&) = delete;
  ItemsView& operator=(const ItemsView&) = delete;
  const std::vector<Value>& items() const { return *items_; }

 private:
  const std::vector<Value>* items_;
  std::vector<Value> copy_;  // owned references: free-threaded lists only
};

inline Str* as_str(Value v) { return static_cast<Str*>(v.obj); }
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.obj); }  // bytes or bytearray
inline ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.obj); }
inline List* as_list(Value v) { return static_cast<List*>(v.obj); }
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.obj); }
inline Code* as_code(Value v) { return static_cast<Code*>(v.obj); }
inline bool is_kind(Value v, Kind k) { return v.tag == Tag::Obj && v.obj->kind == k; }
// bytes or bytearray: what CPython's "bytes-like object" means here.
inline bool is_bytes_like(Value v) {
  return v.tag == Tag::Obj && (v.obj->kind == Kind::Bytes || v.obj->kind == Kind::ByteArray);
}

// The data of a bytes or bytearray as it is now: the bytes' own, or under a GIL the bytearray's
// own (nothing else runs while the caller reads it, if it calls nothing that can switch threads);
// a free-threaded bytearray's copied under its lock, so that another thread's change cannot
// move it under the reader (as ItemsView for a list).
class BytesView {
 public:
  explicit BytesView(Value v) {
    if (v.obj->kind == Kind::ByteArray && free_threaded()) {
      {
        ContainerLock lock(as_bytearray(v)->mutex);
        copy_ = as_bytes(v)->data;
      }
      view_ = copy_;
    } else {
      view_ = as_bytes(v)->data;
    }
  }
  BytesView(const BytesView&) = delete;
  BytesView& operator=(const BytesView&) = delete;
  std::string_view data() const { return view_; }

 private:
  std::string_view view_;
  std::string copy_;
};

}  // namespace gilvm
