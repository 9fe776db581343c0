#include "frontend/source_file.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace gilvm {

std::string read_source_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open script '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace gilvm
