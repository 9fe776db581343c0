// The builtins of classes and objects: object, isinstance, issubclass, super, staticmethod,
// classmethod, property, type, callable, getattr, setattr, hasattr, id, iter, next.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/builtins.h"
#include "runtime/attribute_cache_hits.h"
#include "runtime/attributes.h"
#include "runtime/builtin_subclass.h"
#include "runtime/metaclass.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

bool is_class(Value v) { return is_kind(v, Kind::Class) || is_kind(v, Kind::ExceptionClass); }

// A functools or operator object whose constructor is the builtin `name`: isinstance(p,
// functools.partial), its type named "functools.partial"; operator.itemgetter likewise.
bool is_named_instance(Value object, std::string_view name) {
  if (!is_kind(object, Kind::Instance)) return false;
  const std::string& type = static_cast<Instance*>(object.obj)->type->name;
  for (std::string_view module : {"functools.", "operator.", "array."}) {
    if (type.size() == module.size() + name.size() && type.starts_with(module) &&
        type.ends_with(name))
      return true;
  }
  return false;
}

// A classmethod __instancecheck__ or __subclasscheck__ on the class or a base.
Value check_hook(Value cls, bool subclass) {  // a new reference, or Undefined
  Ref hook = Ref::steal(
      class_lookup(cls, subclass ? NAME_KEY("__subclasscheck__") : NAME_KEY("__instancecheck__")));
  return is_kind(hook.get(), Kind::ClassMethod) ? hook.release() : Value::undefined();
}

// Whether the class has either hook, asked at every isinstance() the MRO answers no: remembered
// per version tag (unique over the process, renewed when the class or a base changes) in a small
// direct-mapped table, one word an entry: the tag, then a bit per hook and one for "known".
constexpr uint64_t kInstanceHook = 1, kSubclassHook = 2, kKnownHooks = 4;
std::array<std::atomic<uint64_t>, 256> known_hooks{};

[[gnu::noinline]] uint64_t learn_check_hooks(Value cls, uint32_t version) {
  uint64_t entry = kKnownHooks;
  for (bool which : {false, true}) {
    if (!Ref::steal(check_hook(cls, which)).get().is_undefined())
      entry |= which ? kSubclassHook : kInstanceHook;
  }
  if (version != 0)
    known_hooks[version % known_hooks.size()].store(uint64_t{version} << 32 | entry,
                                                    std::memory_order_relaxed);
  return entry;
}

[[gnu::always_inline]] inline bool has_check_hook(Value cls, bool subclass) {
  const uint32_t version = static_cast<Class*>(cls.obj)->version.load(std::memory_order_acquire);
  uint64_t entry = known_hooks[version % known_hooks.size()].load(std::memory_order_relaxed);
  if (version == 0 || entry >> 32 != version || !(entry & kKnownHooks))
    entry = learn_check_hooks(cls, version);
  return entry & (subclass ? kSubclassHook : kInstanceHook);
}

// isinstance(object, cls) or issubclass(object, cls) that the MRO did not answer, for a class
// with a classmethod __instancecheck__ or __subclasscheck__ of its own (has_check_hook()): what
// an ABC's metaclass gives it in CPython (gilvm has no metaclasses; lib/_collections_abc.py
// defines them so).
[[gnu::noinline]] bool class_check_hook(Value object, Value cls, bool subclass) {
  Ref hook = Ref::steal(check_hook(cls, subclass));
  if (hook.get().is_undefined()) return false;
  const Value args[2] = {cls, object};
  Ref result = Ref::steal(
      call_value(current_thread_state(), static_cast<Wrapper*>(hook.get().obj)->callable, args, 2));
  return truthy(result.get());
}

