// Attribute access and the methods of the builtin types (str, bytes, list, dict, exceptions).
// A method looked up on a value comes back as a Native bound to that value.
#include <algorithm>
#include <unordered_map>

#include "runtime/attributes.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

using MethodTable = std::unordered_map<std::string_view, NativeFn>;

const std::string& text_of(Value v) { return is_kind(v, Kind::Bytes) ? as_bytes(v)->data : as_str(v)->text; }
bool is_bytes(Value v) { return is_kind(v, Kind::Bytes); }
Value same_kind_text(Value like, std::string text) {
  return is_bytes(like) ? make_bytes(std::move(text)) : make_str(std::move(text));
}

// The argument of a str/bytes method that must have the receiver's own type.
const std::string& text_argument(Value self, Value arg, std::string_view method) {
  if (is_bytes(self) ? !is_kind(arg, Kind::Bytes) : !is_kind(arg, Kind::Str)) {
    raise(exc::TypeError, std::string(method) + "() argument must be " + (is_bytes(self) ? "bytes" : "str") +
                              ", not " + type_name(arg));
  }
  return text_of(arg);
}

constexpr std::string_view kWhitespace = " \t\n\r\v\f";

Value strip_text(Value self, const Args& args, bool left, bool right, std::string_view name) {
  args.expect(name, 0, 1);
  const std::string& text = text_of(self);
  std::string chars(kWhitespace);
  if (args.count == 1 && !args.positional[0].is_none()) chars = text_argument(self, args.positional[0], name);
  size_t begin = left ? text.find_first_not_of(chars) : 0;
  if (begin == std::string::npos) return same_kind_text(self, "");
  size_t end = right ? text.find_last_not_of(chars) + 1 : text.size();
  return same_kind_text(self, text.substr(begin, end - begin));
}

Value text_strip(ThreadState&, Value self, const Args& args) { return strip_text(self, args, true, true, "strip"); }
Value text_lstrip(ThreadState&, Value self, const Args& args) { return strip_text(self, args, true, false, "lstrip"); }
Value text_rstrip(ThreadState&, Value self, const Args& args) { return strip_text(self, args, false, true, "rstrip"); }

Value text_split(ThreadState&, Value self, const Args& args) {
  args.expect("split", 0, 1);
  const std::string& text = text_of(self);
  std::vector<Value> parts;
  if (args.count == 0 || args.positional[0].is_none()) {
    size_t i = 0;
    while (true) {
      i = text.find_first_not_of(kWhitespace, i);
      if (i == std::string::npos) break;
      size_t end = std::min(text.find_first_of(kWhitespace, i), text.size());
      parts.push_back(same_kind_text(self, text.substr(i, end - i)));
      i = end;
    }
  } else {
    const std::string& separator = text_argument(self, args.positional[0], "split");
    if (separator.empty()) raise(exc::ValueError, "empty separator");
    size_t start = 0;
    for (size_t found; (found = text.find(separator, start)) != std::string::npos; start = found + separator.size()) {
      parts.push_back(same_kind_text(self, text.substr(start, found - start)));
    }
    parts.push_back(same_kind_text(self, text.substr(start)));
  }
  return make_list(std::move(parts));
}

Value text_join(ThreadState&, Value self, const Args& args) {
  args.expect("join", 1, 1);
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  std::string out;
  bool first = true;
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    if (!first) out += text_of(self);
    first = false;
    out += text_argument(self, item, "join");
  }
  return same_kind_text(self, std::move(out));
}

Value text_startswith(ThreadState&, Value self, const Args& args) {
  args.expect("startswith", 1, 1);
  const std::string& prefix = text_argument(self, args.positional[0], "startswith");
  return Value::boolean(text_of(self).compare(0, prefix.size(), prefix) == 0);
}

Value text_endswith(ThreadState&, Value self, const Args& args) {
  args.expect("endswith", 1, 1);
  const std::string& text = text_of(self);
  const std::string& suffix = text_argument(self, args.positional[0], "endswith");
  return Value::boolean(suffix.size() <= text.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0);
}

Value text_find(ThreadState&, Value self, const Args& args) {
  args.expect("find", 1, 1);
  size_t found = text_of(self).find(text_argument(self, args.positional[0], "find"));
  return Value::integer(found == std::string::npos ? -1 : static_cast<int64_t>(found));
}

