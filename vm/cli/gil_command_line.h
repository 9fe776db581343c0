// The GIL options every program that hosts the VM takes (gilvm, gil-echo-server), declared once:
// --gil, --switch-interval, --check-interval, --slice. Header-only, for executables that use CLI11.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>

#include "common/duration.h"
#include "gil/gil.h"

namespace gilvm {

struct GilCommandLine {
  std::string design = "newgil";
  std::string switch_interval = "5ms";
  int check_interval = 100;
  std::string slice = "10ms";
};

inline void add_gil_options(CLI::App& app, GilCommandLine& options) {
  std::string designs;
  for (const std::string& name : gil_design_names()) designs += (designs.empty() ? "" : ", ") + name;
  app.add_option("--gil", options.design, "GIL design: " + designs)->capture_default_str();
  app.add_option("--switch-interval", options.switch_interval, "switch interval, e.g. 5ms, 100us")
      ->capture_default_str();
  app.add_option("--check-interval", options.check_interval, "ticks between forced switches (legacy)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--slice", options.slice, "time slice (bfs), e.g. 10ms")->capture_default_str();
}

// The parsed options as a GilConfig; throws std::invalid_argument naming a bad duration or an
// unknown design (by building the design once).
inline GilConfig gil_config_of(const GilCommandLine& options) {
  GilConfig config;
  config.switch_interval = gilbench::parse_duration(options.switch_interval);
  if (config.switch_interval.count() <= 0) throw std::invalid_argument("--switch-interval must be positive");
  config.check_interval = options.check_interval;
  config.slice = gilbench::parse_duration(options.slice);
  if (config.slice.count() <= 0) throw std::invalid_argument("--slice must be positive");
  make_gil(options.design, config);
  return config;
}

// Prints --help, or "error: ..." for a bad command line; returns the exit status (0 or 2).
inline int command_line_exit(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == 0) return app.exit(error);
  std::fprintf(stderr, "error: %s\n", error.what());
  return 2;
}

}  // namespace gilvm
