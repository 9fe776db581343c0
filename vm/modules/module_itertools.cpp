// The `itertools` module, as CPython's Modules/itertoolsmodule.c: each iterator a NativeIterator
// (runtime/native_iterator.h) whose next() is C++, with CPython 3.11's results, order, laziness
// and argument errors. (It was lib/itertools.py, generators in the VM's Python: 4.4 times
// CPython's instructions on a mix of them, and 6 M instructions to compile at each import.)
//
// References: each iterator owns what it holds (its inputs and function in Iterator's fields,
// the rest in its own, released by its destructor). Threads: next() runs under NextLock, so
// free-threaded it is one thread's at a time; under a GIL another thread may run next() of the
// same iterator while this one is in a call that runs script code (an input's __next__, a key
// function), so next() holds its own references to what it calls and keeps the state whole
// across each call.
//
// Differs from CPython: the types are builtins named as CPython's (`type(x).__name__`,
// isinstance()), but print as functions, cannot be subclassed, and have no __copy__, __reduce__,
// __setstate__ or __length_hint__; batched() is 3.12's and absent.
#include "modules/module_itertools.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "modules/builtins.h"
#include "runtime/bigint.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/native_iterator.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// ---- Arguments ----

// Binds arguments as CPython's Argument Clinic does for these types: `names` in order, the
// first `positional_most` of which may come by position, the first `required` needed. Missing
// ones come back Undefined. The messages are CPython's.
std::vector<Value> bind_arguments(const Args& args, const std::string& function,
                                  std::initializer_list<std::string_view> names, size_t required,
                                  size_t positional_most) {
  const size_t total = args.count + args.keyword_count();
  if (total > names.size())
    raise(exc::TypeError, function + "() takes at most " + std::to_string(names.size()) +
                              " argument" + (names.size() == 1 ? "" : "s") + " (" +
                              std::to_string(total) + " given)");
  if (args.count > positional_most)
    raise(exc::TypeError, function + "() takes at most " + std::to_string(positional_most) +
                              " positional argument" + (positional_most == 1 ? "" : "s") + " (" +
                              std::to_string(args.count) + " given)");
  std::vector<Value> bound(names.size(), Value::undefined());
  std::copy(args.positional, args.positional + args.count, bound.begin());
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    const auto* found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
      raise(exc::TypeError, "'" + name + "' is an invalid keyword argument for " + function + "()");
    const size_t index = static_cast<size_t>(found - names.begin());
    if (!bound[index].is_undefined())
      raise(exc::TypeError, "argument for " + function + "() given by name ('" + name +
                                "') and position (" + std::to_string(index + 1) + ")");
    bound[index] = args.keyword_values[k];
  }
  for (size_t i = 0; i < required; ++i) {
    if (bound[i].is_undefined())
      raise(exc::TypeError, function + "() missing required argument '" +
                                std::string(names.begin()[i]) + "' (pos " + std::to_string(i + 1) +
                                ")");
  }
  return bound;
}

