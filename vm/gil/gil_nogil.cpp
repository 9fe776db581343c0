// The `nogil` design: free threading, no global lock at all.
//
// Where it comes from
//   PEP 703 (CPython 3.13's --disable-gil build): threads run Python code truly in parallel, and
//   what the GIL used to protect is made safe object by object.
//
// State
//   None. take() and drop() only do the base class's bookkeeping (so the statistics still count
//   blocking calls as voluntary releases); nobody waits, nobody is asked to let go, and the eval
//   breaker's drop request is never set.
//
// What replaces the lock (elsewhere, switched on by is_exclusive() == false through
// FreeThreadedScope, see runtime/object.h and runtime/globals.h)
//   refcounts      atomic; functions, code, modules and builtins are immortal, so threads calling
//                  the same function do not share a written cache line (PEP 683/703).
//   lists, dicts,  a mutex per object, held only around reading or changing the container
//   modules        itself, never across a call that may take another (no lock-order deadlocks).
//   globals        a seqlock: readers never write, writers serialise; displaced values are
//                  retired and freed once a single VM thread is left.
//   threading.Lock already a real mutex; it is what scripts use to make `x += 1` atomic.
// Not covered: an iterator or a socket object shared by two threads that use it at the same
// time (CPython 3.13 does not promise those either), and `x += 1` on a shared variable, which
// loses updates as it does on CPython.
#include "gil/gil.h"

namespace gilvm {
namespace {

class NoGil final : public Gil {
 public:
  explicit NoGil(const GilConfig& config) : Gil(config) {}

  std::string_view name() const override { return "nogil"; }
  bool is_exclusive() const override { return false; }

 protected:
  void do_take(GilThread& /*thread*/) override {}
  void do_drop(GilThread& /*thread*/, WaitKind /*kind*/) override {}
  bool do_yield_on_request(GilThread& /*thread*/) override { return false; }
};

}  // namespace

std::unique_ptr<Gil> make_nogil_gil(const GilConfig& config) {
  return std::make_unique<NoGil>(config);
}

}  // namespace gilvm
