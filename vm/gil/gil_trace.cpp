// GIL traces (gil_trace.h): the events turned into per-thread intervals once, then written as
// Trace Event JSON or summed into the profile.
#include "gil/gil_trace.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace gilvm {

namespace {

using namespace gilbench::gil_trace;

// A stretch of one thread's time in one state.
struct Interval {
  uint64_t thread = 0;
  int64_t start_ns = 0, end_ns = 0;
  uint32_t location = 0;    // holding: where it let go; waiting: where it asked; released: the call
  bool forced = false;      // holding: ended by a forced drop
  bool unfinished = false;  // still going when the trace ends
};

struct Instant {
  uint64_t thread = 0;
  int64_t time_ns = 0;
  const char* name = "";
  uint32_t location = 0;
};

// The GIL passing from one thread (released at `released_ns`) to another (took it at
// `acquired_ns`).
struct HandOff {
  uint64_t from = 0, to = 0;
  int64_t released_ns = 0, acquired_ns = 0;
};

struct Timeline {
  int64_t origin_ns = 0, end_ns = 0;
  std::vector<Interval> holds, waits, released;
  std::vector<Instant> instants;
  std::vector<HandOff> hand_offs;
};

// Walks the events in time order (arrival order among equal times), one state per thread.
Timeline timeline_of(const GilTrace& trace) {
  std::vector<const TracedGilEvent*> events;
  events.reserve(trace.events.size());
  for (const TracedGilEvent& event : trace.events) events.push_back(&event);
  std::stable_sort(events.begin(), events.end(),
                   [](const TracedGilEvent* a, const TracedGilEvent* b) {
                     return a->event.time_ns < b->event.time_ns;
                   });
  Timeline timeline;
  if (events.empty()) return timeline;
  timeline.origin_ns = events.front()->event.time_ns;
  timeline.end_ns = events.back()->event.time_ns;

  enum class State { none, waiting, holding, released };
  struct ThreadState {
    State state = State::none;
    int64_t since_ns = 0;
    uint32_t location = 0;
    int64_t last_release_ns = -1;
  };
  std::unordered_map<uint64_t, ThreadState> threads;
  for (const TracedGilEvent* traced : events) {
    const GilEvent& event = traced->event;
    ThreadState& thread = threads[event.thread_id];
    auto close = [&](std::vector<Interval>& into, bool forced) {
      into.push_back(
          {event.thread_id, thread.since_ns, event.time_ns, thread.location, forced, false});
    };
    switch (event.kind) {
      case GilEventKind::Ready:
        if (thread.state == State::released) close(timeline.released, false);
        thread = {State::waiting, event.time_ns, traced->location, thread.last_release_ns};
        break;
      case GilEventKind::DropRequested:
        timeline.instants.push_back(
            {event.thread_id, event.time_ns, kDropRequestInstant, traced->location});
        break;
      case GilEventKind::Acquired: {
        if (thread.state == State::waiting) close(timeline.waits, false);
        if (event.from_thread != 0) {
          const auto from = threads.find(event.from_thread);
          if (from != threads.end() && from->second.last_release_ns >= 0 &&
              from->second.last_release_ns <= event.time_ns) {
            timeline.hand_offs.push_back(
                {event.from_thread, event.thread_id, from->second.last_release_ns, event.time_ns});
          }
        }
        thread.state = State::holding;
        thread.since_ns = event.time_ns;
        break;
      }
      case GilEventKind::Released:
        // The hold counts where the thread let go.
        if (thread.state == State::holding) {
          thread.location = traced->location;
          close(timeline.holds, event.forced);
        }
        if (event.forced)
          timeline.instants.push_back(
              {event.thread_id, event.time_ns, kForcedDropInstant, traced->location});
        thread = {State::released, event.time_ns, traced->location, event.time_ns};
        break;
      case GilEventKind::Exited: thread.state = State::none; break;
    }
  }
  // What was still going on when the trace ends (a daemon thread holding or waiting at exit).
  for (const auto& [id, thread] : threads) {
    const Interval open{id, thread.since_ns, timeline.end_ns, thread.location, false, true};
    if (thread.state == State::holding) timeline.holds.push_back(open);
    if (thread.state == State::waiting) timeline.waits.push_back(open);
    if (thread.state == State::released) timeline.released.push_back(open);
  }
  return timeline;
}

std::string quoted(const std::string& text) { return nlohmann::json(text).dump(); }

// Nanoseconds since the origin as microseconds with all nine digits: exact, and short.
std::string micros_text(int64_t ns) {
  char text[48];
  const char* sign = ns < 0 ? "-" : "";
  const int64_t magnitude = ns < 0 ? -ns : ns;
  std::snprintf(text, sizeof text, "%s%" PRId64 ".%03" PRId64, sign, magnitude / 1000,
                magnitude % 1000);
  return text;
}

std::string location_text(const GilTrace& trace, uint32_t location) {
  if (location >= trace.locations.size()) return "?";
  const CodeLocation& where = trace.locations[location];
  if (where.file.empty()) return where.function;
  return where.function + " (" + where.file + ":" + std::to_string(where.line) + ")";
}

std::string thread_name(const GilTrace& trace, uint64_t id) {
  for (const auto& [thread, name] : trace.threads) {
    if (thread == id) return name;
  }
  return "thread " + std::to_string(id);
}

double millis(int64_t ns) { return static_cast<double>(ns) / 1e6; }

}  // namespace

