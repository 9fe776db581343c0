// Object constructors, the items view of lists and tuples, and dicts.
#include "runtime/object.h"

#include <algorithm>
#include <cstdlib>

#include "runtime/exceptions.h"
#include "runtime/generator.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {
Value fresh(Object* object) { return Value::object(object); }

// Destructors that release the last reference to a nested object recurse through
// destroy_object(); past kMaxDestroyDepth nested deletions the objects are deferred here and
// deleted by the outermost call, one at a time. Trivially destructible, so that a decref while
// the thread's other thread_locals are torn down still finds it usable.
struct Trashcan {
  int depth = 0;
  Object** deferred = nullptr;  // malloc'd while something is deferred, freed when drained
  size_t size = 0, capacity = 0;
};
thread_local Trashcan trashcan;
constexpr int kMaxDestroyDepth = 256;

void defer(Object* object) {
  if (trashcan.size == trashcan.capacity) {
    size_t capacity = trashcan.capacity ? trashcan.capacity * 2 : 256;
    auto* grown = static_cast<Object**>(std::realloc(trashcan.deferred, capacity * sizeof(Object*)));
    if (!grown) return;  // out of memory while freeing: leak this one rather than crash
    trashcan.deferred = grown;
    trashcan.capacity = capacity;
  }
  trashcan.deferred[trashcan.size++] = object;
}
}  // namespace

void destroy_object(Object* object) {
  // A generator paused in `try`/`with` is closed first (its `finally` runs), as in CPython.
  if (object->kind == Kind::Generator && finalize_generator(*static_cast<Generator*>(object))) return;
  if (trashcan.depth >= kMaxDestroyDepth) return defer(object);
  ++trashcan.depth;
  delete object;
  if (trashcan.depth == 1) {
    while (trashcan.size > 0) delete trashcan.deferred[--trashcan.size];  // each may defer more
    std::free(trashcan.deferred);
    trashcan.deferred = nullptr;
    trashcan.capacity = 0;
  }
  --trashcan.depth;
}

Value make_str(std::string text) { return fresh(new Str(std::move(text))); }
Value make_str(std::string text, size_t code_points) {
  auto* str = new Str(std::move(text));
  str->code_points.store(static_cast<int64_t>(code_points), std::memory_order_relaxed);
  return fresh(str);
}
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
