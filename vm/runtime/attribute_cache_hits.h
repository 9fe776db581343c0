// The hits of the attribute caches (attribute_cache.h) that need no call, inlined into the
// interpreter's LOAD_ATTR, STORE_ATTR and LOAD_METHOD as CPython 3.11's specialised instructions
// (LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE): an instance's
// own attribute at the position where the instruction last found it, a plain class value, a
// script function on the class of an instance that does not shadow it, a store into an existing
// instance attribute. Anything else (a property, a method to bind, a classmethod, a miss) is
// left to cached_lookup()/cached_store() and the slow path, out of line.
//
// Reading a way here is the same seqlock read as there (find_way()), so what holds for threads
// there holds here; instance and class dicts are read through their own locks (Dict::get_at,
// Dict::replace_at), which free-threaded mode takes. The hits are templates on the mode
// (kFreeThreaded, the interpreter's copy of free_threaded()): under a GIL only the holder reads
// or writes a way or a dict, so the seqlock's sequence reads and the locks' look at the global
// mode are left out.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/attribute_cache.h"
#include "runtime/class.h"
#include "runtime/object.h"

namespace gilvm {
namespace attribute_cache_detail {

// One way, read consistently (or not at all).
struct Entry {
  Class* cls = nullptr;
  uint32_t version = 0;
  AttributeCache::Kind kind = AttributeCache::kEmpty;
  bool on_class = false;
  Class* owner = nullptr;
  uint32_t owner_index = 0;
  Object* function = nullptr;
};

inline Dict* dict_of(Value v) { return static_cast<Dict*>(v.obj); }

// The way that holds `cls` (looked up on an instance, or on the class itself) at its current
// version, read into `e`; nullptr when none does. The key fields are compared before the rest
// is read: a miss in the first way costs little. Without kFreeThreaded (under a GIL, whose holder
// alone writes ways) the sequence is not read.
template <bool kFreeThreaded = true>
[[gnu::always_inline]] inline AttributeCache::Way* find_way(AttributeCache& cache, Class* cls,
                                                            bool on_class, Entry& e) {
  const uint32_t version = cls->version.load(std::memory_order_acquire);
  if (version == 0) return nullptr;
  for (AttributeCache::Way& way : cache.ways) {
    const uint32_t before = kFreeThreaded ? way.sequence.load(std::memory_order_acquire) : 0;
    if (way.cls.load(std::memory_order_relaxed) != cls ||
        way.version.load(std::memory_order_relaxed) != version ||
        way.on_class.load(std::memory_order_relaxed) != on_class || (before & 1))
      continue;
    e.cls = cls;
    e.version = version;
    e.on_class = on_class;
    e.kind = static_cast<AttributeCache::Kind>(way.kind.load(std::memory_order_relaxed));
    e.owner = way.owner.load(std::memory_order_relaxed);
    e.owner_index = way.owner_index.load(std::memory_order_relaxed);
    e.function = way.function.load(std::memory_order_relaxed);
    if (!kFreeThreaded) return &way;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (way.sequence.load(std::memory_order_relaxed) == before) return &way;
  }
  return nullptr;
}

// Whether the instance dict `dict` certainly has no key `name` (an interned Str), from its key
// filter alone; false when it may have one (or the name's hash is not computed yet).
[[gnu::always_inline]] inline bool certainly_lacks(const Dict& dict, Value name) {
  const size_t hash = as_str(name)->hash.load(std::memory_order_relaxed);
  return hash != 0 && !dict.may_contain(hash);
}

// What a way names on the class's side, as a callable and its first argument: a function with
// `receiver` (borrowed) when looked up on an instance, a classmethod's function with its class, a
// staticmethod's function or a function looked up on the class with none (Undefined). The
// function is borrowed. False for the other kinds.
[[gnu::always_inline]] inline bool callable_side(const Entry& e, Value receiver, Value& function,
                                                 Value& self) {
  switch (e.kind) {
    case AttributeCache::kFunction: self = e.on_class ? Value::undefined() : receiver; break;
    case AttributeCache::kClassMethod: self = Value::object(e.cls); break;  // classes are immortal
    case AttributeCache::kStaticMethod: self = Value::undefined(); break;
    default: return false;
  }
  function = Value::object(e.function);
  return true;
}

}  // namespace attribute_cache_detail

// LOAD_ATTR: the attribute `name` of `object` (a new reference) when it is an instance's own
// attribute at the way's hint, or a plain class value (through an instance that lacks the name,
// or on the class itself); Undefined otherwise, having done nothing.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value load_attribute_hit(AttributeCache& cache, Value object,
                                                       Value name) {
  using namespace attribute_cache_detail;
  if (!object.is_obj()) return Value::undefined();
  Entry e;
  if (object.obj->kind == Kind::ScriptInstance) {
    auto* instance = static_cast<ScriptInstance*>(object.obj);
    AttributeCache::Way* way = find_way<kFreeThreaded>(cache, instance->cls, false, e);
    if (!way || e.kind == AttributeCache::kProperty) return Value::undefined();
    Dict& dict = *dict_of(instance->attributes);
    Value v = dict.get_at<kFreeThreaded>(way->hint.load(std::memory_order_relaxed), name);
    if (!v.is_undefined() || e.kind != AttributeCache::kData || !e.owner ||
        !certainly_lacks(dict, name))
      return v;
    return dict_of(e.owner->dict)->get_at<kFreeThreaded>(e.owner_index, name);
  }
  if (object.obj->kind == Kind::Class) {
    if (!find_way<kFreeThreaded>(cache, static_cast<Class*>(object.obj), true, e))
      return Value::undefined();
    if (e.kind == AttributeCache::kData) {
      return e.owner ? dict_of(e.owner->dict)->get_at<kFreeThreaded>(e.owner_index, name)
                     : Value::undefined();
    }
    // A function or staticmethod read on the class is the plain function (Base.method(self)).
    Value function, self;
    if (!callable_side(e, object, function, self) || !self.is_undefined()) {
      return Value::undefined();
    }
    kFreeThreaded ? incref_free_threaded(function) : incref(function);
    return function;
  }
  return Value::undefined();
}

