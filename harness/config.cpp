#include "harness/config.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include "common/duration.h"
#include "common/input_file.h"
#include "harness/compare.h"
#include "harness/config_field.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

ConfigError::ConfigError(const std::string& file, const std::string& field,
                         const std::string& problem)
    : std::runtime_error(file + ": " + (field.empty() ? "" : field + ": ") + problem) {}

const char* to_string(WorkloadKind kind) { return kind == WorkloadKind::echo ? "echo" : "script"; }

const char* to_string(Placement placement) {
  return placement == Placement::same ? "same" : "separate";
}

namespace {

constexpr int kMaxThreads = 256;
constexpr int kMaxCores = 4096;
constexpr int kMaxTicks = 1'000'000'000;

bool valid_name(const std::string& name) {
  if (name.empty() || !std::isalnum(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
  });
}

std::filesystem::path resolve_script(const ConfigField& field,
                                     const std::filesystem::path& repository_root) {
  const std::filesystem::path written = field.text();
  if (written.empty()) field.fail("empty path");
  if (written.is_absolute()) {
    if (!std::filesystem::is_regular_file(written))
      field.fail("no such file \"" + written.string() + "\"");
    return written;
  }
  for (const auto& base : {std::filesystem::current_path(), repository_root}) {
    if (std::filesystem::is_regular_file(base / written))
      return std::filesystem::absolute(base / written);
  }
  field.fail("no such file \"" + written.string() +
             "\" (relative paths are read from the current directory or " +
             repository_root.string() + ")");
}

WorkloadSettings parse_workload(const ConfigField& root,
                                const std::filesystem::path& repository_root) {
  WorkloadSettings workload;
  if (!root.has("workload")) return workload;
  const ConfigField field = root.member("workload");
  field.expect_object({"kind", "cpu_threads", "script", "args"});
  if (field.has("kind")) {
    workload.kind = field.member("kind").one_of({"echo", "script"}) == "echo"
                        ? WorkloadKind::echo
                        : WorkloadKind::script;
  }
  if (field.has("cpu_threads"))
    workload.cpu_threads = field.member("cpu_threads").integer(0, kMaxThreads);
  if (field.has("script")) {
    workload.script_as_written = field.member("script").text();
    workload.script = resolve_script(field.member("script"), repository_root);
  } else if (workload.kind == WorkloadKind::script) {
    field.fail(
        "kind \"script\" needs \"script\": the VM script to run, relative to the repository root");
  }
  if (field.has("args")) {
    if (workload.kind != WorkloadKind::script)
      field.member("args").fail("only for kind \"script\"");
    for (const ConfigField& argument : field.member("args").elements())
      workload.args.push_back(argument.text());
  }
  return workload;
}

ClientSettings parse_client(const ConfigField& root, WorkloadKind kind) {
  ClientSettings client;
  if (!root.has("client")) return client;
  const ConfigField field = root.member("client");
  if (kind == WorkloadKind::script)
    field.fail("not used by workload kind \"script\" (there is no client)");
  field.expect_object({"messages", "size", "warmup", "rate"});
  if (field.has("messages")) client.messages = field.member("messages").integer(1, 10'000'000);
  if (field.has("size")) client.size_bytes = field.member("size").integer(1, 64 << 20);
  if (field.has("warmup")) client.warmup_messages = field.member("warmup").integer(0, 10'000'000);
  if (field.has("rate")) client.rate_per_s = field.member("rate").positive_number();
  return client;
}

DesignRow parse_design(const ConfigField& field, int default_cpu_threads) {
  DesignRow row;
  if (field.value().is_object() && field.has("server"))
    row.server = field.member("server").one_of({"vm", "floor"});
  if (row.server == "floor") {
    field.expect_object({"server"});  // the C++ floor has no GIL, no interval, no CPU threads
    row.cpu_threads = {0};
    return row;
  }
  if (field.value().is_object() && field.has("interpreter")) {
    field.expect_object({"interpreter", "switch_intervals", "check_intervals", "cpu_threads"});
    row.server = "interpreter";
    row.interpreter = field.member("interpreter").text();
    if (row.interpreter.empty())
      field.member("interpreter")
          .fail("empty interpreter (a name on PATH, \"pyenv:VERSION\" or a path)");
  } else {
    field.expect_object({"gil", "server", "switch_intervals", "check_intervals", "cpu_threads"});
    if (!field.has("gil"))
      field.fail(
          "missing \"gil\" (a GIL design name, e.g. \"newgil\") or \"interpreter\" (e.g. "
          "\"python3.11\")");
    row.gil = field.member("gil").text();
    if (row.gil.empty()) field.member("gil").fail("empty design name");
  }
  row.switch_intervals =
      field.has("switch_intervals")
          ? distinct_list<std::chrono::nanoseconds>(
                field.member("switch_intervals"), [](const ConfigField& f) { return f.duration(); })
          : std::vector<std::chrono::nanoseconds>{std::chrono::milliseconds(5)};
  row.check_intervals =
      field.has("check_intervals")
          ? distinct_list<int>(field.member("check_intervals"),
                               [](const ConfigField& f) { return f.integer(1, kMaxTicks); })
          : std::vector<int>{100};
  row.cpu_threads =
      field.has("cpu_threads")
          ? distinct_list<int>(field.member("cpu_threads"),
                               [](const ConfigField& f) { return f.integer(0, kMaxThreads); })
          : std::vector<int>{default_cpu_threads};
  return row;
}

// A cell both rows give, described, or nothing: two rows must not give the same cell, or the
// report would hold two cells with one id and compare would pair them arbitrarily.
std::optional<std::string> shared_cell(const DesignRow& a, const DesignRow& b) {
  if (a.server != b.server) return std::nullopt;
  if (a.server == "floor") return "the floor server";
  auto common = [](const auto& x, const auto& y) {
    for (const auto& value : x) {
      if (std::find(y.begin(), y.end(), value) != y.end()) return std::optional(value);
    }
    return std::optional<std::decay_t<decltype(x[0])>>();
  };
  const auto interval = common(a.switch_intervals, b.switch_intervals);
  const auto ticks = common(a.check_intervals, b.check_intervals);
  const auto threads = common(a.cpu_threads, b.cpu_threads);
  if (a.gil != b.gil || a.interpreter != b.interpreter || !interval || !ticks || !threads)
    return std::nullopt;
  return a.name() + " with switch interval " + format_duration(*interval) + ", check interval " +
         std::to_string(*ticks) + " and " + std::to_string(*threads) + " CPU thread(s)";
}

void parse_sweep(const ConfigField& root, Config& config) {
  if (!root.has("sweep")) root.fail("missing \"sweep\" (designs and cores to run)");
  const ConfigField sweep = root.member("sweep");
  sweep.expect_object({"designs", "cores", "client_placement"});
  if (!sweep.has("designs")) sweep.fail("missing \"designs\"");
  const std::vector<ConfigField> rows = sweep.member("designs").elements();
  for (const ConfigField& row : rows) {
    config.designs.push_back(parse_design(row, config.workload.cpu_threads));
    if (config.designs.back().server == "floor" && config.workload.kind == WorkloadKind::script) {
      row.fail("the floor server runs no script: not for workload kind \"script\"");
    }
    for (std::size_t earlier = 0; earlier + 1 < config.designs.size(); ++earlier) {
      if (const auto cell = shared_cell(config.designs[earlier], config.designs.back())) {
        row.fail("repeats a cell of sweep.designs[" + std::to_string(earlier) + "] (" + *cell +
                 "): each cell once");
      }
    }
  }
  if (!sweep.has("cores"))
    sweep.fail("missing \"cores\" (core counts to pin the server to, e.g. [1, 2])");
  config.cores = distinct_list<int>(sweep.member("cores"),
                                    [](const ConfigField& f) { return f.integer(1, kMaxCores); });
  if (config.workload.kind == WorkloadKind::script) {
    if (sweep.has("client_placement"))
      sweep.member("client_placement").fail("not used by workload kind \"script\"");
    return;
  }
  config.placements =
      sweep.has("client_placement")
          ? distinct_list<Placement>(sweep.member("client_placement"),
                                     [](const ConfigField& f) {
                                       return f.one_of({"same", "separate"}) == "same"
                                                  ? Placement::same
                                                  : Placement::separate;
                                     })
          : std::vector<Placement>{Placement::same};
}

void parse_timeouts(const ConfigField& root, Config& config) {
  if (!root.has("timeouts")) return;
  const ConfigField field = root.member("timeouts");
  field.expect_object({"cell", "listen"});
  if (field.has("cell")) config.cell_timeout = field.member("cell").duration();
  if (field.has("listen")) config.listen_timeout = field.member("listen").duration();
}

bool row_can_match(const DesignRow& row, const BaselineSelector& selector) {
  auto contains = [](const auto& list, const auto& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  };
  if (selector.design && *selector.design != row.name()) return false;
  if (row.server == "floor")
    return !selector.switch_interval && !selector.check_interval &&
           selector.cpu_threads.value_or(0) == 0;
  return (!selector.switch_interval || contains(row.switch_intervals, *selector.switch_interval)) &&
         (!selector.check_interval || contains(row.check_intervals, *selector.check_interval)) &&
         (!selector.cpu_threads || contains(row.cpu_threads, *selector.cpu_threads));
}

void parse_baseline(const ConfigField& root, Config& config) {
  if (!root.has("baseline")) return;
  const ConfigField field = root.member("baseline");
  if (field.value().is_string()) {
    field.one_of({"none"});
    config.baseline_disabled = true;
    return;
  }
  field.expect_object({"gil", "switch_interval", "check_interval", "cpu_threads"});
  BaselineSelector selector;
  if (field.has("gil")) selector.design = field.member("gil").text();
  if (field.has("switch_interval"))
    selector.switch_interval = field.member("switch_interval").duration();
  if (field.has("check_interval"))
    selector.check_interval = field.member("check_interval").integer(1, kMaxTicks);
  if (field.has("cpu_threads"))
    selector.cpu_threads = field.member("cpu_threads").integer(0, kMaxThreads);
  if (std::none_of(config.designs.begin(), config.designs.end(),
                   [&](const DesignRow& row) { return row_can_match(row, selector); })) {
    field.fail("matches no design row of sweep.designs");
  }
  config.baseline = selector;
}

void parse_gate(const ConfigField& root, Config& config) {
  if (!root.has("gate")) return;
  const ConfigField gate = root.member("gate");
  gate.expect_object({"description", "metrics"});
  if (!gate.has("metrics"))
    gate.fail("missing \"metrics\": {\"NAME\": {\"threshold\": \"10%\"}, ...}");
  const ConfigField metrics = gate.member("metrics");
  if (!metrics.value().is_object() || metrics.value().empty())
    metrics.fail("expected a non-empty object of metric names");
  for (const auto& item : metrics.value().items()) {
    const ConfigField field = metrics.member(item.key());
    field.expect_object({"threshold", "absolute", "report_only", "paired_only", "why"});
    GateMetric metric;
    metric.name = item.key();
    if (!field.has("threshold"))
      field.fail("missing \"threshold\" (e.g. \"10%\"; for a count, the tolerance, e.g. \"0%\")");
    try {
      metric.threshold = parse_threshold(field.member("threshold").text());
    } catch (const std::invalid_argument&) {
      field.member("threshold").fail("expected a percentage of 0 or more, such as \"10%\"");
    }
    if (field.has("absolute")) {
      const ConfigField absolute = field.member("absolute");
      if (!absolute.value().is_number() || !(absolute.value().get<double>() >= 0)) {
        absolute.fail("expected a number of 0 or more, in the metric's own unit (e.g. 0.5)");
      }
      metric.absolute = absolute.value().get<double>();
    }
    if (field.has("report_only")) {
      metric.report_only = field.member("report_only").text();
      if (metric.report_only.empty())
        field.member("report_only")
            .fail("give the reason this metric is shown but never fails the gate");
    }
    if (field.has("paired_only")) {
      metric.paired_only = field.member("paired_only").text();
      if (metric.paired_only.empty())
        field.member("paired_only")
            .fail("give the reason this metric fails the gate only in paired runs (ab)");
    }
    if (field.has("why")) field.member("why").text();
    config.gate.push_back(std::move(metric));
  }
}

Json parse_json(const std::string& text, const std::string& file_name) {
  try {
    return Json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    std::string message = error.what();
    if (const auto bracket = message.find("] ");
        message.starts_with("[json.exception") && bracket != std::string::npos) {
      message = message.substr(bracket + 2);
    }
    throw ConfigError(file_name, "", "not valid JSON: " + message);
  }
}

}  // namespace

