#include "harness/plots.h"

#include <unistd.h>

#include <cstdlib>
#include <map>
#include <sstream>

#include "common/child_process.h"
#include "common/input_file.h"
#include "common/output_file.h"
#include "harness/cells.h"
#include "harness/table.h"
#include "harness/temp_dir.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

constexpr auto kGnuplotTimeout = std::chrono::seconds(60);
constexpr std::size_t kMaxPlotBytes = std::size_t{64} << 20;

// A gnuplot single-quoted string: quotes are doubled.
std::string quoted(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string safe_file_part(std::string text) {
  for (char& c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') c = '_';
  }
  return text;
}

bool gnuplot_succeeds(const std::filesystem::path& gnuplot, const std::filesystem::path& script,
                      const std::filesystem::path& log) {
  try {
    SpawnRequest request;
    request.argv = {gnuplot.string(), script.string()};
    request.stderr_path = log;
    ChildProcess process(request);
    if (process.wait_until(Clock::now() + kGnuplotTimeout) != WaitOutcome::exited) return false;
    return process.exit_status()->success();
  } catch (const SpawnError&) {
    return false;
  }
}

// gnuplot draws into the private scratch directory; the PNG then goes to `output` like every
// other output file (atomically, never through a planted link). Throws OutputFileError.
std::optional<std::filesystem::path> place_plot(const std::filesystem::path& gnuplot,
                                                const std::filesystem::path& script,
                                                const std::filesystem::path& drawn,
                                                const std::filesystem::path& output,
                                                const std::filesystem::path& scratch) {
  if (!gnuplot_succeeds(gnuplot, script, scratch / "gnuplot.log")) return std::nullopt;
  std::string image;
  try {
    image = read_input_file(drawn, kMaxPlotBytes);
  } catch (const InputFileError&) {
    return std::nullopt;  // gnuplot said it succeeded but drew nothing
  }
  write_output_file(output, image);
  return output;
}

// pngcairo draws better; plain png (libgd) is the fallback some builds have alone.
std::string png_terminal(const std::filesystem::path& gnuplot,
                         const std::filesystem::path& scratch) {
  const auto probe = scratch / "probe.gp";
  write_output_file(probe, "set terminal pngcairo\n");
  return gnuplot_succeeds(gnuplot, probe, scratch / "probe.log") ? "pngcairo" : "png";
}

// " on LABEL" for a cell of a merged report: the same cell measured on two hosts gets two lines.
// (Not "@": gnuplot's enhanced text takes it for a control character.)
std::string host_suffix(const Json& cell) {
  return cell.contains("host_label") ? " on " + cell["host_label"].get<std::string>() : "";
}

std::string cell_title(const Json& cell) {
  const Json& p = cell["parameters"];
  std::string title;
  const std::string server = p.value("server", "vm");
  if (server != "floor") {
    const std::string check = "check " + std::to_string(p.value("check_interval_ticks", 0));
    // legacy uses only the check interval; an interpreter uses one of the two, by its version.
    title = server == "interpreter"    ? p.value("switch_interval", "") + "/" + check
            : design_of(p) == "legacy" ? check
                                       : p.value("switch_interval", "");
    title += " t=" + std::to_string(p.value("cpu_threads", 0));
  } else {
    title = "floor";
  }
  title += " k=" + std::to_string(p.value("cores", 0));
  if (p["client_placement"].is_string()) title += " " + p["client_placement"].get<std::string>();
  return title + host_suffix(cell);
}

bool has_curve(const Json& cell) {
  return cell.value("status", "") == "ok" && cell["aggregates"].is_object() &&
         cell["aggregates"].contains("rtt_percentile_curve_us");
}

// One PNG per design: a line per cell, RTT against percentile on a 1/(1-p) axis.
std::optional<std::filesystem::path> latency_plot(const std::string& design,
                                                  const std::vector<const Json*>& cells,
                                                  const std::filesystem::path& output,
                                                  const std::string& terminal,
                                                  const std::filesystem::path& gnuplot,
                                                  const std::filesystem::path& scratch) {
  const auto drawn = scratch / (safe_file_part(design) + ".png");
  std::ostringstream script;
  script << "set terminal " << terminal << " size 1000,620\nset output " << quoted(drawn.string())
         << "\n"
         << "set title "
         << quoted("Echo round trips, " + design + ": percentiles over all repetitions") << "\n"
         << "set logscale xy\nset xlabel 'percentile'\nset ylabel 'round trip (us)'\nset grid\nset "
            "key outside right\n"
         << "set xtics ('50%%' 2, '90%%' 10, '99%%' 100, '99.9%%' 1000, '99.99%%' 10000)\nplot ";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const auto data = scratch / (safe_file_part(design) + "-" + std::to_string(i) + ".dat");
    std::ostringstream out;
    for (const auto& point : (*cells[i])["aggregates"]["rtt_percentile_curve_us"]) {
      out << 1.0 / (1.0 - point["percentile"].get<double>() / 100.0) << ' '
          << point["rtt_us"].get<double>() << '\n';
    }
    write_output_file(data, out.str());
    script << (i ? ", " : "") << quoted(data.string()) << " using 1:2 with linespoints title "
           << quoted(cell_title(*cells[i]));
  }
  script << "\n";
  const auto script_path = scratch / (safe_file_part(design) + ".gp");
  write_output_file(script_path, script.str());
  return place_plot(gnuplot, script_path, drawn, output, scratch);
}

