// The hits of the attribute caches (attribute_cache.h) that need no call, inlined into the
// interpreter's LOAD_ATTR, STORE_ATTR and LOAD_METHOD as CPython 3.11's specialised instructions
// (LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE): an instance's
// own attribute at the position where the instruction last found it, a plain class value, a
// script function on the class of an instance that does not shadow it, a store into an existing
// instance attribute or the addition of the next of its class's shared names (ScriptInstance), a
// slot of __slots__ read or set. Anything else (a property, a method to bind, a classmethod, a
// miss) is left to cached_lookup()/cached_store() and the slow path, out of line.
//
// Each works on the interpreter's stack itself (the object at sp[-1]) and does all an
// instruction does on a hit, references included, so that the interpreter only dispatches.
//
// Reading a way here is the same read as there (find_way(), Found::read_class_side()), so what
// holds for threads there holds here; instance and class dicts are read through their own locks
// (Dict::get_at, Dict::put_at), an instance's values through its lock
// (ScriptInstance::get_value_at, put_value_at), which free-threaded mode takes. The hits are
// templates on the mode (kFreeThreaded, the interpreter's copy of free_threaded()): under a GIL
// only the holder reads or writes a way, a dict or a refcount, so the seqlock's sequence reads,
// the locks and the atomic refcounts are left out.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/attribute_cache.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/object.h"

