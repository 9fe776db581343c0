// The `_dataclasses` module: make_init(spec) returns the __init__ of a dataclass as a native
// function bound to the class's fields. CPython writes the source of one and exec()s it; gilvm
// has no exec, and an __init__(self, *args, **kwargs) in Python would bind every call's arguments
// by hand, several times slower than a class's own __init__. This one binds them as a
// function's parameters would be bound (with CPython's messages), then sets the attributes in
// field order through STORE_ATTR's inline caches (one per field).
#include "modules/module_dataclasses.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/attribute_cache.h"
#include "runtime/attribute_cache_hits.h"
#include "runtime/attributes.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// The spec tuple lib/dataclasses.py passes: (qualname, fields, frozen, post_init, MISSING), each
// field a tuple (name, init, default, default_factory, store, kw_only). A field with init false
// is no parameter, a kw_only one a keyword-only one; one with store false (an InitVar) is passed
// to __post_init__, not stored.
enum SpecItem { kQualname, kFields, kFrozen, kPostInit, kMissing, kSpecSize };
enum FieldItem { kName, kInit, kDefault, kFactory, kStore, kKwOnly, kFieldSize };

struct Field {
  Value name;     // owned, interned: the key the attribute caches compare
  Value fallback;  // borrowed from the spec: the default, the default_factory, or Undefined
  bool init, store, factory, kw_only;
  bool positional() const { return init && !kw_only; }
};

// A frozen class's store, which bypasses its __setattr__ (as CPython's object.__setattr__ in its
// __init__): straight into the instance's own attributes at `hint`, once the class at `version`
// is known to have no property or slot of the name (0: not yet).
struct PlainStore {
  std::atomic<uint32_t> version{0};
  std::atomic<uint32_t> hint{0};
};

// The spec read once: what each call needs without a look at the tuples, and one STORE_ATTR
// cache per field, so that setting an attribute costs what `self.x = x` in an __init__ does.
struct InitSpec : Instance {
  Value spec;  // owned: the tuple, which keeps the defaults and factories alive
  std::string qualname;
  std::vector<Field> fields;
  size_t parameters = 0, required = 0;  // the positional ones
  bool frozen = false, post_init = false;
  std::unique_ptr<AttributeCache[]> caches;
  std::unique_ptr<PlainStore[]> plain_stores;  // frozen classes'

  InitSpec(const TypeInfo* type, Value s) : Instance(type), spec(s) { incref(spec); }
  ~InitSpec() override {
    for (const Field& f : fields) decref(f.name);
    decref(spec);
  }
};

const TypeInfo& init_spec_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "dataclasses.init_spec";
    return t;
  }();
  return type;
}

const std::vector<Value>& items(Value tuple) { return as_tuple(tuple)->items; }

std::string quoted_list(const std::vector<std::string>& names) {
  // CPython's format_missing: 'x', 'x' and 'y', 'x', 'y', and 'z'.
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += names.size() > 2 ? ", " : " ";
    if (i > 0 && i + 1 == names.size()) text += "and ";
    text += "'" + names[i] + "'";
  }
  return text;
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

const std::string& field_text(const Field& f) { return as_str(f.name)->text; }

// The binding errors, with CPython's messages for a function named "Point.__init__".
[[noreturn, gnu::noinline]] void too_many_positional(const InitSpec& spec, size_t given) {
  const size_t most = spec.parameters + 1, least = spec.required + 1;
  std::string takes = least == most ? plural(most, "positional argument")
                                    : "from " + std::to_string(least) + " to " +
                                          plural(most, "positional argument");
  raise(exc::TypeError, spec.qualname + ".__init__() takes " + takes + " but " +
                            std::to_string(given + 1) + (given == 0 ? " was" : " were") +
                            " given");
}

[[noreturn, gnu::noinline]] void keyword_error(const InitSpec& spec, Value name, bool duplicate) {
  raise(exc::TypeError, spec.qualname + ".__init__() got " +
                            (duplicate ? "multiple values for argument '"
                                       : "an unexpected keyword argument '") +
                            as_str(name)->text + "'");
}

