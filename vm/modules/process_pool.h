// A pool of forked worker processes (process_pool.cpp), under multiprocessing.Pool and
// concurrent.futures.ProcessPoolExecutor.
//
// Workers are forked when the pool is made, so a task names its function as pickle does (by
// name, looked up in the worker's copy of the main module: serialization.h) and only the
// arguments and results cross, as encoded values over one pipe pair per worker. A handler
// thread in the parent, which never holds the GIL, hands tasks to idle workers and finishes
// each task's future with the worker's encoded reply.
//
// A worker that dies (a crash, a signal) fails the task it was running with
// `lost_worker_error`; under `break_on_worker_loss` (ProcessPoolExecutor) every pending task
// fails with it and the pool takes no more (CPython's BrokenProcessPool); otherwise (Pool) the
// next submit replaces the worker. The parent never waits for a dead worker's reply.
#pragma once

#include <sys/types.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "runtime/value.h"

namespace gilvm {

struct ThreadState;
struct FutureObject;
struct ExceptionClass;

class ProcessPool : public std::enable_shared_from_this<ProcessPool> {
 public:
  // Forks `workers` workers from `thread` (with the GIL); `initializer` (a callable or None)
  // runs once in each, with `initargs`.
  static std::shared_ptr<ProcessPool> start(ThreadState& thread, int workers,
                                            bool break_on_worker_loss,
                                            ExceptionClass* lost_worker_error, Value initializer,
                                            Value initargs);
  ~ProcessPool();
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  // Queues fn(*args); `future` (a reference is taken) finishes with the outcome. Raises
  // ValueError when the pool no longer takes tasks, TypeError when fn or args cannot be sent.
  void submit(ThreadState& thread, FutureObject& future, Value fn, Value args);
  void close();      // takes no more tasks; workers leave when the queued ones are done
  void terminate();  // kills the workers now; unfinished tasks fail
  // Waits (GIL released) for the handler thread and the workers to end; after close/terminate.
  void join(ThreadState& thread);
  bool accepting() const;
  bool broken() const;  // a worker died under break_on_worker_loss
  size_t size() const { return worker_count_; }
  // Settles (decodes, runs callbacks of) the futures finished so far, with the GIL.
  void settle_finished(ThreadState& thread);

 private:
  struct Worker {
    pid_t pid = -1;
    int task_fd = -1;   // parent writes tasks
    int reply_fd = -1;  // parent reads replies
    bool alive = false;
    std::optional<uint64_t> running;  // the task id it is running
  };
  struct Task {
    uint64_t id;
    std::string message;   // encoded (id, fn, args)
    FutureObject* future;  // owned reference, released with the GIL (settle_finished)
  };

  ProcessPool(int workers, bool break_on_worker_loss, ExceptionClass* lost_worker_error);
  Worker fork_worker(ThreadState& thread, Value initializer, Value initargs);
  [[noreturn]] static void worker_main(ThreadState& thread, int task_fd, int reply_fd,
                                       Value initializer, Value initargs);
  void replace_dead_workers(ThreadState& thread);
  void handler_main();
  void wake_handler();
  void lose_worker(Worker& worker, int wait_status);        // mutex_ held
  void fail_task(uint64_t id, const std::string& message);  // mutex_ held

  const size_t worker_count_;
  const bool break_on_worker_loss_;
  ExceptionClass* const lost_worker_error_;
  Value initializer_ = Value::none(), initargs_ = Value::none();  // owned: to start replacements

  mutable std::mutex mutex_;
  std::vector<Worker> workers_;          // guarded by mutex_
  std::deque<uint64_t> queued_;          // guarded by mutex_: ids not yet handed out
  std::vector<Task> tasks_;              // guarded by mutex_: queued or running
  std::vector<FutureObject*> finished_;  // guarded by mutex_: owned, to settle with the GIL
  uint64_t next_id_ = 1;
  bool closed_ = false, terminated_ = false, broken_ = false, handler_done_ = false;
  std::condition_variable handler_ended_;
  int wake_fds_[2] = {-1, -1};  // a self-pipe that interrupts the handler's poll
  std::thread handler_;
};

}  // namespace gilvm
