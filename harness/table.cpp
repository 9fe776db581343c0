#include "harness/table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "harness/report.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
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

// The cell's place in the sweep, 1-based (the same in a shard's report and the merged one); a
// report from before cells had an index: its row number.
std::size_t cell_number(const Json& cell, std::size_t row) {
  return cell.contains("index") ? cell["index"].get<std::size_t>() + 1 : row;
}

std::vector<std::string> parameter_columns(const Json& report, const Json& cell, std::size_t number,
                                           bool by_host) {
  const Json& p = cell.at("parameters");
  std::vector<std::string> columns{std::to_string(cell_number(cell, number)),
                                   design_of(p),
                                   text_or_dash(p.value("switch_interval", Json())),
                                   text_or_dash(p.value("check_interval_ticks", Json())),
                                   text_or_dash(p.value("cpu_threads", Json())),
                                   text_or_dash(p.value("cores", Json())),
                                   status_text(cell)};
  if (by_host) columns.insert(columns.begin() + 1, host_label_of(report, cell));
  return columns;
}

// A report merged from several hosts has a host column after the number.
void add_host_header(std::vector<std::string>& header, std::vector<bool>& right, bool by_host) {
  if (!by_host) return;
  header.insert(header.begin() + 1, "host");
  right.insert(right.begin() + 1, false);
}

// "host (Intel ..., 2 CPUs)", and the label when it is not the host name.
std::string machine_text(const Json& context) {
  const std::string host = context.value("host", "?"), label = context.value("host_label", host);
  return (label == host ? host : label + " = " + host) + " (" + context.value("cpu_model", "?") +
         ", " + std::to_string(context.value("online_cpus", 0)) + " CPUs)";
}

// " (shard 1/3: 9 of the sweep's 32 cells)" for a shard's report.
std::string shard_text(const Json& run) {
  const Json& shard = run.value("shard", Json());
  if (!shard.is_object()) return "";
  const int cells = run.value("cells", Json::object()).value("total", 0);
  return " (shard " + std::to_string(shard.value("index", 0)) + "/" +
         std::to_string(shard.value("count", 0)) + ": " + std::to_string(cells) +
         " of the sweep's " + std::to_string(shard.value("cells_in_sweep", 0)) + " cells)";
}

// A merged report names the reports it was merged from, by host label when there are several.
std::string sources_text(const Json& context, bool by_host) {
  if (!context.contains("merged_from")) return "";
  std::string text;
  for (const auto& source : context["merged_from"]) {
    const Json& shard = source.value("shard", Json());
    text += "  " + (by_host ? machine_text(source.value("context", Json::object())) + ", " : "") +
            (shard.is_string() ? "shard " + shard.get<std::string>() + ", " : "") +
            source.value("report", "?") + " (" + source.value("run_status", "?") + ", " +
            format_figure(source.value("wall_s", 0.0)) + " s)\n";
  }
  return "merged from:\n" + text;
}

bool is_script_report(const Json& report) {
  return report.at("run").value("workload", Json::object()).value("kind", "echo") == "script";
}

std::string echo_table(const Json& report, bool by_host) {
  std::vector<std::string> header{"#",
                                  "design",
                                  "switch",
                                  "check",
                                  "thr",
                                  "cores",
                                  "status",
                                  "client",
                                  "total s",
                                  "RTT p50 \xC2\xB5s",
                                  "RTT p99 \xC2\xB5s",
                                  "fib calls/s",
                                  "slowdown"};
  std::vector<bool> right{true,  false, false, true, true, true, false,
                          false, true,  true,  true, true, true};
  add_host_header(header, right, by_host);
  std::vector<std::vector<std::string>> rows{header};
  std::size_t number = 1;
  for (const auto& cell : report.at("cells")) {
    auto row = parameter_columns(report, cell, number++, by_host);
    row.push_back(text_or_dash(cell["parameters"].value("client_placement", Json())));
    for (const char* metric : {"total_s", "rtt_p50_us", "rtt_p99_us", "fib_calls_per_s"})
      row.push_back(median_text(cell, metric));
    row.push_back(slowdown_text(cell));
    rows.push_back(std::move(row));
  }
  return format_columns(rows, right);
}

