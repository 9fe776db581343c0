// Generators: a suspended frame (its locals, operand stack and handler blocks) kept in an
// object between resumptions. RETURN_GENERATOR moves a fresh frame in; each resumption copies
// it back onto the resuming thread's stack, runs it to the next YIELD_VALUE (which moves it out
// again) or to its end (interpreter.cpp). Drained by sum(), list() and the like, it runs on from
// yield to yield, handing its items to a YieldSink.
//
// Threads may share a generator: whoever resumes it takes `state` (Generator::claim()), and a
// second thread resuming it meanwhile gets "ValueError: generator already executing", as in
// CPython.
#pragma once

#include <atomic>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace gilvm {

// A suspended generator's frame values (its locals, then its operand stack), moved out at each
// yield and back at each resumption. Its buffer keeps its capacity between the two: a vector's
// assign() and clear() cost two library calls and a dozen checks per item of a generator loop.
// The references belong to the generator while saved; this class only holds them.
class SavedValues {
 public:
  SavedValues() = default;
  SavedValues(const SavedValues&) = delete;
  SavedValues& operator=(const SavedValues&) = delete;
  ~SavedValues() {
    if (data_ != in_place_) delete[] data_;
  }

  // `from` is on a thread's stack: a block read may go past `to` (kStackOverrun).
  [[gnu::always_inline]] void save(const Value* from, const Value* to) {
    const size_t count = static_cast<size_t>(to - from);
    if (count > capacity_) grow(count);
    move(data_, from, count);
    size_ = count;
  }
  // Moves the values to `to` on, a thread's stack top, and empties this; returns the end of what
  // it wrote. What it writes past that end is garbage above the top.
  [[gnu::always_inline]] Value* restore(Value* to) {
    const size_t count = size_;
    move(to, data_, count);
    size_ = 0;
    return to + count;
  }
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Value back() const { return data_[size_ - 1]; }
  const Value* begin() const { return data_; }
  const Value* end() const { return data_ + size_; }

 private:
  static constexpr size_t kBlock = kStackOverrun;
  // Most frames hold a few values: up to kBlock move as one block of kBlock (four 16-byte loads
  // and stores, no loop), up to two blocks' worth as two (a frame of a few locals and a loop's
  // iterator, as a pipeline's stages have), the rest by memcpy. Value's assignment copies the
  // tag byte and the payload apart: 8 instructions per value of a yield or resumption, against
  // 1 here, and memcpy's call and size dispatch cost dozens more. Past kBlock values, a block
  // moves at most kBlock - 1 values past the end, as the first one does below kBlock.
  [[gnu::always_inline]] static void move(Value* to, const Value* from, size_t count) {
    if (count <= kBlock) [[likely]] {
      move_block(to, from);
      return;
    }
    if (count <= 2 * kBlock) {
      move_block(to, from);
      move_block(to + kBlock, from + kBlock);
      return;
    }
    std::memcpy(static_cast<void*>(to), from, count * sizeof(Value));
  }
  [[gnu::always_inline]] static void move_block(Value* to, const Value* from) {
#if defined(__SSE2__)
    // Spelt out: GCC made the memcpy a `rep movs` in run(), sixteen steps per resumption.
    static_assert(kBlock * sizeof(Value) == 4 * sizeof(__m128i), "four 16-byte moves");
    const auto* source = reinterpret_cast<const __m128i*>(from);
    auto* target = reinterpret_cast<__m128i*>(to);
    const __m128i a = _mm_loadu_si128(source), b = _mm_loadu_si128(source + 1),
                  c = _mm_loadu_si128(source + 2), d = _mm_loadu_si128(source + 3);
    _mm_storeu_si128(target, a);
    _mm_storeu_si128(target + 1, b);
    _mm_storeu_si128(target + 2, c);
    _mm_storeu_si128(target + 3, d);
#else
    std::memcpy(static_cast<void*>(to), from, kBlock * sizeof(Value));
#endif
  }
  [[gnu::noinline]] void grow(size_t count) {  // off the yield path, which inlines save()
    if (data_ != in_place_) delete[] data_;  // empty when it grows: save() overwrites it whole
    capacity_ = count;
    data_ = new Value[capacity_];
  }
  // Most generators (a generator expression's, a small loop's) hold a few values: those stay in
  // the generator itself, no second allocation per generator made.
  static constexpr size_t kInPlace = 8;
  static_assert(kInPlace >= 2 * kBlock, "a move reads and writes up to two blocks of values");
  Value in_place_[kInPlace];
  Value* data_ = in_place_;
  size_t size_ = 0;
  size_t capacity_ = kInPlace;
};