// Series of cells that differ only in their switch interval.
std::map<std::string, std::vector<const Json*>> switch_interval_series(const Json& cells) {
  std::map<std::string, std::vector<const Json*>> series;
  for (const auto& cell : cells) {
    if (cell.value("status", "") != "ok" || cell["parameters"].value("server", "") == "floor")
      continue;
    Json key = cell["parameters"];
    key.erase("switch_interval");
    key.erase("switch_interval_us");
    if (cell.contains("host_label")) key["host_label"] = cell["host_label"];
    series[key.dump()].push_back(&cell);
  }
  std::erase_if(series, [](const auto& entry) { return entry.second.size() < 2; });
  return series;
}

std::optional<std::filesystem::path> tradeoff_plot(
    const std::map<std::string, std::vector<const Json*>>& series,
    const std::filesystem::path& output, const std::string& terminal,
    const std::filesystem::path& gnuplot, const std::filesystem::path& scratch) {
  const auto drawn = scratch / "tradeoff.png";
  std::ostringstream script;
  script << "set terminal " << terminal << " size 1000,620\nset output " << quoted(drawn.string())
         << "\n"
         << "set title 'Switch interval trade-off: echo RTT p99 against CPU-thread throughput'\n"
         << "set logscale y\nset xlabel 'CPU thread throughput (fib calls/s, median)'\nset ylabel "
            "'RTT p99 (us, median)'\n"
         << "set grid\nset key outside right\nplot ";
  std::size_t index = 0;
  for (const auto& [key, cells] : series) {
    const auto data = scratch / ("tradeoff-" + std::to_string(index) + ".dat");
    std::ostringstream out;
    for (const Json* cell : cells) {
      const Json& metrics = (*cell)["aggregates"]["metrics"];
      if (!metrics.contains("fib_calls_per_s") || !metrics.contains("rtt_p99_us")) continue;
      out << metrics["fib_calls_per_s"]["median"].get<double>() << ' '
          << metrics["rtt_p99_us"]["median"].get<double>() << ' '
          << (*cell)["parameters"]["switch_interval"].get<std::string>() << '\n';
    }
    write_output_file(data, out.str());
    const Json& p = (*cells.front())["parameters"];
    const std::string title =
        design_of(p) + " t=" + std::to_string(p.value("cpu_threads", 0)) +
        " k=" + std::to_string(p.value("cores", 0)) +
        (p["client_placement"].is_string() ? " " + p["client_placement"].get<std::string>() : "") +
        host_suffix(*cells.front());
    script << (index ? ", " : "") << quoted(data.string()) << " using 1:2 with linespoints title "
           << quoted(title) << ", " << quoted(data.string())
           << " using 1:2:3 with labels offset 1,0.7 notitle";
    ++index;
  }
  script << "\n";
  const auto script_path = scratch / "tradeoff.gp";
  write_output_file(script_path, script.str());
  return place_plot(gnuplot, script_path, drawn, output, scratch);
}

// The tune curve: RTT p50/p99 (left, log) and the CPU threads' throughput (right) against the
// interval (log), the SLO as a horizontal line, the recommendation as a vertical one.
std::string tune_plot_script(const Json& tune, const std::filesystem::path& data,
                             const std::filesystem::path& output, const std::string& terminal) {
  std::ostringstream script;
  script << "set terminal " << terminal << " size 1000,620\nset output " << quoted(output.string())
         << "\n"
         << "set title "
         << quoted("gilbench tune: " + tune["target"].value("name", "") + ", " +
                   tune["slo"].value("text", ""))
         << " noenhanced\n"
         << "set logscale x\nset logscale y\nset xlabel 'switch interval (us)'\nset ylabel 'round "
            "trip (us, median of repetitions)'\n"
         << "set y2label 'CPU threads (fib calls/s, median)'\nset y2tics\nset y2range [0:*]\nset "
            "ytics nomirror\nset grid\nset key top left\n";
  const Json& slo = tune["slo"];
  for (const char* limit : {"rtt_p99_us", "rtt_p50_us"}) {
    if (!slo[limit].is_number()) continue;
    const double value = slo[limit].get<double>();
    script << "set arrow from graph 0, first " << value << " to graph 1, first " << value
           << " nohead lc rgb 'red' dt 2 lw 2\n"
           << "set label "
           << quoted(std::string("SLO ") + (std::string(limit) == "rtt_p99_us" ? "p99" : "p50"))
           << " at graph 0.01, first " << value * 1.12 << " tc rgb 'red'\n";
  }
  if (tune["recommendation"].is_object()) {
    const double x = tune["recommendation"].value("interval_us", 0.0);
    script << "set arrow from first " << x << ", graph 0 to first " << x
           << ", graph 1 nohead lc rgb 'dark-green' lw 2\n"
           << "set label " << quoted("recommended " + tune["recommendation"].value("interval", ""))
           << " at first " << x * 1.08 << ", graph 0.95 tc rgb 'dark-green'\n";
  }
  script << "plot " << quoted(data.string()) << " using 1:2 with linespoints pt 7 title 'RTT p50', "
         << quoted(data.string()) << " using 1:3 with linespoints pt 5 title 'RTT p99', "
         << quoted(data.string())
         << " using 1:4 axes x1y2 with linespoints pt 9 dt 3 title 'fib calls/s (right axis)'\n";
  return script.str();
}

}  // namespace