// isinstance/issubclass's second argument: a class, a builtin type function (int, str, ...) or
// a tuple of them.
bool matches_any(Value object, Value cls, bool subclass, const char* function) {
  if (is_kind(cls, Kind::Tuple)) {
    for (Value c : as_tuple(cls)->items) {
      if (matches_any(object, c, subclass, function)) return true;
    }
    return false;
  }
  // isinstance(x, int), (x, str), ...: the values' keys compared, not their type names' text.
  if (!subclass && is_kind(cls, Kind::Native)) {
    const int8_t key = native_type_key(*static_cast<Native*>(cls.obj));
    // A tuple with named fields (sys.version_info) has no methods' key, but is a tuple; an
    // instance of a subclass of list or dict has none either, but is a list or a dict.
    if (key != kNoBuiltinType) return static_cast<uint64_t>(key) == instance_type_key(object);
  }
  // The builtin list or dict as a subclass's base (builtin_subclass.h) has their values as
  // instances too.
  if (!subclass && is_kind(cls, Kind::Class) && static_cast<Class*>(cls.obj)->builtin_base &&
      builtin_type_key_named(static_cast<Class*>(cls.obj)->name) == instance_type_key(object))
    return true;
  // A builtin type's stand-in (builtin_type_class) has as instances the builtin values of its
  // name (not those of a script class that happens to share it).
  if (!subclass && is_kind(cls, Kind::Class) && static_cast<Class*>(cls.obj)->builtin_stand_in)
    return type_of(object).is_undefined() &&
           static_cast<Class*>(cls.obj)->name == type_name_view(object);
  if (subclass && is_type_builtin(object)) {  // issubclass(bool, int), issubclass(int, object)
    if (cls.obj == object_class().obj) return true;
    if (is_class(cls))
      return is_kind(cls, Kind::Class) && has_check_hook(cls, true) &&
             class_check_hook(object, cls, true);
    if (is_type_builtin(cls)) {
      const std::string& name = static_cast<Native*>(object.obj)->name;
      const std::string& base = static_cast<Native*>(cls.obj)->name;
      return name == base || (name == "bool" && base == "int") ||
             (name == "defaultdict" && base == "dict");
    }
  }
  if (has_metaclass(cls)) {  // the metaclass's __instancecheck__ or __subclasscheck__
    Ref hook = Ref::steal(metaclass_find(*static_cast<Class*>(cls.obj)->metaclass,
                                         subclass ? NAME_KEY("__subclasscheck__")
                                                  : NAME_KEY("__instancecheck__")));
    if (!hook.get().is_undefined()) {
      if (!subclass && type_of(object).obj == cls.obj) return true;
      const Value args[2] = {cls, object};
      Ref result = Ref::steal(call_value(current_thread_state(), hook.get(), args, 2));
      return truthy(result.get());
    }
  }
  if (is_class(cls)) {
    if (subclass ? is_subclass(object, cls) : is_instance(object, cls)) return true;
    return is_kind(cls, Kind::Class) && has_check_hook(cls, subclass) &&
           class_check_hook(object, cls, subclass);
  }
  if (subclass && is_type_builtin(cls))  // a class statement's class: list and dict may be bases
    return derives_from_builtin(object, static_cast<Native*>(cls.obj)->name);
  if (is_kind(cls, Kind::Native) && !subclass) {
    // The conversion builtins stand in for the types of the same name.
    const std::string& name = static_cast<Native*>(cls.obj)->name;
    return name == type_name_view(object) || (name == "int" && object.is_bool()) ||
           (name == "type" && is_class(object)) ||  // a class with a metaclass
           (name == "dict" && is_kind(object, Kind::Dict)) ||  // a defaultdict is a dict
           (name == "deque" && is_kind(object, Kind::Deque)) ||  // "collections.deque" in messages
           is_named_instance(object, name);
  }
  raise(exc::TypeError,
        std::string(function) + "() arg 2 must be a type, a tuple of types, or a union");
}