namespace gilvm {
namespace attribute_cache_detail {

inline Dict* dict_of(Value v) { return static_cast<Dict*>(v.obj); }

// The way find_way() found. Under a GIL (only the holder writes ways) its fields are read as they
// are asked for; free-threaded, the head (key, kind and owner_index, one word) as matched, and
// the class's side (owner, function) once read_class_side() has read it under the way's seqlock.
template <bool kFreeThreaded>
struct Found;

template <>
struct Found<false> {
  AttributeCache::Way* way = nullptr;
  // In line (GCC left owner() and owner_index() out of line in run(): a call each for a class
  // attribute read through an instance).
  [[gnu::always_inline]] AttributeCache::Kind kind() const { return way->kind_under_gil(); }
  [[gnu::always_inline]] uint32_t owner_index() const { return way->owner_index_under_gil(); }
  [[gnu::always_inline]] bool read_class_side() { return true; }
  [[gnu::always_inline]] Class* owner() const { return way->owner.load(std::memory_order_relaxed); }
  [[gnu::always_inline]] Object* function() const {
    return way->function.load(std::memory_order_relaxed);
  }
};

template <>
struct Found<true> {
  // Set by find_way() and read_class_side() before they are read (initializing them cost four
  // stores a hit).
  AttributeCache::Way* way;
  uint64_t head;
  Class* owner_;
  Object* function_;
  // The owner and function of the fill whose head was matched; false (a miss) while a thread
  // refills the way or when one has since.
  [[gnu::always_inline]] bool read_class_side() {
    const uint32_t before = way->sequence.load(std::memory_order_acquire);
    if ((before & 1) || way->head.load(std::memory_order_relaxed) != head) return false;
    owner_ = way->owner.load(std::memory_order_relaxed);
    function_ = way->function.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    return way->sequence.load(std::memory_order_relaxed) == before;
  }
  AttributeCache::Kind kind() const { return AttributeCache::head_kind(head); }
  uint32_t owner_index() const { return AttributeCache::head_owner_index(head); }
  Class* owner() const { return owner_; }
  Object* function() const { return function_; }
  // 1 + where the instance attribute lies among the class's shared names (0: not known yet),
  // and recording it when a hit has found it there: unless the way has been refilled since
  // (the head then differs), which drops it.
  uint32_t value_index() const { return AttributeCache::head_value_index(head); }
  void remember_value_index(uint32_t index) {
    static_assert(SharedKeys::kMost < (1u << (64 - AttributeCache::kValueIndexShift)));
    uint64_t matched = head;
    way->head.compare_exchange_strong(
        matched, head | uint64_t{index + 1} << AttributeCache::kValueIndexShift,
        std::memory_order_relaxed);
  }
};

// The way whose key is `key` (AttributeCache::key_of() of the class's current version tag), in
// `found`; false when none has it. One load per way, in either mode: the head is one word.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool find_way(AttributeCache& cache, uint32_t key,
                                            Found<kFreeThreaded>& found) {
#pragma GCC unroll 4
  for (AttributeCache::Way& way : cache.ways) {
    if constexpr (!kFreeThreaded) {
      if (way.key_under_gil() == key) {
        found.way = &way;
        return true;
      }
    } else {
      const uint64_t head = way.head.load(std::memory_order_relaxed);
      if (AttributeCache::head_key(head) == key) {
        found.way = &way;
        found.head = head;
        return true;
      }
    }
  }
  return false;
}

// Under a GIL: the value of the instance's own attribute named as the cache's instruction, in
// place, when it has it among its values (at the index the way verified, else at its hint,
// which is then verified); null otherwise.
// `cls`: the instance's class, as the hit read it (ScriptInstance::value_at_unlocked()).
[[gnu::always_inline]] inline Value* own_value_under_gil(ScriptInstance& instance, const Class& cls,
                                                         AttributeCache::Way& way, uint32_t hint,
                                                         const AttributeCache& cache) {
  const uint32_t count = instance.value_count;  // 0 for an instance with a dict
  // (0 - 1 wraps round: no index known.)
  const uint32_t known = way.value_index.load(std::memory_order_relaxed) - 1u;
  if (known < count) return &instance.values()[known];
  if (hint >= count || !cls.shared_keys.is_at(hint, cache.name)) return nullptr;
  way.value_index.store(static_cast<uint8_t>(hint + 1), std::memory_order_relaxed);
  return &instance.values()[hint];
}

// The key of a lookup on an instance of `cls` (on_class false) or on `cls` itself.
[[gnu::always_inline]] inline uint32_t lookup_key(const Class* cls, bool on_class) {
  return cls->version.load(std::memory_order_acquire) | (on_class ? AttributeCache::kOnClassKey : 0);
}

// Whether the instance dict `dict` certainly has no key named as the cache's instruction, from
// its key filter alone; false when it may have one.
[[gnu::always_inline]] inline bool certainly_lacks(const Dict& dict, const AttributeCache& cache) {
  return (dict.key_filter.load(std::memory_order_relaxed) & cache.name_filter_bit) == 0;
}
// The same of an instance's own attributes, `dict` its dict (null: its values, whose names are
// among its class's shared ones, which are looked through when both filters let the name by: a
// hot method named like an attribute would otherwise always miss).
// Under a GIL the way (found by the instance's class) remembers how many shared names a scan
// has cleared (Way::absent_below): a method named like an attribute through the filters is
// scanned for once, not at every load.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool certainly_lacks(ScriptInstance& instance, const Class& cls,
                                                   const Dict* dict, const AttributeCache& cache,
                                                   AttributeCache::Way& way) {
  if (dict) return certainly_lacks(*dict, cache);
  const SharedKeys& names = cls.shared_keys;
  if ((names.filter.load(std::memory_order_relaxed) & cache.name_filter_bit) == 0 ||
      (names.second_filter.load(std::memory_order_relaxed) & cache.name_second_filter_bit) == 0)
    return true;
  if constexpr (kFreeThreaded) {
    return !instance.has_value_named<true>(cache.name);
  } else {
    const uint32_t count = instance.value_count;
    if (count <= way.absent_below.load(std::memory_order_relaxed)) return true;
    if (instance.has_value_named<false>(cache.name)) return false;
    way.absent_below.store(count, std::memory_order_relaxed);  // names [0, count) are not it
    return true;
  }
}

// What a way names on the class's side, as a callable and its first argument: a function with
// `receiver` (borrowed) when looked up on an instance, a classmethod's function with its class
// `cls`, a staticmethod's function or a function looked up on the class with none (Undefined).
// The function is borrowed. False for the other kinds.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool callable_side(const Found<kFreeThreaded>& found, Class* cls,
                                                 bool on_class, Value receiver, Value& function,
                                                 Value& self) {
  switch (found.kind()) {
    case AttributeCache::kFunction:
    case AttributeCache::kNativeMethod: self = on_class ? Value::undefined() : receiver; break;
    case AttributeCache::kClassMethod: self = Value::object(cls); break;  // classes are immortal
    case AttributeCache::kStaticMethod: self = Value::undefined(); break;
    default: return false;
  }
  function = Value::object(found.function());
  return true;
}

}  // namespace attribute_cache_detail

