#include "runtime/class.h"

#include <cstdio>
#include <vector>

#include "runtime/attributes.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

// An immortal Str for a name the runtime looks up itself ("__init__", "__repr__", ...).
Value interned(std::string_view text) {
  Value v = make_str(std::string(text));
  immortalize(v);
  return v;
}
#define NAME_KEY(text)                          \
  ([]() -> Value {                              \
    static const Value key = interned(text);    \
    return key;                                 \
  }())

Dict* dict_of(Value v) { return static_cast<Dict*>(v.obj); }
Class* as_class(Value v) { return static_cast<Class*>(v.obj); }
ExceptionClass* as_exception_class(Value v) { return static_cast<ExceptionClass*>(v.obj); }

std::string class_name(Value cls) {
  return is_kind(cls, Kind::Class) ? as_class(cls)->name : as_exception_class(cls)->name;
}

Value object_init(ThreadState&, Value, const Args& args) {
  if (args.count > 1 || args.keyword_count() > 0) {
    raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  return Value::none();
}

// BaseException.__init__(self, *args): sets args.
Value exception_init(ThreadState&, Value, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "BaseException.__init__() takes no keyword arguments");
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

Value immortal_native(const char* name, NativeFn fn) {
  Value v = Value::object(new Native(name, fn));
  immortalize(v);
  return v;
}

// Attributes found on a class bind to what they are looked up on: a function to the instance,
// a classmethod to the class, a staticmethod to nothing.
Value bind(Value raw, Value self, Value cls) {
  if (is_kind(raw, Kind::Function) || is_kind(raw, Kind::Native)) {
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
  if (is_kind(raw, Kind::Function) || is_kind(raw, Kind::Native)) return raw;
  return bind(raw, Value::none(), cls);
}

Value call_with_self(ThreadState& ts, Value callable, Value self, const Value* args, size_t count, const Tuple* names) {
  std::vector<Value> all;
  all.reserve(count + 1);
  all.push_back(self);
  all.insert(all.end(), args, args + count);
  return call_with_keywords(ts, callable, all.data(), all.size(), names);
}

Value property_setter(ThreadState& ts, Value self, const Args& args);

void set_owner(Value v, Value cls) {
  if (is_kind(v, Kind::Function)) {
    static_cast<Function*>(v.obj)->owner_class = cls;
  } else if (is_kind(v, Kind::StaticMethod) || is_kind(v, Kind::ClassMethod) || is_kind(v, Kind::Property)) {
    set_owner(static_cast<Wrapper*>(v.obj)->callable, cls);
    set_owner(static_cast<Wrapper*>(v.obj)->setter, cls);
  }
}

}  // namespace

ScriptInstance::ScriptInstance(Class* c) : Object(Kind::ScriptInstance), cls(c), attributes(Value::object(new Dict())) {}

Value object_class() {
  static const Value cls = [] {
    auto* dict = new Dict();
    Value init = immortal_native("object.__init__", object_init);
    dict->set(NAME_KEY("__init__"), init);
    Value v = Value::object(new Class("object", Value::none(), Value::object(dict)));
    immortalize(v);
    return v;
  }();
  return cls;
}

Value build_class(ThreadState& ts, Value name, Value bases, Value ns) {
  const auto& items = as_tuple(bases)->items;
  Value base = items.empty() ? object_class() : items[0];
  const std::string& class_name_text = as_str(name)->text;
  Value cls;
  if (is_kind(base, Kind::Class)) {
    incref(base);
    incref(ns);
    auto* c = new Class(class_name_text, base, ns);
    c->make_instance = as_class(base)->make_instance;
    cls = Value::object(c);
  } else if (is_kind(base, Kind::ExceptionClass)) {
    auto* e = new ExceptionClass(class_name_text, as_exception_class(base));
    e->refcount.store(1, std::memory_order_relaxed);  // the VM makes it immortal and frees it
    incref(ns);
    e->dict = ns;
    cls = Value::object(e);
  } else {
    raise(exc::TypeError, "bases must be types");
  }
  for (auto [key, value] : dict_of(ns)->snapshot()) {
    set_owner(value, cls);
    decref(key);
    decref(value);
  }
  ts.vm.make_immortal(cls);
  return cls;
}

Value class_lookup(Value cls, Value key) {
  while (!cls.is_none()) {
    if (is_kind(cls, Kind::Class)) {
      Value v = dict_of(as_class(cls)->dict)->get(key);
      if (!v.is_undefined()) return v;
      cls = as_class(cls)->base;
      continue;
    }
    if (!is_kind(cls, Kind::ExceptionClass)) break;
    auto* e = as_exception_class(cls);
    if (!e->dict.is_none()) {
      Value v = dict_of(e->dict)->get(key);
      if (!v.is_undefined()) return v;
    }
    if (!e->base) {  // BaseException: what builtin exceptions have
      if (as_str(key)->text == "__init__") {
        static const Value init = immortal_native("BaseException.__init__", exception_init);
        return init;
      }
      break;
    }
    cls = Value::object(e->base);
  }
  return Value::undefined();
}

Value class_lookup(Value cls, std::string_view name) {
  Ref key = Ref::steal(make_str(std::string(name)));
  return class_lookup(cls, key.get());
}

bool is_subclass(Value cls, Value base) {
  if (base.is_obj() && base.obj == object_class().obj) return true;
  for (Value c = cls; c.is_obj();) {
    if (c.obj == base.obj) return true;
    if (is_kind(c, Kind::Class)) {
      c = as_class(c)->base;
    } else if (is_kind(c, Kind::ExceptionClass) && as_exception_class(c)->base) {
      c = Value::object(as_exception_class(c)->base);
    } else {
      break;
    }
  }
  return false;
}

Value type_of(Value v) {
  if (is_kind(v, Kind::ScriptInstance)) return Value::object(static_cast<ScriptInstance*>(v.obj)->cls);
  if (is_kind(v, Kind::Instance) && !static_cast<Instance*>(v.obj)->cls.is_none()) return static_cast<Instance*>(v.obj)->cls;
  if (is_kind(v, Kind::Exception)) return Value::object(static_cast<ExceptionObject*>(v.obj)->cls);
  return Value::undefined();
}

bool is_instance(Value object, Value cls) {
  if (cls.is_obj() && cls.obj == object_class().obj) return true;
  if (is_kind(cls, Kind::Class) && as_class(cls)->is_native_instance && as_class(cls)->is_native_instance(object)) return true;
  Value type = type_of(object);
  return !type.is_undefined() && is_subclass(type, cls);
}

Value class_get_attribute(ThreadState& ts, Value object, const Str& name) {
  Value key = Value::object(const_cast<Str*>(&name));
  const std::string& text = name.text;
  switch (object.is_obj() ? object.obj->kind : Kind::Str) {
    case Kind::ScriptInstance:
    case Kind::Instance: {
      bool script = object.obj->kind == Kind::ScriptInstance;
      Value cls = script ? Value::object(static_cast<ScriptInstance*>(object.obj)->cls) : static_cast<Instance*>(object.obj)->cls;
      if (cls.is_none()) return Value::undefined();
      Value& attributes = script ? static_cast<ScriptInstance*>(object.obj)->attributes : static_cast<Instance*>(object.obj)->attributes;
      Ref raw = Ref::steal(class_lookup(cls, key));
      if (is_kind(raw.get(), Kind::Property)) {
        return call_with_keywords(ts, static_cast<Wrapper*>(raw.get().obj)->callable, &object, 1, nullptr);
      }
      if (!attributes.is_none()) {
        Value v = dict_of(attributes)->get(key);
        if (!v.is_undefined()) return v;
      }
      if (!raw.get().is_undefined()) return bind(raw.release(), object, cls);
      if (text == "__class__") return cls;
      if (text == "__dict__") {
        if (attributes.is_none()) attributes = Value::object(new Dict());
        incref(attributes);
        return attributes;
      }
      return Value::undefined();
    }
    case Kind::Class:
    case Kind::ExceptionClass: {
      if (text == "__name__") return make_str(class_name(object));
      if (text == "__bases__" || text == "__base__") {
        Value base = is_kind(object, Kind::Class) ? as_class(object)->base
                                                  : as_exception_class(object)->base ? Value::object(as_exception_class(object)->base)
                                                                                     : Value::none();
        if (text == "__base__" || base.is_none()) return text == "__base__" ? base : make_tuple({});
        return make_tuple({base});
      }
      Value raw = class_lookup(object, key);
      if (raw.is_undefined()) return raw;
      return bind_to_class(raw, object);
    }
    case Kind::Exception: {
      auto* e = static_cast<ExceptionObject*>(object.obj);
      if (!e->attributes.is_none()) {
        Value v = dict_of(e->attributes)->get(key);
        if (!v.is_undefined()) return v;
      }
      if (text == "__cause__") {
        incref(e->cause);
        return e->cause;
      }
      if (text == "__class__") return Value::object(e->cls);
      if (!e->cls->dict.is_none()) {
        Value raw = class_lookup(Value::object(e->cls), key);
        if (!raw.is_undefined()) return bind(raw, object, Value::object(e->cls));
      }
      return Value::undefined();
    }
    case Kind::Method: {
      auto* m = static_cast<Method*>(object.obj);
      Value v = text == "__self__" ? m->self : text == "__func__" ? m->function : Value::undefined();
      if (text == "__name__") return get_attribute(ts, m->function, name);
      incref(v);
      return v;
    }
    case Kind::Super: {
      auto* s = static_cast<Super*>(object.obj);
      Value start = is_kind(s->after, Kind::Class) ? as_class(s->after)->base
                    : as_exception_class(s->after)->base ? Value::object(as_exception_class(s->after)->base)
                                                         : Value::none();
      Value raw = class_lookup(start, key);
      if (raw.is_undefined()) return raw;
      Value type = type_of(s->self);
      if (type.is_undefined()) type = s->self;  // super() in a classmethod: self is the class
      return bind(raw, s->self, type);
    }
    case Kind::Property:
      if (text == "setter") return Value::object(new Native("setter", property_setter, object));
      if (text == "fget") return (incref(static_cast<Wrapper*>(object.obj)->callable), static_cast<Wrapper*>(object.obj)->callable);
      return Value::undefined();
    case Kind::StaticMethod:
    case Kind::ClassMethod:
      if (text == "__func__") return (incref(static_cast<Wrapper*>(object.obj)->callable), static_cast<Wrapper*>(object.obj)->callable);
      return Value::undefined();
    case Kind::Generator: return generator_attribute(object, text);
    case Kind::Function: {
      Value attributes = static_cast<Function*>(object.obj)->attributes;
      return attributes.is_none() ? Value::undefined() : dict_of(attributes)->get(key);
    }
    default: return Value::undefined();
  }
}

namespace {
Value property_setter(ThreadState&, Value self, const Args& args) {
  args.expect("setter", 1, 1);
  return Value::object(new Wrapper(Kind::Property, static_cast<Wrapper*>(self.obj)->callable, args.positional[0]));
}
}  // namespace

bool class_set_attribute(ThreadState& ts, Value object, const Str& name, Value value) {
  Value key = Value::object(const_cast<Str*>(&name));
  bool native = is_kind(object, Kind::Instance) && !static_cast<Instance*>(object.obj)->cls.is_none();
  if (is_kind(object, Kind::ScriptInstance) || native) {
    Value cls = native ? static_cast<Instance*>(object.obj)->cls : Value::object(static_cast<ScriptInstance*>(object.obj)->cls);
    Ref raw = Ref::steal(class_lookup(cls, key));
    if (is_kind(raw.get(), Kind::Property)) {
      Value setter = static_cast<Wrapper*>(raw.get().obj)->setter;
      if (setter.is_none()) {
        raise(exc::AttributeError, "property '" + name.text + "' of '" + as_class(cls)->name + "' object has no setter");
      }
      Value args[2] = {object, value};
      decref(call_with_keywords(ts, setter, args, 2, nullptr));
      return true;
    }
    if (!native) {
      dict_of(static_cast<ScriptInstance*>(object.obj)->attributes)->set(key, value);
      return true;
    }
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->set && instance->type->set(ts, *instance, name.text, value)) return true;
    if (instance->attributes.is_none()) instance->attributes = Value::object(new Dict());
    dict_of(instance->attributes)->set(key, value);
    return true;
  }
  if (is_kind(object, Kind::Class)) {
    dict_of(as_class(object)->dict)->set(key, value);
    return true;
  }
  if (is_kind(object, Kind::ExceptionClass) && !as_exception_class(object)->dict.is_none()) {
    dict_of(as_exception_class(object)->dict)->set(key, value);
    return true;
  }
  if (is_kind(object, Kind::Exception)) {
    auto* e = static_cast<ExceptionObject*>(object.obj);
    if (e->attributes.is_none()) e->attributes = Value::object(new Dict());
    dict_of(e->attributes)->set(key, value);
    return true;
  }
  if (is_kind(object, Kind::Function)) {  // set while a decorator builds it, before threads share it
    auto* f = static_cast<Function*>(object.obj);
    if (f->attributes.is_none()) f->attributes = Value::object(new Dict());
    dict_of(f->attributes)->set(key, value);
    return true;
  }
  return false;
}