// isinstance(object, cls): also Native::call2 of the builtin, which a plain call takes.
Value isinstance_of(Value object, Value cls) {
  // The commonest case first: an instance of the very class asked about.
  if (cls.is_obj() && is_kind(object, Kind::ScriptInstance) &&
      cls.obj == static_cast<ScriptInstance*>(object.obj)->cls)
    return Value::boolean(true);
  if (!cls.is_obj() || is_kind(cls, Kind::Str))  // `isinstance(x, 2)`: no C++ throw
    return raise_pending(current_thread_state(), exc::TypeError,
                         "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return Value::boolean(matches_any(object, cls, false, "isinstance"));
}

Value builtin_isinstance(ThreadState&, Value, const Args& args) {
  args.expect("isinstance", 2, 2);
  return isinstance_of(args.positional[0], args.positional[1]);
}

// issubclass(cls, base): also Native::call2 of the builtin, which a plain call takes.
Value issubclass_of(Value cls, Value base) {
  if (!is_class(cls) && !is_type_builtin(cls))
    raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(matches_any(cls, base, true, "issubclass"));
}

Value builtin_issubclass(ThreadState&, Value, const Args& args) {
  args.expect("issubclass", 2, 2);
  return issubclass_of(args.positional[0], args.positional[1]);
}

// super(cls, obj) looks past `cls` in the MRO of obj's class (or of obj, a class): obj must be
// an instance or a subclass of cls, or the lookup would walk an MRO that does not contain it.
// Whether super(cls, object) may look past `cls`: object is an instance or a subclass of it. A
// script instance first, by one walk of its class's MRO (a method's first argument).
bool super_fits(Value cls, Value object) {
  if (is_kind(object, Kind::ScriptInstance)) {
    const std::vector<Value>& mro = static_cast<ScriptInstance*>(object.obj)->cls->mro;
    if (std::find_if(mro.begin(), mro.end(), [&](Value c) { return c.obj == cls.obj; }) !=
        mro.end())
      return true;
  }
  return is_instance(object, cls) || (is_class(object) && is_subclass(object, cls));
}

Value make_super(Value cls, Value object) {
  if (!super_fits(cls, object))
    raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return Value::object(new Super(cls, object));
}

// The super object's class and object for super() without arguments: the class that defined
// the running function and its first argument. False for a frame that has none; then
// builtin_super() says why.
bool implicit_super_arguments(ThreadState& ts, Value& cls, Value& self) {
  if (ts.frames.empty()) return false;
  const Frame& frame = ts.frames.back();
  const Function& function = *frame.function;
  if (function.code->arity == 0 || function.owner_class.is_none()) return false;
  cls = function.owner_class;
  self = frame.locals[0];
  if (is_kind(self, Kind::Cell)) self = static_cast<Cell*>(self.obj)->value;
  return true;
}

// super() in a method: the class that defined the running function, and its first argument.
Value builtin_super(ThreadState& ts, Value, const Args& args) {
  args.expect("super", 0, 2);
  if (args.count == 2) {
    if (!is_class(args.positional[0]))
      raise(exc::TypeError,
            "super() argument 1 must be a type, not " + type_name(args.positional[0]));
    return make_super(args.positional[0], args.positional[1]);
  }
  if (args.count == 1) raise(exc::TypeError, "super() with one argument is not supported");
  Value cls, self;
  if (!implicit_super_arguments(ts, cls, self)) {
    if (ts.frames.empty() || ts.frames.back().function->code->arity == 0)
      raise(exc::RuntimeError, "super(): no arguments");
    raise(exc::RuntimeError, "super(): __class__ cell not found");
  }
  return make_super(cls, self);
}

}  // namespace

bool super_method_in_line(ThreadState& ts, Value callee, Value name, Value& function,
                          Value& self) {
  Value cls, object;
  if (!is_kind(callee, Kind::Native) || static_cast<Native*>(callee.obj)->fn != builtin_super ||
      !implicit_super_arguments(ts, cls, object) || !super_fits(cls, object))
    return false;  // (the call raises)
  function = super_function(cls, object, name);
  if (function.is_undefined()) return false;
  incref(object);
  self = object;
  return true;
}