Value text_replace(ThreadState&, Value self, const Args& args) {
  args.expect("replace", 2, 2);
  const std::string& old_text = text_argument(self, args.positional[0], "replace");
  const std::string& new_text = text_argument(self, args.positional[1], "replace");
  std::string text = text_of(self);
  if (old_text.empty()) return same_kind_text(self, text);
  std::string out;
  size_t start = 0;
  for (size_t found; (found = text.find(old_text, start)) != std::string::npos; start = found + old_text.size()) {
    out += text.substr(start, found - start) + new_text;
  }
  return same_kind_text(self, out + text.substr(start));
}

Value text_case(Value self, const Args& args, std::string_view name, int (*convert)(int)) {
  args.expect(name, 0, 0);
  std::string text = text_of(self);
  for (char& c : text) c = static_cast<char>(convert(static_cast<unsigned char>(c)));
  return same_kind_text(self, std::move(text));
}
Value text_upper(ThreadState&, Value self, const Args& args) { return text_case(self, args, "upper", ::toupper); }
Value text_lower(ThreadState&, Value self, const Args& args) { return text_case(self, args, "lower", ::tolower); }

Value str_encode(ThreadState&, Value self, const Args& args) {
  args.bind("encode", {"encoding", "errors"});
  return make_bytes(as_str(self)->text);
}

Value bytes_decode(ThreadState&, Value self, const Args& args) {
  args.bind("decode", {"encoding", "errors"});
  return make_str(as_bytes(self)->data);
}

Value str_isdigit(ThreadState&, Value self, const Args& args) {
  args.expect("isdigit", 0, 0);
  const std::string& text = as_str(self)->text;
  return Value::boolean(!text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }));
}

const MethodTable& str_methods() {
  static const MethodTable table = {
      {"strip", text_strip}, {"lstrip", text_lstrip}, {"rstrip", text_rstrip}, {"split", text_split},
      {"join", text_join}, {"startswith", text_startswith}, {"endswith", text_endswith}, {"find", text_find},
      {"replace", text_replace}, {"upper", text_upper}, {"lower", text_lower}, {"encode", str_encode},
      {"isdigit", str_isdigit},
  };
  return table;
}

const MethodTable& bytes_methods() {
  static const MethodTable table = {
      {"strip", text_strip}, {"lstrip", text_lstrip}, {"rstrip", text_rstrip}, {"split", text_split},
      {"join", text_join}, {"startswith", text_startswith}, {"endswith", text_endswith}, {"find", text_find},
      {"replace", text_replace}, {"upper", text_upper}, {"lower", text_lower}, {"decode", bytes_decode},
  };
  return table;
}

// ---- list

List& list_of(Value self) { return *as_list(self); }

// The same value (identity, not equality): what another thread cannot fake by an equal copy.
bool same_value(Value a, Value b) { return a.tag == b.tag && a.i == b.i; }

Value list_append(ThreadState&, Value self, const Args& args) {
  args.expect("append", 1, 1);
  List& list = list_of(self);
  incref(args.positional[0]);
  ContainerLock lock(list.mutex);
  list.items.push_back(args.positional[0]);
  return Value::none();
}

Value list_extend(ThreadState&, Value self, const Args& args) {
  args.expect("extend", 1, 1);
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  std::vector<Value> added;
  Value item;
  while (iterator_next(iterator.get(), item)) added.push_back(item);
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  list.items.insert(list.items.end(), added.begin(), added.end());
  return Value::none();
}

Value list_pop(ThreadState&, Value self, const Args& args) {
  args.expect("pop", 0, 1);
  if (args.count && !args.positional[0].is_int()) raise(exc::TypeError, "list indices must be integers");
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  auto& items = list.items;
  if (items.empty()) raise(exc::IndexError, "pop from empty list");
  int64_t index = args.count ? args.positional[0].i : -1;
  if (index < 0) index += static_cast<int64_t>(items.size());
  if (index < 0 || index >= static_cast<int64_t>(items.size())) raise(exc::IndexError, "pop index out of range");
  Value v = items[static_cast<size_t>(index)];
  items.erase(items.begin() + index);
  return v;  // the list's reference passes to the caller
}

Value list_insert(ThreadState&, Value self, const Args& args) {
  args.expect("insert", 2, 2);
  if (!args.positional[0].is_int()) raise(exc::TypeError, "'" + type_name(args.positional[0]) + "' object cannot be interpreted as an integer");
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  auto& items = list.items;
  int64_t size = static_cast<int64_t>(items.size());
  int64_t index = args.positional[0].i;
  if (index < 0) index = std::max<int64_t>(0, index + size);
  index = std::min(index, size);
  incref(args.positional[1]);
  items.insert(items.begin() + index, args.positional[1]);
  return Value::none();
}

