// The part of the GIL every design shares: the take/drop/handle_* entry points that wrap the
// designs' do_* hooks with statistics, the exclusion check of test builds, the duration
// histogram, the statistics JSON, the event hooks, and the table of designs (make_gil).
//
// Statistics of a GilThread are written only by that thread, and only while it holds the GIL
// (or just after getting it; a design that does not exclude takes a mutex of the base class
// instead), so they are plain fields; other threads read them only after the
// thread has been joined. What is read across threads (the switch counter, the previous holder,
// the intervals) is atomic.
#include "gil/gil.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace gilvm {

// Defined in gil_<design>.cpp; listed here rather than self-registered because a static
// library drops object files nothing refers to.
std::unique_ptr<Gil> make_legacy_gil(const GilConfig& config);
std::unique_ptr<Gil> make_newgil_gil(const GilConfig& config);
std::unique_ptr<Gil> make_fifo_gil(const GilConfig& config);
std::unique_ptr<Gil> make_priority_gil(const GilConfig& config);
std::unique_ptr<Gil> make_bfs_gil(const GilConfig& config);
std::unique_ptr<Gil> make_iospin_gil(const GilConfig& config);
std::unique_ptr<Gil> make_nogil_gil(const GilConfig& config);

namespace {

struct DesignEntry {
  const char* name;
  std::unique_ptr<Gil> (*make)(const GilConfig&);
};

constexpr DesignEntry kDesigns[] = {
    {"legacy", make_legacy_gil},     {"newgil", make_newgil_gil}, {"fifo", make_fifo_gil},
    {"priority", make_priority_gil}, {"bfs", make_bfs_gil},       {"iospin", make_iospin_gil},
    {"nogil", make_nogil_gil},
};

// Parameters of single designs (see GilDesignParameter).
const std::vector<GilDesignParameter>& design_parameter_table() {
  using namespace std::chrono_literals;
  static const std::vector<GilDesignParameter> table = {
      {"bfs", "slice", 10ms, "time slice (bfs), e.g. 10ms"},
      {"iospin", "spin", 50us,
       "how long a waiter busy-waits before it sleeps, on several CPUs (iospin), e.g. 50us"},
      {"iospin", "burst", 1ms,
       "GIL time per switch interval a thread may use and still rank as I/O (iospin), e.g. 1ms"},
  };
  return table;
}

constexpr int64_t kNanosPerMicro = 1000;
constexpr double kNanosPerMilli = 1e6;

double micros(int64_t ns) { return static_cast<double>(ns) / kNanosPerMicro; }
double millis(int64_t ns) { return static_cast<double>(ns) / kNanosPerMilli; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// DurationHistogram

nlohmann::json DurationHistogram::to_json() const {
  nlohmann::json buckets = nlohmann::json::array();
  for (const gilbench::HistogramBucket& bucket : this->buckets()) {
    buckets.push_back({{"le_ns", bucket.upper.count() - 1}, {"count", bucket.count}});
  }
  return buckets;
}

// ---------------------------------------------------------------------------------------------
// Gil: parameters

Gil::Gil(const GilConfig& config) : config_(config) {
  set_switch_interval(config.switch_interval);
  set_check_interval(config.check_interval);
}

std::chrono::nanoseconds Gil::switch_interval() const {
  return std::chrono::nanoseconds(switch_interval_ns_.load(std::memory_order_relaxed));
}

void Gil::set_switch_interval(std::chrono::nanoseconds interval) {
  if (interval.count() <= 0) {
    throw std::invalid_argument("switch interval must be positive, got " +
                                std::to_string(interval.count()) + " ns");
  }
  switch_interval_ns_.store(interval.count(), std::memory_order_relaxed);
}

int Gil::check_interval() const { return check_interval_.load(std::memory_order_relaxed); }

void Gil::set_check_interval(int ticks) {
  // CPython 2 accepts any int here; zero or less means "check at every tick" (tick_budget()
  // of the legacy design never goes below one).
  check_interval_.store(ticks, std::memory_order_relaxed);
}

int64_t Gil::now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// ---------------------------------------------------------------------------------------------
// Gil: entry points

// Events are reported with the times the statistics use, and the listener is read once per
// call so that one call reports all of its events or none.

void Gil::take(GilThread& thread) {
  GilEventListener* listener = event_listener();
  const int64_t wait_started_ns = now_ns();
  if (listener) report(listener, GilEventKind::Ready, thread, wait_started_ns);
  do_take(thread);
  enter_exclusive(thread);
  const uint64_t from_thread = record_acquire(thread, wait_started_ns);
  if (listener)
    report(listener, GilEventKind::Acquired, thread, thread.acquired_at_ns, false, from_thread);
}

void Gil::drop(GilThread& thread, WaitKind kind) {
  const int64_t released_at_ns = now_ns();
  record_release(thread, /*forced=*/false, released_at_ns);
  // Before the design releases: Released is reported while the thread still holds the GIL.
  if (GilEventListener* listener = event_listener()) {
    report(listener, GilEventKind::Released, thread, released_at_ns);
  }
  leave_exclusive(thread);
  do_drop(thread, kind);
}

void Gil::thread_exited(GilThread& thread) {
  if (GilEventListener* listener = event_listener()) {
    report(listener, GilEventKind::Exited, thread, now_ns());
  }
}

void Gil::handle_eval_breaker(GilThread& thread) {
  yield_forced(thread, &Gil::do_yield_on_request);
}

void Gil::handle_tick_expired(GilThread& thread) { yield_forced(thread, &Gil::do_yield_on_ticks); }

void Gil::yield_forced(GilThread& thread, YieldHook hook) {
  const int64_t released_at_ns = now_ns();
  // Leave before the design can release: once it has, another thread may enter at once.
  leave_exclusive(thread);
  const bool released = (this->*hook)(thread);
  enter_exclusive(thread);
  if (!released) return;  // the design declined (no waiter): nothing happened to count
  record_release(thread, /*forced=*/true, released_at_ns);
  const uint64_t from_thread = record_acquire(thread, released_at_ns);
  // The design re-requested the GIL inside the hook, right after releasing it; the base only
  // knows the release time, so Ready carries that.
  if (GilEventListener* listener = event_listener()) {
    report(listener, GilEventKind::Released, thread, released_at_ns, /*forced=*/true);
    report(listener, GilEventKind::Ready, thread, released_at_ns);
    report(listener, GilEventKind::Acquired, thread, thread.acquired_at_ns, false, from_thread);
  }
}

void Gil::report(GilEventListener* listener, GilEventKind kind, const GilThread& thread,
                 int64_t time_ns, bool forced, uint64_t from_thread) {
  listener->on_gil_event(GilEvent{kind, thread.id, time_ns, forced, from_thread});
}

// ---------------------------------------------------------------------------------------------
// Gil: bookkeeping

std::unique_lock<std::mutex> Gil::lock_stats_if_free_threaded() const {
  std::unique_lock<std::mutex> lock(free_threaded_stats_mutex_, std::defer_lock);
  if (!is_exclusive()) lock.lock();
  return lock;
}

uint64_t Gil::record_acquire(GilThread& thread, int64_t wait_started_ns) {
  const int64_t acquired_at_ns = now_ns();
  auto lock = lock_stats_if_free_threaded();
  GilThreadStats& stats = thread.stats;
  ++stats.acquisitions;
  const int64_t waited_ns = acquired_at_ns - wait_started_ns;
  stats.waited_ns += waited_ns;
  stats.wait_histogram.record(waited_ns);
  thread.acquired_at_ns = acquired_at_ns;
  // Like CPython's switch_number: counts every change of holder, the first acquisition too.
  const GilThread* previous = previous_holder_.exchange(&thread, std::memory_order_relaxed);
  // Kept apart from the pointer, which may dangle once its thread is gone.
  const uint64_t previous_id = previous_holder_id_.exchange(thread.id, std::memory_order_relaxed);
  if (previous == &thread) return 0;
  ++stats.switches_in;
  switch_count_.fetch_add(1, std::memory_order_relaxed);
  // Free-threaded, the previous "holder" handed nothing over.
  return is_exclusive() ? previous_id : 0;
}

void Gil::record_release(GilThread& thread, bool forced, int64_t released_at_ns) {
  auto lock = lock_stats_if_free_threaded();
  GilThreadStats& stats = thread.stats;
  stats.held_ns += released_at_ns - thread.acquired_at_ns;
  if (forced) {
    ++stats.forced_releases;
  } else {
    ++stats.voluntary_releases;
  }
}

#ifdef GILVM_CHECK_EXCLUSION

void Gil::enter_exclusive(GilThread& thread) {
  if (!is_exclusive()) return;
  const GilThread* other = thread_inside_.exchange(&thread, std::memory_order_acq_rel);
  if (other == nullptr) return;
  // id and name are set before the VM starts the thread and never change, so reading the
  // other thread's is safe even here.
  std::fprintf(stderr,
               "gilvm: GIL exclusion violated (design %.*s): thread %llu '%s' acquired the GIL "
               "while thread %llu '%s' still held it\n",
               static_cast<int>(name().size()), name().data(),
               static_cast<unsigned long long>(thread.id), thread.name.c_str(),
               static_cast<unsigned long long>(other->id), other->name.c_str());
  std::abort();
}

void Gil::leave_exclusive(GilThread& thread) {
  if (!is_exclusive()) return;
  const GilThread* expected = &thread;
  if (thread_inside_.compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel)) {
    return;
  }
  std::fprintf(stderr,
               "gilvm: GIL misuse (design %.*s): thread %llu '%s' released the GIL without "
               "holding it (holder: %s)\n",
               static_cast<int>(name().size()), name().data(),
               static_cast<unsigned long long>(thread.id), thread.name.c_str(),
               expected == nullptr ? "none" : expected->name.c_str());
  std::abort();
}

#else

void Gil::enter_exclusive(GilThread& /*thread*/) {}
void Gil::leave_exclusive(GilThread& /*thread*/) {}

#endif

// ---------------------------------------------------------------------------------------------
// Events

void GilEventLog::on_gil_event(const GilEvent& event) {
  std::lock_guard lock(mutex_);
  events_.push_back(event);
}

std::vector<GilEvent> GilEventLog::events() const {
  std::lock_guard lock(mutex_);
  return events_;
}

std::string_view to_string(GilEventKind kind) {
  switch (kind) {
    case GilEventKind::Ready: return "ready";
    case GilEventKind::Acquired: return "acquired";
    case GilEventKind::Released: return "released";
    case GilEventKind::Exited: return "exited";
    case GilEventKind::DropRequested: return "drop_requested";
  }
  return "unknown";
}

nlohmann::json to_json(const GilEvent& event) {
  return {
      {"thread", event.thread_id}, {"event", to_string(event.kind)},   {"time_ns", event.time_ns},
      {"forced", event.forced},    {"from_thread", event.from_thread},
  };
}

// ---------------------------------------------------------------------------------------------
// Gil: report

namespace {

nlohmann::json wait_histogram_json(const DurationHistogram& histogram) {
  nlohmann::json buckets = nlohmann::json::array();
  for (const auto& bucket : histogram.to_json()) {
    const double le_us = micros(bucket["le_ns"].get<int64_t>());
    buckets.push_back({{"le_us", le_us}, {"count", bucket["count"]}});
  }
  return buckets;
}

nlohmann::json thread_json(const GilThread& thread) {
  const GilThreadStats& stats = thread.stats;
  return {
      {"id", thread.id},
      {"name", thread.name},
      {"acquisitions", stats.acquisitions},
      {"voluntary_releases", stats.voluntary_releases},
      {"forced_releases", stats.forced_releases},
      {"switches_in", stats.switches_in},
      {"held_ms", millis(stats.held_ns)},
      {"waited_ms", millis(stats.waited_ns)},
      {"wait_p50_us", micros(stats.wait_histogram.percentile(50))},
      {"wait_p99_us", micros(stats.wait_histogram.percentile(99))},
      {"wait_max_us", micros(stats.wait_histogram.max_ns())},
      {"wait_histogram", wait_histogram_json(stats.wait_histogram)},
  };
}

}  // namespace

nlohmann::json Gil::stats_json(const std::vector<const GilThread*>& threads) const {
  nlohmann::json thread_list = nlohmann::json::array();
  {
    auto lock = lock_stats_if_free_threaded();
    for (const GilThread* thread : threads) thread_list.push_back(thread_json(*thread));
  }
  return {
      {"design", std::string(name())},
      {"switch_interval_us", micros(switch_interval().count())},
      {"check_interval_ticks", check_interval()},
      {"switches", switch_count()},
      {"drop_requests", drop_request_count()},
      {"threads", std::move(thread_list)},
  };
}

// ---------------------------------------------------------------------------------------------
// The designs by name

std::unique_ptr<Gil> make_gil(std::string_view design, const GilConfig& config) {
  for (const DesignEntry& entry : kDesigns) {
    if (design == entry.name) return entry.make(config);
  }
  std::string known;
  for (const DesignEntry& entry : kDesigns) {
    if (!known.empty()) known += ", ";
    known += entry.name;
  }
  throw std::invalid_argument("unknown GIL design '" + std::string(design) + "' (known: " + known +
                              ")");
}

std::vector<std::string> gil_design_names() {
  std::vector<std::string> names;
  for (const DesignEntry& entry : kDesigns) names.emplace_back(entry.name);
  return names;
}

std::vector<std::string> exclusive_gil_design_names() {
  std::vector<std::string> names;
  for (const DesignEntry& entry : kDesigns) {
    if (entry.make(GilConfig{})->is_exclusive()) names.emplace_back(entry.name);
  }
  return names;
}

const std::vector<GilDesignParameter>& gil_design_parameters() { return design_parameter_table(); }

std::chrono::nanoseconds GilConfig::design_parameter(std::string_view design,
                                                     std::string_view name) const {
  for (const GilDesignParameter& parameter : design_parameter_table()) {
    if (parameter.design != design || parameter.name != name) continue;
    const auto set = design_parameters.find(name);
    return set != design_parameters.end() ? set->second : parameter.default_value;
  }
  throw std::invalid_argument("GIL design '" + std::string(design) + "' has no parameter '" +
                              std::string(name) + "'");
}

}  // namespace gilvm
