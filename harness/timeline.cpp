#include "harness/timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "common/duration.h"
#include "common/gil_trace_names.h"
#include "common/output_file.h"
#include "common/server_stats.h"
#include "harness/cells.h"
#include "harness/compare.h"
#include "harness/markup.h"

namespace gilbench::harness {

namespace {

using Json = nlohmann::ordered_json;
namespace names = gilbench::gil_trace;

// The picture's geometry, in SVG pixels.
constexpr double kWidth = 960, kLabelWidth = 170, kRightMargin = 20, kTop = 54, kRowHeight = 26,
                 kRowGap = 12;
constexpr double kMinPixels = 0.25;  // narrower runs of a state are merged with their neighbours
constexpr std::size_t kMaxHandOffs = 400;  // more in the window: not drawn (they would be a smear)

struct StateStyle {
  const char* state;
  const char* colour;
  const char* legend;
};
constexpr StateStyle kStyles[] = {
    {names::kHoldingSlice, "#2e7d32", "holding the GIL"},
    {names::kWaitingSlice, "#d32f2f", "waiting for the GIL"},
    {names::kReleasedSlice, "#cfd8dc", "released (I/O, sleep, join)"},
};

const char* colour_of(const std::string& state) {
  for (const StateStyle& style : kStyles) {
    if (state == style.state) return style.colour;
  }
  return "#9e9e9e";
}

std::string number(double value, int decimals = 2) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

// The thread the window centres on: the echo thread, else the one that waited longest.
const TimelineThread* focus_thread(const GilTimeline& timeline) {
  const TimelineThread* chosen = nullptr;
  double chosen_wait = -1;
  for (const TimelineThread& thread : timeline.threads) {
    if (thread.name.find(server_stats::kEchoThreadNamePart) != std::string::npos) return &thread;
    double waited = 0;
    for (const TimelineSlice& slice : thread.slices) {
      if (slice.state == names::kWaitingSlice) waited += slice.end_us - slice.start_us;
    }
    if (waited > chosen_wait) {
      chosen = &thread;
      chosen_wait = waited;
    }
  }
  return chosen;
}

// A tick step of 1, 2 or 5 times a power of ten giving at most ~10 ticks over `span_ms`.
double tick_step_ms(double span_ms) {
  const double rough = span_ms / 10;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (factor * power >= rough) return factor * power;
  }
  return 10 * power;
}

bool is_trace_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char head[64] = {};
  in.read(head, sizeof head - 1);
  const std::string text(head, static_cast<std::size_t>(in.gcount()));
  const auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string::npos &&
         (text[first] == '[' || text.compare(first, 14, "{\"traceEvents\"") == 0);
}

double micros_of(const std::string& option, const std::string& text) {
  try {
    const auto duration = parse_duration(text);
    if (duration.count() < 0) throw std::invalid_argument("negative");
    return static_cast<double>(duration.count()) / 1000.0;
  } catch (const std::invalid_argument& error) {
    throw TraceFileError(option + " \"" + text + "\": " + error.what() + " (e.g. 20ms, 500us)");
  }
}

}  // namespace

