#include "harness/process_sampler.h"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

std::optional<std::string> read_small_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

// utime and stime (fields 14 and 15) after the parenthesised comm, which may hold spaces.
void parse_stat(const std::string& text, ThreadFigures& figures) {
  const auto close = text.rfind(')');
  if (close == std::string::npos) return;
  std::istringstream fields(text.substr(close + 1));
  std::vector<std::string> values;
  for (std::string value; fields >> value;) values.push_back(value);
  // values[0] is field 3 (state): utime is field 14, stime field 15.
  if (values.size() < 13) return;
  static const double ticks_per_s = static_cast<double>(::sysconf(_SC_CLK_TCK));
  try {
    figures.user_s = std::stod(values[11]) / ticks_per_s;
    figures.system_s = std::stod(values[12]) / ticks_per_s;
  } catch (const std::exception&) {
    figures.user_s.reset();
    figures.system_s.reset();
  }
}

// "on-CPU ns, run-queue wait ns, timeslices".
void parse_schedstat(const std::string& text, ThreadFigures& figures) {
  std::istringstream fields(text);
  double running_ns = 0, waiting_ns = 0;
  if (fields >> running_ns >> waiting_ns) {
    figures.cpu_s = running_ns / 1e9;
    figures.run_queue_wait_s = waiting_ns / 1e9;
  }
}

void parse_status(const std::string& text, ThreadFigures& figures) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    auto number = [&](const char* key) -> std::optional<std::int64_t> {
      if (!line.starts_with(key)) return std::nullopt;
      try {
        return std::stoll(line.substr(std::string(key).size()));
      } catch (const std::exception&) {
        return std::nullopt;
      }
    };
    if (auto value = number("voluntary_ctxt_switches:")) figures.voluntary_switches = value;
    if (auto value = number("nonvoluntary_ctxt_switches:")) figures.involuntary_switches = value;
  }
}

template <typename T>
void put(Json& json, const char* key, const std::optional<T>& value) {
  if (value) json[key] = *value;
}

}  // namespace

// A thread can exit between two of its files: a file that opens but reads empty (the kernel
// answers ESRCH once the task has gone) means the whole sample is torn, so none of it is used and
// the thread keeps its previous one. A file that does not exist is a figure the kernel does not
// offer.
std::optional<ThreadFigures> read_thread_figures(const std::filesystem::path& task_directory,
                                                 pid_t tid) {
  const auto directory = task_directory / std::to_string(tid);
  const auto stat = read_small_file(directory / "stat");
  if (!stat || stat->empty()) return std::nullopt;  // gone (or going)
  const auto comm = read_small_file(directory / "comm");
  const auto schedstat = read_small_file(directory / "schedstat");
  const auto status = read_small_file(directory / "status");
  for (const auto* text : {&comm, &schedstat, &status})
    if (*text && (*text)->empty()) return std::nullopt;
  ThreadFigures figures;
  figures.tid = tid;
  parse_stat(*stat, figures);
  if (comm) {
    figures.name = *comm;
    while (!figures.name.empty() && figures.name.back() == '\n') figures.name.pop_back();
  } else if (const auto open = stat->find('('), close = stat->rfind(')');
             open != std::string::npos && close != std::string::npos && close > open) {
    // comm gone since stat was read (the thread exiting): the name stat gave in parentheses.
    figures.name = stat->substr(open + 1, close - open - 1);
  }
  if (schedstat) parse_schedstat(*schedstat, figures);
  if (!figures.cpu_s && figures.user_s && figures.system_s)
    figures.cpu_s = *figures.user_s + *figures.system_s;
  if (status) parse_status(*status, figures);
  return figures;
}

ProcessSampler::ProcessSampler(pid_t pid, std::filesystem::path proc_root)
    : pid_(pid), task_directory_(proc_root / std::to_string(pid) / "task") {}

void ProcessSampler::sample() {
  std::error_code error;
  std::vector<pid_t> tids;
  for (const auto& entry : std::filesystem::directory_iterator(task_directory_, error)) {
    try {
      tids.push_back(static_cast<pid_t>(std::stol(entry.path().filename().string())));
    } catch (const std::exception&) {
    }
  }
  if (tids.empty()) return;
  ++samples_;
  for (const pid_t tid : tids) {
    if (auto figures = read_thread_figures(task_directory_, tid))
      threads_[tid] = std::move(*figures);
  }
}

Json ProcessSampler::to_json() const {
  Json json;
  json["sampling_interval_s"] = std::chrono::duration<double>(kSamplingInterval).count();
  json["samples"] = samples_;
  Json threads = Json::array();
  std::optional<double> cpu_s = 0.0;
  std::optional<std::int64_t> voluntary = 0, involuntary = 0;
  for (const auto& [tid, figures] : threads_) {
    Json thread{{"tid", tid}, {"name", figures.name}, {"main", tid == pid_}};
    put(thread, "cpu_s", figures.cpu_s);
    put(thread, "user_s", figures.user_s);
    put(thread, "system_s", figures.system_s);
    put(thread, "run_queue_wait_s", figures.run_queue_wait_s);
    put(thread, "voluntary_switches", figures.voluntary_switches);
    put(thread, "involuntary_switches", figures.involuntary_switches);
    threads.push_back(std::move(thread));
    cpu_s = cpu_s && figures.cpu_s ? std::optional(*cpu_s + *figures.cpu_s) : std::nullopt;
    voluntary = voluntary && figures.voluntary_switches
                    ? std::optional(*voluntary + *figures.voluntary_switches)
                    : std::nullopt;
    involuntary = involuntary && figures.involuntary_switches
                      ? std::optional(*involuntary + *figures.involuntary_switches)
                      : std::nullopt;
  }
  json["threads"] = std::move(threads);
  if (!threads_.empty()) {
    put(json, "cpu_s", cpu_s);
    put(json, "voluntary_switches", voluntary);
    put(json, "involuntary_switches", involuntary);
  }
  return json;
}

}  // namespace gilbench::harness
