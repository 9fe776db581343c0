#include "common/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gilbench {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& reason) {
  throw InputFileError(path, reason);
}

}  // namespace

std::string read_input_file(const std::filesystem::path& path, std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) fail(path, std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) fail(path, std::strerror(errno));
  if (S_ISDIR(status.st_mode)) fail(path, "is a directory");
  if (S_ISREG(status.st_mode) && static_cast<std::size_t>(status.st_size) > max_bytes) {
    fail(path, "larger than " + std::to_string(max_bytes) + " bytes");
  }
  std::string content;
  char chunk[65536];
  for (;;) {
    const ssize_t got = ::read(fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail(path, std::strerror(errno));
    if (got == 0) return content;
    if (content.size() + static_cast<std::size_t>(got) > max_bytes) {
      fail(path, "larger than " + std::to_string(max_bytes) + " bytes");
    }
    content.append(chunk, static_cast<std::size_t>(got));
  }
}

}  // namespace gilbench
