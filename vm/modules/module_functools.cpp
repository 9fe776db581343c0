// The `_functools` module: partial, reduce and _lru_cache_wrapper in C++, as CPython's
// Modules/_functoolsmodule.c has them (functools.py imports them). In the VM's Python a call of
// a partial or of an lru_cache'd function ran two or three script frames of its own: a memoized
// fib cost 3.6 times CPython's. Here a call goes straight from the caller to the wrapped
// function (call_value(), which keeps the recursion limit: RecursionError, not a crash).
//
// Both are builtin objects (Instance) whose TypeInfo can be called; the cache wrapper's also
// binds as a function does when found on a class, so it decorates methods.
//
// Free-threaded, the cache is a dict, whose every operation takes its lock, and a bounded cache's
// recency list has a lock of its own, held for a few pointer changes (never around script code):
// threads calling one cached function at once never corrupt either. The counts of hits and
// misses are atomics.
#include "modules/module_functools.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/attributes.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

Dict& as_dict(Value v) { return *static_cast<Dict*>(v.obj); }

// Values the holder owns a reference to each of, released unless taken as a tuple.
class OwnedValues {
 public:
  OwnedValues() = default;
  OwnedValues(const OwnedValues&) = delete;
  OwnedValues& operator=(const OwnedValues&) = delete;
  ~OwnedValues() {
    for (Value v : values_) decref(v);
  }
  void reserve(size_t n) { values_.reserve(n); }
  void add_owned(Value v) { values_.push_back(v); }
  void add(Value v) { add_owned((incref(v), v)); }
  std::vector<Value>& values() { return values_; }
  Value take_tuple() { return make_tuple(std::exchange(values_, {})); }

 private:
  std::vector<Value> values_;
};

// ---- attributes that scripts set (update_wrapper's __wrapped__, __name__, ...)

// The attribute `name` set on the object, or Undefined.
Value own_attribute(Instance& instance, std::string_view name) {
  if (instance.attributes.is_none()) return Value::undefined();
  Ref key = Ref::steal(make_str(std::string(name)));
  return as_dict(instance.attributes).get(key.get());
}

// Sets it (the dict made at the first one: objects are decorated before threads share them).
void set_own_attribute(Instance& instance, std::string_view name, Value value) {
  if (instance.attributes.is_none()) instance.attributes = Value::object(new Dict());
  Ref key = Ref::steal(make_str(std::string(name)));
  as_dict(instance.attributes).set(key.get(), value);
}

// callee(*args, **keywords): the call a wrapper passes on, as it came (the keyword values follow
// the positional ones, as the calls of natives lay them out).
Value call_joined(ThreadState& ts, Value callee, const Value* before, size_t before_count,
                  const Args& args);
[[gnu::always_inline]] inline Value call_through(ThreadState& ts, Value callee, const Args& args) {
  if (args.keyword_count() == 0) return call_value(ts, callee, args.positional, args.count);
  if (args.keyword_values != args.positional + args.count)
    return call_joined(ts, callee, nullptr, 0, args);
  return call_with_keywords(ts, callee, args.positional, args.count + args.keyword_count(),
                            args.keyword_names);
}

// callee(*before, *args, **keywords), for a partial's stored arguments.
Value call_joined(ThreadState& ts, Value callee, const Value* before, size_t before_count,
                  const Args& args) {
  const size_t keywords = args.keyword_count();
  const size_t total = before_count + args.count + keywords;
  constexpr size_t kOnStack = 8;
  union Slots {  // left uninitialized: the copies below fill what is used
    Slots() {}
    Value values[kOnStack];
  } on_stack;
  std::vector<Value> on_heap;
  Value* all = on_stack.values;
  if (total > kOnStack) {
    on_heap.resize(total);
    all = on_heap.data();
  }
  // Loops, not std::copy: a few values each, where memmove's call costs more than the copy.
  Value* to = all;
  for (size_t i = 0; i < before_count; ++i) *to++ = before[i];
  for (size_t i = 0; i < args.count; ++i) *to++ = args.positional[i];
  for (size_t i = 0; i < keywords; ++i) *to++ = args.keyword_values[i];
  return keywords ? call_with_keywords(ts, callee, all, total, args.keyword_names)
                  : call_value(ts, callee, all, total);
}

