// Micro-benchmarks of the GIL designs alone (no VM): plain std::threads play VM threads, as in
// tests/test_gil.cpp. Every benchmark is registered once per design in gil_design_names(),
// named <benchmark>/<design>.
//
//   uncontended/<design>   one thread: take() + drop() with nobody else around. Time per pair.
//   handoff/<design>       ping-pong between two threads. The holder waits until the other
//                          thread has announced that it is entering take(), holds on for
//                          kSettle more so that the other is asleep in take() by then, and
//                          drops; the other wakes and takes. One iteration is a round trip
//                          (A -> B -> A: two hand-offs). Counters: handoff_ns, the mean time
//                          from the drop() call to the waiter's take() returning (the cost of
//                          waking a sleeping waiter through the design); items/s, round trips
//                          per second (each includes 2 x kSettle of holding).
//   forced_switch/<design> two threads spinning in a simulated eval loop that polls the drop
//                          request at every instruction, switch interval and bfs slice 1 ms.
//                          Counters: switch_ns mean/p50/p99, the time from the holder first
//                          seeing kGilDropRequest set (it polls every few ns, so about when the
//                          waiter set it) to the waiter running; switches measured. legacy has
//                          no drop request (its switches are tick-driven): skipped.
//   io_return/<design>     the convoy: one thread spins, another "does I/O" (drops, sleeps
//                          200 us, waits until the spinner has run, takes) 100 times, switch
//                          interval 5 ms, bfs slice 10 ms. Counters: io_wait_p50_us,
//                          io_wait_p99_us (its waits in take), calls.
//   vm_fib/<design>        the whole VM: fib(27) in the main thread alone. Time per run. Its
//                          ratio between nogil and a GIL design is nogil's single-thread cost
//                          (atomic refcounts, locking containers, the globals seqlock).
//   vm_fib_threads/<design> two threads each computing fib(27) at once. Counter speedup: the
//                          time of vm_fib x 2 (measured in the same process just before)
//                          over this time; about 1 under a GIL, up to 2 under nogil.
// handoff and forced_switch need a lock that excludes: they skip nogil.
//
// Time is real time throughout (the threads block). The machine's load matters a great deal
// for everything but `uncontended`: compare designs within one run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/stats.h"
#include "gil/gil.h"
#include "runtime/vm.h"

namespace {

using namespace std::chrono_literals;
using gilvm::Gil;
using gilvm::GilConfig;
using gilvm::GilThread;
using Clock = std::chrono::steady_clock;

constexpr auto kSettle = 20us;

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

GilThread make_thread(uint64_t id, std::string name) {
  GilThread thread;
  thread.id = id;
  thread.name = std::move(name);
  return thread;
}

// Busy-waits until `condition` holds, yielding the CPU now and then (the machine may have
// fewer cores than runnable threads). Returns false if `stop` was raised first.
bool spin_until(const std::function<bool()>& condition, const std::atomic<bool>& stop) {
  for (int spins = 0; !condition(); ++spins) {
    if (stop.load(std::memory_order_relaxed)) return false;
    if (spins % 64 == 63) std::this_thread::yield();
  }
  return true;
}

void spin_for(std::chrono::nanoseconds duration) {
  const auto until = Clock::now() + duration;
  while (Clock::now() < until) {
  }
}

// Nearest rank (common/stats.h); 0 when there are no values.
int64_t percentile(const std::vector<int64_t>& values, double p) {
  if (values.empty()) return 0;
  std::vector<std::chrono::nanoseconds> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  return gilbench::nearest_rank_percentile(sorted, p).count();
}

double mean(const std::vector<int64_t>& values) {
  if (values.empty()) return 0;
  double sum = 0;
  for (const int64_t value : values) sum += static_cast<double>(value);
  return sum / static_cast<double>(values.size());
}

// ---------------------------------------------------------------------------------------------

void uncontended(benchmark::State& state, const std::string& design) {
  auto gil = gilvm::make_gil(design, GilConfig{});
  GilThread thread = make_thread(1, "bench");
  for (auto _ : state) {
    gil->take(thread);
    gil->drop(thread);
  }
  state.SetItemsProcessed(state.iterations());
}

// ---------------------------------------------------------------------------------------------

// One side of the ping-pong. Counters only ever grow, so each side waits for the other's to
// pass the value it saw last.
struct Player {
  GilThread gil_thread;
  std::atomic<uint64_t> entering{0};  // incremented just before each take()
  std::atomic<uint64_t> taken{0};     // incremented just after each take() returns
};

struct PingPong {
  std::unique_ptr<Gil> gil;
  Player players[2];
  std::atomic<int64_t> dropped_at_ns{0};  // when the last holder called drop()
  std::atomic<bool> stop{false};
  std::vector<int64_t> handoffs;  // written only while holding the GIL

  // Called holding the GIL just after take() returned to `me`.
  void acquired(int me) {
    handoffs.push_back(now_ns() - dropped_at_ns.load(std::memory_order_relaxed));
    players[me].taken.fetch_add(1);
  }

