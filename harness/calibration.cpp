#include "harness/calibration.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "common/duration.h"
#include "common/input_file.h"
#include "common/output_file.h"
#include "harness/build_info.h"
#include "harness/cells.h"
#include "harness/config_field.h"
#include "harness/report.h"
#include "harness/statistics.h"
#include "harness/table.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

const char* to_string(InterpreterFamily family) {
  switch (family) {
    case InterpreterFamily::cpython2: return "cpython2";
    case InterpreterFamily::cpython3: return "cpython3";
    case InterpreterFamily::free_threaded: return "free-threaded";
  }
  return "?";
}

bool belongs_to(const InterpreterInfo& info, InterpreterFamily family) {
  if (info.implementation != "CPython") return false;
  switch (family) {
    case InterpreterFamily::cpython2: return info.major == 2;
    case InterpreterFamily::cpython3: return info.major == 3 && info.gil_enabled;
    case InterpreterFamily::free_threaded: return info.free_threaded && !info.gil_enabled;
  }
  return false;
}

namespace {

const char* family_description(InterpreterFamily family) {
  switch (family) {
    case InterpreterFamily::cpython2: return "CPython 2";
    case InterpreterFamily::cpython3: return "CPython 3 with a GIL";
    case InterpreterFamily::free_threaded:
      return "free-threaded CPython (python3.13t, GIL disabled)";
  }
  return "?";
}

Yardstick parse_yardstick(const ConfigField& section, const std::string& default_metric) {
  Yardstick yardstick{default_metric, 0.5, 2.0};
  if (section.has("metric")) yardstick.metric = section.member("metric").text();
  if (section.has("band")) {
    const auto bounds = section.member("band").elements();
    if (bounds.size() != 2)
      section.member("band").fail("expected [low, high]: the range model/real may take");
    yardstick.band_low = bounds[0].positive_number();
    yardstick.band_high = bounds[1].positive_number();
    if (yardstick.band_low >= yardstick.band_high)
      section.member("band").fail("low must be below high");
  }
  return yardstick;
}

std::vector<int> thread_counts(const ConfigField& field) {
  return distinct_list<int>(field, [](const ConfigField& f) { return f.integer(0, 256); });
}

// The spec a calibration row shows: pythonX.Y (or X.Yt) when one reaches it, else pyenv:VERSION,
// else the first.
std::string preferred_spec(const DiscoveredInterpreter& entry) {
  std::vector<std::string> specs{entry.lookup.spec};
  specs.insert(specs.end(), entry.aliases.begin(), entry.aliases.end());
  static const std::regex specific("python[0-9]+\\.[0-9]+t?");
  for (const auto& spec : specs) {
    if (std::regex_match(spec, specific)) return spec;
  }
  for (const auto& spec : specs) {
    if (spec.starts_with("pyenv:")) return spec;
  }
  return specs.front();
}

Json intervals_json(const std::vector<std::chrono::nanoseconds>& intervals) {
  Json list = Json::array();
  for (const auto interval : intervals) list.push_back(format_duration(interval));
  return list;
}

// The rows of one target (a design, or an interpreter) for one pair: with several thread
// counts, the no-CPU-thread cell once (intervals do not matter without contention) and the
// others at every interval.
void add_rows(Json& designs, const Json& target, const CalibrationPair& pair,
              const std::vector<int>& cpu_threads) {
  auto row = [&](const std::vector<int>& threads, bool first_interval_only) {
    Json design = target;
    if (!pair.switch_intervals.empty()) {
      design["switch_intervals"] =
          first_interval_only ? Json::array({format_duration(pair.switch_intervals.front())})
                              : intervals_json(pair.switch_intervals);
    }
    if (!pair.check_intervals.empty()) {
      design["check_intervals"] = first_interval_only ? Json::array({pair.check_intervals.front()})
                                                      : Json(pair.check_intervals);
    }
    if (!threads.empty()) design["cpu_threads"] = threads;
    designs.push_back(std::move(design));
  };
  if (cpu_threads.empty()) {  // the count-down: the workload's own thread count
    row({}, false);
    return;
  }
  std::vector<int> busy;
  std::copy_if(cpu_threads.begin(), cpu_threads.end(), std::back_inserter(busy),
               [](int threads) { return threads > 0; });
  if (busy.size() < cpu_threads.size()) row({0}, true);
  if (!busy.empty()) row(busy, false);
}

Json designs_json(const CalibrationConfig& config, const std::vector<FamilyMembers>& targets,
                  const std::vector<int>& cpu_threads) {
  Json designs = Json::array();
  for (const auto& pair : config.pairs) {
    add_rows(designs, Json{{"gil", pair.gil}}, pair, cpu_threads);
    for (const auto& family : targets) {
      if (family.family != pair.family) continue;
      for (const auto& member : family.members)
        add_rows(designs, Json{{"interpreter", member.spec}}, pair, cpu_threads);
    }
  }
  return designs;
}

const std::vector<InterpreterInfo>& members_of(const std::vector<FamilyMembers>& targets,
                                               InterpreterFamily family) {
  static const std::vector<InterpreterInfo> none;
  for (const auto& entry : targets) {
    if (entry.family == family) return entry.members;
  }
  return none;
}

// A cell's parameters without what names its target: equal for a model cell and its real twin.
Json twin_key(Json parameters) {
  for (const char* key : {"server", "gil", "interpreter"}) parameters.erase(key);
  return parameters;
}

Json side_json(const Json& cell, const std::string& metric) {
  Json side{{"cell", cell["id"]}, {"status", cell["status"]}};
  if (cell.contains("reason")) side["reason"] = cell["reason"];
  const Json& aggregates = cell.value("aggregates", Json());
  if (!aggregates.is_object() || !aggregates["metrics"].contains(metric)) return side;
  const Json& figure = aggregates["metrics"][metric];
  side["median"] = figure["median"];
  side["values"] = figure["values"];
  Json modes = Json::array();
  for (const Mode& mode : find_modes(figure["values"].get<std::vector<double>>())) {
    modes.push_back(
        {{"count", mode.count}, {"median", mode.median}, {"min", mode.min}, {"max", mode.max}});
  }
  side["modes"] = std::move(modes);
  return side;
}

std::string modes_text(const Json& side) {
  if (!side.contains("modes")) return "-";
  const Json& modes = side["modes"];
  if (modes.size() == 1) return "n=" + std::to_string(modes[0]["count"].get<std::size_t>());
  return std::to_string(modes[0]["count"].get<std::size_t>()) + " lo/" +
         std::to_string(modes[1]["count"].get<std::size_t>()) + " hi";
}

std::string figure_text(const Json& side) {
  return side.contains("median") ? format_figure(side["median"].get<double>()) : "-";
}

// Cells this machine cannot run (too few cores), which pair_cells leaves out, by reason.
std::map<std::string, std::size_t> machine_skips(const Json& report) {
  std::map<std::string, std::size_t> skips;
  for (const auto& cell : report.at("cells")) {
    if (cell["parameters"].value("server", "") == "vm" && cell.value("status", "") == "skipped")
      ++skips[cell.value("reason", "")];
  }
  return skips;
}

void write_calibration_block(SweepResult& sweep, const CalibrationConfig& config,
                             const Yardstick& yardstick, const Json& rows) {
  sweep.report["calibration"] = {
      {"config_file", config.file},
      {"metric", yardstick.metric},
      {"band_model_over_real", {yardstick.band_low, yardstick.band_high}},
      {"mode_gap_ratio", kModeGap},
      {"pairs", rows}};
  write_output_file(sweep.report_path, sweep.report.dump(2) + "\n");
}

}  // namespace