TimelineWindow choose_timeline_window(const GilTimeline& timeline, double width_us,
                                      std::optional<double> start_us) {
  if (start_us)
    return {*start_us, *start_us + width_us,
            "from " + number(*start_us / 1000, 3) + " ms (--start)"};
  if (timeline.end_us <= width_us) return {0, width_us, "the whole trace"};
  const TimelineThread* focus = focus_thread(timeline);
  std::vector<const TimelineSlice*> waits;
  // The waits that matter at this scale (at least 1% of the window) when there are a few: an echo
  // round trip waits twice, long behind the CPU thread after recv and briefly after send; one
  // long wait at the start alone is not the steady state.
  constexpr std::size_t kEnoughWaits = 5;
  for (const double floor_us : {width_us / 100, 0.0}) {
    if (!focus || waits.size() >= kEnoughWaits) break;
    waits.clear();
    for (const TimelineSlice& slice : focus->slices) {
      if (slice.state == names::kWaitingSlice && slice.end_us - slice.start_us >= floor_us)
        waits.push_back(&slice);
    }
  }
  if (waits.empty()) return {0, width_us, "the start of the trace (no thread waited for the GIL)"};
  // The median by length; among equals the earliest, so that the choice is stable.
  std::stable_sort(waits.begin(), waits.end(), [](const TimelineSlice* a, const TimelineSlice* b) {
    return a->end_us - a->start_us < b->end_us - b->start_us;
  });
  const TimelineSlice& median = *waits[(waits.size() - 1) / 2];
  const double from = std::clamp(median.start_us - width_us / 5, 0.0, timeline.end_us - width_us);
  return {from, from + width_us,
          "around " + focus->name + "'s median wait for the GIL (" +
              number((median.end_us - median.start_us) / 1000, 2) + " ms of " +
              std::to_string(waits.size()) + " waits)"};
}

