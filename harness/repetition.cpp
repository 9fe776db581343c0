#include "harness/repetition.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "common/child_process.h"
#include "common/duration.h"
#include "common/output_file.h"
#include "common/server_stats.h"
#include "embedded_python.h"
#include "harness/interrupt.h"
#include "harness/process_sampler.h"
#include "harness/temp_dir.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

RunSettings run_settings(const Config& config, const Binaries& binaries) {
  return {config.workload, config.client, config.cell_timeout, config.listen_timeout, binaries, {},
          std::nullopt};
}

TraceFiles trace_files(const std::filesystem::path& directory, const Cell& cell, int repetition) {
  const std::string stem =
      "cell" + std::to_string(cell.index + 1) + "-rep" + std::to_string(repetition);
  return {directory / (stem + ".trace.json"), directory / (stem + ".gil-profile.json")};
}

std::optional<double> cpu_threads_held_jain_ratio(const nlohmann::ordered_json& gil) {
  if (!gil.is_object() || !gil.contains("threads") || !gil["threads"].is_array())
    return std::nullopt;
  double sum = 0, sum_of_squares = 0;
  int count = 0;
  for (const auto& thread : gil["threads"]) {
    const std::string name = thread.value("name", "");
    if (name == "MainThread" || name == "signal-watcher" ||
        name.find(server_stats::kEchoThreadNamePart) != std::string::npos)
      continue;
    const double held = thread.value("held_ms", 0.0);
    sum += held;
    sum_of_squares += held * held;
    ++count;
  }
  if (count == 0 || sum_of_squares <= 0) return std::nullopt;
  return sum * sum / (count * sum_of_squares);
}

const char* to_string(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::failed: return "failed";
    case Status::skipped: return "skipped";
    case Status::interrupted: return "interrupted";
    case Status::pending: return "pending";
  }
  return "unknown";
}

