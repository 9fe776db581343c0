// gilvm, gil-echo-server and gil-echo-client as a careless or hostile user drives them: output
// paths that are devices, FIFOs, directories or full; signals in the middle of a run; a directory
// as the script. Each must give a clear error and the right exit status, keep its statistics,
// and never replace what is at a path.
#include <catch2/catch.hpp>

#include <signal.h>

#include <thread>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "child_process.h"
#include "scratch_files.h"

namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

const std::chrono::milliseconds kGenerous =
    std::chrono::milliseconds(60'000 * GILBENCH_TIMEOUT_SCALE);

// A script that says it started, then computes until stopped.
const char* const kBusyScript = R"(import sys
print("started", flush=True)
n = 0
while True:
    n += 1
)";

fs::path busy_script(const ScratchDirectory& scratch) {
  const auto path = scratch.path / "busy.py";
  write_file(path, kBusyScript);
  return path;
}

int run_to_end(ChildProcess& process) {
  const auto status = process.wait(kGenerous);
  REQUIRE(status);
  return *status;
}

}  // namespace

TEST_CASE(
    "gilvm writes --stats and --trace when SIGTERM, SIGINT or SIGHUP stops it, then dies by that "
    "signal",
    "[e2e][hostile]") {
  for (const int signal_number : {SIGTERM, SIGINT, SIGHUP}) {
    INFO("signal " << signal_number);
    ScratchDirectory scratch;
    const auto stats = scratch.path / "stats.json", trace = scratch.path / "trace.json";
    ChildProcess gilvm({GILVM_PATH, "--stats", stats.string(), "--trace", trace.string(),
                        busy_script(scratch).string()});
    REQUIRE(gilvm.read_line(kGenerous) == std::optional<std::string>("started"));
    gilvm.signal(signal_number);
    CHECK(run_to_end(gilvm) == 128 + signal_number);
    const auto report = nlohmann::json::parse(content_of(stats));
    CHECK(report["context"]["tool"] == "gilvm");
    CHECK(report["gil"]["design"] == "newgil");
    CHECK(report["threads"].size() >= 1);
    const auto events = nlohmann::json::parse(content_of(trace));  // the Trace Event format
    CHECK(events["traceEvents"].dump().find("holding the GIL") != std::string::npos);
  }
}

TEST_CASE("gilvm keeps --stats when its stdout is a closed pipe (SIGPIPE)", "[e2e][hostile]") {
  ScratchDirectory scratch;
  const auto script = scratch.path / "chatty.py", stats = scratch.path / "stats.json";
  write_file(script, "i = 0\nwhile i < 200000:\n    print(i)\n    i += 1\n");
  const std::string command =
      std::string(GILVM_PATH) + " --stats " + stats.string() + " " + script.string() + " | head -1";
  ChildProcess shell({"/bin/sh", "-c", command});
  CHECK(run_to_end(shell) == 0);
  CHECK(shell.stdout_text() == "0\n");
  CHECK(nlohmann::json::parse(content_of(stats))["context"]["tool"] == "gilvm");
}

TEST_CASE("gilvm refuses an unwritable --stats or --trace before running the script",
          "[e2e][hostile]") {
  ScratchDirectory scratch;
  const auto script = scratch.path / "hello.py";
  write_file(script, "print('ran')\n");
  for (const std::string option : {"--stats", "--trace"}) {
    for (const fs::path& target : {scratch.path / "missing" / "out.json", scratch.path}) {
      INFO(option << " " << target);
      ChildProcess gilvm({GILVM_PATH, option, target.string(), script.string()});
      CHECK(run_to_end(gilvm) == 2);
      CHECK(gilvm.stdout_text().empty());  // the script did not run
      CHECK_THAT(gilvm.stderr_text(), Catch::Contains("cannot write " + target.string()));
    }
  }
}

