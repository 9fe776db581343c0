#include "frontend/source_file.h"

#include <stdexcept>

#include "common/input_file.h"

namespace gilvm {

std::string read_source_file(const std::string& path) {
  try {
    return gilbench::read_input_file(path, kMaxSourceBytes);
  } catch (const gilbench::InputFileError& error) {
    throw std::runtime_error("cannot open script '" + path + "': " + error.reason());
  }
}

}  // namespace gilvm
