// Object constructors, the items view of lists and tuples, and dicts.
#include "runtime/object.h"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <optional>
#include <thread>

#include "runtime/bigint.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/operations.h"
#include "runtime/set.h"
#include "runtime/text_copy.h"

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
    auto* grown =
        static_cast<Object**>(std::realloc(trashcan.deferred, capacity * sizeof(Object*)));
    if (!grown) return;  // out of memory while freeing: leak this one rather than crash
    trashcan.deferred = grown;
    trashcan.capacity = capacity;
  }
  trashcan.deferred[trashcan.size++] = object;
}

// Frees `object` by free() (which releases what it refers to) as the trashcan allows: deferred
// past kMaxDestroyDepth nested frees, the deferred ones freed by the outermost.
template <typename Free>
[[gnu::always_inline]] inline void free_nested(Object* object, Free free) {
  if (trashcan.depth >= kMaxDestroyDepth) return defer(object);
  ++trashcan.depth;
  free();
  if (trashcan.depth == 1 && trashcan.deferred) {
    while (trashcan.size > 0) delete trashcan.deferred[--trashcan.size];  // each may defer more
    std::free(trashcan.deferred);
    trashcan.deferred = nullptr;
    trashcan.capacity = 0;
  }
  --trashcan.depth;
}

bool keep_spare(List& list);  // below, with the free lists
bool keep_spare(Tuple& tuple);

// Any other object that may refer to others.
[[gnu::noinline]] void destroy_nested(Object* object) {
  free_nested(object, [object] { delete object; });
}

// A list: kept for new_list() when it is small (keep_spare), deleted otherwise. Apart, so that
// destroy_object()'s other kinds keep their small frame.
[[gnu::noinline]] void destroy_list(List* list) {
  free_nested(list, [list] {
    if (!keep_spare(*list)) delete list;
  });
}

// A tuple: kept for make_tuple(items, count) when it is small (keep_spare), deleted otherwise.
[[gnu::noinline]] void destroy_tuple(Tuple* tuple) {
  free_nested(tuple, [tuple] {
    if (!keep_spare(*tuple)) delete tuple;
  });
}
}  // namespace

void destroy_object(Object* object) {
  // Every case a tail call, so that the str and bytes freed all the time pay for no frame.
  switch (object->kind) {
    case Kind::BigInt: return free_bigint(object);  // no virtual call: back to the block cache
    case Kind::Str:
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Range:
    case Kind::Complex:
      delete object;  // refers to no other object: nothing to nest, nothing to defer
      return;
    case Kind::List: return destroy_list(static_cast<List*>(object));
    case Kind::Tuple: return destroy_tuple(static_cast<Tuple*>(object));
    case Kind::Generator: {
      // A generator paused in `try`/`with` is closed first (its `finally` runs), as in CPython.
      // One with no handler blocks (a generator expression's, any finished one) has nothing to
      // run: no call to see it.
      auto& generator = *static_cast<Generator*>(object);
      if (!generator.handlers.empty() && finalize_generator(generator)) return;
      break;
    }
    default: break;
  }
  destroy_nested(object);
}