std::string render_timeline_svg(const GilTimeline& timeline, const TimelineWindow& window,
                                const std::string& title) {
  const double span_us = std::max(window.to_us - window.from_us, 1e-3);
  const double plot_width = kWidth - kLabelWidth - kRightMargin;
  auto x_of = [&](double us) {
    return kLabelWidth +
           (std::clamp(us, window.from_us, window.to_us) - window.from_us) / span_us * plot_width;
  };
  auto row_top = [&](std::size_t row) {
    return kTop + static_cast<double>(row) * (kRowHeight + kRowGap);
  };
  const std::size_t rows = timeline.threads.size();
  const double axis_y = row_top(rows) + 4;
  const double height = axis_y + 70;

  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kWidth << "\" height=\""
      << number(height, 0) << "\" viewBox=\"0 0 " << kWidth << " " << number(height, 0)
      << "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">\n";
  svg << "<defs><marker id=\"arrow\" viewBox=\"0 0 6 6\" refX=\"5\" refY=\"3\" markerWidth=\"5\" "
         "markerHeight=\"5\" orient=\"auto\">"
         "<path d=\"M0,0 L6,3 L0,6 z\" fill=\"#263238\"/></marker></defs>\n";
  svg << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  svg << "<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">" << html_escape(title)
      << "</text>\n";
  svg << "<text x=\"10\" y=\"38\" fill=\"#455a64\">" << number(span_us / 1000, 1) << " ms window, "
      << html_escape(window.reason) << "</text>\n";

  std::size_t hand_offs_in_window = 0;
  for (const TimelineHandOff& hand_off : timeline.hand_offs) {
    if (hand_off.to_us >= window.from_us && hand_off.from_us <= window.to_us) ++hand_offs_in_window;
  }
  std::map<long long, std::size_t> row_of;
  for (std::size_t row = 0; row < rows; ++row) {
    const TimelineThread& thread = timeline.threads[row];
    row_of[thread.tid] = row;
    const double top = row_top(row);
    double held_us = 0, waited_us = 0;
    // Runs of one state, merged while narrower than kMinPixels, so that a dense trace stays small.
    struct Run {
      double x0, x1;
      const char* colour;
    };
    std::vector<Run> runs;
    for (const TimelineSlice& slice : thread.slices) {
      if (slice.end_us < window.from_us || slice.start_us > window.to_us) continue;
      const double inside_us =
          std::min(slice.end_us, window.to_us) - std::max(slice.start_us, window.from_us);
      if (slice.state == names::kHoldingSlice) held_us += inside_us;
      if (slice.state == names::kWaitingSlice) waited_us += inside_us;
      const Run run{x_of(slice.start_us), x_of(slice.end_us), colour_of(slice.state)};
      if (!runs.empty() && (runs.back().colour == run.colour || run.x1 - run.x0 < kMinPixels) &&
          run.x0 - runs.back().x1 < kMinPixels) {
        runs.back().x1 = std::max(runs.back().x1, run.x1);
        continue;
      }
      runs.push_back(run);
    }
    svg << "<text x=\"10\" y=\"" << number(top + 11, 1) << "\" font-weight=\"bold\">"
        << html_escape(thread.name) << "</text>\n";
    svg << "<text x=\"10\" y=\"" << number(top + 24, 1)
        << "\" font-size=\"10\" fill=\"#455a64\">held " << number(100 * held_us / span_us, 0)
        << "%, waited " << number(100 * waited_us / span_us, 0) << "%</text>\n";
    svg << "<rect x=\"" << kLabelWidth << "\" y=\"" << number(top, 1) << "\" width=\""
        << number(plot_width, 1) << "\" height=\"" << kRowHeight
        << "\" fill=\"#fafafa\" stroke=\"#eceff1\"/>\n";
    for (const Run& run : runs) {
      svg << "<rect x=\"" << number(run.x0) << "\" y=\"" << number(top, 1) << "\" width=\""
          << number(std::max(run.x1 - run.x0, kMinPixels)) << "\" height=\"" << kRowHeight
          << "\" fill=\"" << run.colour << "\"/>\n";
    }
    for (const TimelineInstant& instant : thread.instants) {
      if (instant.time_us < window.from_us || instant.time_us > window.to_us) continue;
      const double x = x_of(instant.time_us);
      const bool forced = instant.name == names::kForcedDropInstant;
      // Forced drops: a black notch on top of the row; drop requests: an orange one below.
      const double y = forced ? top - 1 : top + kRowHeight + 1;
      const double tip = forced ? y + 6 : y - 6;
      svg << "<path d=\"M" << number(x - 3.5) << "," << number(y, 1) << " L" << number(x + 3.5)
          << "," << number(y, 1) << " L" << number(x) << "," << number(tip, 1) << " z\" fill=\""
          << (forced ? "#000000" : "#ef6c00") << "\"/>\n";
    }
  }
  if (hand_offs_in_window <= kMaxHandOffs) {
    for (const TimelineHandOff& hand_off : timeline.hand_offs) {
      if (hand_off.to_us < window.from_us || hand_off.from_us > window.to_us) continue;
      if (!row_of.count(hand_off.from_tid) || !row_of.count(hand_off.to_tid)) continue;
      const std::size_t from_row = row_of[hand_off.from_tid], to_row = row_of[hand_off.to_tid];
      const double y0 = row_top(from_row) + (to_row > from_row ? kRowHeight : 0);
      const double y1 = row_top(to_row) + (to_row > from_row ? 0 : kRowHeight);
      svg << "<line x1=\"" << number(x_of(hand_off.from_us)) << "\" y1=\"" << number(y0, 1)
          << "\" x2=\"" << number(x_of(hand_off.to_us)) << "\" y2=\"" << number(y1, 1)
          << "\" stroke=\"#263238\" stroke-width=\"0.8\" marker-end=\"url(#arrow)\"/>\n";
    }
  }

  // The time axis, in milliseconds from the trace's start.
  svg << "<line x1=\"" << kLabelWidth << "\" y1=\"" << number(axis_y, 1) << "\" x2=\""
      << number(kLabelWidth + plot_width) << "\" y2=\"" << number(axis_y, 1)
      << "\" stroke=\"#263238\"/>\n";
  const double step_ms = tick_step_ms(span_us / 1000);
  const int decimals = step_ms >= 1 ? 0 : step_ms >= 0.1 ? 1 : step_ms >= 0.01 ? 2 : 3;
  for (double tick_ms = std::ceil(window.from_us / 1000 / step_ms) * step_ms;
       tick_ms * 1000 <= window.to_us + 1e-6; tick_ms += step_ms) {
    const double x = x_of(tick_ms * 1000);
    svg << "<line x1=\"" << number(x) << "\" y1=\"" << number(axis_y, 1) << "\" x2=\"" << number(x)
        << "\" y2=\"" << number(axis_y + 5, 1) << "\" stroke=\"#263238\"/><text x=\"" << number(x)
        << "\" y=\"" << number(axis_y + 17, 1) << "\" text-anchor=\"middle\" font-size=\"10\">"
        << number(tick_ms, decimals) << "</text>\n";
  }
  svg << "<text x=\"" << number(kLabelWidth + plot_width) << "\" y=\"" << number(axis_y + 30, 1)
      << "\" text-anchor=\"end\" font-size=\"10\" fill=\"#455a64\">time since the trace started "
         "(ms)</text>\n";

  // The legend.
  double x = kLabelWidth;
  const double legend_y = axis_y + 44;
  for (const StateStyle& style : kStyles) {
    svg << "<rect x=\"" << number(x) << "\" y=\"" << number(legend_y, 1)
        << "\" width=\"12\" height=\"12\" fill=\"" << style.colour << "\"/><text x=\""
        << number(x + 16) << "\" y=\"" << number(legend_y + 10, 1) << "\">" << style.legend
        << "</text>\n";
    x += 16 + 6.4 * static_cast<double>(std::string(style.legend).size()) + 14;
  }
  svg << "<path d=\"M" << number(x) << "," << number(legend_y, 1) << " L" << number(x + 8) << ","
      << number(legend_y, 1) << " L" << number(x + 4) << "," << number(legend_y + 7, 1)
      << " z\"/><text x=\"" << number(x + 12) << "\" y=\"" << number(legend_y + 10, 1)
      << "\">forced drop</text>\n";
  x += 90;
  svg << "<path d=\"M" << number(x) << "," << number(legend_y + 10, 1) << " L" << number(x + 8)
      << "," << number(legend_y + 10, 1) << " L" << number(x + 4) << "," << number(legend_y + 3, 1)
      << " z\" fill=\"#ef6c00\"/><text x=\"" << number(x + 12) << "\" y=\""
      << number(legend_y + 10, 1) << "\">drop request</text>\n";
  x += 98;
  if (hand_offs_in_window <= kMaxHandOffs) {
    svg << "<line x1=\"" << number(x) << "\" y1=\"" << number(legend_y + 6, 1) << "\" x2=\""
        << number(x + 18) << "\" y2=\"" << number(legend_y + 6, 1)
        << "\" stroke=\"#263238\" marker-end=\"url(#arrow)\"/><text x=\"" << number(x + 24)
        << "\" y=\"" << number(legend_y + 10, 1) << "\">hand-off</text>\n";
  } else {
    svg << "<text x=\"" << number(x) << "\" y=\"" << number(legend_y + 10, 1) << "\">"
        << hand_offs_in_window << " hand-offs (too many to draw)</text>\n";
  }
  svg << "</svg>\n";
  return svg.str();
}

