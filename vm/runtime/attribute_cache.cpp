// The attribute caches of attribute_cache.h: filling a way, and the lookups a hit stands for. What a hit returns is what class_get_attribute() would (class.cpp): a property
// first, then the instance's dict, then the class's attribute, bound.
#include "runtime/attribute_cache.h"

#include <iterator>
#include <new>

#include "runtime/attribute_cache_hits.h"
#include "runtime/attributes.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

using attribute_cache_detail::dict_of;
using attribute_cache_detail::find_way;
using attribute_cache_detail::Found;
using attribute_cache_detail::lookup_key;

// What a way holds, as resolve() makes it for a fill.
struct Entry {
  Class* cls = nullptr;
  uint32_t key = AttributeCache::kEmptyKey;
  AttributeCache::Kind kind = AttributeCache::kEmpty;
  Class* owner = nullptr;
  uint32_t owner_index = 0;
  Object* function = nullptr;
};

// The way's key and class, read consistently; false while a thread writes it.
bool read_way_key(const AttributeCache::Way& way, uint32_t& key, Class*& cls) {
  const uint32_t before = way.sequence.load(std::memory_order_acquire);
  if (before & 1) return false;
  key = AttributeCache::head_key(way.head.load(std::memory_order_relaxed));
  cls = way.cls.load(std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_acquire);
  return way.sequence.load(std::memory_order_relaxed) == before;
}

void write_way(AttributeCache::Way& way, const Entry& e) {
  uint32_t before = way.sequence.load(std::memory_order_relaxed);
  // Another thread filling it: let it.
  if ((before & 1) ||
      !way.sequence.compare_exchange_strong(before, before + 1, std::memory_order_acquire))
    return;
  std::atomic_thread_fence(std::memory_order_release);
  way.head.store(AttributeCache::make_head(e.key, e.kind, e.owner_index),
                 std::memory_order_relaxed);
  way.cls.store(e.cls, std::memory_order_relaxed);
  way.owner.store(e.owner, std::memory_order_relaxed);
  way.function.store(e.function, std::memory_order_relaxed);
  way.absent_below.store(0, std::memory_order_relaxed);
  way.value_index.store(0, std::memory_order_relaxed);
  way.sequence.store(before + 2, std::memory_order_release);
}

