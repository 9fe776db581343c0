// Object constructors, the items view of lists and tuples, and dicts.
#include "runtime/object.h"

#include <algorithm>

#include "runtime/exceptions.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {
Value fresh(Object* object) { return Value::object(object); }
}  // namespace

Value make_str(std::string text) { return fresh(new Str(std::move(text))); }
Value make_bytes(std::string data) { return fresh(new Bytes(std::move(data))); }

Value make_tuple(std::vector<Value> owned_items) {
  auto* tuple = new Tuple();
  tuple->items = std::move(owned_items);
  return fresh(tuple);
}

Value make_list(std::vector<Value> owned_items) {
  auto* list = new List();
  list->items = std::move(owned_items);
  return fresh(list);
}

ItemsView::ItemsView(Value sequence) {
  if (is_kind(sequence, Kind::Tuple)) {
    items_ = &as_tuple(sequence)->items;
    return;
  }
  if (!is_kind(sequence, Kind::List)) raise(exc::TypeError, "expected a list or tuple, got " + type_name(sequence));
  List& list = *as_list(sequence);
  if (!free_threaded()) {
    items_ = &list.items;
    return;
  }
  {
    ContainerLock lock(list.mutex);
    copy_ = list.items;
    for (Value v : copy_) incref(v);
  }
  items_ = &copy_;
}

ItemsView::~ItemsView() {
  for (Value v : copy_) decref(v);
}

// ---------------------------------------------------------------------------------------------
// Dict

Value* Dict::find_locked(Value key) {
  size_t hash = hash_value(key);
  auto [begin, end] = index.equal_range(hash);
  for (auto it = begin; it != end; ++it) {
    if (values_equal(entries[it->second].first, key)) return &entries[it->second].second;
  }
  return nullptr;
}

Value Dict::get(Value key) {
  ContainerLock lock(mutex);
  Value* slot = find_locked(key);
  if (!slot) return Value::undefined();
  incref(*slot);
  return *slot;
}

void Dict::set(Value key, Value value) {
  Value old = Value::undefined();
  {
    ContainerLock lock(mutex);
    Value* slot = find_locked(key);  // raises for an unhashable key before anything changes
    incref(value);
    if (slot) {
      old = *slot;
      *slot = value;
    } else {
      incref(key);
      index.emplace(hash_value(key), entries.size());
      entries.emplace_back(key, value);
    }
  }
  decref(old);
}

Value Dict::set_default(Value key, Value value) {
  ContainerLock lock(mutex);
  Value* slot = find_locked(key);
  if (!slot) {
    incref(key);
    incref(value);
    index.emplace(hash_value(key), entries.size());
    entries.emplace_back(key, value);
    slot = &entries.back().second;
  }
  incref(*slot);
  return *slot;
}

Value Dict::pop(Value key) {
  Value removed_key = Value::undefined(), result = Value::undefined();
  {
    ContainerLock lock(mutex);
    Value* slot = find_locked(key);
    if (!slot) return Value::undefined();
    // Rebuild without the key: dicts here are small and removal is rare.
    std::vector<std::pair<Value, Value>> kept;
    for (auto& entry : entries) {
      if (&entry.second == slot) {
        removed_key = entry.first;
        result = entry.second;
      } else {
        kept.push_back(entry);
      }
    }
    entries = std::move(kept);
    index.clear();
    for (size_t i = 0; i < entries.size(); ++i) index.emplace(hash_value(entries[i].first), i);
  }
  decref(removed_key);
  return result;
}

size_t Dict::size() {
  ContainerLock lock(mutex);
  return entries.size();
}

std::vector<std::pair<Value, Value>> Dict::snapshot() {
  ContainerLock lock(mutex);
  for (auto& [key, value] : entries) {
    incref(key);
    incref(value);
  }
  return entries;
}

}  // namespace gilvm
