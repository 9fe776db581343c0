// What `gilbench reproduce` measures: each published figure of design.md §6 as a row of figures
// (published value, the measurement and metric that answer it) and claims about its shape (this
// figure over that one), plus the measurements themselves: cells with their own workloads.
#pragma once

#include <chrono>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "harness/config.h"
#include "harness/target.h"

namespace gilbench::harness {

struct MeasurementSpec {
  std::string id;  // unique, also the cells' series: "convoy/newgil"
  Target target = Target::design("newgil");
  std::chrono::nanoseconds switch_interval = std::chrono::milliseconds(5);
  int check_interval = 100;
  int cpu_threads = 0;
  int cores = 1;
  std::optional<Placement> placement;  // echo only
  WorkloadKind kind = WorkloadKind::echo;
  std::string script;             // script workloads, relative to the repository
  std::vector<std::string> args;  // after CPU_THREADS
  int messages = 1000, size_bytes = 100, warmup = 10;  // echo
  std::vector<std::string> companion;  // a second gilvm process: script (relative) and arguments
  int repetitions = 3;
  std::chrono::nanoseconds timeout = std::chrono::seconds(60);
};

struct FigureSpec {
  std::string label;
  double published = 0;        // NaN when the source gives only a bound
  std::string published_text;  // as the source puts it: "10.1", "1.4-1.8", "< 1,000,000"
  std::string unit;            // "s", "req/s", "x" ...
  std::string measurement;     // a MeasurementSpec id
  std::string metric;          // in its aggregates: total_s, messages_per_s, elapsed_s, ...
  double scale = 1;            // measured median x scale (e.g. to the published amount of work)
};

inline constexpr std::size_t kAgainstOne = std::numeric_limits<std::size_t>::max();

struct ClaimSpec {
  enum class Kind { ratio, below };
  Kind kind = Kind::ratio;
  std::size_t a = 0,
              b = 0;  // figure indices; ratio against kAgainstOne: the figure is itself a ratio
};

struct RowSpec {
  std::string id;     // for --only
  std::string title;  // the published statement
  std::string setup;  // how it is measured here
  std::string note;   // what is known to differ in the model, shown with its verdict
  std::vector<FigureSpec> figures;
  std::vector<ClaimSpec> claims;
};

struct ReproducePlan {
  std::vector<RowSpec> rows;
  std::vector<MeasurementSpec> measurements;
};

// A published figure as text: 30,000, 2.55, 0.5.
std::string format_figure_plain(double value);

// `usable_cpus`: what the machine gives the harness. --quick: fewer messages, less work, one
// repetition.
ReproducePlan reproduce_plan(bool quick, int usable_cpus);

// Only the rows named, and the measurements they need. Throws std::invalid_argument naming an
// unknown row and listing the known ones.
ReproducePlan select_rows(const ReproducePlan& plan, const std::vector<std::string>& only);

}  // namespace gilbench::harness
