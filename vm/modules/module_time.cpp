// The `time` module: time, perf_counter, monotonic, thread_time, process_time, sleep (which
// releases the GIL for the whole sleep), and the calendar: localtime, gmtime, strftime.
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

// time.struct_time: a tuple with named fields, as CPython's (without tm_zone and tm_gmtoff).
const FieldNames& struct_time_names() {
  static const FieldNames names{"time.struct_time",
                                {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                 "tm_wday", "tm_yday", "tm_isdst"}};
  return names;
}

// The seconds argument of localtime() and gmtime(): now when absent or None, else an int or
// float, truncated as CPython's _PyTime_ObjectToTime_t (toward minus infinity).
time_t seconds_argument(const Args& args, const char* function) {
  args.expect(function, 0, 1);
  if (args.count == 0 || args.positional[0].is_none()) return ::time(nullptr);
  Value v = args.positional[0];
  if (v.is_int()) return static_cast<time_t>(v.i);
  if (v.is_bool()) return static_cast<time_t>(v.b);
  if (v.is_float()) {
    if (std::isnan(v.f)) raise(exc::ValueError, "Invalid value NaN (not a number)");
    if (std::fabs(v.f) >= 9.2e18)
      raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return static_cast<time_t>(std::floor(v.f));
  }
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

// CPython's tm_wday counts from Monday, C's from Sunday; tm_yday counts from 1, C's from 0.
Value struct_time_of(const struct tm& t) {
  Value v =
      make_tuple({Value::integer(t.tm_year + 1900), Value::integer(t.tm_mon + 1),
                  Value::integer(t.tm_mday), Value::integer(t.tm_hour), Value::integer(t.tm_min),
                  Value::integer(t.tm_sec), Value::integer((t.tm_wday + 6) % 7),
                  Value::integer(t.tm_yday + 1), Value::integer(t.tm_isdst)});
  as_tuple(v)->names = &struct_time_names();
  return v;
}

// localtime() and gmtime(): the calendar time through localtime_r or gmtime_r.
Value struct_time_through(struct tm* (*convert)(const time_t*, struct tm*), const char* function,
                          const Args& args) {
  const time_t when = seconds_argument(args, function);
  struct tm t {};
  if (!convert(&when, &t)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return struct_time_of(t);
}

Value time_localtime(ThreadState&, Value, const Args& args) {
  return struct_time_through(localtime_r, "localtime", args);
}
Value time_gmtime(ThreadState&, Value, const Args& args) {
  return struct_time_through(gmtime_r, "gmtime", args);
}

// time.strftime(format, t=localtime()): t a struct_time or a tuple of 9 ints, checked as
// CPython's gettmarg and checktm.
Value time_strftime(ThreadState&, Value, const Args& args) {
  args.expect("strftime", 1, 2);
  if (!is_kind(args.positional[0], Kind::Str))
    raise(exc::TypeError,
          "strftime() argument 1 must be str, not " +
              (args.positional[0].is_none() ? "None" : type_name(args.positional[0])));
  struct tm t {};
  if (args.count == 1) {
    const time_t now = ::time(nullptr);
    localtime_r(&now, &t);
  } else {
    Value given = args.positional[1];
    if (!is_kind(given, Kind::Tuple))
      raise(exc::TypeError, "Tuple or struct_time argument required");
    const auto& items = as_tuple(given)->items;
    if (items.size() != 9) raise(exc::TypeError, "strftime(): illegal time tuple argument");
    int field[9];
    for (size_t i = 0; i < 9; ++i) {
      if (!items[i].is_int())
        raise(exc::TypeError,
              "'" + type_name(items[i]) + "' object cannot be interpreted as an integer");
      field[i] = static_cast<int>(items[i].i);
    }
    // CPython's checktm, after it maps a 0 month, day of the month or day of the year to 1.
    if (field[1] == 0) field[1] = 1;
    if (field[2] == 0) field[2] = 1;
    if (field[7] == 0) field[7] = 1;
    if (field[1] < 1 || field[1] > 12) raise(exc::ValueError, "month out of range");
    if (field[2] < 1 || field[2] > 31) raise(exc::ValueError, "day of month out of range");
    if (field[3] < 0 || field[3] > 23) raise(exc::ValueError, "hour out of range");
    if (field[4] < 0 || field[4] > 59) raise(exc::ValueError, "minute out of range");
    if (field[5] < 0 || field[5] > 61) raise(exc::ValueError, "seconds out of range");
    if (field[6] < 0) raise(exc::ValueError, "day of week out of range");
    if (field[7] < 1 || field[7] > 366) raise(exc::ValueError, "day of year out of range");
    t.tm_year = field[0] - 1900;
    t.tm_mon = field[1] - 1;
    t.tm_mday = field[2];
    t.tm_hour = field[3];
    t.tm_min = field[4];
    t.tm_sec = field[5];
    t.tm_wday = (field[6] + 1) % 7;
    t.tm_yday = field[7] - 1;
    t.tm_isdst = field[8] < -1 ? -1 : field[8] > 1 ? 1 : field[8];
  }
  const std::string& format = as_str(args.positional[0])->text;
  if (format.empty()) return make_str("");
  // strftime() returns 0 both for "too small" and for an empty result: grow up to a bound.
  for (size_t size = 256; size <= 256 * format.size() + 256; size *= 4) {
    std::string buffer(size, '\0');
    const size_t length = ::strftime(buffer.data(), size, format.c_str(), &t);
    if (length > 0) {
      buffer.resize(length);
      return make_str(std::move(buffer));
    }
  }
  return make_str("");
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
  module->add_function("localtime", time_localtime);
  module->add_function("gmtime", time_gmtime);
  module->add_function("strftime", time_strftime);
  return Value::object(module);
}

}  // namespace gilvm
