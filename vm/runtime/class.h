// Classes made by `class` statements, their instances, bound methods, the staticmethod,
// classmethod and property wrappers, super(), and the special methods (`__repr__`, `__eq__`,
// `__len__`, ...) that the operations of operations.cpp call on instances (class.cpp).
//
// Classes are immortal, owned by the VM (VM::make_immortal): methods refer back to the class that
// defined them (for super()), and a class is shared by every thread that makes instances. An
// instance keeps its attributes as values beside names its class shares, or in a Dict once it
// needs one (ScriptInstance); under `nogil` its lock, or the dict's, makes them safe to share.
// A class whose base is an exception class is an ExceptionClass with a namespace dict instead,
// so that raising and catching it work as for the builtin ones.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/object.h"

namespace gilvm {

struct ThreadState;

// A pointer that threads may read while one writes it (as a plain pointer is used: ->, *, a
// conversion), each read a relaxed atomic load and each write a release store: on x86 the same
// moves as a plain pointer's, and no data race for the memory model (or TSan).
template <typename T>
class RelaxedPointer {
 public:
  RelaxedPointer(T* p) : p_(p) {}  // NOLINT: as a pointer
  RelaxedPointer(const RelaxedPointer&) = delete;
  RelaxedPointer& operator=(const RelaxedPointer&) = delete;
  RelaxedPointer& operator=(T* p) {
    __atomic_store_n(&p_, p, __ATOMIC_RELEASE);
    return *this;
  }
  operator T*() const { return __atomic_load_n(&p_, __ATOMIC_RELAXED); }  // NOLINT
  T* operator->() const { return *this; }
  T& operator*() const { return *static_cast<T*>(*this); }

