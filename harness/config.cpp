#include "harness/config.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include "common/duration.h"
#include "common/input_file.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

ConfigError::ConfigError(const std::string& file, const std::string& field, const std::string& problem)
    : std::runtime_error(file + ": " + (field.empty() ? "" : field + ": ") + problem) {}

const char* to_string(WorkloadKind kind) { return kind == WorkloadKind::echo ? "echo" : "script"; }

const char* to_string(Placement placement) { return placement == Placement::same ? "same" : "separate"; }

namespace {

// "string \"2\"", "number 1.5", "array": what a wrong value was, for messages.
std::string describe(const Json& value) {
  std::string dumped = value.dump();
  if (dumped.size() > 40) dumped = dumped.substr(0, 37) + "...";
  if (value.is_string()) return "string " + dumped;
  if (value.is_boolean()) return "boolean " + dumped;
  if (value.is_number()) return "number " + dumped;
  if (value.is_null()) return "null";
  return value.is_array() ? "an array" : "an object";
}

// A JSON value with its dotted path (sweep.designs[2].gil), so every check can say where it failed.
class Field {
 public:
  Field(const Json& value, std::string path, const std::string& file)
      : value_(value), path_(std::move(path)), file_(file) {}

  const Json& value() const { return value_; }
  const std::string& path() const { return path_; }

  [[noreturn]] void fail(const std::string& problem) const { throw ConfigError(file_, path_, problem); }

  Field member(const std::string& key) const {
    return Field(value_.at(key), path_.empty() ? key : path_ + "." + key, file_);
  }
  bool has(const std::string& key) const { return value_.contains(key); }

  // An object with no keys but `allowed`.
  void expect_object(std::initializer_list<const char*> allowed) const {
    if (!value_.is_object()) fail("expected an object, got " + describe(value_));
    for (const auto& item : value_.items()) {
      const std::string& key = item.key();
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; })) {
        std::string expected;
        for (const char* name : allowed) expected += (expected.empty() ? "" : ", ") + std::string(name);
        throw ConfigError(file_, path_.empty() ? key : path_ + "." + key,
                          "unknown key (expected one of: " + expected + ")");
      }
    }
  }

  // The elements of a non-empty array.
  std::vector<Field> elements() const {
    if (!value_.is_array()) fail("expected an array, got " + describe(value_));
    if (value_.empty()) fail("empty: give at least one value");
    std::vector<Field> items;
    for (std::size_t i = 0; i < value_.size(); ++i) items.emplace_back(value_[i], path_ + "[" + std::to_string(i) + "]", file_);
    return items;
  }

  std::string text() const {
    if (!value_.is_string()) fail("expected a string, got " + describe(value_));
    return value_.get<std::string>();
  }

  std::string one_of(std::initializer_list<const char*> choices) const {
    const std::string chosen = text();
    std::string listed;
    for (const char* choice : choices) {
      if (chosen == choice) return chosen;
      listed += (listed.empty() ? "\"" : ", \"") + std::string(choice) + "\"";
    }
    fail("\"" + chosen + "\" is not one of " + listed);
  }

  int integer(int minimum, int maximum) const {
    if (!value_.is_number_integer()) fail("expected an integer, got " + describe(value_));
    const auto number = value_.get<long long>();
    if (number < minimum || number > maximum) {
      fail(std::to_string(number) + " is out of range [" + std::to_string(minimum) + ", " + std::to_string(maximum) + "]");
    }
    return static_cast<int>(number);
  }

  double positive_number() const {
    if (!value_.is_number()) fail("expected a number, got " + describe(value_));
    const double number = value_.get<double>();
    if (!(number > 0.0)) fail("must be above 0");
    return number;
  }

  std::chrono::nanoseconds duration() const {
    if (!value_.is_string()) fail("expected a duration string such as \"5ms\", got " + describe(value_));
    std::chrono::nanoseconds parsed{};
    try {
      parsed = parse_duration(value_.get<std::string>());
    } catch (const std::invalid_argument& error) {
      fail(error.what());
    }
    if (parsed.count() <= 0) fail("must be above 0");
    return parsed;
  }

 private:
  const Json& value_;
  std::string path_;
  const std::string& file_;
};

// Parses a non-empty array with `parse_one` and rejects repeated values.
template <typename T, typename ParseOne>
std::vector<T> distinct_list(const Field& field, ParseOne parse_one) {
  std::vector<T> values;
  for (const Field& element : field.elements()) {
    T value = parse_one(element);
    if (std::find(values.begin(), values.end(), value) != values.end()) element.fail("repeats an earlier value");
    values.push_back(value);
  }
  return values;
}

constexpr int kMaxThreads = 256;
constexpr int kMaxCores = 4096;
constexpr int kMaxTicks = 1'000'000'000;

bool valid_name(const std::string& name) {
  if (name.empty() || !std::isalnum(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
  });
}

