// The `_collections` module: _count_elements(mapping, iterable), the loop of Counter(iterable)
// and Counter.update(iterable) in C++, as CPython's Modules/_collectionsmodule.c has it in C
// (a Counter's counting in the VM's Python cost three times CPython's), defaultdict (a class
// in the VM's Python before: two script calls per `d[k] += 1`) and deque (runtime/deque.h).
#include "modules/module_collections.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/deque.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

// mapping[elem] = mapping.get(elem, 0) + 1 for each elem of iterable. `mapping` is the dict of a
// Counter (its _data); counts that are not ints (a script may store anything) add 1 as `+` does.
Value count_elements(ThreadState&, Value, const Args& args) {
  args.expect("_count_elements", 2, 2);
  if (!is_kind(args.positional[0], Kind::Dict))
    raise(exc::TypeError, "_count_elements() argument 1 must be dict, not " +
                              type_name(args.positional[0]));
  Dict& counts = *static_cast<Dict*>(args.positional[0].obj);
  Ref iterator = Ref::steal(get_iterator(args.positional[1]));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref elem = Ref::steal(item);
    Ref count = Ref::steal(counts.get(elem.get()));
    if (count.get().is_undefined()) {
      count = Ref::steal(Value::integer(1));
    } else if (count.get().is_int() && count.get().i < INT64_MAX) {
      count = Ref::steal(Value::integer(count.get().i + 1));
    } else {
      count = Ref::steal(binary_op(Op::ADD, count.get(), Value::integer(1)));
    }
    counts.set(elem.get(), count.get());  // takes its own references
  }
  return Value::none();
}

// OrderedDict's move_to_end and popitem (lib/collections.py) are natives in its class dict, not
// Python functions around natives: an LRU cache calls them on every access, and a Python frame
// cost more than the work. `self` of each is the OrderedDict class. As a Python function in a
// class dict, each binds to the instance (LOAD_METHOD pushes it with the instance), which comes
// first in `args`; the rest are checked as CPython's argument clinic checks them.

// The instance, checked as CPython's method descriptor checks it: an instance of `cls` (an
// OrderedDict: a dict whose class has `cls` in its MRO).
Dict& ordered_dict_self(Value cls, const Args& args, const char* method) {
  if (args.count == 0) {
    raise(exc::TypeError,
          std::string("unbound method OrderedDict.") + method + "() needs an argument");
  }
  const Value self = args.positional[0];
  if (is_kind(self, Kind::Dict) && static_cast<Dict*>(self.obj)->of_subclass()) {
    for (Value base : subclass_part(self).cls->mro) {
      if (base.obj == cls.obj) return *static_cast<Dict*>(self.obj);
    }
  }
  raise(exc::TypeError, std::string("descriptor '") + method +
                            "' for 'collections.OrderedDict' objects doesn't apply to a '" +
                            type_name(self) + "' object");
}

// The arguments after the instance.
Args arguments_after_self(const Args& args) {
  Args rest = args;
  ++rest.positional;
  --rest.count;
  return rest;
}

// `last`, the one argument after the instance and the key (if any) that a call gave by
// keyword (`popitem(last=False)`, an LRU cache's), found without bind()'s general matching;
// Undefined for any other call.
Value last_by_keyword(const Args& args, size_t positional) {
  if (args.count != positional + 1 || args.keyword_count() != 1) return Value::undefined();
  const Str& name = *as_str(args.keyword_names->items[0]);
  return name.text == "last" ? args.keyword_values[0] : Value::undefined();
}

// OrderedDict.popitem(self, last=True): its last entry or its first, as CPython's.
Value odict_popitem(ThreadState&, Value cls, const Args& args) {
  Dict& dict = ordered_dict_self(cls, args, "popitem");
  Value last = last_by_keyword(args, 0);
  if (last.is_undefined()) {
    static constexpr std::string_view kParameters[] = {"last"};
    last = arguments_after_self(args).bind("popitem", kParameters)[0];
  }
  Value key, value;
  if (!dict.pop_item(last.is_undefined() || truthy(last), key, value))
    raise_key_error(Ref::steal(make_str("dictionary is empty")).get());
  return make_tuple({key, value});
}