Config parse_config(const std::string& text, const std::string& file_name,
                    const std::filesystem::path& repository_root) {
  Config config;
  config.file = file_name;
  config.source = parse_json(text, file_name);
  const ConfigField root(config.source, "", config.file);
  root.expect_object({"name", "description", "workload", "client", "sweep", "repetitions",
                      "timeouts", "baseline", "gate"});
  if (!root.has("name")) root.fail("missing \"name\" (used in report file names)");
  config.name = root.member("name").text();
  if (!valid_name(config.name))
    root.member("name").fail(
        "use letters, digits, '.', '_' and '-' only, starting with a letter or digit");
  if (root.has("description")) config.description = root.member("description").text();
  config.workload = parse_workload(root, repository_root);
  config.client = parse_client(root, config.workload.kind);
  parse_sweep(root, config);
  if (root.has("repetitions")) config.repetitions = root.member("repetitions").integer(1, 1000);
  parse_timeouts(root, config);
  parse_baseline(root, config);
  parse_gate(root, config);
  return config;
}

Config load_config(const std::filesystem::path& path,
                   const std::filesystem::path& repository_root) {
  std::string text;
  try {
    text = read_input_file(path, kMaxConfigBytes);
  } catch (const InputFileError& error) {
    throw ConfigError(path.string(), "", "cannot read the file: " + error.reason());
  }
  return parse_config(text, path.string(), repository_root);
}

}  // namespace gilbench::harness