std::filesystem::path resolve_script(const Field& field, const std::filesystem::path& repository_root) {
  const std::filesystem::path written = field.text();
  if (written.empty()) field.fail("empty path");
  if (written.is_absolute()) {
    if (!std::filesystem::is_regular_file(written)) field.fail("no such file \"" + written.string() + "\"");
    return written;
  }
  for (const auto& base : {std::filesystem::current_path(), repository_root}) {
    if (std::filesystem::is_regular_file(base / written)) return std::filesystem::absolute(base / written);
  }
  field.fail("no such file \"" + written.string() + "\" (relative paths are read from the current directory or " +
             repository_root.string() + ")");
}

WorkloadSettings parse_workload(const Field& root, const std::filesystem::path& repository_root) {
  WorkloadSettings workload;
  if (!root.has("workload")) return workload;
  const Field field = root.member("workload");
  field.expect_object({"kind", "cpu_threads", "script", "args"});
  if (field.has("kind")) {
    workload.kind = field.member("kind").one_of({"echo", "script"}) == "echo" ? WorkloadKind::echo : WorkloadKind::script;
  }
  if (field.has("cpu_threads")) workload.cpu_threads = field.member("cpu_threads").integer(0, kMaxThreads);
  if (field.has("script")) {
    workload.script_as_written = field.member("script").text();
    workload.script = resolve_script(field.member("script"), repository_root);
  } else if (workload.kind == WorkloadKind::script) {
    field.fail("kind \"script\" needs \"script\": the VM script to run, relative to the repository root");
  }
  if (field.has("args")) {
    if (workload.kind != WorkloadKind::script) field.member("args").fail("only for kind \"script\"");
    for (const Field& argument : field.member("args").elements()) workload.args.push_back(argument.text());
  }
  return workload;
}

ClientSettings parse_client(const Field& root, WorkloadKind kind) {
  ClientSettings client;
  if (!root.has("client")) return client;
  const Field field = root.member("client");
  if (kind == WorkloadKind::script) field.fail("not used by workload kind \"script\" (there is no client)");
  field.expect_object({"messages", "size", "warmup", "rate"});
  if (field.has("messages")) client.messages = field.member("messages").integer(1, 10'000'000);
  if (field.has("size")) client.size_bytes = field.member("size").integer(1, 64 << 20);
  if (field.has("warmup")) client.warmup_messages = field.member("warmup").integer(0, 10'000'000);
  if (field.has("rate")) client.rate_per_s = field.member("rate").positive_number();
  return client;
}

DesignRow parse_design(const Field& field, int default_cpu_threads) {
  DesignRow row;
  if (field.value().is_object() && field.has("server")) row.server = field.member("server").one_of({"vm", "floor"});
  if (row.server == "floor") {
    field.expect_object({"server"});  // the C++ floor has no GIL, no interval, no CPU threads
    row.cpu_threads = {0};
    return row;
  }
  field.expect_object({"gil", "server", "switch_intervals", "check_intervals", "cpu_threads"});
  if (!field.has("gil")) field.fail("missing \"gil\" (a GIL design name, e.g. \"newgil\")");
  row.gil = field.member("gil").text();
  if (row.gil.empty()) field.member("gil").fail("empty design name");
  row.switch_intervals = field.has("switch_intervals")
                             ? distinct_list<std::chrono::nanoseconds>(field.member("switch_intervals"),
                                                                       [](const Field& f) { return f.duration(); })
                             : std::vector<std::chrono::nanoseconds>{std::chrono::milliseconds(5)};
  row.check_intervals = field.has("check_intervals")
                            ? distinct_list<int>(field.member("check_intervals"),
                                                 [](const Field& f) { return f.integer(1, kMaxTicks); })
                            : std::vector<int>{100};
  row.cpu_threads = field.has("cpu_threads")
                        ? distinct_list<int>(field.member("cpu_threads"),
                                             [](const Field& f) { return f.integer(0, kMaxThreads); })
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
  if (a.gil != b.gil || !interval || !ticks || !threads) return std::nullopt;
  return a.gil + " with switch interval " + format_duration(*interval) + ", check interval " + std::to_string(*ticks) +
         " and " + std::to_string(*threads) + " CPU thread(s)";
}

