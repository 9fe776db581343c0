#include "harness/table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "harness/report.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string text_or_dash(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  return "-";
}

// "-" for a figure the cell does not have (a real interpreter has no GIL statistics, the floor
// no CPU thread): absent, never shown as 0.
std::string median_text(const Json& cell, const std::string& metric) {
  const auto value = metric_median(cell, metric);
  return value ? format_figure(*value) : "-";
}

std::string slowdown_text(const Json& cell) {
  if (cell.value("is_baseline", false)) return "baseline";
  const Json& versus = cell.value("versus_baseline", Json());
  if (!versus.is_object() || !versus.contains("total_s_ratio")) return "";
  return format_figure(versus["total_s_ratio"].get<double>()) + "\xC3\x97";  // ×
}

std::string status_text(const Json& cell) {
  const std::string status = cell.value("status", "?");
  return status == "ok" ? "ok" : status == "failed" ? "FAILED" : status;
}

std::vector<std::string> parameter_columns(const Json& cell, std::size_t number) {
  const Json& p = cell.at("parameters");
  return {std::to_string(number),
          design_of(p),
          text_or_dash(p.value("switch_interval", Json())),
          text_or_dash(p.value("check_interval_ticks", Json())),
          text_or_dash(p.value("cpu_threads", Json())),
          text_or_dash(p.value("cores", Json())),
          status_text(cell)};
}

bool is_script_report(const Json& report) {
  return report.at("run").value("workload", Json::object()).value("kind", "echo") == "script";
}

std::string echo_table(const Json& cells) {
  std::vector<std::vector<std::string>> rows{{"#", "design", "switch", "check", "thr", "cores", "status", "client",
                                              "total s", "RTT p50 \xC2\xB5s", "RTT p99 \xC2\xB5s", "fib calls/s", "slowdown"}};
  std::size_t number = 1;
  for (const auto& cell : cells) {
    auto row = parameter_columns(cell, number++);
    row.push_back(text_or_dash(cell["parameters"].value("client_placement", Json())));
    for (const char* metric : {"total_s", "rtt_p50_us", "rtt_p99_us", "fib_calls_per_s"}) row.push_back(median_text(cell, metric));
    row.push_back(slowdown_text(cell));
    rows.push_back(std::move(row));
  }
  return format_columns(rows, {true, false, false, true, true, true, false, false, true, true, true, true, true});
}

std::string script_table(const Json& cells) {
  std::vector<std::string> metrics;
  for (const auto& cell : cells) {
    if (!cell.contains("aggregates") || cell["aggregates"].is_null()) continue;
    for (const auto& [name, ignored] : cell["aggregates"]["metrics"].items()) {
      if (name.starts_with("process_")) continue;  // the script's own figures only; /proc's are in the report
      if (std::find(metrics.begin(), metrics.end(), name) == metrics.end()) metrics.push_back(name);
    }
  }
  std::vector<std::string> header{"#", "design", "switch", "check", "thr", "cores", "status"};
  header.insert(header.end(), metrics.begin(), metrics.end());
  std::vector<std::vector<std::string>> rows{header};
  std::size_t number = 1;
  for (const auto& cell : cells) {
    auto row = parameter_columns(cell, number++);
    for (const auto& metric : metrics) row.push_back(median_text(cell, metric));
    rows.push_back(std::move(row));
  }
  std::vector<bool> right(header.size(), true);
  right[1] = right[2] = right[6] = false;
  return format_columns(rows, right);
}

std::string reasons(const Json& cells) {
  std::string text;
  std::size_t number = 1;
  for (const auto& cell : cells) {
    if (cell.contains("reason")) text += "  [" + std::to_string(number) + "] " + cell.value("status", "") + ": " + cell["reason"].get<std::string>() + "\n";
    ++number;
  }
  return text;
}

}  // namespace

std::string format_columns(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right_aligned) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  std::string text;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string padding(widths[i] - display_width(row[i]), ' ');
      const bool right = i < right_aligned.size() && right_aligned[i];
      line += (i == 0 ? "" : "  ") + (right ? padding + row[i] : row[i] + padding);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    text += line + "\n";
  }
  return text;
}

std::string format_figure(double value) {
  if (!std::isfinite(value)) return "-";
  const double magnitude = std::abs(value);
  int decimals = 0;
  if (magnitude == 0) decimals = 0;
  else if (magnitude < 1000) decimals = std::clamp(2 - static_cast<int>(std::floor(std::log10(magnitude))), 0, 6);
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string render_summary(const Json& report) {
  const Json& cells = report.at("cells");
  const Json& context = report.at("context");
  const Json& run = report.at("run");
  std::ostringstream out;
  out << "gilbench " << context.value("config_file", "?") << " on " << context.value("host", "?") << " ("
      << context.value("cpu_model", "?") << ", " << context.value("online_cpus", 0) << " CPUs): "
      << run.value("repetitions", 0) << " repetition(s) per cell, medians shown"
      << (run.value("quick", false) ? " (--quick: not a measurement)" : "") << "\n\n";
  out << (is_script_report(report) ? script_table(cells) : echo_table(cells));
  const std::string why = reasons(cells);
  if (!why.empty()) out << "\n" << why;
  if (!is_script_report(report)) {
    out << "\nthr: CPU-bound threads beside the echo thread; cores: the server's CPU set; client: on the same CPUs or "
           "others.\nslowdown: median total time against the baseline cell of the same cores and client placement.\n";
  }
  if (run.value("status", "") == "interrupted") out << "The run was interrupted: " << run.value("reason", "") << "\n";
  return out.str();
}

}  // namespace gilbench::harness