// LOAD_METHOD: a callable found on the class of `object` (or on `object`, a class), to be called
// with `self` first (Undefined: no first argument): a script function, a classmethod's or a
// staticmethod's, looked up on an instance that certainly has no attribute of that name. Returns
// the function (a new reference) and `self`: `object` itself (the caller's reference to it is
// the one to use), a class (immortal) or Undefined. Undefined on anything else, having done
// nothing.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value load_method_hit(AttributeCache& cache, Value object, Value name,
                                                    Value& self) {
  using namespace attribute_cache_detail;
  if (!object.is_obj()) return Value::undefined();
  Entry e;
  Value function;
  if (object.obj->kind == Kind::ScriptInstance) {
    auto* instance = static_cast<ScriptInstance*>(object.obj);
    if (!find_way<kFreeThreaded>(cache, instance->cls, false, e) ||
        !callable_side(e, object, function, self) ||
        !certainly_lacks(*dict_of(instance->attributes), name))
      return Value::undefined();
  } else if (object.obj->kind == Kind::Class) {
    if (!find_way<kFreeThreaded>(cache, static_cast<Class*>(object.obj), true, e) ||
        !callable_side(e, object, function, self))
      return Value::undefined();
  } else {
    return Value::undefined();
  }
  kFreeThreaded ? incref_free_threaded(function) : incref(function);
  return function;
}

// STORE_ATTR: object.name = value (a new reference is taken) when `object` is an instance with
// the attribute at the way's hint and no property of that name; returns false otherwise, having
// done nothing.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool store_attribute_hit(AttributeCache& cache, Value object,
                                                       Value name, Value value) {
  using namespace attribute_cache_detail;
  if (!is_kind(object, Kind::ScriptInstance)) return false;
  auto* instance = static_cast<ScriptInstance*>(object.obj);
  Entry e;
  AttributeCache::Way* way = find_way<kFreeThreaded>(cache, instance->cls, false, e);
  if (!way || e.kind == AttributeCache::kProperty) return false;
  return dict_of(instance->attributes)
      ->replace_at<kFreeThreaded>(way->hint.load(std::memory_order_relaxed), name, value);
}

}  // namespace gilvm