void parse_sweep(const Field& root, Config& config) {
  if (!root.has("sweep")) root.fail("missing \"sweep\" (designs and cores to run)");
  const Field sweep = root.member("sweep");
  sweep.expect_object({"designs", "cores", "client_placement"});
  if (!sweep.has("designs")) sweep.fail("missing \"designs\"");
  const std::vector<Field> rows = sweep.member("designs").elements();
  for (const Field& row : rows) {
    config.designs.push_back(parse_design(row, config.workload.cpu_threads));
    if (config.designs.back().server == "floor" && config.workload.kind == WorkloadKind::script) {
      row.fail("the floor server runs no script: not for workload kind \"script\"");
    }
    for (std::size_t earlier = 0; earlier + 1 < config.designs.size(); ++earlier) {
      if (const auto cell = shared_cell(config.designs[earlier], config.designs.back())) {
        row.fail("repeats a cell of sweep.designs[" + std::to_string(earlier) + "] (" + *cell + "): each cell once");
      }
    }
  }
  if (!sweep.has("cores")) sweep.fail("missing \"cores\" (core counts to pin the server to, e.g. [1, 2])");
  config.cores = distinct_list<int>(sweep.member("cores"), [](const Field& f) { return f.integer(1, kMaxCores); });
  if (config.workload.kind == WorkloadKind::script) {
    if (sweep.has("client_placement")) sweep.member("client_placement").fail("not used by workload kind \"script\"");
    return;
  }
  config.placements = sweep.has("client_placement")
                          ? distinct_list<Placement>(sweep.member("client_placement"),
                                                     [](const Field& f) {
                                                       return f.one_of({"same", "separate"}) == "same" ? Placement::same
                                                                                                       : Placement::separate;
                                                     })
                          : std::vector<Placement>{Placement::same};
}

void parse_timeouts(const Field& root, Config& config) {
  if (!root.has("timeouts")) return;
  const Field field = root.member("timeouts");
  field.expect_object({"cell", "listen"});
  if (field.has("cell")) config.cell_timeout = field.member("cell").duration();
  if (field.has("listen")) config.listen_timeout = field.member("listen").duration();
}

bool row_can_match(const DesignRow& row, const BaselineSelector& selector) {
  auto contains = [](const auto& list, const auto& value) { return std::find(list.begin(), list.end(), value) != list.end(); };
  if (selector.design && *selector.design != row.name()) return false;
  if (row.server == "floor") return !selector.switch_interval && !selector.check_interval && selector.cpu_threads.value_or(0) == 0;
  return (!selector.switch_interval || contains(row.switch_intervals, *selector.switch_interval)) &&
         (!selector.check_interval || contains(row.check_intervals, *selector.check_interval)) &&
         (!selector.cpu_threads || contains(row.cpu_threads, *selector.cpu_threads));
}

void parse_baseline(const Field& root, Config& config) {
  if (!root.has("baseline")) return;
  const Field field = root.member("baseline");
  if (field.value().is_string()) {
    field.one_of({"none"});
    config.baseline_disabled = true;
    return;
  }
  field.expect_object({"gil", "switch_interval", "check_interval", "cpu_threads"});
  BaselineSelector selector;
  if (field.has("gil")) selector.design = field.member("gil").text();
  if (field.has("switch_interval")) selector.switch_interval = field.member("switch_interval").duration();
  if (field.has("check_interval")) selector.check_interval = field.member("check_interval").integer(1, kMaxTicks);
  if (field.has("cpu_threads")) selector.cpu_threads = field.member("cpu_threads").integer(0, kMaxThreads);
  if (std::none_of(config.designs.begin(), config.designs.end(), [&](const DesignRow& row) { return row_can_match(row, selector); })) {
    field.fail("matches no design row of sweep.designs");
  }
  config.baseline = selector;
}

Json parse_json(const std::string& text, const std::string& file_name) {
  try {
    return Json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    std::string message = error.what();
    if (const auto bracket = message.find("] "); message.starts_with("[json.exception") && bracket != std::string::npos) {
      message = message.substr(bracket + 2);
    }
    throw ConfigError(file_name, "", "not valid JSON: " + message);
  }
}

}  // namespace

Config parse_config(const std::string& text, const std::string& file_name, const std::filesystem::path& repository_root) {
  Config config;
  config.file = file_name;
  config.source = parse_json(text, file_name);
  const Field root(config.source, "", config.file);
  root.expect_object({"name", "description", "workload", "client", "sweep", "repetitions", "timeouts", "baseline"});
  if (!root.has("name")) root.fail("missing \"name\" (used in report file names)");
  config.name = root.member("name").text();
  if (!valid_name(config.name)) root.member("name").fail("use letters, digits, '.', '_' and '-' only, starting with a letter or digit");
  if (root.has("description")) config.description = root.member("description").text();
  config.workload = parse_workload(root, repository_root);
  config.client = parse_client(root, config.workload.kind);
  parse_sweep(root, config);
  if (root.has("repetitions")) config.repetitions = root.member("repetitions").integer(1, 1000);
  parse_timeouts(root, config);
  parse_baseline(root, config);
  return config;
}

Config load_config(const std::filesystem::path& path, const std::filesystem::path& repository_root) {
  std::string text;
  try {
    text = read_input_file(path, kMaxConfigBytes);
  } catch (const InputFileError& error) {
    throw ConfigError(path.string(), "", "cannot read the file: " + error.reason());
  }
  return parse_config(text, path.string(), repository_root);
}

}  // namespace gilbench::harness
