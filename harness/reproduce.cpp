#include "harness/reproduce.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "common/duration.h"
#include "common/output_file.h"
#include "harness/build_info.h"
#include "harness/cells.h"
#include "harness/context.h"
#include "harness/interrupt.h"
#include "harness/markup.h"
#include "harness/progress.h"
#include "harness/report.h"
#include "harness/run_command.h"
#include "harness/shape.h"
#include "harness/table.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

Json optional_number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

double number_or_nan(const Json& value) {
  return value.is_number() ? value.get<double>() : std::nan("");
}

// ---- the measurements as cells ---------------------------------------------------------------

Cell cell_for(const MeasurementSpec& m, std::size_t index, const MachineCpus& machine) {
  Cell cell;
  cell.index = index;
  auto& p = cell.parameters;
  p.series = m.id;
  m.target.apply_to(p);
  p.switch_interval = m.switch_interval;
  p.check_interval = m.check_interval;
  p.cpu_threads = m.cpu_threads;
  p.cores = m.cores;
  p.placement = m.placement;
  place_cell(cell, machine);
  return cell;
}

RunSettings settings_for(const MeasurementSpec& m, const Binaries& binaries) {
  RunSettings settings;
  settings.workload.kind = m.kind;
  settings.workload.cpu_threads = m.cpu_threads;
  if (!m.script.empty()) {
    settings.workload.script = source_directory() / m.script;
    settings.workload.script_as_written = m.script;
  }
  settings.workload.args = m.args;
  settings.client.messages = m.messages;
  settings.client.size_bytes = m.size_bytes;
  settings.client.warmup_messages = m.warmup;
  settings.cell_timeout = m.timeout;
  settings.listen_timeout = std::chrono::seconds(5);
  settings.binaries = binaries;
  if (!m.companion.empty()) {
    settings.companion = m.companion;
    settings.companion.front() = (source_directory() / m.companion.front()).string();
  }
  return settings;
}

Json workload_json(const MeasurementSpec& m) {
  Json json = {{"kind", to_string(m.kind)}, {"target", m.target.label()}};
  if (m.kind == WorkloadKind::echo) {
    json["messages"] = m.messages;
    json["size_bytes"] = m.size_bytes;
    json["warmup_messages"] = m.warmup;
  } else {
    json["script"] = m.script;
    json["args"] = m.args;
  }
  if (!m.companion.empty()) json["companion"] = m.companion;
  json["repetitions"] = m.repetitions;
  json["timeout_s"] = std::chrono::duration<double>(m.timeout).count();
  return json;
}

Json plan_json(const ReproducePlan& plan) {
  Json rows = Json::array();
  for (const auto& row : plan.rows) {
    Json figures = Json::array();
    for (const auto& f : row.figures) {
      figures.push_back({{"label", f.label},
                         {"published", optional_number(f.published)},
                         {"published_text", f.published_text},
                         {"unit", f.unit},
                         {"measurement", f.measurement},
                         {"metric", f.metric},
                         {"scale", f.scale}});
    }
    rows.push_back(
        {{"id", row.id}, {"title", row.title}, {"setup", row.setup}, {"figures", figures}});
  }
  Json measurements = Json::array();
  for (const auto& m : plan.measurements)
    measurements.push_back({{"id", m.id}, {"workload", workload_json(m)}});
  return {{"name", "reproduce"}, {"rows", rows}, {"measurements", measurements}};
}

// ---- evaluation ------------------------------------------------------------------------------

const Json* cell_of_series(const Json& cells, const std::string& series) {
  for (const auto& cell : cells) {
    if (cell["parameters"].value("series", "") == series) return &cell;
  }
  return nullptr;
}