// LOAD_ATTR: replaces the object at sp[-1] (the stack's reference released) by its attribute (a
// new reference) and returns true when that is an instance's own attribute at the way's hint, or
// a plain class value (through an instance that lacks the name, or on the class itself), or a
// function or staticmethod read on the class; false otherwise, having done nothing.
// A module's attribute at the slot that the instruction last found it at (`math.sqrt`, `math.pi`:
// CPython 3.11's LOAD_ATTR_MODULE and LOAD_METHOD_MODULE), a new reference; Undefined on a miss.
// Under a GIL only: free-threaded, Module::get_cached() takes the module's lock, out of line.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value module_attribute_hit(const AttributeCache& cache, Object* module) {
  if constexpr (kFreeThreaded) {
    return Value::undefined();
  } else {
    const Value* slot = static_cast<Module*>(module)->slot_under_gil(
        cache.module_slot.load(std::memory_order_relaxed));
    if (!slot) return Value::undefined();
    incref_in_mode<false>(*slot);
    return *slot;
  }
}

// LOAD_ATTR of a namedtuple's field (`p.x`): the item of `tuple`, an instance of a subclass of
// tuple, that the way's _tuplegetter names (a new reference); Undefined for anything else.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline Value tuple_field_hit(AttributeCache& cache, const Tuple& tuple) {
  using namespace attribute_cache_detail;
  if (!tuple.of_subclass()) return Value::undefined();
  Found<kFreeThreaded> found;
  if (!find_way(cache, lookup_key(static_cast<const TupleInstance&>(tuple).cls, false), found) ||
      found.kind() != AttributeCache::kTupleField || found.owner_index() >= tuple.items.size())
    return Value::undefined();
  const Value v = tuple.items[found.owner_index()];
  incref_in_mode<kFreeThreaded>(v);
  return v;
}

// kBorrowed: the stack's slot only borrows the object (LOAD_LOCAL_LOAD_ATTR: a local read in
// place), whose reference is then kept, not released.
template <bool kFreeThreaded, bool kBorrowed = false>
[[gnu::always_inline]] inline bool load_attribute_hit(AttributeCache& cache, Value* sp) {
  using namespace attribute_cache_detail;
  const Value object = sp[-1];
  if (!object.is_obj()) return false;
  Found<kFreeThreaded> found;
  Value v;
  if (object.obj->kind == Kind::ScriptInstance) {
    auto* instance = static_cast<ScriptInstance*>(object.obj);
    Class* const cls = instance->cls;  // once: each read is a load of its own
    if (!find_way(cache, lookup_key(cls, false), found)) return false;
    const AttributeCache::Kind kind = found.kind();
    if (kind >= AttributeCache::kProperty) {  // a property, or a slot
      if (kind != AttributeCache::kSlot) return false;
      v = instance->get_slot<kFreeThreaded>(found.owner_index());
      if (v.is_undefined()) return false;  // unset: the slow path raises
      if constexpr (!kBorrowed) decref_in_mode<kFreeThreaded>(object.obj);
      sp[-1] = v;
      return true;
    }
    const uint32_t hint = found.way->hint.load(std::memory_order_relaxed);
    Dict* dict = nullptr;
    if constexpr (!kFreeThreaded) {
      // The common case, copied from the value (or the dict's entry) straight to the stack. (An
      // instance with a dict has no values: own_value_under_gil() finds nothing.)
      const Value* slot = own_value_under_gil(*instance, *cls, *found.way, hint, cache);
      dict = instance->dict.load(std::memory_order_relaxed);
      Value in_dict;
      if (!slot && dict && dict->value_at_unlocked(hint, cache.name, in_dict)) slot = &in_dict;
      if (slot) {
        incref_in_mode<false>(*slot);
        sp[-1] = *slot;
        if constexpr (!kBorrowed) decref_in_mode<false>(object.obj);
        return true;
      }
    } else {
      // The values first (an instance with a dict has none), at the index the way knows or else
      // at the hint, then the dict, its filter before its lock.
      if (const uint32_t known = found.value_index()) {
        v = instance->get_value_known<true>(known - 1);
      } else {
        v = instance->get_value_at<true>(hint, cache.name);
        if (!v.is_undefined()) found.remember_value_index(hint);
      }
      if (v.is_undefined()) {
        dict = instance->dict.load(std::memory_order_acquire);
        if (dict && !certainly_lacks(*dict, cache)) v = dict->get_at<true>(hint, cache.name);
      }
    }
    if (kFreeThreaded ? v.is_undefined() : true) {
      Class* owner;
      if (kind != AttributeCache::kData || !found.read_class_side() || !(owner = found.owner()) ||
          // (Free-threaded, the class read again, through the stack's slot: keeping the first
          // read, or its address, across the lock cost a spill a hit. A class assigned meanwhile
          // is as good: that gave the instance a dict.)
          !certainly_lacks<kFreeThreaded>(
              *instance, kFreeThreaded ? *static_cast<ScriptInstance*>(sp[-1].obj)->cls : *cls,
              dict, cache, *found.way))
        return false;
      v = dict_of(owner->dict)->get_at<kFreeThreaded>(found.owner_index(), cache.name);
      if (v.is_undefined()) return false;
    }
  } else if (object.obj->kind == Kind::Module) {
    v = module_attribute_hit<kFreeThreaded>(cache, object.obj);
    if (v.is_undefined()) return false;
  } else if (object.obj->kind == Kind::Tuple) {
    v = tuple_field_hit<kFreeThreaded>(cache, *static_cast<Tuple*>(object.obj));
    if (v.is_undefined()) return false;
  } else if (object.obj->kind == Kind::Class) {
    auto* cls = static_cast<Class*>(object.obj);
    if (!find_way(cache, lookup_key(cls, true), found) || !found.read_class_side()) return false;
    if (found.kind() == AttributeCache::kData) {
      Class* owner = found.owner();
      if (!owner) return false;
      v = dict_of(owner->dict)->get_at<kFreeThreaded>(found.owner_index(), cache.name);
      if (v.is_undefined()) return false;
    } else {
      // A function or staticmethod read on the class is the plain function (Base.method(self)).
      Value self;
      if (!callable_side(found, cls, true, object, v, self) || !self.is_undefined()) return false;
      incref_in_mode<kFreeThreaded>(v);
    }
  } else {
    return false;
  }
  if constexpr (!kBorrowed) decref_in_mode<kFreeThreaded>(object.obj);
  sp[-1] = v;
  return true;
}