size_t index_in(const std::vector<Value>& items, Value item) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (values_equal(items[i], item)) return i;
  }
  raise(exc::ValueError, repr(item) + " is not in list");
}

Value list_index(ThreadState&, Value self, const Args& args) {
  args.expect("index", 1, 1);
  ItemsView view(self);
  return Value::integer(static_cast<int64_t>(index_in(view.items(), args.positional[0])));
}

// Compares outside the lock (a comparison may lock other lists), then removes the item found,
// which another thread may have moved meanwhile: it is looked up again by identity.
Value list_remove(ThreadState&, Value self, const Args& args) {
  args.expect("remove", 1, 1);
  Value found;
  {
    ItemsView view(self);
    found = view.items()[index_in(view.items(), args.positional[0])];
  }
  List& list = list_of(self);
  Value removed = Value::undefined();
  {
    ContainerLock lock(list.mutex);
    auto& items = list.items;
    auto it = std::find_if(items.begin(), items.end(), [&](Value v) { return same_value(v, found); });
    if (it == items.end()) raise(exc::ValueError, "list.remove(x): x not in list");
    removed = *it;
    items.erase(it);
  }
  decref(removed);
  return Value::none();
}

Value list_count(ThreadState&, Value self, const Args& args) {
  args.expect("count", 1, 1);
  ItemsView view(self);
  const auto& items = view.items();
  return Value::integer(std::count_if(items.begin(), items.end(), [&](Value v) { return values_equal(v, args.positional[0]); }));
}

Value list_reverse(ThreadState&, Value self, const Args& args) {
  args.expect("reverse", 0, 0);
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  std::reverse(list.items.begin(), list.items.end());
  return Value::none();
}

bool same_values(const std::vector<Value>& a, const std::vector<Value>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), same_value);
}

// Sorts a copy outside the lock (comparisons may lock other lists; a TypeError leaves the list
// as it was), then puts it in place of the items, unless another thread changed the list
// meanwhile: that raises ValueError, as in CPython.
Value list_sort(ThreadState&, Value self, const Args& args) {
  std::vector<Value> bound = args.bind("sort", {"reverse"});
  bool descending = !bound[0].is_undefined() && truthy(bound[0]);
  ItemsView view(self);
  const std::vector<Value>& unsorted = view.items();
  std::vector<Value> sorted = unsorted;
  std::stable_sort(sorted.begin(), sorted.end(), [&](Value a, Value b) { return descending ? less_than(b, a) : less_than(a, b); });
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  if (&unsorted != &list.items && !same_values(unsorted, list.items)) raise(exc::ValueError, "list modified during sort");
  list.items = std::move(sorted);  // a permutation: the references stay with the list
  return Value::none();
}

const MethodTable& list_methods() {
  static const MethodTable table = {
      {"append", list_append}, {"extend", list_extend}, {"pop", list_pop},         {"insert", list_insert},
      {"index", list_index},   {"remove", list_remove}, {"count", list_count},     {"reverse", list_reverse},
      {"sort", list_sort},
  };
  return table;
}

// ---- dict

Dict& dict_of(Value self) { return *static_cast<Dict*>(self.obj); }

Value dict_get(ThreadState&, Value self, const Args& args) {
  args.expect("get", 1, 2);
  Value found = dict_of(self).get(args.positional[0]);
  if (!found.is_undefined()) return found;
  Value fallback = args.count == 2 ? args.positional[1] : Value::none();
  incref(fallback);
  return fallback;
}

Value dict_view(Value self, int which) {
  std::vector<Value> out;
  for (auto [key, value] : dict_of(self).snapshot()) {  // owned references
    if (which == 0) {
      out.push_back(key);
      decref(value);
    } else if (which == 1) {
      out.push_back(value);
      decref(key);
    } else {
      out.push_back(make_tuple({key, value}));
    }
  }
  return make_list(std::move(out));
}

Value dict_keys(ThreadState&, Value self, const Args& args) {
  args.expect("keys", 0, 0);
  return dict_view(self, 0);
}
Value dict_values(ThreadState&, Value self, const Args& args) {
  args.expect("values", 0, 0);
  return dict_view(self, 1);
}
Value dict_items(ThreadState&, Value self, const Args& args) {
  args.expect("items", 0, 0);
  return dict_view(self, 2);
}

