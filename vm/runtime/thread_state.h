// What the VM keeps per thread (thread_state.cpp): the interpreter's stack, frames and handler
// blocks of a running thread (ThreadState), the record kept for the statistics after it ends
// (ThreadRecord), and the guard that releases the GIL around a blocking call (AllowThreads).
#pragma once

#include <time.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "frontend/opcodes.h"
#include "gil/gil.h"
#include "runtime/reserved_array.h"
#include "runtime/value.h"

namespace gilvm {

class VM;
struct Function;
struct ThreadObject;

enum class FrameReturn : uint8_t {
  kPlain,
  // A generator's frame that resume_generator() pushed, the entry frame of its run(): its yield
  // leaves run() (a generator that FOR_ITER or SEND resumed in run() is kPlain). It never returns
  // by RETURN's slow path (before kConstruct: not an operator's).
  kGeneratorEntry,
  // An __init__ run by CALL for a class call: its return leaves the instance, which sits below
  // its callee slot, as the call's result (and its result must be None).
  kConstruct,
  // A binary operator's or comparison's dunder of the left operand (the operands stay below the
  // callee slot): its result replaces them, but NotImplemented goes on as the operation would
  // (the right operand's reflected dunder, identity for == and !=, else TypeError).
  kOperator,
  // The same for a comparison fused with its jump (JUMP_IF_NOT_LT ...): the result's truth
  // decides the jump, and nothing is pushed.
  kCompareJump,
  // __setitem__: its result is dropped.
  kDiscard,
  // __len__ for the builtin len(): its result must be an int >= 0 (length_result()).
  kLength,
  // A script iterator's __next__ for FOR_ITER: its result is the loop's next item, and a
  // StopIteration leaving it ends the loop (unwind()).
  kForIterNext,
  // A generator that FOR_ITER over a zip or enumerate of generators resumed for item
  // `zip_index` of the row (interpreter.cpp, zip_row_next()): its yield adds the item to the row
  // on the loop's stack, its end ends the loop. It never returns.
  kZipItem,
  // A generator resumed by CALL of the builtin next() with `zip_index` arguments (1 or 2), which
  // lie below its callee slot: its yield replaces the call with the item; its end with the
  // default, or StopIteration raised at the call.
  kNextCall,
  // A generator driven by CALL of a consumer builtin (sum(), list(), ...; consumer.h), its kind
  // in `zip_index`: below its callee slot lie the call's callee, the generator and the consumer's
  // accumulator. Its yield hands the item to the accumulator and goes on; its end replaces the
  // call with the result.
  kConsume,
};

// A frame's handler_base and handled_base before its first SETUP_HANDLER or ENTER_EXCEPT, in the
// frames CALL pushes (interpreter.cpp, push_call_frame()): it holds no blocks of its own until
// then, and a `size > base` test reads it so. The first of those instructions sets both bases.
constexpr size_t kBlocksUnset = SIZE_MAX;

struct Frame {
  Function* function;
  const Instruction* ip;
  Value* locals;        // first local; the callee sits just below
  size_t handler_base;  // handlers below this index belong to callers (or kBlocksUnset)
  size_t handled_base;  // likewise for handled_exceptions
  // What the frame's return does besides handing back its result: set on the frames the
  // interpreter pushes for a class call's __init__ or an operator's dunder, whose code takes the
  // slow return (Code::slow_return).
  FrameReturn on_return = FrameReturn::kPlain;
  Op op{};  // the operator of a kOperator or kCompareJump frame
  uint8_t zip_index = 0;  // a kZipItem frame's item of the row, a kNextCall's argument count
};

// The line a frame is at: of the instruction it runs, or (a caller) of its call (interpreter.cpp).
int frame_line(const Frame& frame);

struct HandlerBlock {
  uint32_t target;
  uint32_t stack_depth;    // values above `locals` of the owning frame
  uint32_t handled_depth;  // size of handled_exceptions when the block was set up
  uint32_t unused = 0;     // 16 bytes: size() of a vector of these is a shift, not a division
};

// What the VM keeps of a thread after it ends, for the statistics.
struct ThreadRecord {
  GilThread gil;
  std::atomic<uint64_t> instructions{0};    // ticked (non-fast) instructions executed
  std::atomic<int64_t> cpu_ns{0};           // thread CPU time, recorded when the thread ends
  std::atomic<bool> running{false};         // cpu_clock may be read (the thread has not ended)
  clockid_t cpu_clock{};                    // the thread's CPU-time clock, set before `running`
  std::atomic<bool> os_thread_done{false};  // its OS thread has nothing left to run: joins at once

