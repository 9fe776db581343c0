// GIL traces: the Trace Event file (checked against the format's rules), the GIL profile, the
// timeline picture, and `gilbench run --trace` end to end on a convoy cell.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <thread>

#include "common/cpu_set.h"
#include "common/gil_trace_names.h"
#include "gil/gil_trace.h"
#include "harness/run_command.h"
#include "harness/temp_dir.h"
#include "harness/timeline.h"
#include "harness/trace_events.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench::harness;
using Catch::Matchers::Contains;
using Json = nlohmann::json;
namespace names = gilbench::gil_trace;

namespace {

// Records events as a host would, with no code locations.
class TraceRecorder final : public gilvm::GilEventListener {
 public:
  void on_gil_event(const gilvm::GilEvent& event) override {
    std::lock_guard lock(mutex_);
    trace.events.push_back({event, 0});
  }
  gilvm::GilTrace trace;

 private:
  std::mutex mutex_;
};

std::size_t count_events(const Json& trace, const std::string& phase, const std::string& name) {
  std::size_t count = 0;
  for (const auto& event : trace["traceEvents"])
    count += event["ph"] == phase && event.value("name", "") == name;
  return count;
}

// A synthetic trace at 1 ms steps: `fib` (thread 1, location 1) holds from 0 to 10 ms and is
// forced to drop; `echo` (thread 2) waits from 2 ms (asking at 7 ms), holds 10-11 ms at
// location 2 and releases for I/O; fib waits 10-11 ms and holds again to 13 ms.
gilvm::GilTrace synthetic_trace() {
  using gilvm::GilEventKind;
  gilvm::GilTrace trace;
  trace.design = "newgil";
  trace.pid = 7;
  trace.process_name = "test";
  trace.threads = {{1, "fib-1"}, {2, "echo"}};
  trace.locations.push_back({"fib", "echo_fib.py", 22});
  trace.locations.push_back({"echo", "echo_fib.py", 37});
  const int64_t ms = 1'000'000;
  auto add = [&](GilEventKind kind, uint64_t thread, int64_t time, uint32_t location,
                 bool forced = false, uint64_t from = 0) {
    trace.events.push_back({{kind, thread, time, forced, from}, location});
  };
  add(GilEventKind::Ready, 1, 0, 0);
  add(GilEventKind::Acquired, 1, 0, 0);
  add(GilEventKind::Ready, 2, 2 * ms, 2);
  add(GilEventKind::DropRequested, 2, 7 * ms, 2);
  add(GilEventKind::Released, 1, 10 * ms, 1, true);
  add(GilEventKind::Ready, 1, 10 * ms, 1);
  add(GilEventKind::Acquired, 2, 10 * ms, 2, false, 1);
  add(GilEventKind::Released, 2, 11 * ms, 2);
  add(GilEventKind::Acquired, 1, 11 * ms, 1, false, 2);
  add(GilEventKind::Released, 1, 13 * ms, 1);
  add(GilEventKind::Exited, 1, 13 * ms, 0);
  return trace;
}

}  // namespace

TEST_CASE(
    "a GIL trace of real threads follows the Trace Event format with hand-offs and forced drops "
    "and drop requests",
    "[gil][trace]") {
  gilvm::GilConfig config;
  config.switch_interval = std::chrono::microseconds(200);
  auto gil = gilvm::make_gil("newgil", config);
  TraceRecorder recorder;
  gil->set_event_listener(&recorder);
  gilvm::GilThread spinner{1, "spinner", {}, 0, nullptr}, taker{2, "taker", {}, 0, nullptr};
  std::atomic<bool> spinning{false}, done{false};
  gil->take(spinner);
  std::thread spin([&] {
    // Holds the GIL until a drop request forces it to let the taker in, then until told to stop.
    gilvm::run_like_interpreter(*gil, spinner, [&] {
      spinning.store(true);
      return !done.load();
    });
    gil->drop(spinner);
    gil->thread_exited(spinner);
  });
  while (!spinning.load()) std::this_thread::yield();
  gil->take(taker);  // waits an interval, asks, is handed the GIL
  done.store(true);
  gil->drop(taker);
  gil->thread_exited(taker);
  spin.join();
  recorder.trace.design = "newgil";
  recorder.trace.threads = {{1, "spinner"}, {2, "taker"}};

  const Json trace = Json::parse(gilvm::trace_event_json(recorder.trace));
  const auto problems = trace_event_problems(trace);
  INFO(trace.dump(1));
  CHECK(problems.empty());
  CHECK(count_events(trace, "i", names::kDropRequestInstant) >= 1);
  CHECK(count_events(trace, "i", names::kForcedDropInstant) >= 1);
  CHECK(count_events(trace, "s", names::kHandOffFlow) >= 1);
  CHECK(count_events(trace, "s", names::kHandOffFlow) ==
        count_events(trace, "f", names::kHandOffFlow));
  CHECK(count_events(trace, "X", names::kHoldingSlice) >= 3);  // spinner, taker, spinner again
}

