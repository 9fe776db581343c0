// Real interpreters as targets: finding them (PATH, pyenv shims, pyenv:X, paths), the workloads
// under every interpreter found and under gilvm, the /proc figures, calibrate with and without
// any Python, compare on reports mixing real and model cells, and a user's own server.
// Tests that need a real Python warn and check only the model when none is found: the project
// never needs Python.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>

#include "harness/calibration.h"
#include "harness/compare.h"
#include "harness/interpreters.h"
#include "harness/plots.h"
#include "harness/process_sampler.h"
#include "harness/run_command.h"
#include "harness/statistics.h"
#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench;
using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;
using harness_test::run_gilbench;

namespace {

void write_executable(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  harness_test::write_text(path, text);
  ::chmod(path.c_str(), 0755);
}

// One interpreter per implementation and X.Y from this machine's PATH and pyenv.
std::vector<InterpreterInfo> interpreters_here() {
  std::vector<InterpreterInfo> found;
  std::set<std::string> versions;
  for (const auto& entry : discover_interpreters(InterpreterSearch::from_environment(), {})) {
    if (!entry.lookup.info) continue;
    const auto& info = *entry.lookup.info;
    if (versions
            .insert(info.implementation + std::to_string(info.major) + "." +
                    std::to_string(info.minor))
            .second)
      found.push_back(info);
  }
  if (found.empty()) WARN("no Python interpreter on this machine: only gilvm is checked");
  return found;
}

Json only_report_in(const std::filesystem::path& directory, const std::string& prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().filename().string().starts_with(prefix))
      return harness_test::read_json(entry.path());
  }
  FAIL("no report " << prefix << "* in " << directory);
  return {};
}

// Runs `config_text` in-process with the interpreter rows `rows` added to its designs.
Json run_config(const std::string& config_text, const std::filesystem::path& out) {
  const Config config = harness_test::config_from(config_text);
  RunRequest request;
  request.out_directory = out;
  request.plots = false;
  std::ostringstream printed, progress;
  const SweepResult result = run_sweep(config, request, printed, progress);
  INFO(printed.str() << progress.str());
  REQUIRE(result.status == 0);
  return result.report;
}

Json interpreter_rows(const std::vector<InterpreterInfo>& interpreters, const Json& axes) {
  Json rows = Json::array();
  for (const auto& info : interpreters) {
    Json row = axes;
    row["interpreter"] = info.path.string();
    rows.push_back(row);
  }
  return rows;
}

// A calibration config small enough for a test: one core, 20 messages, one repetition.
const char* kTinyCalibration = R"({"name": "tiny-calibration",
  "pairs": [{"gil": "legacy", "interpreters": "cpython2", "check_intervals": [100]},
            {"gil": "newgil", "interpreters": "cpython3", "switch_intervals": ["1ms"]}],
  "cores": [1], "repetitions": 1,
  "echo": {"cpu_threads": [0, 1], "client": {"messages": 20, "warmup": 2}, "client_placement": ["same"],
           "timeouts": {"cell": "60s", "listen": "30s"}},
  "countdown": {"script": "harness/workloads/cpu_contention.py", "args": ["20000"]}})";

}  // namespace

