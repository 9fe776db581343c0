// What a run tells its reader: a summary on stdout and a JSON report for the harness.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "client/echo_client.h"

namespace gilbench::client {

// Above this many messages a report holds a histogram instead of every sample.
inline constexpr std::size_t kMaxStoredSamples = 100'000;

struct ReportContext {
  std::string version;
  std::string date;  // ISO 8601, UTC
  std::string host;
};

ReportContext current_report_context();

// {"context", "parameters", "latency_us", "total_s", "messages_per_s", "samples_us" or
// "histogram_us"}; open loop: "latency_us" is the corrected figure, and "corrected" and
// "uncorrected" blocks hold latency_us plus samples_us/histogram_us each.
nlohmann::ordered_json make_json_report(const EchoClientOptions& options,
                                        const EchoRunResult& result, const ReportContext& context,
                                        std::size_t max_stored_samples = kMaxStoredSamples);

void print_summary(std::ostream& out, const EchoClientOptions& options,
                   const EchoRunResult& result);

}  // namespace gilbench::client
