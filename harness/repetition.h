// One repetition of one cell, in fresh processes: for an echo workload the server (pinned to the
// cell's server CPUs) and then the client (pinned to the client CPUs); for a script workload
// gilvm alone. Every child is gone when run_repetition returns, however it ends.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/build_info.h"
#include "harness/cells.h"
#include "harness/config.h"

namespace gilbench::harness {

struct RunSettings {
  WorkloadSettings workload;
  ClientSettings client;
  std::chrono::nanoseconds cell_timeout{};    // one repetition, start to end
  std::chrono::nanoseconds listen_timeout{};  // until the server prints "listening HOST:PORT"
  Binaries binaries;
  // A second gilvm process beside the cell's, on the same CPUs, for the length of each
  // repetition: its script and arguments (reproduce's "CPU work in a separate process" rows).
  std::vector<std::string> companion;
  // run --trace: where each VM repetition's GIL trace and profile go (the report's directory
  // holds it); unset: none.
  std::optional<std::filesystem::path> trace_directory;
};

// run --trace: one repetition's files, named after the cell's number in the table (index + 1).
struct TraceFiles {
  std::filesystem::path trace, profile;
};
TraceFiles trace_files(const std::filesystem::path& directory, const Cell& cell, int repetition);

// The top holders kept in a repetition's record (gil_trace.profile.holders).
inline constexpr std::size_t kProfileHoldersKept = 5;

// Jain's fairness index of the GIL time held by the CPU threads of a VM run's `gil` statistics
// (every thread but the main, echo and signal-watcher threads): (sum x)^2 / (n sum x^2), from
// 1/n (one thread held it all) to 1 (equal shares). None without CPU threads or held time.
std::optional<double> cpu_threads_held_jain_ratio(const nlohmann::ordered_json& gil);

RunSettings run_settings(const Config& config, const Binaries& binaries);

enum class Status { ok, failed, skipped, interrupted, pending };
const char* to_string(Status status);

// A latency distribution as (value, count) pairs: every sample, or histogram bucket midpoints.
using WeightedSamples = std::vector<std::pair<double, std::uint64_t>>;

struct RepetitionOutcome {
  Status status = Status::ok;
  std::string reason;              // why it failed or was interrupted
  nlohmann::ordered_json record;   // the report's entry for this repetition
  WeightedSamples rtt_samples_us;  // for the cell's pooled percentile curve; not stored
};

// Completes an echo repetition's record from the client's JSON report and the server's
// statistics (null for the floor server): "client" (without raw samples), "server" (with the
// echo thread's GIL figures picked out) and the samples for the percentile curve. Pure, so that
// tests can build reports from fixture files.
void fill_echo_record(RepetitionOutcome& outcome, const nlohmann::ordered_json& client_report,
                      const nlohmann::ordered_json& server_stats);

// `number` is 1-based.
RepetitionOutcome run_repetition(const Cell& cell, int number, const RunSettings& settings);

// What the model did per echo message, from the client record (messages and warm-up) and the
// server record (GIL and VM figures); empty without them (the floor, real interpreters):
// counts (echo_instructions_per_message, echo_gil_acquisitions_per_message,
// forced_drops_per_message, holder_switches_per_message, drop_requests_per_message,
// fib_instructions_per_call), the CPU threads' CPU clock and GIL holding time per fib call,
// and the echo thread's GIL wait in switch intervals per message (harness/metric_kinds.h).
std::vector<std::pair<std::string, double>> per_message_figures(
    const nlohmann::ordered_json& client, const nlohmann::ordered_json& server);

// The figures aggregated across repetitions, named with their units: total_s, rtt_p99_us,
// fib_calls_per_s, ... (echo) or the script's own result fields (script).
std::vector<std::pair<std::string, double>> repetition_metrics(
    const nlohmann::ordered_json& record);

}  // namespace gilbench::harness
