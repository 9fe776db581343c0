#include "harness/reproduce_plan.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "common/duration.h"

namespace gilbench::harness {

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

constexpr double kBound = std::numeric_limits<double>::quiet_NaN();  // published only as a bound

const std::string kCountdown = "harness/workloads/countdown.py";
const std::string kContention = "harness/workloads/cpu_contention.py";
const std::string kRace = "harness/workloads/race.py";

const std::string kMachineFloor =
    "A round trip between two cores of this machine takes at least what the echo alone shows (the "
    "rps row's first figure, no "
    "CPU thread): published rates above it cannot be reached here, so where the lock stops being "
    "the limit the trend flattens "
    "at the machine's floor instead of rising further.";

// Builds the rows and measurements together, so that a figure names a measurement that exists.
class PlanBuilder {
 public:
  PlanBuilder(bool quick, int usable_cpus) : quick_(quick), multi_(std::clamp(usable_cpus, 1, 2)) {}

  ReproducePlan plan;
  bool quick() const { return quick_; }
  int multi() const { return multi_; }  // the cores of "several cores" rows: 2 where there are

  MeasurementSpec& echo(const std::string& id, const std::string& gil, nanoseconds interval,
                        int threads, int cores, Placement placement, int messages, int size) {
    MeasurementSpec m;
    m.id = id;
    m.target = Target::design(gil);
    m.switch_interval = interval;
    m.cpu_threads = threads;
    m.cores = cores;
    m.placement = placement;
    m.messages = messages;
    m.size_bytes = size;
    m.repetitions = quick_ ? 1 : 3;
    // A message may wait an interval per CPU thread, warm-up included; ten times that, plus
    // start-up.
    m.timeout = 30s + 10 * interval * (messages + m.warmup) * (threads + 1);
    return add(std::move(m));
  }

  MeasurementSpec& script(const std::string& id, const std::string& gil, const std::string& file,
                          int threads, std::vector<std::string> args, int cores) {
    MeasurementSpec m;
    m.id = id;
    m.target = Target::design(gil);
    m.kind = WorkloadKind::script;
    m.script = file;
    m.cpu_threads = threads;
    m.args = std::move(args);
    m.cores = cores;
    m.repetitions = quick_ ? 1 : 3;
    m.timeout = 180s;
    return add(std::move(m));
  }

  // The same measurement under a real interpreter (its cells are skipped, saying why, where it
  // is not installed).
  void real_twin(const std::string& id, const std::string& twin_of,
                 const std::string& interpreter) {
    MeasurementSpec m = find(twin_of);
    m.id = id;
    m.target = Target::interpreter(interpreter);
    add(std::move(m));
  }

 private:
  MeasurementSpec& add(MeasurementSpec m) {
    plan.measurements.push_back(std::move(m));
    return plan.measurements.back();
  }
  const MeasurementSpec& find(const std::string& id) const {
    for (const auto& m : plan.measurements) {
      if (m.id == id) return m;
    }
    throw std::logic_error("reproduce plan: no measurement " + id);
  }