std::string script_table(const Json& report, bool by_host) {
  std::vector<std::string> metrics;
  for (const auto& cell : report.at("cells")) {
    if (!cell.contains("aggregates") || cell["aggregates"].is_null()) continue;
    for (const auto& [name, ignored] : cell["aggregates"]["metrics"].items()) {
      if (name.starts_with("process_"))
        continue;  // the script's own figures only; /proc's are in the report
      if (std::find(metrics.begin(), metrics.end(), name) == metrics.end()) metrics.push_back(name);
    }
  }
  std::vector<std::string> header{"#", "design", "switch", "check", "thr", "cores", "status"};
  header.insert(header.end(), metrics.begin(), metrics.end());
  std::vector<bool> right(header.size(), true);
  right[1] = right[2] = right[6] = false;
  add_host_header(header, right, by_host);
  std::vector<std::vector<std::string>> rows{header};
  std::size_t number = 1;
  for (const auto& cell : report.at("cells")) {
    auto row = parameter_columns(report, cell, number++, by_host);
    for (const auto& metric : metrics) row.push_back(median_text(cell, metric));
    rows.push_back(std::move(row));
  }
  return format_columns(rows, right);
}

// Several hosts: one row per cell with each host's median total time and slowdown next to each
// other, so that machines compare at a glance (the table above has every figure, host by host).
std::string hosts_side_by_side(const Json& report, const std::vector<std::string>& labels) {
  std::vector<std::string> header{"#", "design", "switch", "check", "thr", "cores", "client"};
  for (const auto& label : labels) {
    header.push_back(label + " total s");
    header.push_back(label + " slowdown");
  }
  std::vector<std::vector<std::string>> rows{header};
  std::vector<std::string> keys;  // cells' parameters, in order of first appearance
  std::vector<std::map<std::string, const Json*>> by_label;  // per row: host label -> cell
  std::size_t number = 1;
  for (const auto& cell : report.at("cells")) {
    const std::string key = cell.at("parameters").dump();
    auto row = std::find(keys.begin(), keys.end(), key);
    if (row == keys.end()) {
      keys.push_back(key);
      by_label.emplace_back();
      auto columns = parameter_columns(report, cell, number, false);
      columns.erase(columns.end() - 1);  // the status: per host below
      columns.push_back(text_or_dash(cell["parameters"].value("client_placement", Json())));
      rows.push_back(std::move(columns));
      row = keys.end() - 1;
    }
    ++number;
    by_label[static_cast<std::size_t>(row - keys.begin())][host_label_of(report, cell)] = &cell;
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (const auto& label : labels) {
      const auto found = by_label[i].find(label);
      const bool ok = found != by_label[i].end() && found->second->value("status", "") == "ok";
      rows[i + 1].push_back(ok                           ? median_text(*found->second, "total_s")
                            : found != by_label[i].end() ? status_text(*found->second)
                                                         : "");
      rows[i + 1].push_back(ok ? slowdown_text(*found->second) : "");
    }
  }
  std::vector<bool> right(header.size(), true);
  right[1] = right[2] = right[6] = false;
  return "hosts side by side:\n\n" + format_columns(rows, right);
}

std::string reasons(const Json& report, bool by_host) {
  std::string text;
  std::size_t number = 1;
  for (const auto& cell : report.at("cells")) {
    const std::size_t row = number++;
    if (!cell.contains("reason")) continue;
    text += "  [" + std::to_string(cell_number(cell, row)) +
            (by_host ? " " + host_label_of(report, cell) : "") + "] " + cell.value("status", "") +
            ": " + cell["reason"].get<std::string>() + "\n";
  }
  return text;
}

}  // namespace

std::string format_columns(const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right_aligned) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
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
  if (magnitude == 0)
    decimals = 0;
  else if (magnitude < 1000)
    decimals = std::clamp(2 - static_cast<int>(std::floor(std::log10(magnitude))), 0, 6);
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

