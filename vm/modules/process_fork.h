// Forking the VM for multiprocessing (process_fork.cpp): VM::fork_process plus the descriptors
// that must not leak into children, message framing over pipes, and the exit of a child.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace gilvm {

struct ThreadState;

// Forks from a VM thread (see VM::fork_process); raises OSError when fork fails. In the child,
// every descriptor registered below is closed first, except those in `keep`.
pid_t fork_vm_process(ThreadState& thread, const std::vector<int>& keep = {});

// Descriptors a process keeps for itself (a pool's ends of its pipes): a child closes them, so
// that a worker's end of a pipe reaches end-of-file when that worker dies.
void register_private_fd(int fd);
void close_private_fd(int fd);  // unregisters and closes

// Length-prefixed messages over a pipe or socket. Both block and take no VM object, so callers
// run them with the GIL released. write_message returns false when the reader is gone;
// read_message returns nullopt at end of file (the writer is gone).
bool write_message(int fd, const std::string& payload);
std::optional<std::string> read_message(int fd);

// Ends a forked child: flushes stdio and leaves with `status`, without unwinding the parent's
// frames that the child inherited or running the parent's exit-time work.
[[noreturn]] void exit_child(int status);

// How a waitpid() status reads in multiprocessing: the exit code, or minus the signal.
int exitcode_of(int wait_status);

}  // namespace gilvm
