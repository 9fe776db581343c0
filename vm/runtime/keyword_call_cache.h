// Inline caches of CALL_KW, as CPython 3.11 specialises a call site: binding `f(i, height=2)`
// by name (each keyword looked up among the parameters, each slot checked for a duplicate, the
// defaults found for the rest) was two fifths of calls_kw.py. A call site's keyword names are
// one constant tuple, so for a given callee code and argument count the binding is always the
// same permutation: the first such call that binds cleanly records it as a plan, and later ones
// move the arguments by it (interpreter.cpp, bind_by_plan). Calls a plan cannot describe (a
// binding error, extra positional arguments for *args, extra keywords for **kwargs) bind by
// name, every time, so their errors stay CPython's.
//
// Nothing is invalidated: a plan is keyed on the callee Code (by its serial, never reused, so a
// freed code's plan matches no other) and the count, and the site's names never change. The
// defaults are read from the function at each call.
//
// Threads: under `nogil` threads share the sites of the code they run. A plan is immutable once
// published, a slot is written once (null to a plan, by compare-and-swap), and plans are freed
// only with the code, so readers need no lock.
#pragma once

#include <atomic>
#include <cstdint>

namespace gilvm {

struct KeywordCallPlan {
  // Parameter slots (positional and keyword-only) a plan can bind: calls of wider functions
  // bind by name.
  static constexpr uint32_t kMaxParameters = 16;
  static constexpr int8_t kDefault = -1;
  uint64_t code_serial;  // the callee's Code::serial
  uint32_t count;        // arguments passed, the self of a bound method included
  uint32_t positional;   // the first `positional` arguments, which stay where they are
  uint32_t parameters;   // slots bound: the positional and keyword-only parameters
  uint32_t defaults;     // function.defaults.size() that the plan assumes
  // Per parameter slot from `positional` on: the index of the keyword argument it takes, or
  // kDefault for its default (function.defaults for a positional parameter, kwdefaults for a
  // keyword-only one).
  int8_t source[kMaxParameters];
};

struct KeywordCallSite {
  // Four callee codes per site: a site that calls one of a few functions (a dispatch table, a
  // callback parameter) keeps each one's plan.
  static constexpr int kPlans = 4;
  std::atomic<const KeywordCallPlan*> plans[kPlans] = {};
  KeywordCallSite() = default;
  KeywordCallSite(const KeywordCallSite&) = delete;
  KeywordCallSite& operator=(const KeywordCallSite&) = delete;
  ~KeywordCallSite() {
    for (auto& plan : plans) delete plan.load(std::memory_order_relaxed);
  }
  const KeywordCallPlan* find(uint64_t code_serial, uint32_t count) const {
    for (const auto& slot : plans) {
      const KeywordCallPlan* plan = slot.load(std::memory_order_acquire);
      if (plan == nullptr) return nullptr;  // slots fill in order
      if (plan->code_serial == code_serial && plan->count == count) return plan;
    }
    return nullptr;
  }
  bool full() const { return plans[kPlans - 1].load(std::memory_order_relaxed) != nullptr; }
  // Publishes `plan` in the first free slot, whereupon the site owns it; false when there is
  // none (the caller keeps it).
  bool add(const KeywordCallPlan* plan) {
    for (auto& slot : plans) {
      const KeywordCallPlan* expected = nullptr;
      if (slot.compare_exchange_strong(expected, plan, std::memory_order_acq_rel)) return true;
    }
    return false;
  }
};

}  // namespace gilvm