TEST_CASE("interpreter specs resolve through PATH, pyenv shims, pyenv:X and paths",
          "[harness][interpreters]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto root = scratch.path() / "pyenv";
  for (const char* version : {"2.7.18", "3.12.1", "3.9.18"})
    write_executable(root / "versions" / version / "bin" / "python", "#!/bin/sh\n");
  write_executable(root / "versions" / "2.7.18" / "bin" / "python2.7", "#!/bin/sh\n");
  write_executable(root / "versions" / "3.12.1" / "bin" / "python3.12", "#!/bin/sh\n");
  write_executable(root / "versions" / "3.9.18" / "bin" / "python3.9", "#!/bin/sh\n");
  for (const char* shim : {"python", "python3.9", "python3.12"})
    write_executable(root / "shims" / shim, "#!/usr/bin/env bash\nexec pyenv exec \"$0\"\n");
  write_executable(scratch.path() / "bin" / "python3.12",
                   "#!/bin/sh\n");  // later on PATH than the shims

  InterpreterSearch search{(root / "shims").string() + ":" + (scratch.path() / "bin").string(),
                           root, ""};
  // A shim is replaced by the binary of the version that has the command, not run through bash.
  CHECK(locate_interpreter("python3.9", search).path ==
        root / "versions" / "3.9.18" / "bin" / "python3.9");
  // Several versions have `python`: the newest, unless pyenv's version file or PYENV_VERSION says.
  CHECK(locate_interpreter("python", search).path ==
        root / "versions" / "3.12.1" / "bin" / "python");
  harness_test::write_text(root / "version", "2.7.18\n");
  CHECK(locate_interpreter("python", search).path ==
        root / "versions" / "2.7.18" / "bin" / "python");
  search.pyenv_version = "3.9.18";
  CHECK(locate_interpreter("python", search).path ==
        root / "versions" / "3.9.18" / "bin" / "python");
  // pyenv:X picks the version's most specific binary.
  CHECK(locate_interpreter("pyenv:2.7.18", search).path ==
        root / "versions" / "2.7.18" / "bin" / "python2.7");
  CHECK(locate_interpreter((scratch.path() / "bin" / "python3.12").string(), search).path ==
        scratch.path() / "bin" / "python3.12");

  const auto missing = locate_interpreter("python3.14", search);
  CHECK_FALSE(missing.path);
  CHECK_THAT(missing.reason,
             Contains("python3.14 not found") && Contains("PATH=") && Contains(root.string()));
  CHECK_THAT(locate_interpreter("pyenv:4.0", search).reason, Contains("no pyenv version \"4.0\""));
  // A fake binary is found but fails the probe: a reason, not an exception.
  const auto fake = look_up_interpreter("python3.9", search);
  CHECK_FALSE(fake.info);
  CHECK_THAT(fake.reason, Contains("python3.9"));
}

TEST_CASE(
    "interpreter rows are configs' targets and a missing interpreter skips its cells with the "
    "reason",
    "[harness][interpreters]") {
  const Config config = harness_test::config_from(R"({"name": "x", "sweep": {"designs": [
      {"gil": "newgil", "cpu_threads": [0, 1]},
      {"interpreter": "no-such-python-here", "cpu_threads": [0, 1], "check_intervals": [10, 1000]}], "cores": [1]}})");
  REQUIRE(config.designs.size() == 2);
  CHECK(config.designs[1].server == "interpreter");
  CHECK(config.designs[1].name() == "no-such-python-here");
  auto cells = expand_cells(config, {}, {{0}, 1});
  REQUIRE(cells.size() == 6);
  CHECK(cell_id(cells[2].parameters) == "interpreter/no-such-python-here/5ms/10/t0/k1/same");
  CHECK(parameters_json(cells[2].parameters)["interpreter"] == "no-such-python-here");
  CHECK_FALSE(parameters_json(cells[0].parameters)
                  .contains("interpreter"));  // VM cells keep their old identity
  // Each interpreter cell is measured against its own no-CPU-thread cell, VM cells against the
  // VM's.
  CHECK(cells[4].baseline_index == cells[2].index);
  CHECK(cells[1].baseline_index == cells[0].index);

  attach_interpreters(cells, {"", "/nonexistent", ""});
  CHECK_FALSE(cells[0].skip);
  REQUIRE(cells[2].skip);
  CHECK_THAT(*cells[2].skip, Contains("no-such-python-here not found"));

  CHECK_THROWS_WITH(
      harness_test::config_from(
          R"({"name": "x", "sweep": {"designs": [{"interpreter": ""}], "cores": [1]}})"),
      Contains("sweep.designs[0].interpreter: empty interpreter"));
  CHECK_THROWS_WITH(
      harness_test::config_from(
          R"({"name": "x", "sweep": {"designs": [{"interpreter": "python3", "gil": "newgil"}], "cores": [1]}})"),
      Contains("sweep.designs[0].gil: unknown key"));
}