namespace {

constexpr const char* kResultPrefix = "gilbench-result: ";
// How long a server may take to exit by itself once its client closed the connection.
constexpr auto kServerExitWait = std::chrono::seconds(10);
constexpr auto kClientTimeoutSlack = std::chrono::seconds(5);

// Ends a repetition early; run_repetition turns it into the outcome. Children are killed by
// their destructors while it unwinds.
struct RepetitionStop {
  Status status;
  std::string reason;
};

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The last few lines of a child's stderr, for failure reasons.
std::string stderr_tail(const std::filesystem::path& path) {
  std::string text = read_text(path);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  constexpr std::size_t kMax = 600;
  if (text.size() > kMax) text = "..." + text.substr(text.size() - kMax);
  return text.empty() ? "(no output on stderr)" : text;
}

Json read_json_file(const std::filesystem::path& path, const std::string& what) {
  try {
    return Json::parse(read_text(path));
  } catch (const std::exception& error) {
    throw RepetitionStop{Status::failed, what + " wrote no readable JSON to " +
                                             path.filename().string() + ": " + error.what()};
  }
}

std::string seconds_text(std::chrono::nanoseconds duration) { return format_duration(duration); }

[[noreturn]] void stop_interrupted() {
  throw RepetitionStop{Status::interrupted,
                       std::string("interrupted by signal ") + std::to_string(interrupt_signal())};
}

Json affinity_json(const CpuList& asked, const ChildProcess& child) {
  return {{"asked", asked}, {"granted", child.granted_cpus()}};
}

std::vector<std::string> vm_gil_options(const CellParameters& cell) {
  return {"--gil",
          cell.gil,
          "--switch-interval",
          format_duration(cell.switch_interval),
          "--check-interval",
          std::to_string(cell.check_interval)};
}

// A real interpreter running `script` through the launcher, which sets the cell's switch
// interval (Python 3) or check interval (Python 2) and names the threads; the script's own
// arguments follow.
std::vector<std::string> interpreter_command(const Cell& cell, const std::filesystem::path& script,
                                             const std::filesystem::path& scratch) {
  const auto launcher = scratch / "gilbench_launcher.py";
  write_output_file(launcher, kLauncherSource);
  char interval[64];
  std::snprintf(interval, sizeof interval, "%.9g",
                std::chrono::duration<double>(cell.parameters.switch_interval).count());
  return {cell.interpreter->path.string(),
          "-u",
          launcher.string(),
          interval,
          std::to_string(cell.parameters.check_interval),
          script.string()};
}

// The echo workload a real interpreter runs: the config's script, or the built-in echo_fib.py.
std::filesystem::path echo_script(const RunSettings& settings,
                                  const std::filesystem::path& scratch) {
  if (!settings.workload.script.empty()) return settings.workload.script;
  write_output_file(scratch / kEchoWorkloadName, kEchoWorkloadSource);
  return scratch / kEchoWorkloadName;
}

// --trace and --gil-profile for a VM repetition when the run traces.
std::vector<std::string> trace_options(const Cell& cell, int repetition,
                                       const RunSettings& settings) {
  if (!settings.trace_directory) return {};
  const TraceFiles files = trace_files(*settings.trace_directory, cell, repetition);
  return {"--trace", files.trace.string(), "--gil-profile", files.profile.string()};
}

// What a traced repetition keeps: where its files are (relative to the report's directory) and
// the profile's threads and top holders. A profile that cannot be read is a note, not a failure.
void add_trace_record(const Cell& cell, int repetition, const RunSettings& settings, Json& record) {
  if (!settings.trace_directory) return;
  const TraceFiles files = trace_files(*settings.trace_directory, cell, repetition);
  const std::filesystem::path relative = settings.trace_directory->filename();
  Json trace = {{"trace_file", (relative / files.trace.filename()).string()},
                {"profile_file", (relative / files.profile.filename()).string()}};
  try {
    Json profile = Json::parse(read_text(files.profile));
    Json holders = Json::array();
    for (const auto& holder : profile.at("holders")) {
      if (holders.size() == kProfileHoldersKept) break;
      holders.push_back(holder);
    }
    trace["profile"] = {{"complete", profile.value("complete", false)},
                        {"threads", profile.at("threads")},
                        {"holders", holders}};
  } catch (const std::exception& error) {
    record["notes"].push_back("the GIL profile " + files.profile.string() +
                              " could not be read: " + error.what());
  }
  record["gil_trace"] = std::move(trace);
}

SpawnRequest server_request(const Cell& cell, int repetition, const RunSettings& settings,
                            const std::filesystem::path& scratch) {
  SpawnRequest request;
  request.cpus = cell.server_cpus;
  request.capture_stdout = true;
  request.stderr_path = scratch / "server.stderr";
  if (cell.parameters.server == "floor") {
    request.argv = {settings.binaries.floor_server.string(), "--host", "127.0.0.1", "--port", "0"};
    return request;
  }
  if (cell.parameters.server == "interpreter") {
    request.argv = interpreter_command(cell, echo_script(settings, scratch), scratch);
    for (const char* argument : {"127.0.0.1", "0"}) request.argv.emplace_back(argument);
    request.argv.push_back(std::to_string(cell.parameters.cpu_threads));
    return request;
  }
  request.argv = {settings.binaries.echo_server.string()};
  for (auto& option : vm_gil_options(cell.parameters)) request.argv.push_back(std::move(option));
  const std::vector<std::string> rest = {
      "--cpu-threads", std::to_string(cell.parameters.cpu_threads),
      "--host",        "127.0.0.1",
      "--port",        "0",
      "--stats",       (scratch / "server.json").string()};
  request.argv.insert(request.argv.end(), rest.begin(), rest.end());
  for (auto& option : trace_options(cell, repetition, settings))
    request.argv.push_back(std::move(option));
  if (!settings.workload.script.empty()) {
    request.argv.push_back("--script");
    request.argv.push_back(settings.workload.script.string());
  }
  return request;
}

SpawnRequest client_request(const Cell& cell, const RunSettings& settings, int port,
                            std::chrono::nanoseconds time_left,
                            const std::filesystem::path& scratch) {
  const auto& client = settings.client;
  SpawnRequest request;
  request.cpus = cell.client_cpus;
  request.stderr_path = scratch / "client.stderr";
  request.argv = {settings.binaries.echo_client.string(), "--host", "127.0.0.1", "--port",
                  std::to_string(port), "--messages", std::to_string(client.messages), "--size",
                  std::to_string(client.size_bytes), "--warmup",
                  std::to_string(client.warmup_messages),
                  // A backstop only: the harness's own deadline (timeouts.cell) fires first and
                  // stops both processes, so a hang reads the same whichever side hangs.
                  "--timeout", format_duration(time_left + kClientTimeoutSlack), "--json",
                  (scratch / "client.json").string(), "--quiet"};
  if (client.rate_per_s) {
    std::ostringstream rate;
    rate << *client.rate_per_s;
    request.argv.push_back("--rate");
    request.argv.push_back(rate.str());
  }
  return request;
}

// The JSON object after "gilbench-result: ".
Json parse_result_line(const std::string& line) {
  try {
    Json result = Json::parse(line.substr(std::string(kResultPrefix).size()));
    if (result.is_object()) return result;
  } catch (const std::exception&) {
  }
  throw RepetitionStop{Status::failed, "the workload's result line is not a JSON object: " + line};
}

// The echo workload's own statistics line fills what the server's statistics file lacks (all of
// it for a real interpreter, whose fib_calls only the script can count).
void add_workload_figures(Json& server, const Json& figures) {
  Json& workload = server["workload"];
  if (!workload.is_object()) workload = Json::object();
  for (const auto& [name, value] : figures.items()) {
    if (!workload.contains(name)) workload[name] = value;
  }
}

// Spawns, turning a start failure into a failed repetition.
std::unique_ptr<ChildProcess> start(const SpawnRequest& request, const std::string& what) {
  try {
    return std::make_unique<ChildProcess>(request);
  } catch (const SpawnError& error) {
    throw RepetitionStop{Status::failed, what + ": " + error.what()};
  }
}

// The port from the server's "listening HOST:PORT" line.
int await_listening(ChildProcess& server, Clock::time_point deadline, const RunSettings& settings,
                    const std::filesystem::path& scratch) {
  std::string other_output;
  for (;;) {
    const LineOutcome line = server.read_line(deadline);
    switch (line.kind) {
      case LineOutcome::interrupted: stop_interrupted();
      case LineOutcome::deadline_passed:
        throw RepetitionStop{Status::failed,
                             "server did not print \"listening HOST:PORT\" within " +
                                 seconds_text(settings.listen_timeout) +
                                 " (timeouts.listen); killed it" +
                                 (other_output.empty() ? "" : "; it printed: " + other_output)};
      case LineOutcome::end_of_output: {
        server.wait_until(Clock::now() + std::chrono::seconds(2));
        const ExitStatus status = server.terminate();
        throw RepetitionStop{Status::failed,
                             "server ended (" + status.describe() +
                                 ") before listening: " + stderr_tail(scratch / "server.stderr")};
      }
      case LineOutcome::line: break;
    }
    const auto colon = line.text.rfind(':');
    if (line.text.starts_with("listening ") && colon != std::string::npos) {
      try {
        return std::stoi(line.text.substr(colon + 1));
      } catch (const std::exception&) {
        // not a port: keep it for the message
      }
    }
    if (other_output.size() < 300) other_output += line.text + " ";
  }
}

// A process being measured from outside: its /proc figures sampled, and its stdout (when
// captured) drained so that a chatty server never blocks on a full pipe; the last
// "gilbench-result:" line is kept.
class Watched {
 public:
  explicit Watched(ChildProcess& process) : process_(process), sampler_(process.pid()) {}

