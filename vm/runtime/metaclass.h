// Metaclasses: `class Meta(type)` and `class X(metaclass=Meta)`, as CPython's.
//
// `type` as a base is a Class named "type" (builtin_base_class(), builtin_subclass.h) whose dict
// holds type.__new__, __init__, __call__ and __repr__ as natives: what `super().__new__(mcls,
// name, bases, ns)` in a metaclass reaches. A class whose metaclass is not `type` keeps it in
// Class::metaclass; every other class has none there (nullptr stands for `type`), so that the
// paths of ordinary classes and their instances test nothing new: the class object's own look-ups
// (`X.method()`, `len(X)`, `for m in X`, `X[k]`, `k in X`, repr(X), `X.a = v`, `X()`) consult the
// metaclass only where they would otherwise fail or where Class::metaclass is set, out of line.
//
// A class statement with a metaclass (given, or a base's) calls it with (name, bases, namespace)
// after the body has run (no __prepare__: the body's namespace is a plain dict, in the order of
// its names' first bindings, without CPython's __module__ and __qualname__). type.__new__ knows
// the class statement's class (whose functions it owns, for super() without arguments) by its
// namespace or name, where CPython passes __classcell__ in the namespace.
// A metaclass's __call__, if it defines one, is what calling the class runs (Class::has_new
// keeps the in-line construction off it); type.__call__ is the usual __new__ and __init__.
// Exception classes take no metaclass but `type`.
#pragma once

#include "runtime/object.h"

namespace gilvm {

struct Class;
struct ThreadState;
struct Tuple;

// type's methods, for the dict of the Class that stands for `type` as a base.
void add_type_methods(Dict& dict);
// type(name, bases, dict)'s and type.__new__'s checks of those three, with CPython's messages.
void check_type_new_arguments(const Value* name_bases_dict);

// `type.name` read on the builtin `type` (type.__new__(mcls, ...), type.__call__(cls)): the
// method as a plain function (a new reference), or Undefined.
Value type_method(Value type, const Str& name);

// BUILD_CLASS: the class statement's class made by its metaclass (`metaclass`, Undefined when not
// given, or the bases' one) as a new reference, given the statement's other keywords (a Dict, or
// Undefined); Undefined when that is `type`, which the caller does itself (build_class()).
Value build_class_with_metaclass(ThreadState& thread, Value name, Value bases, Value ns,
                                 Value metaclass, Value keywords);

// The metaclass a class with these `bases` (a tuple) and the given metaclass (a Class, or
// nullptr: type) gets, as CPython's _PyType_CalculateMetaclass: the most derived of them, or a
// TypeError "metaclass conflict". nullptr: type.
Class* winning_metaclass(Class* given, Value bases);

// The attribute `key` (a Str) that the metaclass `meta` itself or a base before `type` defines,
// raw: a new reference, or Undefined.
Value metaclass_find(const Class& meta, Value key);

// `cls.name` of a class with a metaclass, given `raw` (owned, or Undefined): what the class's own
// MRO gave. The metaclass's property wins over it, else it binds as on any class, else the
// metaclass's attribute binds to the class. A new reference, or Undefined.
Value metaclass_attribute(ThreadState& thread, Value cls, Value key, Value raw);

// `cls.name = value` through a property of its metaclass: true when there is one (its setter
// ran), false when the plain store should follow.
bool metaclass_set_property(ThreadState& thread, Value cls, const Str& name, Value value);

// Calling a class whose metaclass defines __call__: that, with the class as self. Undefined when
// the metaclass has none (the class constructs as usual).
Value metaclass_call(ThreadState& thread, Value cls, const Value* args, size_t count,
                     const Tuple* names);

}  // namespace gilvm