TEST_CASE("the Trace Event check names each broken rule", "[gil][trace]") {
  auto problems_of = [](const std::string& events) {
    const auto problems = trace_event_problems(Json::parse("{\"traceEvents\": [" + events + "]}"));
    std::string text;
    for (const auto& problem : problems) text += problem + "\n";
    return text;
  };
  CHECK(problems_of(R"({"name":"a","ph":"X","ts":0,"dur":1,"pid":1,"tid":1})").empty());
  CHECK_THAT(problems_of(R"({"name":"a","ph":"X","ts":0,"pid":1,"tid":1})"),
             Contains("non-negative \"dur\""));
  CHECK_THAT(problems_of(R"({"name":"a","ph":"Q","ts":0,"pid":1,"tid":1})"),
             Contains("unknown phase \"Q\""));
  CHECK_THAT(problems_of(R"({"ph":"i","ts":0,"pid":1,"tid":1})"), Contains("no \"name\""));
  CHECK_THAT(problems_of(R"({"name":"a","ph":"i","pid":1,"tid":1})"),
             Contains("no numeric \"ts\""));
  CHECK_THAT(problems_of(R"({"name":"a","ph":"i","ts":0,"tid":1})"),
             Contains("no integer \"pid\""));
  CHECK_THAT(
      problems_of(
          R"({"name":"a","ph":"i","ts":5,"pid":1,"tid":1},{"name":"b","ph":"i","ts":4,"pid":1,"tid":1})"),
      Contains("goes back in time"));
  CHECK(
      problems_of(
          R"({"name":"a","ph":"i","ts":5,"pid":1,"tid":1},{"name":"b","ph":"i","ts":4,"pid":1,"tid":2})")
          .empty());
  CHECK_THAT(problems_of(R"({"name":"a","ph":"B","ts":0,"pid":1,"tid":1})"),
             Contains("never ended"));
  CHECK_THAT(problems_of(R"({"ph":"E","ts":0,"pid":1,"tid":1})"), Contains("without a begin"));
  CHECK_THAT(
      problems_of(
          R"({"name":"a","ph":"X","ts":0,"dur":5,"pid":1,"tid":1},{"name":"b","ph":"X","ts":3,"dur":5,"pid":1,"tid":1})"),
      Contains("without nesting"));
  CHECK(
      problems_of(
          R"({"name":"a","ph":"X","ts":0,"dur":5,"pid":1,"tid":1},{"name":"b","ph":"X","ts":3,"dur":2,"pid":1,"tid":1})")
          .empty());
  CHECK_THAT(problems_of(R"({"name":"h","ph":"s","id":1,"ts":0,"pid":1,"tid":1})"),
             Contains("flow id 1: 1 start(s) (s) and 0 finish"));
  CHECK_THAT(
      problems_of(
          R"({"name":"h","ph":"s","id":1,"ts":5,"pid":1,"tid":1},{"name":"h","ph":"f","id":1,"ts":4,"pid":1,"tid":2})"),
      Contains("finishes before it starts"));
  CHECK_THAT(trace_event_problems(Json::parse(R"({"events": []})")).front(),
             Contains("traceEvents"));
}

TEST_CASE("the GIL profile charges a wait to the holder whose hold overlapped it", "[gil][trace]") {
  const gilvm::GilTrace trace = synthetic_trace();
  const Json trace_events = Json::parse(gilvm::trace_event_json(trace));
  CHECK(trace_event_problems(trace_events).empty());
  CHECK(count_events(trace_events, "s", names::kHandOffFlow) == 2);  // fib -> echo, echo -> fib

  const auto profile = gilvm::gil_profile_json(trace);
  const auto& top = profile["holders"][0];
  CHECK(top["function"] == "fib");
  CHECK(top["line"] == 22);
  CHECK(top["held_ms"].get<double>() == Approx(12.0));  // 0-10 and 11-13 ms
  CHECK(top["forced_drops"] == 1);
  CHECK(top["imposed_wait_by_thread_ms"]["echo"].get<double>() ==
        Approx(8.0));  // echo waited 2-10 ms
  const auto& second = profile["holders"][1];
  CHECK(second["function"] == "echo");
  CHECK(second["imposed_wait_by_thread_ms"]["fib-1"].get<double>() ==
        Approx(1.0));  // fib waited 10-11 ms
  CHECK(profile["threads"][1]["waited_ms"].get<double>() == Approx(8.0));
  CHECK(profile["complete"] == true);
}

