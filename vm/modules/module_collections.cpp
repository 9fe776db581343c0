// The `_collections` module: _count_elements(mapping, iterable), the loop of Counter(iterable)
// and Counter.update(iterable) in C++, as CPython's Modules/_collectionsmodule.c has it in C
// (a Counter's counting in the VM's Python cost three times CPython's), defaultdict (a class
// in the VM's Python before: two script calls per `d[k] += 1`) and deque (runtime/deque.h).
#include "modules/module_collections.h"

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/deque.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"

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

// The dict that OrderedDict's methods (lib/collections.py) pass to the natives below.
Dict& ordered_dict_argument(const Args& args, const char* function) {
  if (!is_kind(args.positional[0], Kind::Dict))
    raise(exc::TypeError, std::string(function) + "() argument 1 must be dict, not " +
                              type_name(args.positional[0]));
  return *static_cast<Dict*>(args.positional[0].obj);
}

// _odict_popitem(d, last): OrderedDict.popitem(last) on the dict's own order, its last entry or
// its first (past the holes that removals left at the front), as CPython's, in one call: an LRU
// cache pops its oldest entry on every insertion.
Value odict_popitem(ThreadState&, Value, const Args& args) {
  args.expect("_odict_popitem", 2, 2);
  Dict& dict = ordered_dict_argument(args, "_odict_popitem");
  const bool last = truthy(args.positional[1]);
  for (;;) {  // retried if another thread removed the entry meanwhile
    Value key = Value::undefined();
    if (last) {
      ContainerLock lock(dict.mutex);
      if (!dict.entries.empty()) {
        key = dict.entries.back().key;  // never a hole (object.h)
        incref(key);
      }
    } else {
      key = dict.first_key();
    }
    if (key.is_undefined()) raise_key_error(Ref::steal(make_str("dictionary is empty")).get());
    Ref owned_key = Ref::steal(key);
    Value value = dict.pop(key);
    if (!value.is_undefined()) return make_tuple({owned_key.release(), value});
  }
}

// _odict_move_to_end(d, key): OrderedDict.move_to_end(key) (last=True) in one call, the entry
// removed and added again at the end; KeyError(key) when absent.
Value odict_move_to_end(ThreadState&, Value, const Args& args) {
  args.expect("_odict_move_to_end", 2, 2);
  Dict& dict = ordered_dict_argument(args, "_odict_move_to_end");
  const Value key = args.positional[1];
  Ref value = Ref::steal(dict.pop(key));
  if (value.get().is_undefined()) raise_key_error(key);
  dict.set(key, value.get());
  return Value::none();
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
  module->add_function("_odict_popitem", odict_popitem);
  module->add_function("_odict_move_to_end", odict_move_to_end);
  // Named as the type it makes, so that isinstance(d, defaultdict) compares it with type(d).
  module->add("defaultdict", Value::object(new Native("defaultdict", make_defaultdict)));
  module->add("deque", Value::object(new Native("deque", make_deque)));
  return Value::object(module);
}

}  // namespace gilvm