TEST_CASE("gilvm --stats on a device or FIFO writes in place and never replaces it",
          "[e2e][hostile]") {
  ScratchDirectory scratch;
  const auto script = scratch.path / "hello.py";
  write_file(script, "print('ran')\n");
  const auto null_device = character_device(scratch, "null", 3);
  ChildProcess to_null({GILVM_PATH, "--stats", null_device.string(), "--trace",
                        null_device.string(), script.string()});
  CHECK(run_to_end(to_null) == 0);
  CHECK(is_character_device(null_device));

  const auto fifo = scratch.path / "stats.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = content_of(fifo); });
  ChildProcess to_fifo({GILVM_PATH, "--stats", fifo.string(), script.string()});
  CHECK(run_to_end(to_fifo) == 0);
  reader.join();
  CHECK(nlohmann::json::parse(received)["context"]["tool"] == "gilvm");
  struct stat status {};
  REQUIRE(::lstat(fifo.c_str(), &status) == 0);
  CHECK(S_ISFIFO(status.st_mode));
}

TEST_CASE("gilvm reports a failed --stats write (ENOSPC) and exits 1, not 0", "[e2e][hostile]") {
  ScratchDirectory scratch;
  const auto script = scratch.path / "hello.py";
  write_file(script, "print('ran')\n");
  const auto full = character_device(scratch, "full", 7);
  ChildProcess gilvm({GILVM_PATH, "--stats", full.string(), script.string()});
  CHECK(run_to_end(gilvm) == 1);
  CHECK(gilvm.stdout_text() == "ran\n");
  CHECK_THAT(gilvm.stderr_text(),
             Catch::Contains("cannot write " + full.string() + ": No space left on device"));
  CHECK(is_character_device(full));
}

TEST_CASE("gilvm given a directory or an endless device as its script says so and exits 2",
          "[e2e][hostile]") {
  ScratchDirectory scratch;
  ChildProcess directory({GILVM_PATH, scratch.path.string()});
  CHECK(run_to_end(directory) == 2);
  CHECK_THAT(directory.stderr_text(), Catch::Contains("is a directory"));
  ChildProcess endless({GILVM_PATH, "/dev/zero"});
  CHECK(run_to_end(endless) == 2);
  CHECK_THAT(endless.stderr_text(), Catch::Contains("/dev/zero") && Catch::Contains("larger than"));
}

TEST_CASE("the server whose --stats write fails during SIGTERM exits 1 with a message, not abort",
          "[e2e][hostile]") {
  ScratchDirectory scratch;
  const auto full = character_device(scratch, "full", 7);
  ChildProcess server({GIL_ECHO_SERVER_PATH, "--cpu-threads", "1", "--stats", full.string()});
  const auto line = server.read_line(kGenerous);
  REQUIRE(line);
  REQUIRE(line->starts_with("listening"));
  server.signal(SIGTERM);
  CHECK(run_to_end(server) == 1);
  CHECK_THAT(server.stderr_text(), Catch::Contains("No space left on device"));
  CHECK(is_character_device(full));
}

TEST_CASE("the server and the client refuse an unwritable output path before they start",
          "[e2e][hostile]") {
  ScratchDirectory scratch;
  const auto missing = (scratch.path / "missing" / "stats.json").string();
  ChildProcess server({GIL_ECHO_SERVER_PATH, "--stats", missing});
  CHECK(run_to_end(server) == 2);
  CHECK(server.stdout_text().empty());  // never listened
  CHECK_THAT(server.stderr_text(), Catch::Contains("cannot write " + missing));
  ChildProcess directory({GIL_ECHO_SERVER_PATH, "--stats", scratch.path.string()});
  CHECK(run_to_end(directory) == 2);
  CHECK_THAT(directory.stderr_text(), Catch::Contains("is a directory"));
  ChildProcess client({GIL_ECHO_CLIENT_PATH, "--port", "1", "--json", scratch.path.string()});
  CHECK(run_to_end(client) == 2);
  CHECK_THAT(client.stderr_text(), Catch::Contains("is a directory"));
}
