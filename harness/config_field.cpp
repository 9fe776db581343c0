#include "harness/config_field.h"

namespace gilbench::harness {

std::string describe_json(const nlohmann::ordered_json& value) {
  std::string dumped = value.dump();
  if (dumped.size() > 40) dumped = dumped.substr(0, 37) + "...";
  if (value.is_string()) return "string " + dumped;
  if (value.is_boolean()) return "boolean " + dumped;
  if (value.is_number()) return "number " + dumped;
  if (value.is_null()) return "null";
  return value.is_array() ? "an array" : "an object";
}

}  // namespace gilbench::harness