std::optional<std::filesystem::path> find_gnuplot() {
  const char* path = std::getenv("PATH");
  std::istringstream directories(path ? path : "/usr/bin:/bin");
  std::string directory;
  while (std::getline(directories, directory, ':')) {
    const auto candidate = std::filesystem::path(directory.empty() ? "." : directory) / "gnuplot";
    if (std::filesystem::is_regular_file(candidate) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
  }
  return std::nullopt;
}

PlotResult draw_plots(const Json& report, const std::filesystem::path& report_path) {
  PlotResult result;
  const auto gnuplot = find_gnuplot();
  if (!gnuplot) {
    result.notes.push_back("gnuplot is not installed: no plots (apt-get install gnuplot-nox)");
    return result;
  }
  const Json& cells = report.at("cells");
  std::map<std::string, std::vector<const Json*>> by_design;
  for (const auto& cell : cells) {
    if (!has_curve(cell)) continue;
    by_design[design_of(cell["parameters"])].push_back(&cell);
  }
  if (by_design.empty()) {
    result.notes.push_back("no successful echo cells with round-trip samples: no latency plots");
    return result;
  }
  TemporaryDirectory scratch("gilbench-plot");
  const std::string terminal = png_terminal(*gnuplot, scratch.path());
  const auto stem = report_path.parent_path() / report_path.stem();
  for (const auto& [design, design_cells] : by_design) {
    const auto output = stem.string() + "-latency-" + safe_file_part(design) + ".png";
    if (auto file =
            latency_plot(design, design_cells, output, terminal, *gnuplot, scratch.path())) {
      result.files.push_back(*file);
    } else {
      result.notes.push_back("gnuplot failed on the " + design + " latency plot");
    }
  }
  const auto series = switch_interval_series(cells);
  if (series.empty()) return result;  // not a switch-interval sweep
  if (auto file = tradeoff_plot(series, stem.string() + "-tradeoff.png", terminal, *gnuplot,
                                scratch.path())) {
    result.files.push_back(*file);
  } else {
    result.notes.push_back("gnuplot failed on the trade-off plot");
  }
  return result;
}

void print_summary_and_plots(const Json& report, const std::filesystem::path& report_path,
                             bool plots, std::ostream& out) {
  out << "\n" << render_summary(report) << "\nreport: " << report_path.string() << "\n";
  if (!plots) return;
  try {
    const PlotResult drawn = draw_plots(report, report_path);
    for (const auto& file : drawn.files) out << "plot:   " << file.string() << "\n";
    for (const auto& note : drawn.notes) out << "plots:  " << note << "\n";
  } catch (
      const std::exception& error) {  // the report is written: a plot problem must not fail the run
    out << "plots:  not drawn: " << error.what() << "\n";
  }
}

PlotResult draw_tune_plot(const Json& report, const std::filesystem::path& report_path) {
  PlotResult result;
  const auto gnuplot = find_gnuplot();
  if (!gnuplot) {
    result.notes.push_back("gnuplot is not installed: no plot (apt-get install gnuplot-nox)");
    return result;
  }
  const Json& tune = report.at("tune");
  TemporaryDirectory scratch("gilbench-plot");
  const auto data = scratch.path() / "tune.dat";
  std::ostringstream points;
  for (const auto& point : tune.at("points")) {
    if (!point["rtt_p99_us"].is_number()) continue;
    points << point["interval_us"].get<double>() << ' ' << point["rtt_p50_us"].get<double>() << ' '
           << point["rtt_p99_us"].get<double>() << ' ' << point["fib_calls_per_s"].get<double>()
           << '\n';
  }
  write_output_file(data, points.str());
  const auto output = report_path.parent_path() / (report_path.stem().string() + "-tune.png");
  const auto drawn = scratch.path() / "tune.png";
  const auto script_path = scratch.path() / "tune.gp";
  write_output_file(script_path,
                    tune_plot_script(tune, data, drawn, png_terminal(*gnuplot, scratch.path())));
  if (const auto placed = place_plot(*gnuplot, script_path, drawn, output, scratch.path())) {
    result.files.push_back(*placed);
  } else {
    result.notes.push_back("gnuplot failed on the tune plot");
  }
  return result;
}

}  // namespace gilbench::harness
