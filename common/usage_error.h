// How every program ends on an error: "error: MESSAGE" on stderr, then exit status 2 for bad
// input the user can fix (an option, a config field, an input file: UsageError) and 1 for any
// other failure. Header-only; the CLI11 part is for the programs that parse with CLI11.
#pragma once

#include <cstdio>
#include <exception>
#include <stdexcept>

#include <CLI/CLI.hpp>

namespace gilbench {

inline constexpr int kUsageExitStatus = 2;
inline constexpr int kFailureExitStatus = 1;

// Bad input; the message names what is wrong (the option, the file and line, the field).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Prints "error: MESSAGE" to stderr; returns `status`, for `return report_error(error, ...)`.
inline int report_error(const std::exception& error, int status) {
  std::fprintf(stderr, "error: %s\n", error.what());
  return status;
}

// After CLI11 threw: --help or --version was printed (0), or the command line is bad (2).
inline int command_line_exit(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == 0) return app.exit(error);
  return report_error(error, kUsageExitStatus);
}

}  // namespace gilbench
