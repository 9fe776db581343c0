// The `context` block every JSON file of this project starts with (client and harness reports,
// the server's and gilvm's statistics): one schema version for all, the tool and its version,
// when and where. The harness's reports add the machine and build details after these
// (harness/context.h: machine_context).
#pragma once

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gilbench {

inline constexpr int kReportSchemaVersion = 1;

inline std::string host_name() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return "unknown";
  return name;
}

// `when` in UTC, through strftime's `format`.
inline std::string utc_formatted(std::chrono::system_clock::time_point when, const char* format) {
  const auto seconds = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char text[40];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}
// 2026-11-22T03:12:48Z
inline std::string utc_iso8601(std::chrono::system_clock::time_point when) {
  return utc_formatted(when, "%Y-%m-%dT%H:%M:%SZ");
}
// 20261122T031248Z, for file names
inline std::string utc_compact(std::chrono::system_clock::time_point when) {
  return utc_formatted(when, "%Y%m%dT%H%M%SZ");
}

// {"schema_version", "tool", "version", "date", "host"}, in that order.
inline nlohmann::ordered_json report_context(std::string_view tool, std::string_view version,
                                             std::string_view date, std::string_view host) {
  return {{"schema_version", kReportSchemaVersion},
          {"tool", tool},
          {"version", version},
          {"date", date},
          {"host", host}};
}
inline nlohmann::ordered_json report_context(std::string_view tool, std::string_view version) {
  return report_context(tool, version, utc_iso8601(std::chrono::system_clock::now()), host_name());
}

}  // namespace gilbench