// ---- partial

Value partial_call(ThreadState& ts, Value self, const Args& args);
Value partial_get(ThreadState&, Instance& instance, std::string_view name);
bool partial_set(ThreadState&, Instance& instance, std::string_view name, Value value);
std::string partial_repr(Value self);

const TypeInfo& partial_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "functools.partial";
    t.get = partial_get;
    t.set = partial_set;
    t.call = partial_call;
    t.repr = partial_repr;
    return t;
  }();
  return type;
}

// partial(func, *args, **keywords): func and args (a tuple) never change. The keywords' dict is
// made when there are any, or when a script asks for it (p.keywords): most partials have none.
struct Partial final : Instance {
  Value func, args;                          // owned
  std::atomic<Dict*> keywords_dict{nullptr};  // owned; nullptr: none
  Partial(Value f, Value a, Dict* k) : Instance(&partial_type()), func(f), args(a), keywords_dict(k) {}
  ~Partial() override {
    decref(func);
    decref(args);
    if (Dict* k = keywords_dict.load(std::memory_order_relaxed)) decref(Value::object(k));
  }
  // The stored keywords, or nullptr when there are none (a borrowed reference).
  Dict* keywords() const { return keywords_dict.load(std::memory_order_acquire); }
  // The keywords' dict, made if there is none yet (a new reference), for p.keywords.
  Value keywords_made() {
    Dict* k = keywords();
    if (!k) {
      auto* made = new Dict();
      if (keywords_dict.compare_exchange_strong(k, made, std::memory_order_acq_rel)) {
        k = made;
      } else {  // another thread made it first: k is its
        decref(Value::object(made));
      }
    }
    incref(Value::object(k));
    return Value::object(k);
  }
};

bool has_keywords(const Partial& p) {
  Dict* k = p.keywords();
  return k && k->size() != 0;
}

bool is_partial(Value v) {
  return is_kind(v, Kind::Instance) && static_cast<Instance*>(v.obj)->type == &partial_type();
}

// The call with the stored keywords merged with the call's (the call's win), as CPython's
// partial_call() merges them.
[[gnu::noinline]] Value partial_call_with_keywords(ThreadState& ts, const Partial& p,
                                                   const Args& args) {
  OwnedValues names, keyword_values;
  if (Dict* k = p.keywords()) {
    for (auto [key, value] : k->snapshot()) {
      names.add_owned(key);
      keyword_values.add_owned(value);
      // (a script may have put anything into p.keywords)
      if (!is_kind(key, Kind::Str)) raise(exc::TypeError, "keywords must be strings");
    }
  }
  std::vector<Value>& stored_names = names.values();
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const Value name = args.keyword_names->items[k];
    size_t i = 0;
    while (i < stored_names.size() && as_str(stored_names[i])->text != as_str(name)->text) ++i;
    if (i < stored_names.size()) {
      Value& slot = keyword_values.values()[i];  // the call's value wins
      const Value replaced = slot;
      slot = args.keyword_values[k];
      incref(slot);
      decref(replaced);
    } else {
      names.add(name);
      keyword_values.add(args.keyword_values[k]);
    }
  }
  const Tuple& stored_args = *as_tuple(p.args);
  std::vector<Value> values(stored_args.items.begin(), stored_args.items.end());  // borrowed
  values.insert(values.end(), args.positional, args.positional + args.count);
  values.insert(values.end(), keyword_values.values().begin(), keyword_values.values().end());
  Ref names_tuple = Ref::steal(names.take_tuple());
  const Tuple& name_tuple = *as_tuple(names_tuple.get());
  return call_with_keywords(ts, p.func, values.data(), values.size(),
                            name_tuple.items.empty() ? nullptr : &name_tuple);
}

Value partial_call(ThreadState& ts, Value self, const Args& args) {
  const Partial& p = *static_cast<Partial*>(self.obj);
  if (args.keyword_count() == 0 && !has_keywords(p)) [[likely]] {
    const Tuple& stored = *as_tuple(p.args);
    return call_joined(ts, p.func, stored.items.data(), stored.items.size(), args);
  }
  return partial_call_with_keywords(ts, p, args);
}