struct Generator : Object {
  enum class State : uint8_t { Suspended, Running, Finished };
  Function* function;        // owned
  SavedValues frame_values;  // owned while suspended: the locals, then the operand stack
  std::vector<HandlerBlock>
      handlers;                // handler blocks of the frame; handled_depth relative to the frame
  std::vector<Value> handled;  // owned: the exceptions its active except clauses handle
  uint32_t resume_at = 0;      // instruction index
  // The stack slots its resumed frame may fill: the callee slot, the locals and the operand
  // stack's bound (set when the frame moves in).
  uint32_t frame_room = 0;
  bool holds_blocks = false;  // `handlers` or `handled` is not empty
  bool started = false;        // resumed at least once (a value may be sent in)
  bool finalized = false;      // closed when its last reference went (once only: PEP 442)
  std::atomic<State> state{State::Suspended};
  // throw() while paused in `yield from`: the exception (owned) that the next SEND throws into
  // the inner iterator instead of sending; Undefined otherwise.
  Value forwarded = Value::undefined();

  explicit Generator(Function* f) : Object(Kind::Generator), function(f) {
    incref(Value::object(f));
  }
  // Recycled, as Str's (object.cpp): a generator expression makes one per evaluation.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  // Takes it for the calling thread (Suspended -> Running); returns the state it found, which
  // is Suspended when this thread has it now. Under a GIL only the holder runs, so a plain load
  // and store do: a compare-and-swap is a locked instruction on every resumption.
  State claim() { return free_threaded() ? claim_in_mode<true>() : claim_in_mode<false>(); }
  // claim() with the mode known to the caller (the interpreter's kFreeThreaded): no look at the
  // global mode per resumption.
  template <bool kFreeThreaded>
  [[gnu::always_inline]] State claim_in_mode() {
    if constexpr (!kFreeThreaded) {
      const State found = state.load(std::memory_order_relaxed);
      if (found == State::Suspended) state.store(State::Running, std::memory_order_relaxed);
      return found;
    } else {
      State found = State::Suspended;
      state.compare_exchange_strong(found, State::Running, std::memory_order_acquire);
      return found;
    }
  }
  ~Generator() override {
    for (Value v : frame_values) decref(v);
    for (Value v : handled) decref(v);
    decref(forwarded);
    decref(Value::object(function));
  }
};

// A native consumer of a generator's items (sum(), list(), ...). Resumed with one, the generator
// hands it each item at its `yield` and goes straight on, as one that a for loop resumes does:
// no suspension and no return to native code per item. The generator is running meanwhile (as
// it is at its resumption's eval-breaker poll in CPython), so take() must not run script code,
// raise, or let go of the GIL.
class YieldSink {
 public:
  // Takes `item` (an owned reference) and returns true, or returns false, leaving it: the
  // generator then suspends and yields it as to next().
  virtual bool take(Value item) = 0;

 protected:
  ~YieldSink() = default;
};

// Resumes `generator` with `sent` (None for next()), or raises `thrown` (an exception object)
// at its paused `yield` (throw(), close()). Returns true with the value yielded in `out`, or false
// when the generator has finished (then `out` is untouched, and `returned`, if given, receives
// what it returned: a new reference, Undefined if it had finished before). With `sink`, the items
// it takes are not yielded: the generator runs on to the first it declines or to its end.
bool resume_generator(ThreadState& thread, Generator& generator, Value sent, Value& out,
                      Value thrown = Value::undefined(), Value* returned = nullptr,
                      YieldSink* sink = nullptr);
// The same for a generator whose state this thread has already set from Suspended to Running.
bool resume_claimed_generator(ThreadState& thread, Generator& generator, Value sent, Value& out,
                              Value thrown, Value* returned, YieldSink* sink = nullptr);

// SEND (`yield from`): sp[-2] is the inner iterator, sp[-1] the value sent to the generator
// `outer` (the frame's own). Sends it on (or throws outer's `forwarded` exception in). Returns
// true when the inner iterator yielded: sp[-1] is then the value to yield; false when it
// finished: sp[-2] is then its return value and sp[-1] is empty (the caller pops it).
bool yield_from_send(ThreadState& thread, Value outer, Value* sp);

// When the last reference to a generator goes: one paused inside `try`/`with` is closed first,
// as CPython does, so that its `finally` blocks and `__exit__`s run. Returns true when it ran
// (the generator is then kept alive by whoever took a new reference, or freed by the caller's
// next decref); false when there is nothing to run or no thread to run it on.
bool finalize_generator(Generator& generator);

// send(value): resumes with `value` as the result of the paused `yield`; StopIteration when the
// generator ends. CALL_METHOD resumes it in line instead when it can (InLineMethod).
Value generator_send(ThreadState& ts, Value self, const Args& args);

class MethodTable;
// The methods of generators: send, throw, close.
const MethodTable& generator_methods();

}  // namespace gilvm