 private:
  T* p_;
};

// The attribute names that the instances of a class add, in the order the first ones added them,
// shared by all its instances (CPython's split-table keys, PEP 412): an instance whose attributes
// are the first n of them, added in that order, keeps just their values, in the object itself
// (ScriptInstance::values()), and no dict. Append-only: a name keeps its index for the class's
// life, so an attribute cache's hint stays good for every such instance of the class.
// Threads: names are appended under `mutex`; a name is stored before `count` (release) counts it,
// and never changes, so a reader that saw an index below `count` may read the name unlocked.
struct SharedKeys {
  static constexpr uint32_t kMost = 30;  // as CPython's SHARED_KEYS_MAX_SIZE
  static constexpr uint32_t kFirstRoom = 8;  // the values of an instance made before any name
  std::atomic<uint32_t> count{0};
  // How much room ScriptInstance::make() gives: the count when the latest instance was made,
  // and whether a name came after an instance had been made with all the names before it (a
  // class whose instances learn names after __init__: a board's squares given colors later).
  std::atomic<uint32_t> count_at_make{0};
  std::atomic<bool> learns_late{false};
  // Room for the values of an instance made now (and notes that one is made).
  uint32_t room_for_new_instance();
  // Dict::filter_bit() of every name: an instance without a dict has no attribute whose bit is
  // clear here (what Dict::key_filter says of a dict).
  std::atomic<uint64_t> filter{0};
  // A second filter over other bits of the hashes (second_filter_bit()): with both, a method name
  // is told apart from ten shared names 98% of the time, not 85%.
  std::atomic<uint64_t> second_filter{0};
  static uint64_t second_filter_bit(size_t hash) { return uint64_t{1} << ((hash >> 52) & 63); }
  std::atomic<Object*> names[kMost] = {};  // interned Strs
  ContainerMutex mutex;
  // Whether `name` (a Str) is the name at `index`, appending it when `index` is the count (an
  // interned name only: the names are borrowed, never freed). False past kMost.
  bool admit(uint32_t index, Value name);
  [[gnu::always_inline]] bool is_at(uint32_t index, Value name) const {
    return names[index].load(std::memory_order_relaxed) == name.obj;
  }
};

// An ordering method (__lt__, __le__, __gt__, __ge__) whose whole body compares attributes, as
// sorted()'s and heapq's items' are commonly written: `return self.x OP other.x`, or `return
// (self.x, self.y) OP (other.x, other.y)`, each name an instance's own attribute or a slot (no
// class attribute of that name, which could be a descriptor, and no __getattribute__). A
// comparison of two instances of the class reads and compares those attributes in place of
// calling the method (compare_by_attributes(), class.cpp): what the body does, with no frame.
struct AttributeComparison {
  static constexpr size_t kMost = 4;
  Op op = Op::LT;      // the body's operator
  uint8_t count = 0;   // attributes on each side; 0: the method is not one
  bool tuple = false;  // compared as tuples
  std::array<Value, kMost> names;    // interned, borrowed (the method's attribute caches')
  std::array<Value, kMost> members;  // the slot's Member (borrowed), or Undefined: an own one
  std::array<uint32_t, kMost> hints{};  // where an own one was last found among the values
};

struct Class : Object {
  std::string name;
  Value base;  // owned: the first base (a Class), or None for `object` itself
  // The bases as written, and the method resolution order (C3, as CPython computes it): this
  // class first, `object` last. Computed once when the class is made; lookups walk it. Borrowed:
  // classes are immortal.
  std::vector<Value> bases, mro;
  Value dict;                       // owned Dict: the namespace of the class body
  std::string module = "__main__";  // for repr: <class 'threading.Thread'>
  // type(x) of a builtin value with no builtin of its type's name (builtin_type_class()): its
  // instances are the builtin values of that name.
  bool builtin_stand_in = false;
  // The builtin list or dict as a base of script classes (builtin_base_class(),
  // builtin_subclass.h): its dict holds the type's methods, and its instances are ListInstances or
  // DictInstances (make_instance).
  bool builtin_base = false;
  // A class written in C++ (threading.Thread), and every class derived from it, makes native
  // Instances instead of ScriptInstances, with the class as their `cls`.
  Value (*make_instance)(Value cls) = nullptr;  // a new reference
  // Whether a class in the MRO other than `object` defines __new__, or the metaclass defines
  // __call__ (class_call then calls that, or __new__): what keeps the interpreter's in-line
  // construction (script_init()) off such classes. `defines_new` says which.
  bool has_new = false;
  bool defines_new = false;
  // Its metaclass (metaclass.h) when it is not `type`: a script class deriving from type, whose
  // attributes and special methods the class object finds (borrowed: classes are immortal).
  Class* metaclass = nullptr;
  // isinstance() of the native objects that C++ makes without the class (the main thread).
  bool (*is_native_instance)(Value object) = nullptr;
  // The attribute caches' version tag (attribute_cache.h): a number no class has had before,
  // replaced whenever the dict of this class or of a class in its MRO changes in a way a cache
  // may depend on (class_modified()). 0: too many changes were counted; not cacheable.
  std::atomic<uint32_t> version;
  // The classes whose bases include this one, for class_modified() (guarded by its mutex).
  std::vector<Class*> subclasses;
  // The class's __init__ as class_init() (class.cpp) found it under a GIL, for the version it was
  // found at (0: none yet). Borrowed: a dict of the MRO holds it as long as the version lasts.
  // Free-threaded it is not kept.
  uint32_t init_version = 0;
  Value init_function;
  // special_method()'s and subclass_override()'s finds under a GIL, as init_function: a special
  // method's name (an interned key's address, plus the kind of look-up), at the version it was
  // looked up at, with what it gave (borrowed; Undefined: none, the common case: an object
  // without __bool__, __len__, __eq__ or __hash__ of its own). A two-way cache by the name's
  // address (class_cached_find()): getattr()/setattr() of a few names beside the special
  // methods would evict each other in a direct-mapped one. Free-threaded it is not kept.
  struct SpecialFind {
    uint32_t version = 0;
    uintptr_t key = 0;
    Value method;
  };
  SpecialFind special_finds[32];
  // `super().name` in a method of this class (super_function(), class.cpp) under a GIL: the
  // function that the MRO of the instance's class gave past this one, for that class's version
  // (unique over classes and renewed when any dict of its MRO changes), direct-mapped by the
  // name's address and that version. Free-threaded it is not kept.
  SpecialFind super_finds[4];
  // Its ordering methods' AttributeComparisons (by op - Op::LT), found under a GIL as of
  // `compared_version` (0: not yet). Made at the first comparison of two of its instances.
  uint32_t compared_version = 0;
  std::unique_ptr<std::array<AttributeComparison, 4>> comparisons;
  // For a subclass of a builtin list, dict or tuple (builtin_subclass.h): the special methods
  // its MRO defines before the builtin type's class (bits of SubclassSpecial) in the low half,
  // the version they were found at in the high half (0: none yet). One word: read and written
  // whole by any thread.
  std::atomic<uint64_t> subclass_overrides{0};
  // __slots__: how many slots its instances have (those of its bases first, then its own), and
  // whether they have a dict too (a class without __slots__ or with "__dict__" among them, or a
  // base with a dict; `object`'s have none).
  uint32_t slot_count = 0;
  bool instance_dict = true;
  // The names of its instances' attributes, shared by them (SharedKeys).
  SharedKeys shared_keys;
  Class(std::string n, Value owned_base, Value owned_dict);

