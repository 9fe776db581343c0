// `gilbench tune`: which switch interval keeps the echo thread inside an SLO, and what it costs
// the CPU threads, for a gilvm design or a real CPython 3 (--interpreter). Runs the search of
// tune_search.h with real cells (the echo server and client, pinned as in `run`), writes a report
// in `run`'s schema plus a "tune" block, prints the trade-off table and the recommendation, and
// draws the curve.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/config.h"
#include "harness/target.h"
#include "harness/tune_search.h"

namespace gilbench::harness {

struct TuneRequest {
  Target target = Target::design("newgil");
  int cpu_threads = 1;
  int cores = 1;
  Placement placement = Placement::separate;
  int messages = 200;            // per repetition: p99 is then the 2nd-largest round trip
  std::filesystem::path script;  // the server's echo script; empty: its built-in one
  Slo slo;
  SearchOptions search;
  std::filesystem::path out_directory = "results";
  std::optional<std::filesystem::path> bin_directory;
  bool plots = true;
  std::vector<std::string> command_line;
};

// "3m", "90s", "500ms": parse_duration's units plus minutes. Throws std::invalid_argument.
std::chrono::nanoseconds parse_budget(const std::string& text);

// 0.0005 for 500 µs: the argument of sys.setswitchinterval, without exponent or trailing zeros.
std::string seconds_for_python(std::chrono::nanoseconds interval);

// Exit status: 0 a recommendation, 3 no interval meets the SLO (the report says what does), 1
// gilbench failed, 2 a bad option, 128 + signal when interrupted.
int tune_command(const TuneRequest& request, std::ostream& out, std::ostream& err);

// The trade-off table and the recommendation, from a report's "tune" block (also for `show`).
std::string render_tune(const nlohmann::ordered_json& report);

}  // namespace gilbench::harness