std::string trace_event_json(const GilTrace& trace) {
  const Timeline timeline = timeline_of(trace);
  // Per thread: (time, event text), sorted by time at the end.
  std::map<uint64_t, std::vector<std::pair<int64_t, std::string>>> tracks;
  for (const auto& [id, name] : trace.threads) tracks[id];
  const std::string pid = std::to_string(trace.pid);
  auto common = [&](const char* name, const char* phase, uint64_t thread, int64_t time_ns) {
    return std::string("{\"name\":") + quoted(name) + ",\"cat\":\"gil\",\"ph\":\"" + phase +
           "\",\"ts\":" + micros_text(time_ns - timeline.origin_ns) + ",\"pid\":" + pid +
           ",\"tid\":" + std::to_string(thread);
  };
  auto add_slices = [&](const std::vector<Interval>& intervals, const char* name,
                        const char* colour) {
    for (const Interval& interval : intervals) {
      std::string text = common(name, "X", interval.thread, interval.start_ns) +
                         ",\"dur\":" + micros_text(interval.end_ns - interval.start_ns) +
                         ",\"cname\":\"" + colour +
                         "\",\"args\":{\"at\":" + quoted(location_text(trace, interval.location));
      if (interval.forced) text += ",\"forced\":true";
      if (interval.unfinished) text += ",\"unfinished\":true";
      text += "}}";
      tracks[interval.thread].emplace_back(interval.start_ns, std::move(text));
    }
  };
  add_slices(timeline.holds, kHoldingSlice, "good");
  add_slices(timeline.waits, kWaitingSlice, "terrible");
  add_slices(timeline.released, kReleasedSlice, "grey");
  for (const Instant& instant : timeline.instants) {
    tracks[instant.thread].emplace_back(instant.time_ns,
                                        common(instant.name, "i", instant.thread, instant.time_ns) +
                                            ",\"s\":\"t\",\"args\":{\"at\":" +
                                            quoted(location_text(trace, instant.location)) + "}}");
  }
  // Flow ends sit 1 ns inside their holding slices (when they are that long), so that viewers
  // bind them to those slices and not to a neighbour that touches it.
  auto inside = [](int64_t edge_ns, int64_t toward_ns) {
    if (toward_ns - edge_ns >= 2) return edge_ns + 1;
    if (edge_ns - toward_ns >= 2) return edge_ns - 1;
    return edge_ns;
  };
  std::map<std::pair<uint64_t, int64_t>, int64_t> hold_start;
  for (const Interval& hold : timeline.holds)
    hold_start[{hold.thread, hold.end_ns}] = hold.start_ns;
  std::map<std::pair<uint64_t, int64_t>, int64_t> hold_end;
  for (const Interval& hold : timeline.holds) hold_end[{hold.thread, hold.start_ns}] = hold.end_ns;
  uint64_t flow_id = 0;
  for (const HandOff& hand_off : timeline.hand_offs) {
    const auto from_start = hold_start.find({hand_off.from, hand_off.released_ns});
    const auto to_end = hold_end.find({hand_off.to, hand_off.acquired_ns});
    const int64_t start_ns = from_start == hold_start.end()
                                 ? hand_off.released_ns
                                 : inside(hand_off.released_ns, from_start->second);
    const int64_t finish_ns = to_end == hold_end.end()
                                  ? hand_off.acquired_ns
                                  : inside(hand_off.acquired_ns, to_end->second);
    const std::string id = std::to_string(++flow_id);
    tracks[hand_off.from].emplace_back(
        start_ns, common(kHandOffFlow, "s", hand_off.from, start_ns) + ",\"id\":" + id + "}");
    tracks[hand_off.to].emplace_back(finish_ns, common(kHandOffFlow, "f", hand_off.to, finish_ns) +
                                                    ",\"bp\":\"e\",\"id\":" + id + "}");
  }

  std::string out = "{\"traceEvents\":[\n";
  out += "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + pid +
         ",\"tid\":0,\"args\":{\"name\":" + quoted(trace.process_name) + "}}";
  for (auto& [thread, events] : tracks) {
    const std::string tid = std::to_string(thread);
    out += ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid +
           ",\"args\":{\"name\":" + quoted(thread_name(trace, thread)) + "}}";
    out += ",\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid +
           ",\"args\":{\"sort_index\":" + tid + "}}";
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& event : events) out += ",\n" + event.second;
  }
  nlohmann::ordered_json other = {{"tool", "gilbench"},
                                  {"design", trace.design},
                                  {"events", trace.events.size()},
                                  {"max_events", trace.max_events},
                                  {"events_dropped", trace.events_dropped},
                                  {"time_origin_steady_ns", timeline.origin_ns}};
  out += "\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":" + other.dump() + "}\n";
  return out;
}

