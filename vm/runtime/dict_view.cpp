// Dict views: dict_keys, dict_values, dict_items (dict_view.h). The set-like operations follow
// CPython 3.11's dictobject.c (which side is iterated, which one probed), so that errors and
// results come out as there.
#include "runtime/dict_view.h"

#include <algorithm>
#include <string>
#include <utility>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/operations.h"
#include "runtime/set.h"

namespace gilvm {

Value make_dict_view(Value dict, DictPart part) { return Value::object(new DictView(dict, part)); }

const char* dict_view_type_name(DictPart part) {
  switch (part) {
    case DictPart::Keys: return "dict_keys";
    case DictPart::Values: return "dict_values";
    case DictPart::Items: return "dict_items";
  }
  return "dict_keys";
}

const char* dict_iterator_type_name(DictPart part, bool reversed) {
  switch (part) {
    case DictPart::Keys: return reversed ? "dict_reversekeyiterator" : "dict_keyiterator";
    case DictPart::Values: return reversed ? "dict_reversevalueiterator" : "dict_valueiterator";
    case DictPart::Items: return reversed ? "dict_reverseitemiterator" : "dict_itemiterator";
  }
  return "dict_keyiterator";
}

std::vector<Value> dict_view_items(Value view) {
  const DictPart part = as_dict_view(view)->part;
  if (part == DictPart::Keys) return as_dict_view(view)->target().keys();
  std::vector<Value> out;
  std::vector<std::pair<Value, Value>> entries = as_dict_view(view)->target().snapshot();
  out.reserve(entries.size());
  for (auto [key, value] : entries) {  // owned references
    if (part == DictPart::Keys) {
      out.push_back(key);
      decref(value);
    } else if (part == DictPart::Values) {
      out.push_back(value);
      decref(key);
    } else {
      out.push_back(make_tuple({key, value}));
    }
  }
  return out;
}

bool dict_view_contains(Value view, Value item) {
  Dict& dict = as_dict_view(view)->target();
  switch (as_dict_view(view)->part) {
    case DictPart::Keys: return dict.contains(item);
    case DictPart::Items: {
      // A pair whose key is there with an equal value (the same object counts as equal, as
      // PyObject_RichCompareBool has it); anything but a pair is not an item.
      if (!is_kind(item, Kind::Tuple) || as_tuple(item)->items.size() != 2) return false;
      Ref found = Ref::steal(dict.get(as_tuple(item)->items[0]));
      return !found.get().is_undefined() && keys_equal(found.get(), as_tuple(item)->items[1]);
    }
    case DictPart::Values: {
      std::vector<Value> values = dict_view_items(view);  // owned
      bool found = false;
      try {
        for (Value v : values) {
          if (keys_equal(v, item)) {
            found = true;
            break;
          }
        }
      } catch (...) {
        for (Value v : values) decref(v);
        throw;
      }
      for (Value v : values) decref(v);
      return found;
    }
  }
  return false;
}

namespace {

bool is_set_or_set_like_view(Value v) { return is_kind(v, Kind::Set) || is_set_like_view(v); }

// Whether every item of `self` is in `other` (CPython's all_contained_in).
bool all_contained_in(Value self, Value other) {
  Ref iterator = Ref::steal(get_iterator(self));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    if (!contains(other, item)) return false;
  }
  return true;
}

// The same comparison with its operands swapped: a < b is b > a.
Op reflected(Op op) {
  switch (op) {
    case Op::LT: return Op::GT;
    case Op::LE: return Op::GE;
    case Op::GT: return Op::LT;
    case Op::GE: return Op::LE;
    default: return op;
  }
}

// set(iterable), which make_set() is but for None (an empty set there, a TypeError here).
Value new_set_of(Value iterable) {
  if (iterable.is_none()) Ref::steal(get_iterator(iterable));  // raises: not iterable
  return make_set(iterable, false);
}

// CPython's _PyDictView_Intersect: the items of `other` that are in the view, iterating the
// smaller of two views.
Value intersection(Value a, Value b) {
  Value self = a, other = b;
  if (!is_set_like_view(self)) std::swap(self, other);  // the interpreter swaps, as CPython's
  if (is_set_like_view(other) && length(other) > length(self)) std::swap(self, other);
  Ref result = Ref::steal(make_set(Value::none(), false));
  Ref iterator = Ref::steal(get_iterator(other));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    if (dict_view_contains(self, item)) as_set(result.get())->add(item);
  }
  return result.release();
}

