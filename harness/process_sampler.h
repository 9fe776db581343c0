// What can be read about a running process from outside it, thread by thread: CPU time, time
// spent runnable but waiting for a CPU, voluntary and involuntary context switches, and the
// thread's name (/proc/PID/task/TID/{comm,stat,schedstat,status}). Works for any program, so
// gilvm and real interpreters get the same figures.
//
// A thread's figures are gone once it exits, so the owner samples periodically while the process
// runs (run_repetition: every kSamplingInterval) and each thread keeps its last sample: figures
// are up to one interval short of the thread's final ones. A figure the kernel does not offer
// (no schedstat without CONFIG_SCHED_INFO) is absent, never 0.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace gilbench::harness {

struct ThreadFigures {
  pid_t tid = 0;
  std::string name;             // comm: the OS thread name (15 bytes at most)
  std::optional<double> cpu_s;  // schedstat's on-CPU time (ns precision), else utime + stime
  std::optional<double> user_s, system_s;  // stat's utime and stime (clock ticks)
  std::optional<double> run_queue_wait_s;  // schedstat: runnable, waiting for a CPU
  std::optional<std::int64_t> voluntary_switches, involuntary_switches;  // status
};

class ProcessSampler {
 public:
  static constexpr std::chrono::milliseconds kSamplingInterval{20};

  explicit ProcessSampler(pid_t pid, std::filesystem::path proc_root = "/proc");

  // Reads every thread's figures now. Threads that have gone keep their last sample; a process
  // that has gone changes nothing.
  void sample();

  std::size_t samples() const { return samples_; }
  const std::map<pid_t, ThreadFigures>& threads() const { return threads_; }

  // {"sampling_interval_s", "samples", "threads": [...], "cpu_s", "voluntary_switches",
  // "involuntary_switches"}: the totals are over the threads sampled, present only when every
  // thread has the figure.
  nlohmann::ordered_json to_json() const;

 private:
  pid_t pid_;
  std::filesystem::path task_directory_;
  std::map<pid_t, ThreadFigures> threads_;
  std::size_t samples_ = 0;
};

// Reads one thread's files; nullopt when the thread is gone. Exposed for tests.
std::optional<ThreadFigures> read_thread_figures(const std::filesystem::path& task_directory,
                                                 pid_t tid);

}  // namespace gilbench::harness
