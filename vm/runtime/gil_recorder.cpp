// The GIL recorder and its files (gil_recorder.h).
#include "runtime/gil_recorder.h"

#include <unistd.h>

#include <cstdio>

#include "common/output_file.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

GilRecorder::GilRecorder(uint64_t max_events)
    : max_events_(max_events), locations_(GilTrace{}.locations) {
  events_.reserve(static_cast<size_t>(std::min<uint64_t>(max_events_, 1 << 14)));
}

void GilRecorder::on_gil_event(const GilEvent& event) {
  // The thread's own frames, read on its own thread: no other thread changes them.
  const Code* code = nullptr;
  int line = 0;
  if (const ThreadState* state = find_current_thread_state();
      state != nullptr && !state->frames.empty()) {
    const Frame& frame = state->frames.back();
    code = frame.function->code;
    size_t index = static_cast<size_t>(frame.ip - code->code.data());
    if (index > 0) --index;  // ip points past the instruction being run
    line = index < code->lines.size() ? code->lines[index] : code->first_line;
  }
  std::lock_guard lock(mutex_);
  if (events_.size() >= max_events_) {
    ++dropped_;
    return;
  }
  const uint32_t location = code == nullptr
                                ? 0
                                : intern(code, code->qualname.empty() ? code->name : code->qualname,
                                         code->filename, line);
  events_.push_back({event, location});
}

uint32_t GilRecorder::intern(const void* code, const std::string& function, const std::string& file,
                             int line) {
  const Key key{code, line};
  const auto found = location_ids_.find(key);
  // A code object freed and another made at its address: the name tells them apart.
  if (found != location_ids_.end() && locations_[found->second].function == function &&
      locations_[found->second].file == file) {
    return found->second;
  }
  const auto id = static_cast<uint32_t>(locations_.size());
  locations_.push_back({function, file, line});
  location_ids_[key] = id;
  return id;
}

GilTrace GilRecorder::snapshot() const {
  std::lock_guard lock(mutex_);
  GilTrace trace;
  trace.events = events_;
  trace.locations = locations_;
  trace.max_events = max_events_;
  trace.events_dropped = dropped_;
  return trace;
}

TraceOutputs::TraceOutputs(TraceOptions options, std::string program,
                           nlohmann::ordered_json context)
    : options_(std::move(options)),
      program_(std::move(program)),
      context_(std::move(context)),
      recorder_(options_.max_events) {}

void TraceOutputs::check_paths() const {
  if (!options_.trace_file.empty()) gilbench::check_output_file(options_.trace_file);
  if (!options_.profile_file.empty()) gilbench::check_output_file(options_.profile_file);
}

void TraceOutputs::attach(VM& vm) {
  if (options_.enabled()) vm.gil().set_event_listener(&recorder_);
}

void TraceOutputs::remember(const VM& vm, const std::string& script) {
  std::lock_guard lock(mutex_);
  identity_.design = std::string(vm.gil().name());
  identity_.exclusive = vm.gil().is_exclusive();
  identity_.pid = ::getpid();
  identity_.process_name = program_ + " " + identity_.design + " " + script;
  identity_.threads = vm.thread_names();
}

bool TraceOutputs::write() {
  std::lock_guard lock(mutex_);
  if (written_ || !options_.enabled()) return ok_;
  written_ = true;
  GilTrace trace = recorder_.snapshot();
  trace.design = identity_.design;
  trace.exclusive = identity_.exclusive;
  trace.pid = identity_.pid;
  trace.process_name = identity_.process_name;
  trace.threads = identity_.threads;
  if (trace.events_dropped > 0) {
    std::fprintf(stderr,
                 "%s: the GIL trace reached its cap of %llu events (--trace-max-events): the last "
                 "%llu events were "
                 "not recorded, so --trace and --gil-profile cover only the start of the run\n",
                 program_.c_str(), static_cast<unsigned long long>(trace.max_events),
                 static_cast<unsigned long long>(trace.events_dropped));
  }
  auto write_file = [&](const std::string& path, const std::string& content) {
    if (path.empty()) return;
    try {
      gilbench::write_output_file(path, content);
    } catch (const gilbench::OutputFileError& error) {
      std::fprintf(stderr, "%s: %s\n", program_.c_str(), error.what());
      ok_ = false;
    }
  };
  if (!options_.trace_file.empty()) {
    write_file(options_.trace_file, options_.trace_format == "jsonl" ? trace_json_lines(trace)
                                                                     : trace_event_json(trace));
  }
  if (!options_.profile_file.empty()) {
    nlohmann::ordered_json profile = {{"context", context_}};
    profile.update(gil_profile_json(trace));
    write_file(options_.profile_file, profile.dump(2) + "\n");
  }
  return ok_;
}

}  // namespace gilvm