  void tick() {
    sampler_.sample();
    for (;;) {
      LineOutcome line = process_.read_line(Clock::now());
      if (line.kind == LineOutcome::end_of_output && !line.text.empty())
        line.kind = LineOutcome::line;
      if (line.kind != LineOutcome::line) return;
      if (line.text.starts_with(kResultPrefix)) result_line_ = std::move(line.text);
    }
  }
  const ProcessSampler& sampler() const { return sampler_; }
  const std::string& result_line() const { return result_line_; }

 private:
  ChildProcess& process_;
  ProcessSampler sampler_;
  std::string result_line_;
};

// wait_until, ticking `watched` every sampling interval meanwhile.
WaitOutcome wait_watching(ChildProcess& child, Clock::time_point deadline, Watched* watched) {
  for (;;) {
    if (watched) watched->tick();
    const auto slice =
        watched ? std::min(deadline, Clock::now() + ProcessSampler::kSamplingInterval) : deadline;
    const WaitOutcome outcome = child.wait_until(slice);
    if (outcome != WaitOutcome::deadline_passed || Clock::now() >= deadline) {
      if (watched) watched->tick();  // what the pipe still holds
      return outcome;
    }
  }
}

void wait_or_stop(ChildProcess& child, Clock::time_point deadline,
                  const std::string& timeout_message, Watched* watched = nullptr) {
  switch (wait_watching(child, deadline, watched)) {
    case WaitOutcome::exited: return;
    case WaitOutcome::interrupted: stop_interrupted();
    case WaitOutcome::deadline_passed: throw RepetitionStop{Status::failed, timeout_message};
  }
}

// The client's report without its raw samples.
Json client_record(const Json& report) {
  Json record;
  record["mode"] = report.at("parameters").value("mode", "closed_loop");
  record["messages"] = report.at("parameters").at("messages");
  record["warmup_messages"] = report.at("parameters").value("warmup_messages", Json(0));
  record["size_bytes"] = report.at("parameters").at("size_bytes");
  record["latency_us"] = report.at("latency_us");
  record["total_s"] = report.at("total_s");
  record["messages_per_s"] = report.at("messages_per_s");
  for (const char* block : {"corrected", "uncorrected"}) {
    if (report.contains(block))
      record[std::string(block) + "_latency_us"] = report[block].at("latency_us");
  }
  return record;
}

void add_samples(WeightedSamples& samples, const Json& block) {
  if (block.contains("samples_us")) {
    for (const auto& sample : block["samples_us"]) samples.emplace_back(sample.get<double>(), 1);
  } else if (block.contains("histogram_us")) {
    for (const auto& bucket : block["histogram_us"].at("buckets")) {
      const double middle =
          (bucket.at("lower_us").get<double>() + bucket.at("upper_us").get<double>()) / 2.0;
      samples.emplace_back(middle, bucket.at("count").get<std::uint64_t>());
    }
  }
}

// The echo thread: named "echo" (echo_fib.py names its threads), otherwise the thread that
// released the GIL for I/O most often.
Json echo_thread_summary(const Json& gil) {
  if (!gil.contains("threads") || !gil["threads"].is_array()) return nullptr;
  const Json* chosen = nullptr;
  for (const auto& thread : gil["threads"]) {
    if (thread.value("name", "").find(server_stats::kEchoThreadNamePart) != std::string::npos) {
      chosen = &thread;
      break;
    }
    if (!chosen || thread.value("voluntary_releases", 0) > chosen->value("voluntary_releases", 0))
      chosen = &thread;
  }
  if (!chosen) return nullptr;
  Json summary;
  for (const char* key : {"name", "acquisitions", "voluntary_releases", "forced_releases",
                          "waited_ms", "wait_p50_us", "wait_p99_us", "wait_max_us"}) {
    if (chosen->contains(key)) summary[key] = (*chosen)[key];
  }
  return summary;
}

Json server_record(const Json& stats) {
  Json record;
  for (const char* key :
       {server_stats::kEndedBy, server_stats::kWallSeconds, server_stats::kWorkload}) {
    if (stats.contains(key)) record[key] = stats[key];
  }
  if (stats.contains(server_stats::kGil))
    record["echo_thread"] = echo_thread_summary(stats[server_stats::kGil]);
  for (const char* key : {server_stats::kGil, server_stats::kThreads}) {
    if (stats.contains(key)) record[key] = stats[key];
  }
  return record;
}

// Waits for the server to end by itself after the client closed its connection, then reads its
// statistics. A server that lingers is stopped with SIGTERM, which also writes them.
Json finish_server(ChildProcess& server, Watched& watched, const Cell& cell,
                   Clock::time_point deadline, const std::filesystem::path& scratch, Json& record) {
  const auto wait_end = std::min(deadline, Clock::now() + kServerExitWait);
  if (wait_watching(server, wait_end, &watched) == WaitOutcome::interrupted) stop_interrupted();
  if (!server.exit_status()) {
    record["notes"].push_back(
        "the server did not exit by itself after the client closed; stopped it with SIGTERM");
    server.terminate();
  }
  // The VM server exits 0 on SIGTERM too, after writing its statistics.
  const ExitStatus status = *server.exit_status();
  if (!status.success()) {
    throw RepetitionStop{Status::failed, "server " + status.describe() + ": " +
                                             stderr_tail(scratch / "server.stderr")};
  }
  if (cell.parameters.server != "vm")
    return nullptr;  // the floor and real interpreters write no statistics file
  return read_json_file(scratch / "server.json", "the server");
}

void run_echo(const Cell& cell, int repetition, const RunSettings& settings,
              const std::filesystem::path& scratch, Clock::time_point deadline,
              RepetitionOutcome& outcome) {
  Json& record = outcome.record;
  auto server =
      start(server_request(cell, repetition, settings, scratch), "cannot start the server");
  record["affinity"]["server"] = affinity_json(cell.server_cpus, *server);
  const auto listen_deadline = std::min(deadline, Clock::now() + settings.listen_timeout);
  const int port = await_listening(*server, listen_deadline, settings, scratch);

  Watched watched(*server);
  auto client = start(client_request(cell, settings, port, deadline - Clock::now(), scratch),
                      "cannot start the client");
  record["affinity"]["client"] = affinity_json(cell.client_cpus, *client);
  wait_or_stop(*client, deadline,
               "timed out after " + seconds_text(settings.cell_timeout) +
                   " (timeouts.cell) with the client still running; "
                   "killed server and client",
               &watched);
  if (!client->exit_status()->success()) {
    throw RepetitionStop{Status::failed, "client " + client->exit_status()->describe() + ": " +
                                             stderr_tail(scratch / "client.stderr")};
  }
  const Json client_report = read_json_file(scratch / "client.json", "the client");
  const Json server_stats = finish_server(*server, watched, cell, deadline, scratch, record);
  fill_echo_record(outcome, client_report, server_stats);
  if (!watched.result_line().empty())
    add_workload_figures(record["server"], parse_result_line(watched.result_line()));
  record["process"] = watched.sampler().to_json();
  if (cell.parameters.server == "vm") add_trace_record(cell, repetition, settings, record);
}

// The object on the script's "gilbench-result: {json}" line.
Json script_result(const std::filesystem::path& stdout_path) {
  std::istringstream lines(read_text(stdout_path));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with(kResultPrefix)) return parse_result_line(line);
  }
  throw RepetitionStop{Status::failed,
                       std::string("the script printed no \"") + kResultPrefix + "{json}\" line"};
}