Value partial_get(ThreadState&, Instance& instance, std::string_view name) {
  Partial& p = static_cast<Partial&>(instance);
  if (name == "keywords") return p.keywords_made();
  Value v = name == "func" ? p.func : name == "args" ? p.args : Value::undefined();
  if (!v.is_undefined()) return (incref(v), v);
  return own_attribute(instance, name);
}

bool partial_set(ThreadState&, Instance& instance, std::string_view name, Value value) {
  if (name == "func" || name == "args" || name == "keywords")
    raise(exc::AttributeError, "readonly attribute");
  set_own_attribute(instance, name, value);
  return true;
}

// functools.partial(<function add at 0x...>, 1, c=2)
[[gnu::noinline]] std::string partial_repr(Value self) {
  const Partial& p = *static_cast<Partial*>(self.obj);
  std::string text = "functools.partial(" + repr(p.func);
  for (Value v : as_tuple(p.args)->items) text += ", " + repr(v);
  std::vector<std::pair<Value, Value>> keywords;  // owned
  if (Dict* k = p.keywords()) keywords = k->snapshot();
  for (auto [key, value] : keywords) {
    Ref k = Ref::steal(key), v = Ref::steal(value);
    text += ", " + to_str(key) + "=" + repr(value);
  }
  return text + ")";
}

// partial(func, /, *args, **keywords). A partial of a partial (with no attributes of its own)
// calls the inner one's function directly, as CPython's does.
Value make_partial(ThreadState&, Value, const Args& args) {
  if (args.count == 0) raise(exc::TypeError, "type 'partial' takes at least one argument");
  Value func = args.positional[0];
  if (!is_callable(func)) raise(exc::TypeError, "the first argument must be callable");
  OwnedValues items;
  items.reserve(args.count - 1 + (is_partial(func) ? as_tuple(static_cast<Partial*>(func.obj)->args)->items.size() : 0));
  Ref keywords;  // a Dict, made for the first keyword
  const auto keywords_dict = [&keywords]() -> Dict& {
    if (keywords.get().is_none()) keywords = Ref::steal(Value::object(new Dict()));
    return as_dict(keywords.get());
  };
  if (is_partial(func) && static_cast<Partial*>(func.obj)->attributes.is_none()) {
    const Partial& inner = *static_cast<Partial*>(func.obj);
    for (Value v : as_tuple(inner.args)->items) items.add(v);
    if (has_keywords(inner)) update_dict(keywords_dict(), Value::object(inner.keywords()));
    func = inner.func;
  }
  for (size_t i = 1; i < args.count; ++i) items.add(args.positional[i]);
  for (size_t k = 0; k < args.keyword_count(); ++k)
    keywords_dict().set(args.keyword_names->items[k], args.keyword_values[k]);
  Value stored_args = items.take_tuple();
  incref(func);
  Value stored_keywords = keywords.release();
  return Value::object(new Partial(
      func, stored_args, stored_keywords.is_none() ? nullptr : static_cast<Dict*>(stored_keywords.obj)));
}

// ---- reduce

// reduce(function, iterable[, initial])
Value reduce(ThreadState& ts, Value, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "reduce() takes no keyword arguments");
  if (args.count < 2 || args.count > 3)
    raise(exc::TypeError, std::string("reduce expected at ") +
                              (args.count < 2 ? "least 2" : "most 3") + " arguments, got " +
                              std::to_string(args.count));
  const Value function = args.positional[0];
  Value iterator_value;
  try {
    iterator_value = get_iterator(args.positional[1]);
  } catch (ScriptException& error) {
    if (!static_cast<ExceptionObject*>(error.exception.get().obj)->cls->is_subclass_of(exc::TypeError))
      throw;
    raise(exc::TypeError, "reduce() arg 2 must support iteration");
  }
  Ref iterator = Ref::steal(iterator_value);
  Ref value;
  bool have_value = args.count == 3;
  if (have_value) value = Ref::borrow(args.positional[2]);
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref element = Ref::steal(item);
    if (!have_value) {
      value = std::move(element);
      have_value = true;
      continue;
    }
    const Value pair[2] = {value.get(), element.get()};
    value = Ref::steal(call_value(ts, function, pair, 2));
  }
  if (!have_value)
    raise(exc::TypeError, "reduce() of empty iterable with no initial value");
  return value.release();
}

