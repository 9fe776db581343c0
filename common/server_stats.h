// The statistics file of gil-echo-server (--stats): the keys the server writes and the harness
// reads, named once for both.
#pragma once

namespace gilbench::server_stats {

inline constexpr const char* kEndedBy = "ended_by";  // what ended the run, in words
inline constexpr const char* kWallSeconds = "wall_s";
inline constexpr const char* kWorkload = "workload";  // {kFibCalls, kFibCallsPerSecond}
// The script global counting completed fib() calls (the workload's CPU threads update it), and
// the key of its final value.
inline constexpr const char* kFibCalls = "fib_calls";
inline constexpr const char* kFibCallsPerSecond = "fib_calls_per_s";
inline constexpr const char* kGil = "gil";          // Gil::stats_json
inline constexpr const char* kThreads = "threads";  // VM::stats_json: per-thread VM figures
// The echo thread is the one whose name contains this: echo_fib.py names it "echo" (and a
// thread left unnamed is "Thread-N (echo)" after its target, as in CPython).
inline constexpr const char* kEchoThreadNamePart = "echo";

}  // namespace gilbench::server_stats