// A Py_ssize_t argument (repeat's times, tee's n, r, product's repeat).
int64_t size_argument(Value v) {
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b ? 1 : 0;
  if (is_bigint(v)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

void take_function(Iterator& it, Value function) {
  incref(function);
  it.function = function;
}

// iter(iterable) as the iterator's input.
void add_input(Iterator& it, Value iterable) { it.inputs.push_back(get_iterator(iterable)); }

Value made(NativeIterator* it) { return Value::object(it); }

// The items of an iterable as a tuple (a new reference): itself when it is one.
Value tuple_of(Value iterable) {
  if (is_kind(iterable, Kind::Tuple)) {
    incref(iterable);
    return iterable;
  }
  return make_tuple(collect(iterable));  // as tuple(iterable): a range's or list's items copied
}

Value hand_out(Value result) {
  incref(result);
  return result;
}

// ---- count, cycle, repeat ----

bool is_number(Value v) { return v.is_int() || v.is_bool() || v.is_float() || is_bigint(v); }

struct Count final : NativeIterator {
  Value current, increment;  // owned
  ~Count() override {
    decref(current);
    decref(increment);
  }
  const char* type_name() const override { return "count"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    int64_t sum;
    const Value following = current.is_int() && increment.is_int() &&
                                    !__builtin_add_overflow(current.i, increment.i, &sum)
                                ? Value::integer(sum)
                                : binary_op(Op::ADD, current, increment);
    out = current;  // the iterator's reference moves to the caller
    current = following;
    return true;
  }
  std::string repr() const override {
    const bool unit_step = increment.is_int() && increment.i == 1;
    return "count(" + gilvm::repr(current) + (unit_step ? "" : ", " + gilvm::repr(increment)) + ")";
  }
};

Value make_count(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = bind_arguments(args, "count", {"start", "step"}, 0, 2);
  const Value start = bound[0].is_undefined() ? Value::integer(0) : bound[0];
  const Value step = bound[1].is_undefined() ? Value::integer(1) : bound[1];
  if (!is_number(start) || !is_number(step)) raise(exc::TypeError, "a number is required");
  auto* it = new Count();
  incref(start);
  incref(step);
  it->current = start;
  it->increment = step;
  return made(it);
}

// The input's items, each saved as it passes (inputs[0]), then the saved ones over and over.
struct Cycle final : NativeIterator {
  std::vector<Value> saved;  // owned
  size_t index = 0;
  bool replaying = false;
  ~Cycle() override {
    for (Value v : saved) decref(v);
  }
  const char* type_name() const override { return "cycle"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    if (!replaying) {
      if (iterator_next(inputs[0], out)) {
        incref(out);
        saved.push_back(out);
        return true;
      }
      replaying = true;
    }
    if (saved.empty()) return false;
    if (index >= saved.size()) index = 0;
    out = saved[index++];
    incref(out);
    return true;
  }
};

// An iterator of type T over its one argument's iterator: cycle(), pairwise().
template <class T>
Value make_over_one_input(const char* name, const Args& args) {
  args.expect_as_type(name, 1, 1);
  auto* it = new T();
  Ref owned = Ref::steal(made(it));
  add_input(*it, args.positional[0]);
  return owned.release();
}

Value make_cycle(ThreadState&, Value, const Args& args) {
  return make_over_one_input<Cycle>("cycle", args);
}

struct Repeat final : NativeIterator {
  Value object;  // owned
  bool forever = true;
  int64_t remaining = 0;  // unless forever
  ~Repeat() override { decref(object); }
  const char* type_name() const override { return "repeat"; }
  bool next(Value& out) override {
    if (!forever) {
      NextLock lock(mutex, owner);
      if (remaining == 0) return false;
      --remaining;
    }
    out = object;
    incref(out);
    return true;
  }
  std::string repr() const override {
    return "repeat(" + gilvm::repr(object) + (forever ? "" : ", " + std::to_string(remaining)) +
           ")";
  }
};

Value make_repeat(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = bind_arguments(args, "repeat", {"object", "times"}, 1, 2);
  auto* it = new Repeat();
  incref(bound[0]);
  it->object = bound[0];
  Ref owned = Ref::steal(made(it));
  if (!bound[1].is_undefined()) {
    it->remaining = std::max<int64_t>(size_argument(bound[1]), 0);
    it->forever = false;
  }
  return owned.release();
}

// ---- accumulate, chain ----

// Running totals of inputs[0] by `function` (None: +), from `initial` when it is not None.
struct Accumulate final : NativeIterator {
  Value total = Value::undefined(), initial = Value::none();  // owned
  ~Accumulate() override {
    decref(total);
    decref(initial);
  }
  const char* type_name() const override { return "accumulate"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    if (!initial.is_none()) {
      replace_total(initial);  // the reference moves
      initial = Value::none();
      out = hand_out(total);
      return true;
    }
    Value item;
    if (!iterator_next(inputs[0], item)) return false;
    Ref owned_item = Ref::steal(item);
    if (total.is_undefined()) {
      replace_total(owned_item.release());
      out = hand_out(total);
      return true;
    }
    Value pair[2] = {total, item};
    Ref previous = Ref::borrow(total);
    const Value sum = function.is_none() ? binary_op(Op::ADD, pair[0], pair[1])
                                         : call_value(current_thread_state(), function, pair, 2);
    replace_total(sum);
    out = hand_out(sum);
    return true;
  }
  void replace_total(Value owned) {
    const Value old = total;
    total = owned;
    decref(old);
  }
};

Value make_accumulate(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound =
      bind_arguments(args, "accumulate", {"iterable", "func", "initial"}, 1, 2);
  auto* it = new Accumulate();
  Ref owned = Ref::steal(made(it));
  add_input(*it, bound[0]);
  take_function(*it, bound[1].is_undefined() ? Value::none() : bound[1]);
  if (!bound[2].is_undefined()) {
    incref(bound[2]);
    it->initial = bound[2];
  }
  return owned.release();
}

// The items of each iterable that `source` (an iterator) gives, one after another. A list or
// tuple is read in place (`in_place`: `active` is the list or tuple, `position` its next index),
// as its own iterator would read it, without making one; any other through its iterator.
struct Chain final : NativeIterator {
  Value source = Value::undefined(), active = Value::undefined();  // owned
  bool in_place = false;
  size_t position = 0;
  ~Chain() override {
    decref(source);
    decref(active);
  }
  const char* type_name() const override { return "chain"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    for (;;) {
      if (active.is_undefined() && !next_iterable()) return false;
      if (in_place) {
        if (item_in_place(out)) return true;
        clear_if(active, active);
        continue;
      }
      Ref current = Ref::borrow(active);
      if (iterator_next(current.get(), out)) return true;
      clear_if(active, current.get());
    }
  }
  // The next iterable from `source` into `active`; false at the end.
  bool next_iterable() {
    if (source.is_undefined()) return false;
    Ref iterables = Ref::borrow(source);
    Value iterable;
    if (!iterator_next(iterables.get(), iterable)) {
      clear_if(source, iterables.get());
      return false;
    }
    Ref owned_iterable = Ref::steal(iterable);
    const bool sequence = is_kind(iterable, Kind::List) || is_kind(iterable, Kind::Tuple);
    const Value following = sequence ? owned_iterable.release() : get_iterator(iterable);
    const Value old = active;
    active = following;
    in_place = sequence;
    position = 0;
    decref(old);
    return true;
  }
  // The item at `position` of the list or tuple `active` (calls nothing).
  bool item_in_place(Value& out) {
    if (active.obj->kind == Kind::Tuple) {
      const std::vector<Value>& items = as_tuple(active)->items;
      if (position >= items.size()) return false;
      out = items[position++];
    } else {
      List& list = *as_list(active);
      ContainerLock list_lock(list.mutex);
      if (position >= list.items.size()) return false;
      out = list.items[position++];
      incref(out);  // under the list's lock: another thread may remove it next
      return true;
    }
    incref(out);
    return true;
  }
  // Lets go of `field` if it still holds `value` (another thread may have moved it on).
  static void clear_if(Value& field, Value value) {
    if (field.is_undefined() || field.obj != value.obj) return;
    field = Value::undefined();
    decref(value);
  }
};

Value chain_over(Value iterable) {
  auto* it = new Chain();
  Ref owned = Ref::steal(made(it));
  it->source = get_iterator(iterable);
  return owned.release();
}

Value make_chain(ThreadState&, Value, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "chain() takes no keyword arguments");
  std::vector<Value> iterables(args.positional, args.positional + args.count);
  for (Value v : iterables) incref(v);
  Ref tuple = Ref::steal(make_tuple(std::move(iterables)));
  return chain_over(tuple.get());
}

Value chain_from_iterable(ThreadState&, Value, const Args& args) {
  args.expect_one("chain.from_iterable");
  return chain_over(args.positional[0]);
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ----

struct Compress final : NativeIterator {  // inputs: data, selectors
  const char* type_name() const override { return "compress"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    for (;;) {
      Value datum, selector;
      if (!iterator_next(inputs[0], datum)) return false;
      Ref owned_datum = Ref::steal(datum);
      if (!iterator_next(inputs[1], selector)) return false;
      if (truthy(Ref::steal(selector).get())) {
        out = owned_datum.release();
        return true;
      }
    }
  }
};

Value make_compress(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = bind_arguments(args, "compress", {"data", "selectors"}, 2, 2);
  auto* it = new Compress();
  Ref owned = Ref::steal(made(it));
  add_input(*it, bound[0]);
  add_input(*it, bound[1]);
  return owned.release();
}

// function(item) for a predicate's verdict.
bool holds(Value function, Value item) {
  return truthy(Ref::steal(call_value(current_thread_state(), function, &item, 1)).get());
}

struct DropWhile final : NativeIterator {
  bool dropped = false;  // the predicate has failed once: the rest pass
  const char* type_name() const override { return "dropwhile"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    for (;;) {
      if (!iterator_next(inputs[0], out)) return false;
      if (dropped) return true;
      Ref item = Ref::steal(out);
      if (!holds(function, out)) {
        dropped = true;
        out = item.release();
        return true;
      }
    }
  }
};

struct TakeWhile final : NativeIterator {
  bool stopped = false;
  const char* type_name() const override { return "takewhile"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    if (stopped) return false;
    if (!iterator_next(inputs[0], out)) return false;
    Ref item = Ref::steal(out);
    if (holds(function, out)) {
      out = item.release();
      return true;
    }
    stopped = true;
    return false;
  }
};

struct FilterFalse final : NativeIterator {  // function None: by the item's truth
  const char* type_name() const override { return "filterfalse"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    for (;;) {
      if (!iterator_next(inputs[0], out)) return false;
      Ref item = Ref::steal(out);
      if (!(function.is_none() ? truthy(out) : holds(function, out))) {
        out = item.release();
        return true;
      }
    }
  }
};

struct StarMap final : NativeIterator {
  const char* type_name() const override { return "starmap"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    Value item;
    if (!iterator_next(inputs[0], item)) return false;
    Ref arguments = Ref::steal(item);
    if (!is_kind(item, Kind::Tuple)) arguments = Ref::steal(tuple_of(item));
    const std::vector<Value>& values = as_tuple(arguments.get())->items;
    out = call_value(current_thread_state(), function, values.data(), values.size());
    return true;
  }
};

// predicate(function, iterable) iterators: CPython's "dropwhile expected 2 arguments, got 1".
template <typename Made>
Value make_with_function(const Args& args, const char* name) {
  args.expect_as_type(name, 2, 2);
  auto* it = new Made();
  Ref owned = Ref::steal(made(it));
  take_function(*it, args.positional[0]);
  add_input(*it, args.positional[1]);
  return owned.release();
}

Value make_dropwhile(ThreadState&, Value, const Args& args) {
  return make_with_function<DropWhile>(args, "dropwhile");
}
Value make_takewhile(ThreadState&, Value, const Args& args) {
  return make_with_function<TakeWhile>(args, "takewhile");
}
Value make_filterfalse(ThreadState&, Value, const Args& args) {
  return make_with_function<FilterFalse>(args, "filterfalse");
}
Value make_starmap(ThreadState&, Value, const Args& args) {
  return make_with_function<StarMap>(args, "starmap");
}

struct Pairwise final : NativeIterator {
  Value previous = Value::undefined();  // owned
  bool done = false;
  ~Pairwise() override { decref(previous); }
  const char* type_name() const override { return "pairwise"; }
  bool next(Value& out) override {
    Value first, second;
    if (!next_pair(first, second)) return false;
    out = make_tuple({first, second});
    return true;
  }
  // `for a, b in pairwise(x)`: the pair pushed as UNPACK would push it, no tuple made.
  UnpackedNext next_unpacked(uint32_t count, Value* top) override {
    if (count != 2) return UnpackedNext::kOther;
    return next_pair(top[1], top[0]) ? UnpackedNext::kItems : UnpackedNext::kDone;
  }
  // The next pair's items, new references; false at the end.
  bool next_pair(Value& first, Value& second) {
    NextLock lock(mutex, owner);
    if (done) return false;
    if (previous.is_undefined()) {
      Value start;
      if (!iterator_next(inputs[0], start)) return finish();
      const Value old = previous;  // (Undefined unless another thread read one meanwhile)
      previous = start;
      decref(old);
    }
    Value item;
    if (!iterator_next(inputs[0], item)) return finish();
    if (previous.is_undefined()) {  // another thread ended it meanwhile (under a GIL)
      decref(item);
      return false;
    }
    first = previous;  // its reference moves out
    incref(item);
    previous = item;
    second = item;
    return true;
  }
  bool finish() {
    done = true;
    const Value old = previous;
    previous = Value::undefined();
    decref(old);
    return false;
  }
};

Value make_pairwise(ThreadState&, Value, const Args& args) {
  return make_over_one_input<Pairwise>("pairwise", args);
}

// ---- islice ----

// CPython's islice_next: it reads no item past the last one it gives.
struct Islice final : NativeIterator {
  int64_t next_index = 0, end = -1, stride = 1, consumed = 0;  // end -1: none
  const char* type_name() const override { return "islice"; }
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    if (inputs.empty()) return false;
    Ref source = Ref::borrow(inputs[0]);
    while (consumed < next_index) {
      Value skipped;
      if (!iterator_next(source.get(), skipped)) return finish(source.get());
      decref(skipped);
      ++consumed;
    }
    if (end != -1 && consumed >= end) return finish(source.get());
    if (!iterator_next(source.get(), out)) return finish(source.get());
    ++consumed;
    const int64_t old_next = next_index;
    if (__builtin_add_overflow(next_index, stride, &next_index) || next_index < old_next ||
        (end != -1 && next_index > end))
      next_index = end;
    return true;
  }
  // At the end it lets go of its input, as CPython's.
  bool finish(Value source) {
    if (!inputs.empty() && inputs[0].obj == source.obj) {
      inputs.clear();
      decref(source);
    }
    return false;
  }
};

// A start or stop: None (-1) or an int in [0, sys.maxsize].
int64_t islice_index(Value v, const char* message) {
  if (v.is_none()) return -1;
  if (v.is_bool()) return v.b ? 1 : 0;
  if (!v.is_int() || v.i < 0) raise(exc::ValueError, message);
  return v.i;
}

Value make_islice(ThreadState&, Value, const Args& args) {
  args.expect_as_type("islice", 2, 4);
  static const char* const kStop =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  static const char* const kIndices =
      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, end, stride = 1;
  if (args.count == 2) {
    end = islice_index(args.positional[1], kStop);
  } else {
    end = islice_index(args.positional[2], kStop);
    start = std::max<int64_t>(islice_index(args.positional[1], kIndices), 0);
    if (args.count == 4 && !args.positional[3].is_none()) {
      const Value s = args.positional[3];
      stride = s.is_int() ? s.i : s.is_bool() ? (s.b ? 1 : 0) : -1;
      if (stride <= 0)
        raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
    }
  }
  auto* it = new Islice();
  Ref owned = Ref::steal(made(it));
  add_input(*it, args.positional[0]);
  it->next_index = start;
  it->end = end;
  it->stride = stride;
  return owned.release();
}

// ---- tee ----

// tee's buffer: the items read from the source, in links of kSize, shared by the tee iterators;
// a link goes when no iterator is at or before it (shared_ptr).
struct TeeLink {
  static constexpr size_t kSize = 57;  // CPython's LINKCELLS
  Value values[kSize];                 // owned, the first `count`
  size_t count = 0;
  std::shared_ptr<TeeLink> next;
  ~TeeLink() {
    for (size_t i = 0; i < count; ++i) decref(values[i]);
    // The links after this one that nothing else holds go one at a time, not recursively:
    // a long buffer would overflow the stack.
    std::shared_ptr<TeeLink> following = std::move(next);
    while (following && following.use_count() == 1) following = std::move(following->next);
  }
};

struct TeeShared {
  ContainerMutex mutex;
  std::atomic<const ThreadState*> owner{nullptr};
  Value source;          // owned iterator
  bool running = false;  // a tee iterator is reading the source (CPython's "re-enter" check)
  ~TeeShared() { decref(source); }
};

struct Tee final : NativeIterator {
  std::shared_ptr<TeeShared> shared;
  std::shared_ptr<TeeLink> link;
  size_t index = 0;  // in `link`
  const char* type_name() const override { return "_tee"; }
  bool next(Value& out) override {
    TeeShared& state = *shared;
    NextLock lock(state.mutex, state.owner, "cannot re-enter the tee iterator");
    if (index == TeeLink::kSize) {
      if (!link->next) link->next = std::make_shared<TeeLink>();
      link = link->next;
      index = 0;
    }
    if (index < link->count) {
      out = link->values[index++];
      incref(out);
      return true;
    }
    // The link is the last and not full: read the next item into it.
    if (state.running) raise(exc::RuntimeError, "cannot re-enter the tee iterator");
    state.running = true;
    bool more;
    try {
      more = iterator_next(state.source, out);
    } catch (...) {
      state.running = false;
      throw;
    }
    state.running = false;
    if (!more) return false;
    incref(out);
    link->values[link->count++] = out;
    ++index;
    return true;
  }
  Tee* copy() const {
    auto* made = new Tee();
    made->shared = shared;
    made->link = link;
    made->index = index;
    return made;
  }
};

Value make_tee(ThreadState&, Value, const Args& args) {
  args.expect_as_type("tee", 1, 2);
  const int64_t n = args.count == 2 ? size_argument(args.positional[1]) : 2;
  if (n < 0) raise(exc::ValueError, "n must be >= 0");
  const Value iterable = args.positional[0];
  Ref first;
  // tee(t) of a tee iterator: t and copies of it, as CPython's (its __copy__).
  if (is_kind(iterable, Kind::Iterator) && dynamic_cast<Tee*>(iterable.obj)) {
    first = Ref::borrow(iterable);
  } else {
    Ref source = Ref::steal(get_iterator(iterable));
    auto* tee = new Tee();
    first = Ref::steal(made(tee));
    tee->shared = std::make_shared<TeeShared>();
    tee->shared->source = source.release();
    tee->link = std::make_shared<TeeLink>();
  }
  std::vector<Value> tees;
  if (n > 0) {
    const Tee& model = *static_cast<Tee*>(first.get().obj);
    tees.push_back(first.release());
    for (int64_t i = 1; i < n; ++i) tees.push_back(made(model.copy()));
  }
  return make_tuple(std::move(tees));
}

// ---- zip_longest ----

struct ZipLongest final : NativeIterator {  // inputs: None once one ran out
  Value fill = Value::none();               // owned
  size_t active = 0;
  ~ZipLongest() override { decref(fill); }
  const char* type_name() const override { return "zip_longest"; }
  bool next(Value& out) override {
    constexpr size_t kFew = 4;  // a row of a few on the C++ stack, into a spare tuple
    const size_t count = inputs.size();
    Value few[kFew];
    std::vector<Value> many(count > kFew ? count : 0);
    Value* row = count > kFew ? many.data() : few;
    if (!next_row(row, count)) return false;
    out = make_tuple(row, count);
    return true;
  }
  // `for a, b in zip_longest(x, y)`: the row pushed as UNPACK would push it, no tuple made.
  UnpackedNext next_unpacked(uint32_t count, Value* top) override {
    constexpr size_t kMost = 4;
    Value row[kMost];
    if (count != inputs.size() || count > kMost) return UnpackedNext::kOther;
    if (!next_row(row, count)) return UnpackedNext::kDone;
    for (size_t i = 0; i < count; ++i) top[count - 1 - i] = row[i];
    return UnpackedNext::kItems;
  }
  // The next row's `count` items (one per input: `inputs` may not change size) into `row`, new
  // references; false at the end.
  bool next_row(Value* row, size_t count) {
    NextLock lock(mutex, owner);
    if (active == 0) return false;
    size_t taken = 0;
    try {
      for (; taken < count; ++taken) {
        Value item = fill;
        if (!inputs[taken].is_none()) {
          Ref input = Ref::borrow(inputs[taken]);
          if (iterator_next(input.get(), item)) {
            row[taken] = item;
            continue;
          }
          if (inputs[taken].is_obj() && inputs[taken].obj == input.get().obj) {  // not let go
            inputs[taken] = Value::none();
            decref(input.get());
            if (active > 0) --active;
          }
          if (active == 0) {
            for (size_t k = 0; k < taken; ++k) decref(row[k]);
            return false;
          }
          item = fill;
        }
        incref(item);
        row[taken] = item;
      }
    } catch (...) {
      for (size_t k = 0; k < taken; ++k) decref(row[k]);
      throw;
    }
    return true;
  }
};

Value make_zip_longest(ThreadState&, Value, const Args& args) {
  Value fill = Value::none();
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    if (as_str(args.keyword_names->items[k])->text != "fillvalue")
      raise(exc::TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args.keyword_values[k];
  }
  auto* it = new ZipLongest();
  Ref owned = Ref::steal(made(it));
  incref(fill);
  it->fill = fill;
  for (size_t i = 0; i < args.count; ++i) add_input(*it, args.positional[i]);
  it->active = it->inputs.size();
  return owned.release();
}

// ---- groupby ----

struct GroupBy final : NativeIterator {  // inputs[0]: the items; function: the key (None: item)
  Value target_key = Value::undefined(), current_key = Value::undefined(),
        current_value = Value::undefined();  // owned
  // The group iterator last handed out, the only one that may still give items (compared,
  // never followed).
  const void* current_group = nullptr;
  ~GroupBy() override {
    decref(target_key);
    decref(current_key);
    decref(current_value);
  }
  const char* type_name() const override { return "groupby"; }
  bool next(Value& out) override {
    Value key, group;
    if (!next_group(key, group)) return false;
    out = make_tuple({key, group});
    return true;
  }
  // `for k, g in groupby(x)`: the key and group pushed as UNPACK would push the pair.
  UnpackedNext next_unpacked(uint32_t count, Value* top) override {
    if (count != 2) return UnpackedNext::kOther;
    if (!next_group(top[1], top[0])) return UnpackedNext::kDone;
    return UnpackedNext::kItems;
  }
  // The next group's key and its Grouper, new references; false at the end.
  bool next_group(Value& key, Value& group);
  // Reads the next item and its key into current_value and current_key; false at the end.
  // The caller holds the lock.
  bool step() {
    Value value;
    if (!iterator_next(inputs[0], value)) return false;
    Ref owned_value = Ref::steal(value);
    Value key = value;
    if (function.is_none())
      incref(key);
    else
      key = call_value(current_thread_state(), function, &value, 1);
    const Value old_value = current_value, old_key = current_key;
    current_value = owned_value.release();
    current_key = key;
    decref(old_value);
    decref(old_key);
    return true;
  }
};

// values_equal(a, b) with references of its own: a call may run script code that moves the
// groupby on.
bool group_keys_equal(Value a, Value b) {
  // Identity first, as PyObject_RichCompareBool (sorted text's characters are shared objects).
  if (a.is_obj() && b.is_obj() && a.obj == b.obj) return true;
  if (a.is_int() && b.is_int()) return a.i == b.i;
  if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str))  // groupby(sorted(text))
    return as_str(a)->text == as_str(b)->text;
  Ref left = Ref::borrow(a), right = Ref::borrow(b);
  return values_equal(left.get(), right.get());
}