// What `name` resolves to on the MRO of `cls`, as a way records it; false when the caches do not
// handle it (a builtin type's method, a Native that is not immortal under nogil, a wrapper of
// something other than a script function, a property looked up on the class, a class with no
// version tag). Free-threaded, the script function a way names is made immortal here, while the
// look-up's reference keeps it: readers borrow it, and another thread may replace it in the
// class dict at any time.
bool resolve(ThreadState& thread, Class* cls, bool on_class, Value name, Entry& e) {
  e = Entry();
  e.cls = cls;
  const uint32_t version = cls->version.load(std::memory_order_acquire);
  if (version == 0) return false;
  e.key = AttributeCache::key_of(version, on_class);
  // Every attribute of an instance of a class with its own __getattribute__ is that method's.
  if (!on_class && !Ref::steal(custom_getattribute(*cls)).get().is_undefined()) return false;
  for (Value c : cls->mro) {
    if (!is_kind(c, Kind::Class)) return false;
    uint32_t position = UINT32_MAX;
    Ref v = Ref::steal(dict_of(static_cast<Class*>(c.obj)->dict)->get_hinted(name, position));
    if (v.get().is_undefined()) continue;
    Value raw = v.get();
    switch (raw.is_obj() ? raw.obj->kind : Kind::Str) {
      case Kind::Function:
        e.kind = AttributeCache::kFunction;
        e.function = raw.obj;
        if (free_threaded()) thread.vm.make_immortal(raw);
        return true;
      case Kind::Native:
        // A builtin type's method in the class of its builtin base (`od.get`) is LOAD_METHOD's
        // (subclass_builtin_method(), CALL_METHOD's in-line cases); free-threaded, a way would
        // borrow a Native that another thread may free by replacing it.
        if (static_cast<Class*>(c.obj)->builtin_base ||
            (free_threaded() &&
             !is_immortal_count(raw.obj->refcount.load(std::memory_order_relaxed))))
          return false;
        e.kind = AttributeCache::kNativeMethod;
        e.function = raw.obj;
        return true;
      case Kind::Instance:
        if (binds_as_method(raw)) return false;  // bound by the general path, as a Native
        break;
      case Kind::ScriptInstance:
        if (is_script_descriptor(raw)) return false;  // its __get__/__set__: the general path's
        break;
      case Kind::Member:
        if (on_class) break;  // the Member itself, a plain value
        if (static_cast<Member*>(raw.obj)->tuple_field()) {  // its tuple's item, if a tuple
          if (!derives_from_builtin(Value::object(cls), "tuple")) return false;
          e.kind = AttributeCache::kTupleField;
          e.owner_index = static_cast<Member*>(raw.obj)->index;
          return true;
        }
        e.kind = AttributeCache::kSlot;
        e.owner_index = static_cast<Member*>(raw.obj)->index;
        return true;
      case Kind::StaticMethod:
      case Kind::ClassMethod:
      case Kind::Property: {
        Value callable = static_cast<Wrapper*>(raw.obj)->callable;
        if (!is_kind(callable, Kind::Function)) return false;
        if (raw.obj->kind == Kind::Property && on_class) return false;
        // A getter's AttributeError goes to __getattr__ (find_attribute()), not through a hit.
        if (raw.obj->kind == Kind::Property &&
            !Ref::steal(class_lookup(Value::object(cls), NAME_KEY("__getattr__"))).get().is_undefined())
          return false;
        e.kind = raw.obj->kind == Kind::StaticMethod  ? AttributeCache::kStaticMethod
                 : raw.obj->kind == Kind::ClassMethod ? AttributeCache::kClassMethod
                                                      : AttributeCache::kProperty;
        e.function = callable.obj;
        if (free_threaded()) thread.vm.make_immortal(callable);
        return true;
      }
      default: break;
    }
    e.kind = AttributeCache::kData;
    e.owner = static_cast<Class*>(c.obj);
    e.owner_index = position;
    return position <= AttributeCache::kMostOwnerIndex;  // (a slot's or field's index is small)
  }
  e.kind = AttributeCache::kData;  // nowhere in the MRO
  return true;
}

// The way of `key` with its class's side (Found::read_class_side()): what the lookups out of line
// use.
bool find_whole_way(AttributeCache& cache, uint32_t key, Found<true>& found) {
  return find_way(cache, key, found) && found.read_class_side();
}

// The attribute from the class's side of a way: plain value, function, bound wrapper.
bool class_side(const Found<true>& found, Class* cls, bool on_class, Value name, Value receiver,
                Value& attribute, Value& self) {
  if (found.kind() == AttributeCache::kData) {
    if (!found.owner()) return false;
    Dict& dict = *dict_of(found.owner()->dict);
    attribute = free_threaded() ? dict.get_at<true>(found.owner_index(), name)
                                : dict.get_at<false>(found.owner_index(), name);
    self = Value::undefined();
    return !attribute.is_undefined();
  }
  if (!attribute_cache_detail::callable_side(found, cls, on_class, receiver, attribute, self))
    return false;
  incref(attribute);
  incref(self);
  return true;
}

// cached_lookup() on an instance of a subclass of tuple (a namedtuple's): a field is its item;
// a method or class attribute is its class's when it has no attributes of its own to shadow it
// (`__slots__ = ()`), as a namedtuple's.
bool tuple_instance_lookup(AttributeCache& cache, Value object, Value name, Value& attribute,
                           Value& self) {
  Class* cls = static_cast<TupleInstance*>(object.obj)->cls;
  Found<true> found;
  if (!find_whole_way(cache, lookup_key(cls, false), found)) return false;
  if (found.kind() == AttributeCache::kTupleField) {
    const std::vector<Value>& items = as_tuple(object)->items;
    if (found.owner_index() >= items.size()) return false;  // the slow path raises
    attribute = items[found.owner_index()];
    incref(attribute);
    self = Value::undefined();
    return true;
  }
  if (cls->instance_dict || found.kind() == AttributeCache::kProperty ||
      found.kind() == AttributeCache::kSlot)
    return false;
  return class_side(found, cls, false, name, object, attribute, self);
}