TEST_CASE("a process's threads are sampled from /proc: CPU time, switches and names",
          "[harness][interpreters]") {
  std::atomic<bool> stop = false;
  std::atomic<pid_t> tid = 0;
  std::thread spinner([&] {
    ::pthread_setname_np(::pthread_self(), "sampled-spin");
    tid = static_cast<pid_t>(::syscall(SYS_gettid));
    timespec used{};
    do ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
    while (used.tv_sec == 0 && used.tv_nsec < 30'000'000);  // 30 ms of CPU, however long that takes
    while (!stop) std::this_thread::yield();
  });
  while (tid == 0) std::this_thread::yield();
  ProcessSampler sampler(::getpid());
  timespec spun{};
  clockid_t clock{};
  ::pthread_getcpuclockid(spinner.native_handle(), &clock);
  do ::clock_gettime(clock, &spun);
  while (spun.tv_sec == 0 && spun.tv_nsec < 30'000'000);
  sampler.sample();
  stop = true;
  spinner.join();
  sampler.sample();  // the thread has gone: its last figures stay

  REQUIRE(sampler.threads().count(tid));
  const ThreadFigures& figures = sampler.threads().at(tid);
  CHECK(figures.name == "sampled-spin");
  REQUIRE(figures.cpu_s);
  CHECK(*figures.cpu_s >= 0.029);
  REQUIRE(figures.voluntary_switches);
  REQUIRE(figures.involuntary_switches);
  const Json json = sampler.to_json();
  CHECK(json["samples"] == 2);
  CHECK(json["cpu_s"].get<double>() >= *figures.cpu_s);
  bool main_seen = false;
  for (const auto& thread : json["threads"])
    main_seen = main_seen || (thread["main"] == true && thread["tid"] == ::getpid());
  CHECK(main_seen);

  // Absent, not zero: a thread without schedstat or status has no such figures.
  TemporaryDirectory proc("gilbench-test");
  std::filesystem::create_directories(proc.path() / "7" / "task" / "8");
  harness_test::write_text(proc.path() / "7" / "task" / "8" / "stat",
                           "8 (odd) name) R 1 1 1 0 -1 0 0 0 0 0 250 50 0 0 20 0 1 0\n");
  const auto bare = read_thread_figures(proc.path() / "7" / "task", 8);
  REQUIRE(bare);
  CHECK(bare->name == "odd) name");  // comm missing (the thread leaving): the name from stat
  CHECK(*bare->user_s == Approx(250.0 / static_cast<double>(::sysconf(_SC_CLK_TCK))));
  CHECK(*bare->cpu_s == Approx(300.0 / static_cast<double>(::sysconf(_SC_CLK_TCK))));
  CHECK_FALSE(bare->run_queue_wait_s);
  CHECK_FALSE(bare->voluntary_switches);
  ProcessSampler fake(7, proc.path());
  fake.sample();
  CHECK_FALSE(fake.to_json().contains("voluntary_switches"));

  // A thread that exits between its files (comm opens but reads empty) is a torn sample: it
  // counts as gone, and the sampler keeps the thread's previous figures, name included.
  harness_test::write_text(proc.path() / "7" / "task" / "8" / "comm", "worker\n");
  fake.sample();
  REQUIRE(fake.threads().at(8).name == "worker");
  harness_test::write_text(proc.path() / "7" / "task" / "8" / "comm", "");
  harness_test::write_text(proc.path() / "7" / "task" / "8" / "stat",
                           "8 (worker) R 1 1 1 0 -1 0 0 0 0 0 900 50 0 0 20 0 1 0\n");
  CHECK_FALSE(read_thread_figures(proc.path() / "7" / "task", 8));
  fake.sample();
  CHECK(fake.threads().at(8).name == "worker");
  CHECK(*fake.threads().at(8).user_s == Approx(250.0 / static_cast<double>(::sysconf(_SC_CLK_TCK))));
}