// Free lists: each thread keeps up to kFreeListLimit freed Str (and Bytes, List, Tuple, Function,
// Cell and Generator) objects for its next ones, as CPython keeps free lists, instead of a malloc
// and a free for each (an object freed by another thread than its maker's just joins that
// thread's list).
// Trivially destructible, like the trashcan: a FreeListOwner, made with a thread's first list,
// empties them when the thread ends, and objects freed after that go back to the heap. Sanitizer
// builds use the heap alone, so that it still sees each object's use after free.
namespace {
struct FreeList {
  void* head = nullptr;  // each free block's first word points to the next
  uint32_t size = 0;
  bool owned = false;   // the thread's FreeListOwner is made
  bool closed = false;  // the thread is ending
};
constexpr uint32_t kFreeListLimit = 1024;
thread_local FreeList str_free_list, bytes_free_list, list_free_list, tuple_free_list,
    function_free_list, cell_free_list, generator_free_list, iterator_free_list, complex_free_list;

void drain(FreeList& list) {
  while (list.head) {
    void* next = *static_cast<void**>(list.head);
    ::operator delete(list.head);
    list.head = next;
  }
  list.size = 0;
  list.closed = true;
}

struct FreeListOwner {
  bool made = false;
  ~FreeListOwner() {
    while (spare_lists.size > 0) delete spare_lists.lists[--spare_lists.size];  // to list_free_list
    spare_lists.closed = true;
    for (size_t slot = 0; slot < SpareTuples::kLargestSpare; ++slot) {
      while (spare_tuples.size[slot] > 0) {
        Tuple* tuple = spare_tuples.tuples[slot][--spare_tuples.size[slot]];
        tuple->items.clear();  // released when it was kept
        delete tuple;          // to tuple_free_list
      }
    }
    spare_tuples.closed = true;
    drain(str_free_list);
    drain(bytes_free_list);
    drain(list_free_list);
    drain(tuple_free_list);
    drain(function_free_list);
    drain(cell_free_list);
    drain(generator_free_list);
    drain(iterator_free_list);
    drain(complex_free_list);
  }
};
thread_local FreeListOwner free_list_owner;

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kRecycle = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
constexpr bool kRecycle = false;  // clang
#else
constexpr bool kRecycle = true;
#endif
#else
constexpr bool kRecycle = true;
#endif

void* take(FreeList& list, size_t size) {
  if (kRecycle && list.head) {
    void* block = list.head;
    list.head = *static_cast<void**>(block);
    --list.size;
    return block;
  }
  return ::operator new(size);
}

// GCC 12 at -O1 (the sanitizer builds) inlines this into Str::operator delete and then takes the
// global delete for a mismatch with Str::operator new, which take() serves from the same
// global new: a false -Wmismatched-new-delete.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void give(FreeList& list, void* block, size_t size) {
  if (!kRecycle || list.size >= kFreeListLimit || list.closed)
    return ::operator delete(block, size);
  if (!list.owned) {
    free_list_owner.made = true;  // registers the owner's destructor for this thread
    list.owned = true;
  }
  *static_cast<void**>(block) = list.head;
  list.head = block;
  ++list.size;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// keep_spare()'s release of the items of a list or tuple it keeps (which may free more, kept
// too), the mode looked at once; first the thread's free-list owner, which frees the kept ones
// when the thread ends, is made (`owned` says it is). In line: a call cost as much as releasing
// the handful of ints of fannkuch's small lists.
[[gnu::always_inline]] inline void release_kept_items(const std::vector<Value>& items,
                                                      bool& owned) {
  if (!owned) {
    free_list_owner.made = true;  // registers the owner's destructor for this thread
    owned = true;
  }
  if (free_threaded()) {
    for (Value v : items) decref_in_mode<true>(v);
  } else {
    for (Value v : items) decref_in_mode<false>(v);
  }
}

// destroy_object()'s end of a small list whose count reached zero: its items released and the
// list kept, storage and all, for new_list(). False (nothing done) when it is not kept. A list
// with no storage is kept too: an empty `[]` made and dropped in a loop (`d.setdefault(k, [])`
// of a key already there) then costs neither the object's delete nor its new.
bool keep_spare(List& list) {
  const size_t capacity = list.items.capacity();
  if (!kRecycle || list.of_subclass() || capacity > SpareLists::kSpareCapacity ||
      spare_lists.size >= SpareLists::kSpareLists || spare_lists.closed)
    return false;
  release_kept_items(list.items, spare_lists.owned);
  list.items.clear();
  if (spare_lists.size >= SpareLists::kSpareLists || spare_lists.closed)
    return false;  // deleted, empty
  spare_lists.lists[spare_lists.size++] = &list;
  return true;
}

// destroy_object()'s end of a small tuple whose count reached zero: its items released and the
// tuple kept, storage and all, for make_tuple(items, count). False (nothing kept) otherwise.
bool keep_spare(Tuple& tuple) {
  const size_t slot = tuple.items.size() - 1;  // an empty tuple's wraps past kLargestSpare
  if (!kRecycle || tuple.of_subclass() || tuple.names || slot >= SpareTuples::kLargestSpare ||
      spare_tuples.size[slot] >= SpareTuples::kSparePerSize || spare_tuples.closed)
    return false;
  release_kept_items(tuple.items, spare_tuples.owned);
  if (spare_tuples.size[slot] >= SpareTuples::kSparePerSize || spare_tuples.closed) {
    tuple.items.clear();  // deleted, its items released
    return false;
  }
  spare_tuples.tuples[slot][spare_tuples.size[slot]++] = &tuple;
  return true;
}

}  // namespace

constinit thread_local SpareLists spare_lists;
constinit thread_local SpareTuples spare_tuples;

Value make_tuple_made(const Value* owned_items, size_t count) {
  auto* tuple = new Tuple();
  tuple->items.assign(owned_items, owned_items + count);
  return fresh(tuple);
}

Tuple* new_tuple_made(size_t count) {
  auto* tuple = new Tuple();
  tuple->items.resize(count);  // Undefined items: harmless to release should the caller fail
  return tuple;
}

List* new_list_made(size_t capacity) {
  auto* list = new List();
  list->items.reserve(capacity);
  return list;
}

