// Trace Event files (the Chrome/Perfetto format gilvm --trace and gil-echo-server --trace
// write): checking one against the format's rules, and reading the GIL timeline back out of it
// for `gilbench timeline`.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gilbench::harness {

class TraceFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What breaks the Trace Event format's rules in `trace`, one line each, naming the event by its
// index in traceEvents; empty when it follows them. Checked: the JSON object form with a
// traceEvents array (or the bare array form); every event an object with a known phase (ph),
// a string name (E may omit it), integer pid and tid, a numeric ts (metadata M aside); X with a
// non-negative dur; B and E matched per thread; instants with scope g, p or t; flows (s, t, f)
// with an id, each id started once by s and finished once by f, not before it; per thread,
// timestamps non-decreasing in file order and complete events (X) nested or disjoint.
std::vector<std::string> trace_event_problems(const nlohmann::json& trace);

// One thread's state over a stretch of time, in microseconds from the trace's origin.
struct TimelineSlice {
  double start_us = 0, end_us = 0;
  std::string state;  // common/gil_trace_names.h: kHoldingSlice, kWaitingSlice, kReleasedSlice
  std::string at;     // the code location, as the trace names it
};
struct TimelineInstant {
  double time_us = 0;
  std::string name;  // kForcedDropInstant, kDropRequestInstant
};
struct TimelineHandOff {
  long long from_tid = 0, to_tid = 0;
  double from_us = 0, to_us = 0;
};
struct TimelineThread {
  long long tid = 0;
  std::string name;
  std::vector<TimelineSlice> slices;  // in time order
  std::vector<TimelineInstant> instants;
};
struct GilTimeline {
  std::string design;
  std::vector<TimelineThread> threads;  // in the trace's thread order
  std::vector<TimelineHandOff> hand_offs;
  double end_us = 0;  // the last event
};

// Reads a trace gilvm or the server wrote. Throws TraceFileError naming the file and what is
// wrong: unreadable, not JSON, not a valid Trace Event file (the first problems), or no GIL
// events in it.
GilTimeline read_gil_timeline(const std::filesystem::path& path);

}  // namespace gilbench::harness