void run_script(const Cell& cell, int repetition, const RunSettings& settings,
                const std::filesystem::path& scratch, Clock::time_point deadline,
                RepetitionOutcome& outcome) {
  const bool real = cell.parameters.server == "interpreter";
  const std::string program = real ? cell.interpreter->path.filename().string() : "gilvm";
  SpawnRequest request;
  request.cpus = cell.server_cpus;
  request.stdout_path = scratch / "script.stdout";
  request.stderr_path = scratch / "script.stderr";
  if (real) {
    request.argv = interpreter_command(cell, settings.workload.script, scratch);
  } else {
    request.argv = {settings.binaries.vm.string()};
    for (auto& option : vm_gil_options(cell.parameters)) request.argv.push_back(std::move(option));
    request.argv.push_back("--stats");
    request.argv.push_back((scratch / "vm.json").string());
    for (auto& option : trace_options(cell, repetition, settings))
      request.argv.push_back(std::move(option));
    request.argv.push_back(settings.workload.script.string());
  }
  request.argv.push_back(std::to_string(cell.parameters.cpu_threads));
  for (const auto& argument : settings.workload.args) request.argv.push_back(argument);

  auto process = start(request, "cannot start " + program);
  outcome.record["affinity"][real ? "interpreter" : "vm"] =
      affinity_json(cell.server_cpus, *process);
  Watched watched(*process);
  wait_or_stop(*process, deadline,
               "timed out after " + seconds_text(settings.cell_timeout) +
                   " (timeouts.cell); killed " + program,
               &watched);
  if (!process->exit_status()->success()) {
    throw RepetitionStop{Status::failed, program + " " + process->exit_status()->describe() + ": " +
                                             stderr_tail(request.stderr_path)};
  }
  outcome.record["result"] = script_result(request.stdout_path);
  if (!real) {
    const Json stats = read_json_file(scratch / "vm.json", "gilvm");
    outcome.record["vm"] = {{"gil", stats.value("gil", Json::object())},
                            {"threads", stats.value("threads", Json::array())}};
    add_trace_record(cell, repetition, settings, outcome.record);
  }
  outcome.record["process"] = watched.sampler().to_json();
}

