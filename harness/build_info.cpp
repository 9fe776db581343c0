// Compiled with the definitions GILBENCH_{VERSION,BUILD_TYPE,SOURCE_DIR} and the four
// GILBENCH_*_PATH binary locations (harness/CMakeLists.txt); only this file sees them.
#include "harness/build_info.h"

#include <unistd.h>

#include <array>
#include <stdexcept>

namespace gilbench::harness {

Binaries built_binaries() {
  return {GILBENCH_ECHO_SERVER_PATH, GILBENCH_ECHO_CLIENT_PATH, GILBENCH_FLOOR_SERVER_PATH,
          GILBENCH_VM_PATH};
}

namespace {

std::filesystem::path find_in(const std::filesystem::path& directory, const std::string& name,
                              const std::string& build_subdirectory) {
  for (const auto& candidate : {directory / name, directory / build_subdirectory / name}) {
    if (std::filesystem::is_regular_file(candidate)) return candidate;
  }
  return directory / name;
}

}  // namespace

Binaries binaries_in(const std::filesystem::path& directory) {
  return {find_in(directory, "gil-echo-server", "server"),
          find_in(directory, "gil-echo-client", "client"),
          find_in(directory, "floor-echo-server", "server"), find_in(directory, "gilvm", "vm")};
}

void require_executable(const std::filesystem::path& path, const std::string& what) {
  if (!std::filesystem::is_regular_file(path) || ::access(path.c_str(), X_OK) != 0) {
    throw std::runtime_error(what + " not found or not executable at " + path.string() +
                             " (build it, or point --bin-dir at a directory that has it)");
  }
}

std::filesystem::path source_directory() { return GILBENCH_SOURCE_DIR; }

std::string tool_version() { return GILBENCH_VERSION; }

std::string compiler_description() {
#if defined(__clang__)
  return "clang " __clang_version__;
#elif defined(__GNUC__)
  return "g++ " __VERSION__;
#else
  return "unknown";
#endif
}

std::string build_type() {
  const std::string type = GILBENCH_BUILD_TYPE;
  return type.empty() ? "unspecified" : type;
}

}  // namespace gilbench::harness
