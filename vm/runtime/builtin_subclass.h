// Subclasses of the builtin list, dict, tuple, str, int and float types: `class Stack(list)`,
// `class DefaultDict(dict)` with `__missing__`, deltablue's `class OrderedCollection(list)`, every
// collections.namedtuple (`class P(tuple)` with `__slots__ = ()`), `class Color(str, Enum)`,
// IntEnum, `class Celsius(float)`.
//
// As in CPython, an instance IS the builtin object: a ListInstance is a List (Kind::List), a
// DictInstance a Dict, so every C++ path that takes a list or a dict (len, sorted, json, `**d`,
// unpacking, the methods) takes it unchanged. What it adds is its class and a dict of the
// attributes set on it (SubclassPart), and List::type_key / Dict::type_key kNoBuiltinType (the
// key of the builtin methods it has: none, for LOAD_METHOD's cache of them), in Object's tail
// padding. The in-line paths of the interpreter that stand for a protocol a class may override
// (`a[i]`, `d[k] = v`, `k in d`, `for x in a`, LOAD_METHOD's builtin methods) take only exact
// lists and dicts (is_exact_list(), is_exact_dict(): one more byte tested beside the kind), as
// CPython's specialized instructions check PyList_CheckExact; an instance of a subclass goes the
// general way (operations.cpp), which calls the class's override if it has one
// (subclass_override()) and else does what the builtin type does. LOAD_METHOD reads the key from
// the object where it read a constant: exact lists and dicts pay no test there.
//
// In a subclass's MRO the builtin type is a Class of its name (builtin_base_class()), whose dict
// holds the type's methods and special methods as the unbound natives that `list.append` is: what
// `super().__setitem__(k, v)` and `D.keys` find, and whose make_instance makes the instances. A
// method found there (or on object) is not an override: subclass_override() takes the classes
// before it, and those after it for what the type does not define (an Enum's, mixed in after
// str or int).
//
// A special method of a builtin type called on an instance whose class overrides it
// (`dict.__setitem__(self, k, v)` inside the override) runs the operation with that override
// bypassed for that object (OverrideBypass), so that it does not call itself again.
//
// A tuple is immutable: a subclass's instance (TupleInstance) is made whole by tuple.__new__
// (`super().__new__(cls, (x, y))`), which every subclass inherits, and calling the class runs
// its __new__ then its __init__ (class_call), as CPython's. A str likewise (StrInstance, by
// str.__new__): the in-line paths of strs that stand for a protocol take only exact ones
// (is_exact_str(): `a + b`, `a == b`, `s[i]`, `if s`, str(s), formatting); dicts and sets hash
// and compare one as its text, not asking a class's __hash__ or __eq__ (CPython does).
// `__slots__ = ()` leaves its instances without a dict of attributes. A namedtuple's fields are
// Members with no owner (class.h, CPython's _tuplegetter): item i, read in line by LOAD_ATTR
// (AttributeCache::kTupleField), never set.
//
// Threads: the list's or dict's own lock guards its items as for any list or dict; a tuple's, a
// str's and a number's never change; the attributes dict is made once (compare-and-swap) and
// guards itself.
#pragma once

#include <atomic>
#include <cstddef>
#include <string_view>
#include <vector>

#include "runtime/class.h"
#include "runtime/object.h"

namespace gilvm {

struct Args;
struct Class;
struct ThreadState;

// What an instance of a script's subclass of a builtin type has beyond the builtin object.
struct SubclassPart {
  Class* cls;  // borrowed: classes are immortal
  explicit SubclassPart(Class* c) : cls(c) {}
  ~SubclassPart();
  SubclassPart(const SubclassPart&) = delete;
  SubclassPart& operator=(const SubclassPart&) = delete;
  // The attributes set on the instance (`self.name = ...`): made at the first use, by whichever
  // thread gets there first. Never null once returned; lives as long as the instance.
  Dict& attributes();
  // The same, or null when none was ever made.
  Dict* attributes_if_made() const { return attributes_.load(std::memory_order_acquire); }
  // `obj.__dict__ = d`: `owned` becomes the attributes; returns the old ones (owned, or null).
  Dict* replace_attributes(Dict* owned) {
    return attributes_.exchange(owned, std::memory_order_acq_rel);
  }