namespace {

// Per traced cell (run --trace), its top GIL holders summed over its repetitions: where the GIL
// was held, how long, how often it was forced off there, and whom it kept waiting how long.
std::string gil_holders_text(const Json& report) {
  constexpr std::size_t kShown = 3;
  struct Holder {
    std::string where;
    double held_ms = 0, imposed_ms = 0;
    long long forced_drops = 0;
    std::map<std::string, double> imposed_by_thread_ms;
  };
  std::ostringstream out;
  std::size_t row = 0;
  for (const auto& cell : report.at("cells")) {
    ++row;
    std::map<std::string, Holder> holders;
    bool complete = true;
    for (const auto& repetition :
         cell.contains("repetitions") ? cell["repetitions"] : Json::array()) {
      if (!repetition.contains("gil_trace") || !repetition["gil_trace"].contains("profile"))
        continue;
      const Json& profile = repetition["gil_trace"]["profile"];
      complete = complete && profile.value("complete", false);
      for (const auto& entry : profile.value("holders", Json::array())) {
        std::string where = entry.value("function", "?");
        if (!entry.value("file", "").empty())
          where +=
              " (" + entry.value("file", "") + ":" + std::to_string(entry.value("line", 0)) + ")";
        Holder& holder = holders[where];
        holder.where = where;
        holder.held_ms += entry.value("held_ms", 0.0);
        holder.imposed_ms += entry.value("imposed_wait_ms", 0.0);
        holder.forced_drops += entry.value("forced_drops", 0LL);
        const Json imposed = entry.value("imposed_wait_by_thread_ms", Json::object());
        for (const auto& [thread, ms] : imposed.items()) {
          holder.imposed_by_thread_ms[thread] += ms.get<double>();
        }
      }
    }
    if (holders.empty()) continue;
    std::vector<const Holder*> ranked;
    for (const auto& [where, holder] : holders) ranked.push_back(&holder);
    std::sort(ranked.begin(), ranked.end(), [](const Holder* a, const Holder* b) {
      return a->imposed_ms != b->imposed_ms ? a->imposed_ms > b->imposed_ms
                                            : a->held_ms > b->held_ms;
    });
    const Json& p = cell.at("parameters");
    out << "  #" << cell_number(cell, row) << " " << design_of(p) << " "
        << text_or_dash(p.value("switch_interval", Json())) << " thr "
        << text_or_dash(p.value("cpu_threads", Json()))
        << (complete ? "" : " (trace capped: the start of the run only)") << "\n";
    for (std::size_t i = 0; i < std::min(kShown, ranked.size()); ++i) {
      const Holder& holder = *ranked[i];
      out << "    " << holder.where << ": held " << format_figure(holder.held_ms) << " ms, "
          << holder.forced_drops << " forced drops";
      for (const auto& [thread, ms] : holder.imposed_by_thread_ms) {
        if (ms > 0) out << "; " << thread << " waited " << format_figure(ms) << " ms";
      }
      out << "\n";
    }
  }
  const std::string text = out.str();
  if (text.empty()) return "";
  return "\nGIL holders (run --trace; per cell, summed over its repetitions: where the holder let "
         "go, and the time each "
         "other thread waited while it held the GIL):\n" +
         text;
}

}  // namespace

std::string render_summary(const Json& report) {
  const Json& context = report.at("context");
  const Json& run = report.at("run");
  const bool by_host = host_labels(report).size() > 1;
  std::ostringstream out;
  out << "gilbench " << context.value("config_file", "?") << " on "
      << (by_host ? std::to_string(host_labels(report).size()) + " hosts" : machine_text(context))
      << ": " << run.value("repetitions", 0) << " repetition(s) per cell, medians shown"
      << (run.value("quick", false) ? " (--quick: not a measurement)" : "") << shard_text(run)
      << "\n";
  out << sources_text(context, by_host) << "\n";
  out << (is_script_report(report) ? script_table(report, by_host) : echo_table(report, by_host));
  const std::string why = reasons(report, by_host);
  if (!why.empty()) out << "\n" << why;
  if (by_host && !is_script_report(report))
    out << "\n" << hosts_side_by_side(report, host_labels(report));
  if (!is_script_report(report)) {
    out << "\nthr: CPU-bound threads beside the echo thread; cores: the server's CPU set; client: "
           "on the same CPUs or "
           "others.\nslowdown: median total time against the baseline cell of the same cores and "
           "client placement"
        << (by_host ? ", on the same host" : "") << ".\n";
  }
  out << gil_holders_text(report);
  if (run.value("status", "") == "interrupted")
    out << "The run was interrupted: " << run.value("reason", "") << "\n";
  if (run.value("status", "") == "incomplete")
    out << "The merged report is incomplete: " << run.value("reason", "") << "\n";
  return out.str();
}

}  // namespace gilbench::harness