// Every block on a list has its class's size: operator new sees only that class and no subclass.
void* Str::operator new(size_t size) { return take(str_free_list, size); }
void Str::operator delete(void* p, size_t size) { give(str_free_list, p, size); }
void* Complex::operator new(size_t size) { return take(complex_free_list, size); }
void Complex::operator delete(void* p, size_t size) { give(complex_free_list, p, size); }
void* Bytes::operator new(size_t size) { return take(bytes_free_list, size); }
void Bytes::operator delete(void* p, size_t size) { give(bytes_free_list, p, size); }
void* List::operator new(size_t size) { return take(list_free_list, size); }
void List::operator delete(void* p, size_t size) { give(list_free_list, p, size); }
void* Tuple::operator new(size_t size) { return take(tuple_free_list, size); }
void Tuple::operator delete(void* p, size_t size) { give(tuple_free_list, p, size); }
void* Function::operator new(size_t size) { return take(function_free_list, size); }
void Function::operator delete(void* p, size_t size) { give(function_free_list, p, size); }
void* Cell::operator new(size_t size) { return take(cell_free_list, size); }
void Cell::operator delete(void* p, size_t size) { give(cell_free_list, p, size); }
void* Generator::operator new(size_t size) { return take(generator_free_list, size); }
void Generator::operator delete(void* p, size_t size) { give(generator_free_list, p, size); }
void* Iterator::operator new(size_t size) {
  return size == sizeof(Iterator) ? take(iterator_free_list, size) : ::operator new(size);
}
void Iterator::operator delete(void* p, size_t size) {
  if (size == sizeof(Iterator)) return give(iterator_free_list, p, size);
  ::operator delete(p, size);
}

size_t Str::count_code_points() const {
  // Every byte but UTF-8's continuation bytes (10xxxxxx) starts a code point: counted eight
  // bytes at a time, a continuation byte's top bit set and the next one clear.
  const char* p = text.data();
  const size_t size = text.size();
  size_t continuations = 0, at = 0;
  for (; at + 8 <= size; at += 8) {
    const uint64_t word = load_word(p + at);
    const uint64_t tops = word & ~(word << 1) & kEachByte * 0x80;
    continuations += (tops >> 7) * kEachByte >> 56;  // the sum of the bytes' 0 or 1
  }
  for (; at < size; ++at) continuations += (static_cast<unsigned char>(p[at]) & 0xC0) == 0x80;
  const size_t n = size - continuations;
  note_length(n);
  return n;
}

Value make_str(std::string text) { return fresh(new Str(std::move(text))); }
Value make_str(std::string text, size_t code_points) {
  auto* str = new Str(std::move(text));
  str->note_length(code_points);
  return fresh(str);
}
Value interned_str(std::string_view text) {
  // A per-thread cache in front of the table, by the text's address: the runtime asks for the
  // same literal names ("__getitem__" on every `d[k]` of a script class) over and over, and the
  // table's lock and string hash cost hundreds of instructions. A hit compares the text itself,
  // so that a view whose buffer now holds other text is never mistaken for the name.
  struct CachedName {
    const char* data = nullptr;
    Str* str = nullptr;
  };
  thread_local CachedName cache[64];
  CachedName& cached =
      cache[(reinterpret_cast<uintptr_t>(text.data()) >> 3 ^ text.size()) & 63];
  if (cached.str != nullptr && cached.data == text.data() && cached.str->text == text) {
    Value v = Value::object(cached.str);
    incref(v);
    return v;
  }
  static std::mutex mutex;
  // Views of the Strs' own text. Never destroyed: a table destroyed at exit would leave its strs
  // unreachable while processes (a forked child's exit) still run, and LeakSanitizer would
  // report every name.
  static auto& table = *new std::unordered_map<std::string_view, Str*>;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = table.find(text);
  if (it == table.end()) {
    auto* str = new Str(text);
    immortalize(Value::object(str));
    it = table.emplace(std::string_view(str->text), str).first;
  }
  cached = {text.data(), it->second};
  Value v = Value::object(it->second);
  incref(v);
  return v;
}
uint64_t next_code_serial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}
void Code::make_instruction_caches() {
  if (run_constants) return;  // the operands are cache indices already
  uint32_t attributes = 0, keyword_call_sites = 0;
  for (Instruction ins : code) {
    Op op = decode_op(ins);
    if (has_attribute_cache(op)) ++attributes;
    if (op == Op::CALL_KW || op == Op::CALL_METHOD_KW) ++keyword_call_sites;
  }
  // Only a CALL_KW reads them: most code (no keyword call) does without the two allocations.
  if (keyword_call_sites > 0) {
    cache_slots.assign(code.size(), 0);
    uint32_t site = 0;
    for (size_t i = 0; i < code.size(); ++i) {
      if (decode_op(code[i]) == Op::CALL_KW || decode_op(code[i]) == Op::CALL_METHOD_KW)
        cache_slots[i] = site++;
    }
    keyword_calls = std::make_unique<KeywordCallSite[]>(keyword_call_sites);
  }
  static_assert(sizeof(AttributeCache) % alignof(Value) == 0);
  char* block = static_cast<char*>(
      ::operator new(attributes * sizeof(AttributeCache) + constants.size() * sizeof(Value),
                     std::align_val_t{alignof(AttributeCache)}));
  for (uint32_t i = 0; i < attributes; ++i) new (block + i * sizeof(AttributeCache)) AttributeCache();
  Value* table = reinterpret_cast<Value*>(block + attributes * sizeof(AttributeCache));
  for (size_t i = 0; i < constants.size(); ++i) new (table + i) Value(constants[i]);
  run_constants = table;
  attribute_cache_count = attributes;
  uint32_t next = 0;
  for (Instruction& ins : code) {
    Op op = decode_op(ins);
    if (!has_attribute_cache(op)) continue;
    AttributeCache& cache = attribute_cache(next);
    cache.name_index = decode_operand(ins);
    cache.name = constants[cache.name_index];  // an interned Str (the compiler's str_constant)
    const size_t hash = as_str(cache.name)->cached_hash();
    cache.name_filter_bit = Dict::filter_bit(hash);
    cache.name_second_filter_bit = SharedKeys::second_filter_bit(hash);
    ins = encode(op, next++);
  }
}

