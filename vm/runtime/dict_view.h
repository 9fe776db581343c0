// Dict views (dict_view.cpp): what d.keys(), d.values() and d.items() return, as CPython's
// dict_keys, dict_values and dict_items. A view holds the dict, not a copy: it sees later inserts
// and deletes, and iterating it reads the dict in place (Iterator::Source::Table with the view's
// DictPart), so `for k, v in d.items()` copies nothing. Keys and items views are set-like (==,
// <, <=, &, |, -, ^, isdisjoint against sets and other such views); a values view is not (== is
// identity). Every read goes through Dict's members or under its ContainerLock, as the dict's own
// methods do, so views are as safe as the dict free-threaded.
#pragma once

#include <string>
#include <vector>

#include "frontend/opcodes.h"
#include "runtime/method_table.h"
#include "runtime/object.h"

namespace gilvm {

struct DictView final : Object {
  const DictPart part;
  const Value dict;  // owned: a Dict
  DictView(Value d, DictPart p) : Object(Kind::DictView), part(p), dict(d) { incref(d); }
  ~DictView() override { decref(dict); }
  Dict& target() const { return *static_cast<Dict*>(dict.obj); }
};

inline DictView* as_dict_view(Value v) { return static_cast<DictView*>(v.obj); }
// Keys and items views: those that behave as sets (CPython's PyDictViewSet_Check).
inline bool is_set_like_view(Value v) {
  return is_kind(v, Kind::DictView) && as_dict_view(v)->part != DictPart::Values;
}

Value make_dict_view(Value dict, DictPart part);  // a new reference
// "dict_keys", "dict_values", "dict_items".
const char* dict_view_type_name(DictPart part);
// The names of a dict's iterators: "dict_keyiterator", "dict_reversevalueiterator", ...
const char* dict_iterator_type_name(DictPart part, bool reversed);
// What iterating the view yields now, as owned references (list(), sorted(), repr).
std::vector<Value> dict_view_items(Value view);
// `item in view`: keys by hash, items by key then value, values one by one.
bool dict_view_contains(Value view, Value item);
// a == b where one of them is a view and they are not the same object: keys and items views
// equal sets and such views of the same items; a values view equals only itself.
bool dict_views_equal(Value a, Value b);
// a < b, a <= b, a > b, a >= b between a keys or items view and a set or such view (either
// side): subset tests, as sets. Undefined for anything else (the caller raises TypeError).
Value dict_view_compare(Op op, Value a, Value b);
// a & b, a | b, a - b, a ^ b with a keys or items view on either side and any iterable on the
// other: a new set. Undefined for other operators or operands.
Value dict_view_binary(Op op, Value a, Value b);
// reversed(d) and reversed(view): the dict's entries from the newest (Source::ReversedTable).
Value make_reversed_dict_iterator(Value dict, DictPart part);
// The methods of keys and items views (isdisjoint); a values view has none.
const MethodTable& dict_view_methods();

// An iterator's next pair: a dict Items iterator's (key, value), enumerate's (number, item), a
// zip of two's; it takes both references. Under a GIL the iterator's last tuple is refilled when
// nothing else holds it any more (the loop unpacked it and let it go), as CPython's
// dictiter_iternextitem and enum_next do, so `for k, v in d.items()` makes no tuple per item.
// Free-threaded a new tuple each time: another thread may be about to take the old one from a
// shared iterator, which a count cannot tell.
[[gnu::always_inline]] inline Value pair_tuple(Iterator& it, Value key, Value value) {
  if (free_threaded()) return make_tuple({key, value});
  Value reused = it.item_tuple;
  if (reused.is_obj() && reused.obj->refcount.load(std::memory_order_relaxed) == 1) {
    std::vector<Value>& items = as_tuple(reused)->items;
    const Value old_key = items[0], old_value = items[1];
    items[0] = key;
    items[1] = value;
    incref(reused);
    decref(old_key);  // after the tuple is whole again: a destructor may run any code
    decref(old_value);
    return reused;
  }
  Value tuple = make_tuple({key, value});
  incref(tuple);
  it.item_tuple = tuple;
  decref(reused);
  return tuple;
}

// enumerate's, before it asks its input for the next item: the tuple it handed out last, if the
// loop has let go of it, lets go of its item (None in its place; the tuple is the iterator's
// alone), so that a tuple the input made, a zip's row in `enumerate(zip(a, b))`, is the input's
// alone and refilled in its turn. CPython's enum_next keeps it, and makes a row per item.
[[gnu::always_inline]] inline void release_pair_item(Iterator& it) {
  Value reused = it.item_tuple;
  if (free_threaded() || !reused.is_obj() ||
      reused.obj->refcount.load(std::memory_order_relaxed) != 1)
    return;
  Value& item = as_tuple(reused)->items[1];
  const Value old = item;
  item = Value::none();
  decref(old);
}

}  // namespace gilvm