Json figure_json(const FigureSpec& f, const Json& cells, const Target& target) {
  Json json = {{"label", f.label},
               {"published", optional_number(f.published)},
               {"published_text", f.published_text},
               {"unit", f.unit},
               {"measurement", f.measurement},
               {"target", target.label()},
               {"real_interpreter", target.kind == Target::Kind::interpreter},
               {"metric", f.metric},
               {"scale", f.scale}};
  const Json* cell = cell_of_series(cells, f.measurement);
  double measured = std::nan("");
  std::string reason;
  if (!cell) {
    reason = "not run";
  } else if (cell->value("status", "") != "ok") {
    reason = cell->value("status", "?") + ": " + cell->value("reason", "");
  } else if (const auto median = metric_median(*cell, f.metric)) {
    measured = *median * f.scale;
  } else {
    reason = "the measurement has no " + f.metric;
  }
  json["measured"] = optional_number(measured);
  json["measured_over_published"] =
      std::isfinite(measured) && f.published > 0 ? Json(measured / f.published) : Json(nullptr);
  json["status"] = reason.empty() ? "measured" : "not measured";
  if (!reason.empty()) json["reason"] = reason;
  if (cell && cell->contains("aggregates") && cell->at("aggregates").is_object())
    json["repetitions"] = cell->at("aggregates").value("repetitions", 0);
  return json;
}

std::string figure_name(const RowSpec& row, std::size_t index) {
  return index == kAgainstOne ? "1" : row.figures.at(index).label;
}

Json claim_json(const RowSpec& row, const ClaimSpec& claim, const Json& figures) {
  auto measured = [&](std::size_t i) {
    return i == kAgainstOne ? 1.0 : number_or_nan(figures[i]["measured"]);
  };
  auto published = [&](std::size_t i) { return i == kAgainstOne ? 1.0 : row.figures[i].published; };
  ClaimVerdict verdict;
  std::string what;
  if (claim.kind == ClaimSpec::Kind::below) {
    what = figure_name(row, claim.a) + " below " + figure_name(row, claim.b);
    verdict = judge_below(measured(claim.a), measured(claim.b));
  } else {
    what = claim.b == kAgainstOne ? figure_name(row, claim.a)
                                  : figure_name(row, claim.a) + " / " + figure_name(row, claim.b);
    verdict =
        judge_ratio(published(claim.a), published(claim.b), measured(claim.a), measured(claim.b));
  }
  return {{"claim", what},
          {"kind", claim.kind == ClaimSpec::Kind::below ? "below" : "ratio"},
          {"published_ratio", claim.kind == ClaimSpec::Kind::ratio
                                  ? optional_number(verdict.published_ratio)
                                  : Json(nullptr)},
          {"measured_ratio", verdict.shape == Shape::not_measured
                                 ? Json(nullptr)
                                 : optional_number(verdict.measured_ratio)},
          {"shape", to_string(verdict.shape)},
          {"text", verdict.text}};
}

Shape shape_named(const std::string& name) {
  for (const Shape shape :
       {Shape::holds, Shape::size_differs, Shape::does_not_hold, Shape::not_measured}) {
    if (name == to_string(shape)) return shape;
  }
  return Shape::not_measured;
}

// ---- rendering -------------------------------------------------------------------------------

std::string value_with_unit(const Json& value, const std::string& unit) {
  if (!value.is_number()) return "-";
  const std::string number = format_figure(value.get<double>());
  if (unit.empty()) return number;
  if (unit == "x") return number + "\xC3\x97";
  return number + " " + unit;
}

std::string published_with_unit(const Json& figure) {
  const std::string unit = figure.value("unit", "");
  const std::string text = figure.value("published_text", "");
  if (unit.empty()) return text;
  return text + (unit == "x" ? "\xC3\x97" : " " + unit);
}

std::string ratio_text(const Json& figure) {
  const Json& ratio = figure["measured_over_published"];
  return ratio.is_number() ? format_figure(ratio.get<double>()) + "\xC3\x97" : "";
}

std::string claims_summary(const Json& row) {
  return std::to_string(row.value("claims_holding", 0)) + "/" +
         std::to_string(row.value("claims_judged", 0)) + " claims hold";
}