// cached_lookup() on an instance of a script's subclass of list or dict (`class LRU(OrderedDict)`,
// a Counter): a script function of its class (or a Native bound as one), when the instance has
// no attribute of its own that may shadow it. The builtin type's methods (unbound natives in its
// base class's dict) and everything else go the slow way.
bool list_or_dict_instance_lookup(AttributeCache& cache, Value object, Value name,
                                  Value& attribute, Value& self) {
  SubclassPart& part = subclass_part(object);
  Found<true> found;
  if (!find_whole_way(cache, lookup_key(part.cls, false), found) ||
      (found.kind() != AttributeCache::kFunction && found.kind() != AttributeCache::kNativeMethod))
    return false;
  // A builtin method of an int's or float's subclass binds to its number (class.cpp).
  if (found.kind() == AttributeCache::kNativeMethod && is_number_instance(object)) return false;
  if (const Dict* own = part.attributes_if_made();
      own && !attribute_cache_detail::certainly_lacks(*own, cache))
    return false;
  return class_side(found, part.cls, false, name, object, attribute, self);
}

}  // namespace

bool cached_lookup(ThreadState& thread, AttributeCache& cache, Value object, Value name,
                   Value& attribute, Value& self) {
  if (!object.is_obj()) return false;
  Found<true> found;
  if (object.obj->kind == Kind::ScriptInstance) {
    auto* instance = static_cast<ScriptInstance*>(object.obj);
    if (!find_whole_way(cache, lookup_key(instance->cls, false), found)) return false;
    if (found.kind() == AttributeCache::kProperty) {
      // The call may replace the property.
      Ref getter = Ref::borrow(Value::object(found.function()));
      attribute = call_with_keywords(thread, getter.get(), &object, 1, nullptr);
      self = Value::undefined();
      return true;
    }
    if (found.kind() == AttributeCache::kSlot) {  // unset: the slow path raises
      attribute = instance->slot(found.owner_index());
      self = Value::undefined();
      return !attribute.is_undefined();
    }
    uint32_t hint = found.way->hint.load(std::memory_order_relaxed);
    const uint32_t old_hint = hint;
    Value v = instance->get_own_hinted(name, hint, true);
    if (hint != old_hint) found.way->hint.store(hint, std::memory_order_relaxed);
    if (!v.is_undefined()) {
      attribute = v;
      self = Value::undefined();
      return true;
    }
    // `p.__dict__` where no class of the MRO defines the name: the instance's dict, as
    // class_get_attribute() finds it (without the look-ups of the slow path each time).
    if (found.kind() == AttributeCache::kData && !found.owner() &&
        name.obj == NAME_KEY("__dict__").obj && instance->has_dict()) {
      attribute = Value::object(&instance->materialized_dict());
      incref(attribute);
      self = Value::undefined();
      return true;
    }
    return class_side(found, instance->cls, false, name, object, attribute, self);
  }
  if (object.obj->kind == Kind::Class) {
    auto* cls = static_cast<Class*>(object.obj);
    if (!find_whole_way(cache, lookup_key(cls, true), found)) return false;
    return class_side(found, cls, true, name, object, attribute, self);
  }
  if (object.obj->kind == Kind::Tuple && as_tuple(object)->of_subclass())
    return tuple_instance_lookup(cache, object, name, attribute, self);
  if (is_builtin_subclass_instance(object))
    return list_or_dict_instance_lookup(cache, object, name, attribute, self);
  if (object.obj->kind == Kind::Native) {
    const uint64_t word = cache.class_method.load(std::memory_order_relaxed);
    const auto* type = static_cast<const Native*>(object.obj);
    if (word == 0 || word >> 8 != reinterpret_cast<uintptr_t>(type->fn) || !type->self.is_none())
      return false;
    attribute = class_method(static_cast<int>(word & 0xFF) - 1);
    self = Value::undefined();
    return true;
  }
  return false;
}

