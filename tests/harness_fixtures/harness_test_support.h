// Helpers shared by the harness tests (tests/test_harness*.cpp).
#pragma once

#include <dirent.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "common/child_process.h"
#include "harness/cells.h"
#include "harness/config.h"
#include "harness/repetition.h"

namespace harness_test {

inline const std::filesystem::path kFixtures = HARNESS_FIXTURES_DIR;
inline const std::filesystem::path kSourceDir = GILBENCH_SOURCE_DIR;

inline gilbench::harness::Config config_from(const std::string& text,
                                             const std::string& name = "test.json") {
  return gilbench::harness::parse_config(text, name, kSourceDir);
}

inline nlohmann::ordered_json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  return nlohmann::ordered_json::parse(in);
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

// Processes whose parent is `parent` (this test process by default), zombies included: after a
// run there must be none.
inline std::vector<pid_t> child_processes(pid_t parent_of_interest = ::getpid()) {
  std::vector<pid_t> children;
  DIR* proc = ::opendir("/proc");
  if (!proc) return children;
  while (const dirent* entry = ::readdir(proc)) {
    const std::string name = entry->d_name;
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat("/proc/" + name + "/stat");
    std::string line;
    std::getline(stat, line);
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream fields(line.substr(close + 2));
    char state = 0;
    pid_t parent = 0;
    fields >> state >> parent;
    if (parent == parent_of_interest) children.push_back(std::stoi(name));
  }
  ::closedir(proc);
  return children;
}

// True once `pid` no longer runs (gone, or a zombie waiting for some other parent).
inline bool process_gone(pid_t pid,
                         std::chrono::milliseconds patience = std::chrono::milliseconds(3000)) {
  const auto deadline = std::chrono::steady_clock::now() + patience;
  for (;;) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return true;
    const auto close = line.rfind(')');
    if (close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z')
      return true;
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// A successful echo repetition of `cell` built from the fixture client report and (optionally)
// server statistics: deterministic figures for report, merge and table tests.
inline gilbench::harness::RepetitionOutcome fixture_repetition(int number,
                                                               const gilbench::harness::Cell& cell,
                                                               bool with_server_stats) {
  gilbench::harness::RepetitionOutcome outcome;
  outcome.record["repetition"] = number;
  outcome.record["status"] = "ok";
  outcome.record["affinity"]["server"] = {{"asked", cell.server_cpus},
                                          {"granted", cell.server_cpus}};
  outcome.record["affinity"]["client"] = {{"asked", cell.client_cpus},
                                          {"granted", cell.client_cpus}};
  const auto client = read_json(kFixtures / "echo_client_report.json");
  const auto server = with_server_stats ? read_json(kFixtures / "echo_server_stats.json")
                                        : nlohmann::ordered_json();
  gilbench::harness::fill_echo_record(outcome, client, server);
  outcome.record["duration_s"] = 0.25;
  return outcome;
}

// The cell of a report with this id (and, in a merged report, this host label), or null.
inline const nlohmann::ordered_json* cell_with(const nlohmann::ordered_json& report,
                                               const std::string& id,
                                               const std::string& label = "") {
  for (const auto& cell : report["cells"]) {
    if (cell["id"] == id && (label.empty() || cell.value("host_label", "") == label)) return &cell;
  }
  return nullptr;
}

// The summary table's header and rows, from the line starting with "#" to the first empty one.
inline std::vector<std::string> table_rows(const std::string& summary) {
  std::vector<std::string> rows;
  std::istringstream in(summary);
  std::string line;
  while (std::getline(in, line) && !line.starts_with("#")) {
  }
  for (; in && !line.empty(); std::getline(in, line)) rows.push_back(line);
  return rows;
}

// The first `count` whitespace-separated words of a line: a table row's parameter columns.
inline std::vector<std::string> first_words(const std::string& line, std::size_t count) {
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string word; words.size() < count && in >> word;) words.push_back(word);
  return words;
}

// Slow builds (sanitizers, debug) get proportionally longer limits.
inline std::chrono::milliseconds scaled(std::chrono::milliseconds duration) {
  return duration * GILBENCH_TIMEOUT_SCALE;
}

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct CommandResult {
  int status = -1;
  std::string out, err;
};

// Runs a program (argv[0] a path; /usr/bin/env to set variables) to its end, within 600 s
// (status -1 when it did not end).
inline CommandResult run_program(const std::vector<std::string>& argv,
                                 const std::filesystem::path& scratch) {
  using namespace std::chrono_literals;
  gilbench::SpawnRequest request;
  request.argv = argv;
  request.stdout_path = scratch / "command.out";
  request.stderr_path = scratch / "command.err";
  gilbench::ChildProcess process(request);
  if (process.wait_until(gilbench::Clock::now() + scaled(600s)) != gilbench::WaitOutcome::exited)
    return {};
  return {process.exit_status()->code, read_text(request.stdout_path),
          read_text(request.stderr_path)};
}

// Runs the gilbench executable. `environment` (NAME=VALUE entries), when given, replaces the
// whole environment (through env -i), e.g. to run with no Python on PATH.
inline CommandResult run_gilbench(
    const std::vector<std::string>& arguments, const std::filesystem::path& scratch,
    const std::optional<std::vector<std::string>>& environment = std::nullopt) {
  std::vector<std::string> argv;
  if (environment) {
    argv = {"/usr/bin/env", "-i"};
    argv.insert(argv.end(), environment->begin(), environment->end());
  }
  argv.push_back(GILBENCH_EXE);
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return run_program(argv, scratch);
}

}  // namespace harness_test