TEST_CASE("bimodal repetitions split into modes at a wide gap", "[harness][statistics]") {
  const auto two = find_modes({5100, 21, 5000, 19, 5200});
  REQUIRE(two.size() == 2);
  CHECK(two[0].count == 2);
  CHECK(two[0].median == Approx(20));
  CHECK(two[1].count == 3);
  CHECK(two[1].median == 5100);
  CHECK(find_modes({10, 12, 25, 29}).size() == 1);  // neighbours within 3x
  CHECK(find_modes({0, 10, 1000}).size() == 1);     // no ratio with a zero
  CHECK(find_modes({}).empty());
}

TEST_CASE("the workloads run unchanged under every interpreter found and under gilvm",
          "[harness][interpreters][e2e]") {
  const auto interpreters = interpreters_here();
  TemporaryDirectory scratch("gilbench-test");

  Json echo = Json::parse(
      R"({"name": "workloads-echo", "client": {"messages": 20, "warmup": 2}, "repetitions": 1,
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [1]}, {"gil": "legacy", "cpu_threads": [1]}],
                "cores": [1], "client_placement": ["same"]}, "timeouts": {"cell": "60s", "listen": "30s"}})");
  for (auto& row : interpreter_rows(interpreters, Json{{"cpu_threads", {1}}}))
    echo["sweep"]["designs"].push_back(row);
  const Json echo_report = run_config(echo.dump(), scratch.path() / "echo");
  REQUIRE(echo_report["cells"].size() == 2 + interpreters.size());
  for (const auto& cell : echo_report["cells"]) {
    INFO(cell["id"] << ": " << cell.value("reason", ""));
    REQUIRE(cell["status"] == "ok");
    const Json& metrics = cell["aggregates"]["metrics"];
    // The workload said on exit how many fib calls it finished (how many depends on the machine's
    // load: a loaded machine may finish none in 20 round trips).
    CHECK(metrics.contains("fib_calls_per_s"));
    CHECK(metrics.contains("rtt_p50_us"));
    CHECK(metrics["process_cpu_s"]["median"].get<double>() > 0);
    const bool real = cell["parameters"]["server"] == "interpreter";
    // GIL statistics only the model has are absent from real cells, never 0.
    CHECK(metrics.contains("echo_gil_wait_p50_us") == !real);
    CHECK(metrics.contains("gil_switches_per_s") == !real);
    if (!real) continue;
    CHECK(cell["interpreter"]["version"].get<std::string>().size() >= 5);
    std::set<std::string> names;
    for (const auto& thread : cell["repetitions"][0]["process"]["threads"])
      names.insert(thread["name"].get<std::string>());
    // The launcher names OS threads after the Python threads. (The echo thread of 20 round trips
    // may live between two samples; so may the fib thread's name on a loaded machine, where the
    // first sample can come before the launcher named it.)
    CHECK(names.count("MainThread") == 1);
    for (const auto& name : names) {
      INFO("thread name '" << name << "'");
      CHECK((name == "MainThread" || name == "echo" || name == "fib-1" ||
             name.rfind("python", 0) == 0));
    }
  }

  // Plots take interpreter cells too: one latency plot per target.
  const PlotResult plots = draw_plots(echo_report, scratch.path() / "echo" / "plots.json");
  if (find_gnuplot()) CHECK(plots.files.size() == 2 + interpreters.size());

  Json countdown = Json::parse(R"({"name": "workloads-countdown", "repetitions": 1,
      "workload": {"kind": "script", "script": "harness/workloads/cpu_contention.py", "cpu_threads": 2, "args": ["20000"]},
      "sweep": {"designs": [{"gil": "newgil"}, {"gil": "legacy"}], "cores": [1]}, "baseline": "none"})");
  for (auto& row : interpreter_rows(interpreters, Json::object()))
    countdown["sweep"]["designs"].push_back(row);
  const Json countdown_report = run_config(countdown.dump(), scratch.path() / "countdown");
  for (const auto& cell : countdown_report["cells"]) {
    INFO(cell["id"] << ": " << cell.value("reason", ""));
    REQUIRE(cell["status"] == "ok");
    CHECK(cell["aggregates"]["metrics"]["threaded_over_sequential_ratio"]["median"].get<double>() >
          0);
  }
  // And run directly, as `python cpu_contention.py 2 1000` without gilbench's launcher.
  for (const auto& info : interpreters) {
    SpawnRequest request;
    request.argv = {
        info.path.string(),
        (harness_test::kSourceDir / "harness" / "workloads" / "cpu_contention.py").string(), "2",
        "1000"};
    request.stdout_path = scratch.path() / "direct.out";
    request.stderr_path = scratch.path() / "direct.err";
    ChildProcess direct(request);
    REQUIRE(direct.wait_until(Clock::now() + harness_test::scaled(std::chrono::seconds(60))) ==
            WaitOutcome::exited);
    INFO(info.describe() << ": " << harness_test::read_text(request.stderr_path));
    CHECK(direct.exit_status()->success());
    CHECK_THAT(harness_test::read_text(request.stdout_path),
               Contains("gilbench-result: {\"sequential_s\""));
  }
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("calibrate without any Python completes with the real rows skipped and says why",
          "[harness][interpreters][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto config = scratch.path() / "calibration.json";
  harness_test::write_text(config, kTinyCalibration);
  std::filesystem::create_directories(scratch.path() / "empty");
  const auto result = run_gilbench(
      {"calibrate", "--config", config.string(), "--out", (scratch.path() / "out").string()},
      scratch.path(),
      std::vector<std::string>{"PATH=", "HOME=" + scratch.path().string(),
                               "PYENV_ROOT=" + (scratch.path() / "empty").string()});
  INFO(result.out << result.err);
  REQUIRE(result.status == 0);
  CHECK_THAT(result.err,
             Contains("CPython 2: none found") && Contains("CPython 3 with a GIL: none found"));
  CHECK_THAT(result.out, Contains("real skipped") && Contains("no CPython 2 found (PATH=(empty)") &&
                             Contains("no CPython 3 with a GIL found (PATH=(empty)"));
  CHECK_THAT(result.out, Contains("0 of"));  // nothing compared
  const Json echo = only_report_in(scratch.path() / "out", "tiny-calibration-echo");
  const Json& pairs = echo["calibration"]["pairs"];
  REQUIRE(pairs.size() == 4);  // legacy t0, t1; newgil t0, t1
  for (const auto& pair : pairs) {
    CHECK(pair["real"]["status"] == "skipped");
    CHECK(pair["model"]["status"] == "ok");
    CHECK(pair["model"]["median"].get<double>() > 0);  // the model still ran
    CHECK_FALSE(pair.contains("model_over_real_ratio"));
  }
  CHECK(only_report_in(scratch.path() / "out", "tiny-calibration-countdown")["calibration"]["pairs"]
            .size() == 2);
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("calibrate pairs the model with real CPython and compare reads the mixed reports",
          "[harness][interpreters][e2e]") {
  const auto interpreters = interpreters_here();
  const auto python3 = std::find_if(
      interpreters.begin(), interpreters.end(),
      [](const InterpreterInfo& info) { return belongs_to(info, InterpreterFamily::cpython3); });
  if (python3 == interpreters.end()) {
    WARN("no CPython 3 here: the real-against-model pairing is not checked");
    return;
  }
  TemporaryDirectory scratch("gilbench-test");
  const auto config = scratch.path() / "calibration.json";
  harness_test::write_text(config, kTinyCalibration);
  const auto bin = scratch.path() / "bin";
  std::filesystem::create_directories(bin);
  const std::string name =
      "python" + std::to_string(python3->major) + "." + std::to_string(python3->minor);
  std::filesystem::create_symlink(python3->path, bin / name);
  const auto result = run_gilbench(
      {"calibrate", "--config", config.string(), "--out", (scratch.path() / "out").string()},
      scratch.path(),
      std::vector<std::string>{"PATH=" + bin.string(), "HOME=" + scratch.path().string(),
                               "PYENV_ROOT=" + (scratch.path() / "none").string()});
  INFO(result.out << result.err);
  REQUIRE(result.status == 0);
  const Json echo = only_report_in(scratch.path() / "out", "tiny-calibration-echo");
  std::size_t compared = 0;
  for (const auto& pair : echo["calibration"]["pairs"]) {
    if (pair["gil"] != "newgil") continue;
    CHECK(pair["interpreter"] == name);
    REQUIRE(pair.contains("model_over_real_ratio"));
    CHECK(pair["model_over_real_ratio"].get<double>() ==
          Approx(pair["model"]["median"].get<double>() / pair["real"]["median"].get<double>()));
    CHECK(pair["within_band"].is_boolean());
    CHECK(pair["real"]["modes"].size() == 1);
    ++compared;
  }
  CHECK(compared == 2);
  CHECK_THAT(result.out, Contains(name) && Contains("model/real"));

  // compare on a report with real and model cells: a real cell made 10x slower is a regression;
  // figures only the model has are not compared for the real cells.
  const auto echo_path = [&] {
    for (const auto& entry : std::filesystem::directory_iterator(scratch.path() / "out")) {
      if (entry.path().filename().string().starts_with("tiny-calibration-echo"))
        return entry.path();
    }
    return std::filesystem::path();
  }();
  Json slower = echo;
  for (auto& cell : slower["cells"]) {
    if (cell["parameters"]["server"] != "interpreter" || cell["status"] != "ok") continue;
    cell["interpreter"]["version"] = "9.9.9";  // upgraded between the runs: matched, and noted
    for (auto& value : cell["aggregates"]["metrics"]["total_s"]["values"])
      value = value.get<double>() * 10;
    cell["aggregates"]["metrics"]["total_s"]["median"] =
        cell["aggregates"]["metrics"]["total_s"]["median"].get<double>() * 10;
  }
  const auto slower_path = scratch.path() / "slower.json";
  harness_test::write_text(slower_path, slower.dump());
  const auto same =
      run_gilbench({"compare", echo_path.string(), echo_path.string()}, scratch.path());
  CHECK(same.status == 0);
  CHECK_THAT(same.out, Contains("interpreter/" + name + "/") && Contains("vm/newgil/"));
  CompareOptions options;
  options.alpha = 1.0;  // one repetition each: judge by the threshold alone
  const Comparison comparison = compare_reports(echo, slower, options);
  bool real_regressed = false, model_regressed = false;
  for (const auto& row : comparison.rows) {
    CHECK(row.metric != "echo_gil_wait_p50_us");
    const bool real = row.cell.starts_with("interpreter/");
    if (row.verdict == Verdict::regression) (real ? real_regressed : model_regressed) = true;
  }
  CHECK(real_regressed);
  CHECK_FALSE(model_regressed);
  CHECK(std::any_of(comparison.notes.begin(), comparison.notes.end(), [&](const std::string& note) {
    return note ==
           "interpreter " + name + " is " + python3->version() + " in BASE and 9.9.9 in NEW";
  }));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("a user's own server runs with --workload under the model and real interpreters",
          "[harness][interpreters][e2e]") {
  const auto interpreters = interpreters_here();
  TemporaryDirectory scratch("gilbench-test");
  Json config =
      Json::parse(R"({"name": "own", "client": {"messages": 20, "warmup": 2}, "repetitions": 1,
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0, 1]}], "cores": [1], "client_placement": ["same"]},
      "timeouts": {"cell": "60s", "listen": "30s"}})");
  for (auto& row : interpreter_rows(interpreters, Json{{"cpu_threads", {1}}}))
    config["sweep"]["designs"].push_back(row);
  const auto config_path = scratch.path() / "own.json";
  harness_test::write_text(config_path, config.dump());
  const auto server = harness_test::kFixtures / "my_echo_server.py";
  const auto out = scratch.path() / "out";
  const auto ran = run_gilbench({"run", config_path.string(), "--workload", server.string(),
                                 "--out", out.string(), "--no-plots"},
                                scratch.path());
  INFO(ran.out << ran.err);
  REQUIRE(ran.status == 0);
  const Json report = only_report_in(out, "own-");
  CHECK(report["run"]["workload"]["script"] == server.string());
  for (const auto& cell : report["cells"]) {
    INFO(cell["id"] << ": " << cell.value("reason", ""));
    REQUIRE(cell["status"] == "ok");
    const Json& metrics = cell["aggregates"]["metrics"];
    CHECK(metrics["rtt_p50_us"]["median"].get<double>() > 0);
    // Its own statistics line: figures the harness knew nothing about are reported and tabled.
    CHECK(metrics.contains("loops_per_s"));
    if (cell["parameters"]["cpu_threads"] == 1)
      CHECK(metrics["loops_per_s"]["median"].get<double>() > 0);
  }
  CHECK(
      run_gilbench({"run", "--workload", (scratch.path() / "no-such.py").string()}, scratch.path())
          .status == 2);
  const auto default_config =
      run_gilbench({"run", "--workload", server.string(), "--dry-run"}, scratch.path());
  CHECK(default_config.status == 0);
  CHECK_THAT(default_config.out, Contains("python3") && Contains("newgil"));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("gilbench interpreters lists what it finds and says when nothing is there",
          "[harness][interpreters][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto none = run_gilbench(
      {"interpreters"}, scratch.path(),
      std::vector<std::string>{"PATH=", "PYENV_ROOT=" + (scratch.path() / "none").string()});
  CHECK(none.status == 0);
  CHECK_THAT(none.out,
             Contains("no Python interpreter found") && Contains("no free-threaded build"));
  const auto listed =
      run_gilbench({"interpreters", "--json", "--interpreter", "/no/such/python"}, scratch.path());
  REQUIRE(listed.status == 0);
  const Json found = Json::parse(listed.out);
  REQUIRE(found.is_array());
  CHECK(found.back()["spec"] == "/no/such/python");
  CHECK_THAT(found.back()["reason"].get<std::string>(), Contains("not an executable file"));
  for (const auto& info : interpreters_here()) {
    CHECK(std::any_of(found.begin(), found.end(), [&](const Json& entry) {
      return entry.value("version", "") == info.version();
    }));
  }
}