 private:
  std::atomic<Dict*> attributes_{nullptr};  // owned
};

struct ListInstance final : List, SubclassPart {
  explicit ListInstance(Class* c) : SubclassPart(c) { type_key = kNoBuiltinType; }
  // From the heap, not List's free list of List-sized blocks.
  static void* operator new(size_t size) { return ::operator new(size); }
  static void operator delete(void* p, size_t size) { ::operator delete(p, size); }
};

struct DictInstance final : Dict, SubclassPart {
  explicit DictInstance(Class* c) : SubclassPart(c) { type_key = kNoBuiltinType; }
};

// A tuple is made whole by its class's __new__ (tuple.__new__(cls, iterable)): `items` are set
// before any script sees it, and never change after.
struct TupleInstance final : Tuple, SubclassPart {
  explicit TupleInstance(Class* c) : SubclassPart(c) { subclass = true; }
  // From the heap, not Tuple's free list of Tuple-sized blocks.
  static void* operator new(size_t size) { return ::operator new(size); }
  static void operator delete(void* p, size_t size) { ::operator delete(p, size); }
};

// A str is made whole by its class's __new__ (str.__new__(cls, object)), as a tuple: its text is
// set before any script sees it, and never changes after.
struct StrInstance final : Str, SubclassPart {
  StrInstance(Class* c, std::string&& text) : Str(std::move(text)), SubclassPart(c) {
    type_key = kNoBuiltinType;
  }
  // From the heap, not Str's free list of Str-sized blocks.
  static void* operator new(size_t size) { return ::operator new(size); }
  static void operator delete(void* p, size_t size) { ::operator delete(p, size); }
};

// An int or a float is no object (value.h): an instance of a script's subclass of either is a
// NumberInstance (Kind::NumberInstance), which holds the number it is, made whole by int.__new__
// or float.__new__. What takes numbers takes it through its number (number_value()) past its
// class's overrides: arithmetic and comparisons (operations.cpp), hashing, repr, format, and the
// conversions that call_special() asks of it (__index__, __int__, __float__: number_conversion()).
// Its builtin methods (`x.bit_length()`) are bound to its number. Exact ints and floats pay
// nothing: their in-line paths never see an object.
struct NumberInstance final : Object, SubclassPart {
  NumberInstance(Class* c, Value number) : Object(Kind::NumberInstance), SubclassPart(c),
                                           value(number) {}
  ~NumberInstance() override { decref(value); }
  const Value value;  // an int, a big int (owned) or a float
};
[[gnu::always_inline]] inline bool is_number_instance(Value v) {
  return v.tag == Tag::Obj && v.obj->kind == Kind::NumberInstance;
}
// The number of a NumberInstance (borrowed), else `v` itself.
[[gnu::always_inline]] inline Value number_value(Value v) {
  return is_number_instance(v) ? static_cast<NumberInstance*>(v.obj)->value : v;
}

// The SubclassPart of `v`, which is_builtin_subclass_instance().
inline SubclassPart& subclass_part(Value v) {
  if (v.obj->kind == Kind::List) return *static_cast<ListInstance*>(v.obj);
  if (v.obj->kind == Kind::Tuple) return *static_cast<TupleInstance*>(v.obj);
  if (v.obj->kind == Kind::Str) return *static_cast<StrInstance*>(v.obj);
  if (v.obj->kind == Kind::NumberInstance) return *static_cast<NumberInstance*>(v.obj);
  return *static_cast<DictInstance*>(v.obj);
}

// tuple.__new__(cls, iterable=()): a tuple, or for `cls` a subclass of tuple its instance of the
// iterable's items (what `super().__new__(cls, (x, y))` in a subclass's __new__ calls).
Value tuple_new(ThreadState& thread, Value self, const Args& args);
// An instance of `cls` (a subclass of tuple) holding `items` (owned references, taken).
Value make_tuple_instance(Class* cls, std::vector<Value>&& items);

// str.__new__(cls, object='', encoding, errors): str(object, ...), or for `cls` a subclass of str
// its instance of that text.
Value str_new(ThreadState& thread, Value self, const Args& args);
// int.__new__(cls, x=0, base=10) and float.__new__(cls, x=0.0): int(x, base) and float(x), or
// for `cls` a subclass its NumberInstance of that number.
Value int_new(ThreadState& thread, Value self, const Args& args);
Value float_new(ThreadState& thread, Value self, const Args& args);
// What call_special(v, name) answers for `v`, a NumberInstance whose class does not define
// `name`: its number's __index__ (an int's only), __int__ or __float__, as a new reference;
// Undefined for any other name.
Value number_conversion(Value v, std::string_view name);

// Whether the class `cls` derives from a builtin type whose instances are made whole by its
// __new__ (tuple, str): object.__new__ refuses it.
bool derives_from_immutable_builtin(Value cls);

// The Class that stands for the builtin type `type` (the builtin `list` or `dict`) among a class
// statement's bases, made once per process (immortal); Undefined for any other value.
Value builtin_base_class(Value type);
// Whether the class `cls` (a Class) derives from the builtin type named `type_name` ("list").
bool derives_from_builtin(Value cls, std::string_view type_name);

// The class's own definition of the special method `name` (an interned Str) for `v`, an instance
// of a subclass of a builtin type: found in its MRO, not the builtin type's nor object's, and
// not bypassed (OverrideBypass); a new reference, or Undefined.
Value subclass_override(Value v, Value name);

// The special methods that the operations on a list, dict or tuple ask a subclass's instance
// for (operations.cpp), a bit each in Class::subclass_overrides; and for a script class
// (through its whole MRO), whether it defines __hash__ or __eq__: its instances hash by identity
// when it defines neither (hashed_by_identity(), set.h).
enum SubclassSpecial : uint32_t {
  kSubclassGetItem,   // __getitem__: `x[i]`, `x[a:b]`
  kSubclassSetItem,   // __setitem__
  kSubclassDelItem,   // __delitem__
  kSubclassContains,  // __contains__: `k in x`
  kSubclassLen,       // __len__: len(x), and truth without __bool__
  kSubclassIter,      // __iter__: `for k in x`
  kSubclassMissing,   // __missing__: `d[k]` of a key not there
  kSubclassBool,      // __bool__
  kSubclassHash,      // __hash__
  kSubclassEq,        // __eq__
};

// Whether the class of `v` (an instance of a subclass of a builtin type) may override `special`:
// false when no class of its MRO before the builtin type's class defines it, so that the
// builtin type's own operation is what runs, with no subclass_override() to ask (a dozen
// instructions, not a couple of hundred: Counter's `c[k] += 1`, OrderedDict's `k in d`). Kept
// per class for its version tag: `D.__getitem__ = f` after the class statement renews it.
// In line, for the interpreter's paths of dicts (`k in od`, `od[k]`): the bits of the current
// version read, or found out of line.
uint32_t subclass_overrides_found(Class& cls);
// The bits of SubclassSpecial that `cls` defines (before its builtin base, if any) into `bits`
// when they are known for its current version; false (nothing called) when they are not.
[[gnu::always_inline]] inline bool class_special_bits_known(const Class& cls, uint32_t& bits) {
  // The version first (acquire, as class_modified() renews it after the change): bits found
  // after it are those of that version or a later one, never of an earlier state.
  const uint32_t version = cls.version.load(std::memory_order_acquire);
  const uint64_t known = cls.subclass_overrides.load(std::memory_order_relaxed);
  bits = static_cast<uint32_t>(known);
  return version != 0 && known >> 32 == version;
}
// The same, found when not known.
[[gnu::always_inline]] inline uint32_t class_special_bits(Class& cls) {
  uint32_t bits;
  return class_special_bits_known(cls, bits) ? bits : subclass_overrides_found(cls);
}
[[gnu::always_inline]] inline bool subclass_may_override(Value v, SubclassSpecial special) {
  return class_special_bits(*subclass_part(v).cls) >> special & 1;
}
// Whether `v` is a dict whose own operation `special` runs on it: an exact dict, or an instance
// of a subclass whose class does not override it (an OrderedDict's `k in od`, `od[k]`, a
// Counter's `c[k] = n`), for the interpreter's in-line paths of dicts.
[[gnu::always_inline]] inline bool is_dict_without(Value v, SubclassSpecial special) {
  return v.tag == Tag::Obj && v.obj->kind == Kind::Dict &&
         (!static_cast<Dict*>(v.obj)->of_subclass() || !subclass_may_override(v, special));
}

// Whether OverrideBypass bypasses `name` (an interned Str) of `v` now: the builtin type's own
// operation runs on it, which asks neither operand's override (list.__eq__ compares the items).
bool override_bypassed(Value v, Value name);

// While it lives, subclass_override(object, name) finds nothing: the builtin type's special method
// `name` runs on `object` (`list.__getitem__(self, i)` inside an override of __getitem__). Nested
// bypasses restore the outer one.
class OverrideBypass {
 public:
  OverrideBypass(Value object, Value name);
  ~OverrideBypass();
  OverrideBypass(const OverrideBypass&) = delete;
  OverrideBypass& operator=(const OverrideBypass&) = delete;

 private:
  const Object* saved_object_;
  const Object* saved_name_;
};

}  // namespace gilvm
