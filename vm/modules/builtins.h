// The builtin functions (builtins.cpp): print, len, range, int, str, ...
#pragma once

#include <string>
#include <unordered_map>

#include "runtime/value.h"

namespace gilvm {

// Adds every builtin function to `builtins` (one new reference each).
void install_builtin_functions(std::unordered_map<std::string, Value>& builtins);

}  // namespace gilvm
