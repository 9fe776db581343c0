// Reading a script's source text from a file (source_file.cpp).
#pragma once

#include <string>

namespace gilvm {

// The text of a script file; throws std::runtime_error naming the file if it cannot be read.
std::string read_source_file(const std::string& path);

}  // namespace gilvm