// ---- the lru_cache wrapper

Value lru_call(ThreadState& ts, Value self, const Args& args);
Value lru_get(ThreadState&, Instance& instance, std::string_view name);
bool lru_set(ThreadState&, Instance& instance, std::string_view name, Value value);
Value lru_cache_info(ThreadState& ts, Value self, const Args& args);
Value lru_cache_clear(ThreadState& ts, Value self, const Args& args);
Value lru_cache_parameters(ThreadState& ts, Value self, const Args& args);

const TypeInfo& lru_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "functools._lru_cache_wrapper";
    t.methods = {{"cache_info", lru_cache_info},
                 {"cache_clear", lru_cache_clear},
                 {"cache_parameters", lru_cache_parameters}};
    t.get = lru_get;
    t.set = lru_set;
    t.call = lru_call;
    t.binds_as_method = true;
    return t;
  }();
  return type;
}

// A bounded cache's recency list, as CPython's: the cache dict maps each key to its link, and
// the links run from the least recently used (root.next) to the most (root.prev).
struct LinkNode {
  LinkNode* prev = nullptr;  // nullptr: not in the list (evicted, or not yet in)
  LinkNode* next = nullptr;
};

const TypeInfo& link_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "functools._lru_list_elem";
    return t;
  }();
  return type;
}

struct LruLink final : Instance, LinkNode {
  Value key, result;  // owned; never change
  LruLink(Value k, Value r) : Instance(&link_type()), key(k), result(r) {
    incref(key);
    incref(result);
  }
  ~LruLink() override {
    decref(key);
    decref(result);
  }
};

struct LruCache final : Instance {
  static constexpr int64_t kUnbounded = -1;
  Value function;         // owned: the cached function
  Value cache_info_type;  // owned: functools' CacheInfo namedtuple
  Value maxsize_value;    // owned: None or an int, as cache_info() reports it
  Value cache;            // owned Dict: key -> result (unbounded), key -> LruLink (bounded)
  int64_t maxsize;        // kUnbounded for maxsize=None
  bool typed;
  std::atomic<int64_t> hits{0}, misses{0};
  // Bounded: the recency list, which holds a reference to each of its links, and its length.
  // Read and changed under list_mutex (free-threaded only), which nothing else is done under.
  LinkNode root;
  int64_t list_length = 0;
  ContainerMutex list_mutex;
  LruCache(Value f, Value info, Value max, int64_t size, bool t)
      : Instance(&lru_type()),
        function(f),
        cache_info_type(info),
        maxsize_value(max),
        cache(Value::object(new Dict())),
        maxsize(size),
        typed(t) {
    attributes = Value::object(new Dict());  // update_wrapper sets __wrapped__ and the rest
    root.prev = root.next = &root;
  }
  ~LruCache() override {
    release_links(take_links());
    decref(function);
    decref(cache_info_type);
    decref(maxsize_value);
    decref(cache);
  }
  // The caller holds list_mutex.
  void unlink(LinkNode& link) {
    link.prev->next = link.next;
    link.next->prev = link.prev;
    link.prev = link.next = nullptr;
  }
  void append(LinkNode& link) {
    link.prev = root.prev;
    link.next = &root;
    root.prev->next = &link;
    root.prev = &link;
  }
  // Empties the list, whose references pass to the caller.
  std::vector<LruLink*> take_links() {
    std::vector<LruLink*> links;
    ContainerLock lock(list_mutex);
    while (root.next != &root) {
      links.push_back(static_cast<LruLink*>(root.next));
      unlink(*root.next);
    }
    list_length = 0;
    return links;
  }
  static void release_links(const std::vector<LruLink*>& links) {
    for (LruLink* link : links) decref(Value::object(static_cast<Instance*>(link)));
  }
};

// What `kwd_mark` of CPython's key stands for: it separates the positional arguments from the
// keyword items.
Value keyword_mark() {
  static const TypeInfo mark_type = [] {
    TypeInfo t;
    t.name = "object";
    return t;
  }();
  static const Value mark = [] {
    Value v = Value::object(new Instance(&mark_type));
    immortalize(v);
    return v;
  }();
  return mark;
}