// The items of one group: while the groupby's current key equals the group's.
struct Grouper final : NativeIterator {
  Value parent, key;  // owned: the GroupBy and its key for this group
  Grouper(Value p, Value k) : parent(p), key(k) {
    incref(parent);
    incref(key);
  }
  ~Grouper() override {
    decref(parent);
    decref(key);
  }
  const char* type_name() const override { return "_grouper"; }
  bool next(Value& out) override {
    GroupBy& group_by = *static_cast<GroupBy*>(static_cast<Iterator*>(parent.obj));
    NextLock lock(group_by.mutex, group_by.owner);
    if (group_by.current_group != this) return false;
    if (group_by.current_value.is_undefined() && !group_by.step()) return false;
    if (group_by.current_key.is_undefined() || !group_keys_equal(key, group_by.current_key) ||
        group_by.current_value.is_undefined())  // (another thread took the item meanwhile)
      return false;
    out = group_by.current_value;  // the groupby's reference moves to the caller
    group_by.current_value = Value::undefined();
    const Value old_key = group_by.current_key;
    group_by.current_key = Value::undefined();
    decref(old_key);
    return true;
  }
};

bool GroupBy::next_group(Value& key, Value& group) {
  NextLock lock(mutex, owner);
  current_group = nullptr;
  for (;;) {  // to the first item whose key differs from the last group's
    if (!current_key.is_undefined()) {
      if (target_key.is_undefined() || !group_keys_equal(target_key, current_key)) break;
    }
    if (!step()) return false;
  }
  incref(current_key);
  const Value old = target_key;
  target_key = current_key;
  decref(old);
  auto* grouper = new Grouper(Value::object(this), target_key);
  current_group = grouper;
  incref(target_key);
  key = target_key;
  group = Value::object(grouper);
  return true;
}