Code::~Code() {
  if (run_constants) {
    for (uint32_t i = 0; i < attribute_cache_count; ++i) attribute_cache(i).~AttributeCache();
    ::operator delete(const_cast<char*>(reinterpret_cast<const char*>(run_constants)) -
                          attribute_cache_count * sizeof(AttributeCache),
                      std::align_val_t{alignof(AttributeCache)});
  }
  for (Value v : constants) decref(v);
}

void Code::intern_parameter_names() {
  const size_t count = static_cast<size_t>(arity + kwonly_count);
  parameter_names.clear();
  for (size_t i = 0; i < count && i < local_names.size(); ++i) {
    parameter_names.push_back(as_str(interned_str(local_names[i])));  // immortal: no reference
  }
}
namespace {
// ascii_char()'s table, made on its first call. Apart, so that the calls after it (one per
// character of `for ch in text`) save no registers for it.
[[gnu::noinline]] Str* const* make_ascii_chars() {
  static Str* chars[0x80];
  for (unsigned i = 0; i < 0x80; ++i) {
    chars[i] = new Str(1, static_cast<char>(i));
    chars[i]->note_length(1);
    immortalize(Value::object(chars[i]));
  }
  return chars;
}
}  // namespace

Value ascii_char(unsigned char c) {
  static Str* const* const table = make_ascii_chars();
  Str* str = table[c & 0x7F];
  incref(Value::object(str));
  return Value::object(str);
}

Value make_text_str(std::string_view text, bool ascii) {
  if (ascii && text.size() == 1) return ascii_char(static_cast<unsigned char>(text[0]));
  auto* str = new Str(text);
  if (ascii) str->note_length(text.size());
  return fresh(str);
}

Value make_bytes(std::string data) { return fresh(new Bytes(std::move(data))); }
Value bytes_from(std::string_view data) { return fresh(new Bytes(data)); }
Value make_bytearray(std::string data) { return fresh(new ByteArray(std::move(data))); }

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
  if (!is_kind(sequence, Kind::List))
    raise(exc::TypeError, "expected a list or tuple, got " + type_name(sequence));
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
// ContainerMutex

void ContainerMutex::lock_contended() {
  for (int tries = 0;; ++tries) {
    // Read until it looks free, so that waiting threads do not bounce its cache line.
    if (!__atomic_load_n(&locked_, __ATOMIC_RELAXED) && try_lock()) return;
    if (tries >= 64) std::this_thread::yield();
  }
}

bool keys_equal_unlocking(ContainerMutex& mutex, Value stored, Value key) {
  if (!free_threaded()) return keys_equal(stored, key);
  incref(stored);
  mutex.unlock();
  bool equal = false;
  try {
    equal = keys_equal(stored, key);
  } catch (...) {
    mutex.lock();  // the caller's ContainerLock lets it go again
    decref(stored);
    throw;
  }
  mutex.lock();
  // Held until now, so no key made during the comparison can have the stored key's address and
  // fool the caller's identity check; freed here if the comparison removed it (a destructor runs
  // no script code).
  decref(stored);
  return equal;
}

// ---------------------------------------------------------------------------------------------
// Dict

