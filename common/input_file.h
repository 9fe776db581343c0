// Input files (configs, reports, scripts, a child's output) read whole, with a size limit: a
// directory, /dev/zero or a runaway file is a clear error, never an endless read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace gilbench {

class InputFileError : public std::runtime_error {
 public:
  InputFileError(const std::filesystem::path& path, const std::string& reason)
      : std::runtime_error(path.string() + ": " + reason), reason_(reason) {}
  const std::string& reason() const { return reason_; }  // without the path

 private:
  std::string reason_;
};

// The whole content of `path`. Throws InputFileError ("PATH: is a directory", "PATH: larger
// than N bytes", "PATH: No such file or directory") for what cannot be read.
std::string read_input_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace gilbench
