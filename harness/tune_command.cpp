#include "harness/tune_command.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <tuple>

#include "common/duration.h"
#include "common/output_file.h"
#include "harness/build_info.h"
#include "harness/cells.h"
#include "harness/context.h"
#include "harness/interrupt.h"
#include "harness/plots.h"
#include "harness/repetition.h"
#include "harness/report.h"
#include "harness/run_command.h"
#include "harness/statistics.h"
#include "harness/table.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;
using std::chrono::nanoseconds;

namespace {

// The designs whose knob is the switch interval; the others have none to tune.
const std::vector<std::string> kTunableDesigns = {"newgil", "fifo", "priority"};
// What `tune` tries when no interval meets the SLO, each at its defaults.
const std::vector<std::string> kAlternativeDesigns = {"priority", "bfs",    "iospin", "nogil",
                                                      "legacy",   "newgil", "fifo"};
constexpr auto kAlternativeInterval = std::chrono::milliseconds(5);
constexpr int kReferenceMessages = 20;  // the CPU reference needs the fib rate, not the latency

struct Interrupted {};

double us_of(nanoseconds interval) {
  return std::chrono::duration<double, std::micro>(interval).count();
}

std::string limit_text(double us) {
  return format_duration(nanoseconds(static_cast<std::int64_t>(std::llround(us * 1000))));
}

std::string slo_text(const Slo& slo) {
  std::vector<std::string> parts;
  if (slo.rtt_p99_us) parts.push_back("RTT p99 <= " + limit_text(*slo.rtt_p99_us));
  if (slo.rtt_p50_us) parts.push_back("RTT p50 <= " + limit_text(*slo.rtt_p50_us));
  if (slo.min_requests_per_s)
    parts.push_back("requests/s >= " + format_figure(*slo.min_requests_per_s));
  if (slo.min_cpu_fraction)
    parts.push_back("CPU threads >= " + format_figure(*slo.min_cpu_fraction * 100) +
                    "% of their throughput at the longest interval");
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

std::optional<double> metric(const std::vector<std::pair<std::string, double>>& metrics,
                             const std::string& name) {
  for (const auto& [key, value] : metrics) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::optional<TuneSample> sample_of(const RepetitionOutcome& outcome) {
  if (outcome.status != Status::ok) return std::nullopt;
  const auto metrics = repetition_metrics(outcome.record);
  const auto p50 = metric(metrics, "rtt_p50_us"), p99 = metric(metrics, "rtt_p99_us"),
             rps = metric(metrics, "messages_per_s");
  if (!p50 || !p99 || !rps) return std::nullopt;
  return TuneSample{*p50, *p99, *rps, metric(metrics, "fib_calls_per_s").value_or(0),
                    outcome.record.value("duration_s", 0.0)};
}

// Everything measured, by design, interval and CPU threads, to build the report from.
using OutcomeKey = std::tuple<std::string, nanoseconds, int>;
using Outcomes = std::map<OutcomeKey, std::vector<RepetitionOutcome>>;

class Tuner {
 public:
  Tuner(const TuneRequest& request, RunSettings settings,
        std::optional<InterpreterInfo> interpreter, std::ostream& err)
      : request_(request),
        settings_(std::move(settings)),
        interpreter_(std::move(interpreter)),
        err_(err),
        machine_(this_machine()) {}

  // `design`: a gilvm design, or the target itself (a design or an interpreter).
  Cell cell_for(const std::string& design, nanoseconds interval, int cpu_threads) const {
    Cell cell;
    const Target target = design == request_.target.name ? request_.target : Target::design(design);
    target.apply_to(cell.parameters);
    if (target.kind == Target::Kind::interpreter) cell.interpreter = interpreter_;
    cell.parameters.switch_interval = interval;
    cell.parameters.check_interval = 100;
    cell.parameters.cpu_threads = cpu_threads;
    cell.parameters.cores = request_.cores;
    cell.parameters.placement = request_.placement;
    place_cell(cell, machine_);
    return cell;
  }

  std::optional<std::string> placement_problem() const {
    return cell_for(design(), nanoseconds(1000), request_.cpu_threads).skip;
  }

  // One repetition: the report's record is kept, the figures go to the search.
  std::optional<TuneSample> measure(const std::string& design, nanoseconds interval,
                                    MeasurePurpose purpose, int cpu_threads) {
    RunSettings settings = settings_;
    if (purpose == MeasurePurpose::cpu_reference)
      settings.client.messages = std::min(settings.client.messages, kReferenceMessages);
    // Each message may wait an interval per thread in the queue; three times that is the limit.
    const auto expected =
        interval * (settings.client.messages + settings.client.warmup_messages) * (cpu_threads + 1);
    settings.cell_timeout = std::chrono::seconds(30) + 3 * expected;
    auto& outcomes = purpose == MeasurePurpose::cpu_reference
                         ? reference_
                         : outcomes_[{design, interval, cpu_threads}];
    RepetitionOutcome outcome = run_repetition(cell_for(design, interval, cpu_threads),
                                               static_cast<int>(outcomes.size()) + 1, settings);
    if (outcome.status == Status::interrupted) throw Interrupted{};
    const auto sample = sample_of(outcome);
    err_ << "tune: " << design << " " << format_duration(interval)
         << (cpu_threads == request_.cpu_threads ? "" : " t=" + std::to_string(cpu_threads))
         << (purpose == MeasurePurpose::cpu_reference ? " (CPU reference)" : "") << " #"
         << outcomes.size() + 1 << ": "
         << (sample ? "RTT p50 " + format_figure(sample->rtt_p50_us) + " µs, p99 " +
                          format_figure(sample->rtt_p99_us) + " µs, fib calls/s " +
                          format_figure(sample->cpu_calls_per_s)
                    : "failed: " + outcome.reason)
         << "\n";
    outcomes.push_back(std::move(outcome));
    return sample;
  }

  const std::string& design() const { return request_.target.name; }
  const std::optional<InterpreterInfo>& interpreter() const { return interpreter_; }
  const Outcomes& outcomes() const { return outcomes_; }
  const RunSettings& settings() const { return settings_; }

 private:
  const TuneRequest& request_;
  RunSettings settings_;
  std::optional<InterpreterInfo> interpreter_;  // the target's, when it is an interpreter
  std::ostream& err_;
  MachineCpus machine_;
  Outcomes outcomes_;
  std::vector<RepetitionOutcome>
      reference_;  // the CPU reference's repetitions: their median is in the tune block
};

// A config describing what was measured, so that the report is `run`'s, cells and all.
Config measured_config(const TuneRequest& request, const Outcomes& outcomes) {
  using Row = std::pair<std::string, int>;            // design, CPU threads
  std::map<Row, std::vector<std::string>> intervals;  // ascending
  std::vector<Row> order;
  for (const auto& [key, ignored] : outcomes) {
    const Row row{std::get<0>(key), std::get<2>(key)};
    if (!intervals.count(row)) order.push_back(row);
    intervals[row].push_back(format_duration(std::get<1>(key)));
  }
  std::stable_partition(order.begin(), order.end(), [&](const Row& row) {
    return row == Row{request.target.name, request.cpu_threads};
  });
  Json designs = Json::array();
  for (const auto& row : order) {
    const bool real =
        row.first == request.target.name && request.target.kind == Target::Kind::interpreter;
    designs.push_back({{real ? "interpreter" : "gil", row.first},
                       {"switch_intervals", intervals[row]},
                       {"cpu_threads", {row.second}}});
  }
  Json workload = {{"kind", "echo"}, {"cpu_threads", request.cpu_threads}};
  if (!request.script.empty()) workload["script"] = request.script.string();
  const Json config = {
      {"name", "tune-" + request.target.name},
      {"description", "gilbench tune: the longest switch interval of " + request.target.name +
                          " meeting " + slo_text(request.slo) +
                          " (the intervals the adaptive search measured)"},
      {"workload", workload},
      {"client", {{"messages", request.messages}, {"size", 100}, {"warmup", 10}}},
      {"sweep",
       {{"designs", designs},
        {"cores", {request.cores}},
        {"client_placement", {to_string(request.placement)}}}},
      {"repetitions", request.search.max_repetitions},
      {"baseline", "none"}};
  return parse_config(config.dump(2), "(gilbench tune)", source_directory());
}

Json judgement_json(const Judgement& judgement) {
  return {{"meets_slo", judgement.meets},
          {"clear", judgement.clear},
          {"p_value", judgement.p_value},
          {"repetitions_meeting", judgement.meeting},
          {"median_score",
           std::isfinite(judgement.median_score) ? Json(judgement.median_score) : Json(nullptr)},
          {"binding_limit", judgement.binding}};
}

std::optional<double> median_of(const std::vector<TuneSample>& samples, double TuneSample::*field) {
  if (samples.empty()) return std::nullopt;
  std::vector<double> values;
  for (const auto& sample : samples) values.push_back(sample.*field);
  return median(values);
}

Json figures_json(const std::vector<TuneSample>& samples, std::optional<double> cpu_reference) {
  auto figure = [&](double TuneSample::*field) {
    const auto value = median_of(samples, field);
    return value ? Json(*value) : Json(nullptr);
  };
  Json json = {{"rtt_p50_us", figure(&TuneSample::rtt_p50_us)},
               {"rtt_p99_us", figure(&TuneSample::rtt_p99_us)},
               {"requests_per_s", figure(&TuneSample::requests_per_s)},
               {"fib_calls_per_s", figure(&TuneSample::cpu_calls_per_s)}};
  const auto cpu = median_of(samples, &TuneSample::cpu_calls_per_s);
  json["cpu_fraction_of_reference"] =
      cpu && cpu_reference && *cpu_reference > 0 ? Json(*cpu / *cpu_reference) : Json(nullptr);
  return json;
}

struct Alternative {
  std::string design;
  int cpu_threads = 0;
  std::vector<TuneSample> samples;
  Judgement judgement;
};

Json tune_json(const TuneRequest& request, const TuneOutcome& outcome,
               const std::vector<Alternative>& alternatives) {
  const Slo& slo = request.slo;
  auto optional = [](const std::optional<double>& value) {
    return value ? Json(*value) : Json(nullptr);
  };
  Json tune;
  tune["target"] = {
      {"kind", request.target.kind == Target::Kind::design ? "design" : "interpreter"},
      {"name", request.target.name}};
  tune["slo"] = {{"rtt_p99_us", optional(slo.rtt_p99_us)},
                 {"rtt_p50_us", optional(slo.rtt_p50_us)},
                 {"min_requests_per_s", optional(slo.min_requests_per_s)},
                 {"min_cpu_fraction", optional(slo.min_cpu_fraction)},
                 {"text", slo_text(slo)}};
  tune["workload"] = {{"cpu_threads", request.cpu_threads},
                      {"cores", request.cores},
                      {"client_placement", to_string(request.placement)},
                      {"messages", request.messages},
                      {"message_size_bytes", 100}};
  Json not_measured = Json::array();
  for (const auto interval : outcome.not_measured)
    not_measured.push_back(format_duration(interval));
  tune["search"] = {{"budget_s", request.search.budget_s},
                    {"spent_s", outcome.spent_s},
                    {"measurements", outcome.measurements},
                    {"stop_reason", outcome.stop_reason},
                    {"alpha", request.search.alpha},
                    {"decision_repetitions", request.search.decision_repetitions},
                    {"max_repetitions", request.search.max_repetitions},
                    {"shortest", format_duration(request.search.shortest)},
                    {"longest", format_duration(request.search.longest)},
                    {"not_measured", not_measured}};
  tune["cpu_reference"] = outcome.cpu_reference_per_s
                              ? Json{{"interval", format_duration(request.search.longest)},
                                     {"messages", kReferenceMessages},
                                     {"repetitions", outcome.cpu_reference_samples.size()},
                                     {"fib_calls_per_s", *outcome.cpu_reference_per_s}}
                              : Json(nullptr);
  Json points = Json::array();
  for (const auto& point : outcome.points) {
    Json json = {{"interval", format_duration(point.interval)},
                 {"interval_us", us_of(point.interval)},
                 {"repetitions", point.samples.size()},
                 {"failures", point.failures}};
    json.update(figures_json(point.samples, outcome.cpu_reference_per_s));
    json.update(judgement_json(point.judgement));
    points.push_back(std::move(json));
  }
  tune["points"] = std::move(points);
  if (outcome.recommended) {
    const auto* point = outcome.point(*outcome.recommended);
    const double score = point->judgement.median_score;
    tune["recommendation"] = {
        {"interval", format_duration(*outcome.recommended)},
        {"interval_us", us_of(*outcome.recommended)},
        {"paste", "sys.setswitchinterval(" + seconds_for_python(*outcome.recommended) + ")"},
        {"clear", outcome.recommendation_clear},
        {"confidence", outcome.confidence},
        {"margin_fraction", 1.0 - score},
        {"binding_limit", point->judgement.binding},
        {"next_interval_missing",
         outcome.first_missing ? Json(format_duration(*outcome.first_missing)) : Json(nullptr)}};
  } else {
    tune["recommendation"] = nullptr;
  }
  Json others = Json::array();
  const Alternative* best = nullptr;
  for (const auto& alternative : alternatives) {
    Json json = {{"design", alternative.design},
                 {"cpu_threads", alternative.cpu_threads},
                 {"interval", format_duration(kAlternativeInterval)},
                 {"repetitions", alternative.samples.size()}};
    json.update(figures_json(alternative.samples, outcome.cpu_reference_per_s));
    json.update(judgement_json(alternative.judgement));
    others.push_back(std::move(json));
    if (alternative.cpu_threads != request.cpu_threads)
      continue;  // the echo alone: a floor, not a choice
    const auto cpu = median_of(alternative.samples, &TuneSample::cpu_calls_per_s).value_or(0);
    if (alternative.judgement.meets &&
        (!best || cpu > median_of(best->samples, &TuneSample::cpu_calls_per_s).value_or(0)))
      best = &alternative;
  }
  tune["alternatives"] = std::move(others);
  tune["best_alternative"] = best ? Json(best->design) : Json(nullptr);
  return tune;
}

Json build_report(const TuneRequest& request, const Tuner& tuner,
                  std::chrono::system_clock::time_point started, bool finished) {
  const Config config = measured_config(request, tuner.outcomes());
  auto cells = expand_cells(config, {}, this_machine());
  for (auto& cell : cells) {
    if (cell.parameters.server == "interpreter") cell.interpreter = tuner.interpreter();
  }
  Report report(config, cells,
                {request.command_line, request.search.max_repetitions, false, {}, tuner.settings()},
                started);
  for (const auto& cell : cells) {
    const auto found = tuner.outcomes().find(
        {cell.parameters.design(), cell.parameters.switch_interval, cell.parameters.cpu_threads});
    if (found == tuner.outcomes().end()) continue;
    bool failed = false;
    for (const auto& outcome : found->second) {
      failed = failed || outcome.status != Status::ok;
      report.add_repetition(cell.index, outcome);
    }
    report.finish_cell(cell.index, failed ? Status::failed : Status::ok,
                       failed ? "a repetition failed (see its reason)" : "");
  }
  if (finished) report.set_finished(std::chrono::system_clock::now());
  return report.to_json();
}

void write_json(const Json& json, const std::filesystem::path& path) {
  write_output_file(path, json.dump(2) + "\n");
}

std::string percent(double fraction) { return format_figure(fraction * 100) + "%"; }

std::string optional_figure(const Json& value) {
  return value.is_number() ? format_figure(value.get<double>()) : "-";
}

std::string verdict_text(const Json& point) {
  if (point.value("repetitions", 0) == 0) return "failed";
  std::string text = point.value("meets_slo", false) ? "meets" : "misses";
  text += point.value("clear", false) ? "" : " (unclear)";
  return text + ", " + std::to_string(point.value("repetitions_meeting", 0)) + "/" +
         std::to_string(point.value("repetitions", 0) + point.value("failures", 0));
}

}  // namespace

nanoseconds parse_budget(const std::string& text) {
  if (text.size() > 1 && text.back() == 'm' && text[text.size() - 2] != 'm') {
    const nanoseconds seconds = parse_duration(text.substr(0, text.size() - 1) + "s");
    return seconds * 60;
  }
  return parse_duration(text);
}

std::string seconds_for_python(nanoseconds interval) {
  char text[64];
  std::snprintf(text, sizeof text, "%.9f", std::chrono::duration<double>(interval).count());
  std::string result = text;
  while (result.back() == '0') result.pop_back();
  if (result.back() == '.') result.pop_back();
  return result;
}

std::string render_tune(const Json& report) {
  const Json& tune = report.at("tune");
  const Json& workload = tune["workload"];
  std::ostringstream out;
  out << "tune: " << tune["target"].value("name", "?") << ", " << workload.value("cpu_threads", 0)
      << " CPU thread(s), server on " << workload.value("cores", 0) << " core(s), client "
      << workload.value("client_placement", "?") << ", " << workload.value("messages", 0)
      << " round trips of 100 bytes a repetition\nSLO: " << tune["slo"].value("text", "") << "\n\n";
  const bool floor = tune["cpu_reference"].is_object();
  std::vector<std::string> header = {"interval",   "reps",       "RTT p50 µs",
                                     "RTT p99 µs", "requests/s", "fib calls/s"};
  if (floor) header.push_back("CPU vs " + tune["cpu_reference"].value("interval", "?"));
  header.push_back("SLO (reps meeting)");
  std::vector<std::vector<std::string>> rows{header};
  const std::string chosen =
      tune["recommendation"].is_object() ? tune["recommendation"].value("interval", "") : "";
  for (const auto& point : tune["points"]) {
    std::vector<std::string> row = {
        point.value("interval", "?") + (point.value("interval", "") == chosen ? " <-" : ""),
        std::to_string(point.value("repetitions", 0)),
        optional_figure(point["rtt_p50_us"]),
        optional_figure(point["rtt_p99_us"]),
        optional_figure(point["requests_per_s"]),
        optional_figure(point["fib_calls_per_s"])};
    if (floor)
      row.push_back(point["cpu_fraction_of_reference"].is_number()
                        ? percent(point["cpu_fraction_of_reference"].get<double>())
                        : "-");
    row.push_back(verdict_text(point));
    rows.push_back(std::move(row));
  }
  std::vector<bool> right(header.size(), true);
  right[0] = right.back() = false;
  out << format_columns(rows, right);
  const Json& search = tune["search"];
  if (!search["not_measured"].empty()) {
    out << "not measured: ";
    for (const auto& interval : search["not_measured"]) out << interval.get<std::string>() << " ";
    out << "(two shorter intervals already missed the SLO by more than 2x)\n";
  }
  if (floor)
    out << "CPU reference: " << format_figure(tune["cpu_reference"].value("fib_calls_per_s", 0.0))
        << " fib calls/s at " << tune["cpu_reference"].value("interval", "?") << "\n";
  out << "\n";
  const Json& recommendation = tune["recommendation"];
  if (recommendation.is_object()) {
    out << "recommended: " << recommendation.value("interval", "?") << "   "
        << recommendation.value("paste", "") << "\n";
    const Json* point = nullptr;
    for (const auto& p : tune["points"]) {
      if (p.value("interval", "") == chosen) point = &p;
    }
    const std::string binding = recommendation.value("binding_limit", "");
    out << "  margin: the binding limit (" << binding << ") is met with "
        << percent(recommendation.value("margin_fraction", 0.0)) << " to spare at the median";
    if (point)
      out << " (RTT p50 " << optional_figure((*point)["rtt_p50_us"]) << " µs, p99 "
          << optional_figure((*point)["rtt_p99_us"]) << " µs)";
    if (recommendation["next_interval_missing"].is_string())
      out << "; the next interval measured, "
          << recommendation["next_interval_missing"].get<std::string>() << ", misses";
    out << "\n  confidence: " << percent(recommendation.value("confidence", 0.0))
        << " (one-sided sign test over the repetitions"
        << (recommendation.value("clear", false)
                ? ""
                : "; NOT statistically clear: more repetitions or a larger --budget")
        << ")\n";
    if (point)
      out << "  cost: the CPU threads run " << optional_figure((*point)["fib_calls_per_s"])
          << " fib calls/s there\n";
  } else {
    out << "no switch interval of " << tune["target"].value("name", "?") << " meets the SLO";
    out << " (stopped: " << search.value("stop_reason", "") << ")\n";
    if (!tune["alternatives"].empty()) {
      out << "other designs at their defaults (" << tune["alternatives"][0].value("interval", "")
          << " switch interval):\n";
      std::vector<std::vector<std::string>> alternatives{
          {"design", "reps", "RTT p50 µs", "RTT p99 µs", "requests/s", "fib calls/s", "SLO"}};
      const Json* echo_alone = nullptr;
      for (const auto& alternative : tune["alternatives"]) {
        const bool alone =
            alternative.value("cpu_threads", 0) == 0 && workload.value("cpu_threads", 0) > 0;
        if (alone) echo_alone = &alternative;
        alternatives.push_back(
            {alternative.value("design", "?") + (alone ? ", no CPU thread" : ""),
             std::to_string(alternative.value("repetitions", 0)),
             optional_figure(alternative["rtt_p50_us"]), optional_figure(alternative["rtt_p99_us"]),
             optional_figure(alternative["requests_per_s"]),
             optional_figure(alternative["fib_calls_per_s"]), verdict_text(alternative)});
      }
      out << format_columns(alternatives, {false, true, true, true, true, true, false});
      out << (tune["best_alternative"].is_string()
                  ? "best design that meets it (most CPU-thread throughput): gilvm --gil " +
                        tune["best_alternative"].get<std::string>()
                  : std::string("no design meets it on this machine"))
          << "\n";
      if (echo_alone && !echo_alone->value("meets_slo", true)) {
        out << "even the echo server alone (no CPU thread) misses it: RTT p99 "
            << optional_figure((*echo_alone)["rtt_p99_us"])
            << " µs. The SLO is below what this machine delivers right now (scheduler delays, "
               "other load), whatever the lock does.\n";
      }
    }
  }
  out << "search: " << search.value("measurements", 0) << " repetitions, "
      << format_figure(search.value("spent_s", 0.0)) << " s of a "
      << format_figure(search.value("budget_s", 0.0))
      << " s budget; stopped: " << search.value("stop_reason", "") << "\n";
  return out.str();
}

int tune_command(const TuneRequest& request, std::ostream& out, std::ostream& err) {
  std::optional<InterpreterInfo> interpreter;
  if (request.target.kind == Target::Kind::interpreter) {
    InterpreterLookup found =
        look_up_interpreter(request.target.name, InterpreterSearch::from_environment());
    if (!found.info) {
      err << "error: --interpreter " << request.target.name << ": " << found.reason << "\n";
      return 2;
    }
    if (found.info->major < 3 || !found.info->gil_enabled) {
      err << "error: --interpreter " << request.target.name << " (" << found.info->describe()
          << ") has no switch interval to tune"
          << (found.info->major < 3 ? ": CPython 2's knob is the check interval"
                                    : ": its GIL is disabled")
          << "\n";
      return 2;
    }
    interpreter = found.info;
  } else if (std::find(kTunableDesigns.begin(), kTunableDesigns.end(), request.target.name) ==
             kTunableDesigns.end()) {
    err << "error: --gil " << request.target.name
        << ": tune searches the switch interval that sets the I/O waits, which only newgil, fifo "
           "and priority have"
        << " (legacy's knob is the check interval; bfs and nogil have none; iospin's I/O waits do "
           "not depend on its interval)\n";
    return 2;
  }
  if (request.slo.empty()) {
    err << "error: tune needs an SLO on the I/O side: --p99, --p50 or --rps\n";
    return 2;
  }
  RunSettings settings;
  settings.workload.kind = WorkloadKind::echo;
  settings.workload.cpu_threads = request.cpu_threads;
  settings.workload.script = request.script;
  settings.workload.script_as_written = request.script.string();
  settings.client.messages = request.messages;
  settings.listen_timeout = std::chrono::seconds(5);
  settings.binaries =
      request.bin_directory ? binaries_in(*request.bin_directory) : built_binaries();
  Tuner tuner(request, settings, interpreter, err);
  if (const auto problem = tuner.placement_problem()) {
    err << "error: tune on " << request.cores << " core(s), client " << to_string(request.placement)
        << ": " << *problem << "\n";
    return 2;
  }
  try {
    require_executable(settings.binaries.echo_server, "gil-echo-server");
    require_executable(settings.binaries.echo_client, "gil-echo-client");
  } catch (const std::exception& error) {
    err << "error: " << error.what() << "\n";
    return 1;
  }

  const auto started = std::chrono::system_clock::now();
  std::filesystem::create_directories(request.out_directory);
  const auto report_path =
      report_path_for(request.out_directory, "tune-" + request.target.name, started);
  err << "gilbench tune: " << request.target.label() << ", SLO " << slo_text(request.slo)
      << "; budget " << format_figure(request.search.budget_s)
      << " s; report: " << report_path.string() << "\n";

  TuneOutcome outcome;
  std::vector<Alternative> alternatives;
  bool interrupted = false;
  {
    InterruptHandler interrupts;
    const MeasureFunction measure = [&](nanoseconds interval, MeasurePurpose purpose) {
      auto sample = tuner.measure(request.target.name, interval, purpose, request.cpu_threads);
      write_json(build_report(request, tuner, started, false),
                 report_path);  // a crash keeps what was measured
      return sample;
    };
    try {
      outcome = search_interval(request.slo, request.search, measure);
      if (!outcome.recommended) {
        // Every other design at its defaults; then the echo alone, which says whether the SLO is
        // within this machine's reach at all.
        std::vector<std::pair<std::string, int>> candidates;
        for (const auto& design : kAlternativeDesigns) {  // gilvm's, when gilvm is the target
          if (request.target.kind == Target::Kind::design && design != request.target.name)
            candidates.emplace_back(design, request.cpu_threads);
        }
        if (request.cpu_threads > 0) candidates.emplace_back(request.target.name, 0);
        for (const auto& [design, threads] : candidates) {
          Alternative alternative{design, threads, {}, {}};
          for (int i = 0; i < request.search.decision_repetitions; ++i) {
            if (auto sample =
                    tuner.measure(design, kAlternativeInterval, MeasurePurpose::curve, threads))
              alternative.samples.push_back(*sample);
          }
          alternative.judgement = judge(alternative.samples, request.slo,
                                        outcome.cpu_reference_per_s, request.search.alpha);
          alternatives.push_back(std::move(alternative));
        }
      }
    } catch (const Interrupted&) {
      interrupted = true;
    }
  }
  Json report = build_report(request, tuner, started, true);
  report["tune"] = tune_json(request, outcome, alternatives);
  if (interrupted) {
    report["run"]["status"] = "interrupted";
    report["tune"]["search"]["stop_reason"] = "interrupted";
  }
  write_json(report, report_path);
  out << "\n" << render_tune(report) << "report: " << report_path.string() << "\n";
  if (request.plots && !interrupted) {
    try {
      const PlotResult drawn = draw_tune_plot(report, report_path);
      for (const auto& file : drawn.files) out << "plot:   " << file.string() << "\n";
      for (const auto& note : drawn.notes) out << "plots:  " << note << "\n";
    } catch (const std::exception& error) {
      out << "plots:  not drawn: " << error.what() << "\n";
    }
  }
  if (interrupted) return 128 + interrupt_signal();
  return outcome.recommended ? 0 : 3;
}

}  // namespace gilbench::harness
