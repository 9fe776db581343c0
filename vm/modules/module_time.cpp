// The `time` module: time, perf_counter, monotonic, thread_time, process_time and sleep (which
// releases the GIL for the whole sleep).
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>

#include "modules/module_time.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

double seconds_of(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

Value time_time(ThreadState&, Value, const Args& args) {
  args.expect("time", 0, 0);
  return Value::floating(seconds_of(CLOCK_REALTIME));
}

Value time_perf_counter(ThreadState&, Value, const Args& args) {
  args.expect("perf_counter", 0, 0);
  return Value::floating(seconds_of(CLOCK_MONOTONIC));
}

Value time_thread_time(ThreadState&, Value, const Args& args) {
  args.expect("thread_time", 0, 0);
  return Value::floating(seconds_of(CLOCK_THREAD_CPUTIME_ID));
}

Value time_process_time(ThreadState&, Value, const Args& args) {
  args.expect("process_time", 0, 0);
  return Value::floating(seconds_of(CLOCK_PROCESS_CPUTIME_ID));
}

Value time_sleep(ThreadState& thread, Value, const Args& args) {
  args.expect("sleep", 1, 1);
  Value v = args.positional[0];
  if (!v.is_int() && !v.is_float())
    raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as a number");
  double seconds = v.is_int() ? static_cast<double>(v.i) : v.f;
  if (seconds < 0 || std::isnan(seconds))
    raise(exc::ValueError, "sleep length must be non-negative");
  // CPython's limit: a time_t of seconds. Anything below it sleeps, in slices.
  if (seconds >= 9.2e18) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  {
    AllowThreads allow(thread);     // even sleep(0) lets another thread take the GIL
    constexpr double kSlice = 1e6;  // seconds: a slice timespec holds without overflow
    double left = seconds;
    while (left > 0 && !interrupt_pending(thread)) {
      const double slice = std::min(left, kSlice);
      left -= slice;
      timespec rest{static_cast<time_t>(slice),
                    static_cast<long>((slice - std::floor(slice)) * 1e9)};
      // A Ctrl-C ends the sleep with EINTR (interrupts.h); any other signal resumes it (PEP 475).
      while (nanosleep(&rest, &rest) != 0 && errno == EINTR && !interrupt_pending(thread)) {
      }
    }
  }
  raise_if_interrupted(thread);
  return Value::none();
}

}  // namespace

Value make_time_module(VM&) {
  auto* module = new Module("time");
  module->add_function("time", time_time);
  module->add_function("perf_counter", time_perf_counter);
  module->add_function("monotonic", time_perf_counter);
  module->add_function("thread_time", time_thread_time);
  module->add_function("process_time", time_process_time);
  module->add_function("sleep", time_sleep);
  return Value::object(module);
}

}  // namespace gilvm
