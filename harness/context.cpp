#include "harness/context.h"

#include <sys/utsname.h>
#include <unistd.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "common/cpu_set.h"
#include "harness/build_info.h"

namespace gilbench::harness {

namespace {

std::string first_line_of(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// The git directory of `repository`: .git itself, or where a .git file ("gitdir: ...") points.
std::filesystem::path git_directory(const std::filesystem::path& repository) {
  const auto dot_git = repository / ".git";
  if (std::filesystem::is_directory(dot_git)) return dot_git;
  const std::string line = first_line_of(dot_git);
  if (!line.starts_with("gitdir: ")) return {};
  std::filesystem::path target = line.substr(8);
  return target.is_absolute() ? target : repository / target;
}

std::string packed_ref(const std::filesystem::path& git_dir, const std::string& ref) {
  std::ifstream in(git_dir / "packed-refs");
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() > 41 && line.compare(41, std::string::npos, ref) == 0)
      return line.substr(0, 40);
  }
  return {};
}

// A worktree keeps HEAD in its own directory but shares refs with the main one ("commondir").
std::filesystem::path common_directory(const std::filesystem::path& git_dir) {
  const std::string common = first_line_of(git_dir / "commondir");
  if (common.empty()) return git_dir;
  const std::filesystem::path path = common;
  return path.is_absolute() ? path : git_dir / path;
}

}  // namespace

std::string git_commit(const std::filesystem::path& repository) {
  const auto git_dir = git_directory(repository);
  if (git_dir.empty()) return "unknown";
  const std::string head = first_line_of(git_dir / "HEAD");
  if (!head.starts_with("ref: ")) return head.size() >= 40 ? head.substr(0, 40) : "unknown";
  const std::string ref = head.substr(5);
  for (const auto& dir : {git_dir, common_directory(git_dir)}) {
    const std::string loose = first_line_of(dir / ref);
    if (loose.size() >= 40) return loose.substr(0, 40);
    const std::string packed = packed_ref(dir, ref);
    if (!packed.empty()) return packed;
  }
  return "unknown (" + ref + " has no commit yet)";
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("model name")) continue;
    const auto colon = line.find(':');
    if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
  }
  return "unknown";
}

std::string kernel_release() {
  utsname name{};
  if (::uname(&name) != 0) return "unknown";
  return std::string(name.sysname) + " " + name.release + " " + name.machine;
}

nlohmann::ordered_json machine_context(std::chrono::system_clock::time_point started) {
  const nlohmann::ordered_json common =
      report_context("gilbench", tool_version(), utc_iso8601(started), host_name());
  nlohmann::ordered_json context;
  for (const auto& [key, value] : common.items()) {
    context[key] = value;
    if (key == "version")
      context["git_commit"] = git_commit(source_directory());  // where reports always had it
  }
  context["cpu_model"] = cpu_model();
  context["online_cpus"] = online_cpu_count();
  context["usable_cpus"] = usable_cpus();
  context["kernel"] = kernel_release();
  context["compiler"] = compiler_description();
  context["build_type"] = build_type();
  return context;
}

double load_average_1min() {
  std::ifstream in("/proc/loadavg");
  double value = std::nan("");
  in >> value;
  return in ? value : std::nan("");
}

}  // namespace gilbench::harness
