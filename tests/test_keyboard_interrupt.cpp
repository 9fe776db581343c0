// Ctrl-C in gilvm as in CPython 3.11: SIGINT raises KeyboardInterrupt in the main thread, whether
// it runs script code or waits (sleep, join, locks, queues, sockets, a child process); a script
// may catch it and go on, and each Ctrl-C raises again; other threads go on undisturbed.
// Uncaught, it prints a traceback, --stats and --trace are still written, and gilvm dies by
// SIGINT. Each wait is announced on stdout and the test signals only after reading that line;
// the script's answer does not depend on whether the signal lands before or inside the wait.
#include <catch2/catch.hpp>

#include <signal.h>

#include <nlohmann/json.hpp>

#include "child_process.h"
#include "scratch_files.h"

namespace {

const std::chrono::milliseconds kGenerous =
    std::chrono::milliseconds(60'000 * GILBENCH_TIMEOUT_SCALE);

const char* const kInterruptedWaits = R"(import time, threading, queue, socket, multiprocessing

def attempt(what, block):
    try:
        print("waiting " + what, flush=True)
        block()
        print("returned " + what, flush=True)
    except KeyboardInterrupt:
        print("interrupted " + what, flush=True)

never = threading.Event()
worker_woke = []
def worker():
    never.wait()
    worker_woke.append(True)
t = threading.Thread(target=worker)
t.start()

def spin():
    while True:
        pass
held = threading.Lock()
held.acquire()
cond = threading.Condition()
def cond_wait():
    with cond:
        cond.wait()
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(1)
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

attempt("spin", spin)
attempt("sleep", lambda: time.sleep(1000))
attempt("join", lambda: t.join())
attempt("lock", lambda: held.acquire())
attempt("event", lambda: never.wait())
attempt("condition", cond_wait)
attempt("queue", lambda: queue.Queue().get())
attempt("accept", lambda: server.accept())
client.connect(server.getsockname())
peer, _ = server.accept()
attempt("recv", lambda: peer.recv(10))
child = multiprocessing.Process(target=time.sleep, args=(1000,))
child.start()
attempt("process", lambda: child.join())
child.terminate()
child.join()
with cond:  # the interrupted wait gave the lock back
    pass
never.set()
t.join()
print("worker woke" if worker_woke else "worker lost", flush=True)
)";

const char* const kBusyScript = R"(print("started", flush=True)
n = 0
while True:
    n += 1
)";

}  // namespace

TEST_CASE(
    "Ctrl-C raises KeyboardInterrupt in gilvm's main thread wherever it waits, once per Ctrl-C",
    "[e2e][keyboard-interrupt]") {
  const std::vector<std::string> waits = {"spin",      "sleep", "join",   "lock", "event",
                                          "condition", "queue", "accept", "recv", "process"};
  for (const char* design : {"newgil", "nogil"}) {
    INFO("--gil " << design);
    ScratchDirectory scratch;
    const auto script = scratch.path / "waits.py";
    write_file(script, kInterruptedWaits);
    ChildProcess gilvm({GILVM_PATH, "--gil", design, script.string()});
    for (const std::string& wait : waits) {
      REQUIRE(gilvm.read_line(kGenerous) == std::optional<std::string>("waiting " + wait));
      gilvm.signal(SIGINT);
      REQUIRE(gilvm.read_line(kGenerous) == std::optional<std::string>("interrupted " + wait));
    }
    CHECK(gilvm.read_line(kGenerous) == std::optional<std::string>("worker woke"));
    CHECK(gilvm.wait(kGenerous) == std::optional<int>(0));
    CHECK(gilvm.stderr_text().empty());
  }
}

TEST_CASE(
    "An uncaught KeyboardInterrupt prints its traceback, keeps --stats and --trace, and gilvm dies "
    "by SIGINT",
    "[e2e][keyboard-interrupt]") {
  for (const char* design : {"newgil", "nogil"}) {
    INFO("--gil " << design);
    ScratchDirectory scratch;
    const auto script = scratch.path / "busy.py", stats = scratch.path / "stats.json",
               trace = scratch.path / "trace.json";
    write_file(script, kBusyScript);
    ChildProcess gilvm({GILVM_PATH, "--gil", design, "--stats", stats.string(), "--trace",
                        trace.string(), script.string()});
    REQUIRE(gilvm.read_line(kGenerous) == std::optional<std::string>("started"));
    gilvm.signal(SIGINT);
    CHECK(gilvm.wait(kGenerous) == std::optional<int>(128 + SIGINT));
    const std::string& errors = gilvm.stderr_text();
    CHECK(errors.starts_with("Traceback (most recent call last):\n"));
    CHECK(errors.find("busy.py\", line ") != std::string::npos);
    CHECK(errors.ends_with("\nKeyboardInterrupt\n"));
    const auto report = nlohmann::json::parse(content_of(stats));
    CHECK(report["gil"]["design"] == design);
    CHECK(report["threads"].size() >= 1);
    CHECK(content_of(trace).find("\"holding the GIL\"") !=
          std::string::npos);  // a Trace Event file
  }
}
