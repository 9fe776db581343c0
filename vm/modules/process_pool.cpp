// A pool of forked worker processes (process_pool.h).
#include "modules/process_pool.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "modules/blocking.h"
#include "modules/future.h"
#include "modules/process_fork.h"
#include "modules/serialization.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

// A task or reply on the wire: the task id, then the encoded body.
std::string with_id(uint64_t id, const std::string& body) {
  std::string out(reinterpret_cast<const char*>(&id), sizeof id);
  return out + body;
}

uint64_t id_of(const std::string& message) {
  uint64_t id = 0;
  if (message.size() >= sizeof id) std::memcpy(&id, message.data(), sizeof id);
  return id;
}

void make_pipe(int fds[2]) {
  if (pipe(fds) != 0)
    raise(exc::OSError, std::string("cannot make a pipe: ") + std::strerror(errno));
}

}  // namespace

ProcessPool::ProcessPool(int workers, bool break_on_worker_loss, ExceptionClass* lost_worker_error)
    : worker_count_(static_cast<size_t>(workers)),
      break_on_worker_loss_(break_on_worker_loss),
      lost_worker_error_(lost_worker_error) {}

std::shared_ptr<ProcessPool> ProcessPool::start(ThreadState& thread, int workers,
                                                bool break_on_worker_loss,
                                                ExceptionClass* lost_worker_error,
                                                Value initializer, Value initargs) {
  std::shared_ptr<ProcessPool> pool(
      new ProcessPool(workers, break_on_worker_loss, lost_worker_error));
  pool->initializer_ = initializer;
  pool->initargs_ = initargs;
  incref(initializer);
  incref(initargs);
  make_pipe(pool->wake_fds_);
  register_private_fd(pool->wake_fds_[0]);
  register_private_fd(pool->wake_fds_[1]);
  try {
    for (int i = 0; i < workers; ++i)
      pool->workers_.push_back(pool->fork_worker(thread, initializer, initargs));
  } catch (...) {
    pool->terminated_ = true;
    pool->handler_ =
        std::thread(&ProcessPool::handler_main, pool.get());  // kills and reaps those started
    throw;
  }
  pool->handler_ = std::thread(&ProcessPool::handler_main, pool.get());
  return pool;
}

ProcessPool::~ProcessPool() {
  if (handler_.joinable()) {
    terminate();
    handler_.join();
  }
  close_private_fd(wake_fds_[0]);
  close_private_fd(wake_fds_[1]);
  for (Task& task : tasks_) decref(Value::object(task.future));
  for (FutureObject* future : finished_) decref(Value::object(future));
  decref(initializer_);
  decref(initargs_);
}

ProcessPool::Worker ProcessPool::fork_worker(ThreadState& thread, Value initializer,
                                             Value initargs) {
  int task[2], reply[2];
  make_pipe(task);
  try {
    make_pipe(reply);
  } catch (...) {
    ::close(task[0]);
    ::close(task[1]);
    throw;
  }
  register_private_fd(task[1]);
  register_private_fd(reply[0]);
  pid_t pid;
  try {
    pid = fork_vm_process(thread);
  } catch (...) {
    ::close(task[0]);
    ::close(reply[1]);
    close_private_fd(task[1]);
    close_private_fd(reply[0]);
    throw;
  }
  if (pid == 0) worker_main(thread, task[0], reply[1], initializer, initargs);
  ::close(task[0]);
  ::close(reply[1]);
  Worker worker;
  worker.pid = pid;
  worker.task_fd = task[1];
  worker.reply_fd = reply[0];
  worker.alive = true;
  return worker;
}