namespace {

Value builtin_staticmethod(ThreadState&, Value, const Args& args) {
  args.expect("staticmethod", 1, 1);
  return Value::object(new Wrapper(Kind::StaticMethod, args.positional[0]));
}

Value builtin_classmethod(ThreadState&, Value, const Args& args) {
  args.expect("classmethod", 1, 1);
  return Value::object(new Wrapper(Kind::ClassMethod, args.positional[0]));
}

Value builtin_property(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("property", {"fget", "fset", "fdel", "doc"});
  auto or_none = [](Value v) { return v.is_undefined() ? Value::none() : v; };
  return Value::object(
      new Wrapper(Kind::Property, or_none(bound[0]), or_none(bound[1]), or_none(bound[2])));
}

Value builtin_type(ThreadState& ts, Value, const Args& args) {
  if (args.count == 3 &&
      args.keyword_count() ==
          0) {  // type(name, bases, dict): a new class, as a class statement makes
    const Value* a = args.positional;
    check_type_new_arguments(a);
    Ref ns = Ref::steal(Value::object(new Dict()));  // a copy: the class owns its namespace
    update_dict(*static_cast<Dict*>(ns.get().obj), a[2]);
    // A base's metaclass makes the class, as CPython's type_new hands it over.
    if (Class* metaclass = winning_metaclass(nullptr, a[1]))
      return call_value(ts, Value::object(metaclass), a, 3);
    return build_class(ts, a[0], a[1], ns.get(), ClassSource::TypeCall);
  }
  if (args.count != 1 || args.keyword_count() != 0)
    raise(exc::TypeError, "type() takes 1 or 3 arguments");
  return class_of(ts, args.positional[0]);
}

// callable(v), also the native's one-argument entry (call1).
Value callable_of(Value v) { return Value::boolean(is_callable(v)); }

Value builtin_callable(ThreadState&, Value, const Args& args) {
  expect_one_argument("callable", args);
  return callable_of(args.positional[0]);
}

[[noreturn, gnu::noinline]] void raise_attribute_name_type(Value name) {
  raise(exc::TypeError, "attribute name must be string, not '" + type_name(name) + "'");
}

// The name that getattr(), hasattr(), setattr() and delattr() are given, which must be a str: in
// line, the message out of line.
[[gnu::always_inline]] inline const Str& attribute_name(Value name) {
  if (!is_kind(name, Kind::Str)) [[unlikely]]
    raise_attribute_name_type(name);
  return *as_str(name);
}

// getattr() and hasattr() of a script instance: its own attribute or a plain class value, as
// LOAD_ATTR's in-line hit finds it through the thread's cache for the name
// (named_attribute_cache()), a new reference; anything else (a method to bind, a property, a
// miss) Undefined, for the full look-up, the cache filled for the next time. `missing` is set
// where the way says the attribute is nowhere: a name found in no class of the MRO (and no
// __getattribute__ of the class's own: it would have no way), that the instance lacks and that
// the class has no __getattr__ for (find_attribute()'s miss, without its look-ups).
Value cached_attribute(ThreadState& ts, Value object, Value name, bool& missing) {
  if (!is_kind(object, Kind::ScriptInstance)) return Value::undefined();
  AttributeCache* cache = named_attribute_cache(name);
  if (!cache) return Value::undefined();
  Value top[1] = {object};  // borrowed, as LOAD_LOCAL_LOAD_ATTR's
  if (free_threaded() ? load_attribute_hit<true, true>(*cache, top + 1)
                      : load_attribute_hit<false, true>(*cache, top + 1))
    return top[0];
  // Filled unless the class's way is there already (a method, a property, a name found nowhere).
  using namespace attribute_cache_detail;
  auto* instance = static_cast<ScriptInstance*>(object.obj);
  const uint32_t key = lookup_key(instance->cls, false);
  // (The mode of its head reads does not matter here: only what the way holds.)
  Found<true> found;
  if (!find_way(*cache, key, found)) {
    fill_cache(ts, *cache, object, name);
    return Value::undefined();
  }
  if (found.kind() != AttributeCache::kData) return Value::undefined();
  // The instance's own attribute where the in-line hit did not find it at the way's hint (in a
  // dict, or at another place among the values: the hint is LOAD_ATTR's slow path's to correct,
  // and this path would miss every time), the hint kept for the next time.
  uint32_t hint = found.way->hint.load(std::memory_order_relaxed);
  const uint32_t old_hint = hint;
  if (Value v = instance->get_own_hinted(name, hint, true); !v.is_undefined()) {
    if (hint != old_hint) found.way->hint.store(hint, std::memory_order_relaxed);
    return v;
  }
  if (!found.read_class_side() || found.owner()) return Value::undefined();
  Ref hook = Ref::steal(class_special_lookup(*instance->cls, NAME_KEY("__getattr__")));
  missing = hook.get().is_undefined();
  return Value::undefined();
}

// Whether the exception pending (find_attribute_or_pending()'s) is an AttributeError: then
// dropped, as getattr() with a default and hasattr() answer for it; any other is left pending.
bool pending_attribute_error(ThreadState& ts) {
  const Value exception = ts.pending_exception;
  if (!static_cast<ExceptionObject*>(exception.obj)->cls->is_subclass_of(exc::AttributeError))
    return false;
  ts.pending_exception = Value::undefined();
  decref(exception);
  return true;
}

// getattr(object, name, fallback), the fallback Undefined where not given.
Value attribute_or(ThreadState& ts, Value object, Value name_value, Value fallback) {
  const Str& name = attribute_name(name_value);
  bool missing = false;
  if (Value v = cached_attribute(ts, object, name_value, missing); !v.is_undefined()) return v;
  if (missing) {
    if (fallback.is_undefined()) return raise_pending(ts, no_attribute_error(object, name.text));
    incref(fallback);
    return fallback;
  }
  try {
    // A missing one without a throw, and a __getattr__'s error pending.
    Value v = find_attribute_or_pending(ts, object, name);
    if (!v.is_undefined()) return v;
    if (!ts.pending_exception.is_undefined()) {
      if (fallback.is_undefined() || !pending_attribute_error(ts)) return Value::undefined();
    } else if (fallback.is_undefined()) {
      return raise_pending(ts, no_attribute_error(object, name.text));
    }
  } catch (ScriptException& error) {
    if (fallback.is_undefined() || !is_attribute_error(error)) throw;
  }
  incref(fallback);
  return fallback;
}

Value builtin_getattr(ThreadState& ts, Value, const Args& args) {
  args.expect_as_type("getattr", 2, 3);
  return attribute_or(ts, args.positional[0], args.positional[1],
                      args.count == 3 ? args.positional[2] : Value::undefined());
}

// hasattr(object, name), also the native's two-argument entry (call2).
Value has_attribute(Value object, Value name_value) {
  const Str& name = attribute_name(name_value);
  ThreadState& ts = current_thread_state();
  bool missing = false;
  if (Value v = cached_attribute(ts, object, name_value, missing); !v.is_undefined()) {
    decref(v);
    return Value::boolean(true);
  }
  if (missing) return Value::boolean(false);
  try {
    // A missing one without a throw, and a __getattr__'s error pending.
    Value v = find_attribute_or_pending(ts, object, name);
    if (v.is_undefined() && !ts.pending_exception.is_undefined())
      return pending_attribute_error(ts) ? Value::boolean(false) : Value::undefined();
    decref(v);
    return Value::boolean(!v.is_undefined());
  } catch (ScriptException& error) {
    if (!is_attribute_error(error)) throw;
  }
  return Value::boolean(false);
}

Value builtin_hasattr(ThreadState&, Value, const Args& args) {
  args.expect_as_type("hasattr", 2, 2);
  return has_attribute(args.positional[0], args.positional[1]);
}

// vars(object): its __dict__ (vars() of the calling scope is not supported).
Value builtin_vars(ThreadState& ts, Value, const Args& args) {
  args.expect("vars", 1, 1);
  Ref name = Ref::steal(interned_str("__dict__"));
  try {
    return get_attribute(ts, args.positional[0], *as_str(name.get()));
  } catch (ScriptException& error) {
    if (!is_attribute_error(error)) throw;
  }
  raise(exc::TypeError, "vars() argument must have __dict__ attribute");
}

// globals(): the running module's globals as a new dict, a snapshot of its global slots, not a
// live view: storing into the dict leaves the variables as they were. Builtins the code cached
// in their slots are not globals, nor are names it deleted.
Value globals_dict(ThreadState& ts, const Globals& globals) {
  Value dict = Value::object(new Dict());
  // __name__ first, as in CPython's, though only code that names it has a slot for it.
  auto set = [&](const std::string& name, Value value) {  // Dict::set takes its own references
    Ref key = Ref::steal(make_str(name));
    static_cast<Dict*>(dict.obj)->set(key.get(), value);
  };
  Ref module_name = Ref::steal(make_str(globals.module_name));
  set("__name__", module_name.get());
  for (uint32_t slot = 0; slot < globals.names.size() && slot < globals.values.size(); ++slot) {
    Value v = free_threaded() ? globals.load(slot) : globals.values[slot];
    if (v.is_undefined()) continue;
    const std::string& name = globals.names.name(slot);
    Value builtin_value = ts.vm.builtin(name);
    if (v.is_obj() && builtin_value.is_obj() && v.obj == builtin_value.obj) continue;
    set(name, v);
  }
  return dict;
}

Value builtin_globals(ThreadState& ts, Value, const Args& args) {
  args.expect("globals", 0, 0);
  if (ts.frames.empty()) raise(exc::RuntimeError, "globals(): no current frame");
  return globals_dict(ts, *ts.frames.back().function->globals);
}

// locals(): globals() at module level; in a function, a new dict of its variables that have a
// value now (a cell's content for those its inner functions share), as CPython 3.11's snapshot.
Value builtin_locals(ThreadState& ts, Value, const Args& args) {
  args.expect("locals", 0, 0);
  if (ts.frames.empty()) raise(exc::RuntimeError, "locals(): no current frame");
  const Frame& frame = ts.frames.back();
  const Code& code = *frame.function->code;
  if (code.name == "<module>") return globals_dict(ts, *frame.function->globals);
  Value dict = Value::object(new Dict());
  const size_t count = std::min<size_t>(code.local_count, code.local_names.size());
  for (size_t i = 0; i < count; ++i) {
    Value v = frame.locals[i];
    if (is_kind(v, Kind::Cell)) v = static_cast<Cell*>(v.obj)->value;
    if (v.is_undefined()) continue;
    Ref key = Ref::steal(make_str(code.local_names[i]));
    static_cast<Dict*>(dict.obj)->set(key.get(), v);  // which takes its own references
  }
  return dict;
}

Value builtin_setattr(ThreadState& ts, Value, const Args& args) {
  args.expect_as_type("setattr", 3, 3);
  // The name interned, as CPython's PyObject_SetAttr interns it: an instance keeps attributes
  // in its class's shared order (no dict of its own) only under interned names. An immortal one
  // is taken as it is: a name constant is interned already (a one-character str from indexing
  // is not, and gives the instance a dict, as any name not interned).
  const Value given = args.positional[1];
  const bool immortal =
      is_kind(given, Kind::Str) &&
      is_immortal_count(given.obj->refcount.load(std::memory_order_relaxed));
  Ref name = Ref::steal(immortal ? (incref(given), given)
                                 : interned_str(attribute_name(given).text));
  // A script instance's through the thread's cache for the name, as STORE_ATTR's.
  const Value object = args.positional[0];
  AttributeCache* cache =
      is_kind(object, Kind::ScriptInstance) ? named_attribute_cache(name.get()) : nullptr;
  if (cache && cached_store(*cache, object, name.get(), args.positional[2])) return Value::none();
  set_attribute(ts, object, *as_str(name.get()), args.positional[2]);
  if (cache) fill_cache(ts, *cache, object, name.get());
  return Value::none();
}

// delattr(object, name): `del object.name` with the name as a value.
Value builtin_delattr(ThreadState&, Value, const Args& args) {
  args.expect_as_type("delattr", 2, 2);
  delete_attribute(args.positional[0], attribute_name(args.positional[1]));
  return Value::none();
}

Value builtin_id(ThreadState&, Value, const Args& args) {
  args.expect("id", 1, 1);
  return Value::integer(object_id(args.positional[0]));
}

// iter(iterable), or iter(callable, sentinel): calls it until it returns the sentinel.
Value builtin_iter(ThreadState&, Value, const Args& args) {
  args.expect_as_type("iter", 1, 2);
  if (args.count == 1) return iterator_or_pending(args.positional[0]);
  Value callable = args.positional[0];
  if (!is_callable(callable))
    raise(exc::TypeError, "iter(v, w): v must be callable");
  auto* it = new Iterator();
  it->source = Iterator::Source::Callable;
  incref(callable);
  it->function = callable;
  incref(args.positional[1]);
  it->sequence = args.positional[1];
  return Value::object(it);
}

// next(iterator, fallback), the fallback Undefined where not given.
Value next_or(ThreadState& ts, Value iterator, Value fallback) {
  if (is_kind(iterator, Kind::Iterator)) {  // a list's item in line (`next(iter(items))`)
    auto& it = *static_cast<Iterator*>(iterator.obj);
    Value item;
    if (it.source == Iterator::Source::Sequence && is_kind(it.sequence, Kind::List) &&
        list_iterator_next(it, free_threaded(), item))
      return item;
  }
  if (!is_iterator(iterator)) {  // (no C++ throw, as the end's StopIteration)
    return raise_pending(ts, exc::TypeError,
                         "'" + type_name(iterator) + "' object is not an iterator");
  }
  Value next, returned = Value::undefined();
  bool more = is_kind(iterator, Kind::Generator)
                  ? resume_generator(ts, *static_cast<Generator*>(iterator.obj), Value::none(),
                                     next, Value::undefined(), &returned)
                  : iterator_next(iterator, next);
  if (more) return next;
  Ref value = Ref::steal(returned);
  if (!fallback.is_undefined()) {
    incref(fallback);
    return fallback;
  }
  // A generator's return value, as CPython's StopIteration carries it (no vector made for it).
  Value stop_arg = Value::undefined();
  if (!value.get().is_undefined() && !value.get().is_none()) stop_arg = value.release();
  return raise_pending(ts, Value::object(new ExceptionObject(
                               exc::StopIteration, make_tuple(&stop_arg, stop_arg.is_undefined() ? 0 : 1))));
}

Value builtin_next(ThreadState& ts, Value, const Args& args) {
  args.expect_as_type("next", 1, 2);
  return next_or(ts, args.positional[0], args.count == 2 ? args.positional[1] : Value::undefined());
}

}  // namespace

