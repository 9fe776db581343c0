#include "common/output_file.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

namespace gilbench {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& path, const std::string& reason) {
  throw OutputFileError("cannot write " + path.string() + ": " + reason);
}

[[noreturn]] void fail_errno(const fs::path& path, int error) { fail(path, std::strerror(error)); }

fs::path directory_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// Where the bytes go: `path` after following its symlinks, and whether to write it in place.
struct Destination {
  fs::path path;
  bool in_place = false;  // a device, FIFO, socket or /proc file descriptor: never replaced
  bool exists = false;
  struct stat status {};
};

// Follows the symlinks of the last component, so that a link stays a link and the file it names
// is written. A link into /proc (/dev/stdout -> /proc/self/fd/1) names an open file, not a
// path: it is written in place through the name given.
Destination destination_of(const fs::path& given) {
  Destination destination;
  fs::path path = given;
  for (int hops = 0;; ++hops) {
    if (hops > 40) fail_errno(given, ELOOP);
    std::error_code ignored;  // a missing directory shows when the file is created
    const fs::path directory =
        fs::weakly_canonical(fs::absolute(directory_of(path), ignored), ignored);
    if (!directory.empty()) path = directory / path.filename();
    if (path.string().starts_with("/proc/")) {
      destination.path = given;
      destination.in_place = true;
      break;
    }
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0 || !S_ISLNK(link.st_mode)) {
      destination.path = path;
      break;
    }
    char target[PATH_MAX];
    const ssize_t length = ::readlink(path.c_str(), target, sizeof target);
    if (length < 0) fail_errno(given, errno);
    const fs::path next(std::string(target, static_cast<std::size_t>(length)));
    path = next.is_absolute() ? next : path.parent_path() / next;
  }
  if (::stat(destination.path.c_str(), &destination.status) == 0) {
    destination.exists = true;
    if (S_ISDIR(destination.status.st_mode)) fail(given, "is a directory");
    if (!S_ISREG(destination.status.st_mode)) destination.in_place = true;
  } else if (errno != ENOENT || destination.in_place) {
    fail_errno(given, errno);
  }
  return destination;
}

// ".NAME.tmp-" and 16 random hex digits: nobody can guess it to plant a link there first.
fs::path temporary_name(const fs::path& target) {
  unsigned char random[8];
  std::size_t filled = 0;
  while (filled < sizeof random) {
    const ssize_t got = ::getrandom(random + filled, sizeof random - filled, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail_errno(target, errno);
    filled += static_cast<std::size_t>(got);
  }
  char hex[2 * sizeof random + 1];
  for (std::size_t i = 0; i < sizeof random; ++i) std::snprintf(hex + 2 * i, 3, "%02x", random[i]);
  return directory_of(target) / ("." + target.filename().string() + ".tmp-" + hex);
}

// A new file that did not exist and is not a link; unlinked again unless committed.
class TemporaryFile {
 public:
  explicit TemporaryFile(const fs::path& target) {
    for (int attempt = 0; attempt < 8; ++attempt) {
      path_ = temporary_name(target);
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
      if (fd_ >= 0 || errno != EEXIST) break;
    }
    if (fd_ < 0) fail_errno(target, errno);
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd() const { return fd_; }
  const fs::path& path() const { return path_; }
  // Closes the file, reporting a deferred write error (NFS, quota) as close() returns it.
  int close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result;
  }
  void committed() { committed_ = true; }

 private:
  fs::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

// Every byte or the errno that stopped it (ENOSPC, EIO, EPIPE), 0 when all went.
int write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t wrote = ::write(fd, content.data(), content.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0) return errno;
    if (wrote == 0) return EIO;
    content.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return 0;
}

void write_in_place(const fs::path& given, std::string_view content) {
  // O_TRUNC matters only for a regular file reached through /proc (stdout redirected to a file).
  const int fd = ::open(given.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) fail_errno(given, errno);
  const int error = write_all(fd, content);
  const int closed = ::close(fd);
  if (error != 0) fail_errno(given, error);
  if (closed != 0 && errno != EINTR) fail_errno(given, errno);
}

void write_atomically(const fs::path& given, const Destination& destination,
                      std::string_view content) {
  if (destination.exists && ::access(destination.path.c_str(), W_OK) != 0) fail_errno(given, errno);
  TemporaryFile temporary(destination.path);
  if (destination.exists)
    ::fchmod(temporary.fd(), destination.status.st_mode & 07777);  // keep its permissions
  int error = write_all(temporary.fd(), content);
  if (error == 0 && ::fsync(temporary.fd()) != 0) error = errno;
  if (temporary.close() != 0 && error == 0) error = errno;
  if (error != 0) fail_errno(given, error);
  if (::rename(temporary.path().c_str(), destination.path.c_str()) != 0) fail_errno(given, errno);
  temporary.committed();
}

}  // namespace

void check_output_file(const fs::path& path) {
  if (path.empty()) fail(path, "empty file name");
  const Destination destination = destination_of(path);
  if (destination.in_place) {
    if (::access(path.c_str(), W_OK) != 0) fail_errno(path, errno);
    return;
  }
  if (destination.exists && ::access(destination.path.c_str(), W_OK) != 0) fail_errno(path, errno);
  TemporaryFile probe(destination.path);  // the directory takes a new file; removed at once
}

void write_output_file(const fs::path& path, std::string_view content) {
  if (path.empty()) fail(path, "empty file name");
  const Destination destination = destination_of(path);
  if (destination.in_place) {
    write_in_place(path, content);
  } else {
    write_atomically(path, destination, content);
  }
}

}  // namespace gilbench
