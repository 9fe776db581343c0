// The `context` block every report starts with: what ran, where, when, built how.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "common/report_context.h"

namespace gilbench::harness {

// The commit checked out in `repository`, read from .git without running git: HEAD, a loose
// ref, packed-refs, and .git files of worktrees. "unknown" when there is none.
std::string git_commit(const std::filesystem::path& repository);

std::string cpu_model();       // /proc/cpuinfo's first "model name"
std::string kernel_release();  // uname: "Linux 6.1.0-18-amd64 x86_64"
// The 1-minute load average: how busy the machine was with other work (rows that need a free
// core depend on it; the A/B gate reports it). NaN where /proc/loadavg cannot be read.
double load_average_1min();

// The common report_context (schema_version, tool, version, date, host), then git_commit,
// cpu_model, online_cpus, usable_cpus, kernel, compiler, build_type: everything but the run's
// own details (added by the caller).
nlohmann::ordered_json machine_context(std::chrono::system_clock::time_point started);

}  // namespace gilbench::harness
