#include "harness/metric_kinds.h"

#include <array>
#include <string_view>

namespace gilbench::harness {

namespace {

struct Known {
  std::string_view name;
  MetricKind kind;
  std::string_view unit;
};

// The figures repetition_metrics derives (harness/README.md "Metric kinds").
constexpr std::array kKnown{
    Known{"echo_instructions_per_message", MetricKind::count, "instructions/message"},
    Known{"fib_instructions_per_call", MetricKind::count, "instructions/call"},
    Known{"echo_gil_acquisitions_per_message", MetricKind::count, "acquisitions/message"},
    Known{"forced_drops_per_message", MetricKind::count, "drops/message"},
    Known{"holder_switches_per_message", MetricKind::count, "switches/message"},
    Known{"drop_requests_per_message", MetricKind::count, "requests/message"},
    Known{"fib_cpu_us_per_call", MetricKind::cpu_time, "us/call"},
    Known{"fib_held_us_per_call", MetricKind::wall_time, "us/call"},
    Known{"echo_wait_intervals_per_message", MetricKind::wall_time, "switch intervals/message"},
    Known{"process_cpu_s", MetricKind::cpu_time, "s"},
    Known{"process_voluntary_switches", MetricKind::other, "switches"},
    Known{"process_involuntary_switches", MetricKind::other, "switches"},
};

}  // namespace

const char* to_string(MetricKind kind) {
  switch (kind) {
    case MetricKind::count: return "count";
    case MetricKind::cpu_time: return "cpu_time";
    case MetricKind::wall_time: return "wall_time";
    case MetricKind::other: return "other";
  }
  return "other";
}

MetricInfo metric_info(const std::string& name) {
  for (const Known& known : kKnown) {
    if (known.name == name) return {known.kind, std::string(known.unit), true};
  }
  // Throughputs (fib_calls_per_s, messages_per_s): wall-clock rates, worse when they fall.
  if (name.ends_with("_per_s")) {
    const std::string counted = name.substr(0, name.size() - 6);  // "fib_calls"
    const auto last_word = counted.rfind('_');
    return {MetricKind::wall_time,
            (last_word == std::string::npos ? counted : counted.substr(last_word + 1)) + "/s",
            false};
  }
  if (name.ends_with("_us")) return {MetricKind::wall_time, "us", true};
  if (name.ends_with("_s")) return {MetricKind::wall_time, "s", true};
  if (name.ends_with("_ratio")) return {MetricKind::other, "ratio", true};
  return {MetricKind::other, "", true};
}

}  // namespace gilbench::harness