namespace {

// The hash of an int (hash_value()'s: the value itself), of a str whose hash is cached, of an
// object hashed by identity (identity_hash()), read in line, or of a tuple of ints and strs
// (plain_tuple_hash()); false for any other key, which hash_value() hashes.
[[gnu::always_inline]] inline bool inline_key_hash(Value key, size_t& hash) {
  if (key.is_int()) {
    hash = static_cast<size_t>(key.i);
    return true;
  }
  if (key.is_obj() && key.obj->kind == Kind::Str) {
    // A str made just now (a word split off a line, a slice) is hashed here: hashing text calls
    // nothing that may raise or run a script, so its look-up still goes in line.
    hash = as_str(key)->hash.load(std::memory_order_relaxed);
    if (hash == 0) [[unlikely]]
      hash = as_str(key)->cached_hash();
    return hash != 0;
  }
  if (hashed_by_identity(key)) {
    hash = identity_hash(key.obj);
    return true;
  }
  return key.is_obj() && key.obj->kind == Kind::Tuple && plain_tuple_hash(*as_tuple(key), hash);
}

[[gnu::always_inline]] inline size_t key_hash(Value key) {
  size_t hash;
  return inline_key_hash(key, hash) ? hash : hash_value(key);
}

}  // namespace

// The loop looks for the first entry of the key's hash only, and the keys are compared after it:
// with nothing but hashes compared in it, the loop needs few registers and get() and set() save
// none. Keys that differ under one hash are rare (never two ints: an int is its own hash), and
// go to find_other_locked() as kUndecided.
[[gnu::always_inline]] inline size_t Dict::probe_inline(Value key, size_t hash,
                                                      size_t* empty_slot) const {
  const Entry* const table = entries.data();
  size_t position;
  if (slots.empty()) {  // no index: a few entries, scanned
    const size_t count = entries.size();
    for (position = 0;; ++position) {
      if (position == count) return kAbsent;
      if (table[position].hash == hash && !table[position].is_hole()) break;
    }
  } else {
    const size_t mask = slots.size() - 1;
    const uint32_t* const index = slots.data();
    size_t perturb = hash;
    uint32_t slot;
    for (size_t i = hash & mask;; perturb >>= 5, i = (i * 5 + perturb + 1) & mask) {
      slot = index[i];
      if (slot == 0) {
        if (empty_slot) *empty_slot = i;
        return kAbsent;
      }
      if (slot != kDummySlot && table[slot - 1].hash == hash) break;
    }
    position = slot - 1;
  }
  // Identity first, as CPython's dicts: a key is always found by itself.
  return compare_table_keys(table[position].key(), key) == kKeysEqual ? position : kUndecided;
}

[[gnu::always_inline]] inline size_t Dict::find_locked(Value key, size_t hash) {
  const size_t position = probe_inline(key, hash);
  return position == kUndecided ? find_other_locked(key, hash) : position;
}

size_t Dict::find_other_locked(Value key, size_t hash) {
  // The key at `position`, of the same hash, compared with `key`. A script __eq__ may have
  // changed this dict meanwhile: then the search starts again, as CPython's does.
  enum class Match { kDiffer, kSame, kChanged };
  auto compare_at = [&](size_t position) {
    Value k = entries[position].key();
    const size_t size = entries.size(), table = slots.size();
    const bool same = keys_equal_unlocking(mutex, k, key);
    if (entries.size() != size || slots.size() != table || entries[position].key().tag != k.tag ||
        entries[position].key().i != k.i)
      return Match::kChanged;
    return same ? Match::kSame : Match::kDiffer;
  };
restart:
  if (slots.empty()) {
    for (size_t position = 0; position < entries.size(); ++position) {
      if (entries[position].hash != hash || entries[position].is_hole()) continue;
      const Match match = compare_at(position);
      if (match == Match::kChanged) goto restart;
      if (match == Match::kSame) return position;
    }
    return kAbsent;
  }
  const size_t mask = slots.size() - 1;
  size_t perturb = hash;
  for (size_t i = hash & mask;; i = (i * 5 + perturb + 1) & mask) {
    const uint32_t slot = slots[i];
    if (slot == 0) return kAbsent;
    const size_t position = slot - 1;
    if (slot != kDummySlot && entries[position].hash == hash) {
      const Match match = compare_at(position);
      if (match == Match::kChanged) goto restart;
      if (match == Match::kSame) return position;
    }
    perturb >>= 5;
  }
}

