// The OSError subclasses chosen by errno, and raising one as CPython does (exceptions.cpp defines
// them with the other builtin exceptions; this header is for the few files that raise them).
#pragma once

#include <string>

#include "runtime/exceptions.h"

namespace gilvm {

namespace exc {
extern ExceptionClass* const FileExistsError;
extern ExceptionClass* const FileNotFoundError;
extern ExceptionClass* const IsADirectoryError;
extern ExceptionClass* const NotADirectoryError;
extern ExceptionClass* const PermissionError;
}  // namespace exc

// Raises the OSError subclass for `error` (FileNotFoundError for ENOENT, ...) with args (errno,
// strerror) and the attributes errno, strerror, filename and filename2 (None when Undefined):
// str() is "[Errno 2] No such file or directory: 'x'" (and " -> 'y'" with a filename2).
[[noreturn]] void raise_os_error(int error, Value filename = Value::undefined(),
                                 Value filename2 = Value::undefined());

// str() of an OSError: "[Errno N] text" and ": 'filename'" when it has one.
std::string os_error_message(const ExceptionObject& e);

}  // namespace gilvm
