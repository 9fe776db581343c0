// The names a GIL trace (gilvm --trace, gil-echo-server --trace: the Trace Event format) gives
// its thread states, instants and flows: written by vm/gil/gil_trace.cpp, read back by the
// harness's timeline; named once for both.
#pragma once

namespace gilbench::gil_trace {

inline constexpr const char* kHoldingSlice = "holding the GIL";
inline constexpr const char* kWaitingSlice = "waiting for the GIL";
inline constexpr const char* kReleasedSlice = "released (I/O, sleep, join)";
inline constexpr const char* kForcedDropInstant = "forced drop";
inline constexpr const char* kDropRequestInstant = "drop request";
inline constexpr const char* kHandOffFlow = "GIL hand-off";

}  // namespace gilbench::gil_trace