void delete_attribute(Value object, const Str& name) {
  Value key = Value::object(const_cast<Str*>(&name));
  Value attributes = is_kind(object, Kind::ScriptInstance) ? static_cast<ScriptInstance*>(object.obj)->attributes
                     : is_kind(object, Kind::Instance)     ? static_cast<Instance*>(object.obj)->attributes
                     : is_kind(object, Kind::Class)        ? as_class(object)->dict
                                                           : Value::none();
  if (!attributes.is_none()) {
    Value old = dict_of(attributes)->pop(key);
    if (!old.is_undefined()) return decref(old);
  }
  if (is_kind(object, Kind::Class)) {
    raise(exc::AttributeError, "type object '" + as_class(object)->name + "' has no attribute '" + name.text + "'");
  }
  raise(exc::AttributeError, "'" + type_name(object) + "' object has no attribute '" + name.text + "'");
}

Value class_call(ThreadState& ts, Value callee, const Value* args, size_t count, const Tuple* names) {
  if (!callee.is_obj()) return Value::undefined();
  switch (callee.obj->kind) {
    case Kind::Method: {
      auto* m = static_cast<Method*>(callee.obj);
      return call_with_self(ts, m->function, m->self, args, count, names);
    }
    case Kind::Class: {
      if (callee.obj == object_class().obj) return Value::object(new ScriptInstance(as_class(callee)));
      if (as_class(callee)->make_instance) {  // a native class or a subclass of one: __init__ always runs
        Ref instance = Ref::steal(as_class(callee)->make_instance(callee));
        Ref init = Ref::steal(class_lookup(callee, NAME_KEY("__init__")));
        Ref result = Ref::steal(call_with_self(ts, init.get(), instance.get(), args, count, names));
        if (!result.get().is_none()) {
          raise(exc::TypeError, "__init__() should return None, not '" + type_name(result.get()) + "'");
        }
        return instance.release();
      }
      Ref instance = Ref::steal(Value::object(new ScriptInstance(as_class(callee))));
      Ref init = Ref::steal(class_lookup(callee, NAME_KEY("__init__")));
      if (is_kind(init.get(), Kind::Native) && static_cast<Native*>(init.get().obj)->fn == object_init) {
        if (count > 0) raise(exc::TypeError, as_class(callee)->name + "() takes no arguments");
        return instance.release();
      }
      Ref result = Ref::steal(call_with_self(ts, init.get(), instance.get(), args, count, names));
      if (!result.get().is_none()) {
        raise(exc::TypeError, "__init__() should return None, not '" + type_name(result.get()) + "'");
      }
      return instance.release();
    }
    case Kind::ExceptionClass: {
      auto* cls = as_exception_class(callee);
      if (cls->dict.is_none()) return Value::undefined();  // a builtin one: the interpreter makes it
      size_t positional = count - (names ? names->items.size() : 0);
      std::vector<Value> items(args, args + positional);
      for (Value v : items) incref(v);
      Ref exception = Ref::steal(Value::object(new ExceptionObject(cls, make_tuple(std::move(items)))));
      Ref init = Ref::steal(class_lookup(callee, NAME_KEY("__init__")));
      bool builtin_init = is_kind(init.get(), Kind::Native);
      if (builtin_init && names) raise(exc::TypeError, cls->name + "() takes no keyword arguments");
      if (!builtin_init) decref(call_with_self(ts, init.get(), exception.get(), args, count, names));
      return exception.release();
    }
    case Kind::ScriptInstance: {
      Ref call = Ref::steal(special_method(callee, "__call__"));
      if (call.get().is_undefined()) return Value::undefined();
      return call_with_self(ts, call.get(), callee, args, count, names);
    }
    default: return Value::undefined();
  }
}