  bool quick_;
  int multi_;
};

FigureSpec figure(std::string label, double published, std::string text, std::string unit,
                  std::string measurement, std::string metric, double scale = 1) {
  return {std::move(label),  published, std::move(text), std::move(unit), std::move(measurement),
          std::move(metric), scale};
}

ClaimSpec ratio(std::size_t a, std::size_t b) { return {ClaimSpec::Kind::ratio, a, b}; }
ClaimSpec below(std::size_t a, std::size_t b) { return {ClaimSpec::Kind::below, a, b}; }

std::string cores_text(int cores) {
  return std::to_string(cores) + (cores == 1 ? " core" : " cores");
}

void convoy(PlanBuilder& b) {
  const int messages = b.quick() ? 200 : 1000;
  const double per_1000 = 1000.0 / messages;
  b.echo("convoy/newgil", "newgil", 5ms, 1, 1, Placement::separate, messages, 100);
  b.echo("convoy/legacy", "legacy", 5ms, 1, 1, Placement::separate, messages, 100);
  b.real_twin("convoy/python3", "convoy/newgil", "python3");
  b.real_twin("convoy/python2.7", "convoy/legacy", "python2.7");
  b.plan.rows.push_back(
      {"convoy",
       "Echo server + one fib thread, 1000 round trips of 100 bytes: about 10.1 s under CPython 3, "
       "2.2 s under CPython 2",
       std::to_string(messages) + " round trips (total time scaled to 1000), one fib thread, "
                                  "server on 1 core, client on another; "
                                  "newgil at 5 ms against legacy at 100 ticks",
       "The published run waits two 5 ms intervals per message (recv and send); the model's echo "
       "thread waits about one, and legacy "
       "lets it back in at the next check (100 ticks), so the CPython 2 lock comes out far further "
       "ahead than in the published run.",
       {figure("newgil (CPython 3's lock)", 10.1, "10.1", "s", "convoy/newgil", "total_s",
               per_1000),
        figure("legacy (CPython 2's lock)", 2.2, "2.2", "s", "convoy/legacy", "total_s", per_1000),
        figure("real CPython 3", 10.1, "10.1", "s", "convoy/python3", "total_s", per_1000),
        figure("real CPython 2.7", 2.2, "2.2", "s", "convoy/python2.7", "total_s", per_1000)},
       {ratio(0, 1), ratio(2, 3)}});
}

void requests_per_second(PlanBuilder& b) {
  const int fast = b.quick() ? 300 : 2000, slow = b.quick() ? 40 : 300;
  b.echo("rps/alone", "newgil", 5ms, 0, 1, Placement::separate, fast, 1);
  b.echo("rps/one-thread", "newgil", 5ms, 1, 1, Placement::separate, slow, 1);
  b.echo("rps/process", "newgil", 5ms, 0, 1, Placement::separate, fast, 1).companion = {
      kCountdown, "1", "1000000000000"};
  b.real_twin("rps/python3.9/alone", "rps/alone", "python3.9");
  b.real_twin("rps/python3.9/one-thread", "rps/one-thread", "python3.9");
  b.plan.rows.push_back(
      {"rps",
       "1-byte echo on CPython 3.9, requests/s: ~30,000 alone, ~100 beside one CPU thread, ~20,000 "
       "with the CPU work in a separate process",
       "newgil 5 ms, server on 1 core and client on another (where the convoy forms, as in the "
       "convoy row); the separate process is a "
       "second gilvm counting down on the server's core",
       kMachineFloor,
       {figure("no CPU thread", 30000, "30,000", "req/s", "rps/alone", "messages_per_s"),
        figure("one CPU thread", 100, "100", "req/s", "rps/one-thread", "messages_per_s"),
        figure("CPU work in a separate process", 20000, "20,000", "req/s", "rps/process",
               "messages_per_s"),
        figure("real CPython 3.9, no CPU thread", 30000, "30,000", "req/s", "rps/python3.9/alone",
               "messages_per_s"),
        figure("real CPython 3.9, one CPU thread", 100, "100", "req/s", "rps/python3.9/one-thread",
               "messages_per_s")},
       {ratio(0, 1), ratio(2, 1), ratio(0, 2), ratio(3, 4)}});
}

void requests_by_interval(PlanBuilder& b) {
  const std::vector<std::pair<nanoseconds, std::string>> intervals = {
      {100ms, "0.1 s"},  {10ms, "10 ms"}, {5ms, "5 ms"}, {1ms, "1 ms"},
      {100us, "0.1 ms"}, {10us, "10 µs"}, {1us, "1 µs"}};
  const std::vector<std::pair<int, std::vector<double>>> published = {
      {1, {5, 50, 100, 500, 3200, 11000, 10000}},
      {2, {2, 30, 50, 280, 1700, 5500, 4500}},
      {4, {0, 15, 30, 200, 1000, 2800, 2500}}};
  for (const auto& [threads, values] : published) {
    RowSpec row;
    row.id = "rps-interval-t" + std::to_string(threads);
    row.title = "Requests/s by switch interval with " + std::to_string(threads) + " CPU thread" +
                (threads == 1 ? "" : "s") +
                " (CPython 3.9): 0.1 s, 10 ms, 5 ms, 1 ms, 0.1 ms, 10 µs, 1 µs";
    row.setup =
        "newgil, 1-byte echo, server on 1 core and client on another (as in the convoy row); about "
        "a quarter of a second "
        "of round trips per repetition at the published rate";
    row.note = kMachineFloor;
    for (std::size_t i = 0; i < intervals.size(); ++i) {
      const auto& [interval, label] = intervals[i];
      const double rate = values[i];
      const int messages = static_cast<int>(std::clamp(
          rate * (b.quick() ? 0.06 : 0.25), b.quick() ? 5.0 : 8.0, b.quick() ? 250.0 : 1000.0));
      const std::string id =
          "rps-interval/t" + std::to_string(threads) + "/" + format_duration(interval);
      b.echo(id, "newgil", interval, threads, 1, Placement::separate, messages, 1).warmup = 2;
      row.figures.push_back(figure(label, rate, rate == 0 ? "0" : format_figure_plain(rate),
                                   "req/s", id, "messages_per_s"));
      if (i > 0) row.claims.push_back(ratio(i, i - 1));
    }
    if (threads == 1) {  // and real CPython 3.9, the published interpreter, for one CPU thread
      const std::size_t first = row.figures.size();
      for (std::size_t i = 0; i < intervals.size(); ++i) {
        const std::string model = "rps-interval/t1/" + format_duration(intervals[i].first);
        b.real_twin("rps-interval/python3.9/t1/" + format_duration(intervals[i].first), model,
                    "python3.9");
        row.figures.push_back(figure(
            "real CPython 3.9, " + intervals[i].second, values[i], format_figure_plain(values[i]),
            "req/s", "rps-interval/python3.9/t1/" + format_duration(intervals[i].first),
            "messages_per_s"));
        if (i > 0) row.claims.push_back(ratio(first + i, first + i - 1));
      }
    }
    b.plan.rows.push_back(std::move(row));
  }
}

void one_core(PlanBuilder& b) {
  const std::vector<std::pair<int, double>> published = {
      {0, 24000}, {1, 12000}, {2, 3000}, {4, 30}, {8, 10}};
  RowSpec row{"one-core",
              "All threads on one core, requests/s for 0 / 1 / 2 / 4 / 8 CPU threads: ~24,000 / "
              "12,000 / 3,000 / 30 / 10",
              "newgil 5 ms, 1-byte echo, server and client on one core",
              "",
              {},
              {}};
  for (std::size_t i = 0; i < published.size(); ++i) {
    const auto& [threads, rate] = published[i];
    const int messages = static_cast<int>(std::clamp(
        rate * (b.quick() ? 0.03 : 0.25), b.quick() ? 5.0 : 16.0, b.quick() ? 300.0 : 2000.0));
    const std::string id = "one-core/t" + std::to_string(threads);
    b.echo(id, "newgil", 5ms, threads, 1, Placement::same, messages, 1).warmup = 2;
    row.figures.push_back(figure(std::to_string(threads) + " CPU threads", rate,
                                 format_figure_plain(rate), "req/s", id, "messages_per_s"));
    if (i > 0) row.claims.push_back(ratio(i, i - 1));
  }
  b.plan.rows.push_back(std::move(row));
}

void small_interval_price(PlanBuilder& b) {
  const long per_thread = b.quick() ? 500000 : 2500000;
  const double to_published = 1e8 / (8.0 * static_cast<double>(per_thread));
  b.script("price/5ms", "newgil", kCountdown, 8, {std::to_string(per_thread)}, b.multi())
      .switch_interval = 5ms;
  b.script("price/1us", "newgil", kCountdown, 8, {std::to_string(per_thread)}, b.multi())
      .switch_interval = 1us;
  b.real_twin("price/python3/5ms", "price/5ms", "python3");
  b.real_twin("price/python3/1us", "price/1us", "python3");
  b.plan.rows.push_back(
      {"small-interval",
       "The price of a small interval: 8 CPU threads counting down 10^8 took 6.9 s at 5 ms, 86 s "
       "at 1 µs",
       "newgil, 8 threads counting down " + format_figure_plain(8.0 * per_thread) + " in all on " +
           cores_text(b.multi()) + " (times scaled to 10^8)",
       "The model pays little for a 1 µs interval on this machine: it switches far less often than "
       "once per microsecond (one run "
       "of gilvm --stats, 8 threads x 10^6: 70 switches in 0.21 s at 1 µs, 27 in 0.49 s at 5 ms). "
       "Where the real CPython 3 "
       "figures of this row show the same, the difference lies in this machine or the CPython "
       "version, not in the model.",
       {figure("5 ms interval", 6.9, "6.9", "s", "price/5ms", "elapsed_s", to_published),
        figure("1 µs interval", 86, "86", "s", "price/1us", "elapsed_s", to_published),
        figure("real CPython 3, 5 ms", 6.9, "6.9", "s", "price/python3/5ms", "elapsed_s",
               to_published),
        figure("real CPython 3, 1 µs", 86, "86", "s", "price/python3/1us", "elapsed_s",
               to_published)},
       {ratio(1, 0), ratio(3, 2)}});
}

void threads_versus_sequential(PlanBuilder& b) {
  const std::string count = b.quick() ? "1000000" : "5000000";
  b.script("two-threads/legacy/k1", "legacy", kContention, 2, {count}, 1);
  b.script("two-threads/legacy/k" + std::to_string(b.multi()), "legacy", kContention, 2, {count},
           b.multi());
  b.script("two-threads/newgil/k" + std::to_string(b.multi()), "newgil", kContention, 2, {count},
           b.multi());
  b.real_twin("two-threads/python2.7/k1", "two-threads/legacy/k1", "python2.7");
  b.real_twin("two-threads/python2.7/k" + std::to_string(b.multi()),
              "two-threads/legacy/k" + std::to_string(b.multi()), "python2.7");
  b.real_twin("two-threads/python3/k" + std::to_string(b.multi()),
              "two-threads/newgil/k" + std::to_string(b.multi()), "python3");
  const std::string k = std::to_string(b.multi());
  const std::string metric = "threaded_over_sequential_ratio";
  b.plan.rows.push_back(
      {"two-threads",
       "Two CPU-bound threads against the same work in sequence: old GIL 1.2x slower on one core, "
       "1.4-1.8x on two; new GIL about equal (2.83 s vs 2.81 s)",
       "harness/workloads/cpu_contention.py, two threads counting down " + count +
           " each, against one thread doing both",
       "Needs free cores: two threads (or processes) can only beat one when a second core is idle. "
       "On a machine whose cores are "
       "busy with other work (the load average in the header) nothing runs in parallel, and the "
       "GIL battle of the old lock, which "
       "needs the releasing and the waiting thread on two running cores, does not show.",
       {figure("legacy, 1 core", 1.2, "1.2", "x", "two-threads/legacy/k1", metric),
        figure("legacy, " + cores_text(b.multi()), 1.6, "1.4-1.8", "x", "two-threads/legacy/k" + k,
               metric),
        figure("newgil, " + cores_text(b.multi()) + " (published 2.83 s / 2.81 s)", 2.83 / 2.81,
               "1.01", "x", "two-threads/newgil/k" + k, metric),
        figure("real CPython 2.7, 1 core", 1.2, "1.2", "x", "two-threads/python2.7/k1", metric),
        figure("real CPython 2.7, " + cores_text(b.multi()), 1.6, "1.4-1.8", "x",
               "two-threads/python2.7/k" + k, metric),
        figure("real CPython 3, " + cores_text(b.multi()), 2.83 / 2.81, "1.01", "x",
               "two-threads/python3/k" + k, metric)},
       {ratio(0, kAgainstOne), ratio(1, kAgainstOne), ratio(2, kAgainstOne), ratio(1, 0),
        ratio(3, kAgainstOne), ratio(4, kAgainstOne), ratio(5, kAgainstOne), ratio(4, 3)}});
}

void check_interval(PlanBuilder& b) {
  const std::string count = b.quick() ? "1000000" : "5000000";
  RowSpec row{"check-interval",
              "Old GIL, two threads: 2.55 s at the default 100 ticks; 1000 ticks faster (2.10 s), "
              "10 ticks much slower (5.04 s)",
              "legacy, harness/workloads/cpu_contention.py's two-thread phase (" + count +
                  " each) on " + cores_text(b.multi()),
              "",
              {},
              {}};
  for (const auto& [ticks, seconds] :
       std::vector<std::pair<int, double>>{{10, 5.04}, {100, 2.55}, {1000, 2.10}}) {
    const std::string id = "check-interval/" + std::to_string(ticks);
    b.script(id, "legacy", kContention, 2, {count}, b.multi()).check_interval = ticks;
    row.figures.push_back(figure(std::to_string(ticks) + " ticks", seconds,
                                 format_figure_plain(seconds), "s", id, "threaded_s"));
  }
  for (const auto& [ticks, seconds] :
       std::vector<std::pair<int, double>>{{10, 5.04}, {100, 2.55}, {1000, 2.10}}) {
    const std::string id = "check-interval/python2.7/" + std::to_string(ticks);
    b.real_twin(id, "check-interval/" + std::to_string(ticks), "python2.7");
    row.figures.push_back(figure("real CPython 2.7, " + std::to_string(ticks) + " ticks", seconds,
                                 format_figure_plain(seconds), "s", id, "threaded_s"));
  }
  row.claims = {ratio(0, 1), ratio(2, 1), ratio(3, 4), ratio(5, 4)};
  b.plan.rows.push_back(std::move(row));
}

void processes(PlanBuilder& b) {
  const std::string count = b.quick() ? "1000000" : "5000000";
  b.script("processes/threads", "newgil", kCountdown, 2, {count}, b.multi());
  b.script("processes/processes", "newgil", kCountdown, 1, {count}, b.multi()).companion = {
      kCountdown, "1", count};
  b.plan.rows.push_back(
      {"processes",
       "Two processes instead of two threads: about half the time (2.2 s against 4.0 s)",
       "newgil, two threads counting down " + count +
           " each in one gilvm, against two gilvm processes of one thread each started "
           "together on the same " +
           cores_text(b.multi()),
       "Needs free cores: two threads (or processes) can only beat one when a second core is idle. "
       "On a machine whose cores are "
       "busy with other work (the load average in the header) nothing runs in parallel, and the "
       "GIL battle of the old lock, which "
       "needs the releasing and the waiting thread on two running cores, does not show.",
       {figure("two threads", 4.0, "4.0", "s", "processes/threads", "elapsed_s"),
        figure("two processes", 2.2, "2.2", "s", "processes/processes", "elapsed_s")},
       {ratio(1, 0)}});
}

void race(PlanBuilder& b) {
  const int count = b.quick() ? 30000 : 100000;
  const double to_million = 1e6 / (10.0 * count);
  for (const char* gil : {"newgil", "legacy", "nogil"}) {
    b.script(std::string("race/") + gil, gil, kRace, 10, {std::to_string(count)}, b.multi());
  }
  for (const char* python : {"python2.7", "python3.9", "python3.11"})
    b.real_twin(std::string("race/") + python, "race/newgil", python);
  b.plan.rows.push_back(
      {"race",
       "Ten threads doing counter += 1 100,000 times each: without a lock often less than "
       "1,000,000; with a lock exactly 1,000,000",
       "harness/workloads/race.py, 10 threads x " + std::to_string(count) +
           " increments (totals scaled to 10 x 100,000) on " + cores_text(b.multi()),
       "newgil switches only at eval-breaker polls, on backward jumps and calls, never between the "
       "load and the store of counter += 1: "
       "no update is lost, as on CPython 3.10+ (the published figure predates it; CPython 3.9 and "
       "2.7 are measured beside it). legacy lets go whenever its tick count runs out, between "
       "any two counted opcodes (as CPython 2.7 does), and nogil has no lock at all: both lose "
       "updates.",
       {figure("newgil, no lock", kBound, "often < 1,000,000", "", "race/newgil", "unlocked_total",
               to_million),
        figure("legacy, no lock", kBound, "often < 1,000,000", "", "race/legacy", "unlocked_total",
               to_million),
        figure("nogil, no lock", kBound, "often < 1,000,000", "", "race/nogil", "unlocked_total",
               to_million),
        figure("with a lock (newgil)", 1e6, "1,000,000", "", "race/newgil", "locked_total",
               to_million),
        figure("real CPython 2.7, no lock", kBound, "often < 1,000,000", "", "race/python2.7",
               "unlocked_total", to_million),
        figure("real CPython 3.9, no lock", kBound, "often < 1,000,000", "", "race/python3.9",
               "unlocked_total", to_million),
        figure("real CPython 3.11, no lock", kBound, "often < 1,000,000", "", "race/python3.11",
               "unlocked_total", to_million),
        figure("real CPython 3.11, with a lock", 1e6, "1,000,000", "", "race/python3.11",
               "locked_total", to_million)},
       {below(0, 3), below(1, 3), below(2, 3), below(4, 7), below(5, 7), below(6, 7)}});
}

void free_threaded_scaling(PlanBuilder& b) {
  const std::string count = b.quick() ? "2000000" : "10000000";
  b.script("nogil/1", "nogil", kCountdown, 1, {count}, b.multi());
  b.script("nogil/" + std::to_string(b.multi()), "nogil", kCountdown, b.multi(), {count},
           b.multi());
  b.real_twin("nogil/python3.13t/1", "nogil/1", "python3.13t");
  b.real_twin("nogil/python3.13t/" + std::to_string(b.multi()),
              "nogil/" + std::to_string(b.multi()), "python3.13t");
  b.plan.rows.push_back(
      {"nogil-scaling",
       "Free threading (Sam Gross's nogil): fib(34) 1.50 s on one thread, 1.52 s on each of 20 "
       "threads on 20 cores",
       "nogil, a count-down of " + count + " per thread: one thread, then one per usable core (" +
           std::to_string(b.multi()) + " here)",
       "Needs free cores: two threads (or processes) can only beat one when a second core is idle. "
       "On a machine whose cores are "
       "busy with other work (the load average in the header) nothing runs in parallel, and the "
       "GIL battle of the old lock, which "
       "needs the releasing and the waiting thread on two running cores, does not show.",
       {figure("1 thread", 1.50, "1.50", "s", "nogil/1", "elapsed_s"),
        figure(std::to_string(b.multi()) + " threads on " + cores_text(b.multi()) +
                   " (published: 20 on 20)",
               1.52, "1.52", "s", "nogil/" + std::to_string(b.multi()), "elapsed_s"),
        figure("real CPython 3.13t, 1 thread", 1.50, "1.50", "s", "nogil/python3.13t/1",
               "elapsed_s"),
        figure("real CPython 3.13t, " + std::to_string(b.multi()) + " threads", 1.52, "1.52", "s",
               "nogil/python3.13t/" + std::to_string(b.multi()), "elapsed_s")},
       {ratio(1, 0), ratio(3, 2)}});
}

}  // namespace