Value dict_setdefault(ThreadState&, Value self, const Args& args) {
  args.expect("setdefault", 1, 2);
  Value fallback = args.count == 2 ? args.positional[1] : Value::none();
  return dict_of(self).set_default(args.positional[0], fallback);
}

Value dict_pop(ThreadState&, Value self, const Args& args) {
  args.expect("pop", 1, 2);
  Value removed = dict_of(self).pop(args.positional[0]);
  if (!removed.is_undefined()) return removed;
  if (args.count == 2) {
    incref(args.positional[1]);
    return args.positional[1];
  }
  raise_key_error(args.positional[0]);
}

const MethodTable& dict_methods() {
  static const MethodTable table = {
      {"get", dict_get},   {"keys", dict_keys}, {"values", dict_values}, {"items", dict_items},
      {"setdefault", dict_setdefault}, {"pop", dict_pop},
  };
  return table;
}

const MethodTable* methods_of(Value v) {
  if (!v.is_obj()) return nullptr;
  switch (v.obj->kind) {
    case Kind::Str: return &str_methods();
    case Kind::Bytes: return &bytes_methods();
    case Kind::List: return &list_methods();
    case Kind::Dict: return &dict_methods();
    default: return nullptr;
  }
}

Value bind_method(std::string_view name, NativeFn fn, Value self) {
  return Value::object(new Native(std::string(name), fn, self));
}

Value exception_attribute(const ExceptionObject& e, std::string_view name) {
  if (name == "args") {
    incref(e.args);
    return e.args;
  }
  if (name == "errno" && e.cls->is_subclass_of(exc::OSError)) {
    const auto& items = as_tuple(e.args)->items;
    if (items.size() >= 2) {
      incref(items[0]);
      return items[0];
    }
    return Value::none();
  }
  if (name == "strerror" && e.cls->is_subclass_of(exc::OSError)) {
    const auto& items = as_tuple(e.args)->items;
    if (items.size() >= 2) {
      incref(items[1]);
      return items[1];
    }
    return Value::none();
  }
  return Value::undefined();
}

[[noreturn]] void raise_no_attribute(Value object, std::string_view name) {
  if (is_kind(object, Kind::Module)) {
    raise(exc::AttributeError, "module '" + static_cast<Module*>(object.obj)->name + "' has no attribute '" + std::string(name) + "'");
  }
  raise(exc::AttributeError, "'" + type_name(object) + "' object has no attribute '" + std::string(name) + "'");
}

}  // namespace

Value get_attribute(ThreadState& thread, Value object, const Str& name) {
  const std::string& key = name.text;
  if (const MethodTable* methods = methods_of(object)) {
    auto it = methods->find(key);
    if (it != methods->end()) return bind_method(key, it->second, object);
  } else if (is_kind(object, Kind::Module)) {
    Value v = static_cast<Module*>(object.obj)->get(key);
    if (!v.is_undefined()) return v;
  } else if (is_kind(object, Kind::Instance)) {
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->get) {
      Value v = instance->type->get(thread, *instance, key);
      if (!v.is_undefined()) return v;
    }
    for (auto& [method_name, fn] : instance->type->methods) {
      if (method_name == key) return bind_method(instance->type->name + "." + key, fn, object);
    }
  } else if (is_kind(object, Kind::Exception)) {
    Value v = exception_attribute(*static_cast<ExceptionObject*>(object.obj), key);
    if (!v.is_undefined()) return v;
  } else if (is_kind(object, Kind::ExceptionClass) && key == "__name__") {
    return make_str(static_cast<ExceptionClass*>(object.obj)->name);
  } else if (is_kind(object, Kind::Function) && key == "__name__") {
    return make_str(static_cast<Function*>(object.obj)->code->name);
  }
  raise_no_attribute(object, key);
}

void set_attribute(ThreadState& thread, Value object, const Str& name, Value value) {
  if (is_kind(object, Kind::Instance)) {
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->set && instance->type->set(thread, *instance, name.text, value)) return;
  }
  if (is_kind(object, Kind::Module)) {
    incref(value);
    static_cast<Module*>(object.obj)->add(name.text, value);
    return;
  }
  raise(exc::AttributeError, "'" + type_name(object) + "' object attribute '" + name.text + "' is read-only");
}

}  // namespace gilvm
