// `gilbench reproduce`: re-measures every published figure of design.md §6 (reproduce_plan.h)
// with the harness's cells, and says per row whether the figure's shape holds here. Writes a
// report in `run`'s schema (cells carry a `series` and their own `workload`) with a "reproduce"
// block, plus a markdown file and a self-contained HTML page beside it.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/reproduce_plan.h"

namespace gilbench::harness {

struct ReproduceRequest {
  bool quick = false;
  std::vector<std::string> only;  // row ids; empty: all
  std::filesystem::path out_directory = "results";
  std::optional<std::filesystem::path> bin_directory;
  std::vector<std::string> command_line;
};

// Exit status: 0 done (rows whose shape does not hold are results, not errors), 1 gilbench
// failed, 2 a bad option, 128 + signal when interrupted (the report and pages still written).
int reproduce_command(const ReproduceRequest& request, std::ostream& out, std::ostream& err);

// The "reproduce" block: each row's figures (published, measured, their ratio, or why there is
// no measurement) and its claims judged (shape.h), from the report's cells. Pure.
nlohmann::ordered_json evaluate_rows(const ReproducePlan& plan,
                                     const nlohmann::ordered_json& cells);

// From a report with a "reproduce" block: the terminal table, markdown, and the HTML page.
std::string render_reproduce(const nlohmann::ordered_json& report);
std::string reproduce_markdown(const nlohmann::ordered_json& report);
std::string reproduce_html(const nlohmann::ordered_json& report);

}  // namespace gilbench::harness
