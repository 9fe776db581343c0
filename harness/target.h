// What `tune` and `reproduce` measure: a gilvm GIL design, or a real Python interpreter (an
// interpreter cell, found by attach_interpreters; a missing one is skipped with the reason).
#pragma once

#include <string>

#include "harness/cells.h"

namespace gilbench::harness {

struct Target {
  enum class Kind { design, interpreter };
  Kind kind = Kind::design;
  std::string name;  // "newgil", or an interpreter spec: "python2.7", "pyenv:3.9.18", a path

  static Target design(std::string name) { return {Kind::design, std::move(name)}; }
  static Target interpreter(std::string name) { return {Kind::interpreter, std::move(name)}; }
  std::string label() const { return kind == Kind::design ? "gilvm " + name : name; }

  // The cell parameters that run this target: a VM design, or an interpreter cell.
  void apply_to(CellParameters& parameters) const {
    parameters.server = kind == Kind::design ? "vm" : "interpreter";
    parameters.gil = kind == Kind::design ? name : "";
    parameters.interpreter = kind == Kind::interpreter ? name : "";
  }
};

}  // namespace gilbench::harness