TEST_CASE("the timeline centres on the echo thread's median wait and draws a row per thread",
          "[gil][trace][timeline]") {
  GilTimeline timeline;
  timeline.design = "newgil";
  TimelineThread fib{1, "fib-1", {}, {}}, echo{2, "echo", {}, {}};
  // Echo waits 5, 1, 3, 2 and 4 ms (median 3 ms, starting at 40 ms), and briefly between them:
  // the brief waits do not count at a 10 ms scale.
  const double waits[][2] = {{0, 5000},      {20000, 21000}, {30000, 30001}, {40000, 43000},
                             {50000, 50001}, {60000, 62000}, {80000, 84000}};
  for (const auto& wait : waits)
    echo.slices.push_back({wait[0], wait[1], names::kWaitingSlice, ""});
  fib.slices.push_back({0, 100000, names::kHoldingSlice, "fib (echo_fib.py:22)"});
  fib.instants.push_back({43000, names::kForcedDropInstant});
  timeline.threads = {fib, echo};
  timeline.hand_offs.push_back({1, 2, 43000, 43000});
  timeline.end_us = 100000;

  const TimelineWindow window = choose_timeline_window(timeline, 10000);
  CHECK(window.from_us == Approx(38000));  // a fifth of the window before the median wait
  CHECK(window.to_us == Approx(48000));
  CHECK_THAT(window.reason, Contains("echo"));
  CHECK(choose_timeline_window(timeline, 200000).reason == "the whole trace");
  CHECK(choose_timeline_window(timeline, 10000, 1000.0).from_us == Approx(1000));

  const std::string svg = render_timeline_svg(timeline, window, "test <title>");
  CHECK_THAT(svg, Contains("<svg"));
  CHECK_THAT(svg, Contains("test &lt;title&gt;"));
  CHECK_THAT(svg, Contains(">fib-1<"));
  CHECK_THAT(svg, Contains(">echo<"));
  CHECK_THAT(svg, Contains("held 100%"));   // fib over the whole window
  CHECK_THAT(svg, Contains("waited 30%"));  // echo: 3 of 10 ms
  CHECK_THAT(svg, Contains("marker-end"));  // the hand-off
}

TEST_CASE(
    "gilbench run --trace: the convoy cell's trace is valid and its profile names fib; timeline "
    "draws it",
    "[harness][e2e][trace]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto config_path = scratch.path() / "convoy.json";
  // The convoy needs the client on a core of its own: on one core the echo thread rarely waits.
  const bool convoy = gilbench::usable_cpus().size() >= 2;
  harness_test::write_text(
      config_path, std::string(R"({"name": "traced", "client": {"messages": 20, "warmup": 2},
    "sweep": {"designs": [{"gil": "newgil", "switch_intervals": ["1ms"], "cpu_threads": [1]}], "cores": [1],
              "client_placement": [")") +
                       (convoy ? "separate" : "same") + R"("]},
    "repetitions": 1, "timeouts": {"cell": "60s", "listen": "20s"}, "baseline": "none"})");
  RunRequest request;
  request.config_path = config_path;
  request.out_directory = scratch.path() / "results";
  request.plots = false;
  request.trace = true;
  std::ostringstream out, err;
  REQUIRE(run_command(request, out, err) == 0);
  INFO(out.str() << err.str());
  std::filesystem::path report_path;
  for (const auto& entry : std::filesystem::directory_iterator(request.out_directory)) {
    if (entry.path().extension() == ".json") report_path = entry.path();
  }
  const auto report = harness_test::read_json(report_path);
  const auto& repetition = report["cells"][0]["repetitions"][0];
  REQUIRE(repetition["status"] == "ok");
  REQUIRE(repetition.contains("gil_trace"));

  const auto trace_path =
      report_path.parent_path() / repetition["gil_trace"]["trace_file"].get<std::string>();
  const Json trace = Json::parse(harness_test::read_text(trace_path));
  CHECK(trace_event_problems(trace).empty());
  CHECK(count_events(trace, "X", names::kHoldingSlice) > 0);

  // Who held the GIL while echo waited: fib, in echo_fib.py, the top holder, charged with most of
  // echo's wait (each message waits about an interval behind it).
  const auto& holders = repetition["gil_trace"]["profile"]["holders"];
  REQUIRE(!holders.empty());
  if (convoy) {
    const auto& fib = holders[0];
    CHECK(fib["function"] == "fib");
    CHECK(fib["file"] == "echo_fib.py");
    CHECK(fib["threads"][0] == "fib-1");
    CHECK(fib["forced_drops"].get<int>() > 0);
    double echo_waited_ms = 0;
    for (const auto& thread : repetition["gil_trace"]["profile"]["threads"]) {
      if (thread["name"] == "echo") echo_waited_ms = thread["waited_ms"].get<double>();
    }
    CHECK(fib["imposed_wait_by_thread_ms"]["echo"].get<double>() > echo_waited_ms / 2);
    CHECK_THAT(out.str(), Contains("GIL holders"));
  } else {
    WARN("one usable CPU: no convoy to attribute; checked the trace only");
  }
  CHECK(report["cells"][0]["aggregates"]["metrics"]["cpu_threads_held_jain_ratio"]["median"]
            .get<double>() == Approx(1.0));

  const auto drawn = harness_test::run_gilbench(
      {"timeline", report_path.string(), "--cell", "1", "--window", "5ms"}, scratch.path());
  INFO(drawn.out << drawn.err);
  CHECK(drawn.status == 0);
  const auto svg_path = report_path.parent_path() / (report_path.stem().string() + "-cell1.svg");
  CHECK_THAT(harness_test::read_text(svg_path), Contains(">echo<"));
  // A report without traces, and a cell that does not exist, are named errors.
  const auto missing =
      harness_test::run_gilbench({"timeline", report_path.string(), "--cell", "9"}, scratch.path());
  CHECK(missing.status == 2);
  CHECK_THAT(missing.err, Contains("no cell #9"));
}
