// The GIL options every program that hosts the VM takes (gilvm, gil-echo-server), declared once:
// --gil, --switch-interval, --check-interval, and one option per design parameter
// (gil_design_parameters(): --slice for bfs, --spin and --burst for iospin). Header-only, for
// executables that use CLI11.
#pragma once

#include <chrono>
#include <cstdio>
#include <map>
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
  std::map<std::string, std::string> design_parameters;  // --NAME given: its text, by name
};

inline void add_gil_options(CLI::App& app, GilCommandLine& options) {
  std::string designs;
  for (const std::string& name : gil_design_names())
    designs += (designs.empty() ? "" : ", ") + name;
  app.add_option("--gil", options.design, "GIL design: " + designs)->capture_default_str();
  app.add_option("--switch-interval", options.switch_interval, "switch interval, e.g. 5ms, 100us")
      ->capture_default_str();
  app.add_option("--check-interval", options.check_interval,
                 "ticks between forced switches (legacy)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  for (const GilDesignParameter& parameter : gil_design_parameters()) {
    app.add_option_function<std::string>(
           "--" + parameter.name,
           [&options, name = parameter.name](const std::string& text) {
             options.design_parameters[name] = text;
           },
           parameter.help)
        ->default_str(gilbench::format_duration(parameter.default_value));
  }
}

// The parsed options as a GilConfig; throws std::invalid_argument naming a bad duration or an
// unknown design (by building the design once).
inline GilConfig gil_config_of(const GilCommandLine& options) {
  GilConfig config;
  config.switch_interval = gilbench::parse_duration(options.switch_interval);
  if (config.switch_interval.count() <= 0)
    throw std::invalid_argument("--switch-interval must be positive");
  config.check_interval = options.check_interval;
  for (const auto& [name, text] : options.design_parameters) {
    const std::chrono::nanoseconds value = gilbench::parse_duration(text);
    if (value.count() <= 0) throw std::invalid_argument("--" + name + " must be positive");
    config.design_parameters[name] = value;
  }
  make_gil(options.design, config);
  return config;
}

}  // namespace gilvm