  // Called by the thread itself: at its start, so that cpu_ns_now() can read the CPU time of a
  // thread still running (a daemon never ends), and as it ends, to record the final figure.
  void publish_cpu_clock();
  void retire_cpu_clock();
  // The thread's CPU time so far. A running thread's clock may vanish as the thread ends: then
  // its recorded figure stands.
  int64_t cpu_ns_now() const;
};
// The stack's allocation goes this many values past ThreadState::stack_end: a generator's frame
// values move in blocks of this many (SavedValues), which may read or write past its top.
constexpr size_t kStackOverrun = 4;
// The deepest recursion a thread may reach, whatever sys.setrecursionlimit() says, and the
// values its stack holds (locals and operands of every frame): each thread's frames and stack
// are reserved for that much address space, backed by memory as deep as the thread goes.
constexpr size_t kFrameCapacity = size_t{1} << 17;
constexpr size_t kStackValues = size_t{1} << 21;

// What the interpreter keeps per VM thread.
struct ThreadState {
  VM& vm;
  ThreadRecord& record;
  GilThread& gil_thread;
  ThreadObject* thread_object;  // owned reference
  ReservedArray<Value> stack;
  Value* stack_top;  // next free slot
  Value* stack_end;  // one past the last slot
  ReservedArray<Frame> frames;
  // The recursion limit this thread goes by (recursion_limit(), at most kFrameCapacity): a call
  // from the frame at `last_frame` raises RecursionError.
  size_t frame_limit = 0;
  const Frame* last_frame = nullptr;
  // Below this address the C++ stack has too little room left for another nested run() (calls
  // into script code from native code: map(), sorted(key=...), __eq__): RecursionError.
  const char* native_stack_floor = nullptr;
  std::vector<HandlerBlock> handlers;
  std::vector<Value> handled_exceptions;  // owned; the exception each active except clause handles
  // What a native function raised without a C++ throw (raise_pending(), function.h), or what a
  // native call made from run() threw, caught at the call (native_call_or_caught): owned, for
  // run() to unwind with at once; Undefined otherwise.
  Value pending_exception = Value::undefined();
  bool pending_add_traceback = true;
  // Countdown to the next tick expiry (saved while not interpreting); its budget 0 until the
  // thread first runs script code.
  TickCountdown ticks;

  ThreadState(VM& vm, ThreadRecord& record, ThreadObject* thread_object);
  ~ThreadState();
  // Takes recursion_limit() if it changed (frame_limit, last_frame): one load at run()'s entry.
  void follow_recursion_limit() {
    const size_t limit = frame_limit_in_force.load(std::memory_order_relaxed);
    if (frame_limit != limit) apply_frame_limit(limit);
  }
  void apply_frame_limit(size_t limit);
  // recursion_limit(), at most kFrameCapacity: set with it (set_recursion_limit()).
  static std::atomic<size_t> frame_limit_in_force;
  // Whether the caller's C++ frame lies below native_stack_floor: a nested run() started from
  // it could overflow the C++ stack.
  [[gnu::always_inline]] bool native_stack_exhausted() const {
    return static_cast<const char*>(__builtin_frame_address(0)) < native_stack_floor;
  }
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;
};

// sys.getrecursionlimit() and sys.setrecursionlimit(): one limit for every thread, 1000 by
// default as CPython's. A thread takes a new limit at its next entry to run(); the caller of
// set_recursion_limit() at once.
int64_t recursion_limit();
void set_recursion_limit(ThreadState& caller, int64_t limit);

// Releases the GIL for the lifetime of the guard, around a blocking call that touches no VM
// object (Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS). In the main thread a Ctrl-C cuts the
// call short with EINTR (interrupts.h): a call that sees it stops if interrupt_pending().
// `kind` tells the GIL what the call waits for: I/O, or another thread (gil.h, WaitKind).
class AllowThreads {
 public:
  explicit AllowThreads(ThreadState& thread, WaitKind kind = WaitKind::kIo);
  ~AllowThreads();
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;

 private:
  ThreadState& thread_;
  bool interruptible_;  // the main thread, with KeyboardInterrupt on
};

// The state of the VM thread running on the calling OS thread.
ThreadState& current_thread_state();
// The same, or null on a thread that is not running script code now (a VM thread before its
// first frame or after its last, a host thread).
ThreadState* find_current_thread_state();

}  // namespace gilvm