Value special_method(Value instance, std::string_view name) {
  if (is_kind(instance, Kind::ScriptInstance)) {
    return class_lookup(Value::object(static_cast<ScriptInstance*>(instance.obj)->cls), name);
  }
  if (is_kind(instance, Kind::Instance) && !static_cast<Instance*>(instance.obj)->cls.is_none()) {
    return class_lookup(static_cast<Instance*>(instance.obj)->cls, name);
  }
  if (is_kind(instance, Kind::Exception)) {
    auto* cls = static_cast<ExceptionObject*>(instance.obj)->cls;
    if (!cls->dict.is_none() && name != "__init__") return class_lookup(Value::object(cls), name);
  }
  return Value::undefined();
}

Value call_special(Value instance, std::string_view name, const Value* args, size_t count) {
  Ref method = Ref::steal(special_method(instance, name));
  if (method.get().is_undefined()) return Value::undefined();
  return call_with_self(current_thread_state(), method.get(), instance, args, count, nullptr);
}

std::optional<std::string> instance_repr(Value v, bool str) {
  // Native instances made through a class: only a script's own __repr__/__str__ (else nullopt).
  bool native = is_kind(v, Kind::Instance) && !static_cast<Instance*>(v.obj)->cls.is_none();
  if (!is_kind(v, Kind::ScriptInstance) && !is_kind(v, Kind::Exception) && !native) return std::nullopt;
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
    return "<__main__." + static_cast<ScriptInstance*>(v.obj)->cls->name + " object at " + address + ">";
  }
  if (!is_kind(result.get(), Kind::Str)) {
    raise(exc::TypeError, std::string(method) + " returned non-string (type " + type_name(result.get()) + ")");
  }
  return as_str(result.get())->text;
}