std::vector<std::vector<std::string>> table_rows(const Json& rows) {
  std::vector<std::vector<std::string>> table{
      {"row", "figure", "published", "measured", "meas/pub", "verdict"}};
  for (const auto& row : rows) {
    bool first = true;
    for (const auto& figure : row["figures"]) {
      table.push_back({first ? row.value("id", "") : "", figure.value("label", ""),
                       published_with_unit(figure),
                       figure.value("status", "") == "measured"
                           ? value_with_unit(figure["measured"], figure.value("unit", ""))
                           : "not measured",
                       ratio_text(figure),
                       first ? row.value("verdict", "") + " (" + claims_summary(row) + ")" : ""});
      first = false;
    }
  }
  return table;
}

// Claims that fell short, and the figures that could not be measured, with their reasons.
std::vector<std::string> row_explanations(const Json& row) {
  std::vector<std::string> lines;
  for (const auto& claim : row["claims"]) {
    const std::string shape = claim.value("shape", "");
    if (shape == "holds" || shape == "not measured") continue;  // unmeasured figures say why below
    lines.push_back(claim.value("claim", "") + ": " + shape +
                    (claim.value("text", "").empty() ? "" : " (" + claim.value("text", "") + ")"));
  }
  std::map<std::string, std::vector<std::string>> by_reason;
  for (const auto& figure : row["figures"]) {
    if (figure.contains("reason"))
      by_reason[figure["reason"].get<std::string>()].push_back(figure.value("label", ""));
  }
  for (const auto& [reason, labels] : by_reason) {
    std::string names;
    for (const auto& label : labels) names += (names.empty() ? "" : ", ") + label;
    lines.push_back(names + ": not measured: " + reason);
  }
  if (row.value("verdict", "") != "holds" && !row.value("note", "").empty())
    lines.push_back("why: " + row.value("note", ""));
  return lines;
}

std::string verdict_counts(const Json& rows) {
  std::map<std::string, int> counts;
  for (const auto& row : rows) ++counts[row.value("verdict", "")];
  std::string text;
  for (const Shape shape :
       {Shape::holds, Shape::size_differs, Shape::does_not_hold, Shape::not_measured}) {
    if (counts[to_string(shape)] == 0) continue;
    text += (text.empty() ? "" : ", ") + std::to_string(counts[to_string(shape)]) + " " +
            to_string(shape);
  }
  return text;
}

std::string header_line(const Json& report) {
  const Json& context = report.at("context");
  const Json& run = report.at("run");
  const Json load = report.at("reproduce").value("load_average_1min", Json::object());
  std::ostringstream out;
  out << "gilbench reproduce on " << context.value("host", "?") << " ("
      << context.value("cpu_model", "?") << ", "
      << context.value("usable_cpus", Json::array()).size() << " usable CPUs), "
      << context.value("date", "") << ", commit " << context.value("git_commit", "?").substr(0, 10)
      << "; " << format_figure(run.value("wall_s", 0.0)) << " s";
  if (load.value("start", Json()).is_number() && load.value("end", Json()).is_number()) {
    out << "; load average " << format_figure(load["start"].get<double>()) << " at the start, "
        << format_figure(load["end"].get<double>()) << " at the end";
  }
  out << (run.value("quick", false)
              ? "; --quick: one repetition, less work: a look, not a measurement"
              : "; medians of 3 repetitions");
  return out.str();
}

std::string css_class(const std::string& verdict) {
  if (verdict == "holds") return "holds";
  if (verdict == "does not hold") return "fails";
  if (verdict == "not measured") return "missing";
  return "partly";
}