// The positional parameters missing first, as CPython, then the keyword-only ones.
[[noreturn, gnu::noinline]] void missing_error(const InitSpec& spec, const Value* given) {
  for (bool keyword_only : {false, true}) {
    std::vector<std::string> absent;
    for (size_t i = 0; i < spec.fields.size(); ++i) {
      const Field& f = spec.fields[i];
      if (f.init && f.kw_only == keyword_only && given[i].is_undefined() &&
          f.fallback.is_undefined())
        absent.push_back(field_text(f));
    }
    if (absent.empty()) continue;
    raise(exc::TypeError,
          spec.qualname + ".__init__() missing " +
              plural(absent.size(), keyword_only ? "required keyword-only argument"
                                                 : "required positional argument") +
              ": " + quoted_list(absent));
  }
  raise(exc::TypeError, spec.qualname + ".__init__() missing an argument");  // not reached
}

// A frozen class's __init__ stores as object.__setattr__ would, as CPython's (PlainStore).
void store_frozen_field(ThreadState& ts, const InitSpec& spec, size_t i, Value self, Value value) {
  const Value name = spec.fields[i].name;
  if (!is_kind(self, Kind::ScriptInstance)) return set_attribute_plain(ts, self, *as_str(name), value);
  PlainStore& plain = spec.plain_stores[i];
  auto* instance = static_cast<ScriptInstance*>(self.obj);
  const uint32_t version = instance->cls->version.load(std::memory_order_acquire);
  if (version != 0 && plain.version.load(std::memory_order_relaxed) == version) {
    uint32_t hint = plain.hint.load(std::memory_order_relaxed);
    const uint32_t old_hint = hint;
    instance->set_own_hinted(name, value, hint);
    if (hint != old_hint) plain.hint.store(hint, std::memory_order_relaxed);
    return;
  }
  set_attribute_plain(ts, self, *as_str(name), value);
  Ref found = Ref::steal(class_lookup(Value::object(instance->cls), name));
  if (instance->has_dict() && !is_kind(found.get(), Kind::Property) &&
      !is_kind(found.get(), Kind::Member) && as_str(name)->text != "__class__")
    plain.version.store(version, std::memory_order_relaxed);
}

// Sets self.<field> as `self.x = value` in an __init__ would: through the field's cache when it
// hits (a class without __setattr__ of its own), else the slow way, which then fills the cache.
void store_field(ThreadState& ts, const InitSpec& spec, size_t i, Value self, Value value) {
  if (spec.frozen) return store_frozen_field(ts, spec, i, self, value);
  AttributeCache& cache = spec.caches[i];
  const Value name = spec.fields[i].name;
  {
    // STORE_ATTR's own hit, in line: it takes over a reference to each of (value, self).
    Value stack[2] = {value, self};
    incref(value);
    incref(self);
    if (free_threaded() ? store_attribute_hit<true>(cache, stack + 2)
                        : store_attribute_hit<false>(cache, stack + 2))
      return;
    decref(value);
    decref(self);
    if (cached_store(cache, self, name, value)) return;
  }
  // As STORE_ATTR's miss: a class with its own __setattr__ is never cached (every store calls it).
  const Value hook_args[3] = {self, name, value};
  if (call_attribute_hook(ts, NAME_KEY("__setattr__"), hook_args, 3)) return;
  set_attribute_plain(ts, self, *as_str(name), value);
  if (is_kind(self, Kind::ScriptInstance)) fill_cache(ts, cache, self, name);
}