Value make_groupby(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = bind_arguments(args, "groupby", {"iterable", "key"}, 1, 2);
  auto* it = new GroupBy();
  Ref owned = Ref::steal(made(it));
  add_input(*it, bound[0]);
  take_function(*it, bound[1].is_undefined() ? Value::none() : bound[1]);
  return owned.release();
}

// ---- product, permutations, combinations, combinations_with_replacement ----

// What the combinatoric iterators share: their result tuple, their start and their end. `Self`
// (CRTP: no virtual call per item) has `r` (the items per result), item(k) (the result's item k,
// borrowed), empty() (whether there is no first result) and advance() (to the next result: the
// first position that changed, or kEnd after the last).
template <class Self>
struct Combinatoric : NativeIterator {
  static constexpr size_t kEnd = SIZE_MAX;
  Value result = Value::undefined();  // owned tuple, the last handed out (Undefined: none)
  bool started = false, stopped = false;
  ~Combinatoric() override { decref(result); }
  // The first position of the next result that differs from the last one's; kEnd at the end.
  // The caller holds the lock.
  size_t step() {
    if (stopped) return kEnd;
    Self& self = *static_cast<Self*>(this);
    size_t from = 0;
    if (!started) {
      started = true;
      if (self.empty()) from = kEnd;
    } else {
      from = self.advance();
    }
    if (from == kEnd) {
      stopped = true;
      const Value old = result;
      result = Value::undefined();
      decref(old);
    }
    return from;
  }
  // Hands out the result. CPython reuses its tuple when the caller has let go of it (`for p in
  // permutations(x)`): under a GIL the iterator changes its own in place from position `from`
  // (the first that changed) when it holds the only reference; else (and always free-threaded,
  // where another thread may be about to take it) it makes a new one.
  bool next(Value& out) override {
    NextLock lock(mutex, owner);
    const size_t from = step();
    if (from == kEnd) return false;
    const Self& self = *static_cast<const Self*>(this);
    const size_t r = self.r;
    if (!result.is_undefined() && !free_threaded() &&
        result.obj->refcount.load(std::memory_order_relaxed) == 1) {
      Value* items = as_tuple(result)->items.data();
      for (size_t k = from; k < r; ++k) {
        const Value item = self.item(k), old = items[k];
        incref(item);
        items[k] = item;
        decref(old);  // lives on in the pool: no destructor runs
      }
    } else {
      Tuple* made = new_tuple(r);  // a spare one of that size where there is one
      Value* items = made->items.data();
      for (size_t k = 0; k < r; ++k) {  // (item() cannot raise)
        items[k] = self.item(k);
        incref(items[k]);
      }
      const Value old = result;
      result = Value::object(made);
      decref(old);
    }
    incref(result);
    out = result;
    return true;
  }
  // `for a, b in combinations(x, 2)`: the result's items pushed as UNPACK pushes a tuple's, no
  // tuple made (nor kept: the next result starts a new one).
  UnpackedNext next_unpacked(uint32_t count, Value* top) override {
    const Self& self = *static_cast<const Self*>(this);
    if (count != self.r) return UnpackedNext::kOther;
    NextLock lock(mutex, owner);
    if (step() == kEnd) return UnpackedNext::kDone;
    for (size_t k = 0; k < count; ++k) {
      const Value item = self.item(k);
      incref(item);
      top[count - 1 - k] = item;
    }
    const Value old = result;
    result = Value::undefined();
    decref(old);  // a tuple of pool items: no script code runs
    return UnpackedNext::kItems;
  }
};