// The row's shape under the model: published and measured figures, each divided by its own
// first figure that both have, on a log scale: parallel lines mean the shape holds whatever the
// absolute speeds. Real interpreters' figures are in the table and the claims.
std::string shape_svg(const Json& row) {
  std::vector<std::pair<std::string, std::pair<double, double>>> points;
  for (const auto& figure : row["figures"]) {
    if (figure.value("real_interpreter", false)) continue;
    const double published = number_or_nan(figure["published"]),
                 measured = number_or_nan(figure["measured"]);
    if (published > 0 && measured > 0)
      points.push_back({figure.value("label", ""), {published, measured}});
  }
  if (points.size() < 2) return "";
  const double published_base = points.front().second.first,
               measured_base = points.front().second.second;
  double low = 1, high = 1;
  for (auto& [label, values] : points) {
    values.first /= published_base;
    values.second /= measured_base;
    low = std::min({low, values.first, values.second});
    high = std::max({high, values.first, values.second});
  }
  const double log_low = std::floor(std::log10(low)),
               log_high = std::max(std::ceil(std::log10(high)), log_low + 1);
  const double width = 760, height = 280, left = 60, right = 170, top = 24,
               bottom = 80;  // room for the slanted labels
  auto x = [&](std::size_t i) {
    return left + (width - left - right) *
                      (points.size() == 1
                           ? 0.5
                           : static_cast<double>(i) / static_cast<double>(points.size() - 1));
  };
  auto y = [&](double v) {
    return top + (height - top - bottom) * (log_high - std::log10(v)) / (log_high - log_low);
  };
  std::ostringstream svg;
  svg.precision(5);
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << width << " " << height << "\" role=\"img\" aria-label=\"shape of "
      << html_escape(row.value("id", "")) << "\">\n";
  for (double decade = log_low; decade <= log_high; ++decade) {
    const double v = std::pow(10.0, decade);
    svg << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << y(v) << "\" y2=\""
        << y(v) << "\" class=\"grid\"/>"
        << "<text x=\"" << left - 6 << "\" y=\"" << y(v) + 4
        << "\" text-anchor=\"end\" class=\"tick\">" << format_figure_plain(v)
        << "\xC3\x97</text>\n";
  }
  for (const auto& [series, css] :
       std::vector<std::pair<int, std::string>>{{0, "published"}, {1, "measured"}}) {
    svg << "<polyline class=\"" << css << "\" points=\"";
    for (std::size_t i = 0; i < points.size(); ++i)
      svg << x(i) << "," << y(series == 0 ? points[i].second.first : points[i].second.second)
          << " ";
    svg << "\"/>\n";
    for (std::size_t i = 0; i < points.size(); ++i) {
      const double v = series == 0 ? points[i].second.first : points[i].second.second;
      svg << "<circle class=\"" << css << "\" cx=\"" << x(i) << "\" cy=\"" << y(v)
          << "\" r=\"4\"><title>" << css << ": " << format_figure(v)
          << "\xC3\x97 the first figure</title></circle>\n";
    }
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    svg << "<text class=\"label\" transform=\"translate(" << x(i) << "," << height - bottom + 14
        << ") rotate(20)\">" << html_escape(points[i].first.substr(0, 40)) << "</text>\n";
  }
  svg << "<text x=\"" << left << "\" y=\"12\" class=\"tick\">relative to "
      << html_escape(points.front().first)
      << " (log scale); grey: published, blue: measured</text>\n</svg>\n";
  return svg.str();
}

}  // namespace