// The worker process: runs tasks until its task pipe closes. Exceptions of a task go back to
// the parent as the task's outcome; the worker carries on.
void ProcessPool::worker_main(ThreadState& thread, int task_fd, int reply_fd, Value initializer,
                              Value initargs) {
  try {
    if (!initializer.is_none()) {
      const auto& items = as_tuple(initargs)->items;
      decref(call_value(thread, initializer, items.data(), items.size()));
    }
  } catch (ScriptException& error) {
    thread.vm.print_uncaught(*static_cast<ExceptionObject*>(error.exception.get().obj));
    exit_child(1);
  }
  for (;;) {
    std::optional<std::string> message;
    {
      AllowThreads allow(thread);
      message = read_message(task_fd);
    }
    if (!message) exit_child(0);
    std::string body;
    try {
      Ref task = Ref::steal(decode_value(thread, message->substr(sizeof(uint64_t))));
      const auto& parts = as_tuple(task.get())->items;  // (fn, args)
      const auto& args = as_tuple(parts[1])->items;
      Ref result = Ref::steal(call_value(thread, parts[0], args.data(), args.size()));
      Ref pair = Ref::steal(make_tuple({Value::boolean(true), result.release()}));
      body = encode_value(pair.get());
    } catch (ScriptException& error) {
      Ref pair = Ref::steal(make_tuple({Value::boolean(false), error.exception.release()}));
      body = encode_value(pair.get());  // an exception always encodes (its args fall back to str)
    }
    bool sent;
    {
      AllowThreads allow(thread);
      sent = write_message(reply_fd, with_id(id_of(*message), body));
    }
    if (!sent) exit_child(0);
  }
}

void ProcessPool::submit(ThreadState& thread, FutureObject& future, Value fn, Value args) {
  std::string body;
  try {
    Ref task = Ref::steal(make_tuple({(incref(fn), fn), make_tuple(sequence_items(args))}));
    body = encode_value(task.get());
  } catch (ScriptException& error) {  // as CPython, a task that cannot be sent fails its result
    if (!accepting()) throw;
    finish_future(thread, future, error.exception.get(), true);
    return;
  }
  if (!break_on_worker_loss_) replace_dead_workers(thread);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (broken_)
      raise(lost_worker_error_,
            "A child process terminated abruptly, the process pool is not usable anymore");
    if (closed_ || terminated_) raise(exc::ValueError, "Pool not running");
    uint64_t id = next_id_++;
    incref(Value::object(&future));
    tasks_.push_back({id, with_id(id, body), &future});
    queued_.push_back(id);
  }
  wake_handler();
}

void ProcessPool::replace_dead_workers(ThreadState& thread) {
  std::vector<size_t> dead;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_ || terminated_) return;
    for (size_t i = 0; i < workers_.size(); ++i) {
      if (!workers_[i].alive) dead.push_back(i);
    }
  }
  for (size_t i : dead) {
    Worker fresh = fork_worker(thread, initializer_, initargs_);
    std::lock_guard<std::mutex> lock(mutex_);
    workers_[i] = fresh;
  }
  if (!dead.empty()) wake_handler();
}

void ProcessPool::close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  wake_handler();
}

void ProcessPool::terminate() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    terminated_ = true;
  }
  wake_handler();
}

bool ProcessPool::broken() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return broken_;
}

bool ProcessPool::accepting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return !closed_ && !terminated_ && !broken_;
}

void ProcessPool::join(ThreadState& thread) {
  wait_without_gil(thread, mutex_, handler_ended_, std::nullopt, [&] { return handler_done_; });
  if (handler_.joinable()) handler_.join();  // it has ended: this does not block
  settle_finished(thread);
}

void ProcessPool::settle_finished(ThreadState& thread) {
  std::vector<FutureObject*> finished;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    finished.swap(finished_);
  }
  for (FutureObject* future : finished) {
    Ref owned = Ref::steal(Value::object(future));
    settle_future(thread, *future);
  }
}

void ProcessPool::wake_handler() {
  char byte = 1;
  ssize_t ignored = write(wake_fds_[1], &byte, 1);  // a full pipe already wakes it
  (void)ignored;
}

void ProcessPool::fail_task(uint64_t id, const std::string& message) {
  auto it = std::find_if(tasks_.begin(), tasks_.end(), [&](const Task& t) { return t.id == id; });
  if (it == tasks_.end()) return;
  finish_future_encoded(*it->future, encode_failure(lost_worker_error_->name, message));
  finished_.push_back(it->future);
  tasks_.erase(it);
  queued_.erase(std::remove(queued_.begin(), queued_.end(), id), queued_.end());
}