// CPython's lru_cache_make_key() but for a single int or str argument (make_key()): the
// arguments' tuple, then the keyword mark and the keyword items, then (typed) the arguments'
// types. A new reference.
[[gnu::noinline]] Value make_tuple_key(ThreadState& ts, const LruCache& c, const Args& args) {
  const size_t keywords = args.keyword_count();
  OwnedValues items;
  items.reserve(args.count + (keywords ? 2 * keywords + 1 : 0) + (c.typed ? args.count + keywords : 0));
  for (size_t i = 0; i < args.count; ++i) items.add(args.positional[i]);
  if (keywords) {
    items.add(keyword_mark());
    for (size_t k = 0; k < keywords; ++k) {
      items.add(args.keyword_names->items[k]);
      items.add(args.keyword_values[k]);
    }
  }
  if (c.typed) {
    const Value type = ts.vm.builtin("type");
    const auto add_type = [&](Value v) { items.add_owned(call_value(ts, type, &v, 1)); };
    for (size_t i = 0; i < args.count; ++i) add_type(args.positional[i]);
    for (size_t k = 0; k < keywords; ++k) add_type(args.keyword_values[k]);
  }
  return items.take_tuple();
}

// CPython's lru_cache_make_key(): a single int or str argument, untyped, is its own key (a new
// reference); other arguments make a tuple.
[[gnu::always_inline]] inline Value make_key(ThreadState& ts, const LruCache& c,
                                             const Args& args) {
  if (args.count == 1 && !c.typed && !args.keyword_names) {
    const Value arg = args.positional[0];
    if (arg.is_int() || is_kind(arg, Kind::Str) || is_kind(arg, Kind::BigInt))
      return (incref(arg), arg);
  }
  return make_tuple_key(ts, c, args);
}

// CPython's bounded_lru_cache_wrapper(): a hit moves its link to the end of the list; a miss
// adds one, and the links beyond maxsize go from the front, out of the dict too. Free-threaded,
// the list is changed under its lock and the dict under its own: a link that another thread
// evicted meanwhile is not put back, and one evicted while another thread cached its key
// anew may take that key's new entry out of the dict with it (a later miss).
[[gnu::noinline]] Value bounded_call(ThreadState& ts, LruCache& c, const Args& args) {
  Dict& cache = as_dict(c.cache);
  Ref key = Ref::steal(make_key(ts, c, args));
  Ref found = Ref::steal(cache.get(key.get()));
  if (!found.get().is_undefined()) {
    c.hits.fetch_add(1, std::memory_order_relaxed);
    auto& link = static_cast<LruLink&>(*static_cast<Instance*>(found.get().obj));
    {
      ContainerLock lock(c.list_mutex);
      if (link.prev) {
        c.unlink(link);
        c.append(link);
      }
    }
    incref(link.result);
    return link.result;
  }
  c.misses.fetch_add(1, std::memory_order_relaxed);
  Ref result = Ref::steal(call_through(ts, c.function, args));
  // The call may have cached this very key (recursion): then the result just goes back.
  if (cache.contains(key.get())) return result.release();
  auto* link = new LruLink(key.get(), result.get());  // the list's reference
  {
    Ref in_dict = Ref::borrow(Value::object(static_cast<Instance*>(link)));
    cache.set(key.get(), in_dict.get());
  }
  std::vector<LruLink*> evicted;  // the list's references
  {
    ContainerLock lock(c.list_mutex);
    c.append(*link);
    ++c.list_length;
    while (c.list_length > c.maxsize) {
      auto* oldest = static_cast<LruLink*>(c.root.next);
      c.unlink(*oldest);
      --c.list_length;
      evicted.push_back(oldest);
    }
  }
  for (LruLink* old : evicted) decref(cache.pop(old->key));  // outside the list's lock
  LruCache::release_links(evicted);
  return result.release();
}

