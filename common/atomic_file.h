// Reports are replaced atomically: a reader (or a crash mid-write) never sees half a file.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace gilbench {

namespace detail {

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    std::error_code ignored;
    if (!committed_) std::filesystem::remove(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  void commit_as(const std::filesystem::path& destination) {
    std::filesystem::rename(path_, destination);
    committed_ = true;
  }

 private:
  std::filesystem::path path_;
  bool committed_ = false;
};

}  // namespace detail

// Throws std::runtime_error naming `path` and the reason.
inline void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  // Same directory as the destination, so that the rename cannot cross file systems.
  detail::TemporaryFile temporary(path.string() + ".tmp." + std::to_string(::getpid()));
  try {
    errno = 0;
    std::ofstream out(temporary.path(), std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) throw std::runtime_error(errno != 0 ? std::strerror(errno) : "write failed");
    temporary.commit_as(path);
  } catch (const std::exception& error) {
    throw std::runtime_error("cannot write " + path.string() + ": " + error.what());
  }
}

}  // namespace gilbench
