// How values cross between processes (multiprocessing, ProcessPoolExecutor): a byte encoding of
// the VM's own types, the counterpart of pickle for gilvm (serialization.cpp).
//
//   None, bool, int, float, str, bytes   themselves (an int of any size: big ints as hex digits)
//   range                                start, stop, step
//   tuple, list, dict, set, frozenset    recursively (a shared or cyclic item is copied per use;
//                                        a cycle raises ValueError)
//   instance of a script's class         like pickle: the class by name (a top-level class of
//                                        the main module, looked up where decoded) and its
//                                        attributes, recursively
//   exception object                     its class (builtin or the main module's, by name) and
//                                        its args
//   function                             by name, like pickle: a top-level function of the main
//                                        module, or a builtin; looked up again where decoded
//
// Anything else raises TypeError("cannot pickle 'T' object"), CPython's message for the same
// case. Layout: one tag byte, then int64/double/lengths in native byte order (both ends are the
// same binary on the same machine).
#pragma once

#include <string>

#include "runtime/value.h"

namespace gilvm {

struct ThreadState;
struct ExceptionClass;

std::string encode_value(Value value);
// The encoding of the pair (False, cls(message)), a failed task's reply, made without VM
// objects: for threads that do not hold the GIL.
std::string encode_failure(const std::string& class_name, const std::string& message);
// Makes a module's exception class decodable by name, as the builtin ones are.
void register_exception_class(ExceptionClass* cls);
// A new reference; raises on a malformed message or a function the main module lacks.
Value decode_value(ThreadState& thread, const std::string& bytes);

}  // namespace gilvm