// Started before the cell's own processes, so that both run from the start.
std::unique_ptr<ChildProcess> start_companion(const Cell& cell, const RunSettings& settings,
                                              const std::filesystem::path& scratch, Json& record) {
  if (settings.companion.empty()) return nullptr;
  SpawnRequest request;
  request.cpus = cell.server_cpus;
  request.stdout_path = scratch / "companion.stdout";
  request.stderr_path = scratch / "companion.stderr";
  request.argv = {settings.binaries.vm.string()};
  request.argv.insert(request.argv.end(), settings.companion.begin(), settings.companion.end());
  auto companion = start(request, "cannot start the companion gilvm");
  record["companion"] = {{"argv", request.argv},
                         {"affinity", affinity_json(cell.server_cpus, *companion)}};
  return companion;
}

// A companion that finished has its result line recorded; one still running is stopped.
void finish_companion(ChildProcess& companion, const std::filesystem::path& scratch, Json& record) {
  const bool finished = companion.wait_until(Clock::now()) == WaitOutcome::exited;
  if (!finished) companion.terminate();
  record["companion"]["ended_by"] = finished ? "itself" : "SIGTERM at the end of the repetition";
  if (finished && companion.exit_status()->success())
    record["companion"]["result"] = script_result(scratch / "companion.stdout");
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A thread's entry by name in the server's "threads" (VM figures) or "gil"."threads".
const Json* thread_named(const Json& threads, const std::string& name) {
  if (!threads.is_array()) return nullptr;
  for (const auto& thread : threads) {
    if (thread.value("name", "") == name) return &thread;
  }
  return nullptr;
}

}  // namespace

