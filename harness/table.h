// The summary table printed after a run (and by `gilbench show REPORT`): one row per cell.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gilbench::harness {

// Rows of cells aligned in columns; widths count UTF-8 characters, not bytes.
std::string format_columns(const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right_aligned);

// A number with about three significant digits and no exponent: 0.0451, 5.41, 123, 45678.
std::string format_figure(double value);

// The table, the failure and skip reasons under it, a line on how to read it, and for a run with
// --trace each traced cell's top GIL holders.
std::string render_summary(const nlohmann::ordered_json& report);

}  // namespace gilbench::harness
