#include "harness/trace_events.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "common/gil_trace_names.h"
#include "common/input_file.h"

namespace gilbench::harness {

namespace {

using Json = nlohmann::json;
namespace names = gilbench::gil_trace;

// A trace file of a long run at a 1 µs interval: the default cap of 2M events is ~200 MB.
constexpr std::size_t kMaxTraceBytes = std::size_t{1} << 30;
constexpr std::size_t kProblemsShown = 5;
// Slack when comparing a start with an end computed as ts + dur: both are decimal microseconds
// with nanosecond digits, which binary doubles round.
constexpr double kTimeSlackUs = 1e-4;

// The phases of the Trace Event Format document (Google, "Trace Event Format", 2016 and later).
const std::set<std::string>& known_phases() {
  static const std::set<std::string> phases = {"B", "E", "X", "i", "I", "C", "b", "n",
                                               "e", "s", "t", "f", "P", "N", "O", "D",
                                               "M", "V", "v", "R", "c", "(", ")"};
  return phases;
}

const Json* events_of(const Json& trace) {
  if (trace.is_array()) return &trace;
  if (trace.is_object() && trace.contains("traceEvents") && trace["traceEvents"].is_array())
    return &trace["traceEvents"];
  return nullptr;
}

}  // namespace

std::vector<std::string> trace_event_problems(const Json& trace) {
  std::vector<std::string> problems;
  const Json* events = events_of(trace);
  if (!events)
    return {
        "not a Trace Event file: expected an object with a \"traceEvents\" array, or an array of "
        "events"};
  using Track = std::pair<long long, long long>;  // pid, tid
  struct TrackState {
    double last_ts = -1e300;
    std::vector<std::string> open_begins;    // B names
    std::vector<double> open_complete_ends;  // X slices that enclose the current time
  };
  std::map<Track, TrackState> tracks;
  struct Flow {
    int starts = 0, finishes = 0;
    double start_ts = 0, finish_ts = 0;
  };
  std::map<std::string, Flow> flows;
  for (std::size_t index = 0; index < events->size(); ++index) {
    const Json& event = (*events)[index];
    const std::string where = "traceEvents[" + std::to_string(index) + "]";
    auto problem = [&](const std::string& text) { problems.push_back(where + ": " + text); };
    if (!event.is_object()) {
      problem("not an object");
      continue;
    }
    if (!event.contains("ph") || !event["ph"].is_string()) {
      problem("no phase (\"ph\" string)");
      continue;
    }
    const std::string phase = event["ph"].get<std::string>();
    if (!known_phases().count(phase)) {
      problem("unknown phase \"" + phase + "\"");
      continue;
    }
    if (phase != "E" && !(event.contains("name") && event["name"].is_string()))
      problem("no \"name\" string");
    if (!event.contains("pid") || !event["pid"].is_number_integer()) {
      problem("no integer \"pid\"");
      continue;
    }
    const bool process_metadata = phase == "M" && event.value("name", "") == "process_name";
    if (!process_metadata && (!event.contains("tid") || !event["tid"].is_number_integer())) {
      problem("no integer \"tid\"");
      continue;
    }
    if (phase == "M") continue;  // metadata has no time
    if (!event.contains("ts") || !event["ts"].is_number()) {
      problem("no numeric \"ts\"");
      continue;
    }
    const double ts = event["ts"].get<double>();
    TrackState& track = tracks[{event["pid"].get<long long>(), event.value("tid", 0LL)}];
    if (ts < track.last_ts)
      problem("\"ts\" " + std::to_string(ts) + " goes back in time on its thread (after " +
              std::to_string(track.last_ts) + ")");
    track.last_ts = std::max(track.last_ts, ts);
    // Complete events that ended by now no longer enclose anything.
    while (!track.open_complete_ends.empty() &&
           track.open_complete_ends.back() <= ts + kTimeSlackUs)
      track.open_complete_ends.pop_back();
    if (phase == "X") {
      if (!event.contains("dur") || !event["dur"].is_number() || event["dur"].get<double>() < 0) {
        problem("complete event (X) without a non-negative \"dur\"");
        continue;
      }
      const double end = ts + event["dur"].get<double>();
      if (!track.open_complete_ends.empty() &&
          end > track.open_complete_ends.back() + kTimeSlackUs) {
        problem("complete event (X) overlaps an enclosing one without nesting in it (ends at " +
                std::to_string(end) + ", after " + std::to_string(track.open_complete_ends.back()) +
                ")");
      }
      track.open_complete_ends.push_back(end);
    } else if (phase == "B") {
      track.open_begins.push_back(event.value("name", ""));
    } else if (phase == "E") {
      if (track.open_begins.empty()) {
        problem("end (E) without a begin (B) on its thread");
      } else {
        track.open_begins.pop_back();
      }
    } else if (phase == "i" || phase == "I") {
      if (event.contains("s") && !(event["s"] == "g" || event["s"] == "p" || event["s"] == "t"))
        problem("instant scope \"s\" is not g, p or t");
    } else if (phase == "s" || phase == "t" || phase == "f") {
      if (!event.contains("id") || !(event["id"].is_number_integer() || event["id"].is_string())) {
        problem("flow event without an \"id\"");
        continue;
      }
      Flow& flow = flows[event["id"].dump()];
      if (phase == "s") {
        ++flow.starts;
        flow.start_ts = ts;
      }
      if (phase == "f") {
        ++flow.finishes;
        flow.finish_ts = ts;
      }
    }
  }
  for (const auto& [track, state] : tracks) {
    if (!state.open_begins.empty()) {
      problems.push_back("pid " + std::to_string(track.first) + " tid " +
                         std::to_string(track.second) + ": begin (B) \"" +
                         state.open_begins.back() + "\" never ended (E)");
    }
  }
  for (const auto& [id, flow] : flows) {
    if (flow.starts != 1 || flow.finishes != 1) {
      problems.push_back("flow id " + id + ": " + std::to_string(flow.starts) +
                         " start(s) (s) and " + std::to_string(flow.finishes) +
                         " finish(es) (f), expected one of each");
    } else if (flow.finish_ts < flow.start_ts) {
      problems.push_back("flow id " + id + ": finishes before it starts");
    }
  }
  return problems;
}

GilTimeline read_gil_timeline(const std::filesystem::path& path) {
  Json trace;
  try {
    trace = Json::parse(read_input_file(path, kMaxTraceBytes));
  } catch (const InputFileError& error) {
    throw TraceFileError(error.what());
  } catch (const Json::exception& error) {
    throw TraceFileError(path.string() + ": not JSON: " + error.what());
  }
  const auto problems = trace_event_problems(trace);
  if (!problems.empty()) {
    std::string text = path.string() + ": not a valid Trace Event file:";
    for (std::size_t i = 0; i < std::min(problems.size(), kProblemsShown); ++i)
      text += "\n  " + problems[i];
    if (problems.size() > kProblemsShown)
      text += "\n  ... and " + std::to_string(problems.size() - kProblemsShown) + " more";
    throw TraceFileError(text);
  }
  GilTimeline timeline;
  if (trace.is_object() && trace.contains("otherData"))
    timeline.design = trace["otherData"].value("design", "");
  std::map<long long, std::size_t> thread_index;
  auto thread_of = [&](long long tid) -> TimelineThread& {
    const auto [it, added] = thread_index.emplace(tid, timeline.threads.size());
    if (added) timeline.threads.push_back({tid, "thread " + std::to_string(tid), {}, {}});
    return timeline.threads[it->second];
  };
  std::map<std::string, TimelineHandOff> flows;
  bool any_gil_event = false;
  for (const Json& event : *events_of(trace)) {
    const std::string phase = event["ph"];
    const std::string name = event.value("name", "");
    const long long tid = event.value("tid", 0LL);
    if (phase == "M") {
      if (name == "thread_name" && event.contains("args"))
        thread_of(tid).name = event["args"].value("name", "");
      continue;
    }
    const double ts = event["ts"].get<double>();
    timeline.end_us = std::max(timeline.end_us, ts + event.value("dur", 0.0));
    if (phase == "X" && (name == names::kHoldingSlice || name == names::kWaitingSlice ||
                         name == names::kReleasedSlice)) {
      const std::string at = event.contains("args") ? event["args"].value("at", "") : "";
      thread_of(tid).slices.push_back({ts, ts + event["dur"].get<double>(), name, at});
      any_gil_event = true;
    } else if (phase == "i" &&
               (name == names::kForcedDropInstant || name == names::kDropRequestInstant)) {
      thread_of(tid).instants.push_back({ts, name});
    } else if ((phase == "s" || phase == "f") && name == names::kHandOffFlow) {
      TimelineHandOff& flow = flows[event["id"].dump()];
      if (phase == "s") {
        flow.from_tid = tid;
        flow.from_us = ts;
      } else {
        flow.to_tid = tid;
        flow.to_us = ts;
      }
    }
  }
  if (!any_gil_event) {
    throw TraceFileError(path.string() + ": a Trace Event file without GIL states (\"" +
                         names::kHoldingSlice +
                         "\" ...): not written by gilvm or gil-echo-server --trace");
  }
  for (auto& [id, flow] : flows) timeline.hand_offs.push_back(flow);
  std::sort(
      timeline.hand_offs.begin(), timeline.hand_offs.end(),
      [](const TimelineHandOff& a, const TimelineHandOff& b) { return a.from_us < b.from_us; });
  return timeline;
}

}  // namespace gilbench::harness
