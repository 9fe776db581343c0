// Recording a run's GIL events for gilvm --trace / --gil-profile and gil-echo-server's: the
// recorder (a GilEventListener that also notes where each thread's Python code was at each
// event: read at GIL events only, never per instruction) and the files it writes.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "gil/gil_trace.h"

namespace gilvm {

class VM;

class GilRecorder final : public GilEventListener {
 public:
  explicit GilRecorder(uint64_t max_events = kDefaultMaxTraceEvents);
  // On the thread the event is about: notes its innermost frame's function and line.
  void on_gil_event(const GilEvent& event) override;
  // What was recorded so far (events, locations, the cap and what it dropped); the caller adds
  // the threads' names and the design.
  GilTrace snapshot() const;

 private:
  struct Key {
    const void* code;
    int line;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const {
      return std::hash<const void*>()(key.code) * 31 + static_cast<size_t>(key.line);
    }
  };
  uint32_t intern(const void* code, const std::string& function, const std::string& file,
                  int line);  // mutex_ held

  mutable std::mutex mutex_;
  const uint64_t max_events_;
  std::vector<TracedGilEvent> events_;
  uint64_t dropped_ = 0;
  std::vector<CodeLocation> locations_;
  std::unordered_map<Key, uint32_t, KeyHash> location_ids_;
};

// --trace FILE, --trace-format chrome|jsonl, --gil-profile FILE, --trace-max-events N.
struct TraceOptions {
  std::string trace_file;
  std::string trace_format = "chrome";
  std::string profile_file;
  uint64_t max_events = kDefaultMaxTraceEvents;
  bool enabled() const { return !trace_file.empty() || !profile_file.empty(); }
};

// The recorder of one VM and its output files, written once whoever asks first (the end of the
// run, or a signal). Construct before the VM and destroy after it: its threads report to the
// recorder until they are joined.
class TraceOutputs {
 public:
  // `context`: the report context block the profile starts with.
  TraceOutputs(TraceOptions options, std::string program, nlohmann::ordered_json context);
  // Throws gilbench::OutputFileError for a path that cannot be written: call before the run.
  void check_paths() const;
  // Subscribes the recorder to the VM's GIL when a file was asked for.
  void attach(VM& vm);
  // The VM's thread names and design, for files written after it is gone.
  void remember(const VM& vm, const std::string& script);
  // Writes the files once (later calls return the first outcome). A failure, and a trace that
  // reached its cap, are reported on stderr; false when a file could not be written.
  bool write();

 private:
  const TraceOptions options_;
  const std::string program_;
  const nlohmann::ordered_json context_;
  GilRecorder recorder_;
  std::mutex mutex_;
  GilTrace identity_;  // design, process and thread names (no events)
  bool written_ = false, ok_ = true;
};

}  // namespace gilvm
