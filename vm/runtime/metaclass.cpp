#include "runtime/metaclass.h"

#include <string>
#include <vector>

#include "runtime/attributes.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"

namespace gilvm {
namespace {

// The class statement whose metaclass is running: type.__new__ given its namespace, or a copy
// of it under its name (EnumType copies it), makes the class statement's class, whose functions
// are its own (for super()), as CPython's __classcell__ tells it. Cleared once that is made.
struct ClassStatement {
  const Object* ns = nullptr;
  const Object* name = nullptr;  // a Str
};
thread_local ClassStatement class_statement;

bool is_class_statement(Value name, Value ns) {
  if (!class_statement.ns) return false;
  if (ns.obj != class_statement.ns &&
      as_str(name)->text != static_cast<const Str*>(class_statement.name)->text)
    return false;
  class_statement = {};
  return true;
}

bool is_type_base(Value v) {
  return is_kind(v, Kind::Class) && static_cast<Class*>(v.obj)->builtin_base &&
         static_cast<Class*>(v.obj)->name == "type";
}

// The metaclass of the class `cls` (a Class, ExceptionClass or builtin type): nullptr for type.
Class* metaclass_of(Value cls) {
  return is_kind(cls, Kind::Class) ? static_cast<Class*>(cls.obj)->metaclass : nullptr;
}

// Whether the metaclass `a` (nullptr: type) derives from `b`.
bool metaclass_derives(Class* a, Class* b) {
  if (!b) return true;
  return a && is_subclass(Value::object(a), Value::object(b));
}

// A metaclass as a Class*: nullptr for type itself (the builtin, or its stand-in as a base); an
// error for what is no metaclass.
Class* as_metaclass(Value mcls, const char* function) {
  if (is_type_builtin(mcls) && static_cast<Native*>(mcls.obj)->name == "type") return nullptr;
  if (is_type_base(mcls)) return nullptr;
  if (!is_kind(mcls, Kind::Class) || !derives_from_builtin(mcls, "type")) {
    raise(exc::TypeError,
          std::string(function) + "(X): X is not a type object (" + type_name(mcls) + ")");
  }
  return static_cast<Class*>(mcls.obj);
}

}  // namespace

void check_type_new_arguments(const Value* a) {
  if (!is_kind(a[0], Kind::Str))
    raise(exc::TypeError, "type.__new__() argument 1 must be str, not " + type_name(a[0]));
  if (!is_kind(a[1], Kind::Tuple))
    raise(exc::TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(a[1]));
  if (!is_kind(a[2], Kind::Dict))
    raise(exc::TypeError, "type.__new__() argument 3 must be dict, not " + type_name(a[2]));
}

namespace {

// type.__new__(mcls, name, bases, namespace, **kwargs): the class, with the metaclass that wins
// among mcls and its bases'; kwargs go to __init_subclass__.
Value type_new(ThreadState& ts, Value, const Args& args) {
  if (args.count == 0) raise(exc::TypeError, "type.__new__(): not enough arguments");
  Class* given = as_metaclass(args.positional[0], "type.__new__");
  if (args.count != 4)
    raise(exc::TypeError, "type.__new__() takes exactly 3 arguments (" +
                              std::to_string(args.count - 1) + " given)");
  const Value* a = args.positional + 1;
  check_type_new_arguments(a);
  const ClassSource source =
      is_class_statement(a[0], a[2]) ? ClassSource::ClassStatement : ClassSource::TypeCall;
  Ref ns = Ref::steal(Value::object(new Dict()));  // a copy: the class owns its namespace
  update_dict(*static_cast<Dict*>(ns.get().obj), a[2]);
  Ref keywords = Ref::steal(Value::undefined());  // for __init_subclass__
  if (args.keyword_count() > 0) {
    keywords = Ref::steal(Value::object(new Dict()));
    for (size_t i = 0; i < args.keyword_count(); ++i)
      static_cast<Dict*>(keywords.get().obj)
          ->set(args.keyword_names->items[i], args.keyword_values[i]);
  }
  return build_class(ts, a[0], a[1], ns.get(), source, winning_metaclass(given, a[1]),
                     keywords.get());
}

// type.__init__(cls, ...): nothing more to do (what a metaclass's __init__ reaches by super()).
Value type_init(ThreadState&, Value, const Args& args) {
  if (args.count != 2 && args.count != 4)
    raise(exc::TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

// type.__call__(cls, *args, **kwargs): the instance made as calling a class without a
// metaclass's __call__ makes it (what `super().__call__(*args)` in a metaclass's __call__ runs).
Value type_call(ThreadState& ts, Value, const Args& args) {
  if (args.count == 0 || !is_kind(args.positional[0], Kind::Class))
    raise(exc::TypeError, "descriptor '__call__' of 'type' object needs an argument");
  std::vector<Value> all(args.positional + 1, args.positional + args.count);
  all.insert(all.end(), args.keyword_values, args.keyword_values + args.keyword_count());
  return class_construct(ts, args.positional[0], all.data(), all.size(), args.keyword_names);
}

// type.__repr__(cls): <class 'module.Name'>, whatever the metaclass's own __repr__ says.
Value type_repr(ThreadState&, Value, const Args& args) {
  args.expect("__repr__", 1, 1);
  if (!is_kind(args.positional[0], Kind::Class)) return make_str(repr(args.positional[0]));
  return make_str(class_repr(*static_cast<Class*>(args.positional[0].obj)));
}

// type.__setattr__(cls, name, value) and type.__delattr__(cls, name): the plain store and
// deletion on a class (what a metaclass's own __setattr__ reaches by super()).
const Str& attribute_name_argument(const Args& args, size_t count, const char* method) {
  if (args.count != count || !is_kind(args.positional[0], Kind::Class) ||
      !is_kind(args.positional[1], Kind::Str))
    raise(exc::TypeError, std::string("descriptor '") + method + "' of 'type' object needs " +
                              std::to_string(count) + " arguments");
  return *as_str(args.positional[1]);
}
Value type_setattr(ThreadState& ts, Value, const Args& args) {
  set_attribute_plain(ts, args.positional[0], attribute_name_argument(args, 3, "__setattr__"),
                      args.positional[2]);
  return Value::none();
}
Value type_delattr(ThreadState&, Value, const Args& args) {
  delete_attribute_plain(args.positional[0], attribute_name_argument(args, 2, "__delattr__"));
  return Value::none();
}

void add_native(Dict& dict, const char* name, NativeFn fn, bool static_method = false) {
  Ref key = Ref::steal(interned_str(name));
  Ref function = Ref::steal(Value::object(new Native(name, fn)));
  if (static_method)
    function = Ref::steal(Value::object(new Wrapper(Kind::StaticMethod, function.get())));
  immortalize(function.get());
  dict.set(key.get(), function.get());
}

// Restores the class statement's namespace of an outer class statement (a metaclass's __new__
// may make classes of its own).
struct ClassStatementScope {
  ClassStatement outer;
  ClassStatementScope(Value name, Value ns) : outer(class_statement) {
    class_statement = {ns.obj, name.obj};
  }
  ~ClassStatementScope() { class_statement = outer; }
};

// metaclass(name, bases, ns, **keywords).
Value call_metaclass(ThreadState& ts, Value metaclass, Value name, Value bases, Value ns,
                     Value keywords) {
  if (keywords.is_undefined()) {
    const Value args[3] = {name, bases, ns};
    return call_value(ts, metaclass, args, 3);
  }
  incref(name);
  incref(bases);
  incref(ns);
  Ref positional = Ref::steal(make_tuple({name, bases, ns}));
  return call_unpacked(ts, metaclass, positional.get(), keywords);
}

}  // namespace

void add_type_methods(Dict& dict) {
  add_native(dict, "__new__", type_new, true);
  add_native(dict, "__init__", type_init);
  add_native(dict, "__call__", type_call);
  add_native(dict, "__repr__", type_repr);
  add_native(dict, "__setattr__", type_setattr);
  add_native(dict, "__delattr__", type_delattr);
}

Value type_method(Value type, const Str& name) {
  const Value base = builtin_base_class(type);
  Value raw = static_cast<Dict*>(static_cast<Class*>(base.obj)->dict.obj)
                  ->get(Value::object(const_cast<Str*>(&name)));
  if (is_kind(raw, Kind::StaticMethod)) {
    Ref wrapper = Ref::steal(raw);
    raw = static_cast<Wrapper*>(raw.obj)->callable;
    incref(raw);
  }
  return raw;
}

Class* winning_metaclass(Class* given, Value bases) {
  Class* winner = given;
  for (Value base : as_tuple(bases)->items) {
    // What is no class has a type that is no metaclass: a conflict, as CPython finds it.
    const bool is_class =
        is_kind(base, Kind::Class) || is_kind(base, Kind::ExceptionClass) || is_type_builtin(base);
    Class* candidate = metaclass_of(base);
    if (is_class && metaclass_derives(winner, candidate)) continue;
    if (is_class && metaclass_derives(candidate, winner)) {
      winner = candidate;
      continue;
    }
    raise(exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          "of the metaclasses of all its bases");
  }
  return winner;
}

Value build_class_with_metaclass(ThreadState& ts, Value name, Value bases, Value ns,
                                 Value metaclass, Value keywords) {
  Class* given = nullptr;
  if (!metaclass.is_undefined()) {
    // Anything else callable makes the class as it likes: metaclass=function.
    const bool is_type =
        (is_type_builtin(metaclass) && static_cast<Native*>(metaclass.obj)->name == "type") ||
        is_type_base(metaclass);
    if (!is_type && !(is_kind(metaclass, Kind::Class) && derives_from_builtin(metaclass, "type")))
      return call_metaclass(ts, metaclass, name, bases, ns, keywords);
    if (!is_type) given = static_cast<Class*>(metaclass.obj);
  }
  Class* winner = winning_metaclass(given, bases);
  if (!winner) return Value::undefined();
  ClassStatementScope scope(name, ns);
  return call_metaclass(ts, Value::object(winner), name, bases, ns, keywords);
}

Value metaclass_find(const Class& meta, Value key) {
  for (Value c : meta.mro) {
    if (c.obj == object_class().obj || is_type_base(c) || !is_kind(c, Kind::Class)) continue;
    Value v = static_cast<Dict*>(static_cast<Class*>(c.obj)->dict.obj)->get(key);
    if (!v.is_undefined()) return v;
  }
  return Value::undefined();
}

}  // namespace gilvm