std::vector<std::pair<std::string, double>> per_message_figures(const Json& client,
                                                                const Json& server) {
  std::vector<std::pair<std::string, double>> figures;
  const Json& gil = server.value(server_stats::kGil, Json::object());
  const Json& vm_threads = server.value(server_stats::kThreads, Json::array());
  const Json& echo = server.value("echo_thread", Json());
  if (!gil.is_object() || !echo.is_object() || !vm_threads.is_array()) return figures;
  // The echo thread serves the warm-up messages too.
  const double messages = client.value("messages", 0.0) + client.value("warmup_messages", 0.0);
  if (messages <= 0) return figures;
  const std::string echo_name = echo.value("name", "");
  const Json gil_threads = gil.value("threads", Json::array());
  double forced = 0;
  for (const auto& thread : gil_threads) forced += thread.value("forced_releases", 0.0);
  if (const Json* echo_vm = thread_named(vm_threads, echo_name)) {
    figures.emplace_back("echo_instructions_per_message",
                         echo_vm->value("instructions", 0.0) / messages);
  }
  figures.emplace_back("echo_gil_acquisitions_per_message",
                       echo.value("acquisitions", 0.0) / messages);
  figures.emplace_back("forced_drops_per_message", forced / messages);
  figures.emplace_back("holder_switches_per_message", gil.value("switches", 0.0) / messages);
  if (gil.contains("drop_requests"))
    figures.emplace_back("drop_requests_per_message",
                         gil["drop_requests"].get<double>() / messages);
  const double interval_us = gil.value("switch_interval_us", 0.0);
  if (interval_us > 0) {
    figures.emplace_back("echo_wait_intervals_per_message",
                         echo.value("waited_ms", 0.0) * 1000.0 / interval_us / messages);
  }
  // The CPU threads: every VM thread but the main and the echo thread.
  const double fib_calls =
      server.value(server_stats::kWorkload, Json::object()).value(server_stats::kFibCalls, 0.0);
  if (fib_calls <= 0) return figures;
  double instructions = 0, cpu_s = 0, held_ms = 0;
  for (const auto& thread : vm_threads) {
    const std::string name = thread.value("name", "");
    if (name == echo_name || name == "MainThread") continue;
    instructions += thread.value("instructions", 0.0);
    cpu_s += thread.value("cpu_s", 0.0);
    if (const Json* gil_thread = thread_named(gil_threads, name))
      held_ms += gil_thread->value("held_ms", 0.0);
  }
  figures.emplace_back("fib_instructions_per_call", instructions / fib_calls);
  figures.emplace_back("fib_cpu_us_per_call", cpu_s * 1e6 / fib_calls);
  figures.emplace_back("fib_held_us_per_call", held_ms * 1e3 / fib_calls);
  return figures;
}

void fill_echo_record(RepetitionOutcome& outcome, const Json& client_report,
                      const Json& server_stats) {
  outcome.record["client"] = client_record(client_report);
  outcome.record["server"] =
      server_stats.is_object() ? server_record(server_stats) : Json::object();
  add_samples(outcome.rtt_samples_us,
              client_report.contains("corrected") ? client_report["corrected"] : client_report);
}