// view.isdisjoint(other): iterating the shorter when both are sets or set-like views.
Value view_isdisjoint(ThreadState&, Value self, const Args& args) {
  if (args.count != 1 || args.keyword_count() != 0) {  // CPython's METH_O messages
    const std::string name = std::string(type_name(self)) + ".isdisjoint()";
    if (args.keyword_count() != 0) raise(exc::TypeError, name + " takes no keyword arguments");
    raise(exc::TypeError,
          name + " takes exactly one argument (" + std::to_string(args.count) + " given)");
  }
  Value other = args.positional[0];
  if (other.is_obj() && other.obj == self.obj) return Value::boolean(length(self) == 0);
  Value probed = self, iterated = other;
  if (is_set_or_set_like_view(other) && length(other) > length(self)) std::swap(probed, iterated);
  Ref iterator = Ref::steal(get_iterator(iterated));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    if (contains(probed, item)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

}  // namespace

bool dict_views_equal(Value a, Value b) {
  Value self = is_set_like_view(a) ? a : b, other = self.obj == a.obj ? b : a;
  if (!is_set_like_view(self) || !is_set_or_set_like_view(other)) return false;
  return length(self) == length(other) && all_contained_in(self, other);
}

Value dict_view_compare(Op op, Value a, Value b) {
  Value self = a, other = b;
  if (!is_set_like_view(self)) {
    std::swap(self, other);
    op = reflected(op);
  }
  if (!is_set_like_view(self) || !is_set_or_set_like_view(other)) return Value::undefined();
  const int64_t self_length = length(self), other_length = length(other);
  switch (op) {
    case Op::LT: return Value::boolean(self_length < other_length && all_contained_in(self, other));
    case Op::LE:
      return Value::boolean(self_length <= other_length && all_contained_in(self, other));
    case Op::GT: return Value::boolean(self_length > other_length && all_contained_in(other, self));
    case Op::GE:
      return Value::boolean(self_length >= other_length && all_contained_in(other, self));
    default: return Value::undefined();
  }
}

Value dict_view_binary(Op op, Value a, Value b) {
  if (op != Op::BIT_AND && op != Op::BIT_OR && op != Op::SUB && op != Op::BIT_XOR)
    return Value::undefined();
  if (!is_set_like_view(a) && !is_set_like_view(b)) return Value::undefined();
  if (op == Op::BIT_AND) return intersection(a, b);
  // |, - and ^: a set of the left operand (whichever side the view is), then the set method's
  // update with the right one, as CPython's dictviews_or, _sub and _xor.
  Ref result = Ref::steal(new_set_of(a));
  Ref other = is_kind(b, Kind::Set) ? Ref::borrow(b) : Ref::steal(new_set_of(b));
  Ref updated = Ref::steal(set_binary(op, result.get(), other.get(), true));  // result itself
  return result.release();
}

Value make_reversed_dict_iterator(Value dict, DictPart part) {
  auto* it = new Iterator();
  it->source = Iterator::Source::ReversedTable;
  it->part = part;
  incref(dict);
  it->sequence = dict;
  Dict& target = *static_cast<Dict*>(dict.obj);
  ContainerLock lock(target.mutex);
  it->index = target.entries.size();
  it->stop = static_cast<int64_t>(target.used);
  return Value::object(it);
}

const MethodTable& dict_view_methods() {
  static const MethodTable table = {{"isdisjoint", view_isdisjoint}};
  return table;
}

}  // namespace gilvm