void ProcessPool::lose_worker(Worker& worker, int wait_status) {
  worker.alive = false;
  close_private_fd(worker.task_fd);
  close_private_fd(worker.reply_fd);
  worker.task_fd = worker.reply_fd = -1;
  std::string how = break_on_worker_loss_
                        ? "A process in the process pool was terminated abruptly while the future "
                          "was running or pending."
                        : "A worker process (pid " + std::to_string(worker.pid) +
                              ") died with exitcode " + std::to_string(exitcode_of(wait_status)) +
                              " while running this task";
  if (worker.running) fail_task(*worker.running, how);
  worker.running.reset();
  if (break_on_worker_loss_) {  // CPython's BrokenProcessPool: every unfinished task fails
    broken_ = true;
    std::vector<uint64_t> ids;
    for (const Task& t : tasks_) ids.push_back(t.id);
    for (uint64_t id : ids) {
      fail_task(id,
                "A process in the process pool was terminated abruptly while the future was "
                "running or pending.");
    }
  }
}

void ProcessPool::handler_main() {
  for (;;) {
    std::vector<std::pair<int, std::string>> to_send;
    std::vector<pollfd> fds{{wake_fds_[0], POLLIN, 0}};
    std::vector<size_t> owners;  // worker index of fds[i + 1]
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (terminated_) break;
      bool any_alive = false, any_running = false;
      for (Worker& w : workers_) {
        if (!w.alive) continue;
        any_alive = true;
        while (!w.running && !queued_.empty()) {
          uint64_t id = queued_.front();
          queued_.pop_front();
          auto task =
              std::find_if(tasks_.begin(), tasks_.end(), [&](const Task& t) { return t.id == id; });
          if (!start_future(*task->future)) {  // cancelled while queued
            finished_.push_back(task->future);
            tasks_.erase(task);
            continue;
          }
          w.running = id;
          to_send.emplace_back(w.task_fd, task->message);
        }
        any_running = any_running || w.running.has_value();
      }
      if (!any_alive && (closed_ || broken_)) {  // nobody left to run what is queued
        std::vector<uint64_t> ids(queued_.begin(), queued_.end());
        for (uint64_t id : ids) fail_task(id, "no worker process left to run this task");
      }
      if (closed_ && queued_.empty() && !any_running) break;
      for (size_t i = 0; i < workers_.size(); ++i) {
        if (workers_[i].alive) {
          fds.push_back({workers_[i].reply_fd, POLLIN, 0});
          owners.push_back(i);
        }
      }
    }
    for (auto& [fd, message] : to_send)
      write_message(fd, message);  // a dead worker shows at its reply pipe
    if (poll(fds.data(), fds.size(), 1000) < 0 && errno != EINTR) break;
    if (fds[0].revents) {
      char buffer[256];
      ssize_t ignored = read(wake_fds_[0], buffer, sizeof buffer);
      (void)ignored;
    }
    for (size_t i = 1; i < fds.size(); ++i) {
      if (!fds[i].revents) continue;
      std::optional<std::string> reply = read_message(fds[i].fd);
      std::lock_guard<std::mutex> lock(mutex_);
      Worker& worker = workers_[owners[i - 1]];
      if (!reply) {  // end of file: the worker is gone
        int status = 0;
        waitpid(worker.pid, &status, 0);
        lose_worker(worker, status);
        continue;
      }
      uint64_t id = id_of(*reply);
      auto task =
          std::find_if(tasks_.begin(), tasks_.end(), [&](const Task& t) { return t.id == id; });
      if (task != tasks_.end()) {
        finish_future_encoded(*task->future, reply->substr(sizeof id));
        finished_.push_back(task->future);
        tasks_.erase(task);
      }
      worker.running.reset();
    }
  }
  // Leaving: closing the task pipes ends idle workers; terminate() kills the busy ones too.
  std::vector<pid_t> pids;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (Worker& w : workers_) {
      if (!w.alive) continue;
      if (terminated_) kill(w.pid, SIGTERM);
      close_private_fd(w.task_fd);
      w.task_fd = -1;
      pids.push_back(w.pid);
    }
  }
  std::vector<int> statuses;
  for (pid_t pid : pids) {
    int status = 0;
    waitpid(pid, &status, 0);
    statuses.push_back(status);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  for (Worker& w : workers_) {
    if (!w.alive) continue;
    w.alive = false;
    close_private_fd(w.reply_fd);
    w.reply_fd = -1;
  }
  std::vector<uint64_t> ids;
  for (const Task& t : tasks_) ids.push_back(t.id);
  for (uint64_t id : ids) fail_task(id, "the pool was terminated before this task finished");
  handler_done_ = true;
  handler_ended_.notify_all();
}

}  // namespace gilvm