// LOAD_METHOD: replaces the object at sp[-1] by (function, self) and returns true for a callable
// found on the class of `object` (or on `object`, a class): a script function, a classmethod's
// or a staticmethod's, looked up on an instance that certainly has no attribute of that name.
// `self` is the object itself (the stack's reference to it moves up), its class (immortal) or
// Undefined (the stack's reference is released): no first argument. The function is a new
// reference. The caller pushes one slot (sp + 1 is the new top). False on anything else, having
// done nothing.
template <bool kFreeThreaded>
[[gnu::always_inline]] inline bool load_method_hit(AttributeCache& cache, Value* sp) {
  using namespace attribute_cache_detail;
  const Value object = sp[-1];
  if (!object.is_obj()) return false;
  Found<kFreeThreaded> found;
  if (object.obj->kind == Kind::ScriptInstance) {
    auto* instance = static_cast<ScriptInstance*>(object.obj);
    Class* const cls = instance->cls;  // once: each read is a load of its own
    if (!find_way(cache, lookup_key(cls, false), found) ||
        !certainly_lacks<kFreeThreaded>(*instance, *cls,
                                        instance->dict.load(std::memory_order_acquire), cache,
                                        *found.way) ||
        !found.read_class_side())
      return false;
    if (found.kind() == AttributeCache::kFunction ||  // the common case: a method
        found.kind() == AttributeCache::kNativeMethod) {
      Object* function = found.function();
      incref_in_mode<kFreeThreaded>(function);
      sp[-1] = Value::object(function);
      sp[0] = object;
      return true;
    }
    Value function, self;
    if (!callable_side(found, cls, false, object, function, self)) return false;
    incref_in_mode<kFreeThreaded>(function);
    decref_in_mode<kFreeThreaded>(object.obj);  // self is the class or nothing
    sp[-1] = function;
    sp[0] = self;
    return true;
  }
  if (object.obj->kind == Kind::Class) {
    auto* cls = static_cast<Class*>(object.obj);
    Value function, self;
    if (!find_way(cache, lookup_key(cls, true), found) || !found.read_class_side() ||
        !callable_side(found, cls, true, object, function, self))
      return false;
    // Classes are immortal: the stack's reference to one may go or move up alike.
    incref_in_mode<kFreeThreaded>(function);
    if (!self.is_obj() || self.obj != object.obj) decref_in_mode<kFreeThreaded>(object.obj);
    sp[-1] = function;
    sp[0] = self;
    return true;
  }
  if (object.obj->kind == Kind::Module) {  // (attribute, Undefined): CALL_METHOD makes it a CALL
    const Value v = module_attribute_hit<kFreeThreaded>(cache, object.obj);
    if (v.is_undefined()) return false;
    decref_in_mode<kFreeThreaded>(object.obj);
    sp[-1] = v;
    sp[0] = Value::undefined();
    return true;
  }
  // An instance of a subclass of dict or list (an OrderedDict's move_to_end, a Stack(list)'s
  // script method): a function of its class, or a Native bound as one, that no attribute of the
  // instance's own shadows (list_or_dict_instance_lookup()'s hit).
  if ((object.obj->kind == Kind::Dict && static_cast<Dict*>(object.obj)->of_subclass()) ||
      (object.obj->kind == Kind::List && static_cast<List*>(object.obj)->of_subclass())) {
    const SubclassPart& part = subclass_part(object);
    if (!find_way(cache, lookup_key(part.cls, false), found) ||
        (found.kind() != AttributeCache::kFunction &&
         found.kind() != AttributeCache::kNativeMethod) ||
        !found.read_class_side())
      return false;
    if (const Dict* own = part.attributes_if_made(); own && !certainly_lacks(*own, cache))
      return false;
    Object* function = found.function();
    incref_in_mode<kFreeThreaded>(function);
    sp[-1] = Value::object(function);
    sp[0] = object;
    return true;
  }
  return false;
}

