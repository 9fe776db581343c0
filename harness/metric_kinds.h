// What each figure of a report is, so that `compare` and `ab` apply a rule suited to it:
//   count      produced by the model, the same in every run of one workload (VM instructions
//              per echo message, GIL acquisitions per message): noise cannot move it, so it is
//              compared directly against a small tolerance, with no statistics
//   cpu_time   time as the thread saw it (its CPU clock): cache, frequency and neighbours move
//              it a little, waiting does not
//   wall_time  time on the wall clock: everything else on the machine moves it
//   other      anything else (the operating system's switch counts, a script's own figures):
//              judged statistically, like times
#pragma once

#include <string>

namespace gilbench::harness {

enum class MetricKind { count, cpu_time, wall_time, other };
const char* to_string(MetricKind kind);  // "count", "cpu_time", "wall_time", "other"

struct MetricInfo {
  MetricKind kind = MetricKind::other;
  std::string unit;             // "instructions/message", "us", "calls/s", ...
  bool higher_is_worse = true;  // false for throughputs
};

// By name: the harness's own figures exactly, others by their suffix (_per_s, _us, _s).
MetricInfo metric_info(const std::string& name);

}  // namespace gilbench::harness