void install_class_builtins(std::unordered_map<std::string, Value>& builtins) {
  Native* isinstance = add_builtin(builtins, "isinstance", builtin_isinstance);
  isinstance->call2 = isinstance_of;
  isinstance->in_line = Native::InLine::kIsInstance;
  add_builtin(builtins, "issubclass", builtin_issubclass)->call2 = issubclass_of;
  add_builtin(builtins, "super", builtin_super);
  add_builtin(builtins, "staticmethod", builtin_staticmethod);
  add_builtin(builtins, "classmethod", builtin_classmethod);
  add_builtin(builtins, "property", builtin_property);
  Native* type = add_builtin(builtins, "type", builtin_type);
  type->call1 = [](Value v) { return class_of(current_thread_state(), v); };
  type->in_line = Native::InLine::kType;
  // The entries of one and two arguments that need the thread find it (a plain call passes none).
  add_builtin(builtins, "callable", builtin_callable)->call1 = callable_of;
  add_builtin(builtins, "getattr", builtin_getattr)->call2 = [](Value object, Value name) {
    return attribute_or(current_thread_state(), object, name, Value::undefined());
  };
  add_builtin(builtins, "hasattr", builtin_hasattr)->call2 = has_attribute;
  add_builtin(builtins, "setattr", builtin_setattr);
  add_builtin(builtins, "delattr", builtin_delattr);
  add_builtin(builtins, "vars", builtin_vars);
  add_builtin(builtins, "globals", builtin_globals);
  add_builtin(builtins, "locals", builtin_locals);
  add_builtin(builtins, "id", builtin_id);
  add_builtin(builtins, "iter", builtin_iter)->call1 = iterator_or_pending;
  Native* next = add_builtin(builtins, "next", builtin_next);
  next->in_line = Native::InLine::kNext;
  next->call1 = [](Value iterator) {
    return next_or(current_thread_state(), iterator, Value::undefined());
  };
  next->call2 = [](Value iterator, Value fallback) {
    return next_or(current_thread_state(), iterator, fallback);
  };
  builtins["object"] = object_class();  // immortal: no reference to take
}

}  // namespace gilvm