// LOAD_ATTR under a GIL: the getter (borrowed) of the property the cache found on the class of
// `object`, an instance, when it is a script function, for the interpreter to call as a frame of
// its own; nullptr otherwise. (Free-threaded the slow path calls it: another thread may replace
// the property meanwhile, and the way only borrows the getter.)
[[gnu::always_inline]] inline Function* property_getter_hit(AttributeCache& cache, Value object) {
  using namespace attribute_cache_detail;
  if (!is_kind(object, Kind::ScriptInstance)) return nullptr;
  Found<false> found;
  if (!find_way(cache, lookup_key(static_cast<ScriptInstance*>(object.obj)->cls, false), found) ||
      found.kind() != AttributeCache::kProperty)
    return nullptr;
  Object* getter = found.function();
  return getter->kind == Kind::Function ? static_cast<Function*>(getter) : nullptr;
}

// STORE_ATTR: object.name = value, the object at sp[-1], the value below it, when `object` is an
// instance with the attribute at the way's hint, or without a dict and about to add its shared
// name there (__init__'s stores), and no property of that name: the stack's reference to the
// value moves into the instance, the one to the object is released, and the caller pops both.
// False otherwise, having done nothing.
// kBorrowed: as load_attribute_hit()'s (LOAD_LOCAL_STORE_ATTR).
template <bool kFreeThreaded, bool kBorrowed = false>
[[gnu::always_inline]] inline bool store_attribute_hit(AttributeCache& cache, Value* sp) {
  using namespace attribute_cache_detail;
  const Value object = sp[-1];
  if (!is_kind(object, Kind::ScriptInstance)) return false;
  auto* instance = static_cast<ScriptInstance*>(object.obj);
  Class* const cls = instance->cls;  // once: each read is a load of its own
  Found<kFreeThreaded> found;
  if (!find_way(cache, lookup_key(cls, false), found)) return false;
  const AttributeCache::Kind kind = found.kind();
  if (kind >= AttributeCache::kProperty) {  // a property, or a slot
    if (kind != AttributeCache::kSlot) return false;
    instance->put_slot<kFreeThreaded>(found.owner_index(), sp[-2]);
  } else {
    const uint32_t hint = found.way->hint.load(std::memory_order_relaxed);
    if constexpr (!kFreeThreaded) {
      if (Value* slot = own_value_under_gil(*instance, *cls, *found.way, hint, cache)) {
        // The common case: a value replaced in place.
        const Value old = *slot;
        *slot = sp[-2];
        decref_in_mode<false>(old);
      } else if (Dict* const dict = instance->dict.load(std::memory_order_relaxed)) {
        if (!dict->put_at<false>(hint, cache.name, sp[-2])) return false;
      } else if (!instance->put_value_at<false>(hint, cache.name, sp[-2])) {
        return false;
      }
    } else if (const uint32_t known = found.value_index();
               !(known && instance->put_value_known<true>(known - 1, sp[-2]))) {
      // (The values first, under the instance's lock: an instance with a dict has none.)
      if (instance->put_value_at<true>(hint, cache.name, sp[-2])) {
        if (!known) found.remember_value_index(hint);
      } else {
        Dict* const dict = instance->dict.load(std::memory_order_acquire);
        if (!dict || !dict->put_at<true>(hint, cache.name, sp[-2])) return false;
      }
    }
  }
  if constexpr (!kBorrowed) decref_in_mode<kFreeThreaded>(object.obj);
  return true;
}

}  // namespace gilvm
