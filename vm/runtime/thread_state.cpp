// Per-thread state: the interpreter's stack and frames, CPU-time accounting, AllowThreads.
#include "runtime/thread_state.h"

#include <pthread.h>

#include <algorithm>

#include "modules/module_threading.h"
#include "runtime/interpreter.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {
thread_local ThreadState* current_state = nullptr;
std::atomic<int64_t> recursion_limit_value{1000};

// The lowest address of the calling thread's C++ stack that a nested run() may start at: an
// eighth of the stack (at least 256 KiB) is left for what runs between two such entries and
// for raising the RecursionError. Null if the stack's bounds are unknown.
const char* native_stack_floor_of_this_thread() {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return nullptr;
  void* base = nullptr;
  size_t size = 0;
  const int status = pthread_attr_getstack(&attributes, &base, &size);
  pthread_attr_destroy(&attributes);
  if (status != 0 || base == nullptr) return nullptr;
  const size_t reserve = std::max<size_t>(size / 8, 256 * 1024);
  return size > reserve ? static_cast<const char*>(base) + reserve : nullptr;
}

int64_t cpu_ns_of(clockid_t clock) {
  timespec ts{};
  if (clock_gettime(clock, &ts) != 0) return -1;
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
}  // namespace

void ThreadRecord::publish_cpu_clock() {
  if (pthread_getcpuclockid(pthread_self(), &cpu_clock) == 0) {
    running.store(true, std::memory_order_release);
  }
}

void ThreadRecord::retire_cpu_clock() {
  running.store(false, std::memory_order_release);
  cpu_ns.store(cpu_ns_of(CLOCK_THREAD_CPUTIME_ID), std::memory_order_relaxed);
}

int64_t ThreadRecord::cpu_ns_now() const {
  if (running.load(std::memory_order_acquire)) {
    int64_t ns = cpu_ns_of(cpu_clock);
    if (ns >= 0) return ns;
  }
  return cpu_ns.load(std::memory_order_relaxed);
}

int64_t recursion_limit() { return recursion_limit_value.load(std::memory_order_relaxed); }

std::atomic<size_t> ThreadState::frame_limit_in_force{1000};

void set_recursion_limit(ThreadState& caller, int64_t limit) {
  recursion_limit_value.store(limit, std::memory_order_relaxed);
  ThreadState::frame_limit_in_force.store(
      static_cast<size_t>(std::min<int64_t>(limit, kFrameCapacity)), std::memory_order_relaxed);
  caller.follow_recursion_limit();
}

void ThreadState::apply_frame_limit(size_t limit) {
  frame_limit = limit;
  last_frame = frames.data() + limit - 1;
}

ThreadState& current_thread_state() { return *current_state; }
ThreadState* find_current_thread_state() { return current_state; }

ThreadState::ThreadState(VM& v, ThreadRecord& r, ThreadObject* object)
    : vm(v),
      record(r),
      gil_thread(r.gil),
      thread_object(object),
      stack(kStackValues + kStackOverrun),
      frames(kFrameCapacity),
      native_stack_floor(native_stack_floor_of_this_thread()) {
  incref(Value::object(object));
  stack_top = stack.data();
  stack_end = stack.data() + kStackValues;
  apply_frame_limit(frame_limit_in_force.load(std::memory_order_relaxed));
  current_state = this;
}

ThreadState::~ThreadState() {
  flush_instruction_count(*this);
  while (stack_top > stack.data()) decref(*--stack_top);
  for (Value v : handled_exceptions) decref(v);
  decref(Value::object(thread_object));
  current_state = nullptr;
}

AllowThreads::AllowThreads(ThreadState& thread, WaitKind kind)
    : thread_(thread), interruptible_(thread.vm.interrupts().on_main_thread()) {
  thread_.vm.gil().drop(thread_.gil_thread, kind);
  if (interruptible_) thread_.vm.interrupts().enter_blocking_call();
}

AllowThreads::~AllowThreads() {
  if (interruptible_) thread_.vm.interrupts().leave_blocking_call();
  thread_.vm.gil().take(thread_.gil_thread);
}

}  // namespace gilvm