Value dataclass_init(ThreadState& ts, Value spec_value, const Args& args) {
  const InitSpec& spec = *static_cast<const InitSpec*>(spec_value.obj);
  if (args.count == 0)
    raise(exc::TypeError,
          spec.qualname + ".__init__() missing 1 required positional argument: 'self'");
  const Value self = args.positional[0];
  const size_t count = spec.fields.size();
  // The parameters' values in field order (borrowed), Undefined where not given.
  constexpr size_t kOnStack = 16;
  Value on_stack[kOnStack];
  std::vector<Value> on_heap;
  Value* given = on_stack;
  if (count > kOnStack) {
    on_heap.assign(count, Value::undefined());
    given = on_heap.data();
  } else {
    std::fill(on_stack, on_stack + count, Value::undefined());
  }
  const size_t positional = args.count - 1;
  if (positional > spec.parameters) too_many_positional(spec, positional);
  for (size_t i = 0, bound = 0; bound < positional; ++i) {
    if (spec.fields[i].positional()) given[i] = args.positional[1 + bound++];
  }
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const Value name = args.keyword_names->items[k];
    size_t i = 0;
    for (; i < count; ++i) {
      const Field& f = spec.fields[i];
      if (f.init && (f.name.obj == name.obj || field_text(f) == as_str(name)->text)) break;
    }
    if (i == count) keyword_error(spec, name, false);
    if (!given[i].is_undefined()) keyword_error(spec, name, true);
    given[i] = args.keyword_values[k];
  }
  std::vector<Value> init_vars;  // borrowed, from `given` or `made`
  std::vector<Ref> made;         // the values of default factories
  for (size_t i = 0; i < count; ++i) {
    const Field& f = spec.fields[i];
    Value value = given[i];
    if (value.is_undefined()) {
      if (f.fallback.is_undefined()) {
        if (f.init) missing_error(spec, given);
        continue;  // init=False without a default: left unset, as CPython
      }
      if (f.factory) {
        made.push_back(Ref::steal(call_value(ts, f.fallback, nullptr, 0)));
        value = made.back().get();
      } else {
        value = f.fallback;
      }
    }
    if (f.store) {
      store_field(ts, spec, i, self, value);
    } else {
      init_vars.push_back(value);
    }
  }
  if (spec.post_init) {
    static const Str post_init("__post_init__");
    Ref method = Ref::steal(get_attribute(ts, self, post_init));
    decref(call_value(ts, method.get(), init_vars.data(), init_vars.size()));
  }
  return Value::none();
}

bool valid_spec(Value spec) {
  if (!is_kind(spec, Kind::Tuple) || items(spec).size() != kSpecSize ||
      !is_kind(items(spec)[kQualname], Kind::Str) || !is_kind(items(spec)[kFields], Kind::Tuple))
    return false;
  for (Value field : items(items(spec)[kFields])) {
    if (!is_kind(field, Kind::Tuple) || items(field).size() != kFieldSize ||
        !is_kind(items(field)[kName], Kind::Str))
      return false;
  }
  return true;
}

// make_init(spec): the __init__ for a dataclass (the spec's layout above), a native function
// bound to the spec read into an InitSpec.
Value make_init(ThreadState&, Value, const Args& args) {
  args.expect("make_init", 1, 1);
  const Value spec_tuple = args.positional[0];
  if (!valid_spec(spec_tuple)) raise(exc::TypeError, "make_init() expects a dataclass spec tuple");
  const std::vector<Value>& spec_items = items(spec_tuple);
  auto* spec = new InitSpec(&init_spec_type(), spec_tuple);
  Ref owner = Ref::steal(Value::object(spec));
  spec->qualname = as_str(spec_items[kQualname])->text;
  spec->frozen = truthy(spec_items[kFrozen]);
  spec->post_init = truthy(spec_items[kPostInit]);
  const Value missing = spec_items[kMissing];
  for (Value field : items(spec_items[kFields])) {
    const std::vector<Value>& f = items(field);
    Field parsed;
    parsed.name = interned_str(as_str(f[kName])->text);
    parsed.init = truthy(f[kInit]);
    parsed.store = truthy(f[kStore]);
    parsed.factory = !f[kFactory].is_none();
    parsed.kw_only = truthy(f[kKwOnly]);
    parsed.fallback = parsed.factory                  ? f[kFactory]
                      : f[kDefault].obj != missing.obj ? f[kDefault]
                                                       : Value::undefined();
    spec->fields.push_back(parsed);
    if (parsed.positional()) ++spec->parameters;
    if (parsed.positional() && parsed.fallback.is_undefined()) ++spec->required;
  }
  spec->caches.reset(new AttributeCache[spec->fields.size()]);
  spec->plain_stores.reset(new PlainStore[spec->fields.size()]);
  for (size_t i = 0; i < spec->fields.size(); ++i) {
    AttributeCache& cache = spec->caches[i];
    cache.name = spec->fields[i].name;
    cache.name_filter_bit = Dict::filter_bit(as_str(cache.name)->cached_hash());
  }
  return Value::object(new Native("__init__", dataclass_init, owner.get()));
}

}  // namespace

Value make_dataclasses_native_module(VM&) {
  auto* module = new Module("_dataclasses");
  module->add_function("make_init", make_init);
  return Value::object(module);
}

}  // namespace gilvm