struct Product final : Combinatoric<Product> {
  std::vector<Value> pools;  // owned tuples
  std::vector<size_t> indices;
  size_t r = 0;  // pools.size()
  ~Product() override {
    for (Value v : pools) decref(v);
  }
  const char* type_name() const override { return "product"; }
  bool empty() const { return false; }  // an empty pool stops it when made
  Value item(size_t k) const { return as_tuple(pools[k])->items[indices[k]]; }
  size_t advance() {
    for (size_t i = r; i-- > 0;) {  // an odometer, the last pool turning fastest
      if (++indices[i] < as_tuple(pools[i])->items.size()) return i;
      indices[i] = 0;
    }
    return kEnd;
  }
};

Value make_product(ThreadState&, Value, const Args& args) {
  int64_t repeat = 1;
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    if (name != "repeat")
      raise(exc::TypeError, "'" + name + "' is an invalid keyword argument for product()");
    repeat = size_argument(args.keyword_values[k]);
  }
  if (repeat < 0) raise(exc::ValueError, "repeat argument cannot be negative");
  auto* it = new Product();
  Ref owned = Ref::steal(made(it));
  std::vector<Value> given;  // owned tuples
  try {
    for (size_t i = 0; i < args.count; ++i) given.push_back(tuple_of(args.positional[i]));
  } catch (...) {
    for (Value v : given) decref(v);
    throw;
  }
  const size_t count = repeat == 0 ? 0 : given.size() * static_cast<size_t>(repeat);
  it->pools.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const Value pool = given[i % given.size()];
    incref(pool);
    it->pools.push_back(pool);
    if (as_tuple(pool)->items.empty()) it->stopped = true;
  }
  for (Value v : given) decref(v);
  it->indices.assign(count, 0);
  it->r = count;
  return owned.release();
}