  // Holding the GIL: wait until the other side is entering take(), let it fall asleep there,
  // drop, and come back only through a take() made while the other holds the GIL.
  // Returns false if stopped.
  bool pass(int me, uint64_t& other_entering_seen, uint64_t& other_taken_seen) {
    Player& self = players[me];
    Player& other = players[1 - me];
    if (!spin_until([&] { return other.entering.load() > other_entering_seen; }, stop))
      return false;
    other_entering_seen = other.entering.load();
    spin_for(kSettle);
    dropped_at_ns.store(now_ns(), std::memory_order_relaxed);
    gil->drop(self.gil_thread);
    // Do not barge back (legacy would): re-enter only once the other holds the GIL.
    spin_until([&] { return other.taken.load() > other_taken_seen; }, stop);
    other_taken_seen = other.taken.load();
    self.entering.fetch_add(1);
    gil->take(self.gil_thread);
    acquired(me);
    return true;
  }
};

// The free-threaded design hands nothing off and never switches.
bool skip_unless_exclusive(benchmark::State& state, const std::string& design) {
  if (gilvm::make_gil(design, GilConfig{})->is_exclusive()) return false;
  state.SkipWithError("free-threaded: no lock to hand off or switch");
  return true;
}

void handoff(benchmark::State& state, const std::string& design) {
  if (skip_unless_exclusive(state, design)) return;
  PingPong game;
  game.gil = gilvm::make_gil(design, GilConfig{});
  game.players[0].gil_thread = make_thread(1, "A");
  game.players[1].gil_thread = make_thread(2, "B");
  game.handoffs.reserve(1 << 20);
  game.gil->take(game.players[0].gil_thread);
  std::thread other([&] {
    uint64_t a_entering_seen = 0;
    uint64_t a_taken_seen = 0;
    game.players[1].entering.fetch_add(1);
    game.gil->take(game.players[1].gil_thread);
    game.acquired(1);
    while (!game.stop.load() && game.pass(1, a_entering_seen, a_taken_seen)) {
    }
    game.gil->drop(game.players[1].gil_thread);
  });

  uint64_t b_entering_seen = 0;
  uint64_t b_taken_seen = 0;
  for (auto _ : state) {
    game.pass(0, b_entering_seen, b_taken_seen);  // A -> B, and back when B passes
  }
  // A holds the GIL; B is entering take() or asleep in it, or spinning in pass().
  game.stop = true;
  game.gil->drop(game.players[0].gil_thread);
  other.join();

  // B's first take (against no drop) and its last (after A's final drop, with `stop` set)
  // are not hand-offs of the ping-pong.
  if (game.handoffs.size() >= 2) {
    game.handoffs.erase(game.handoffs.begin());
    game.handoffs.pop_back();
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["handoff_ns"] = mean(game.handoffs);
  state.counters["handoff_p50_ns"] = static_cast<double>(percentile(game.handoffs, 50));
}

// ---------------------------------------------------------------------------------------------

struct SwitchRace {
  std::unique_ptr<Gil> gil;
  GilThread threads[2];
  std::atomic<bool> stop{false};
  // Written only while holding the GIL:
  int last_holder = -1;
  int64_t request_seen_ns = 0;  // 0: the current holder has not seen a request yet
  std::vector<int64_t> latencies;

  // The simulated eval loop: one "instruction", then the poll, as the interpreter does it.
  void spin(int me) {
    GilThread& thread = threads[me];
    gil->take(thread);
    while (!stop.load(std::memory_order_relaxed)) {
      if (last_holder != me) {  // first instruction after getting the GIL
        if (last_holder >= 0 && request_seen_ns != 0)
          latencies.push_back(now_ns() - request_seen_ns);
        last_holder = me;
        request_seen_ns = 0;
      }
      if (gil->drop_requested()) {  // Gil::poll_eval_breaker, with the moment it saw it
        if (request_seen_ns == 0) request_seen_ns = now_ns();
        gil->handle_eval_breaker(thread);
      }
    }
    gil->drop(thread);
  }
};

void forced_switch(benchmark::State& state, const std::string& design) {
  if (skip_unless_exclusive(state, design)) return;
  constexpr size_t kSwitches = 200;
  GilConfig config;
  config.switch_interval = 1ms;
  config.design_parameters["slice"] = 1ms;
  SwitchRace race;
  race.gil = gilvm::make_gil(design, config);
  if (race.gil->tick_budget() > 0) {
    state.SkipWithError("tick-driven design: no drop request to measure");
    return;
  }
  race.threads[0] = make_thread(1, "first");
  race.threads[1] = make_thread(2, "second");
  race.latencies.reserve(kSwitches * 4);
  std::vector<int64_t> latencies;
  for (auto _ : state) {
    race.stop = false;
    std::thread first([&] { race.spin(0); });
    std::thread second([&] { race.spin(1); });
    // switch_count() counts the latencies' switches (and the first two takes) from outside.
    const uint64_t switches_before = race.gil->switch_count();
    while (race.gil->switch_count() < switches_before + kSwitches + 2)
      std::this_thread::sleep_for(1ms);
    race.stop = true;
    first.join();
    second.join();
    latencies.insert(latencies.end(), race.latencies.begin(), race.latencies.end());
    race.latencies.clear();
    race.last_holder = -1;
  }
  state.counters["switches"] = static_cast<double>(latencies.size());
  state.counters["switch_ns"] = mean(latencies);
  state.counters["switch_p50_ns"] = static_cast<double>(percentile(latencies, 50));
  state.counters["switch_p99_ns"] = static_cast<double>(percentile(latencies, 99));
}

// ---------------------------------------------------------------------------------------------

void io_return(benchmark::State& state, const std::string& design) {
  constexpr int kCalls = 100;
  GilConfig config;  // switch interval 5 ms, check interval 100, slice 10 ms
  std::vector<int64_t> waits;
  for (auto _ : state) {
    auto gil = gilvm::make_gil(design, config);
    GilThread cpu = make_thread(1, "cpu");
    GilThread io = make_thread(2, "io");
    std::atomic<bool> stop{false};
    std::atomic<uint64_t> ticks{0};
    std::thread cpu_thread([&] {
      gil->take(cpu);
      gilvm::run_like_interpreter(*gil, cpu, [&] {
        ticks.fetch_add(1, std::memory_order_relaxed);
        return !stop.load(std::memory_order_relaxed);
      });
      gil->drop(cpu);
    });
    const std::atomic<bool> never{false};
    spin_until([&] { return ticks.load() > 0; }, never);
    gil->take(io);
    for (int call = 0; call < kCalls; ++call) {
      gil->drop(io);
      const uint64_t ticks_at_drop = ticks.load();
      std::this_thread::sleep_for(200us);
      while (ticks.load() <= ticks_at_drop) std::this_thread::sleep_for(10us);
      const int64_t started = now_ns();
      gil->take(io);
      waits.push_back(now_ns() - started);
    }
    gil->drop(io);
    stop = true;
    cpu_thread.join();
  }
  state.counters["calls"] = static_cast<double>(waits.size());
  state.counters["io_wait_p50_us"] = static_cast<double>(percentile(waits, 50)) / 1000.0;
  state.counters["io_wait_p99_us"] = static_cast<double>(percentile(waits, 99)) / 1000.0;
}

// ---------------------------------------------------------------------------------------------

constexpr const char* kFibSingle = R"(
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(27)
)";

constexpr const char* kFibThreads = R"(
import threading
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
threads = [threading.Thread(target=fib, args=(27,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
)";

// Wall time of one run of `source` in a fresh VM, in seconds.
double run_vm(const std::string& design, const char* source) {
  gilvm::VmOptions options;
  options.gil_design = design;
  options.argv = {"bench.py"};
  gilvm::VM vm(options);
  const auto started = Clock::now();
  if (vm.run_main(source, "bench.py") != 0) throw std::runtime_error("benchmark script failed");
  return std::chrono::duration<double>(Clock::now() - started).count();
}

// vm_fib's mean per design, for vm_fib_threads's speed-up (benchmarks run in registration order).
std::map<std::string, double> single_thread_seconds;

// Runs `source` once per iteration, timing it by hand; returns the mean time per run.
double time_vm_runs(benchmark::State& state, const std::string& design, const char* source) {
  double total = 0;
  for (auto _ : state) {
    const double seconds = run_vm(design, source);
    state.SetIterationTime(seconds);
    total += seconds;
  }
  return total / static_cast<double>(state.iterations());
}

void vm_fib(benchmark::State& state, const std::string& design) {
  single_thread_seconds[design] = time_vm_runs(state, design, kFibSingle);
}

void vm_fib_threads(benchmark::State& state, const std::string& design) {
  const double mean = time_vm_runs(state, design, kFibThreads);
  if (auto it = single_thread_seconds.find(design); it != single_thread_seconds.end()) {
    state.counters["speedup"] = 2 * it->second / mean;
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  for (const std::string& design : gilvm::gil_design_names()) {
    benchmark::RegisterBenchmark(("uncontended/" + design).c_str(), uncontended, design);
  }
  for (const std::string& design : gilvm::gil_design_names()) {
    benchmark::RegisterBenchmark(("handoff/" + design).c_str(), handoff, design)->UseRealTime();
  }
  for (const std::string& design : gilvm::gil_design_names()) {
    benchmark::RegisterBenchmark(("forced_switch/" + design).c_str(), forced_switch, design)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
  }
  for (const std::string& design : gilvm::gil_design_names()) {
    benchmark::RegisterBenchmark(("io_return/" + design).c_str(), io_return, design)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
  }
  for (const std::string& design : gilvm::gil_design_names()) {
    benchmark::RegisterBenchmark(("vm_fib/" + design).c_str(), vm_fib, design)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("vm_fib_threads/" + design).c_str(), vm_fib_threads, design)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
