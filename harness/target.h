// What `tune` and `reproduce` measure: a gilvm GIL design, or a real Python interpreter.
// Real interpreters become cells with issue 9 ({"interpreter": "python3.11"} rows); until that
// lands here, an interpreter target is "not measurable yet" and says why. That is the one seam:
// unavailable_reason() and the cell it would run.
#pragma once

#include <optional>
#include <string>

namespace gilbench::harness {

struct Target {
  enum class Kind { design, interpreter };
  Kind kind = Kind::design;
  std::string name;  // "newgil", or "python2.7", "pyenv:3.9.18", a path

  static Target design(std::string name) { return {Kind::design, std::move(name)}; }
  static Target interpreter(std::string name) { return {Kind::interpreter, std::move(name)}; }
  std::string label() const { return kind == Kind::design ? "gilvm " + name : name; }
  // Why this build cannot run the target; nullopt when it can.
  std::optional<std::string> unavailable_reason() const {
    if (kind == Kind::design) return std::nullopt;
    return "real interpreters (" + name + ") are not harness targets in this build yet (issue 9)";
  }
};

}  // namespace gilbench::harness