std::string trace_json_lines(const GilTrace& trace) {
  std::string lines;
  for (const TracedGilEvent& traced : trace.events) {
    nlohmann::ordered_json line = to_json(traced.event);
    const CodeLocation& where = traced.location < trace.locations.size()
                                    ? trace.locations[traced.location]
                                    : trace.locations.front();
    line["function"] = where.function;
    line["file"] = where.file;
    line["line"] = where.line;
    lines += line.dump() + "\n";
  }
  return lines;
}

nlohmann::ordered_json gil_profile_json(const GilTrace& trace) {
  Timeline timeline = timeline_of(trace);
  struct Holder {
    int64_t held_ns = 0;
    uint64_t holds = 0, forced_drops = 0;
    std::map<uint64_t, int64_t> imposed_ns;  // per waiting thread
    std::vector<uint64_t> threads;
  };
  std::map<uint32_t, Holder> holders;
  struct ThreadTotals {
    int64_t held_ns = 0, waited_ns = 0, wait_gil_free_ns = 0;
    uint64_t forced_drops = 0;
  };
  std::map<uint64_t, ThreadTotals> totals;
  for (const auto& [id, name] : trace.threads) totals[id];
  for (const Interval& hold : timeline.holds) {
    Holder& holder = holders[hold.location];
    holder.held_ns += hold.end_ns - hold.start_ns;
    ++holder.holds;
    if (hold.forced) ++holder.forced_drops;
    if (std::find(holder.threads.begin(), holder.threads.end(), hold.thread) ==
        holder.threads.end()) {
      holder.threads.push_back(hold.thread);
    }
    totals[hold.thread].held_ns += hold.end_ns - hold.start_ns;
    if (hold.forced) ++totals[hold.thread].forced_drops;
  }
  // Each wait against the holds of other threads that overlap it. Holds of an exclusive GIL do
  // not overlap, so sorted by start they are sorted by end too, and few precede a wait's start.
  std::vector<Interval>& holds = timeline.holds;
  std::sort(holds.begin(), holds.end(),
            [](const Interval& a, const Interval& b) { return a.start_ns < b.start_ns; });
  for (const Interval& wait : timeline.waits) {
    ThreadTotals& waiter = totals[wait.thread];
    const int64_t waited_ns = wait.end_ns - wait.start_ns;
    waiter.waited_ns += waited_ns;
    int64_t attributed_ns = 0;
    auto it =
        std::lower_bound(holds.begin(), holds.end(), wait.start_ns,
                         [](const Interval& hold, int64_t time) { return hold.start_ns < time; });
    while (it != holds.begin() && std::prev(it)->end_ns > wait.start_ns) --it;
    for (; it != holds.end() && it->start_ns < wait.end_ns; ++it) {
      if (it->thread == wait.thread) continue;
      const int64_t overlap_ns =
          std::min(it->end_ns, wait.end_ns) - std::max(it->start_ns, wait.start_ns);
      if (overlap_ns <= 0) continue;
      holders[it->location].imposed_ns[wait.thread] += overlap_ns;
      attributed_ns += overlap_ns;
    }
    waiter.wait_gil_free_ns += std::max<int64_t>(0, waited_ns - attributed_ns);
  }

  nlohmann::ordered_json threads = nlohmann::ordered_json::array();
  for (const auto& [id, thread] : totals) {
    threads.push_back({{"id", id},
                       {"name", thread_name(trace, id)},
                       {"held_ms", millis(thread.held_ns)},
                       {"waited_ms", millis(thread.waited_ns)},
                       {"waited_with_gil_free_ms", millis(thread.wait_gil_free_ns)},
                       {"forced_drops", thread.forced_drops}});
  }
  struct Row {
    uint32_t location;
    const Holder* holder;
    int64_t imposed_ns;
  };
  std::vector<Row> rows;
  for (const auto& [location, holder] : holders) {
    int64_t imposed_ns = 0;
    for (const auto& [thread, ns] : holder.imposed_ns) imposed_ns += ns;
    rows.push_back({location, &holder, imposed_ns});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.imposed_ns != b.imposed_ns) return a.imposed_ns > b.imposed_ns;
    return a.holder->held_ns > b.holder->held_ns;
  });
  nlohmann::ordered_json holder_list = nlohmann::ordered_json::array();
  for (const Row& row : rows) {
    const CodeLocation& where = row.location < trace.locations.size()
                                    ? trace.locations[row.location]
                                    : trace.locations.front();
    nlohmann::ordered_json names = nlohmann::ordered_json::array();
    for (uint64_t thread : row.holder->threads) names.push_back(thread_name(trace, thread));
    nlohmann::ordered_json imposed = nlohmann::ordered_json::object();
    for (const auto& [thread, ns] : row.holder->imposed_ns)
      imposed[thread_name(trace, thread)] = millis(ns);
    holder_list.push_back({{"function", where.function},
                           {"file", where.file},
                           {"line", where.line},
                           {"threads", names},
                           {"held_ms", millis(row.holder->held_ns)},
                           {"holds", row.holder->holds},
                           {"forced_drops", row.holder->forced_drops},
                           {"imposed_wait_ms", millis(row.imposed_ns)},
                           {"imposed_wait_by_thread_ms", imposed}});
  }
  return {{"design", trace.design},
          {"span_ms", millis(timeline.end_ns - timeline.origin_ns)},
          {"events", trace.events.size()},
          {"max_events", trace.max_events},
          {"events_dropped", trace.events_dropped},
          {"complete", trace.events_dropped == 0},
          {"attribution",
           "a hold counts at the code location where its thread let go of the GIL (where a drop "
           "request found it, "
           "or the blocking call it entered); a wait is imposed by the holds of other threads that "
           "overlap it"},
          {"threads", threads},
          {"holders", holder_list}};
}

}  // namespace gilvm
