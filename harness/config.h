// Sweep configurations (configs/*.json): read, validated and turned into typed settings. Every
// mistake is reported as `FILE: FIELD: what is wrong`, e.g.
//   configs/x.json: sweep.designs[2].switch_intervals[0]: invalid duration "5 ms" (...)
// The schema is described in harness/README.md.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gilbench::harness {

// A mistake in a configuration file; what() is the whole message, file and field included.
class ConfigError : public std::runtime_error {
 public:
  ConfigError(const std::string& file, const std::string& field, const std::string& problem);
};

enum class WorkloadKind { echo, script };
enum class Placement { same, separate };

const char* to_string(WorkloadKind kind);
const char* to_string(Placement placement);

struct WorkloadSettings {
  WorkloadKind kind = WorkloadKind::echo;
  int cpu_threads = 1;
  std::filesystem::path script;   // resolved; empty: the built-in server/workloads/echo_fib.py
  std::string script_as_written;  // as in the file, for the report
  std::vector<std::string> args;  // script kind: after CPU_THREADS on the script's command line
};

struct ClientSettings {
  int messages = 1000;
  int size_bytes = 100;
  int warmup_messages = 10;
  std::optional<double> rate_per_s;  // set: open loop
};

// One entry of sweep.designs. server "floor" rows run floor-echo-server and have no GIL axes;
// "interpreter" rows run the workload under a real Python ({"interpreter": "python3.11"}), whose
// switch interval (Python 3) or check interval (Python 2) the rows' axes set.
struct DesignRow {
  std::string server = "vm";  // "vm" | "floor" | "interpreter"
  std::string gil;            // vm only
  std::string interpreter;    // interpreter only: a spec (harness/interpreters.h)
  std::vector<std::chrono::nanoseconds> switch_intervals;
  std::vector<int> check_intervals;
  std::vector<int> cpu_threads;  // the row's override, else workload.cpu_threads
  std::string name() const {
    return server == "floor" ? "floor" : server == "interpreter" ? interpreter : gil;
  }
};

// Which cell is the baseline: every given field must match; unset fields match anything.
struct BaselineSelector {
  std::optional<std::string> design;  // a gil name or "floor"
  std::optional<std::chrono::nanoseconds> switch_interval;
  std::optional<int> check_interval;
  std::optional<int> cpu_threads;
};

// The CI gate's rule for one metric (a config's "gate" block), read by `compare --gate` and `ab`.
struct GateMetric {
  std::string name;
  // The largest change that is no change, as a factor less 1 either way (0.10: a factor of
  // 1.1). For a count: the tolerance, no statistics; for a time: the threshold beyond which a
  // significant change counts.
  double threshold = 0;
  std::string report_only;  // non-empty: shown, never a failure; this is why
  // Non-empty: judged by `ab` (paired, interleaved runs of two builds) but only shown by
  // `compare --gate` against a report measured at another time; this is why.
  std::string paired_only;
  // The smallest difference, in the metric's own unit, that is a change: a change must exceed
  // both this and the threshold. For a figure near zero, whose ratio noise can double (a wait of
  // 0.04 switch intervals), while a defect moves it by whole units.
  double absolute = 0;
};

struct Config {
  std::string file;               // as given, for messages
  nlohmann::ordered_json source;  // the file as read, copied into reports
  std::string name;
  std::string description;
  WorkloadSettings workload;
  ClientSettings client;
  std::vector<DesignRow> designs;
  std::vector<int> cores;
  std::vector<Placement> placements;  // echo only; script workloads have none
  int repetitions = 3;
  std::chrono::nanoseconds cell_timeout = std::chrono::seconds(60);   // one repetition of a cell
  std::chrono::nanoseconds listen_timeout = std::chrono::seconds(5);  // until "listening ..."
  // Unset: the no-CPU-thread cell of each core count and placement. `baseline_disabled`:
  // "baseline": "none".
  std::optional<BaselineSelector> baseline;
  bool baseline_disabled = false;
  std::vector<GateMetric> gate;  // empty: no "gate" block
};

// Reads and validates `path`. Relative workload script paths are tried against the current
// directory first, then against `repository_root`. Throws ConfigError (also for a directory, a
// device or a file over kMaxConfigBytes).
inline constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;
Config load_config(const std::filesystem::path& path, const std::filesystem::path& repository_root);

// The same checks on JSON text (tests, and the error messages name `file_name`).
Config parse_config(const std::string& text, const std::string& file_name,
                    const std::filesystem::path& repository_root);

}  // namespace gilbench::harness
