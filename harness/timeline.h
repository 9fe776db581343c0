// `gilbench timeline`: a GIL trace drawn as SVG, one row per thread (holding the GIL, waiting for
// it, released for I/O) over a window of time, with forced drops, drop requests and the
// hand-offs between threads; from a trace file or from a traced cell of a report.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

#include "harness/trace_events.h"

namespace gilbench::harness {

// The window shown, in microseconds from the trace's origin.
struct TimelineWindow {
  double from_us = 0, to_us = 0;
  std::string reason;  // how it was chosen, for the caption
};

// A window of `width_us` that shows the behaviour: the echo thread's (else the most waiting
// thread's) wait of median length among those of at least 1% of the window (among all when fewer
// than 5 are), starting a fifth into the window; the whole trace when it is shorter; from
// `start_us` when given.
TimelineWindow choose_timeline_window(const GilTimeline& timeline, double width_us,
                                      std::optional<double> start_us = std::nullopt);

// The picture: title, one row per thread with its share of the window held and waited, the time
// axis in milliseconds, the legend.
std::string render_timeline_svg(const GilTimeline& timeline, const TimelineWindow& window,
                                const std::string& title);

struct TimelineRequest {
  std::filesystem::path input;       // a trace (gilvm/server --trace) or a report of `run --trace`
  std::optional<int> cell;           // the report's cell, by its number in the table (#)
  std::optional<int> repetition;     // default: the cell's first traced repetition
  std::string window = "20ms";       // a duration
  std::optional<std::string> start;  // a duration from the trace's start: the window's left edge
  std::optional<std::filesystem::path> out;  // default: beside the input, .svg
};

// The trace a report's cell points to (run --trace), or the input itself when it is a trace;
// with the title for the picture. Throws TraceFileError (the report has no such cell, or the
// cell no trace) naming what is missing.
std::pair<std::filesystem::path, std::string> timeline_trace_of(const TimelineRequest& request);

// Exit status: 0 drawn, 2 bad input (unreadable, not a trace, no such cell, a bad duration), 1 the
// picture could not be written.
int timeline_command(const TimelineRequest& request, std::ostream& out, std::ostream& err);

}  // namespace gilbench::harness
