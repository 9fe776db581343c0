#include "client/report.h"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iomanip>
#include <span>
#include <sstream>
#include <string_view>
#include <utility>

#include "common/histogram.h"
#include "common/report_context.h"
#include "common/stats.h"

#ifndef GILBENCH_VERSION
#define GILBENCH_VERSION "unknown"
#endif

namespace gilbench::client {

using nlohmann::ordered_json;
using std::chrono::nanoseconds;

namespace {

template <typename Duration>
double microseconds(Duration duration) {
  return std::chrono::duration<double, std::micro>(duration).count();
}

template <typename Duration>
double seconds(Duration duration) {
  return std::chrono::duration<double>(duration).count();
}

const std::vector<nanoseconds>& headline_samples(const EchoClientOptions& options,
                                                 const EchoRunResult& result) {
  return options.rate_per_s ? result.since_intended_send : result.round_trips;
}

ordered_json latency_json(const LatencyStats& stats) {
  return {{"min", microseconds(stats.min)},       {"mean", microseconds(stats.mean)},
          {"stddev", microseconds(stats.stddev)}, {"p50", microseconds(stats.p50)},
          {"p90", microseconds(stats.p90)},       {"p99", microseconds(stats.p99)},
          {"p99_9", microseconds(stats.p99_9)},   {"max", microseconds(stats.max)}};
}

ordered_json histogram_json(std::span<const nanoseconds> samples) {
  ordered_json buckets = ordered_json::array();
  for (const auto& bucket : log_linear_histogram(samples)) {
    buckets.push_back({{"lower_us", microseconds(bucket.lower)},
                       {"upper_us", microseconds(bucket.upper)},
                       {"count", bucket.count}});
  }
  return {{"relative_error", kHistogramRelativeError}, {"buckets", std::move(buckets)}};
}

void add_samples(ordered_json& block, const std::vector<nanoseconds>& samples,
                 std::size_t max_stored_samples) {
  if (samples.size() > max_stored_samples) {
    block["histogram_us"] = histogram_json(samples);
    return;
  }
  ordered_json values = ordered_json::array();
  for (const auto sample : samples) values.push_back(microseconds(sample));
  block["samples_us"] = std::move(values);
}

ordered_json latency_block(const std::vector<nanoseconds>& samples,
                           std::size_t max_stored_samples) {
  ordered_json block{{"latency_us", latency_json(summarize_latencies(samples))}};
  add_samples(block, samples, max_stored_samples);
  return block;
}

ordered_json parameters_json(const EchoClientOptions& options) {
  return {{"host", options.host},
          {"port", options.port},
          {"messages", options.messages},
          {"size_bytes", options.message_size},
          {"warmup_messages", options.warmup_messages},
          {"mode", options.rate_per_s ? "open_loop" : "closed_loop"},
          {"rate_per_s",
           options.rate_per_s ? ordered_json(*options.rate_per_s) : ordered_json(nullptr)},
          {"timeout_s", seconds(options.timeout)}};
}

void print_latency_row(std::ostream& out, std::string_view name, const LatencyStats& stats) {
  out << std::left << std::setw(14) << name << std::right;
  for (const double value :
       {microseconds(stats.min), microseconds(stats.mean), microseconds(stats.stddev),
        microseconds(stats.p50), microseconds(stats.p90), microseconds(stats.p99),
        microseconds(stats.p99_9), microseconds(stats.max)}) {
    out << std::setw(10) << value;
  }
  out << '\n';
}

}  // namespace

ReportContext current_report_context() {
  return {GILBENCH_VERSION, utc_iso8601(std::chrono::system_clock::now()), host_name()};
}

ordered_json make_json_report(const EchoClientOptions& options, const EchoRunResult& result,
                              const ReportContext& context, std::size_t max_stored_samples) {
  ordered_json report;
  report["context"] =
      report_context("gil-echo-client", context.version, context.date, context.host);
  report["parameters"] = parameters_json(options);
  report["latency_us"] = latency_json(summarize_latencies(headline_samples(options, result)));
  report["total_s"] = seconds(result.total);
  report["messages_per_s"] = static_cast<double>(options.messages) / seconds(result.total);
  if (options.rate_per_s) {
    report["corrected"] = latency_block(result.since_intended_send, max_stored_samples);
    report["uncorrected"] = latency_block(result.round_trips, max_stored_samples);
  } else {
    add_samples(report, result.round_trips, max_stored_samples);
  }
  return report;
}

void print_summary(std::ostream& out, const EchoClientOptions& options,
                   const EchoRunResult& result) {
  // Formatted apart, so that the caller's stream flags are left as they were.
  std::ostringstream text;
  text << std::fixed << std::setprecision(1);
  text << options.host << ':' << options.port << ": " << options.messages << " messages of "
       << options.message_size << " bytes, ";
  if (options.rate_per_s) {
    text << "open loop at " << *options.rate_per_s << " messages/s";
  } else {
    text << "closed loop";
  }
  text << ", " << options.warmup_messages << " warm-up\n";
  text << std::string(14, ' ')
       << "       min      mean    stddev       p50       p90       p99     p99.9       max  "
          "(\xC2\xB5s)\n";
  if (options.rate_per_s) {
    print_latency_row(text, "corrected", summarize_latencies(result.since_intended_send));
    print_latency_row(text, "uncorrected", summarize_latencies(result.round_trips));
  } else {
    print_latency_row(text, "round trip", summarize_latencies(result.round_trips));
  }
  text << "total " << std::setprecision(3) << seconds(result.total) << " s, "
       << std::setprecision(1) << static_cast<double>(options.messages) / seconds(result.total)
       << " messages/s\n";
  out << text.str();
}

}  // namespace gilbench::client