TEST_CASE("calibration configs are checked field by field before anything runs",
          "[harness][interpreters][config]") {
  const Json good = Json::parse(kTinyCalibration);
  auto with = [&](const std::string& pointer, const Json& value) {
    Json changed = good;
    changed[Json::json_pointer(pointer)] = value;
    return changed.dump();
  };
  CHECK_NOTHROW(parse_calibration_config(good.dump(), "c.json"));
  CHECK_THROWS_WITH(parse_calibration_config(with("/pairs/0/interpreters", "cpython4"), "c.json"),
                    Contains("c.json: pairs[0].interpreters: \"cpython4\" is not one of"));
  CHECK_THROWS_WITH(parse_calibration_config(with("/echo/band", Json::array({2.0, 0.5})), "c.json"),
                    Contains("c.json: echo.band: low must be below high"));
  CHECK_THROWS_WITH(parse_calibration_config(with("/countdown/speed", 1), "c.json"),
                    Contains("c.json: countdown.speed: unknown key"));
  // Settings passed through to the generated sweep are checked by the sweep parser, naming it.
  CHECK_THROWS_WITH(parse_calibration_config(with("/echo/client/messages", 0), "c.json"),
                    Contains("c.json (echo sweep): client.messages: 0 is out of range"));

  const CalibrationConfig config = parse_calibration_config(good.dump(), "c.json");
  InterpreterInfo python2{"python2.7", "/x/python2.7", "CPython", 2, 7, 18, "2.7.18", false, true};
  const Json sweep = echo_sweep_json(
      config, {{InterpreterFamily::cpython2, {python2}}, {InterpreterFamily::cpython3, {}}});
  // Per target: the no-CPU-thread cell once, the busy ones at every interval.
  const Json& designs = sweep["sweep"]["designs"];
  REQUIRE(designs.size() == 6);  // legacy t0, t1; python2.7 t0, t1; newgil t0, t1
  CHECK(designs[2]["interpreter"] == "python2.7");
  CHECK(designs[3]["check_intervals"] == Json::array({100}));
  CHECK(designs[3]["cpu_threads"] == Json::array({1}));
}