std::pair<std::filesystem::path, std::string> timeline_trace_of(const TimelineRequest& request) {
  if (is_trace_file(request.input)) return {request.input, request.input.filename().string()};
  Json report;
  try {
    report = read_report(request.input);
  } catch (const CompareInputError& error) {
    throw TraceFileError(std::string(error.what()) +
                         " (expected a trace from --trace or a report of `gilbench run --trace`)");
  }
  // The cell by its number in the table; without --cell, the only traced cell.
  std::vector<const Json*> traced;
  for (const auto& cell : report["cells"]) {
    for (const auto& repetition :
         cell.contains("repetitions") ? cell["repetitions"] : Json::array()) {
      if (repetition.contains("gil_trace")) {
        traced.push_back(&cell);
        break;
      }
    }
  }
  if (traced.empty()) {
    throw TraceFileError(request.input.string() +
                         ": no cell has a GIL trace: run the sweep with `gilbench run --trace`");
  }
  const Json* cell = nullptr;
  if (request.cell) {
    for (const auto& candidate : report["cells"]) {
      if (candidate.value("index", -1) + 1 == *request.cell) cell = &candidate;
    }
    if (!cell)
      throw TraceFileError(request.input.string() + ": no cell #" + std::to_string(*request.cell) +
                           " (see `gilbench show`)");
  } else if (traced.size() == 1) {
    cell = traced.front();
  } else {
    std::string numbers;
    for (const Json* candidate : traced)
      numbers += (numbers.empty() ? "" : ", ") + std::to_string(candidate->value("index", 0) + 1);
    throw TraceFileError(request.input.string() + ": " + std::to_string(traced.size()) +
                         " cells have traces (" + numbers + "): choose one with --cell N");
  }
  const Json* chosen = nullptr;
  static const Json kNone = Json::array();
  for (const auto& repetition : cell->contains("repetitions") ? cell->at("repetitions") : kNone) {
    if (!repetition.contains("gil_trace")) continue;
    if (!request.repetition || repetition.value("repetition", 0) == *request.repetition) {
      chosen = &repetition;
      break;
    }
  }
  const std::string number_text = "#" + std::to_string(cell->value("index", 0) + 1);
  if (!chosen) {
    throw TraceFileError(
        request.input.string() + ": cell " + number_text + " has no GIL trace" +
        (request.repetition ? " for repetition " + std::to_string(*request.repetition) : "") +
        " (only VM cells of a `gilbench run --trace` have one)");
  }
  const Json& p = cell->at("parameters");
  std::string title = design_of(p);
  if (p.contains("switch_interval") && p["switch_interval"].is_string())
    title += " " + p["switch_interval"].get<std::string>();
  title += ", " + std::to_string(p.value("cpu_threads", 0)) + " CPU thread(s), " +
           std::to_string(p.value("cores", 0)) + " core(s), client " +
           p.value("client_placement", "?") + " (cell " + number_text + ", repetition " +
           std::to_string(chosen->value("repetition", 0)) + ")";
  return {request.input.parent_path() / chosen->at("gil_trace").at("trace_file").get<std::string>(),
          title};
}