  ~Class() override {
    decref(base);
    decref(dict);
  }
};

// An instance of a class made by a class statement. After the object lies room for `value_room`
// attribute values (first: the attribute caches' hits find them at a fixed offset), then the
// Values of its class's __slots__ (Class::slot_count of them, Undefined while unset), as
// CPython's instances keep slots in the object itself.
// Its attributes are kept in one of two ways, as CPython 3.11's (split dicts with values in line):
//   values: no dict; values()[i] is the attribute named cls->shared_keys.names[i], for i below
//   value_count, in the order they were added. Most instances stay so: an __init__ that sets the
//   same names in the same order as the class's other instances.
//   dict: `dict`, made (materialized) from the values when something needs more: `__dict__`, an
//   attribute that is not the next shared name or that finds no room, a deletion. For good.
// An instance whose class gives it no dict (__slots__) has neither, and no room.
struct ScriptInstance : Object {
  // Free-threaded: guards the slots, the values and value_count, and the making of `dict`, as a
  // dict's mutex its entries. It and the counts lie in Object's tail padding: they take no room.
  ContainerMutex mutex;
  uint8_t value_count = 0;
  const uint8_t value_room;  // at most SharedKeys::kMost
  // Its class's Class::slot_count, kept here for the destructor: at the VM's end a class may
  // go before its instances.
  const uint32_t slot_count;
  // Borrowed: classes are immortal. Read without the lock by every attribute hit while
  // `obj.__class__ = C` (set_instance_class()) may write it from another thread: atomic.
  RelaxedPointer<Class> cls;
  // Owned; null while the attributes are values. Set once, under `mutex`; read without it (a
  // dict, once made, stays: its own lock guards it).
  std::atomic<Dict*> dict{nullptr};
  static ScriptInstance* make(Class* c);  // a new reference
  ~ScriptInstance() override;
  // Allocated by make() with room for the slots and the values.
  static void operator delete(void* p) { ::operator delete(p); }
  [[gnu::always_inline]] Value* values() { return reinterpret_cast<Value*>(this + 1); }
  [[gnu::always_inline]] Value* slots() { return values() + value_room; }
  bool has_dict() const { return cls->instance_dict; }