Json evaluate_rows(const ReproducePlan& plan, const Json& cells) {
  Json rows = Json::array();
  for (const auto& row : plan.rows) {
    Json figures = Json::array();
    for (const auto& figure : row.figures) {
      const auto m =
          std::find_if(plan.measurements.begin(), plan.measurements.end(),
                       [&](const MeasurementSpec& s) { return s.id == figure.measurement; });
      figures.push_back(figure_json(
          figure, cells, m == plan.measurements.end() ? Target::design("?") : m->target));
    }
    Json claims = Json::array();
    Shape verdict = Shape::not_measured;
    int holding = 0, judged = 0;
    for (const auto& claim : row.claims) {
      Json json = claim_json(row, claim, figures);
      const Shape shape = shape_named(json["shape"]);
      if (shape != Shape::not_measured) {
        ++judged;
        holding += shape == Shape::holds;
      }
      verdict = worse(verdict, shape);
      claims.push_back(std::move(json));
    }
    rows.push_back({{"id", row.id},
                    {"title", row.title},
                    {"setup", row.setup},
                    {"note", row.note},
                    {"figures", figures},
                    {"claims", claims},
                    {"verdict", to_string(verdict)},
                    {"claims_holding", holding},
                    {"claims_judged", judged}});
  }
  return {{"rows", rows},
          {"tolerances",
           {{"about_equal_published_within", kAboutEqual},
            {"about_equal_measured_within", kEqualBand},
            {"distinct_beyond", kDistinct},
            {"size_holds_within_factor", kSizeBand}}}};
}

std::string render_reproduce(const Json& report) {
  const Json& rows = report.at("reproduce").at("rows");
  std::ostringstream out;
  out << header_line(report) << "\n\n"
      << format_columns(table_rows(rows), {false, false, true, true, true, false}) << "\n";
  for (const auto& row : rows) {
    const auto lines = row_explanations(row);
    if (lines.empty()) continue;
    out << row.value("id", "") << ":\n";
    for (const auto& line : lines) out << "  " << line << "\n";
  }
  out << "\nrows: " << verdict_counts(rows) << "\n"
      << "verdict: a row holds when each of its claims (this figure over that one) goes the "
         "published way and within 3x of the "
         "published ratio; \"direction holds, size differs\" when it goes that way by another "
         "factor.\n";
  return out.str();
}