Value lru_call(ThreadState& ts, Value self, const Args& args) {
  LruCache& c = *static_cast<LruCache*>(self.obj);
  if (c.maxsize == 0) {  // no caching, only the count
    c.misses.fetch_add(1, std::memory_order_relaxed);
    return call_through(ts, c.function, args);
  }
  if (c.maxsize != LruCache::kUnbounded) return bounded_call(ts, c, args);
  Dict& cache = as_dict(c.cache);
  Ref key = Ref::steal(make_key(ts, c, args));
  Value found = cache.get(key.get());  // an unhashable argument raises TypeError here
  if (!found.is_undefined()) {
    c.hits.fetch_add(1, std::memory_order_relaxed);
    return found;
  }
  c.misses.fetch_add(1, std::memory_order_relaxed);
  Ref result = Ref::steal(call_through(ts, c.function, args));
  cache.set(key.get(), result.get());
  return result.release();
}

Value lru_get(ThreadState&, Instance& instance, std::string_view name) {
  return own_attribute(instance, name);
}

bool lru_set(ThreadState&, Instance& instance, std::string_view name, Value value) {
  set_own_attribute(instance, name, value);
  return true;
}

Value lru_cache_info(ThreadState& ts, Value self, const Args& args) {
  args.expect("cache_info", 0, 0);
  LruCache& c = *static_cast<LruCache*>(self.obj);
  const Value fields[4] = {Value::integer(c.hits.load(std::memory_order_relaxed)),
                           Value::integer(c.misses.load(std::memory_order_relaxed)),
                           c.maxsize_value,
                           Value::integer(static_cast<int64_t>(as_dict(c.cache).size()))};
  return call_value(ts, c.cache_info_type, fields, 4);
}

Value lru_cache_clear(ThreadState& ts, Value self, const Args& args) {
  args.expect("cache_clear", 0, 0);
  LruCache& c = *static_cast<LruCache*>(self.obj);
  c.hits.store(0, std::memory_order_relaxed);
  c.misses.store(0, std::memory_order_relaxed);
  LruCache::release_links(c.take_links());
  Ref clear = Ref::steal(get_attribute(ts, c.cache, *as_str(interned_str("clear"))));
  return call_value(ts, clear.get(), nullptr, 0);
}

Value lru_cache_parameters(ThreadState&, Value self, const Args& args) {
  args.expect("cache_parameters", 0, 0);
  LruCache& c = *static_cast<LruCache*>(self.obj);
  Ref parameters = Ref::steal(Value::object(new Dict()));
  Ref maxsize = Ref::steal(make_str("maxsize")), typed = Ref::steal(make_str("typed"));
  as_dict(parameters.get()).set(maxsize.get(), c.maxsize_value);
  as_dict(parameters.get()).set(typed.get(), Value::boolean(c.typed));
  return parameters.release();
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type), as CPython's.
Value make_lru_cache_wrapper(ThreadState&, Value, const Args& args) {
  auto bound =
      args.bind("_lru_cache_wrapper", {"user_function", "maxsize", "typed", "cache_info_type"}, 4);
  const Value function = bound[0], maxsize_value = bound[1], info = bound[3];
  if (!is_callable(function)) raise(exc::TypeError, "the first argument must be callable");
  int64_t maxsize;
  Value reported = maxsize_value;
  if (maxsize_value.is_none()) {
    maxsize = LruCache::kUnbounded;
  } else if (maxsize_value.is_int() || maxsize_value.is_bool()) {
    maxsize = maxsize_value.is_bool() ? maxsize_value.b : maxsize_value.i;
    if (maxsize < 0) {
      maxsize = 0;
      reported = Value::integer(0);
    }
  } else {
    raise(exc::TypeError, "maxsize should be integer or None");
  }
  incref(function);
  incref(info);
  incref(reported);
  return Value::object(new LruCache(function, info, reported, maxsize, truthy(bound[2])));
}

}  // namespace

Value make_functools_native_module(VM&) {
  auto* module = new Module("_functools");
  module->add_function("reduce", reduce);
  module->add_function("_lru_cache_wrapper", make_lru_cache_wrapper);
  // Named as the type it makes, so that isinstance(p, partial) matches its instances.
  module->add("partial", Value::object(new Native("partial", make_partial)));
  return Value::object(module);
}

}  // namespace gilvm