std::optional<bool> instance_equal(Value a, Value b) {
  for (int reflected = 0; reflected < 2; ++reflected) {
    Value self = reflected ? b : a, other = reflected ? a : b;
    if (!is_kind(self, Kind::ScriptInstance)) continue;
    Ref result = Ref::steal(call_special(self, "__eq__", &other, 1));
    if (!result.get().is_undefined()) return truthy(result.get());
  }
  return std::nullopt;
}

Value instance_binary(Op op, Value a, Value b) {
  struct Dunder {
    Op op;
    const char* name;
    const char* reflected;
  };
  static constexpr Dunder kDunders[] = {
      {Op::ADD, "__add__", "__radd__"},          {Op::SUB, "__sub__", "__rsub__"},
      {Op::MUL, "__mul__", "__rmul__"},          {Op::TRUEDIV, "__truediv__", "__rtruediv__"},
      {Op::FLOORDIV, "__floordiv__", "__rfloordiv__"}, {Op::MOD, "__mod__", "__rmod__"},
      {Op::POW, "__pow__", "__rpow__"},          {Op::LSHIFT, "__lshift__", "__rlshift__"},
      {Op::RSHIFT, "__rshift__", "__rrshift__"}, {Op::BIT_AND, "__and__", "__rand__"},
      {Op::BIT_OR, "__or__", "__ror__"},         {Op::BIT_XOR, "__xor__", "__rxor__"},
      {Op::LT, "__lt__", "__gt__"},              {Op::LE, "__le__", "__ge__"},
      {Op::GT, "__gt__", "__lt__"},              {Op::GE, "__ge__", "__le__"},
  };
  if (!is_kind(a, Kind::ScriptInstance) && !is_kind(b, Kind::ScriptInstance)) return Value::undefined();
  for (const Dunder& d : kDunders) {
    if (d.op != op) continue;
    Value result = call_special(a, d.name, &b, 1);
    if (result.is_undefined()) result = call_special(b, d.reflected, &a, 1);
    return result;
  }
  return Value::undefined();
}

int64_t object_id(Value v) {
  if (v.is_obj()) return static_cast<int64_t>(reinterpret_cast<intptr_t>(v.obj));
  return static_cast<int64_t>(hash_value(v));
}

}  // namespace gilvm