CalibrationConfig parse_calibration_config(const std::string& text, const std::string& file_name) {
  CalibrationConfig config;
  config.file = file_name;
  Json source;
  try {
    source = Json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    throw ConfigError(file_name, "", std::string("not valid JSON: ") + error.what());
  }
  const ConfigField root(source, "", config.file);
  root.expect_object({"name", "description", "pairs", "cores", "repetitions", "echo", "countdown"});
  for (const char* required : {"name", "pairs", "cores", "echo", "countdown"}) {
    if (!root.has(required)) root.fail(std::string("missing \"") + required + "\"");
  }
  config.name = root.member("name").text();
  if (root.has("description")) config.description = root.member("description").text();
  for (const ConfigField& field : root.member("pairs").elements()) {
    field.expect_object({"gil", "interpreters", "switch_intervals", "check_intervals"});
    if (!field.has("gil") || !field.has("interpreters"))
      field.fail("needs \"gil\" (the model) and \"interpreters\" (whom it models)");
    CalibrationPair pair;
    pair.gil = field.member("gil").text();
    const std::string family =
        field.member("interpreters").one_of({"cpython2", "cpython3", "free-threaded"});
    pair.family = family == "cpython2"   ? InterpreterFamily::cpython2
                  : family == "cpython3" ? InterpreterFamily::cpython3
                                         : InterpreterFamily::free_threaded;
    if (field.has("switch_intervals")) {
      pair.switch_intervals = distinct_list<std::chrono::nanoseconds>(
          field.member("switch_intervals"), [](const ConfigField& f) { return f.duration(); });
    }
    if (field.has("check_intervals")) {
      pair.check_intervals =
          distinct_list<int>(field.member("check_intervals"),
                             [](const ConfigField& f) { return f.integer(1, 1'000'000'000); });
    }
    config.pairs.push_back(std::move(pair));
  }
  config.cores = distinct_list<int>(root.member("cores"),
                                    [](const ConfigField& f) { return f.integer(1, 4096); });
  if (root.has("repetitions")) config.repetitions = root.member("repetitions").integer(1, 1000);

  const ConfigField echo = root.member("echo");
  echo.expect_object({"metric", "band", "cpu_threads", "client", "client_placement", "timeouts"});
  config.echo_yardstick = parse_yardstick(echo, "rtt_p50_us");
  config.echo_cpu_threads =
      echo.has("cpu_threads") ? thread_counts(echo.member("cpu_threads")) : std::vector<int>{0, 1};
  // Checked where they are used, by the generated sweep config (messages name it).
  config.echo_client = echo.value().value("client", Json::object());
  config.echo_placements = echo.value().value("client_placement", Json::array({"same"}));
  config.echo_timeouts = echo.value().value("timeouts", Json::object());

  const ConfigField countdown = root.member("countdown");
  countdown.expect_object({"metric", "band", "script", "threads", "args", "timeouts"});
  config.countdown_yardstick = parse_yardstick(countdown, "threaded_over_sequential_ratio");
  if (!countdown.has("script"))
    countdown.fail("missing \"script\" (e.g. harness/workloads/cpu_contention.py)");
  config.countdown_script = countdown.member("script").text();
  if (countdown.has("threads"))
    config.countdown_threads = countdown.member("threads").integer(1, 256);
  if (countdown.has("args")) {
    for (const ConfigField& argument : countdown.member("args").elements())
      config.countdown_args.push_back(argument.text());
  }
  config.countdown_timeouts = countdown.value().value("timeouts", Json::object());
  // What is passed through to the sweeps is checked now, by the sweep config parser, before
  // anything runs.
  parse_config(echo_sweep_json(config, {}).dump(), config.file + " (echo sweep)",
               source_directory());
  parse_config(countdown_sweep_json(config, {}).dump(), config.file + " (countdown sweep)",
               source_directory());
  return config;
}

CalibrationConfig load_calibration_config(const std::filesystem::path& path) {
  std::string text;
  try {
    text = read_input_file(path, kMaxConfigBytes);
  } catch (const InputFileError& error) {
    throw ConfigError(path.string(), "", "cannot read the file: " + error.reason());
  }
  return parse_calibration_config(text, path.string());
}

bool is_calibration_config(const std::filesystem::path& path) {
  std::string text;
  try {
    text = read_input_file(path, kMaxConfigBytes);
  } catch (const InputFileError&) {
    return false;  // the sweep config loader then names what is wrong with the file
  }
  const Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  return json.is_object() && json.contains("pairs");
}

std::vector<FamilyMembers> calibration_targets(const std::vector<DiscoveredInterpreter>& found) {
  std::vector<FamilyMembers> targets;
  for (const auto family : {InterpreterFamily::cpython2, InterpreterFamily::cpython3,
                            InterpreterFamily::free_threaded}) {
    FamilyMembers entry{family, {}};
    std::set<std::pair<int, int>> versions;
    for (const auto& candidate : found) {
      if (!candidate.lookup.info || !belongs_to(*candidate.lookup.info, family)) continue;
      const auto& info = *candidate.lookup.info;
      if (!versions.insert({info.major, info.minor}).second) continue;
      InterpreterInfo member = info;
      member.spec = preferred_spec(candidate);
      entry.members.push_back(std::move(member));
    }
    std::stable_sort(entry.members.begin(), entry.members.end(),
                     [](const InterpreterInfo& a, const InterpreterInfo& b) {
                       return std::tie(a.major, a.minor) < std::tie(b.major, b.minor);
                     });
    targets.push_back(std::move(entry));
  }
  return targets;
}

Json echo_sweep_json(const CalibrationConfig& config, const std::vector<FamilyMembers>& targets) {
  return {{"name", config.name + "-echo"},
          {"description", "generated by gilbench calibrate from " + config.file +
                              ": the echo workload, each design beside the "
                              "interpreters it models"},
          {"workload", {{"kind", "echo"}}},
          {"client", config.echo_client},
          {"sweep",
           {{"designs", designs_json(config, targets, config.echo_cpu_threads)},
            {"cores", config.cores},
            {"client_placement", config.echo_placements}}},
          {"repetitions", config.repetitions},
          {"timeouts", config.echo_timeouts}};
}

Json countdown_sweep_json(const CalibrationConfig& config,
                          const std::vector<FamilyMembers>& targets) {
  Json workload{{"kind", "script"},
                {"script", config.countdown_script},
                {"cpu_threads", config.countdown_threads}};
  if (!config.countdown_args.empty()) workload["args"] = config.countdown_args;
  return {{"name", config.name + "-countdown"},
          {"description", "generated by gilbench calibrate from " + config.file +
                              ": the two-thread count-down, each design "
                              "beside the interpreters it models"},
          {"workload", workload},
          {"sweep", {{"designs", designs_json(config, targets, {})}, {"cores", config.cores}}},
          {"repetitions", config.repetitions},
          {"timeouts", config.countdown_timeouts},
          {"baseline", "none"}};
}

Json pair_cells(const CalibrationConfig& config, const std::string& workload,
                const Yardstick& yardstick, const Json& report,
                const std::vector<FamilyMembers>& targets, const InterpreterSearch& search) {
  Json rows = Json::array();
  const Json& cells = report.at("cells");
  for (const auto& pair : config.pairs) {
    const auto& members = members_of(targets, pair.family);
    for (const auto& model : cells) {
      const Json& parameters = model["parameters"];
      if (parameters.value("server", "") != "vm" || parameters.value("gil", "") != pair.gil)
        continue;
      if (model.value("status", "") == "skipped")
        continue;  // this machine cannot run the cell at all: no pair
      const Json key = twin_key(parameters);
      auto row_for = [&](const InterpreterInfo* member) {
        Json row{{"workload", workload},
                 {"metric", yardstick.metric},
                 {"gil", pair.gil},
                 {"interpreters", to_string(pair.family)},
                 {"interpreter", member ? Json(member->spec) : Json(nullptr)},
                 {"interpreter_version", member ? Json(member->describe()) : Json(nullptr)}};
        for (const auto& [name, value] : key.items()) row[name] = value;
        row["model"] = side_json(model, yardstick.metric);
        return row;
      };
      if (members.empty()) {
        Json row = row_for(nullptr);
        row["real"] = {
            {"status", "skipped"},
            {"reason", std::string("no ") + family_description(pair.family) + " found (PATH=" +
                           (search.path_variable.empty() ? "(empty)" : search.path_variable) +
                           "; pyenv root " + search.pyenv_root.string() + ")"}};
        rows.push_back(std::move(row));
        continue;
      }
      for (const auto& member : members) {
        Json row = row_for(&member);
        const auto twin = std::find_if(cells.begin(), cells.end(), [&](const Json& cell) {
          const Json& p = cell["parameters"];
          return p.value("server", "") == "interpreter" &&
                 p.value("interpreter", "") == member.spec && twin_key(p) == key;
        });
        row["real"] = twin == cells.end()
                          ? Json{{"status", "missing"}, {"reason", "no such cell in the report"}}
                          : side_json(*twin, yardstick.metric);
        if (row["real"].contains("median") && row["model"].contains("median") &&
            row["real"]["median"].get<double>() > 0) {
          const double ratio =
              row["model"]["median"].get<double>() / row["real"]["median"].get<double>();
          row["model_over_real_ratio"] = ratio;
          row["within_band"] = ratio >= yardstick.band_low && ratio <= yardstick.band_high;
        }
        rows.push_back(std::move(row));
      }
    }
  }
  return rows;
}

std::string render_calibration(const Json& rows,
                               const std::map<std::string, std::size_t>& machine_skips) {
  std::vector<std::vector<std::string>> table{
      {"#", "workload", "model", "real", "version", "interval", "thr", "cores", "client", "metric",
       "real", "model", "model/real", "real modes", "model modes", "flag"}};
  std::map<std::string, std::vector<std::size_t>> reasons;  // reason -> row numbers
  std::size_t number = 0, compared = 0, outside = 0;
  for (const auto& row : rows) {
    ++number;
    const bool legacy_style = row.value("interpreters", "") == "cpython2";
    const std::string interval =
        legacy_style ? "check " + std::to_string(row.value("check_interval_ticks", 0))
                     : row.value("switch_interval", std::string("-"));
    const Json& real = row["real"];
    const bool has_ratio = row.contains("model_over_real_ratio");
    compared += has_ratio ? 1 : 0;
    const bool out_of_band = has_ratio && !row["within_band"].get<bool>();
    outside += out_of_band ? 1 : 0;
    std::string flag = out_of_band ? "OUTSIDE" : "";
    if (!real.contains("median")) {
      flag = "real " + real.value("status", std::string("?"));
      reasons["real: " + real.value("reason", std::string("no figure"))].push_back(number);
    }
    if (!row["model"].contains("median")) {
      flag += std::string(flag.empty() ? "" : ", ") + "model " +
              row["model"].value("status", std::string("?"));
      reasons["model: " + row["model"].value("reason", std::string("no figure"))].push_back(number);
    }
    const std::string version = row["interpreter_version"].is_string()
                                    ? row["interpreter_version"].get<std::string>()
                                    : "-";
    table.push_back(
        {std::to_string(number), row.value("workload", ""), row.value("gil", ""),
         row["interpreter"].is_string() ? row["interpreter"].get<std::string>() : "-",
         version.starts_with("CPython ") ? version.substr(8) : version, interval,
         std::to_string(row.value("cpu_threads", 0)), std::to_string(row.value("cores", 0)),
         row["client_placement"].is_string() ? row["client_placement"].get<std::string>() : "-",
         row.value("metric", ""), figure_text(real), figure_text(row["model"]),
         has_ratio ? format_figure(row["model_over_real_ratio"].get<double>()) : "-",
         modes_text(real), modes_text(row["model"]), flag});
  }
  std::ostringstream out;
  out << format_columns(table, {true, false, false, false, false, false, true, true, false, false,
                                true, true, true, false, false, false});
  out << "\n"
      << compared << " of " << rows.size() << " rows compared, " << outside
      << " outside the band (flagged OUTSIDE). Figures are medians over the repetitions; "
         "model/real is the model's median "
         "over the real one's. modes: how many repetitions fell in the low and high mode when they "
         "split at a gap of "
      << format_figure(kModeGap) << "x or more (n=N: one mode).\n";
  for (const auto& [reason, numbers] : reasons) {
    out << "  rows ";
    for (std::size_t i = 0; i < numbers.size() && i < 6; ++i) out << (i ? "," : "") << numbers[i];
    if (numbers.size() > 6) out << ",... (" << numbers.size() << ")";
    out << ": " << reason << "\n";
  }
  for (const auto& [reason, count] : machine_skips)
    out << "  not run here (" << count << " model cells, no rows): " << reason << "\n";
  return out.str();
}

int calibrate_command(const CalibrateRequest& request, std::ostream& out, std::ostream& err) {
  const auto config_path = request.config_path.empty()
                               ? source_directory() / "configs" / "calibration.json"
                               : request.config_path;
  const CalibrationConfig config = load_calibration_config(config_path);
  const InterpreterSearch search = InterpreterSearch::from_environment();
  const auto targets = calibration_targets(discover_interpreters(search, request.interpreters));
  for (const auto& family : targets) {
    err << "calibrate: " << family_description(family.family) << ": ";
    if (family.members.empty()) err << "none found";
    for (std::size_t i = 0; i < family.members.size(); ++i) {
      err << (i ? ", " : "") << family.members[i].spec << " (" << family.members[i].version()
          << ")";
    }
    err << "\n";
  }

  RunRequest run = request.run;
  run.plots = false;
  Json rows = Json::array();
  std::map<std::string, std::size_t> not_run_here;
  std::vector<std::filesystem::path> reports;
  const struct {
    const char* workload;
    Json sweep;
    const Yardstick& yardstick;
  } sweeps[] = {{"echo", echo_sweep_json(config, targets), config.echo_yardstick},
                {"countdown", countdown_sweep_json(config, targets), config.countdown_yardstick}};
  int status = 0;
  for (const auto& sweep : sweeps) {
    const Config generated = parse_config(
        sweep.sweep.dump(), config.file + " (" + sweep.workload + " sweep)", source_directory());
    std::ostringstream sweep_table;  // calibrate prints its own table
    SweepResult result = run_sweep(generated, run, run.dry_run ? out : sweep_table, err);
    if (run.dry_run) continue;
    const Json pairs =
        pair_cells(config, sweep.workload, sweep.yardstick, result.report, targets, search);
    write_calibration_block(result, config, sweep.yardstick, pairs);
    for (const auto& row : pairs) rows.push_back(row);
    for (const auto& [reason, count] : machine_skips(result.report)) not_run_here[reason] += count;
    reports.push_back(result.report_path);
    status = result.status;
    if (status != 0) break;  // interrupted: what ran is reported, the rest is not started
  }
  if (run.dry_run) return 0;
  out << render_calibration(rows, not_run_here);
  for (const auto& report : reports) out << "report: " << report.string() << "\n";
  return status;
}

}  // namespace gilbench::harness
