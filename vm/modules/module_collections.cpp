// The `_collections` module: _count_elements(mapping, iterable), the loop of Counter(iterable)
// and Counter.update(iterable) in C++, as CPython's Modules/_collectionsmodule.c has it in C
// (a Counter's counting in the VM's Python cost three times CPython's), defaultdict (a class
// in the VM's Python before: two script calls per `d[k] += 1`) and deque (runtime/deque.h).
#include "modules/module_collections.h"

#include <cstdint>
#include <string>

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

}  // namespace

Value make_collections_native_module(VM&) {
  auto* module = new Module("_collections");
  module->add_function("_count_elements", count_elements);
  // Named as the type it makes, so that isinstance(d, defaultdict) compares it with type(d).
  module->add("defaultdict", Value::object(new Native("defaultdict", make_defaultdict)));
  module->add("deque", Value::object(new Native("deque", make_deque)));
  return Value::object(module);
}

}  // namespace gilvm
