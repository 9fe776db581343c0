// Test helpers for file-system cases: a private scratch directory, and character devices that a
// test may write to without risking the system's own (a regression that replaced /dev/full with
// a regular file would break the machine for everyone).
#pragma once

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

struct ScratchDirectory {
  std::filesystem::path path;
  ScratchDirectory() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "gilbench-files-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  // The names in the directory, sorted.
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path))
      names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

inline std::string content_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A character device of the memory driver (major 1: 3 = null, 7 = full): a private copy in
// `scratch` where the test may create one (root), so that a regression replaces the copy; the
// system's own otherwise (then the test cannot replace it either: /dev is not writable).
inline std::filesystem::path character_device(const ScratchDirectory& scratch, const char* name,
                                              unsigned minor) {
  const auto copy = scratch.path / name;
  if (::mknod(copy.c_str(), S_IFCHR | 0666, ::makedev(1, minor)) == 0) return copy;
  return std::filesystem::path("/dev") / name;
}

inline bool is_character_device(const std::filesystem::path& path) {
  struct stat status {};
  return ::lstat(path.c_str(), &status) == 0 && S_ISCHR(status.st_mode);
}
