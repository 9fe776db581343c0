#include "runtime/class.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/attributes.h"
#include "runtime/builtin_subclass.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/metaclass.h"
#include "runtime/module.h"
#include "runtime/number_methods.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

// Names compared as views: a size test in line before any byte (a std::string against a C string
// calls strlen and memcmp), on the attribute paths of getattr() and setattr().
using namespace std::string_view_literals;

namespace {

Dict* dict_of(Value v) { return static_cast<Dict*>(v.obj); }
Class* as_class(Value v) { return static_cast<Class*>(v.obj); }
ExceptionClass* as_exception_class(Value v) { return static_cast<ExceptionClass*>(v.obj); }

std::string class_name(Value cls) {
  return is_kind(cls, Kind::Class) ? as_class(cls)->name : as_exception_class(cls)->name;
}

Value object_init(ThreadState&, Value, const Args& args) {
  if (args.count > 1 || args.keyword_count() > 0) {
    raise(exc::TypeError,
          "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  return Value::none();
}

// BaseException.__init__(self, *args): sets args.
Value exception_init(ThreadState&, Value, const Args& args) {
  if (args.keyword_count() > 0)
    raise(exc::TypeError, "BaseException.__init__() takes no keyword arguments");
  if (args.count == 0 || !is_kind(args.positional[0], Kind::Exception)) {
    raise(exc::TypeError, "descriptor '__init__' requires a 'BaseException' object");
  }
  auto* e = static_cast<ExceptionObject*>(args.positional[0].obj);
  std::vector<Value> items(args.positional + 1, args.positional + args.count);
  for (Value v : items) incref(v);
  Value old = e->args;
  e->args = make_tuple(std::move(items));
  decref(old);
  return Value::none();
}

// object.__new__(cls, ...): a new, uninitialized instance of cls (what a script's __new__ calls
// through super().__new__(cls), and copy-style code through object.__new__(C)).
Value object_new(ThreadState&, Value, const Args& args) {
  if (args.count == 0) raise(exc::TypeError, "object.__new__(): not enough arguments");
  Value cls = args.positional[0];
  if (!is_kind(cls, Kind::Class))
    raise(exc::TypeError, "object.__new__(X): X is not a type object (" + type_name(cls) + ")");
  if (as_class(cls)->make_instance) {
    if (derives_from_immutable_builtin(cls)) {  // made whole by its __new__ only
      // CPython names the first class of the MRO without a __new__ of its own in the script.
      const Class* base = as_class(cls);
      for (Value c : base->mro) {
        base = as_class(c);
        if (base->builtin_base || !dict_of(base->dict)->contains(NAME_KEY("__new__"))) break;
      }
      raise(exc::TypeError, "object.__new__(" + as_class(cls)->name + ") is not safe, use " +
                                base->name + ".__new__()");
    }
    return as_class(cls)->make_instance(cls);
  }
  return Value::object(ScriptInstance::make(as_class(cls)));
}

// object.__setattr__(self, name, value) and object.__delattr__(self, name): the plain store and
// deletion, which a class's own __setattr__/__delattr__ reaches this way or by super().
// Their argument errors are CPython's: __setattr__'s from PyArg_UnpackTuple with no name (a
// leading space), __delattr__'s from check_num_args.
const Str& hooked_attribute_name(const Args& args, size_t count, const char* method) {
  if (args.count == 0) {
    raise(exc::TypeError,
          std::string("descriptor '") + method + "' of 'object' object needs an argument");
  }
  if (args.keyword_count() > 0)
    raise(exc::TypeError, std::string(method) + "() takes no keyword arguments");
  if (args.count != count) {
    raise(exc::TypeError, std::string(count == 3 ? " " : "") + "expected " +
                              std::to_string(count - 1) + " argument" +
                              (count == 2 ? "" : "s") + ", got " + std::to_string(args.count - 1));
  }
  if (!is_kind(args.positional[1], Kind::Str))
    raise(exc::TypeError,
          "attribute name must be string, not '" + type_name(args.positional[1]) + "'");
  return *as_str(args.positional[1]);
}
Value object_setattr(ThreadState& ts, Value, const Args& args) {
  set_attribute_plain(ts, args.positional[0], hooked_attribute_name(args, 3, "__setattr__"), args.positional[2]);
  return Value::none();
}
Value object_delattr(ThreadState&, Value, const Args& args) {
  delete_attribute_plain(args.positional[0], hooked_attribute_name(args, 2, "__delattr__"));
  return Value::none();
}

// object.__init_subclass__(cls): nothing to do (what a script's override reaches via super()).
Value object_init_subclass(ThreadState&, Value, const Args& args) {
  if (args.keyword_count() > 0 || args.count > 1) {
    const bool named = args.count > 0 && is_kind(args.positional[0], Kind::Class);
    raise(exc::TypeError, (named ? as_class(args.positional[0])->name + "." : std::string()) +
                              "__init_subclass__() takes no keyword arguments");
  }
  return Value::none();
}

Value immortal_native(const char* name, NativeFn fn) {
  Value v = Value::object(new Native(name, fn));
  immortalize(v);
  return v;
}

// Attributes found on a class bind to what they are looked up on: a function to the instance,
// a classmethod to the class, a staticmethod to nothing.
Value bind(Value raw, Value self, Value cls) {
  if (is_kind(raw, Kind::Function) || is_kind(raw, Kind::Native) || binds_as_method(raw)) {
    Value m = Value::object(new Method(raw, self));
    decref(raw);
    return m;
  }
  if (is_kind(raw, Kind::StaticMethod) || is_kind(raw, Kind::ClassMethod)) {
    auto* w = static_cast<Wrapper*>(raw.obj);
    Value result = is_kind(raw, Kind::StaticMethod) ? (incref(w->callable), w->callable)
                                                    : Value::object(new Method(w->callable, cls));
    decref(raw);
    return result;
  }
  return raw;
}

// Looked up on a class itself: functions stay plain functions.
Value bind_to_class(Value raw, Value cls) {
  if (is_kind(raw, Kind::Function) || is_kind(raw, Kind::Native) || binds_as_method(raw)) return raw;
  return bind(raw, Value::none(), cls);
}

Value call_with_self(ThreadState& ts, Value callable, Value self, const Value* args, size_t count,
                     const Tuple* names) {
  Value result;
  if (!names && call_exact_with_self(ts, callable, self, args, count, result)) return result;
  // Special methods take one or two arguments (`d[k]`, `d[k] = v`): those go on the stack,
  // sparing an allocation on every call.
  constexpr size_t kOnStack = 8;
  if (count < kOnStack) {
    Value all[kOnStack];
    all[0] = self;
    std::copy(args, args + count, all + 1);
    return call_with_keywords(ts, callable, all, count + 1, names);
  }
  std::vector<Value> all;
  all.reserve(count + 1);
  all.push_back(self);
  all.insert(all.end(), args, args + count);
  return call_with_keywords(ts, callable, all.data(), all.size(), names);
}

Value property_setter(ThreadState& ts, Value self, const Args& args);
Value property_getter(ThreadState& ts, Value self, const Args& args);
Value property_deleter(ThreadState& ts, Value self, const Args& args);

// Functions defined by the class body have no owner yet; one with an owner came from elsewhere
// (`f = A.f` in B's body) and keeps it, as its __class__ cell would in CPython.
void set_owner(Value v, Value cls) {
  if (is_kind(v, Kind::Function)) {
    Function* function = static_cast<Function*>(v.obj);
    if (function->owner_class.is_none()) function->owner_class = cls;
  } else if (is_kind(v, Kind::StaticMethod) || is_kind(v, Kind::ClassMethod) ||
             is_kind(v, Kind::Property)) {
    set_owner(static_cast<Wrapper*>(v.obj)->callable, cls);
    set_owner(static_cast<Wrapper*>(v.obj)->setter, cls);
    set_owner(static_cast<Wrapper*>(v.obj)->deleter, cls);
  }
}

}  // namespace

// object.__getattribute__(self, name): the lookup without the class's __getattribute__ and
// __getattr__, which a class's own __getattribute__ reaches this way or by super().
Value object_getattribute(ThreadState& ts, Value, const Args& args) {
  const Str& name = hooked_attribute_name(args, 2, "__getattribute__");
  Value v = find_attribute_plain(ts, args.positional[0], name);
  if (v.is_undefined()) raise_no_attribute(args.positional[0], name.text);
  return v;
}

namespace {

// Class versions and the subclass links that class_modified() follows. Changes to class dicts
// are rare (class statements, assignments to class attributes), so one mutex serves them all.
std::mutex& hierarchy_mutex() {
  static std::mutex mutex;
  return mutex;
}
std::atomic<uint32_t> next_class_version{1};

// A version no class has had; 0 once the counter has reached the caches' kOnClassKey bit less
// one, so that a tag with that bit set is still no other tag and never the empty key (caching
// stops for that class).
uint32_t new_class_version() {
  constexpr uint32_t kLimit = AttributeCache::kOnClassKey - 1;
  uint32_t v = next_class_version.fetch_add(1, std::memory_order_relaxed);
  if (v >= kLimit) {
    next_class_version.store(kLimit, std::memory_order_relaxed);  // stays exhausted
    return 0;
  }
  return v;
}

}  // namespace

uint32_t class_epoch() {
  const uint32_t next = next_class_version.load(std::memory_order_relaxed);
  return next >= AttributeCache::kOnClassKey - 1 ? 0 : next;
}

namespace {

void add_subclass(Value base, Class* cls) {
  if (!is_kind(base, Kind::Class)) return;
  std::lock_guard<std::mutex> lock(hierarchy_mutex());
  as_class(base)->subclasses.push_back(cls);
}

void renew_versions_locked(Class* cls) {
  cls->version.store(new_class_version(), std::memory_order_release);
  for (Class* sub : cls->subclasses) renew_versions_locked(sub);
}

// Whether a class attribute's value is one that attribute lookup treats specially (binds, or
// calls as a property): replacing a plain value by another plain value changes no cached
// resolution, since caches read plain class values from the dict itself.
bool binds(Value v) {
  if (!v.is_obj()) return false;
  switch (v.obj->kind) {
    case Kind::Function:
    case Kind::Native:
    case Kind::StaticMethod:
    case Kind::ClassMethod:
    case Kind::Property: return true;
    default: return binds_as_method(v);
  }
}

// Sets `key` in a class's dict, renewing the version tags when the change can matter to a cache:
// a new name (it may shadow a base's) or a value that binds, before or after.
void set_class_attribute(Class* cls, Value key, Value value) {
  Dict* dict = dict_of(cls->dict);
  Ref old = Ref::steal(dict->get(key));
  dict->set(key, value);
  if (old.get().is_undefined() || binds(old.get()) || binds(value)) class_modified(cls);
}

}  // namespace

Class::Class(std::string n, Value owned_base, Value owned_dict)
    : Object(Kind::Class),
      name(std::move(n)),
      base(owned_base),
      dict(owned_dict),
      version(new_class_version()) {
  // Single inheritance by default (native classes); build_class() sets both for class statements.
  mro.push_back(Value::object(this));
  if (is_kind(owned_base, Kind::Class)) {
    bases.push_back(owned_base);
    const auto& inherited = static_cast<Class*>(owned_base.obj)->mro;
    mro.insert(mro.end(), inherited.begin(), inherited.end());
  }
  add_subclass(owned_base, this);
}

void class_modified(Class* cls) {
  std::lock_guard<std::mutex> lock(hierarchy_mutex());
  renew_versions_locked(cls);
}

bool SharedKeys::admit(uint32_t index, Value name) {
  if (index >= kMost) return false;
  if (index >= count.load(std::memory_order_acquire)) {
    // The interned name only: the instructions' names are, and their hits compare by identity.
    if (!is_immortal_count(name.obj->refcount.load(std::memory_order_relaxed)) ||
        Ref::steal(interned_str(as_str(name)->text)).get().obj != name.obj)
      return false;
    ContainerLock lock(mutex);
    if (index == count.load(std::memory_order_relaxed)) {
      if (index > 0 && count_at_make.load(std::memory_order_relaxed) == index)
        learns_late.store(true, std::memory_order_relaxed);
      names[index].store(name.obj, std::memory_order_relaxed);
      const size_t hash = as_str(name)->cached_hash();
      filter.fetch_or(Dict::filter_bit(hash), std::memory_order_relaxed);
      second_filter.fetch_or(second_filter_bit(hash), std::memory_order_relaxed);
      count.store(index + 1, std::memory_order_release);
    }
    if (index >= count.load(std::memory_order_relaxed)) return false;
  }
  return is_at(index, name);
}

ScriptInstance::ScriptInstance(Class* c, uint8_t room)
    : Object(Kind::ScriptInstance), value_room(room), slot_count(c->slot_count), cls(c) {
  std::uninitialized_fill_n(slots(), c->slot_count, Value::undefined());
}

// Room for as many values as the class has shared names (what its instances were seen to set in
// __init__): a Point(x, y) takes 72 bytes, against CPython 3.11's ~94 (168 with room for 8).
// Before any name, and once the class learns names late, room for twice as many, at least
// kFirstRoom: instances made before their class learned all its names (a board's squares made
// before a game gives them colors and neighbours) keep the names set later as values too, not in
// a dict. An instance that finds no room for a name makes a dict, as before.
uint32_t SharedKeys::room_for_new_instance() {
  const uint32_t names = count.load(std::memory_order_acquire);
  if (count_at_make.load(std::memory_order_relaxed) != names)  // written when it changes only
    count_at_make.store(names, std::memory_order_relaxed);
  if (names > 0 && !learns_late.load(std::memory_order_relaxed)) return names;
  return std::min(kMost, std::max(kFirstRoom, 2 * names));
}

ScriptInstance* ScriptInstance::make(Class* c) {
  const uint32_t room = c->instance_dict ? c->shared_keys.room_for_new_instance() : 0;
  void* block = ::operator new(sizeof(ScriptInstance) + (c->slot_count + room) * sizeof(Value));
  return new (block) ScriptInstance(c, static_cast<uint8_t>(room));
}

// Touches nothing of the class: at the VM's end the class may have gone first.
ScriptInstance::~ScriptInstance() {
  for (uint32_t i = 0; i < slot_count; ++i) decref(slots()[i]);
  for (uint32_t i = 0; i < value_count; ++i) decref(values()[i]);
  if (Dict* d = dict.load(std::memory_order_relaxed)) decref(Value::object(d));
}

int ScriptInstance::find_value_locked(Value key, uint32_t hint, bool key_interned) {
  if (hint < value_count && cls->shared_keys.is_at(hint, key)) return static_cast<int>(hint);
  for (uint32_t i = 0; i < value_count; ++i)
    if (cls->shared_keys.is_at(i, key)) return static_cast<int>(i);
  // A name equal to a shared one but another object (getattr(o, "x" + "")).
  if (key_interned || !is_kind(key, Kind::Str)) return -1;
  const Str& name = *as_str(key);
  for (uint32_t i = 0; i < value_count; ++i) {
    const auto* shared =
        static_cast<const Str*>(cls->shared_keys.names[i].load(std::memory_order_relaxed));
    if (shared->cached_hash() == name.cached_hash() && shared->text == name.text)
      return static_cast<int>(i);
  }
  return -1;
}

Dict* ScriptInstance::materialize_locked() {
  if (Dict* d = dict.load(std::memory_order_relaxed)) return d;
  auto* d = new Dict();
  d->entries.reserve(value_count);
  for (uint32_t i = 0; i < value_count; ++i) {
    // The dict takes over the instance's reference to the value.
    d->set(Value::object(cls->shared_keys.names[i].load(std::memory_order_relaxed)), values()[i]);
    decref(values()[i]);
  }
  value_count = 0;
  dict.store(d, std::memory_order_release);
  return d;
}

Dict& ScriptInstance::materialized_dict() {
  if (Dict* d = dict.load(std::memory_order_acquire)) return *d;
  ContainerLock lock(mutex);
  return *materialize_locked();
}

Dict* ScriptInstance::replace_dict(Dict* owned) {
  ContainerLock lock(mutex);
  materialize_locked();
  return dict.exchange(owned, std::memory_order_acq_rel);
}

Value ScriptInstance::get_own(Value key) {
  uint32_t hint = 0;
  return get_own_hinted(key, hint);
}

Value ScriptInstance::get_own_hinted(Value key, uint32_t& hint, bool key_interned) {
  if (Dict* d = dict.load(std::memory_order_acquire)) return d->get_hinted(key, hint);
  {
    ContainerLock lock(mutex);
    if (!dict.load(std::memory_order_relaxed)) {
      const int index = find_value_locked(key, hint, key_interned);
      if (index < 0) return Value::undefined();
      hint = static_cast<uint32_t>(index);
      Value v = values()[index];
      incref(v);
      return v;
    }
  }
  return dict.load(std::memory_order_acquire)->get_hinted(key, hint);  // made meanwhile
}

bool ScriptInstance::has_own(Value key) {
  Ref v = Ref::steal(get_own(key));
  return !v.get().is_undefined();
}

void ScriptInstance::set_own(Value key, Value value) {
  uint32_t hint = 0;
  set_own_hinted(key, value, hint);
}

void ScriptInstance::set_own_hinted(Value key, Value value, uint32_t& hint, bool key_interned) {
  Dict* d = dict.load(std::memory_order_acquire);
  if (!d) {
    Value old = Value::undefined();
    {
      ContainerLock lock(mutex);
      if (!dict.load(std::memory_order_relaxed)) {
        int index = find_value_locked(key, hint, key_interned);
        const uint32_t next = value_count;
        if (index < 0 && cls->shared_keys.admit(next, key) && next < value_room) {
          index = static_cast<int>(next);
          value_count = static_cast<uint8_t>(next + 1);
        } else if (index >= 0) {
          old = values()[index];
        }
        if (index >= 0) {
          incref(value);
          values()[index] = value;
          hint = static_cast<uint32_t>(index);
        }
        if (index < 0) d = materialize_locked();  // a name off the shared order, or no room
      }
      if (!d) d = dict.load(std::memory_order_relaxed);
    }
    decref(old);
    if (!d) return;
  }
  d->set_hinted(key, value, hint);
}

Value object_class() {
  static const Value cls = [] {
    auto* dict = new Dict();
    Value init = immortal_native("object.__init__", object_init);
    dict->set(NAME_KEY("__init__"), init);
    Value new_function = immortal_native("__new__", object_new);
    Value new_method = Value::object(new Wrapper(Kind::StaticMethod, new_function));
    immortalize(new_method);
    dict->set(NAME_KEY("__new__"), new_method);
    Value init_subclass = immortal_native("__init_subclass__", object_init_subclass);
    Value init_subclass_method = Value::object(new Wrapper(Kind::ClassMethod, init_subclass));
    immortalize(init_subclass_method);
    dict->set(NAME_KEY("__init_subclass__"), init_subclass_method);
    dict->set(NAME_KEY("__setattr__"), immortal_native("__setattr__", object_setattr));
    dict->set(NAME_KEY("__delattr__"), immortal_native("__delattr__", object_delattr));
    dict->set(NAME_KEY("__getattribute__"),
              immortal_native("__getattribute__", object_getattribute));
    auto* object = new Class("object", Value::none(), Value::object(dict));
    object->instance_dict = false;  // object() has no attributes, as CPython's
    Value v = Value::object(object);
    immortalize(v);
    return v;
  }();
  return cls;
}

std::vector<Value> class_mro(Value cls) {
  if (is_kind(cls, Kind::Class)) return as_class(cls)->mro;
  auto* e = as_exception_class(cls);
  if (!e->mro.empty()) return e->mro;
  std::vector<Value> mro;
  for (ExceptionClass* c = e; c; c = c->base) mro.push_back(Value::object(c));
  mro.push_back(object_class());
  return mro;
}

namespace {

// C3 linearization of the bases' MROs and the bases themselves (CPython's mro_implementation):
// the MRO of the new class without the class itself.
std::vector<Value> merge_mros(const std::vector<Value>& bases) {
  std::vector<std::vector<Value>> sequences;
  for (Value b : bases) sequences.push_back(class_mro(b));
  sequences.push_back(bases);
  std::vector<size_t> next(sequences.size(), 0);  // the head of each sequence
  auto in_a_tail = [&](Value candidate) {
    for (size_t i = 0; i < sequences.size(); ++i) {
      for (size_t j = next[i] + 1; j < sequences[i].size(); ++j) {
        if (sequences[i][j].obj == candidate.obj) return true;
      }
    }
    return false;
  };
  std::vector<Value> result;
  for (;;) {
    Value found = Value::undefined();
    bool remaining = false;
    for (size_t i = 0; i < sequences.size() && found.is_undefined(); ++i) {
      if (next[i] == sequences[i].size()) continue;
      remaining = true;
      if (!in_a_tail(sequences[i][next[i]])) found = sequences[i][next[i]];
    }
    if (!remaining) return result;
    if (found.is_undefined()) {
      // CPython names the heads of the sequences left, each once, in order.
      std::vector<Value> heads;
      for (size_t i = 0; i < sequences.size(); ++i) {
        if (next[i] == sequences[i].size()) continue;
        Value head = sequences[i][next[i]];
        if (std::none_of(heads.begin(), heads.end(), [&](Value h) { return h.obj == head.obj; }))
          heads.push_back(head);
      }
      std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases";
      for (size_t i = 0; i < heads.size(); ++i) message += (i ? ", " : " ") + class_name(heads[i]);
      raise(exc::TypeError, message);
    }
    result.push_back(found);
    for (size_t i = 0; i < sequences.size(); ++i) {
      if (next[i] < sequences[i].size() && sequences[i][next[i]].obj == found.obj) ++next[i];
    }
  }
}

// The attribute `key` in the namespace of class `c` alone (not its bases); a new reference or
// Undefined.
Value own_attribute(Value c, Value key) {
  if (is_kind(c, Kind::Class)) return dict_of(as_class(c)->dict)->get(key);
  auto* e = as_exception_class(c);
  if (!e->dict.is_none()) {
    Value v = dict_of(e->dict)->get(key);
    if (!v.is_undefined()) return v;
  }
  if (!e->base && as_str(key)->text == "__init__") {  // BaseException: what builtin exceptions have
    static const Value init = immortal_native("BaseException.__init__", exception_init);
    return init;
  }
  return Value::undefined();
}

// The names of a class body's `__slots__` (a str, or an iterable of strs), checked as CPython's
// type_new does: new references to interned strs.
std::vector<Ref> slot_names(Value slots) {
  std::vector<Ref> names;
  auto add = [&](Value v) {
    if (!is_kind(v, Kind::Str))
      raise(exc::TypeError, "__slots__ items must be strings, not '" + type_name(v) + "'");
    const std::string& text = as_str(v)->text;
    const bool identifier =
        !text.empty() && !std::isdigit(static_cast<unsigned char>(text[0])) &&
        std::all_of(text.begin(), text.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
        });
    if (!identifier) raise(exc::TypeError, "__slots__ must be identifiers");
    names.push_back(Ref::steal(interned_str(text)));
  };
  if (is_kind(slots, Kind::Str)) {
    add(slots);
    return names;
  }
  Ref iterator = Ref::steal(get_iterator(slots));
  for (Value item; iterator_next(iterator.get(), item);) add(Ref::steal(item).get());
  return names;
}

// What a class statement's __slots__ make of its instances, from its bases' and its own:
// checked before the class is made, as CPython's type_new checks (two bases with slots of their
// own conflict, a slot's name may not also be a class variable). "__weakref__" is accepted and
// makes no slot (there are no weak references here).
struct SlotLayout {
  uint32_t inherited = 0;   // the slots of the base whose layout the instances extend
  std::vector<Ref> names;   // the class's own slots, after those
  bool instance_dict = true;
};
SlotLayout plan_slots(const std::vector<Value>& bases, Dict& ns) {
  SlotLayout layout;
  const Class* solid = nullptr;
  bool base_dict = false;
  for (Value b : bases) {
    if (!is_kind(b, Kind::Class)) continue;
    const Class* base = as_class(b);
    base_dict = base_dict || base->instance_dict;
    if (base->slot_count == 0) continue;
    const Value solid_value = Value::object(const_cast<Class*>(solid));
    if (solid && !is_subclass(b, solid_value)) {
      if (!is_subclass(solid_value, b))
        raise(exc::TypeError, "multiple bases have instance lay-out conflict");
      continue;
    }
    solid = base;
  }
  layout.inherited = solid ? solid->slot_count : 0;
  Ref slots = Ref::steal(ns.get(NAME_KEY("__slots__")));
  if (slots.get().is_undefined()) return layout;
  layout.instance_dict = base_dict;
  for (Ref& name : slot_names(slots.get())) {
    const std::string& text = as_str(name.get())->text;
    if (text == "__dict__") {
      if (layout.instance_dict)
        raise(exc::TypeError, "__dict__ slot disallowed: we already got one");
      layout.instance_dict = true;
    } else if (text != "__weakref__") {
      if (ns.contains(name.get()))
        raise(exc::ValueError, "'" + text + "' in __slots__ conflicts with class variable");
      layout.names.push_back(std::move(name));
    }
  }
  return layout;
}

// The layout of a class whose instances are native (list, dict, tuple, threading.Thread, or a
// subclass of one): no slots, and a dict unless __slots__ has no names and its bases have none
// (a namedtuple's `__slots__ = ()`). Slots with names are refused for subclasses of tuple, as
// CPython refuses them for types of varying size, and ignored for the others.
SlotLayout plan_builtin_subclass_slots(const std::vector<Value>& bases, Dict& ns) {
  SlotLayout layout;
  Ref slots = Ref::steal(ns.get(NAME_KEY("__slots__")));
  if (slots.get().is_undefined()) return layout;
  bool base_dict = false;
  for (Value b : bases)
    base_dict = base_dict || (is_kind(b, Kind::Class) && as_class(b)->instance_dict);
  for (Ref& name : slot_names(slots.get())) {
    const std::string& text = as_str(name.get())->text;
    if (text == "__dict__") {
      base_dict = true;
    } else if (text != "__weakref__") {
      if (derives_from_builtin(bases[0], "tuple")) {
        raise(exc::TypeError,
              "nonempty __slots__ not supported for subtype of '" + class_name(bases[0]) + "'");
      }
      return layout;
    }
  }
  layout.instance_dict = base_dict;
  return layout;
}

// Gives the new class `c` its layout: a Member in its namespace for each slot of its own.
void lay_out_slots(Class* c, Dict& ns, const SlotLayout& layout) {
  c->instance_dict = layout.instance_dict;
  c->slot_count = layout.inherited;
  for (const Ref& name : layout.names) {
    Ref member = Ref::steal(Value::object(new Member(name.get(), c, c->slot_count++)));
    ns.set(name.get(), member.get());
  }
}

// The class whose MRO a super object's look-ups walk: its object's type, or the object itself
// (super() in a classmethod: self is the class).
Value super_type(Value after, Value self) {
  // A class with a metaclass: its own MRO when super() is in one of its classmethods (self
  // derives from the super object's class), else its metaclass's, as CPython's supercheck.
  if (has_metaclass(self) && is_subclass(self, after)) return self;
  Value type = type_of(self);
  return type.is_undefined() ? self : type;
}

// What the MRO of `type` (super_type()) holds for `key` past the super object's class: a new
// reference, unbound, or Undefined. An exception class of single bases has no MRO kept: its chain
// of bases, then `object`, is walked in place.
Value super_raw(Value after_class, Value type, Value key) {
  const std::vector<Value>* mro = is_kind(type, Kind::Class) ? &as_class(type)->mro
                                  : is_kind(type, Kind::ExceptionClass) &&
                                          !as_exception_class(type)->mro.empty()
                                      ? &as_exception_class(type)->mro
                                      : nullptr;
  if (mro) {
    auto after =
        std::find_if(mro->begin(), mro->end(), [&](Value c) { return c.obj == after_class.obj; });
    for (auto c = after == mro->end() ? after : after + 1; c != mro->end(); ++c) {
      Value raw = own_attribute(*c, key);
      if (!raw.is_undefined()) return raw;
    }
    return Value::undefined();
  }
  if (!is_kind(type, Kind::ExceptionClass)) return Value::undefined();
  ExceptionClass* e = as_exception_class(type);
  while (e && e != after_class.obj) e = e->base;
  if (!e) return Value::undefined();  // (`after` is `object`: nothing past it)
  for (e = e->base; e; e = e->base) {
    Value raw = own_attribute(Value::object(e), key);
    if (!raw.is_undefined()) return raw;
  }
  return own_attribute(object_class(), key);
}
}  // namespace

Value super_function(Value after, Value self, Value key) {
  const Value type = super_type(after, self);
  // The super object's class keeps the finds (Class::super_finds): the type's version names the
  // type and the state of every dict its MRO holds, the name's address the name (an interned
  // name's: immortal, so that no other name gets its address). An exception class has no version.
  const uint32_t version =
      is_kind(type, Kind::Class) ? as_class(type)->version.load(std::memory_order_relaxed) : 0;
  const auto name = reinterpret_cast<uintptr_t>(key.obj);
  Class::SpecialFind* find = nullptr;
  if (version != 0 && is_kind(after, Kind::Class) && !free_threaded() &&
      is_immortal_count(key.obj->refcount.load(std::memory_order_relaxed))) {
    find = &as_class(after)->super_finds[((name ^ version) * 0x9E3779B97F4A7C15ull) >> 62];
    if (find->version == version && find->key == name) {
      incref(find->method);
      return find->method;
    }
  }
  Value raw = super_raw(after, type, key);
  // A native binds as a function does (bind()): called with self first, as list.append(self, x).
  if (is_kind(raw, Kind::Function) || is_kind(raw, Kind::Native)) {
    if (find) *find = {version, name, raw};  // borrowed: the dict holds it while the version lasts
    return raw;
  }
  decref(raw);
  return Value::undefined();
}

Value build_class(ThreadState& ts, Value name, Value bases, Value ns, ClassSource source,
                  Class* metaclass, Value keywords) {
  std::vector<Value> base_list = as_tuple(bases)->items;
  if (base_list.empty()) base_list.push_back(object_class());
  for (size_t i = 0; i < base_list.size(); ++i) {
    // The builtin list and dict stand as the classes of their names (builtin_subclass.h).
    if (Value base = builtin_base_class(base_list[i]); !base.is_undefined()) base_list[i] = base;
    if (!is_kind(base_list[i], Kind::Class) && !is_kind(base_list[i], Kind::ExceptionClass)) {
      if (is_type_builtin(base_list[i])) {  // CPython's types without Py_TPFLAGS_BASETYPE
        const std::string& type = static_cast<Native*>(base_list[i].obj)->name;
        if (type == "bool" || type == "range" || type == "slice")
          raise(exc::TypeError, "type '" + type + "' is not an acceptable base type");
      }
      raise(exc::TypeError, "bases must be types");
    }
    for (size_t j = 0; j < i; ++j) {
      if (base_list[j].obj == base_list[i].obj)
        raise(exc::TypeError, "duplicate base class " + class_name(base_list[i]));
    }
  }
  std::vector<Value> mro = merge_mros(base_list);
  // What the instances are: exceptions if an exception class is in the MRO, native instances
  // if a native class (threading.Thread) is; both at once have no layout.
  ExceptionClass* exception_base = nullptr;
  Value (*make_instance)(Value) = nullptr;
  for (Value c : mro) {
    if (is_kind(c, Kind::ExceptionClass) && !exception_base) exception_base = as_exception_class(c);
    if (is_kind(c, Kind::Class) && as_class(c)->make_instance) {
      if (make_instance && make_instance != as_class(c)->make_instance)  // class L(list, dict)
        raise(exc::TypeError, "multiple bases have instance lay-out conflict");
      make_instance = as_class(c)->make_instance;
    }
  }
  if (exception_base && make_instance)
    raise(exc::TypeError, "multiple bases have instance lay-out conflict");
  if (exception_base && metaclass)
    raise(exc::TypeError, "metaclass " + metaclass->name +
                              " is not supported by gilvm for an exception class");
  // A class that defines __eq__ and not __hash__ has unhashable instances, as in CPython (its
  // __hash__ is None); one that inherits __eq__ inherits its base's __hash__ too.
  Dict& own = *dict_of(ns);
  if (own.contains(NAME_KEY("__eq__")) && !own.contains(NAME_KEY("__hash__")))
    own.set(NAME_KEY("__hash__"), Value::none());
  const std::string& class_name_text = as_str(name)->text;
  Value cls;
  if (!exception_base) {
    // Instances of a native class (threading.Thread's, list's subclasses) are native: no slots.
    const SlotLayout slot_layout =
        make_instance ? plan_builtin_subclass_slots(base_list, own) : plan_slots(base_list, own);
    incref(base_list[0]);
    incref(ns);
    auto* c = new Class(class_name_text, base_list[0], ns);
    c->make_instance = make_instance;
    c->metaclass = metaclass;
    c->bases = base_list;
    c->mro.resize(1);
    c->mro.insert(c->mro.end(), mro.begin(), mro.end());
    // A __new__ of its own or a base's (object's aside) runs before __init__ (class_call).
    for (Value m : c->mro) {
      if (m.obj != object_class().obj &&
          is_kind(m, Kind::Class) && dict_of(as_class(m)->dict)->contains(NAME_KEY("__new__")))
        c->defines_new = c->has_new = true;
    }
    // A metaclass's __call__ runs instead of the construction (class_call).
    if (metaclass &&
        !Ref::steal(metaclass_find(*metaclass, NAME_KEY("__call__"))).get().is_undefined())
      c->has_new = true;
    for (size_t i = 1; i < base_list.size(); ++i) add_subclass(base_list[i], c);
    cls = Value::object(c);
    lay_out_slots(c, own, slot_layout);
  } else {
    auto* e = new ExceptionClass(class_name_text, exception_base);
    e->refcount.store(1, std::memory_order_relaxed);  // the VM makes it immortal and frees it
    incref(ns);
    e->dict = ns;
    if (base_list.size() > 1 || !is_kind(base_list[0], Kind::ExceptionClass) ||
        !as_exception_class(base_list[0])->mro.empty()) {
      e->mro.push_back(Value::object(e));
      e->mro.insert(e->mro.end(), mro.begin(), mro.end());
    }
    cls = Value::object(e);
  }
  // Each value's __set_name__(cls, name) (a descriptor learning its name), as type.__new__'s.
  std::vector<std::pair<Ref, Ref>> named;
  for (auto [key, value] : is_kind(ns, Kind::Dict) ? dict_of(ns)->snapshot()
                                                   : std::vector<std::pair<Value, Value>>()) {
    if (source == ClassSource::ClassStatement) set_owner(value, cls);
    named.emplace_back(Ref::steal(key), Ref::steal(value));
  }
  ts.vm.make_immortal(cls);
  for (const auto& [key, value] : named) {
    if (Ref set_name = Ref::steal(descriptor_method(value.get(), NAME_KEY("__set_name__")));
        !set_name.get().is_undefined()) {
      Value args[3] = {value.get(), cls, key.get()};
      try {
        decref(call_with_keywords(ts, set_name.get(), args, 3, nullptr));
      } catch (ScriptException& error) {  // CPython 3.11 wraps it (3.12 adds a note instead)
        const std::string& class_name =
            is_kind(cls, Kind::Class) ? as_class(cls)->name : as_exception_class(cls)->name;
        throw ScriptException{Ref::steal(new_exception_from(
            exc::RuntimeError,
            "Error calling __set_name__ on '" + type_name(value.get()) + "' instance " +
                repr(key.get()) + " in '" + class_name + "'",
            error.exception.get()))};
      }
    }
  }
  // The nearest base's __init_subclass__ (implicitly a classmethod), as type.__new__ calls it.
  if (is_kind(cls, Kind::Class)) {
    const std::vector<Value>& class_mro_list = as_class(cls)->mro;
    for (size_t i = 1; i < class_mro_list.size(); ++i) {
      Value c = class_mro_list[i];
      if (c.obj == object_class().obj || !is_kind(c, Kind::Class)) continue;
      Ref hook = Ref::steal(dict_of(as_class(c)->dict)->get(NAME_KEY("__init_subclass__")));
      if (hook.get().is_undefined()) continue;
      Value function = hook.get();
      if (is_kind(function, Kind::ClassMethod)) function = static_cast<Wrapper*>(function.obj)->callable;
      if (keywords.is_undefined()) {
        decref(call_with_self(ts, function, cls, nullptr, 0, nullptr));
      } else {  // `class C(Base, flag=True)`: __init_subclass__(cls, flag=True)
        incref(cls);
        Ref positional = Ref::steal(make_tuple({cls}));
        decref(call_unpacked(ts, function, positional.get(), keywords));
      }
      keywords = Value::undefined();
      break;
    }
    if (!keywords.is_undefined() && dict_of(keywords)->size() > 0)  // object's takes none
      raise(exc::TypeError,
            as_class(cls)->name + ".__init_subclass__() takes no keyword arguments");
  }
  return cls;
}

Value class_lookup(Value cls, Value key) {
  if (is_kind(cls, Kind::Class)) {
    for (Value c : as_class(cls)->mro) {
      Value v =
          is_kind(c, Kind::Class) ? dict_of(as_class(c)->dict)->get(key) : own_attribute(c, key);
      if (!v.is_undefined()) return v;
    }
    return Value::undefined();
  }
  if (!is_kind(cls, Kind::ExceptionClass)) return Value::undefined();
  auto* e = as_exception_class(cls);
  if (!e->mro.empty()) {
    for (Value c : e->mro) {
      Value v = own_attribute(c, key);
      if (!v.is_undefined()) return v;
    }
    return Value::undefined();
  }
  for (; e; e = e->base) {  // a chain of single bases, ending at BaseException
    Value v = own_attribute(Value::object(e), key);
    if (!v.is_undefined()) return v;
  }
  return Value::undefined();
}

Value class_lookup(Value cls, std::string_view name) {
  Ref key = Ref::steal(interned_str(name));  // the runtime's own names: a bounded set
  return class_lookup(cls, key.get());
}

bool is_subclass(Value cls, Value base) {
  if (base.is_obj() && base.obj == object_class().obj) return true;
  if (is_kind(cls, Kind::Class)) {
    for (Value c : as_class(cls)->mro) {
      if (c.obj == base.obj) return true;
    }
    return false;
  }
  if (!is_kind(cls, Kind::ExceptionClass)) return false;
  if (!as_exception_class(cls)->mro.empty()) {
    for (Value c : as_exception_class(cls)->mro) {
      if (c.obj == base.obj) return true;
    }
    return false;
  }
  return is_kind(base, Kind::ExceptionClass) &&
         as_exception_class(cls)->is_subclass_of(as_exception_class(base));
}

Value type_of(Value v) {
  if (is_kind(v, Kind::ScriptInstance))
    return Value::object(static_cast<ScriptInstance*>(v.obj)->cls);
  if (is_kind(v, Kind::Instance) && !static_cast<Instance*>(v.obj)->cls.is_none())
    return static_cast<Instance*>(v.obj)->cls;
  if (is_kind(v, Kind::Exception)) return Value::object(static_cast<ExceptionObject*>(v.obj)->cls);
  if (is_builtin_subclass_instance(v)) return Value::object(subclass_part(v).cls);
  if (has_metaclass(v)) return Value::object(as_class(v)->metaclass);
  return Value::undefined();
}

bool is_instance(Value object, Value cls) {
  if (cls.is_obj() && cls.obj == object_class().obj) return true;
  if (is_kind(cls, Kind::Class) && as_class(cls)->is_native_instance &&
      as_class(cls)->is_native_instance(object))
    return true;
  Value type = type_of(object);
  return !type.is_undefined() && is_subclass(type, cls);
}

namespace {
// A class standing for a builtin type that has no builtin of its name (function, generator,
// NoneType, dict_keys, ...), made once per name and kept for the process: `type(x).__name__`,
// `type(x) is type(y)` and isinstance(x, type(y)) work for every value. Its module is "builtins",
// which its repr leaves out, as CPython's <class 'dict_keys'>.
Value builtin_type_class(const std::string& name) {
  static std::mutex mutex;
  static std::unordered_map<std::string, Value> classes;
  std::lock_guard<std::mutex> lock(mutex);
  Value& cls = classes[name];
  if (cls.is_none()) {
    incref(object_class());
    auto* made = new Class(name, object_class(), Value::object(new Dict()));
    made->module = "builtins";
    made->builtin_stand_in = true;
    cls = Value::object(made);
    immortalize(cls);
  }
  return cls;
}

// The class of a builtin value (not an instance's or exception's, which type_of() gives): the
// builtin of its type's name (int, str, ...) when there is one, a stand-in class otherwise. A
// new reference.
Value class_by_type_name(ThreadState& ts, Value v) {
  const bool defaultdict = is_kind(v, Kind::Dict) && static_cast<Dict*>(v.obj)->is_defaultdict();
  if (defaultdict || is_kind(v, Kind::Deque)) {
    Ref collections = Ref::steal(ts.vm.import_module(ts, "_collections"));
    return static_cast<Module*>(collections.get().obj)->get(defaultdict ? "defaultdict" : "deque");
  }
  std::string_view name = type_name_view(v);
  if (name == "builtin_function_or_method" && is_type_builtin(v)) name = "type";
  Value builtin = ts.vm.builtin(name);
  if (builtin.is_undefined()) return builtin_type_class(std::string(name));
  incref(builtin);
  return builtin;
}
}  // namespace

// type(x): the class of an instance or exception; of a builtin value, class_by_type_name()'s,
// kept in the VM for the commonest (`type(x) is int` in a loop looked the name up each time).
Value class_of(ThreadState& ts, Value v) {
  const int slot = common_class_slot(v);  // first: no instance's or subclass's value has one
  if (slot < 0) {
    const Value cls = type_of(v);
    return cls.is_undefined() ? class_by_type_name(ts, v) : cls;
  }
  std::atomic<Object*>& cached = ts.vm.common_classes[static_cast<size_t>(slot)];
  if (Object* found = cached.load(std::memory_order_acquire))
    return Ref::borrow(Value::object(found)).release();
  const Value found = class_by_type_name(ts, v);
  cached.store(found.obj, std::memory_order_release);  // one of the VM's builtins, or immortal
  return found;
}

namespace {
// The slot `member` (a Member of the instance's class or a base) of `instance`: a new reference,
// Undefined while unset; and setting it (Undefined unsets it).
Value slot_value(ScriptInstance& instance, Value member) {
  return instance.slot(static_cast<Member*>(member.obj)->index);
}
void set_slot(ScriptInstance& instance, Value member, Value value) {
  instance.set_slot(static_cast<Member*>(member.obj)->index, value);
}
// cls.__dict__: a copy of the namespace (CPython's is a read-only view of it; a copy keeps the
// attribute caches right, which a write through it would bypass). cls.__annotations__: the
// class's own, never a base's, and {} without any, as CPython 3.10+.
[[gnu::noinline]] Value class_own_attribute(Class& c, const std::string& text) {
  if (c.dict.is_none()) return Value::undefined();
  Dict& namespace_dict = *dict_of(c.dict);
  if (text == "__annotations__") {
    Value own = namespace_dict.get(NAME_KEY("__annotations__"));
    return own.is_undefined() ? Value::object(new Dict()) : own;
  }
  auto* copy = new Dict();
  for (auto& [k, v] : namespace_dict.snapshot()) {  // owned references; set() takes its own
    copy->set(k, v);
    decref(k);
    decref(v);
  }
  return Value::object(copy);
}


// A namedtuple's field `field` (is_tuple_field()) of `object`, as CPython's tuplegetter_descr_get.
Value tuple_field_value(Value field, Value object) {
  const uint32_t index = static_cast<Member*>(field.obj)->index;
  if (!is_kind(object, Kind::Tuple)) {
    raise(exc::TypeError, "descriptor for index '" + std::to_string(index) +
                              "' for tuple subclasses doesn't apply to '" + type_name(object) +
                              "' object");
  }
  const std::vector<Value>& items = as_tuple(object)->items;
  if (index >= items.size()) raise(exc::IndexError, "tuple index out of range");
  incref(items[index]);
  return items[index];
}

// An attribute of an instance of a subclass of list, dict or tuple, as a native Instance's: its
// class's property or namedtuple field, its own attribute, its class's attribute (bound), its
// __dict__ (unless `__slots__ = ()`) or __class__.
Value subclass_instance_attribute(ThreadState& ts, Value object, const Str& name) {
  Value key = Value::object(const_cast<Str*>(&name));
  SubclassPart& part = subclass_part(object);
  const Value cls = Value::object(part.cls);
  Ref raw = Ref::steal(class_lookup(cls, key));
  if (is_kind(raw.get(), Kind::Property))
    return call_with_keywords(ts, static_cast<Wrapper*>(raw.get().obj)->callable, &object, 1,
                              nullptr);
  if (is_tuple_field(raw.get())) return tuple_field_value(raw.get(), object);
  if (Dict* attributes = part.attributes_if_made()) {
    Value v = attributes->get(key);
    if (!v.is_undefined()) return v;
  }
  if (is_number_instance(object)) [[unlikely]] {  // int's and float's methods: its number's
    const Value number = number_value(object);
    if (is_kind(raw.get(), Kind::Native)) return bind(raw.release(), number, cls);
    if (raw.get().is_undefined()) {
      Value v = number_data_attribute(number, name.text);  // x.real, x.numerator
      if (!v.is_undefined()) return v;
    }
  }
  if (!raw.get().is_undefined()) return bind(raw.release(), object, cls);
  if (name.text == "__dict__" && part.cls->instance_dict) {
    Value dict = Value::object(&part.attributes());
    incref(dict);
    return dict;
  }
  if (name.text == "__class__") return cls;
  return Value::undefined();
}
}  // namespace

Value metaclass_attribute(ThreadState& ts, Value cls, Value key, Value raw) {
  Ref found = Ref::steal(raw);
  Class* meta = as_class(cls)->metaclass;
  Ref meta_raw = Ref::steal(metaclass_find(*meta, key));
  if (is_kind(meta_raw.get(), Kind::Property))  // a data descriptor: before the class's own
    return call_with_keywords(ts, static_cast<Wrapper*>(meta_raw.get().obj)->callable, &cls, 1,
                              nullptr);
  if (!found.get().is_undefined()) return bind_to_class(found.release(), cls);
  if (meta_raw.get().is_undefined()) {  // the metaclass's __getattr__, if it has one
    Ref hook = Ref::steal(metaclass_find(*meta, NAME_KEY("__getattr__")));
    if (hook.get().is_undefined()) return Value::undefined();
    const Value args[2] = {cls, key};
    return call_with_keywords(ts, hook.get(), args, 2, nullptr);
  }
  return bind(meta_raw.release(), cls, Value::object(meta));
}

bool metaclass_set_property(ThreadState& ts, Value cls, const Str& name, Value value) {
  Class* meta = as_class(cls)->metaclass;
  Ref raw = Ref::steal(metaclass_find(*meta, Value::object(const_cast<Str*>(&name))));
  if (!is_kind(raw.get(), Kind::Property)) return false;
  Value setter = static_cast<Wrapper*>(raw.get().obj)->setter;
  if (setter.is_none()) {
    raise(exc::AttributeError,
          "property '" + name.text + "' of '" + meta->name + "' object has no setter");
  }
  Value args[2] = {cls, value};
  decref(call_with_keywords(ts, setter, args, 2, nullptr));
  return true;
}

Value metaclass_call(ThreadState& ts, Value cls, const Value* args, size_t count,
                     const Tuple* names) {
  Ref call = Ref::steal(metaclass_find(*as_class(cls)->metaclass, NAME_KEY("__call__")));
  if (call.get().is_undefined()) return Value::undefined();
  return call_with_self(ts, call.get(), cls, args, count, names);
}

std::string class_repr(const Class& cls) {
  if (&cls == static_cast<Class*>(object_class().obj)) return "<class 'object'>";
  if (cls.module == "builtins") return "<class '" + cls.name + "'>";  // builtin_type_class
  return "<class '" + cls.module + "." + cls.name + "'>";
}

// CPython's descriptor protocol for an instance of a script class kept in a class (`x = D()`):
// its type's method `name` (__get__, __set__, __delete__, __set_name__), a new reference, or
// Undefined (also for anything that is no such instance).
Value descriptor_method(Value raw, Value name) {
  if (!is_kind(raw, Kind::ScriptInstance)) return Value::undefined();
  return class_special_lookup(*static_cast<ScriptInstance*>(raw.obj)->cls, name);
}
namespace {
bool defines(Value raw, Value name) {
  return !Ref::steal(descriptor_method(raw, name)).get().is_undefined();
}
bool is_data_descriptor(Value raw) {
  return defines(raw, NAME_KEY("__set__")) || defines(raw, NAME_KEY("__delete__"));
}
}  // namespace
bool is_script_descriptor(Value raw) {
  return defines(raw, NAME_KEY("__get__")) || is_data_descriptor(raw);
}
namespace {
// `get(descriptor, instance, owner)`: the attribute a descriptor's __get__ gives.
Value call_descriptor_get(ThreadState& ts, Value get, Value descriptor, Value instance,
                          Value owner) {
  Value args[3] = {descriptor, instance, owner};
  return call_with_keywords(ts, get, args, 3, nullptr);
}
}  // namespace

Value class_get_attribute(ThreadState& ts, Value object, const Str& name) {
  Value key = Value::object(const_cast<Str*>(&name));
  const std::string& text = name.text;
  if (is_builtin_subclass_instance(object)) return subclass_instance_attribute(ts, object, name);
  switch (object.is_obj() ? object.obj->kind : Kind::Str) {
    case Kind::ScriptInstance:
    case Kind::Instance: {
      bool script = object.obj->kind == Kind::ScriptInstance;
      Value cls = script ? Value::object(static_cast<ScriptInstance*>(object.obj)->cls)
                         : static_cast<Instance*>(object.obj)->cls;
      if (cls.is_none()) return Value::undefined();
      Ref raw = Ref::steal(class_lookup_named(cls, name));
      if (is_kind(raw.get(), Kind::Property)) {
        return call_with_keywords(ts, static_cast<Wrapper*>(raw.get().obj)->callable, &object, 1,
                                  nullptr);
      }
      // A descriptor's __get__: a data descriptor's before the instance's own attributes, any
      // other's after them.
      Ref descriptor_get = Ref::steal(descriptor_method(raw.get(), NAME_KEY("__get__")));
      if (!descriptor_get.get().is_undefined() && is_data_descriptor(raw.get()))
        return call_descriptor_get(ts, descriptor_get.get(), raw.get(), object, cls);
      if (script) {
        auto* instance = static_cast<ScriptInstance*>(object.obj);
        if (is_slot_member(raw.get())) return slot_value(*instance, raw.get());
        Value v = instance->get_own(key);
        if (!v.is_undefined()) return v;
        if (text == "__dict__"sv && raw.get().is_undefined()) {
          if (!instance->has_dict()) return Value::undefined();
          Value dict = Value::object(&instance->materialized_dict());
          incref(dict);
          return dict;
        }
      } else {
        Value& attributes = static_cast<Instance*>(object.obj)->attributes;
        if (!attributes.is_none()) {
          Value v = dict_of(attributes)->get(key);
          if (!v.is_undefined()) return v;
        }
        if (text == "__dict__"sv && raw.get().is_undefined()) {
          if (attributes.is_none()) attributes = Value::object(new Dict());
          incref(attributes);
          return attributes;
        }
      }
      if (!descriptor_get.get().is_undefined())
        return call_descriptor_get(ts, descriptor_get.get(), raw.get(), object, cls);
      if (!raw.get().is_undefined()) return bind(raw.release(), object, cls);
      if (text == "__class__"sv) return cls;
      return Value::undefined();
    }
    case Kind::Class:
    case Kind::ExceptionClass: {
      if (text == "__name__" || text == "__qualname__") return make_str(class_name(object));
      if (text == "__bases__" || text == "__base__" || text == "__mro__") {
        std::vector<Value> classes;
        if (text == "__mro__") {
          classes = class_mro(object);
        } else if (is_kind(object, Kind::Class)) {
          classes = as_class(object)->bases;
        } else if (as_exception_class(object)->base) {
          classes.push_back(Value::object(as_exception_class(object)->base));
        }
        // The builtin types' stand-ins as bases (builtin_subclass.h) are the builtins.
        for (Value& c : classes) {
          if (is_kind(c, Kind::Class) && as_class(c)->builtin_base) {
            c = ts.vm.builtin(as_class(c)->name);
            incref(c);
          }
        }
        if (text == "__base__")
          return classes.empty() ? Value::none() : classes[0];  // classes are immortal
        return make_tuple(std::move(classes));
      }
      if (is_kind(object, Kind::Class) && (text == "__dict__" || text == "__annotations__")) {
        if (Value own = class_own_attribute(*as_class(object), text); !own.is_undefined())
          return own;
      }
      if (text == "__class__") {  // its metaclass, or type
        Value type = has_metaclass(object) ? Value::object(as_class(object)->metaclass)
                                           : ts.vm.builtin("type");
        incref(type);
        return type;
      }
      Value raw = class_lookup(object, key);
      if (has_metaclass(object)) [[unlikely]]
        return metaclass_attribute(ts, object, key, raw);
      if (raw.is_undefined()) return raw;
      if (Ref get = Ref::steal(descriptor_method(raw, NAME_KEY("__get__")));
          !get.get().is_undefined()) {  // `C.x`: get(descriptor, None, C)
        Ref descriptor = Ref::steal(raw);
        return call_descriptor_get(ts, get.get(), descriptor.get(), Value::none(), object);
      }
      return bind_to_class(raw, object);
    }
    case Kind::Exception: {
      auto* e = static_cast<ExceptionObject*>(object.obj);
      if (!e->attributes.is_none()) {
        Value v = dict_of(e->attributes)->get(key);
        if (!v.is_undefined()) return v;
      }
      if (text == "__cause__" || text == "__context__") {
        Value v = text == "__cause__" ? e->cause : e->context;
        incref(v);
        return v;
      }
      if (text == "__suppress_context__") return Value::boolean(e->suppress_context);
      if (text == "__class__") return Value::object(e->cls);
      if (!e->cls->dict.is_none()) {
        Value raw = class_lookup(Value::object(e->cls), key);
        if (!raw.is_undefined()) return bind(raw, object, Value::object(e->cls));
      }
      return Value::undefined();
    }
    case Kind::Method: {
      auto* m = static_cast<Method*>(object.obj);
      Value v = text == "__self__"   ? m->self
                : text == "__func__" ? m->function
                                     : Value::undefined();
      if (text == "__name__" || text == "__qualname__") return get_attribute(ts, m->function, name);
      // Other attributes are the function's, as CPython's method_getattro reads them
      // (a.cached.cache_info() for an lru_cache'd method).
      if (v.is_undefined()) return find_attribute(ts, m->function, name);
      incref(v);
      return v;
    }
    case Kind::Super: {
      auto* s = static_cast<Super*>(object.obj);
      const Value type = super_type(s->after, s->self);
      Value raw = super_raw(s->after, type, key);
      if (is_kind(raw, Kind::Property) && s->self.obj != type.obj) {  // its getter's value
        Ref property = Ref::steal(raw);
        return call_with_keywords(ts, static_cast<Wrapper*>(raw.obj)->callable, &s->self, 1,
                                  nullptr);
      }
      return raw.is_undefined() ? raw : bind(raw, s->self, type);
    }
    case Kind::Property:
      if (text == "setter") return Value::object(new Native("setter", property_setter, object));
      if (text == "getter") return Value::object(new Native("getter", property_getter, object));
      if (text == "deleter")
        return Value::object(new Native("deleter", property_deleter, object));
      if (text == "fset" || text == "fdel") {
        Value v = text == "fset" ? static_cast<Wrapper*>(object.obj)->setter
                                 : static_cast<Wrapper*>(object.obj)->deleter;
        incref(v);
        return v;
      }
      if (text == "fget")
        return (incref(static_cast<Wrapper*>(object.obj)->callable),
                static_cast<Wrapper*>(object.obj)->callable);
      return Value::undefined();
    case Kind::StaticMethod:
    case Kind::ClassMethod:
      if (text == "__func__")
        return (incref(static_cast<Wrapper*>(object.obj)->callable),
                static_cast<Wrapper*>(object.obj)->callable);
      return Value::undefined();
    case Kind::Function: {
      Value attributes = static_cast<Function*>(object.obj)->attributes;
      return attributes.is_none() ? Value::undefined() : dict_of(attributes)->get(key);
    }
    default: return Value::undefined();
  }
}

namespace {
// prop.setter(f), prop.getter(f), prop.deleter(f): a copy of the property with f in that role.
Value property_setter(ThreadState&, Value self, const Args& args) {
  args.expect("setter", 1, 1);
  auto* p = static_cast<Wrapper*>(self.obj);
  return Value::object(new Wrapper(Kind::Property, p->callable, args.positional[0], p->deleter));
}

Value property_getter(ThreadState&, Value self, const Args& args) {
  args.expect("getter", 1, 1);
  auto* p = static_cast<Wrapper*>(self.obj);
  return Value::object(new Wrapper(Kind::Property, args.positional[0], p->setter, p->deleter));
}

Value property_deleter(ThreadState&, Value self, const Args& args) {
  args.expect("deleter", 1, 1);
  auto* p = static_cast<Wrapper*>(self.obj);
  return Value::object(new Wrapper(Kind::Property, p->callable, p->setter, args.positional[0]));
}
}  // namespace

namespace {
// The names of a class's __slots__ in their order in its instances.
std::vector<std::string> slot_names(const Class& cls) {
  std::vector<std::string> names(cls.slot_count);
  for (Value c : cls.mro) {
    if (!is_kind(c, Kind::Class)) continue;
    for (auto& [key, value] : dict_of(as_class(c)->dict)->snapshot()) {
      Ref owned_key = Ref::steal(key), owned_value = Ref::steal(value);
      if (!is_kind(value, Kind::Member) || !is_kind(key, Kind::Str)) continue;
      const uint32_t index = static_cast<Member*>(value.obj)->index;
      if (index < names.size() && names[index].empty()) names[index] = as_str(key)->text;
    }
  }
  return names;
}

// Dicts that `obj.__dict__ = d` displaced while free-threaded: another thread may still be
// reading one without a reference (an instance's dict pointer is read without a lock), so they
// are kept until none can be (release_displaced_dicts()), as Globals keeps displaced values.
std::mutex displaced_dicts_mutex;
std::vector<Dict*> displaced_dicts;

void release_displaced_dict(Dict* old) {
  if (!old) return;
  if (!free_threaded()) return decref(Value::object(old));
  std::lock_guard<std::mutex> lock(displaced_dicts_mutex);
  displaced_dicts.push_back(old);
}

// obj.__dict__ = dict (a dict or a dict subclass's instance), or with Undefined `del
// obj.__dict__` (CPython leaves none; the next `obj.__dict__` is a new empty one), for an
// instance of a script class or of a subclass of list, dict or tuple.
void set_instance_dict(Value object, Value dict) {
  const bool script = is_kind(object, Kind::ScriptInstance);
  const Class& cls = script ? *static_cast<ScriptInstance*>(object.obj)->cls
                            : *subclass_part(object).cls;
  if (!cls.instance_dict) raise_no_attribute(object, "__dict__");
  if (!dict.is_undefined() && !is_kind(dict, Kind::Dict))
    raise(exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(dict) + "'");
  Dict* owned = dict.is_undefined() ? new Dict() : static_cast<Dict*>(dict.obj);
  if (!dict.is_undefined()) incref(dict);
  release_displaced_dict(script ? static_cast<ScriptInstance*>(object.obj)->replace_dict(owned)
                                : subclass_part(object).replace_attributes(owned));
}

// obj.__class__ = cls, for an instance of a script class, as CPython's object_set_class: to
// another script class whose instances are laid out alike (a dict or not, the same slots). The
// values shared with the old class's names go to a dict first: the new class's names differ.
void set_instance_class(ScriptInstance& instance, Value cls) {
  if (!is_kind(cls, Kind::Class) && !is_kind(cls, Kind::ExceptionClass) && !is_type_builtin(cls)) {
    raise(exc::TypeError,
          "__class__ must be set to a class, not '" + type_name(cls) + "' object");
  }
  if (!is_kind(cls, Kind::Class) || as_class(cls)->builtin_stand_in ||
      as_class(cls)->make_instance) {
    raise(exc::TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  Class& to = *as_class(cls);
  Class& from = *instance.cls;
  if (to.instance_dict != from.instance_dict || to.slot_count != from.slot_count ||
      (to.slot_count > 0 && slot_names(to) != slot_names(from))) {
    raise(exc::TypeError, "__class__ assignment: '" + to.name + "' object layout differs from '" +
                              from.name + "'");
  }
  if (instance.has_dict()) instance.materialized_dict();
  ContainerLock lock(instance.mutex);
  instance.cls = &to;
}
}  // namespace

void release_displaced_dicts() {
  std::vector<Dict*> released;
  {
    std::lock_guard<std::mutex> lock(displaced_dicts_mutex);
    released.swap(displaced_dicts);
  }
  for (Dict* d : released) decref(Value::object(d));
}

bool class_set_attribute(ThreadState& ts, Value object, const Str& name, Value value) {
  Value key = Value::object(const_cast<Str*>(&name));
  if (name.text == "__dict__"sv &&
      (is_kind(object, Kind::ScriptInstance) || is_builtin_subclass_instance(object))) {
    set_instance_dict(object, value);
    return true;
  }
  if (is_builtin_subclass_instance(object)) {  // a property's setter, else its own attributes
    SubclassPart& part = subclass_part(object);
    if (name.text == "__class__") {  // to another subclass of the same builtin type
      if (!is_kind(value, Kind::Class) || as_class(value)->make_instance != part.cls->make_instance)
        raise(exc::TypeError, "__class__ assignment: '" +
                                  (is_kind(value, Kind::Class) ? as_class(value)->name
                                                               : type_name(value)) +
                                  "' object layout differs from '" + part.cls->name + "'");
      part.cls = as_class(value);
      return true;
    }
    Ref raw = Ref::steal(class_lookup(Value::object(part.cls), key));
    if (is_kind(raw.get(), Kind::Property)) {
      Value setter = static_cast<Wrapper*>(raw.get().obj)->setter;
      if (setter.is_none()) {
        raise(exc::AttributeError,
              "property '" + name.text + "' of '" + part.cls->name + "' object has no setter");
      }
      Value args[2] = {object, value};
      decref(call_with_keywords(ts, setter, args, 2, nullptr));
      return true;
    }
    if (is_tuple_field(raw.get())) raise(exc::AttributeError, "can't set attribute");
    if (!part.cls->instance_dict) raise_no_attribute(object, name.text);  // __slots__ = ()
    part.attributes().set(key, value);
    return true;
  }
  if (is_kind(object, Kind::ScriptInstance) && name.text == "__class__"sv) {
    set_instance_class(*static_cast<ScriptInstance*>(object.obj), value);
    return true;
  }
  bool native =
      is_kind(object, Kind::Instance) && !static_cast<Instance*>(object.obj)->cls.is_none();
  if (is_kind(object, Kind::ScriptInstance) || native) {
    Value cls = native ? static_cast<Instance*>(object.obj)->cls
                       : Value::object(static_cast<ScriptInstance*>(object.obj)->cls);
    Ref raw = Ref::steal(class_lookup_named(cls, name));
    if (is_kind(raw.get(), Kind::Property)) {
      Value setter = static_cast<Wrapper*>(raw.get().obj)->setter;
      if (setter.is_none()) {
        raise(exc::AttributeError,
              "property '" + name.text + "' of '" + as_class(cls)->name + "' object has no setter");
      }
      Value args[2] = {object, value};
      decref(call_with_keywords(ts, setter, args, 2, nullptr));
      return true;
    }
    if (Ref set = Ref::steal(descriptor_method(raw.get(), NAME_KEY("__set__")));
        !set.get().is_undefined()) {
      Value args[3] = {raw.get(), object, value};
      decref(call_with_keywords(ts, set.get(), args, 3, nullptr));
      return true;
    }
    if (defines(raw.get(), NAME_KEY("__delete__"))) raise(exc::AttributeError, "__set__");
    if (!native) {
      auto* instance = static_cast<ScriptInstance*>(object.obj);
      if (is_slot_member(raw.get())) {
        set_slot(*instance, raw.get(), value);
        return true;
      }
      if (!instance->has_dict()) raise_no_attribute(object, name.text);
      instance->set_own(key, value);
      return true;
    }
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->set && instance->type->set(ts, *instance, name.text, value)) return true;
    if (instance->attributes.is_none()) instance->attributes = Value::object(new Dict());
    dict_of(instance->attributes)->set(key, value);
    return true;
  }
  if (is_kind(object, Kind::Class)) {
    if (as_class(object)->builtin_base) {  // list and dict, as their builtins are
      raise(exc::TypeError, "cannot set '" + name.text + "' attribute of immutable type '" +
                                as_class(object)->name + "'");
    }
    if (has_metaclass(object) && metaclass_set_property(ts, object, name, value)) return true;
    set_class_attribute(as_class(object), key, value);
    return true;
  }
  if (is_kind(object, Kind::ExceptionClass) && !as_exception_class(object)->dict.is_none()) {
    dict_of(as_exception_class(object)->dict)->set(key, value);
    new_class_version();  // a new class epoch: the exception classes' __init__ finds miss
    return true;
  }
  if (is_kind(object, Kind::Exception)) {
    auto* e = static_cast<ExceptionObject*>(object.obj);
    if (e->attributes.is_none()) e->attributes = Value::object(new Dict());
    dict_of(e->attributes)->set(key, value);
    return true;
  }
  if (is_kind(object,
              Kind::Function)) {  // set while a decorator builds it, before threads share it
    auto* f = static_cast<Function*>(object.obj);
    if ((name.text == "__name__" || name.text == "__qualname__") && !is_kind(value, Kind::Str))
      raise(exc::TypeError, name.text + " must be set to a string object");
    if (f->attributes.is_none()) f->attributes = Value::object(new Dict());
    dict_of(f->attributes)->set(key, value);
    return true;
  }
  return false;
}

Value attribute_hook(const Class& cls, Value hook) {
  for (Value c : cls.mro) {
    if (c.obj == object_class().obj) break;
    if (!is_kind(c, Kind::Class)) continue;
    Value v = dict_of(as_class(c)->dict)->get(hook);
    if (!v.is_undefined()) return v;
  }
  return Value::undefined();
}

bool call_attribute_hook(ThreadState& thread, Value hook, const Value* args, size_t count) {
  const Class* cls = is_kind(args[0], Kind::ScriptInstance)
                         ? static_cast<Class*>(static_cast<ScriptInstance*>(args[0].obj)->cls)
                         : is_builtin_subclass_instance(args[0]) ? subclass_part(args[0]).cls
                         : is_kind(args[0], Kind::Class)         ? as_class(args[0])->metaclass
                                                                 : nullptr;
  if (!cls) return false;
  Ref function = Ref::steal(class_cached_find(
      *const_cast<Class*>(cls), hook,
      [](Class& c, Value name) { return attribute_hook(c, name); }, 2));
  if (function.get().is_undefined()) return false;
  decref(call_with_keywords(thread, function.get(), args, count, nullptr));
  return true;
}

void delete_attribute(Value object, const Str& name) {
  const Value args[2] = {object, Value::object(const_cast<Str*>(&name))};
  if (call_attribute_hook(current_thread_state(), NAME_KEY("__delattr__"), args, 2)) return;
  delete_attribute_plain(object, name);
}

void delete_attribute_plain(Value object, const Str& name) {
  Value key = Value::object(const_cast<Str*>(&name));
  if (is_kind(object, Kind::ScriptInstance) && name.text == "__class__")
    raise(exc::TypeError, "can't delete __class__ attribute");
  if (name.text == "__dict__" &&
      (is_kind(object, Kind::ScriptInstance) || is_builtin_subclass_instance(object)))
    return set_instance_dict(object, Value::undefined());
  if (is_kind(object, Kind::ScriptInstance)) {  // a property's deleter, or a slot
    Ref raw = Ref::steal(
        class_lookup(Value::object(static_cast<ScriptInstance*>(object.obj)->cls), key));
    if (is_slot_member(raw.get())) {
      Ref old = Ref::steal(slot_value(*static_cast<ScriptInstance*>(object.obj), raw.get()));
      if (old.get().is_undefined()) raise(exc::AttributeError, name.text);  // CPython's words
      set_slot(*static_cast<ScriptInstance*>(object.obj), raw.get(), Value::undefined());
      return;
    }
    if (Ref del = Ref::steal(descriptor_method(raw.get(), NAME_KEY("__delete__")));
        !del.get().is_undefined()) {
      Value args[2] = {raw.get(), object};
      decref(call_with_keywords(current_thread_state(), del.get(), args, 2, nullptr));
      return;
    }
    if (defines(raw.get(), NAME_KEY("__set__"))) raise(exc::AttributeError, "__delete__");
    if (is_kind(raw.get(), Kind::Property)) {
      Value deleter = static_cast<Wrapper*>(raw.get().obj)->deleter;
      if (deleter.is_none()) {
        raise(exc::AttributeError, "property '" + name.text + "' of '" + type_name(object) +
                                       "' object has no deleter");
      }
      decref(call_with_keywords(current_thread_state(), deleter, &object, 1, nullptr));
      return;
    }
  }
  if (is_builtin_subclass_instance(object) &&
      is_tuple_field(Ref::steal(class_lookup(Value::object(subclass_part(object).cls), key)).get()))
    raise(exc::AttributeError, "can't delete attribute");  // a namedtuple's field
  // An instance's values go to its dict (a deletion would leave them out of order), unless the
  // name is not among them.
  auto* script_instance = is_kind(object, Kind::ScriptInstance)
                              ? static_cast<ScriptInstance*>(object.obj)
                              : nullptr;
  Value attributes =
      script_instance ? (script_instance->has_dict() && script_instance->has_own(key)
                             ? Value::object(&script_instance->materialized_dict())
                             : Value::none())
      : is_kind(object, Kind::Instance) ? static_cast<Instance*>(object.obj)->attributes
      : is_kind(object, Kind::Function) ? static_cast<Function*>(object.obj)->attributes
      : is_kind(object, Kind::Class)        ? as_class(object)->dict
      : is_builtin_subclass_instance(object) && subclass_part(object).attributes_if_made()
          ? Value::object(subclass_part(object).attributes_if_made())
          : Value::none();
  if (!attributes.is_none()) {
    Value old = dict_of(attributes)->pop(key);
    if (!old.is_undefined()) {
      // Cached lookups in the class dict may have found the removed key.
      if (is_kind(object, Kind::Class)) class_modified(as_class(object));
      return decref(old);
    }
  }
  if (is_kind(object, Kind::Class)) {
    raise(exc::AttributeError,
          "type object '" + as_class(object)->name + "' has no attribute '" + name.text + "'");
  }
  raise(exc::AttributeError,
        "'" + type_name(object) + "' object has no attribute '" + name.text + "'");
}

namespace {
[[gnu::always_inline]] inline Value class_init(Value cls, bool free_threaded);

// Calling a class with a __new__ of its own: __new__(cls, *args) makes the object, and __init__
// runs on it only if it is an instance of the class, as CPython's type_call. Both are found
// through the class's caches of them (a namedtuple's construction, P(x, y)).
[[gnu::always_inline]] inline Value call_new_then_init(ThreadState& ts, Value cls,
                                                       const Value* args, size_t count,
                                                       const Tuple* names) {
  Ref new_method = Ref::steal(class_special_lookup(*as_class(cls), NAME_KEY("__new__")));
  Value function = new_method.get();
  if (is_kind(function, Kind::StaticMethod)) function = static_cast<Wrapper*>(function.obj)->callable;
  Ref instance = Ref::steal(call_with_self(ts, function, cls, args, count, names));
  if (!is_instance(instance.get(), cls)) return instance.release();
  Ref init = Ref::steal(class_init(cls, free_threaded()));
  if (is_kind(init.get(), Kind::Native) && static_cast<Native*>(init.get().obj)->fn == object_init)
    return instance.release();
  Ref result = Ref::steal(call_with_self(ts, init.get(), instance.get(), args, count, names));
  if (!result.get().is_none()) {
    raise(exc::TypeError, "__init__() should return None, not '" + type_name(result.get()) + "'");
  }
  return instance.release();
}
}  // namespace

namespace {
// The class's __init__ (a new reference), remembered under a GIL for the version it was found
// at: script_init() and class_call() ask for it at each construction.
[[gnu::always_inline]] inline Value class_init(Value cls, bool free_threaded) {
  auto& c = *as_class(cls);
  const uint32_t version = c.version.load(std::memory_order_relaxed);
  if (!free_threaded && version != 0 && c.init_version == version) {
    incref(c.init_function);
    return c.init_function;
  }
  Value init = class_lookup(cls, NAME_KEY("__init__"));
  if (!free_threaded && version != 0 && !init.is_undefined()) {
    c.init_version = version;
    c.init_function = init;
  }
  return init;
}
}  // namespace

Value script_init(Value cls, bool free_threaded) {
  auto& c = *as_class(cls);
  if (c.make_instance || c.has_new || cls.obj == object_class().obj) return Value::undefined();
  Value init = class_init(cls, free_threaded);
  if (!is_kind(init, Kind::Function) || !static_cast<Function*>(init.obj)->code->is_class_init) {
    decref(init);
    return Value::undefined();
  }
  return init;
}

namespace {
// class_construct(), in line in class_call(): the calls of classes stay one function.
[[gnu::always_inline]] inline Value construct(ThreadState& ts, Value callee, const Value* args,
                                              size_t count, const Tuple* names) {
  if (callee.obj == object_class().obj)
    return Value::object(ScriptInstance::make(as_class(callee)));
  // A __new__ of its own or a base's: a subclass of tuple always has one (tuple.__new__).
  if (as_class(callee)->defines_new) return call_new_then_init(ts, callee, args, count, names);
  if (as_class(callee)
          ->make_instance) {  // a native class or a subclass of one: __init__ always runs
    Ref instance = Ref::steal(as_class(callee)->make_instance(callee));
    Ref init = Ref::steal(class_lookup(callee, NAME_KEY("__init__")));
    Ref result = Ref::steal(call_with_self(ts, init.get(), instance.get(), args, count, names));
    if (!result.get().is_none()) {
      raise(exc::TypeError,
            "__init__() should return None, not '" + type_name(result.get()) + "'");
    }
    return instance.release();
  }
  Ref instance = Ref::steal(Value::object(ScriptInstance::make(as_class(callee))));
  Ref init = Ref::steal(class_init(callee, free_threaded()));
  if (is_kind(init.get(), Kind::Native) &&
      static_cast<Native*>(init.get().obj)->fn == object_init) {
    if (count > 0) raise(exc::TypeError, as_class(callee)->name + "() takes no arguments");
    return instance.release();
  }
  Ref result = Ref::steal(call_with_self(ts, init.get(), instance.get(), args, count, names));
  if (!result.get().is_none()) {
    raise(exc::TypeError,
          "__init__() should return None, not '" + type_name(result.get()) + "'");
  }
  return instance.release();
}
}  // namespace

Value class_construct(ThreadState& ts, Value callee, const Value* args, size_t count,
                      const Tuple* names) {
  return construct(ts, callee, args, count, names);
}

namespace {
// The __init__ of a class statement's exception class (a new reference), remembered under a GIL
// for the class epoch: `raise E(msg)` in a loop walks the MRO's dicts once (~190 instructions
// a raise otherwise). Only what binds is kept: a class epoch lasts while such a value is replaced
// by a plain one, never while one that binds is (set_class_attribute()).
Value exception_class_init(ExceptionClass& cls) {
  const uint32_t epoch = free_threaded() ? 0 : class_epoch();
  if (epoch != 0 && cls.init_epoch == epoch) return (incref(cls.init_function), cls.init_function);
  Value init = class_lookup(Value::object(&cls), NAME_KEY("__init__"));
  if (epoch != 0 && binds(init)) {
    cls.init_epoch = epoch;
    cls.init_function = init;
  }
  return init;
}
}  // namespace

Value class_call(ThreadState& ts, Value callee, const Value* args, size_t count,
                 const Tuple* names) {
  if (!callee.is_obj()) return Value::undefined();
  switch (callee.obj->kind) {
    case Kind::Method: {
      auto* m = static_cast<Method*>(callee.obj);
      return call_with_self(ts, m->function, m->self, args, count, names);
    }
    case Kind::Class: {
      if (as_class(callee)->has_new && as_class(callee)->metaclass) [[unlikely]] {
        Value made = metaclass_call(ts, callee, args, count, names);
        if (!made.is_undefined()) return made;
      }
      return construct(ts, callee, args, count, names);
    }
    case Kind::ExceptionClass: {
      auto* cls = as_exception_class(callee);
      if (cls->dict.is_none())
        return Value::undefined();  // a builtin one: the interpreter makes it
      const size_t positional = count - (names ? names->items.size() : 0);
      for (size_t i = 0; i < positional; ++i) incref(args[i]);  // (no vector: `raise E(msg)`)
      Ref exception = Ref::steal(Value::object(new ExceptionObject(cls, make_tuple(args, positional))));
      Ref init = Ref::steal(exception_class_init(*cls));
      bool builtin_init = is_kind(init.get(), Kind::Native);
      if (builtin_init && names) raise(exc::TypeError, cls->name + "() takes no keyword arguments");
      if (!builtin_init)
        decref(call_with_self(ts, init.get(), exception.get(), args, count, names));
      return exception.release();
    }
    case Kind::ScriptInstance: {
      Ref call = Ref::steal(special_method(callee, NAME_KEY("__call__")));
      if (call.get().is_undefined()) return Value::undefined();
      return call_with_self(ts, call.get(), callee, args, count, names);
    }
    default: return Value::undefined();
  }
}

namespace {
std::string_view name_text(std::string_view name) { return name; }
std::string_view name_text(Value name) { return as_str(name)->text; }

// special_method() for a name given as text or as an interned Str (class_lookup takes either).
Value interned_name(std::string_view name) { return interned_str(name); }  // runtime names
Value interned_name(Value name) {
  incref(name);
  return name;
}

}  // namespace

Value class_cached_fill(Class::SpecialFind* set, uint32_t version, uintptr_t key, Class& cls,
                        Value name, Value (*lookup)(Class&, Value)) {
  Value method = lookup(cls, name);
  // A plain value may be replaced by another without a new version (set_class_attribute): only
  // an absence or what binds is kept, as the version renews when either changes. The newest find
  // goes first, the older one second.
  if (method.is_undefined() || binds(method)) {
    if (set[0].version == version) set[1] = set[0];
    set[0] = {version, key, method};
  }
  return method;
}

Value class_lookup_named(Value cls, const Str& name) {
  const Value key = Value::object(const_cast<Str*>(&name));
  if (is_kind(cls, Kind::Class) && is_immortal_count(name.refcount.load(std::memory_order_relaxed)))
    return class_special_lookup(*as_class(cls), key);
  return class_lookup(cls, key);
}

Value class_special_lookup(Class& cls, Value name) {
  return class_cached_find(
      cls, name, [](Class& c, Value n) { return class_lookup(Value::object(&c), n); }, 0);
}

namespace {
template <typename Name>
Value special_method_of(Value instance, Name name) {
  if (is_builtin_subclass_instance(instance)) [[unlikely]] {  // the class's override, if any
    Ref key = Ref::steal(interned_name(name));
    return subclass_override(instance, key.get());
  }
  if (is_kind(instance, Kind::ScriptInstance)) {
    Ref key = Ref::steal(interned_name(name));
    return class_special_lookup(*static_cast<ScriptInstance*>(instance.obj)->cls, key.get());
  }
  if (is_kind(instance, Kind::Instance) && !static_cast<Instance*>(instance.obj)->cls.is_none()) {
    return class_lookup(static_cast<Instance*>(instance.obj)->cls, name);
  }
  if (is_kind(instance, Kind::Exception)) {
    auto* cls = static_cast<ExceptionObject*>(instance.obj)->cls;
    if (!cls->dict.is_none() && name_text(name) != "__init__")
      return class_lookup(Value::object(cls), name);
  }
  if (has_metaclass(instance)) {  // `len(X)`, `for m in X`: the metaclass's special methods
    Ref key = Ref::steal(interned_name(name));
    return metaclass_find(*as_class(instance)->metaclass, key.get());
  }
  return Value::undefined();
}

template <typename Name>
Value call_special_of(Value instance, Name name, const Value* args, size_t count) {
  Ref method = Ref::steal(special_method_of(instance, name));
  const Value raw = method.get();
  if (raw.is_undefined()) {  // an int's or float's subclass: its number's conversions
    if (is_number_instance(instance)) [[unlikely]]
      return number_conversion(instance, name_text(name));
    return Value::undefined();
  }
  ThreadState& ts = current_thread_state();
  if (is_kind(raw, Kind::Function) || is_kind(raw, Kind::Native) || binds_as_method(raw))
    return call_with_self(ts, raw, instance, args, count, nullptr);
  // As CPython's lookup_maybe_method: a staticmethod's function takes the arguments alone, a
  // classmethod's the class first, and what binds to nothing (a callable object, a partial) is
  // called as it is.
  Ref bound = Ref::steal(bind(method.release(), instance, type_of(instance)));
  return call_value(ts, bound.get(), args, count);
}
}  // namespace

Value special_method(Value instance, std::string_view name) {
  return special_method_of(instance, name);
}
Value special_method(Value instance, Value name) { return special_method_of(instance, name); }

bool is_callable(Value v) {
  if (!v.is_obj()) return false;
  switch (v.obj->kind) {
    case Kind::Function:
    case Kind::Native:
    case Kind::Class:
    case Kind::ExceptionClass:
    case Kind::Method: return true;
    case Kind::ScriptInstance: return !Ref::steal(special_method(v, NAME_KEY("__call__"))).get().is_undefined();
    case Kind::Instance: return is_callable_instance(v);
    default: return false;
  }
}

Value call_special(Value instance, std::string_view name, const Value* args, size_t count) {
  return call_special_of(instance, name, args, count);
}
Value call_special(Value instance, Value name, const Value* args, size_t count) {
  return call_special_of(instance, name, args, count);
}

std::optional<std::string> instance_repr(Value v, bool str) {
  // Native instances made through a class: only a script's own __repr__/__str__ (else nullopt).
  bool native = is_kind(v, Kind::Instance) && !static_cast<Instance*>(v.obj)->cls.is_none();
  // A class with a metaclass: the metaclass's own __repr__/__str__ (else nullopt) too.
  native = native || has_metaclass(v);
  if (!is_kind(v, Kind::ScriptInstance) && !is_kind(v, Kind::Exception) && !native)
    return std::nullopt;
  const char* method = str ? "__str__" : "__repr__";
  Ref result = Ref::steal(call_special(v, method, nullptr, 0));
  if (result.get().is_undefined() && str) {
    if (is_kind(v, Kind::Exception)) return std::nullopt;  // str(e) is its message
    method = "__repr__";
    result = Ref::steal(call_special(v, method, nullptr, 0));
  }
  if (result.get().is_undefined()) {
    if (is_kind(v, Kind::Exception) || native) return std::nullopt;
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<const void*>(v.obj));
    const Class& cls = *static_cast<ScriptInstance*>(v.obj)->cls;
    return "<" + cls.module + "." + cls.name + " object at " + address + ">";
  }
  if (!is_kind(result.get(), Kind::Str)) {
    raise(exc::TypeError,
          std::string(method) + " returned non-string (type " + type_name(result.get()) + ")");
  }
  return as_str(result.get())->text;
}

Value not_implemented() {
  static const TypeInfo kType{"NotImplementedType", {}};
  static Instance* const kObject = [] {
    auto* object = new Instance(&kType);
    immortalize(Value::object(object));
    return object;
  }();
  return Value::object(kObject);
}

Value ellipsis() {
  static const TypeInfo kType{"ellipsis", {}};
  static Instance* const kObject = [] {
    auto* object = new Instance(&kType);
    immortalize(Value::object(object));
    return object;
  }();
  return Value::object(kObject);
}

namespace {
// A special method's result, or Undefined when it has none or returned NotImplemented (immortal:
// nothing to release).
Value call_special_implemented(Value instance, Value name, const Value* args, size_t count) {
  Value result = call_special(instance, name, args, count);
  return result.is_obj() && result.obj == not_implemented().obj ? Value::undefined() : result;
}
}  // namespace

Value instance_hash_result(Value instance) {
  // A builtin type's subclass (a namedtuple, hashed at every probe of a dict it keys) asks its
  // class's override straight away.
  Ref method = Ref::steal(is_builtin_subclass_instance(instance)
                              ? subclass_override(instance, NAME_KEY("__hash__"))
                              : special_method(instance, NAME_KEY("__hash__")));
  if (method.get().is_undefined()) return Value::undefined();
  if (method.get().is_none())
    raise(exc::TypeError, "unhashable type: '" + type_name(instance) + "'");
  return call_with_self(current_thread_state(), method.get(), instance, nullptr, 0, nullptr);
}

std::optional<bool> instance_equal(Value a, Value b) {
  for (int reflected = 0; reflected < 2; ++reflected) {
    Value self = reflected ? b : a, other = reflected ? a : b;
    if (!is_kind(self, Kind::ScriptInstance) && !is_builtin_subclass_instance(self)) continue;
    Ref result = Ref::steal(call_special_implemented(self, NAME_KEY("__eq__"), &other, 1));
    if (!result.get().is_undefined()) return truthy(result.get());
  }
  return std::nullopt;
}

namespace {
// Whether class `sub` has a `name` (an interned Str) that is not base's, as CPython's
// method_is_overloaded.
bool overrides(Value sub, Value base, Value name) {
  Ref mine = Ref::steal(class_lookup(sub, name));
  if (mine.get().is_undefined()) return false;
  Ref theirs = Ref::steal(class_lookup(base, name));
  return theirs.get().is_undefined() || theirs.get().tag != mine.get().tag ||
         theirs.get().i != mine.get().i;
}
}  // namespace

namespace {
// `self.x` (LOAD_LOCAL_LOAD_ATTR, LOAD_ATTR) of local `local` at code[at]: its name.
bool attribute_of_local(const Code& code, size_t at, uint32_t local, Value& name) {
  if (at + 1 >= code.code.size()) return false;
  const Instruction load = code.code[at], attribute = code.code[at + 1];
  if (decode_op(load) != Op::LOAD_LOCAL_LOAD_ATTR || decode_operand(load) != local ||
      decode_op(attribute) != Op::LOAD_ATTR)
    return false;
  name = code.attribute_cache(decode_operand(attribute)).name;
  return is_kind(name, Kind::Str);
}

// One side of the comparison from code[at]: `self.x`, or a tuple of up to kMost of them (their
// names into `names`). The index after it, or 0.
size_t comparison_side(const Code& code, size_t at, uint32_t local,
                       std::array<Value, AttributeComparison::kMost>& names, size_t& count,
                       bool& tuple) {
  count = 0;
  while (count < AttributeComparison::kMost && attribute_of_local(code, at, local, names[count])) {
    at += 2;
    ++count;
  }
  if (count == 0) return 0;
  tuple = at < code.code.size() && decode_op(code.code[at]) == Op::BUILD_TUPLE;
  if (tuple) {
    if (decode_operand(code.code[at]) != count) return 0;
    ++at;
  } else if (count != 1) {
    return 0;
  }
  return at;
}

// The AttributeComparison of `method` found on `cls` (count 0 when it is not one).
AttributeComparison attribute_comparison_of(Class& cls, Value method) {
  AttributeComparison shape;
  if (!is_kind(method, Kind::Function)) return shape;
  const Code& code = *static_cast<Function*>(method.obj)->code;
  if (code.arity != 2 || !code.plain_parameters() || code.run_constants == nullptr) return shape;
  std::array<Value, AttributeComparison::kMost> other_names;
  size_t count = 0, other_count = 0;
  bool tuple = false, other_tuple = false;
  size_t at = comparison_side(code, 0, 0, shape.names, count, tuple);
  if (at == 0) return shape;
  at = comparison_side(code, at, 1, other_names, other_count, other_tuple);
  if (at == 0 || other_count != count || other_tuple != tuple || at + 1 >= code.code.size() ||
      decode_op(code.code[at + 1]) != Op::RETURN)
    return shape;
  const Op op = decode_op(code.code[at]);
  if (op != Op::LT && op != Op::LE && op != Op::GT && op != Op::GE) return shape;
  for (size_t i = 0; i < count; ++i) {
    if (shape.names[i].obj != other_names[i].obj) return shape;  // the same attributes
    Ref member = Ref::steal(class_special_lookup(cls, shape.names[i]));
    if (!member.get().is_undefined() && !is_slot_member(member.get())) return shape;
    if (member.get().is_undefined() && !cls.instance_dict) return shape;
    shape.members[i] = member.get();  // borrowed: the class's dict holds it
  }
  shape.op = op;
  shape.tuple = tuple;
  shape.count = static_cast<uint8_t>(count);
  return shape;
}

size_t ordering_index(Op op) {
  return op == Op::LT ? 0 : op == Op::LE ? 1 : op == Op::GT ? 2 : 3;
}

// The AttributeComparison of the class's method for `op` (LT, LE, GT or GE), or null when it is
// not one (or cannot be kept: free-threaded, or a class of uncounted changes).
AttributeComparison* class_comparison(Class& cls, Op op) {
  const uint32_t version = cls.version.load(std::memory_order_relaxed);
  if (version == 0 || free_threaded()) return nullptr;
  if (cls.compared_version != version) {
    if (!cls.comparisons) cls.comparisons = std::make_unique<std::array<AttributeComparison, 4>>();
    const bool plain_reads = custom_getattribute(cls).is_undefined();
    static const Value names[4] = {interned_str("__lt__"), interned_str("__le__"),
                                   interned_str("__gt__"), interned_str("__ge__")};
    for (size_t i = 0; i < 4; ++i) {
      Ref method = Ref::steal(class_special_lookup(cls, names[i]));
      (*cls.comparisons)[i] =
          plain_reads ? attribute_comparison_of(cls, method.get()) : AttributeComparison();
    }
    cls.compared_version = version;
  }
  AttributeComparison& shape = (*cls.comparisons)[ordering_index(op)];
  return shape.count ? &shape : nullptr;
}

// `instance`'s attribute i of the comparison (a new reference), or Undefined without it. (Under
// a GIL: the hint is the class's.)
Value compared_attribute(AttributeComparison& shape, size_t i, ScriptInstance& instance) {
  return is_slot_member(shape.members[i])
             ? slot_value(instance, shape.members[i])
             : instance.get_own_hinted(shape.names[i], shape.hints[i], true);
}

// a OP b for two numbers of one kind, in line (what compare_op() gives them); nullopt otherwise.
template <typename T>
bool ordered_as(Op op, T a, T b) {
  return op == Op::LT ? a < b : op == Op::LE ? a <= b : op == Op::GT ? a > b : a >= b;
}
std::optional<bool> compare_numbers(Op op, Value a, Value b) {
  if (a.is_int() && b.is_int()) return ordered_as(op, a.i, b.i);
  if (a.is_float() && b.is_float()) return ordered_as(op, a.f, b.f);
  return std::nullopt;
}

// a OP b by the class's AttributeComparison, as its method's body would give it; Undefined,
// having run nothing, when an attribute is missing (the method is then called, and raises).
Value compare_by_attributes(AttributeComparison& shape, ScriptInstance& a, ScriptInstance& b) {
  if (shape.count == 1) {  // `self.x < other.x`
    Ref left = Ref::steal(compared_attribute(shape, 0, a));
    Ref right = Ref::steal(compared_attribute(shape, 0, b));
    if (left.get().is_undefined() || right.get().is_undefined()) return Value::undefined();
    if (const std::optional<bool> r = compare_numbers(shape.op, left.get(), right.get()))
      return Value::boolean(*r);
    return compare_op(shape.op, left.get(), right.get());
  }
  std::array<Ref, AttributeComparison::kMost> left, right;
  for (size_t i = 0; i < shape.count; ++i) {
    left[i] = Ref::steal(compared_attribute(shape, i, a));
    right[i] = Ref::steal(compared_attribute(shape, i, b));
    if (left[i].get().is_undefined() || right[i].get().is_undefined()) return Value::undefined();
  }
  // Tuples compare at their first unequal items (CPython's tuplerichcompare); equal ones, by
  // their equal lengths.
  for (size_t i = 0; i + 1 < shape.count; ++i)
    if (!keys_equal(left[i].get(), right[i].get()))
      return compare_op(shape.op, left[i].get(), right[i].get());
  const size_t last = shape.count - 1;
  if (shape.tuple && keys_equal(left[last].get(), right[last].get()))
    return Value::boolean(shape.op == Op::LE || shape.op == Op::GE);
  return compare_op(shape.op, left[last].get(), right[last].get());
}
}  // namespace

bool lt_compares_attributes(Class& cls) { return class_comparison(cls, Op::LT) != nullptr; }

bool attribute_sort_keys(const std::vector<Value>& items, std::vector<Value>& keys,
                         bool& descending) {
  if (items.size() < 2 || !is_kind(items[0], Kind::ScriptInstance)) return false;
  Class& cls = *static_cast<ScriptInstance*>(items[0].obj)->cls;
  for (Value item : items)
    if (!is_kind(item, Kind::ScriptInstance) || static_cast<ScriptInstance*>(item.obj)->cls != &cls)
      return false;
  AttributeComparison* shape = class_comparison(cls, Op::LT);
  if (!shape || (shape->op != Op::LT && shape->op != Op::GT)) return false;
  // Each place's keys all numbers or all strs (plain_operand()): comparing them runs no script
  // code and cannot raise.
  std::array<std::optional<PlainOperand>, AttributeComparison::kMost> kinds;
  std::array<Value, AttributeComparison::kMost> values;
  keys.reserve(items.size());
  for (Value item : items) {
    auto& instance = *static_cast<ScriptInstance*>(item.obj);
    size_t taken = 0;
    for (; taken < shape->count; ++taken) {
      const Value v = compared_attribute(*shape, taken, instance);
      const PlainOperand kind = v.is_undefined() ? PlainOperand::kOther : plain_operand(v);
      if (!kinds[taken]) kinds[taken] = kind;
      if ((kind != PlainOperand::kNumber && kind != PlainOperand::kText) || kind != *kinds[taken]) {
        decref(v);
        break;
      }
      values[taken] = v;
    }
    if (taken < shape->count) {  // not plain: the general sort calls the method
      for (size_t i = 0; i < taken; ++i) decref(values[i]);
      for (Value key : keys) decref(key);
      keys.clear();
      return false;
    }
    keys.push_back(shape->tuple ? make_tuple(std::vector<Value>(values.begin(),
                                                                values.begin() + shape->count))
                                : values[0]);
  }
  descending = shape->op == Op::GT;
  return true;
}

Value instance_binary(Op op, Value a, Value b, bool left_declined) {
  struct Dunder {
    Op op;
    const char* name;
    const char* reflected;
  };
  static constexpr Dunder kDunders[] = {
      {Op::ADD, "__add__", "__radd__"},
      {Op::SUB, "__sub__", "__rsub__"},
      {Op::MUL, "__mul__", "__rmul__"},
      {Op::TRUEDIV, "__truediv__", "__rtruediv__"},
      {Op::FLOORDIV, "__floordiv__", "__rfloordiv__"},
      {Op::MOD, "__mod__", "__rmod__"},
      {Op::POW, "__pow__", "__rpow__"},
      {Op::LSHIFT, "__lshift__", "__rlshift__"},
      {Op::RSHIFT, "__rshift__", "__rrshift__"},
      {Op::BIT_AND, "__and__", "__rand__"},
      {Op::BIT_OR, "__or__", "__ror__"},
      {Op::BIT_XOR, "__xor__", "__rxor__"},
      {Op::LT, "__lt__", "__gt__"},
      {Op::LE, "__le__", "__ge__"},
      {Op::GT, "__gt__", "__lt__"},
      {Op::GE, "__ge__", "__le__"},
  };
  constexpr size_t kCount = std::size(kDunders);
  // The names interned once (immortal): a lookup by text would intern it on every call.
  static const std::array<std::pair<Value, Value>, kCount> keys = [] {
    std::array<std::pair<Value, Value>, kCount> interned;
    for (size_t i = 0; i < kCount; ++i)
      interned[i] = {interned_str(kDunders[i].name), interned_str(kDunders[i].reflected)};
    return interned;
  }();
  if (!is_kind(a, Kind::ScriptInstance) && !is_kind(b, Kind::ScriptInstance) &&
      !is_builtin_subclass_instance(a) && !is_builtin_subclass_instance(b))
    return Value::undefined();
  for (size_t i = 0; i < kCount; ++i) {
    if (kDunders[i].op != op) continue;
    const Value name = keys[i].first, reflected = keys[i].second;
    const bool comparison = op == Op::LT || op == Op::LE || op == Op::GT || op == Op::GE;
    // Two instances of one script class (sorted()'s, max()'s): no type to find.
    const bool one_class = is_kind(a, Kind::ScriptInstance) && is_kind(b, Kind::ScriptInstance) &&
                           static_cast<ScriptInstance*>(a.obj)->cls ==
                               static_cast<ScriptInstance*>(b.obj)->cls;
    const Value a_type = one_class ? Value::undefined() : type_of(a);
    const Value b_type = one_class ? Value::undefined() : type_of(b);
    // CPython's binary_op1 and do_richcompare: arithmetic asks no reflected method of an operand
    // of the same type; an operand whose class is a proper subclass of the other's is asked
    // first (for arithmetic, when it overrides the reflected method).
    const bool same_type = one_class || (!a_type.is_undefined() && a_type.obj == b_type.obj);
    const bool ask_other = comparison || !same_type;
    bool other_asked = false;
    if (ask_other && !same_type && !a_type.is_undefined() && !b_type.is_undefined() &&
        is_subclass(b_type, a_type) && (comparison || overrides(b_type, a_type, reflected))) {
      Value result = call_special_implemented(b, reflected, &a, 1);
      if (!result.is_undefined()) return result;
      other_asked = true;
    }
    if (!left_declined && comparison && one_class) {
      if (AttributeComparison* shape =
              class_comparison(*static_cast<ScriptInstance*>(a.obj)->cls, op)) {
        Value result = compare_by_attributes(*shape, *static_cast<ScriptInstance*>(a.obj),
                                             *static_cast<ScriptInstance*>(b.obj));
        if (!result.is_undefined()) return result;
      }
    }
    if (!left_declined) {
      Value result = call_special_implemented(a, name, &b, 1);
      if (!result.is_undefined()) return result;
    }
    if (ask_other && !other_asked) return call_special_implemented(b, reflected, &a, 1);
    return Value::undefined();
  }
  return Value::undefined();
}

Value instance_inplace(Op op, Value a, Value b) {
  static constexpr std::pair<Op, const char*> kInPlace[] = {
      {Op::ADD, "__iadd__"},      {Op::SUB, "__isub__"},       {Op::MUL, "__imul__"},
      {Op::TRUEDIV, "__itruediv__"}, {Op::FLOORDIV, "__ifloordiv__"}, {Op::MOD, "__imod__"},
      {Op::POW, "__ipow__"},      {Op::LSHIFT, "__ilshift__"}, {Op::RSHIFT, "__irshift__"},
      {Op::BIT_AND, "__iand__"},  {Op::BIT_OR, "__ior__"},     {Op::BIT_XOR, "__ixor__"},
  };
  constexpr size_t kCount = std::size(kInPlace);
  static const std::array<Value, kCount> keys = [] {
    std::array<Value, kCount> interned;
    for (size_t i = 0; i < kCount; ++i) interned[i] = interned_str(kInPlace[i].second);
    return interned;
  }();
  if (!is_kind(a, Kind::ScriptInstance) && !is_builtin_subclass_instance(a))
    return Value::undefined();
  for (size_t i = 0; i < kCount; ++i) {
    if (kInPlace[i].first == op) return call_special_implemented(a, keys[i], &b, 1);
  }
  return Value::undefined();
}

int64_t object_id(Value v) {
  if (v.is_obj()) return static_cast<int64_t>(reinterpret_cast<intptr_t>(v.obj));
  return static_cast<int64_t>(hash_value(v));
}

}  // namespace gilvm
