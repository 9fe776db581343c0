// Facts fixed when gilbench was built: where its sibling programs and its source tree are, and
// how it was compiled. The paths come from CMake ($<TARGET_FILE:...>), so gilbench finds the
// binaries of its own build tree from any working directory.
#pragma once

#include <filesystem>
#include <string>

namespace gilbench::harness {

struct Binaries {
  std::filesystem::path echo_server;   // gil-echo-server
  std::filesystem::path echo_client;   // gil-echo-client
  std::filesystem::path floor_server;  // floor-echo-server
  std::filesystem::path vm;            // gilvm
};

// The programs built beside gilbench.
Binaries built_binaries();
// The programs in `directory`: DIR/NAME, or a build tree's DIR/server/NAME, DIR/client/NAME,
// DIR/vm/NAME. A missing program keeps its DIR/NAME path, so the error names where it looked.
Binaries binaries_in(const std::filesystem::path& directory);
// Throws std::runtime_error naming the program and the path unless it is an executable file.
void require_executable(const std::filesystem::path& path, const std::string& what);

std::filesystem::path source_directory();  // the repository gilbench was built from
std::string tool_version();
std::string compiler_description();  // "g++ 12.2.0", "clang 14.0.6"
std::string build_type();            // CMAKE_BUILD_TYPE

}  // namespace gilbench::harness