void Dict::rebuild_index_locked() {
  if (used != entries.size()) {  // close the holes
    size_t kept = 0;
    for (Entry& e : entries) {
      if (!e.is_hole()) entries[kept++] = e;
    }
    entries.resize(kept);
    front_holes = 0;
  }
  if (used <= kScannedEntries) {  // few enough to scan: no index
    slots.clear();
    index_fill = 0;
    return;
  }
  // CPython's sizes: room for three times the keys it had before the one that filled the index
  // (GROWTH_RATE), so that the index doubles as the dict grows and a dict that keeps its size
  // while keys come and go rebuilds once per `used` insertions at most; the first index (past
  // the scanned entries) as CPython's table of that many keys, two thirds full at most.
  const size_t wanted = slots.empty() ? used + used / 2 : (used - 1) * 3;
  size_t size = 8;
  while (size < wanted) size *= 2;
  slots.assign(size, 0);
  index_fill = used;
  const size_t mask = size - 1;
  for (size_t position = 0; position < entries.size(); ++position) {
    size_t hash = entries[position].hash, perturb = hash, i = hash & mask;
    while (slots[i] != 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    slots[i] = static_cast<uint32_t>(position + 1);
  }
}

namespace {
// Entries from which grow_entries() follows the index's sizes: their block is large enough that
// room not yet written to is no memory in use.
constexpr size_t kLargeEntries = 2048;
}  // namespace

void Dict::grow_entries() {
  const size_t count = entries.size();
  if (count < kScannedEntries) {
    entries.reserve(count == 0 ? kFirstEntries : count * 2);
    return;
  }
  if (count < kLargeEntries) {
    entries.reserve(count + count / 2);
    return;
  }
  size_t size = 16;
  while (size * 2 / 3 <= count) size *= 2;
  entries.reserve(size * 2 / 3);
}

void Dict::append_locked(Value key, Value value, size_t hash) {
  if (entries.size() == entries.capacity()) grow_entries();
  entries.push_back({key, value, hash});
  ++used;
  key_filter.store(key_filter.load(std::memory_order_relaxed) | filter_bit(hash),
                   std::memory_order_relaxed);
  // Holes close once they outnumber the keys, as CPython's dict resizes when its entries run
  // out: a dict whose first keys go as others come (a queue, an LRU cache) reuses its dummy
  // slots, so the index alone would never fill, and the entries would grow without end.
  if (entries.size() - used > used + kScannedEntries) {
    rebuild_index_locked();
    return;
  }
  if (slots.empty()) {
    if (entries.size() > kScannedEntries) rebuild_index_locked();
    return;
  }
  if (size_t{++index_fill} * 3 > slots.size() * 2) {
    rebuild_index_locked();
    return;
  }
  // The first empty or dummy slot on the key's probe path (the key is absent).
  const size_t mask = slots.size() - 1;
  size_t perturb = hash, i = hash & mask;
  while (slots[i] != 0 && slots[i] != kDummySlot) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  if (slots[i] == kDummySlot) --index_fill;  // reused: no more slots are taken than before
  slots[i] = static_cast<uint32_t>(entries.size());
}

// append_locked() of the key whose probe ended at the empty slot `empty_slot` of the index: the
// key's slot, when the index has no dummies (no holes in the entries, no slot beyond theirs) that
// the new key would take first, and needs no rebuild (a dict comprehension's new keys).
[[gnu::always_inline]] inline void Dict::append_probed(Value key, Value value, size_t hash,
                                                       size_t empty_slot) {
  if (slots.empty() || entries.size() != used || index_fill != used ||
      (size_t{index_fill} + 1) * 3 > slots.size() * 2) {
    append_locked(key, value, hash);
    return;
  }
  if (entries.size() == entries.capacity()) grow_entries();
  entries.push_back({key, value, hash});
  ++used;
  ++index_fill;
  key_filter.store(key_filter.load(std::memory_order_relaxed) | filter_bit(hash),
                   std::memory_order_relaxed);
  slots[empty_slot] = used;
}

size_t Dict::slot_of_locked(size_t position) const {
  const size_t mask = slots.size() - 1;
  size_t perturb = entries[position].hash, i = perturb & mask;
  while (slots[i] != position + 1) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

void Dict::remove_at_locked(size_t position, Entry& removed) {
  if (!slots.empty()) slots[slot_of_locked(position)] = kDummySlot;
  removed = entries[position];
  entries[position] = Entry();
  --used;
  while (!entries.empty() && entries.back().is_hole()) entries.pop_back();
  if (entries.empty()) front_holes = 0;  // (else a live entry lies past them)
}

// get() and set() for ints and strs whose hash is cached, the keys of word counts and int
// tables: the probe in line and nothing called but in tail position, so that no register is
// saved; one copy of it under a GIL (no lock), one free-threaded (under the lock if it is free),
// so that the first carries nothing of the second. Anything else goes to get_general() and
// set_general().
[[gnu::always_inline]] inline bool Dict::get_in_line(Value key, Value& found) {
  size_t hash;
  if (!inline_key_hash(key, hash)) return false;
  size_t position;
  found = Value::undefined();
  if (free_threaded()) {
    if (!mutex.try_lock()) return false;
    position = probe_inline(key, hash);
    if (position < kUndecided) {
      found = entries[position].value();
      incref(found);
    }
    mutex.unlock();
  } else {
    position = probe_inline(key, hash);
    if (position < kUndecided) {
      found = entries[position].value();
      incref(found);
    }
  }
  return position != kUndecided;
}

Value Dict::get(Value key) {
  Value found;
  if (get_in_line(key, found)) return found;
  return get_general(key);
}

bool Dict::try_get(Value key, Value& found) { return get_in_line(key, found); }

void Dict::inherit_default_factory(Dict& other) {
  if (!other.is_defaultdict()) return;
  ContainerLock lock(other.mutex);
  const Value factory = other.default_factory;
  incref(factory);
  default_factory = factory;
}

// get_general() and set_general() come after get_in_line() and set_in_line() found no hash in
// line (or free-threaded, a busy lock): hash_value() gives what key_hash() would.
Value Dict::get_general(Value key) {
  const size_t hash = hash_value(key);
  ContainerLock lock(mutex);
  const size_t position = find_locked(key, hash);
  if (position == kAbsent) return Value::undefined();
  Value v = entries[position].value();
  incref(v);
  return v;
}

Value Dict::get_hinted(Value key, uint32_t& hint) {
  ContainerLock lock(mutex);
  size_t position = hint;
  if (!has_key_at(position, key)) {
    const size_t hash = key_hash(key);
    if (!may_contain(hash)) return Value::undefined();
    position = find_locked(key, hash);
    if (position == kAbsent) return Value::undefined();
    hint = static_cast<uint32_t>(position);
  }
  Value v = entries[position].value();
  incref(v);
  return v;
}

void Dict::set_hinted(Value key, Value value, uint32_t& hint) {
  Value old = Value::undefined();
  {
    ContainerLock lock(mutex);
    size_t position = hint;
    if (!has_key_at(position, key)) {
      const size_t hash = key_hash(key);
      position = find_locked(key, hash);
      if (position == kAbsent) {
        incref(key);
        incref(value);
        append_locked(key, value, hash);
        hint = static_cast<uint32_t>(entries.size() - 1);
        return;
      }
      hint = static_cast<uint32_t>(position);
    }
    incref(value);
    old = entries[position].value();
    entries[position].set_value(value);
  }
  decref(old);
}

bool Dict::contains(Value key) {
  const size_t hash = key_hash(key);
  if (!may_contain(hash)) return false;
  ContainerLock lock(mutex);
  return find_locked(key, hash) != kAbsent;
}

Membership Dict::membership(Value key) {
  size_t hash;
  if (!inline_key_hash(key, hash)) return Membership::kUndecided;
  if (!may_contain(hash)) return Membership::kAbsent;
  size_t position;
  if (free_threaded()) {
    if (!mutex.try_lock()) return Membership::kUndecided;
    position = probe_inline(key, hash);
    mutex.unlock();
  } else {
    position = probe_inline(key, hash);
  }
  return position == kAbsent     ? Membership::kAbsent
         : position == kUndecided ? Membership::kUndecided
                                  : Membership::kPresent;
}

template <bool kNewKeysLikely>
[[gnu::always_inline]] inline bool Dict::set_in_line(Value key, Value value) {
  size_t hash;
  if (!inline_key_hash(key, hash)) return false;
  // Free-threaded, under the lock when it is free (a busy one: the general way).
  const bool locked = free_threaded();
  if (locked && !mutex.try_lock()) return false;
  size_t empty_slot = 0;
  const size_t position = probe_inline(key, hash, kNewKeysLikely ? &empty_slot : nullptr);
  if (position == kUndecided) {
    if (locked) mutex.unlock();
    return false;
  }
  incref(value);
  Value old = Value::undefined();
  if (position == kAbsent) {
    incref(key);
    if (kNewKeysLikely) {
      append_probed(key, value, hash, empty_slot);
    } else {
      append_locked(key, value, hash);
    }
  } else {
    old = entries[position].value();
    entries[position].set_value(value);
  }
  if (locked) mutex.unlock();
  decref(old);
  return true;
}

void Dict::set(Value key, Value value) {
  if (!set_in_line<true>(key, value)) set_general(key, value);
}

bool Dict::try_set(Value key, Value value) { return set_in_line<false>(key, value); }

bool Dict::try_add_int(Value key, int64_t start, int64_t step) {
  size_t hash;
  if (!inline_key_hash(key, hash)) return false;
  // The int under key (ints hold no reference) replaced by its sum with step, if it fits.
  auto add_at = [&](size_t position) {
    int64_t* const value = entries[position].int_value();
    int64_t sum;
    if (!value || __builtin_add_overflow(*value, step, &sum)) return false;
    *value = sum;
    return true;
  };
  if (free_threaded()) {
    if (!mutex.try_lock()) return false;
    const size_t position = probe_inline(key, hash);
    const bool added = position < kUndecided && add_at(position);
    mutex.unlock();
    return added;
  }
  const size_t position = probe_inline(key, hash);
  if (position == kUndecided) return false;
  if (position != kAbsent) return add_at(position);
  int64_t sum;
  if (__builtin_add_overflow(start, step, &sum)) return false;
  incref(key);
  append_locked(key, Value::integer(sum), hash);
  return true;
}

void Dict::set_general(Value key, Value value) {
  const size_t hash = hash_value(key);  // raises for an unhashable key before anything changes
  Value old = Value::undefined();
  {
    ContainerLock lock(mutex);
    const size_t position = find_locked(key, hash);
    incref(value);
    if (position != kAbsent) {
      old = entries[position].value();
      entries[position].set_value(value);
    } else {
      incref(key);
      append_locked(key, value, hash);
    }
  }
  decref(old);
}

Value Dict::set_default(Value key, Value value) {
  const size_t hash = key_hash(key);
  ContainerLock lock(mutex);
  size_t position = find_locked(key, hash);
  if (position == kAbsent) {
    incref(key);
    incref(value);
    append_locked(key, value, hash);
    position = entries.size() - 1;
  }
  Value v = entries[position].value();
  incref(v);
  return v;
}

Value Dict::pop(Value key) {
  const size_t hash = key_hash(key);
  Entry removed;
  {
    ContainerLock lock(mutex);
    const size_t position = find_locked(key, hash);
    if (position == kAbsent) return Value::undefined();
    remove_at_locked(position, removed);
  }
  decref(removed.key());
  return removed.value();
}

size_t Dict::size() {
  ContainerLock lock(mutex);
  return used;
}

bool Dict::pop_item(bool last, Value& key, Value& value) {
  Entry removed;
  {
    ContainerLock lock(mutex);
    size_t position = last ? entries.size() - 1 : front_holes;  // the last is never a hole
    if (!last) {
      while (position < entries.size() && entries[position].is_hole()) ++position;
      front_holes = static_cast<uint32_t>(position);
    }
    if (entries.empty() || position >= entries.size()) return false;
    remove_at_locked(position, removed);
  }
  key = removed.key();
  value = removed.value();
  return true;
}

bool Dict::move_to_end(Value key) {
  const size_t hash = key_hash(key);  // raises for an unhashable key
  ContainerLock lock(mutex);
  const size_t position = find_locked(key, hash);
  if (position == kAbsent) return false;
  if (position + 1 == entries.size()) return true;
  // The slot that holds the entry's position holds its new one.
  if (!slots.empty()) slots[slot_of_locked(position)] = static_cast<uint32_t>(entries.size() + 1);
  const Entry moved = entries[position];
  entries[position] = Entry();
  entries.push_back(moved);
  // The hole closes as append_locked()'s do: once they outnumber the keys, or when a dict
  // without an index gets more entries than are scanned.
  if (entries.size() - used > used + kScannedEntries ||
      (slots.empty() && entries.size() > kScannedEntries))
    rebuild_index_locked();
  return true;
}

std::vector<std::pair<Value, Value>> Dict::snapshot() {
  ContainerLock lock(mutex);
  std::vector<std::pair<Value, Value>> copy;
  copy.reserve(used);
  for (const Entry& e : entries) {
    if (e.is_hole()) continue;
    incref(e.key());
    incref(e.value());
    copy.emplace_back(e.key(), e.value());
  }
  return copy;
}

std::vector<Value> Dict::keys() {
  ContainerLock lock(mutex);
  std::vector<Value> copy;
  copy.reserve(used);
  for (const Entry& e : entries) {
    if (e.is_hole()) continue;
    incref(e.key());
    copy.push_back(e.key());
  }
  return copy;
}

void Dict::copy_from(Dict& source) {
  ContainerLock lock(source.mutex);
  used = source.used;
  if (used == source.entries.size()) {
    entries = source.entries;
    slots = source.slots;
    index_fill = source.index_fill;
  } else {  // its holes left out, and so a new index
    entries.reserve(source.used);
    for (const Entry& e : source.entries) {
      if (!e.is_hole()) entries.push_back(e);
    }
    rebuild_index_locked();
  }
  key_filter.store(source.key_filter.load(std::memory_order_relaxed), std::memory_order_relaxed);
  for (const Entry& e : entries) {
    incref(e.key());
    incref(e.value());
  }
}

}  // namespace gilvm