RepetitionOutcome run_repetition(const Cell& cell, int number, const RunSettings& settings) {
  RepetitionOutcome outcome;
  outcome.record["repetition"] = number;
  outcome.record["status"] = "ok";
  const auto started = Clock::now();
  const auto deadline = started + settings.cell_timeout;
  try {
    TemporaryDirectory scratch("gilbench-cell");
    if (interrupt_requested()) stop_interrupted();
    const auto companion = start_companion(cell, settings, scratch.path(), outcome.record);
    if (settings.workload.kind == WorkloadKind::echo) {
      run_echo(cell, number, settings, scratch.path(), deadline, outcome);
    } else {
      run_script(cell, number, settings, scratch.path(), deadline, outcome);
    }
    if (companion) finish_companion(*companion, scratch.path(), outcome.record);
  } catch (const RepetitionStop& stop) {
    outcome.status = stop.status;
    outcome.reason = stop.reason;
    outcome.record["status"] = to_string(stop.status);
    outcome.record["reason"] = stop.reason;
    outcome.rtt_samples_us.clear();
  } catch (const std::exception&
               error) {  // unreadable statistics, a full disk: this cell fails, the run goes on
    outcome.status = Status::failed;
    outcome.reason = error.what();
    outcome.record["status"] = "failed";
    outcome.record["reason"] = outcome.reason;
    outcome.rtt_samples_us.clear();
  }
  outcome.record["duration_s"] = seconds_since(started);
  return outcome;
}

std::vector<std::pair<std::string, double>> repetition_metrics(const Json& record) {
  std::vector<std::pair<std::string, double>> metrics;
  auto add = [&](const std::string& name, const Json& value) {
    if (value.is_number()) metrics.emplace_back(name, value.get<double>());
  };
  auto add_process = [&]() {
    const Json process = record.value("process", Json::object());
    for (const char* figure : {"cpu_s", "voluntary_switches", "involuntary_switches"})
      add(std::string("process_") + figure, process.value(figure, Json()));
  };
  auto add_fairness = [&](const Json& gil) {
    if (const auto index = cpu_threads_held_jain_ratio(gil))
      add("cpu_threads_held_jain_ratio", Json(*index));
  };
  if (record.contains("result")) {  // script workload: its own figures, named by the script
    for (const auto& [name, value] : record["result"].items()) add(name, value);
    if (record.contains("vm")) add_fairness(record["vm"].value("gil", Json()));
    add_process();
    return metrics;
  }
  if (!record.contains("client")) return metrics;
  const Json& client = record["client"];
  add("total_s", client.value("total_s", Json()));
  add("messages_per_s", client.value("messages_per_s", Json()));
  for (const char* percentile : {"min", "mean", "p50", "p90", "p99", "p99_9", "max"}) {
    add(std::string("rtt_") + percentile + "_us", client["latency_us"].value(percentile, Json()));
  }
  const Json server = record.value("server", Json::object());
  if (server.contains(server_stats::kWorkload)) {
    // Every figure the workload reports but its raw counts and the echo phase they span.
    for (const auto& [name, value] : server[server_stats::kWorkload].items()) {
      if (name != server_stats::kFibCalls && name != server_stats::kEchoPhaseFibCalls &&
          name != server_stats::kEchoPhaseSeconds)
        add(name, value);
    }
  }
  if (server.contains("echo_thread") && server["echo_thread"].is_object()) {
    for (const char* figure : {"wait_p50_us", "wait_p99_us", "wait_max_us"})
      add(std::string("echo_gil_") + figure, server["echo_thread"].value(figure, Json()));
  }
  const double wall_s = server.value("wall_s", 0.0);
  if (wall_s > 0 && server.contains("gil"))
    add("gil_switches_per_s", Json(server["gil"].value("switches", 0.0) / wall_s));
  if (server.contains("gil")) add_fairness(server["gil"]);
  if (wall_s > 0 && server.contains("threads")) {
    double instructions = 0;
    for (const auto& thread : server["threads"]) instructions += thread.value("instructions", 0.0);
    add("vm_instructions_per_s", Json(instructions / wall_s));
  }
  for (const auto& [name, value] : per_message_figures(client, server))
    metrics.emplace_back(name, value);
  add_process();
  return metrics;
}

}  // namespace gilbench::harness