// OrderedDict.move_to_end(self, key, last=True): the entry moved to the end, or to the front
// (the others then removed and added again after it: time in the dict's size, as the dict keeps
// the order itself); KeyError(key) when absent.
Value odict_move_to_end(ThreadState&, Value cls, const Args& args) {
  Dict& dict = ordered_dict_self(cls, args, "move_to_end");
  Value key, last;
  if (args.count == 2 && args.keyword_count() == 0) {  // od.move_to_end(key)
    key = args.positional[1];
    last = Value::undefined();
  } else if (last = last_by_keyword(args, 1); !last.is_undefined()) {
    key = args.positional[1];
  } else {
    static constexpr std::string_view kParameters[] = {"key", "last"};
    const auto bound = arguments_after_self(args).bind("move_to_end", kParameters, 1);
    key = bound[0];
    last = bound[1];
  }
  if (last.is_undefined() || truthy(last)) {
    if (!dict.move_to_end(key)) raise_key_error(key);
    return Value::none();
  }
  Ref value = Ref::steal(dict.pop(key));
  if (value.get().is_undefined()) raise_key_error(key);
  const std::vector<std::pair<Value, Value>> rest = dict.snapshot();  // owned references
  for (const auto& [k, v] : rest) decref(dict.pop(k));
  dict.set(key, value.get());
  for (const auto& [k, v] : rest) {
    dict.set(k, v);
    decref(k);
    decref(v);
  }
  return Value::none();
}

// _odict_methods(cls): OrderedDict's (move_to_end, popitem) for the class `cls`, immortal as
// every thread's functions of a module are under nogil (the attribute caches borrow them).
Value make_odict_methods(ThreadState& thread, Value, const Args& args) {
  args.expect("_odict_methods", 1, 1);
  if (!is_kind(args.positional[0], Kind::Class))
    raise(exc::TypeError, "_odict_methods() argument must be a class");
  const Value cls = args.positional[0];
  Value move_to_end = Value::object(new Native("move_to_end", odict_move_to_end, cls));
  Value popitem = Value::object(new Native("popitem", odict_popitem, cls));
  thread.vm.make_immortal(move_to_end);
  thread.vm.make_immortal(popitem);
  return make_tuple({move_to_end, popitem});
}

// defaultdict(default_factory=None, [mapping or iterable], **kwargs): a dict whose missing keys
// get default_factory() (runtime missing_dict_item()), a dict for everything else, as CPython's
// subclass of dict.
Value make_defaultdict(ThreadState&, Value, const Args& args) {
  Value factory = args.count ? args.positional[0] : Value::none();
  if (!factory.is_none() && !is_callable(factory))
    raise(exc::TypeError, "first argument must be callable or None");
  if (args.count > 2)
    raise(exc::TypeError, "defaultdict expected at most 2 arguments, got " +
                              std::to_string(args.count));
  Ref made = Ref::steal(Value::object(new Dict()));
  auto& dict = *static_cast<Dict*>(made.get().obj);
  incref(factory);
  dict.default_factory = factory;
  if (args.count == 2) update_dict(dict, args.positional[1]);
  for (size_t k = 0; k < args.keyword_count(); ++k)
    dict.set(args.keyword_names->items[k], args.keyword_values[k]);
  return made.release();
}

// _tuplegetter(index, doc): a namedtuple's field descriptor (class.h's Member with no owner).
Value make_tuplegetter(ThreadState&, Value, const Args& args) {
  args.expect("_tuplegetter", 2, 2);
  const Value index = args.positional[0];
  if (!index.is_int()) {
    raise(exc::TypeError, "'" + type_name(index) + "' object cannot be interpreted as an integer");
  }
  if (index.i < 0 || index.i > INT32_MAX) raise(exc::IndexError, "tuple index out of range");
  return Value::object(new Member(args.positional[1], nullptr, static_cast<uint32_t>(index.i)));
}

// What a namedtuple's __new__ knows of its class: (typename, field names, defaults), a Tuple in
// the Native's self.
struct NamedTupleLayout {
  const std::string& type_name;
  const std::vector<Value>& fields;    // interned strs
  const std::vector<Value>& defaults;  // for the last fields
  explicit NamedTupleLayout(Value self)
      : type_name(as_str(as_tuple(self)->items[0])->text),
        fields(as_tuple(as_tuple(self)->items[1])->items),
        defaults(as_tuple(as_tuple(self)->items[2])->items) {}
};

// "'x'", "'x' and 'y'", "'x', 'y', and 'z'": the missing arguments as CPython lists them.
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() > 2 ? ", " : " ";
    if (i > 0 && i + 1 == names.size()) out += "and ";
    out += "'" + names[i] + "'";
  }
  return out;
}

