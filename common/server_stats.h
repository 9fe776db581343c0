// The statistics file of gil-echo-server (--stats): the keys the server writes and the harness
// reads, named once for both.
#pragma once

namespace gilbench::server_stats {

inline constexpr const char* kEndedBy = "ended_by";  // what ended the run, in words
inline constexpr const char* kWallSeconds = "wall_s";
inline constexpr const char* kWorkload =
    "workload";  // {kFibCalls, kFibCallsPerSecond, kEchoPhase...}
// The script global counting completed fib() calls (the workload's CPU threads update it), and
// the key of its final value.
inline constexpr const char* kFibCalls = "fib_calls";
// The fib() calls completed while the echo connection was open, and how long it was open (script
// globals and keys, set when the connection closes): the CPU threads' rate is theirs, so that the
// time before the client connects, when fib runs alone, does not count.
inline constexpr const char* kEchoPhaseFibCalls = "echo_phase_fib_calls";
inline constexpr const char* kEchoPhaseSeconds = "echo_phase_s";
// echo_phase_fib_calls / echo_phase_s; fib_calls / wall_s when the run ended before the
// connection closed.
inline constexpr const char* kFibCallsPerSecond = "fib_calls_per_s";
inline constexpr const char* kGil = "gil";          // Gil::stats_json
inline constexpr const char* kThreads = "threads";  // VM::stats_json: per-thread VM figures
// The echo thread is the one whose name contains this: echo_fib.py names it "echo" (and a
// thread left unnamed is "Thread-N (echo)" after its target, as in CPython).
inline constexpr const char* kEchoThreadNamePart = "echo";

}  // namespace gilbench::server_stats