  // The instance's own attribute `key` (a Str): a new reference, or Undefined. `hint` is where
  // it was last found (an attribute cache's), tried first and updated, as Dict::get_hinted's.
  // `key_interned`: the key is an interned name (interned_str(), as an attribute cache's), so
  // that a shared name equal to it is the same object and no text needs comparing.
  Value get_own(Value key);
  Value get_own_hinted(Value key, uint32_t& hint, bool key_interned = false);
  bool has_own(Value key);
  // Sets it (taking new references to both), as Dict::set_hinted. The class must give its
  // instances a dict (has_dict()).
  void set_own(Value key, Value value);
  void set_own_hinted(Value key, Value value, uint32_t& hint, bool key_interned = false);
  // Its dict, made from the values if it has none yet (borrowed; it lives as long as the
  // instance). The class must give its instances a dict.
  Dict& materialized_dict();
  // `obj.__dict__ = d`: `owned` becomes its dict (the values go to the old one first); returns
  // the old dict, owned (release_displaced_dict()).
  Dict* replace_dict(Dict* owned);

  // The attribute caches' hits (attribute_cache_hits.h). Those without the lock read `cls` once
  // and pass it (`of`) down: it is atomic (another thread may assign __class__), each read a load
  // of its own. A stale `of` is harmless: __class__ assignment gives the instance a dict (and so
  // no values) first, and an instance without a dict has no values to name. Those that take the
  // lock read `cls` under it, as set_instance_class() writes it: reading it there costs less than
  // keeping the hit's copy alive across the lock (a spill).
  // Under a GIL only (no lock), or under the lock: the value of the attribute `key` (an interned
  // name) in place if it is the value at `index`, else null.
  [[gnu::always_inline]] Value* value_at_unlocked(const Class& of, uint32_t index, Value key) {
    if (index >= value_count || !of.shared_keys.is_at(index, key)) return nullptr;
    return &values()[index];
  }
  // Whether the values include the attribute `key` (an interned name), compared by identity: what
  // the caches' hits ask when the class's name filters cannot tell.
  template <bool kFreeThreaded>
  bool has_value_named(Value key) {
    ContainerLock lock(mutex, kFreeThreaded);
    for (uint32_t i = 0; i < value_count; ++i)
      if (cls->shared_keys.is_at(i, key)) return true;
    return false;
  }
  // The same as a new reference (Undefined if not there, as once the instance has a dict: it has
  // no values then).
  template <bool kFreeThreaded>
  [[gnu::always_inline]] Value get_value_at(uint32_t index, Value key) {
    ContainerLock lock(mutex, kFreeThreaded);
    const Value* value = value_at_unlocked(*cls, index, key);
    if (!value) return Value::undefined();
    incref_in_mode<kFreeThreaded>(*value);
    return *value;
  }
  // The same at an index the caller knows the attribute's name is at among the class's shared
  // names (a free-threaded way's value index): the value if the instance has that many values.
  // (Values mean the class is the one whose name it is: __class__ assignment makes a dict first.)
  template <bool kFreeThreaded>
  [[gnu::always_inline]] Value get_value_known(uint32_t index) {
    ContainerLock lock(mutex, kFreeThreaded);
    if (index >= value_count) return Value::undefined();
    const Value v = values()[index];
    incref_in_mode<kFreeThreaded>(v);
    return v;
  }
  template <bool kFreeThreaded>
  [[gnu::always_inline]] bool put_value_known(uint32_t index, Value value) {
    Value old;
    {
      ContainerLock lock(mutex, kFreeThreaded);
      if (index >= value_count) return false;
      old = values()[index];
      values()[index] = value;
    }
    decref_in_mode<kFreeThreaded>(old);
    return true;
  }
  // Stores `value` as the attribute `key` (an interned name) at `index`, taking over the
  // caller's reference: the value there if `key` is the name at `index`, or a new one if `index`
  // is the next free one, with room, and `key` is the class's shared name there (what __init__'s
  // stores do). False otherwise (the instance has a dict: it has no values), having done nothing.
  template <bool kFreeThreaded>
  [[gnu::always_inline]] bool put_value_at(uint32_t index, Value key, Value value) {
    Value old = Value::undefined();
    {
      ContainerLock lock(mutex, kFreeThreaded);
      if (index < value_count) {
        if (!cls->shared_keys.is_at(index, key)) return false;
        old = values()[index];
      } else {
        if (index != value_count || index >= value_room || dict.load(std::memory_order_relaxed) ||
            !cls->shared_keys.is_at(index, key))
          return false;
        value_count = static_cast<uint8_t>(index + 1);
      }
      values()[index] = value;
    }
    decref_in_mode<kFreeThreaded>(old);
    return true;
  }

