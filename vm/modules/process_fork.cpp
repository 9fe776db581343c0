// Forking the VM and the plumbing between processes (process_fork.h).
#include "modules/process_fork.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>

#include "runtime/exceptions.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {
std::mutex private_fds_mutex;
std::vector<int> private_fds;  // guarded by private_fds_mutex

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool read_all(int fd, char* data, size_t size) {
  while (size > 0) {
    ssize_t n = read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}
}  // namespace

pid_t fork_vm_process(ThreadState& thread, const std::vector<int>& keep) {
  std::unique_lock<std::mutex> lock(private_fds_mutex);  // no pool thread changes the list mid-fork
  pid_t pid = thread.vm.fork_process(thread);
  if (pid < 0) {
    int error = errno;
    lock.unlock();
    raise(exc::OSError,
          std::string("[Errno ") + std::to_string(error) + "] " + std::strerror(error));
  }
  if (pid == 0) {
    for (int fd : private_fds) {
      if (std::find(keep.begin(), keep.end(), fd) == keep.end()) close(fd);
    }
    private_fds.clear();
  }
  return pid;
}

void register_private_fd(int fd) {
  std::lock_guard<std::mutex> lock(private_fds_mutex);
  private_fds.push_back(fd);
}

void close_private_fd(int fd) {
  if (fd < 0) return;
  {
    std::lock_guard<std::mutex> lock(private_fds_mutex);
    private_fds.erase(std::remove(private_fds.begin(), private_fds.end(), fd), private_fds.end());
  }
  close(fd);
}

bool write_message(int fd, const std::string& payload) {
  uint64_t size = payload.size();
  std::string frame(reinterpret_cast<const char*>(&size), sizeof size);
  frame += payload;
  return write_all(fd, frame.data(), frame.size());
}

std::optional<std::string> read_message(int fd) {
  uint64_t size = 0;
  if (!read_all(fd, reinterpret_cast<char*>(&size), sizeof size)) return std::nullopt;
  std::string payload(size, '\0');
  if (!read_all(fd, payload.data(), size)) return std::nullopt;
  return payload;
}

void exit_child(int status) {
  std::fflush(nullptr);
  _exit(status);
}

int exitcode_of(int wait_status) {
  if (WIFSIGNALED(wait_status)) return -WTERMSIG(wait_status);
  return WEXITSTATUS(wait_status);
}

}  // namespace gilvm