std::string format_figure_plain(double value) {
  if (std::isnan(value)) return "-";
  if (value >= 1000 && value == std::floor(value)) {
    std::string digits = std::to_string(static_cast<long long>(value));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
      digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
  }
  std::string text = std::to_string(value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

ReproducePlan reproduce_plan(bool quick, int usable_cpus) {
  PlanBuilder builder(quick, usable_cpus);
  convoy(builder);
  requests_per_second(builder);
  requests_by_interval(builder);
  one_core(builder);
  small_interval_price(builder);
  threads_versus_sequential(builder);
  check_interval(builder);
  processes(builder);
  race(builder);
  free_threaded_scaling(builder);
  return std::move(builder.plan);
}

ReproducePlan select_rows(const ReproducePlan& plan, const std::vector<std::string>& only) {
  if (only.empty()) return plan;
  for (const auto& name : only) {
    if (std::none_of(plan.rows.begin(), plan.rows.end(),
                     [&](const RowSpec& r) { return r.id == name; })) {
      std::string known;
      for (const auto& r : plan.rows) known += (known.empty() ? "" : ", ") + r.id;
      throw std::invalid_argument("--only " + name + ": no such row (the rows: " + known + ")");
    }
  }
  ReproducePlan selected;  // in the plan's order, whatever the order asked
  std::set<std::string> needed;
  for (const auto& row : plan.rows) {
    if (std::find(only.begin(), only.end(), row.id) == only.end()) continue;
    selected.rows.push_back(row);
    for (const auto& f : row.figures) needed.insert(f.measurement);
  }
  for (const auto& m : plan.measurements) {
    if (needed.count(m.id)) selected.measurements.push_back(m);
  }
  return selected;
}

}  // namespace gilbench::harness