int timeline_command(const TimelineRequest& request, std::ostream& out, std::ostream& err) {
  std::filesystem::path trace_path, svg_path;
  std::string svg;
  try {
    const double width_us = micros_of("--window", request.window);
    if (width_us <= 0)
      throw TraceFileError("--window must be positive, got \"" + request.window + "\"");
    const std::optional<double> start_us =
        request.start ? std::optional<double>(micros_of("--start", *request.start)) : std::nullopt;
    std::string title;
    std::tie(trace_path, title) = timeline_trace_of(request);
    const GilTimeline timeline = read_gil_timeline(trace_path);
    const TimelineWindow window = choose_timeline_window(timeline, width_us, start_us);
    if (!timeline.design.empty() && title.find(timeline.design) == std::string::npos)
      title = timeline.design + ": " + title;
    svg = render_timeline_svg(timeline, window, title);
    svg_path = request.out ? *request.out
                           : trace_path.parent_path() / (trace_path.stem().string() + ".svg");
    if (!request.out && !is_trace_file(request.input) && request.cell) {
      svg_path = request.input.parent_path() /
                 (request.input.stem().string() + "-cell" + std::to_string(*request.cell) + ".svg");
    }
    out << "window: " << number(window.from_us / 1000, 3) << " ms to "
        << number(window.to_us / 1000, 3) << " ms, " << window.reason << "\n";
  } catch (const TraceFileError& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  }
  try {
    write_output_file(svg_path, svg);
  } catch (const OutputFileError& error) {
    err << "error: " << error.what() << "\n";
    return 1;
  }
  out << "timeline: " << svg_path.string() << "\n";
  return 0;
}

}  // namespace gilbench::harness