bool cached_store(AttributeCache& cache, Value object, Value name, Value value) {
  if (!is_kind(object, Kind::ScriptInstance)) return false;
  auto* instance = static_cast<ScriptInstance*>(object.obj);
  Found<true> found;
  if (!find_way(cache, lookup_key(instance->cls, false), found) ||
      found.kind() == AttributeCache::kProperty)
    return false;
  if (found.kind() == AttributeCache::kSlot) {
    instance->set_slot(found.owner_index(), value);
    return true;
  }
  if (!instance->has_dict()) return false;  // the slow path raises
  uint32_t hint = found.way->hint.load(std::memory_order_relaxed);
  const uint32_t old_hint = hint;
  instance->set_own_hinted(name, value, hint, true);
  if (hint != old_hint) found.way->hint.store(hint, std::memory_order_relaxed);
  return true;
}

AttributeCache* named_attribute_cache(Value name) {
  const Str& text = *as_str(name);
  if (!is_immortal_count(text.refcount.load(std::memory_order_relaxed))) return nullptr;
  // Per thread, so no other thread ever reads one that is being started afresh.
  static thread_local AttributeCache caches[8];
  // Fibonacci hashing of the address: names made one after another (a class's attribute names)
  // lie a fixed stride apart, which the low bits alone would map onto few caches.
  const uint64_t mixed = reinterpret_cast<uintptr_t>(name.obj) * 0x9E3779B97F4A7C15ull;
  AttributeCache& cache = caches[mixed >> 61];  // the top 3 bits: one of 8
  if (cache.name.is_obj() && cache.name.obj == name.obj) return &cache;
  cache.~AttributeCache();
  new (&cache) AttributeCache();
  cache.name = name;  // borrowed: interned names live as long as the process
  const size_t hash = text.cached_hash();
  cache.name_filter_bit = Dict::filter_bit(hash);
  cache.name_second_filter_bit = SharedKeys::second_filter_bit(hash);
  return &cache;
}

void fill_cache(ThreadState& thread, AttributeCache& cache, Value object, Value name) {
  Class* cls;
  bool on_class;
  if (is_kind(object, Kind::ScriptInstance)) {
    // `obj.__class__ = C` is no attribute's store (set_instance_class()): a way would have the
    // next one at the site store it in the instance's dict.
    const std::string& text = as_str(name)->text;
    if (text == "__class__" || text == "__dict__") return;
    cls = static_cast<ScriptInstance*>(object.obj)->cls;
    on_class = false;
  } else if (is_builtin_subclass_instance(object)) {  // a tuple's, a list's or a dict's
    cls = subclass_part(object).cls;
    on_class = false;
  } else if (is_kind(object, Kind::Class)) {
    // The class's own attributes (__name__, __mro__, ...) come before its dict's: not cached.
    const std::string& text = as_str(name)->text;
    if (text.size() > 1 && text[0] == '_' && text[1] == '_') return;
    cls = static_cast<Class*>(object.obj);
    // A metaclass's property comes before the class's attributes (metaclass_attribute()).
    if (cls->metaclass) return;
    on_class = true;
  } else if (is_kind(object, Kind::Native)) {
    // A builtin type's class method, remembered by the type's function (builtin_bytes for
    // `bytes`): each VM has its own type objects, but every one of a type has that function.
    const int index = class_method_index(object, *as_str(name));
    const auto function = reinterpret_cast<uintptr_t>(static_cast<const Native*>(object.obj)->fn);
    if (index >= 0 && function >> 56 == 0)
      cache.class_method.store(function << 8 | static_cast<uint64_t>(index + 1),
                               std::memory_order_relaxed);
    return;
  } else {
    return;
  }
  Entry e;
  // A way that is current already (a miss that the caches do not serve: a property's setter, a
  // name found nowhere) would be filled again with the same.
  Found<true> found;
  if (find_way(cache, lookup_key(cls, on_class), found)) return;
  if (!resolve(thread, cls, on_class, name, e)) return;
  // The way this class had, else an empty or outdated one, else the last.
  AttributeCache::Way* target = &cache.ways[std::size(cache.ways) - 1];
  for (AttributeCache::Way& way : cache.ways) {
    uint32_t key;
    Class* old;
    if (!read_way_key(way, key, old)) continue;
    if (key == AttributeCache::kEmptyKey ||
        (old == cls && ((key & AttributeCache::kOnClassKey) != 0) == on_class) ||
        key != lookup_key(old, (key & AttributeCache::kOnClassKey) != 0)) {
      target = &way;
      break;
    }
  }
  write_way(*target, e);
}

}  // namespace gilvm