// The arguments bound to the fields as a Python `def __new__(_cls, x, y=default)` binds them,
// with its messages: new references, one per field.
[[gnu::noinline]] std::vector<Value> bind_fields(const NamedTupleLayout& layout, const Args& args) {
  const std::string who = layout.type_name + ".__new__()";
  const size_t nfields = layout.fields.size(), ndefaults = layout.defaults.size();
  const size_t positional = args.count - 1;
  if (positional > nfields) {
    const size_t low = nfields - ndefaults + 1, high = nfields + 1;
    const std::string takes = low == high
                                  ? std::to_string(high)
                                  : "from " + std::to_string(low) + " to " + std::to_string(high);
    raise(exc::TypeError, who + " takes " + takes + " positional argument" +
                              (high == 1 && low == high ? "" : "s") + " but " +
                              std::to_string(args.count) + (args.count == 1 ? " was" : " were") +
                              " given");
  }
  std::vector<Value> bound(nfields, Value::undefined());  // borrowed until the end
  for (size_t i = 0; i < positional; ++i) bound[i] = args.positional[i + 1];
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const Value name = args.keyword_names->items[k];
    size_t at = nfields;
    for (size_t i = 0; i < nfields; ++i) {
      if (layout.fields[i].obj == name.obj ||
          as_str(layout.fields[i])->text == as_str(name)->text) {
        at = i;
        break;
      }
    }
    if (at == nfields) {
      raise(exc::TypeError,
            who + " got an unexpected keyword argument '" + as_str(name)->text + "'");
    }
    if (!bound[at].is_undefined())
      raise(exc::TypeError, who + " got multiple values for argument '" + as_str(name)->text + "'");
    bound[at] = args.keyword_values[k];
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < nfields; ++i) {
    if (!bound[i].is_undefined()) continue;
    if (i >= nfields - ndefaults) {
      bound[i] = layout.defaults[i - (nfields - ndefaults)];
    } else {
      missing.push_back(as_str(layout.fields[i])->text);
    }
  }
  if (!missing.empty()) {
    raise(exc::TypeError, who + " missing " + std::to_string(missing.size()) +
                              " required positional argument" + (missing.size() > 1 ? "s" : "") +
                              ": " + quoted_list(missing));
  }
  for (Value v : bound) incref(v);
  return bound;
}

// A namedtuple class's __new__(_cls, *fields): the instance of _cls holding the fields, bound
// as CPython's generated `def __new__(_cls, x, y): return _tuple_new(_cls, (x, y))` binds them.
Value namedtuple_new(ThreadState&, Value self, const Args& args) {
  const NamedTupleLayout layout(self);
  if (args.count == 0) {
    raise(exc::TypeError,
          layout.type_name + ".__new__() missing 1 required positional argument: '_cls'");
  }
  const Value cls = args.positional[0];
  if (!is_kind(cls, Kind::Class) || !derives_from_builtin(cls, "tuple")) {
    raise(exc::TypeError, "tuple.__new__(X): X is not a type object (" + type_name(cls) + ")");
  }
  if (args.keyword_count() == 0 && args.count - 1 == layout.fields.size()) {  // P(1, 2)
    std::vector<Value> items(args.positional + 1, args.positional + args.count);
    for (Value v : items) incref(v);
    return make_tuple_instance(static_cast<Class*>(cls.obj), std::move(items));
  }
  return make_tuple_instance(static_cast<Class*>(cls.obj), bind_fields(layout, args));
}

// _namedtuple_new(typename, field_names, defaults): the __new__ of a namedtuple class.
Value make_namedtuple_new(ThreadState&, Value, const Args& args) {
  args.expect("_namedtuple_new", 3, 3);
  for (size_t i = 1; i < 3; ++i) {
    if (!is_kind(args.positional[i], Kind::Tuple))
      raise(exc::TypeError, "_namedtuple_new() expects tuples");
  }
  std::vector<Value> fields;
  for (Value name : as_tuple(args.positional[1])->items) {
    if (!is_kind(name, Kind::Str)) raise(exc::TypeError, "field names must be strs");
    fields.push_back(interned_str(as_str(name)->text));
  }
  if (!is_kind(args.positional[0], Kind::Str)) raise(exc::TypeError, "typename must be a str");
  incref(args.positional[0]);
  incref(args.positional[2]);
  Ref layout = Ref::steal(
      make_tuple({args.positional[0], make_tuple(std::move(fields)), args.positional[2]}));
  return Value::object(new Native("__new__", namedtuple_new, layout.get()));
}

}  // namespace

Value make_collections_native_module(VM&) {
  auto* module = new Module("_collections");
  module->add_function("_count_elements", count_elements);
  module->add_function("_tuplegetter", make_tuplegetter);
  module->add_function("_namedtuple_new", make_namedtuple_new);
  module->add_function("_odict_methods", make_odict_methods);
  // Named as the type it makes, so that isinstance(d, defaultdict) compares it with type(d).
  module->add("defaultdict", Value::object(new Native("defaultdict", make_defaultdict)));
  module->add("deque", Value::object(new Native("deque", make_deque)));
  return Value::object(module);
}

}  // namespace gilvm