std::string reproduce_markdown(const Json& report) {
  const Json& rows = report.at("reproduce").at("rows");
  std::ostringstream out;
  out << "# gilbench reproduce\n\n"
      << header_line(report) << "\n\n**Rows:** " << verdict_counts(rows) << "\n\n";
  out << "| row | figure | published | measured | measured/published | verdict "
         "|\n|---|---|---:|---:|---:|---|\n";
  auto cell = [](std::string text) {
    std::string escaped;
    for (const char c : text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
    return escaped;
  };
  const auto table = table_rows(rows);
  for (std::size_t i = 1; i < table.size(); ++i) {
    out << "|";
    for (const auto& column : table[i]) out << " " << cell(column) << " |";
    out << "\n";
  }
  for (const auto& row : rows) {
    out << "\n## " << row.value("id", "") << ": " << row.value("verdict", "") << "\n\n"
        << row.value("title", "") << "\n\n*Measured here:* " << row.value("setup", "") << "\n\n";
    for (const auto& claim : row["claims"]) {
      if (claim.value("shape", "") != "not measured")
        out << "- " << claim.value("claim", "") << ": **" << claim.value("shape", "") << "** ("
            << claim.value("text", "") << ")\n";
    }
    for (const auto& line : row_explanations(row)) {
      if (line.starts_with("why: ") || line.find("not measured: ") != std::string::npos)
        out << "- " << line << "\n";
    }
  }
  return out.str();
}

std::string reproduce_html(const Json& report) {
  const Json& rows = report.at("reproduce").at("rows");
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gilbench "
         "reproduce</title>\n<style>\n"
         "body{font-family:system-ui,sans-serif;margin:2em "
         "auto;max-width:1100px;color:#222;line-height:1.4}\n"
         "table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid "
         "#ddd;padding:4px 8px;text-align:left;vertical-align:top}\n"
         "td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f4f4f4}\n"
         ".verdict{padding:2px "
         "6px;border-radius:4px;font-size:13px;white-space:nowrap}.holds{background:#d8f0d8}."
         "partly{background:#fdf0c8}"
         ".fails{background:#f8d4d4}.missing{background:#e8e8e8}\n"
         "section{margin-top:2em;border-top:2px solid #ccc}h2{font-size:18px}.setup{color:#555}\n"
         "svg .grid{stroke:#e4e4e4}svg .tick{font-size:11px;fill:#666}svg "
         ".label{font-size:11px;fill:#333}\n"
         "svg polyline{fill:none;stroke-width:2}svg "
         "polyline.published{stroke:#999;stroke-dasharray:5 4}svg "
         "polyline.measured{stroke:#2a62c9}\n"
         "svg circle.published{fill:#999}svg "
         "circle.measured{fill:#2a62c9}\n</style></head><body>\n";
  out << "<h1>gilbench reproduce</h1>\n<p>" << html_escape(header_line(report))
      << "</p>\n<p><b>Rows:</b> " << html_escape(verdict_counts(rows))
      << "</p>\n<p>A row <i>holds</i> when each of its claims (this figure over that one) goes the "
         "published way and lands within 3&times; of "
         "the published ratio; <i>direction holds, size differs</i> when it goes that way by "
         "another factor. Absolute figures differ "
         "between a model on this machine and CPython on the author's; the ratios within a row are "
         "what is compared.</p>\n";
  out << "<table>\n<tr><th>row</th><th>figure</th><th>published</th><th>measured</th><th>measured "
         "/ published</th><th>verdict</th></tr>\n";
  for (const auto& row : rows) {
    bool first = true;
    const auto count = row["figures"].size();
    for (const auto& figure : row["figures"]) {
      out << "<tr>";
      if (first)
        out << "<td rowspan=\"" << count << "\"><a href=\"#" << html_escape(row.value("id", ""))
            << "\">" << html_escape(row.value("id", "")) << "</a></td>";
      const bool measured = figure.value("status", "") == "measured";
      out << "<td>" << html_escape(figure.value("label", "")) << "</td><td class=\"num\">"
          << html_escape(published_with_unit(figure)) << "</td><td class=\"num\""
          << (measured ? "" : " title=\"" + html_escape(figure.value("reason", "")) + "\"") << ">"
          << (measured ? html_escape(value_with_unit(figure["measured"], figure.value("unit", "")))
                       : "<i>not measured</i>")
          << "</td><td class=\"num\">" << html_escape(ratio_text(figure)) << "</td>";
      if (first) {
        out << "<td rowspan=\"" << count << "\"><span class=\"verdict "
            << css_class(row.value("verdict", "")) << "\">" << html_escape(row.value("verdict", ""))
            << "</span><br><small>" << html_escape(claims_summary(row)) << "</small></td>";
      }
      out << "</tr>\n";
      first = false;
    }
  }
  out << "</table>\n";
  for (const auto& row : rows) {
    out << "<section id=\"" << html_escape(row.value("id", "")) << "\"><h2>"
        << html_escape(row.value("id", "")) << " <span class=\"verdict "
        << css_class(row.value("verdict", "")) << "\">" << html_escape(row.value("verdict", ""))
        << "</span></h2>\n<p>" << html_escape(row.value("title", ""))
        << "</p>\n<p class=\"setup\">Measured here: " << html_escape(row.value("setup", ""))
        << "</p>\n"
        << shape_svg(row) << "<ul>\n";
    for (const auto& claim : row["claims"]) {
      if (claim.value("shape", "") == "not measured") continue;  // its figures say why below
      out << "<li>" << html_escape(claim.value("claim", "")) << ": <span class=\"verdict "
          << css_class(claim.value("shape", "")) << "\">" << html_escape(claim.value("shape", ""))
          << "</span> " << html_escape(claim.value("text", "")) << "</li>\n";
    }
    for (const auto& line : row_explanations(row)) {
      if (line.starts_with("why: ") || line.find("not measured: ") != std::string::npos)
        out << "<li>" << html_escape(line) << "</li>\n";
    }
    out << "</ul></section>\n";
  }
  out << "</body></html>\n";
  return out.str();
}

int reproduce_command(const ReproduceRequest& request, std::ostream& out, std::ostream& err) {
  const MachineCpus machine = this_machine();
  ReproducePlan plan;
  try {
    plan = select_rows(reproduce_plan(request.quick, static_cast<int>(machine.usable.size())),
                       request.only);
  } catch (const std::invalid_argument& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  }
  const Binaries binaries =
      request.bin_directory ? binaries_in(*request.bin_directory) : built_binaries();
  try {
    require_executable(binaries.echo_server, "gil-echo-server");
    require_executable(binaries.echo_client, "gil-echo-client");
    require_executable(binaries.vm, "gilvm");
  } catch (const std::exception& error) {
    err << "error: " << error.what() << "\n";
    return 1;
  }
  std::vector<Cell> cells;
  std::size_t repetitions_to_run = 0;
  for (const auto& m : plan.measurements) cells.push_back(cell_for(m, cells.size(), machine));
  attach_interpreters(cells, InterpreterSearch::from_environment());  // a missing interpreter: its
                                                                      // cells skipped, saying why
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!cells[i].skip)
      repetitions_to_run += static_cast<std::size_t>(plan.measurements[i].repetitions);
  }
  Config config;
  config.file = "(gilbench reproduce)";
  config.name = "reproduce";
  config.description = "design.md section 6: every published figure re-measured";
  config.source = plan_json(plan);
  config.baseline_disabled = true;
  const auto started = std::chrono::system_clock::now();
  std::filesystem::create_directories(request.out_directory);
  const auto report_path = report_path_for(request.out_directory, "reproduce", started);
  const double load_at_start = load_average_1min();
  Report report(config, cells,
                {request.command_line,
                 request.quick ? 1 : 3,
                 request.quick,
                 {},
                 settings_for(plan.measurements.front(), binaries)},
                started);
  err << "gilbench reproduce: " << plan.rows.size() << " rows, " << cells.size()
      << " measurements; report: " << report_path.string() << "\n";

  bool completed = true;
  {
    InterruptHandler interrupts;
    Progress progress(err, Progress::stderr_is_terminal(), cells.size(), repetitions_to_run);
    report.write(report_path);
    for (std::size_t i = 0; i < cells.size() && completed; ++i) {
      if (cells[i].skip) {
        progress.skipped(i, cell_label(cells[i].parameters), *cells[i].skip);
        continue;
      }
      completed = run_cell(report, cells[i], plan.measurements[i].repetitions,
                           settings_for(plan.measurements[i], binaries), progress);
      if (!completed)
        report.mark_interrupted("interrupted by signal " + std::to_string(interrupt_signal()));
      report.write(report_path);
    }
    progress.done();
  }
  report.set_finished(std::chrono::system_clock::now());
  Json json = report.to_json();
  json["run"]["workload"] = {{"kind", "per cell"}};
  json["run"].erase("client");
  for (std::size_t i = 0; i < cells.size(); ++i)
    json["cells"][i]["workload"] = workload_json(plan.measurements[i]);
  json["reproduce"] = evaluate_rows(plan, json["cells"]);
  json["reproduce"]["load_average_1min"] = {{"start", optional_number(load_at_start)},
                                            {"end", optional_number(load_average_1min())}};
  const auto stem = report_path.parent_path() / report_path.stem();
  try {
    write_output_file(report_path, json.dump(2) + "\n");
    write_output_file(stem.string() + ".md", reproduce_markdown(json));
    write_output_file(stem.string() + ".html", reproduce_html(json));
  } catch (const std::exception& error) {
    err << "error: " << error.what() << "\n";
    return 1;
  }
  out << "\n"
      << render_reproduce(json) << "\nreport:   " << report_path.string()
      << "\nmarkdown: " << stem.string() << ".md\nhtml:     " << stem.string() << ".html\n";
  if (!completed) {
    err << "gilbench: interrupted; unfinished measurements marked \"interrupted\" in "
        << report_path.string() << "\n";
    return 128 + interrupt_signal();
  }
  return 0;
}

}  // namespace gilbench::harness