// The pool of a permutations or combinations (a tuple) and how many items each result takes.
template <class Self>
struct Selections : Combinatoric<Self> {
  Value pool;  // owned tuple
  size_t r = 0;
  std::vector<size_t> indices;
  ~Selections() override { decref(pool); }
  const std::vector<Value>& items() const { return as_tuple(pool)->items; }
  Value item(size_t k) const { return items()[indices[k]]; }
};

struct Permutations final : Selections<Permutations> {
  std::vector<size_t> cycles;
  const char* type_name() const override { return "permutations"; }
  bool empty() const { return r > items().size(); }
  size_t advance() {
    const size_t n = items().size();
    if (n == 0) return kEnd;
    for (size_t i = r; i-- > 0;) {
      if (--cycles[i] == 0) {  // indices[i:] = indices[i+1:] + indices[i:i+1]
        const size_t index = indices[i];
        for (size_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        std::swap(indices[i], indices[n - cycles[i]]);
        return i;
      }
    }
    return kEnd;
  }
};

struct Combinations final : Selections<Combinations> {
  const char* type_name() const override { return "combinations"; }
  bool empty() const { return r > items().size(); }
  size_t advance() {
    const size_t n = items().size();
    size_t i = r;  // the last index not at its highest
    while (i > 0 && indices[i - 1] == i - 1 + n - r) --i;
    if (i == 0) return kEnd;
    --i;
    ++indices[i];
    for (size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    return i;
  }
};

struct CombinationsWithReplacement final : Selections<CombinationsWithReplacement> {
  const char* type_name() const override { return "combinations_with_replacement"; }
  bool empty() const { return items().empty() && r > 0; }
  size_t advance() {
    const size_t n = items().size();
    size_t i = r;  // the last index not at n - 1
    while (i > 0 && indices[i - 1] == n - 1) --i;
    if (i == 0) return kEnd;
    --i;
    const size_t index = indices[i] + 1;
    for (size_t j = i; j < r; ++j) indices[j] = index;
    return i;
  }
};

Value make_permutations(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = bind_arguments(args, "permutations", {"iterable", "r"}, 1, 2);
  auto* it = new Permutations();
  Ref owned = Ref::steal(made(it));
  it->pool = tuple_of(bound[0]);
  const size_t n = it->items().size();
  it->r = n;
  if (!bound[1].is_undefined() && !bound[1].is_none()) {
    if (!bound[1].is_int() && !bound[1].is_bool()) raise(exc::TypeError, "Expected int as r");
    const int64_t r = size_argument(bound[1]);
    if (r < 0) raise(exc::ValueError, "r must be non-negative");
    it->r = static_cast<size_t>(r);
  }
  it->indices.resize(n);
  for (size_t i = 0; i < n; ++i) it->indices[i] = i;
  for (size_t i = 0; i < it->r && i < n; ++i) it->cycles.push_back(n - i);
  return owned.release();
}

template <typename Made>
Value make_combinations_of(const Args& args, const char* name) {
  std::vector<Value> bound = bind_arguments(args, name, {"iterable", "r"}, 2, 2);
  const int64_t r = size_argument(bound[1]);
  auto* it = new Made();
  Ref owned = Ref::steal(made(it));
  it->pool = tuple_of(bound[0]);
  if (r < 0) raise(exc::ValueError, "r must be non-negative");
  it->r = static_cast<size_t>(r);
  it->indices.assign(it->r, 0);
  if constexpr (std::is_same_v<Made, Combinations>) {
    for (size_t i = 0; i < it->r; ++i) it->indices[i] = i;
  }
  return owned.release();
}

Value make_combinations(ThreadState&, Value, const Args& args) {
  return make_combinations_of<Combinations>(args, "combinations");
}
Value make_combinations_with_replacement(ThreadState&, Value, const Args& args) {
  return make_combinations_of<CombinationsWithReplacement>(args, "combinations_with_replacement");
}

}  // namespace

Value native_type_attribute(Value type, std::string_view name) {
  if (!is_kind(type, Kind::Native)) return Value::undefined();
  const Native& native = *static_cast<Native*>(type.obj);
  if (native.fn == make_chain && native.self.is_none() && name == "from_iterable")
    return Value::object(new Native("from_iterable", chain_from_iterable));
  return Value::undefined();
}

Value make_itertools_module(VM&) {
  auto* module = new Module("itertools");
  // Each named as the type it makes, so that isinstance(x, itertools.chain) compares the name
  // with type(x)'s, as for deque.
  const auto add_type = [](Module& m, const char* name, NativeFn fn) {
    m.add(name, Value::object(new Native(name, fn)));
  };
  add_type(*module, "count", make_count);
  add_type(*module, "cycle", make_cycle);
  add_type(*module, "repeat", make_repeat);
  add_type(*module, "accumulate", make_accumulate);
  add_type(*module, "chain", make_chain);
  add_type(*module, "compress", make_compress);
  add_type(*module, "dropwhile", make_dropwhile);
  add_type(*module, "takewhile", make_takewhile);
  add_type(*module, "filterfalse", make_filterfalse);
  add_type(*module, "starmap", make_starmap);
  add_type(*module, "pairwise", make_pairwise);
  add_type(*module, "islice", make_islice);
  add_type(*module, "tee", make_tee);
  add_type(*module, "zip_longest", make_zip_longest);
  add_type(*module, "groupby", make_groupby);
  add_type(*module, "product", make_product);
  add_type(*module, "permutations", make_permutations);
  add_type(*module, "combinations", make_combinations);
  add_type(*module, "combinations_with_replacement", make_combinations_with_replacement);
  return Value::object(module);
}

}  // namespace gilvm
