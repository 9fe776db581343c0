#include "client/command_line.h"

#include <string>

#include <CLI/CLI.hpp>

#include "common/duration.h"

#ifndef GILBENCH_VERSION
#define GILBENCH_VERSION "unknown"
#endif

namespace gilbench::client {

namespace {

// CLI11 prefixes these messages with the option's name.
std::string duration_problem(std::string& text) {
  try {
    if (parse_duration(text) <= std::chrono::nanoseconds::zero()) return "must be above 0";
    return {};
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
}

std::string missing_directory(std::string& path) {
  const auto directory = std::filesystem::path(path).parent_path();
  if (directory.empty() || std::filesystem::is_directory(directory)) return {};
  return "directory " + directory.string() + " does not exist";
}

struct RawArguments {
  std::string timeout = "30s";
  double rate_per_s = 0.0;
  std::string json_path;
};

void add_options(CLI::App& app, ClientCommandLine& command_line, RawArguments& raw) {
  auto& options = command_line.options;
  app.add_option("--port", options.port, "Server port")->required();
  app.add_option("--host", options.host, "Server address: localhost or a loopback address")
      ->capture_default_str();
  app.add_option("--messages", options.messages, "Messages measured")->capture_default_str();
  app.add_option("--size", options.message_size, "Bytes per message")->capture_default_str();
  app.add_option("--warmup", options.warmup_messages,
                 "Messages sent and checked first, not measured")
      ->capture_default_str();
  app.add_option(
      "--rate", raw.rate_per_s,
      "Open loop: send at this many messages/s and measure from each intended send time too");
  app.add_option("--timeout", raw.timeout,
                 "Limit for the whole run (ns, us, ms, s; e.g. 30s, 500ms)")
      ->capture_default_str()
      ->check(CLI::Validator(duration_problem, "DURATION"));
  app.add_option("--json", raw.json_path, "Also write a JSON report to this file (atomically)")
      ->check(CLI::Validator(missing_directory, "FILE"));
  app.add_flag("--quiet", command_line.quiet, "Print no summary");
  app.set_version_flag("--version", GILBENCH_VERSION);
}

}  // namespace

std::optional<ClientCommandLine> parse_command_line(int argc, const char* const argv[],
                                                    std::ostream& out) {
  ClientCommandLine command_line;
  RawArguments raw;
  CLI::App app{"Sends messages to a TCP echo server on this machine and times every round trip.",
               "gil-echo-client"};
  add_options(app, command_line, raw);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& help_or_version) {
    app.exit(help_or_version, out, out);
    return std::nullopt;
  } catch (const CLI::ParseError& error) {
    throw UsageError(error.what());
  }
  command_line.options.timeout = parse_duration(raw.timeout);
  if (app.count("--rate") > 0) command_line.options.rate_per_s = raw.rate_per_s;
  if (!raw.json_path.empty()) command_line.json_path = raw.json_path;
  try {
    validate(command_line.options);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
  return command_line;
}

}  // namespace gilbench::client