  // The slot's value (a new reference; Undefined while unset), and setting it (taking over the
  // caller's reference to `value`; Undefined unsets it). Without kFreeThreaded (the caller knows
  // a GIL is held) the lock is not taken.
  template <bool kFreeThreaded>
  [[gnu::always_inline]] Value get_slot(uint32_t index) {
    ContainerLock lock(mutex, kFreeThreaded);
    Value v = slots()[index];
    incref_in_mode<kFreeThreaded>(v);
    return v;
  }
  // The same in the process's mode (free_threaded()), for the paths out of line; set_slot()
  // takes a reference of its own to `value`.
  Value slot(uint32_t index) {
    return free_threaded() ? get_slot<true>(index) : get_slot<false>(index);
  }
  void set_slot(uint32_t index, Value value) {
    incref(value);
    if (free_threaded()) {
      put_slot<true>(index, value);
    } else {
      put_slot<false>(index, value);
    }
  }
  template <bool kFreeThreaded>
  [[gnu::always_inline]] void put_slot(uint32_t index, Value value) {
    Value old;
    {
      ContainerLock lock(mutex, kFreeThreaded);
      old = slots()[index];
      slots()[index] = value;
    }
    decref_in_mode<kFreeThreaded>(old);
  }

 private:
  explicit ScriptInstance(Class* c, uint8_t room);
  // The caller holds `mutex` and the instance has no dict: the index of `key` among the values
  // (`hint` tried first), or -1.
  int find_value_locked(Value key, uint32_t hint, bool key_interned);
  // The caller holds `mutex`: the dict, made from the values if there is none yet.
  Dict* materialize_locked();
};
static_assert(sizeof(ScriptInstance) == 40, "mutex and counts in Object's tail padding");

// A name of a class's __slots__, as the class's dict holds it (CPython's member descriptor):
// instances of the class keep that attribute in slots()[index].
// A Member with no owner is a namedtuple's field (CPython's _collections._tuplegetter(index,
// doc)): item `index` of an instance of a subclass of tuple, read-only; its `name` is its doc.
struct Member : Object {
  Value name;    // an interned Str; a tuple field's doc (owned)
  Class* owner;  // borrowed: classes are immortal; nullptr for a tuple field
  uint32_t index;
  Member(Value n, Class* c, uint32_t i) : Object(Kind::Member), name(n), owner(c), index(i) {
    if (!owner) incref(name);
  }
  ~Member() override {
    if (!owner) decref(name);
  }
  bool tuple_field() const { return owner == nullptr; }
};
// Whether `v` is a slot of a class's __slots__ (a Member that is not a tuple field).
inline bool is_slot_member(Value v) {
  return v.is_obj() && v.obj->kind == Kind::Member && !static_cast<Member*>(v.obj)->tuple_field();
}
// Whether `v` is a namedtuple's field (_tuplegetter).
inline bool is_tuple_field(Value v) {
  return v.is_obj() && v.obj->kind == Kind::Member && static_cast<Member*>(v.obj)->tuple_field();
}

// A callable bound to its first argument: a method of an instance, or a classmethod's class.
struct Method : Object {
  Value function, self;  // owned
  Method(Value f, Value s) : Object(Kind::Method), function(f), self(s) {
    incref(f);
    incref(s);
  }
  ~Method() override {
    decref(function);
    decref(self);
  }
};

// staticmethod(f), classmethod(f) (kind says which) and property(fget, fset, fdel).
struct Wrapper : Object {
  Value callable, setter;  // owned; setter: properties only (None if read-only)
  Value deleter = Value::none();  // owned; properties only (None if it cannot be deleted)
  Wrapper(Kind k, Value c, Value s = Value::none(), Value d = Value::none())
      : Object(k), callable(c), setter(s), deleter(d) {
    incref(c);
    incref(s);
    incref(d);
  }
  ~Wrapper() override {
    decref(callable);
    decref(setter);
    decref(deleter);
  }
};

// super(): attributes are looked up in the MRO of self's class from the class after `after`,
// bound to `self`.
struct Super : Object {
  Value after;  // borrowed class (immortal)
  Value self;   // owned
  Super(Value a, Value s) : Object(Kind::Super), after(a), self(s) { incref(s); }
  ~Super() override { decref(self); }
};
// `super().name` when the MRO after the super object's class (`after`) gives a script function
// or a native one: that function (a new reference), for LOAD_METHOD (and LOAD_SUPER_METHOD, with
// no super object) to call with the object (`self`) as its first argument, no bound method made.
// Undefined for anything else (the general look-up binds it as it is).
Value super_function(Value after, Value self, Value key);

// What a call of the class `cls` runs as a frame of the interpreter's own (CALL): a new reference
// to its __init__ when that is a script function and the class makes ScriptInstances with no
// __new__ of its own; else Undefined (class_call() makes the instance).
Value script_init(Value cls, bool free_threaded);

// A number that changes whenever any class's version does (a class made or modified: the next
// version tag) or an exception class's dict is assigned to, for caches that span classes without
// tags (ExceptionClass::init_function); 0 once the tags have run out: nothing to cache by.
uint32_t class_epoch();

// Gives `cls` and every class derived from it a new version tag: their attribute caches miss.
// Called after a change to the class's dict that may change what an attribute resolves to.
void class_modified(Class* cls);

// The builtin class `object`, base of every class.
Value object_class();

// BUILD_CLASS and type(name, bases, dict): a class named `name` with `bases` (a tuple of
// classes; empty for `object`) and the namespace `ns` (a Dict). Returns a new reference.
// A class statement (`class_body`) makes the class the owner of the functions its body defined,
// for super() without arguments; type() does not, as CPython's without a __classcell__: the
// functions it is given may be shared by other classes and in use by other threads.
// `metaclass`: the class's metaclass (Class::metaclass; nullptr: type).
enum class ClassSource { ClassStatement, TypeCall };
// `keywords`: the class statement's keywords but metaclass (a Dict, or Undefined), which the
// nearest base's __init_subclass__ is called with.
Value build_class(ThreadState& thread, Value name, Value bases, Value ns, ClassSource source,
                  Class* metaclass = nullptr, Value keywords = Value::undefined());
// Whether `v` is a class with a metaclass other than `type`.
inline bool has_metaclass(Value v) {
  return is_kind(v, Kind::Class) && static_cast<Class*>(v.obj)->metaclass;
}
// repr() of a class as type's: <class '__main__.X'>.
std::string class_repr(const Class& cls);


// The attribute `name` found on class `cls` or its bases (a Class or ExceptionClass), raw (no
// binding); a new reference, or Undefined.
Value class_lookup(Value cls, Value key);  // key: a Str
// lookup(cls, name) (a new reference) through the class's SpecialFind cache under a GIL, for an
// interned `name` (immortal: its address is the key); `kind` (0: class_lookup(), 1: a builtin
// subclass's override, 2: attribute_hook()) keeps one look-up's finds apart from another's of
// the same name. What `lookup` finds must be held by the class's MRO's dicts (it is kept
// borrowed, for as long as the class's version lasts; only an absence or what binds is kept).
// The miss (a look-up, kept in `set` when it can be).
Value class_cached_fill(Class::SpecialFind* set, uint32_t version, uintptr_t key, Class& cls,
                        Value name, Value (*lookup)(Class&, Value));
inline Value class_cached_find(Class& cls, Value name, Value (*lookup)(Class&, Value),
                               uintptr_t kind) {
  const uint32_t version = cls.version.load(std::memory_order_relaxed);
  if (version == 0 || free_threaded()) return lookup(cls, name);
  // Fibonacci hashing: interned names lie 128 bytes apart, too regular for their low bits. The
  // two ways of a set are neighbours.
  Class::SpecialFind* set =
      &cls.special_finds[(reinterpret_cast<uintptr_t>(name.obj) * 0x9E3779B97F4A7C15ull) >> 60
                         << 1];
  const uintptr_t key = reinterpret_cast<uintptr_t>(name.obj) + kind;
  for (int way = 0; way < 2; ++way) {
    if (set[way].version == version && set[way].key == key) {
      incref(set[way].method);
      return set[way].method;
    }
  }
  return class_cached_fill(set, version, key, cls, name, lookup);
}
// class_lookup() of a special method's interned name (a new reference, or Undefined), through
// the class's cache of finds: a miss looks through the MRO's dicts, a dozen dozen instructions
// for a name no class defines.
Value class_special_lookup(Class& cls, Value name);
// sorted()'s and list.sort()'s items compared by their keys rather than by calls of their
// __lt__: when all are instances of one script class whose __lt__ is just `return self.x <
// other.x` or `(self.x, self.y) < (other.x, other.y)` (or `>`: `descending`), of plain attributes
// (own or slots) that are all numbers or all strs at each place. Comparing those runs no script
// code and cannot raise, so the sort's outcome is the one the calls would give. True with
// `keys` (owned: the attribute, or a tuple of them) in the items' order; false with none made.
bool attribute_sort_keys(const std::vector<Value>& items, std::vector<Value>& keys,
                         bool& descending);
// Whether `cls`'s __lt__ is such a comparison of attributes, which less_than() answers without
// running it (a sort of its instances then calls less_than() rather than the method).
bool lt_compares_attributes(Class& cls);
// CPython's descriptor protocol for an instance of a script class kept in a class: whether
// `raw` is one whose type defines __get__, __set__ or __delete__ (the attribute caches leave
// such a name to the general look-up, which calls them).
bool is_script_descriptor(Value raw);
// Its type's method `name` (an interned name), a new reference; Undefined for anything else.
Value descriptor_method(Value raw, Value name);
Value class_lookup(Value cls, std::string_view name);
// class_lookup() of an attribute's name, through the class's cache of finds when the name is
// interned (immortal) and `cls` a Class: getattr(), hasattr(), setattr() and the attribute
// caches' misses ask for the same names again and again.
Value class_lookup_named(Value cls, const Str& name);
bool is_subclass(Value cls, Value base);  // both classes (Class or ExceptionClass)
// The MRO of a class (Class or ExceptionClass): itself first, `object` last.
std::vector<Value> class_mro(Value cls);
bool is_instance(Value object, Value cls);
Value type_of(Value v);  // the class of an instance or exception; Undefined for builtin values
// type(x), x.__class__: type_of()'s class, or a builtin value's (int, str, a stand-in class for a
// type with no builtin of its name). A new reference.
Value class_of(ThreadState& thread, Value v);
// VM::common_classes' slot of the class of `v`, or -1 when it is none of those: the class must
// follow from the tag or kind alone (no subclass's instance, no defaultdict). type(x) reads it
// (class_of(), and CALL in line).
inline int common_class_slot(Value v) {
  switch (v.tag) {
    case Tag::None: return 0;
    case Tag::Bool: return 1;
    case Tag::Int: return 2;
    case Tag::Float: return 3;
    case Tag::Undefined: return -1;
    case Tag::Obj: break;
  }
  if (is_builtin_subclass_instance(v)) return -1;
  switch (v.obj->kind) {
    case Kind::BigInt: return 2;
    case Kind::Str: return 4;
    case Kind::Bytes: return 5;
    case Kind::List: return 6;
    case Kind::Tuple: return 7;
    case Kind::Dict: return static_cast<Dict*>(v.obj)->is_defaultdict() ? -1 : 8;
    default: return -1;
  }
}

// Attribute access for the kinds of this file; Undefined when not found (the caller raises).
Value class_get_attribute(ThreadState& thread, Value object, const Str& name);
bool class_set_attribute(ThreadState& thread, Value object, const Str& name, Value value);
// del object.name (through the class's __delattr__ if it has one); AttributeError if absent.
void delete_attribute(Value object, const Str& name);
void delete_attribute_plain(Value object, const Str& name);  // without __delattr__
// Frees the dicts `obj.__dict__ = d` displaced while free-threaded: only while no other thread
// may be reading (as Globals::release_retired).
void release_displaced_dicts();
// A script class's own __setattr__ or __delattr__ (`hook`, an interned name), found in its MRO
// before object; Undefined if none, whose are the plain store and deletion. A new reference.
Value attribute_hook(const Class& cls, Value hook);
// Calls the hook (__setattr__ or __delattr__, an interned name) of the class of `args[0]`, a
// script instance, with `args`, and returns true; false, having done nothing, when it has none
// (or is not a script instance): the caller does the plain store or deletion.
bool call_attribute_hook(ThreadState& thread, Value hook, const Value* args, size_t count);

// Calling the class `cls` as type.__call__ does: its __new__ (if it has one of its own) and
// __init__; its metaclass's __call__ is not asked (what runs it may be that).
Value class_construct(ThreadState& thread, Value cls, const Value* args, size_t count,
                      const Tuple* names);

// Calls a class (making an instance), a bound method or an instance with `__call__`; Undefined
// when `callee` is none of these.
Value class_call(ThreadState& thread, Value callee, const Value* args, size_t count,
                 const Tuple* names);

// The special methods, for operations.cpp. Each returns nullopt/Undefined when `v` is not an
// instance whose class defines the method.
Value special_method(Value instance,
                     std::string_view name);  // raw function, new reference, or Undefined
Value call_special(Value instance, std::string_view name, const Value* args,
                   size_t count);  // Undefined if absent
// The same with the name as an interned Str (NAME_KEY), for the special methods of every
// `d[k]`, `d[k] = v` and `k in d` on an instance: no look-up of the name's text on each.
Value special_method(Value instance, Value name);
// callable(v): functions, builtins, classes, methods, instances of a class with __call__.
bool is_callable(Value v);
Value call_special(Value instance, Value name, const Value* args, size_t count);
// An immortal Str for a name the runtime looks up itself ("__init__", "__getitem__", ...),
// interned once per use site.
#define NAME_KEY(text)                           \
  ([]() -> Value {                               \
    static const Value key = interned_str(text); \
    return key;                                  \
  }())
std::optional<std::string> instance_repr(Value v, bool str);
// The special methods' answer "not implemented" (the builtin NotImplemented), after which the
// other operand's reflected method is asked, as in CPython: one immortal object per process.
Value not_implemented();
// The builtin Ellipsis (`...`): one immortal object per process.
Value ellipsis();
std::optional<bool> instance_equal(Value a, Value b);
// What the instance's __hash__ returns (a new reference); Undefined if its class has none. A
// class whose __hash__ is None (one that defines __eq__ and not __hash__, as CPython makes it) has
// unhashable instances: a TypeError.
Value instance_hash_result(Value instance);
// The arithmetic and ordering dunders (not == and !=) of a OP b, as CPython's: a's, then b's
// reflected one (none for arithmetic on two of one type; first when b's class is a proper
// subclass of a's, for arithmetic only if it overrides a's); Undefined if none answers.
// `left_declined`: a's own has answered NotImplemented already (run by the interpreter).
Value instance_binary(Op op, Value a, Value b, bool left_declined = false);

// a OP= b through a's in-place dunder (__iadd__ ...); Undefined when it has none or it returns
// NotImplemented, for the binary operation to follow, as CPython's binary_iop1.
Value instance_inplace(Op op, Value a, Value b);

// id(): a stable number for an object's lifetime.
int64_t object_id(Value v);

}  // namespace gilvm
