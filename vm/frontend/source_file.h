// Reading a script's source text from a file (source_file.cpp).
#pragma once

#include <cstddef>
#include <string>

namespace gilvm {

// The text of a script file; throws std::runtime_error naming the file if it cannot be read (a
// directory, a device that never ends, more than kMaxSourceBytes).
inline constexpr std::size_t kMaxSourceBytes = std::size_t{64} << 20;
std::string read_source_file(const std::string& path);

}  // namespace gilvm
