// The synchronisation primitives of the `threading` module (threading_sync.cpp): Lock, RLock,
// Condition, Semaphore, BoundedSemaphore, Event and Barrier. Every blocking wait releases the
// GIL and honours its timeout (blocking.h).
#pragma once

#include "runtime/object.h"

namespace gilvm {

struct Module;
struct ExceptionClass;
struct ThreadState;

// Adds the primitives' constructors and threading.BrokenBarrierError to `module`.
void add_sync_primitives(Module& module);

// A new threading.Event (new reference), and setting one from native code: threading.Timer
// waits on one so that cancel() wakes it.
Value new_event();
void set_event(Value event);
// Waits up to `seconds` for the event, with the GIL released; returns whether it was set.
bool wait_event(ThreadState& thread, Value event, double seconds);

}  // namespace gilvm
