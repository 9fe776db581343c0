#include "runtime/builtin_subclass.h"

#include <mutex>
#include <string>

#include "modules/builtins.h"
#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/metaclass.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"

namespace gilvm {

SubclassPart::~SubclassPart() {
  if (Dict* dict = attributes_.load(std::memory_order_relaxed)) decref(Value::object(dict));
}

Dict& SubclassPart::attributes() {
  Dict* dict = attributes_.load(std::memory_order_acquire);
  if (dict) return *dict;
  auto* made = new Dict();
  if (attributes_.compare_exchange_strong(dict, made, std::memory_order_acq_rel)) return *made;
  delete made;  // another thread made it first: `dict` is its
  return *dict;
}

namespace {

Value make_list_instance(Value cls) {
  return Value::object(new ListInstance(static_cast<Class*>(cls.obj)));
}
Value make_dict_instance(Value cls) {
  return Value::object(new DictInstance(static_cast<Class*>(cls.obj)));
}
// An empty one: what marks the class's instances as tuples (Class::make_instance); they are made
// by tuple.__new__, and object.__new__ refuses them (not safe), as CPython.
Value make_empty_tuple_instance(Value cls) {
  return make_tuple_instance(static_cast<Class*>(cls.obj), {});
}

Value make_empty_str_instance(Value cls) {
  return Value::object(new StrInstance(static_cast<Class*>(cls.obj), std::string()));
}

Value make_zero_int_instance(Value cls) {
  return Value::object(new NumberInstance(static_cast<Class*>(cls.obj), Value::integer(0)));
}
Value make_zero_float_instance(Value cls) {
  return Value::object(new NumberInstance(static_cast<Class*>(cls.obj), Value::floating(0.0)));
}

// The builtin types a class statement may derive from, and how their instances are made.
struct SubclassableType {
  std::string_view name;
  Value (*make_instance)(Value cls);
};
// `type`'s instances are classes: a metaclass's are made by type.__new__ (metaclass.h).
constexpr SubclassableType kSubclassable[] = {{"list", make_list_instance},
                                              {"dict", make_dict_instance},
                                              {"tuple", make_empty_tuple_instance},
                                              {"str", make_empty_str_instance},
                                              {"int", make_zero_int_instance},
                                              {"float", make_zero_float_instance},
                                              {"type", nullptr}};

Value make_base_class(const SubclassableType& type) {
  Ref dict = Ref::steal(Value::object(new Dict()));
  if (type.name == "type") {
    add_type_methods(*static_cast<Dict*>(dict.get().obj));
  } else {
    add_builtin_methods(type.name, *static_cast<Dict*>(dict.get().obj));
  }
  if (type.name != "list" && type.name != "dict" && type.name != "type") {  // made by __new__
    Ref key = Ref::steal(interned_str("__new__"));
    Ref function = Ref::steal(Value::object(
        new Native("__new__", type.name == "str"   ? str_new
                              : type.name == "int" ? int_new
                              : type.name == "float" ? float_new
                                                     : tuple_new)));
    Ref new_method = Ref::steal(Value::object(new Wrapper(Kind::StaticMethod, function.get())));
    immortalize(new_method.get());
    static_cast<Dict*>(dict.get().obj)->set(key.get(), new_method.get());
  }
  incref(object_class());
  auto* cls = new Class(std::string(type.name), object_class(), dict.release());
  cls->module = "builtins";
  cls->builtin_base = true;
  cls->instance_dict = false;  // a subclass's instances have one unless __slots__ says not
  cls->make_instance = type.make_instance;
  Value made = Value::object(cls);
  immortalize(made);
  return made;
}

thread_local const Object* bypassed_object = nullptr;
thread_local const Object* bypassed_name = nullptr;

}  // namespace

Value make_tuple_instance(Class* cls, std::vector<Value>&& items) {
  auto* instance = new TupleInstance(cls);
  instance->items = std::move(items);
  return Value::object(instance);
}

// The class that tuple.__new__, str.__new__, int.__new__ or float.__new__ (`type`) is given
// first, checked as CPython's: the builtin type itself (true), or a subclass of it (false).
bool check_new_class(Value cls, std::string_view type_name_text) {
  const bool builtin =
      is_type_builtin(cls) && static_cast<Native*>(cls.obj)->name == type_name_text;
  const std::string type(type_name_text);
  if (!builtin && !is_kind(cls, Kind::Class) && !is_kind(cls, Kind::ExceptionClass) &&
      !is_type_builtin(cls))
    raise(exc::TypeError, type + ".__new__(X): X is not a type object (" + type_name(cls) + ")");
  if (!builtin && !derives_from_builtin(cls, type_name_text)) {
    const std::string name = is_kind(cls, Kind::Class) ? static_cast<Class*>(cls.obj)->name
                             : is_kind(cls, Kind::ExceptionClass)
                                 ? static_cast<ExceptionClass*>(cls.obj)->name
                                 : static_cast<Native*>(cls.obj)->name;
    raise(exc::TypeError,
          type + ".__new__(" + name + "): " + name + " is not a subtype of " + type);
  }
  return builtin;
}

Value tuple_new(ThreadState&, Value, const Args& args) {
  if (args.count == 0) raise(exc::TypeError, "tuple.__new__(): not enough arguments");
  const Value cls = args.positional[0];
  const bool builtin = check_new_class(cls, "tuple");
  if (args.keyword_count() > 0) raise(exc::TypeError, "tuple() takes no keyword arguments");
  if (args.count > 2) {
    raise(exc::TypeError,
          "tuple expected at most 1 argument, got " + std::to_string(args.count - 1));
  }
  std::vector<Value> items = args.count == 2 ? collect(args.positional[1]) : std::vector<Value>{};
  if (builtin) return make_tuple(std::move(items));
  return make_tuple_instance(static_cast<Class*>(cls.obj), std::move(items));
}

Value str_new(ThreadState& thread, Value, const Args& args) {
  if (args.count == 0) raise(exc::TypeError, "str.__new__(): not enough arguments");
  const Value cls = args.positional[0];
  const bool builtin = check_new_class(cls, "str");
  // str(object, encoding, errors) itself, with the class left out of its arguments.
  Args rest = args;
  rest.positional += 1;
  rest.count -= 1;
  Ref made = Ref::steal(builtin_str(thread, Value::undefined(), rest));
  if (builtin || made.get().is_undefined()) return made.release();  // (Undefined: pending)
  const Str& text = *as_str(made.get());
  auto* instance = new StrInstance(static_cast<Class*>(cls.obj), std::string(text.text));
  if (const int64_t length = text.counted_length(); length >= 0) instance->note_length(length);
  return Value::object(instance);
}

namespace {
// int.__new__ and float.__new__: `make` (builtin_int or builtin_float) of the arguments after
// the class, wrapped for a subclass.
Value number_new(ThreadState& thread, const Args& args, std::string_view type, NativeFn make) {
  if (args.count == 0)
    raise(exc::TypeError, std::string(type) + ".__new__(): not enough arguments");
  const Value cls = args.positional[0];
  const bool builtin = check_new_class(cls, type);
  Args rest = args;
  rest.positional += 1;
  rest.count -= 1;
  Value made = make(thread, Value::undefined(), rest);
  if (builtin || made.is_undefined()) return made;  // (Undefined: its error is pending)
  if (made.is_bool()) made = Value::integer(made.b);
  return Value::object(new NumberInstance(static_cast<Class*>(cls.obj), made));  // takes it
}
}  // namespace

Value int_new(ThreadState& thread, Value, const Args& args) {
  return number_new(thread, args, "int", builtin_int);
}
Value float_new(ThreadState& thread, Value, const Args& args) {
  return number_new(thread, args, "float", builtin_float);
}

Value number_conversion(Value v, std::string_view name) {
  const Value number = static_cast<NumberInstance*>(v.obj)->value;
  if (name == "__float__")
    return number.is_float() ? number : Value::floating(int_to_double(number));
  if (name == "__index__" && number.is_float()) return Value::undefined();
  if (name == "__index__" || name == "__int__") {
    Value args[1] = {number};
    return builtin_int(current_thread_state(), Value::undefined(), Args{args, 1});
  }
  return Value::undefined();
}

bool derives_from_immutable_builtin(Value cls) {
  for (std::string_view type : {"tuple", "str", "int", "float"})
    if (derives_from_builtin(cls, type)) return true;
  return false;
}

Value builtin_base_class(Value type) {
  if (!is_type_builtin(type)) return Value::undefined();
  const std::string& name = static_cast<Native*>(type.obj)->name;
  static std::mutex mutex;
  static Value classes[std::size(kSubclassable)];  // kept for the process, as builtin_type_class's
  for (size_t i = 0; i < std::size(kSubclassable); ++i) {
    if (kSubclassable[i].name != name) continue;
    std::lock_guard<std::mutex> lock(mutex);
    if (classes[i].is_none()) classes[i] = make_base_class(kSubclassable[i]);
    return classes[i];
  }
  return Value::undefined();
}

bool derives_from_builtin(Value cls, std::string_view type_name) {
  if (!is_kind(cls, Kind::Class)) return false;
  for (Value c : static_cast<Class*>(cls.obj)->mro) {
    if (is_kind(c, Kind::Class) && static_cast<Class*>(c.obj)->builtin_base)
      return static_cast<Class*>(c.obj)->name == type_name;
  }
  return false;
}

bool override_bypassed(Value v, Value name) {
  return v.tag == Tag::Obj && v.obj == bypassed_object && name.obj == bypassed_name;
}

Value subclass_override(Value v, Value name) {
  if (override_bypassed(v, name)) return Value::undefined();
  // Through the class's cache (kind 1: class_special_lookup()'s are kind 0): a namedtuple as a
  // dict key asks for its __hash__ and __eq__ at every probe.
  return class_cached_find(
      *subclass_part(v).cls, name,
      [](Class& cls, Value n) {
        // Past the builtin type's class, a class that defines what the type does not (an Enum
        // mixed in after str or int: Flag's __contains__ for an IntFlag); object's are none.
        for (Value c : cls.mro) {
          if (!is_kind(c, Kind::Class) || c.obj == object_class().obj) break;
          auto* base = static_cast<Class*>(c.obj);
          Value found = static_cast<Dict*>(base->dict.obj)->get(n);
          if (found.is_undefined()) continue;
          if (!base->builtin_base) return found;
          decref(found);  // the builtin type's own
          break;
        }
        return Value::undefined();
      },
      1);
}

namespace {
// The bits of Class::subclass_overrides: which of the names of SubclassSpecial, in its order,
// `cls` defines before its builtin base (what subclass_override() would find).
[[gnu::noinline]] uint32_t find_overrides(const Class& cls) {  // (out of the hits' way)
  static const Value names[] = {NAME_KEY("__getitem__"), NAME_KEY("__setitem__"),
                                NAME_KEY("__delitem__"), NAME_KEY("__contains__"),
                                NAME_KEY("__len__"),     NAME_KEY("__iter__"),
                                NAME_KEY("__missing__"), NAME_KEY("__bool__"),
                                NAME_KEY("__hash__"),    NAME_KEY("__eq__")};
  uint32_t bits = 0, builtin = 0;  // `builtin`: what the builtin type defines itself
  bool past_builtin = false;
  for (Value c : cls.mro) {
    if (!is_kind(c, Kind::Class)) {  // a builtin type past a script class's bases: its own
      bits |= 1u << kSubclassHash | 1u << kSubclassEq;  // __hash__ and __eq__ may be there
      break;
    }
    auto* base = static_cast<Class*>(c.obj);  // (a subclass of a builtin type has no other kind)
    if (past_builtin && c.obj == object_class().obj) break;  // as subclass_override()
    Dict& dict = *static_cast<Dict*>(base->dict.obj);
    for (uint32_t i = 0; i < std::size(names); ++i) {
      if (!((bits | builtin) >> i & 1) && dict.contains(names[i]))
        (base->builtin_base ? builtin : bits) |= 1u << i;
    }
    past_builtin = past_builtin || base->builtin_base;
  }
  return bits;
}
}  // namespace

uint32_t subclass_overrides_found(Class& cls) {
  const uint32_t version = cls.version.load(std::memory_order_acquire);
  const uint32_t bits = find_overrides(cls);
  if (version != 0)
    cls.subclass_overrides.store(uint64_t{version} << 32 | bits, std::memory_order_relaxed);
  return bits;
}

OverrideBypass::OverrideBypass(Value object, Value name)
    : saved_object_(bypassed_object), saved_name_(bypassed_name) {
  bypassed_object = object.obj;
  bypassed_name = name.obj;
}

OverrideBypass::~OverrideBypass() {
  bypassed_object = saved_object_;
  bypassed_name = saved_name_;
}

}  // namespace gilvm
