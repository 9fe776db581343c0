// Child processes and interruption: pinning before exec, clean kills of whole process groups,
// a server that never listens or hangs is failed within its timeout and leaves nothing behind,
// and Ctrl-C stops a run with its unfinished cells marked "interrupted".
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include "common/child_process.h"
#include "harness/interrupt.h"
#include "harness/run_command.h"
#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench;
using namespace gilbench::harness;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {

SpawnRequest shell(const std::string& command) {
  SpawnRequest request;
  request.argv = {"/bin/sh", "-c", command};
  return request;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A run of `config_text` with `server` standing in for gil-echo-server; returns the report.
nlohmann::ordered_json run_with_server(const std::string& config_text,
                                       const std::filesystem::path& server,
                                       const std::filesystem::path& report_path,
                                       bool* completed = nullptr) {
  const Config config = harness_test::config_from(config_text);
  Binaries binaries = built_binaries();
  binaries.echo_server = server;
  const RunSettings settings = run_settings(config, binaries);
  Report report(config, expand_cells(config, {}, this_machine()),
                {{}, config.repetitions, false, {}, settings}, std::chrono::system_clock::now());
  std::ostringstream progress_text;
  Progress progress(progress_text, false, report.cells().size(),
                    static_cast<std::size_t>(config.repetitions));
  const bool finished = run_cells(report, config.repetitions, settings, report_path, progress);
  if (completed) *completed = finished;
  return harness_test::read_json(report_path);
}

}  // namespace

TEST_CASE("a child is pinned before it runs and its affinity is recorded", "[harness][process]") {
  auto request = shell("grep Cpus_allowed_list /proc/self/status");
  request.cpus = {0};
  TemporaryDirectory scratch("gilbench-test");
  request.stdout_path = scratch.path() / "out.txt";
  ChildProcess child(request);
  CHECK(child.granted_cpus() == CpuList{0});
  REQUIRE(child.wait_until(Clock::now() + harness_test::scaled(10s)) == WaitOutcome::exited);
  CHECK(child.exit_status()->success());
  std::ifstream out(request.stdout_path);
  std::string line;
  std::getline(out, line);
  CHECK_THAT(line, Contains("\t0"));  // the shell itself already ran on CPU 0 alone
}

TEST_CASE("a program that cannot start is a SpawnError naming it", "[harness][process]") {
  SpawnRequest request;
  request.argv = {"/no/such/program"};
  CHECK_THROWS_WITH(ChildProcess(request),
                    Contains("cannot run /no/such/program: exec: No such file or directory"));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("lines are read from a child's stdout with a deadline", "[harness][process]") {
  auto request = shell("echo first; echo second; sleep 5");
  request.capture_stdout = true;
  ChildProcess child(request);
  CHECK(child.read_line(Clock::now() + 5s).text == "first");
  CHECK(child.read_line(Clock::now() + 5s).text == "second");
  const auto start = Clock::now();
  CHECK(child.read_line(Clock::now() + 200ms).kind == LineOutcome::deadline_passed);
  CHECK(seconds_since(start) < 2.0);
}

TEST_CASE(
    "lines a child wrote before it exited are read after waiting for it, the last one unterminated",
    "[harness][process]") {
  // wait_until drains the pipe to its end while it waits; read_line returns what it drained.
  auto request = shell("echo first; echo second; printf last");
  request.capture_stdout = true;
  ChildProcess child(request);
  REQUIRE(child.wait_until(Clock::now() + harness_test::scaled(10s)) == WaitOutcome::exited);
  CHECK(child.read_line(Clock::now()).text == "first");
  CHECK(child.read_line(Clock::now()).text == "second");
  const LineOutcome last = child.read_line(Clock::now());
  CHECK(last.kind == LineOutcome::end_of_output);
  CHECK(last.text == "last");
  CHECK(child.read_line(Clock::now()).kind == LineOutcome::end_of_output);
}

TEST_CASE("terminate kills a child that ignores SIGTERM and its whole process group",
          "[harness][process]") {
  auto request = shell("trap '' TERM; sleep 300 & echo $!; wait");
  request.capture_stdout = true;
  pid_t grandchild = 0;
  {
    ChildProcess child(request);
    const auto line = child.read_line(Clock::now() + 5s);
    REQUIRE(line.kind == LineOutcome::line);
    grandchild = std::stoi(line.text);
    const auto start = Clock::now();
    const ExitStatus status = child.terminate(300ms);
    CHECK(status.signal == SIGKILL);
    CHECK(status.describe() == "killed by SIGKILL");
    CHECK(seconds_since(start) < 3.0);
  }
  CHECK(harness_test::process_gone(grandchild));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("the destructor stops a running child: no process outlives its owner",
          "[harness][process]") {
  pid_t pid = 0;
  {
    ChildProcess child(shell("sleep 300"));
    pid = child.pid();
  }
  CHECK(harness_test::process_gone(pid));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE(
    "a child dies with the process that started it: a killed test or harness leaves nothing behind",
    "[harness][process]") {
  int report[2];
  REQUIRE(::pipe2(report, O_CLOEXEC) == 0);
  const pid_t owner = ::fork();  // stands for a test process (or gilbench) that is killed
  REQUIRE(owner >= 0);
  if (owner == 0) {
    try {
      ChildProcess child(shell("sleep 300"));
      const pid_t pid = child.pid();
      [[maybe_unused]] const auto written = ::write(report[1], &pid, sizeof pid);
      for (;;) ::pause();
    } catch (...) {
      ::_exit(1);
    }
  }
  ::close(report[1]);
  pid_t child = 0;
  const auto got = ::read(report[0], &child, sizeof child);
  ::close(report[0]);
  ::kill(owner, SIGKILL);  // no destructor runs: only PR_SET_PDEATHSIG can end the child
  ::waitpid(owner, nullptr, 0);
  REQUIRE(got == static_cast<ssize_t>(sizeof child));
  CHECK(harness_test::process_gone(child));
}

TEST_CASE("a server that never listens fails its cell after timeouts.listen and is killed",
          "[harness][process][interrupt]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto start = Clock::now();
  const auto report =
      run_with_server(R"({"name": "never", "client": {"messages": 5},
      "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}, "repetitions": 3,
      "timeouts": {"cell": "20s", "listen": "1s"}})",
                      harness_test::kFixtures / "never_listens.sh", scratch.path() / "never.json");
  const double elapsed = seconds_since(start);
  const auto& cell = report["cells"][0];
  CHECK(cell["status"] == "failed");
  CHECK_THAT(cell["reason"].get<std::string>(),
             Contains("did not print \"listening HOST:PORT\" within 1s (timeouts.listen)"));
  CHECK(cell["repetitions"].size() == 1);       // the cell stops at its first failure
  CHECK(elapsed < 1.0 + 2.0 + 2.0);             // listen timeout + SIGTERM grace + slack
  CHECK(report["run"]["status"] == "running");  // run_cells alone does not finish the run
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE(
    "a server that hangs after accepting fails its cell at timeouts.cell and both processes are "
    "killed",
    "[harness][process][interrupt]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto script = (harness_test::kFixtures / "hanging_echo.py").string();
  const auto start = Clock::now();
  const auto report = run_with_server(
      R"({"name": "hang", "client": {"messages": 5}, "workload": {"script": ")" + script + R"("},
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}], "cores": [1]}, "repetitions": 2,
      "timeouts": {"cell": "2s", "listen": "10s"}})",
      built_binaries().echo_server, scratch.path() / "hang.json");
  const double elapsed = seconds_since(start);
  const auto& cell = report["cells"][0];
  CHECK(cell["status"] == "failed");
  CHECK_THAT(cell["reason"].get<std::string>(), Contains("timed out after 2s (timeouts.cell)"));
  CHECK(elapsed < 2.0 + 2.0 * 2 + 3.0);  // the cell limit, two grace periods, slack
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE(
    "Ctrl-C stops the run - children killed and unfinished cells interrupted and the report "
    "written",
    "[harness][process][interrupt]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto script = (harness_test::kFixtures / "hanging_echo.py").string();
  InterruptHandler interrupts;
  std::thread presser([] {
    std::this_thread::sleep_for(harness_test::scaled(800ms));
    ::kill(::getpid(), SIGINT);
  });
  bool completed = true;
  const auto start = Clock::now();
  const auto report = run_with_server(
      R"({"name": "ctrl-c", "client": {"messages": 5}, "workload": {"script": ")" + script + R"("},
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}, {"gil": "legacy", "cpu_threads": [0]}], "cores": [1]},
      "repetitions": 2, "timeouts": {"cell": "60s", "listen": "10s"}})",
      built_binaries().echo_server, scratch.path() / "ctrl-c.json", &completed);
  presser.join();
  CHECK(!completed);
  CHECK(seconds_since(start) < 10.0);  // not the 60 s cell limit
  CHECK(report["run"]["status"] == "interrupted");
  CHECK(report["cells"][0]["status"] == "interrupted");
  CHECK(report["cells"][0]["repetitions"][0]["status"] == "interrupted");
  CHECK(report["cells"][1]["status"] == "interrupted");
  CHECK_THAT(report["run"]["reason"].get<std::string>(), Contains("Ctrl-C"));
  CHECK(harness_test::child_processes().empty());
}
