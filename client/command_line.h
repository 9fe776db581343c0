// gil-echo-client's command line, apart from main so that tests can check what it rejects.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>

#include "client/echo_client.h"
#include "common/usage_error.h"

namespace gilbench::client {

struct ClientCommandLine {
  EchoClientOptions options;
  std::optional<std::filesystem::path> json_path;
  bool quiet = false;
};

// Bad arguments; the message names the option.
using UsageError = gilbench::UsageError;

// Throws UsageError. Returns nothing when --help or --version was asked for and printed to `out`.
std::optional<ClientCommandLine> parse_command_line(int argc, const char* const argv[],
                                                    std::ostream& out);

}  // namespace gilbench::client
