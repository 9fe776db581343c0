// GIL traces: what a recorder kept of one run's GIL events, written in the Chrome/Perfetto
// Trace Event format (one track per thread: holding, waiting, released; drop requests and forced
// drops as instants; an arrow from each thread that let go to the thread that took), as JSON
// lines, and summed into the GIL profile (who held the GIL, where, and whom it kept waiting).
// Knows nothing of the VM: a host names the code locations (CodeLocation) and the threads.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/gil_trace_names.h"
#include "gil/gil.h"

namespace gilvm {

// Where a thread's code was at an event, as the host names it (the VM: Python function, file
// and line of the innermost frame).
struct CodeLocation {
  std::string function;
  std::string file;
  int line = 0;
};

struct TracedGilEvent {
  GilEvent event;
  uint32_t location = 0;  // index into GilTrace::locations
};

// Default cap on recorded events (--trace-max-events): 24 bytes each in memory, about 100
// bytes each in the Trace Event file.
inline constexpr uint64_t kDefaultMaxTraceEvents = 2'000'000;

struct GilTrace {
  std::string design;
  bool exclusive = true;               // false: no GIL to hand off (nogil), so no hand-off arrows
  int64_t pid = 0;                     // the process, for the Trace Event format
  std::string process_name;            // e.g. "gilvm newgil script.py"
  std::vector<TracedGilEvent> events;  // in arrival order
  std::vector<std::pair<uint64_t, std::string>> threads;  // GilThread id and name
  // locations[0] is "no script code" (a thread starting or ending, a host thread).
  std::vector<CodeLocation> locations{{"(no script code)", "", 0}};
  uint64_t max_events = kDefaultMaxTraceEvents;
  uint64_t events_dropped = 0;  // arrived after the cap: not recorded
};

// The Chrome/Perfetto Trace Event format (states, instants and flows named as in
// common/gil_trace_names.h), JSON object form ({"traceEvents": [...], ...}),
// timestamps in microseconds from the first event, with nanosecond digits. Per thread: metadata
// (thread_name, thread_sort_index), then complete events (ph X) and instants (ph i) in time
// order; flows (ph s on the dropper, ph f on the taker, bound inside their holding slices).
std::string trace_event_json(const GilTrace& trace);

// One JSON object per event and line, in arrival order: {"thread", "event", "time_ns",
// "forced", "from_thread", "function", "file", "line"}.
std::string trace_json_lines(const GilTrace& trace);

// The GIL profile: per code location (function, file, line) the time the GIL was held there,
// the forced drops there and the wait it imposed on each other thread; per thread its held
// and waited time. A hold counts at the location where its thread let go of the GIL (where a
// drop request found it, or the blocking call it entered): the location is read at GIL events
// only, never per instruction.
nlohmann::ordered_json gil_profile_json(const GilTrace& trace);

}  // namespace gilvm
