// The GIL trace options of the programs that host the VM (gilvm, gil-echo-server), declared
// once: --trace, --trace-format, --gil-profile, --trace-max-events. Header-only, for executables
// that use CLI11.
#pragma once

#include <CLI/CLI.hpp>

#include "runtime/gil_recorder.h"

namespace gilvm {

inline void add_trace_options(CLI::App& app, TraceOptions& options) {
  app.add_option("--trace", options.trace_file,
                 "write every GIL event to FILE on exit: a Chrome/Perfetto trace (open it in "
                 "ui.perfetto.dev or "
                 "chrome://tracing; gilbench timeline draws it)");
  app.add_option("--trace-format", options.trace_format,
                 "chrome (Trace Event JSON) or jsonl (one event a line)")
      ->capture_default_str()
      ->check(CLI::IsMember({"chrome", "jsonl"}));
  app.add_option("--gil-profile", options.profile_file,
                 "write the GIL profile to FILE on exit: per function and line, the time the GIL "
                 "was held there, "
                 "forced drops, and the wait it imposed on each other thread");
  app.add_option("--trace-max-events", options.max_events,
                 "record at most N GIL events for --trace and --gil-profile (about 24 bytes each "
                 "in memory, 100 in "
                 "the trace file); later ones are counted, not kept")
      ->capture_default_str()
      ->check(CLI::Range(uint64_t{1}, uint64_t{1} << 32));
}

}  // namespace gilvm
