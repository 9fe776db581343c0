// Front end: source text -> Code. Lexer and parser build an AST; the compiler turns it into
// stack bytecode (opcodes.h), resolving every name at compile time to a local slot or a slot in
// the module's global table, so the interpreter never looks a variable up by name.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/object.h"

namespace gilvm {

// The global variable names of one module, shared by every Code compiled for it. LOAD_GLOBAL
// and STORE_GLOBAL operands index this table (and the module's value array of the same size).
class GlobalNames {
 public:
  uint32_t slot(std::string_view name);  // the slot of `name`, added if new
  std::optional<uint32_t> find(std::string_view name) const;
  const std::string& name(uint32_t slot) const { return names_[slot]; }
  size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t> index_;
};

struct SyntaxError : std::runtime_error {
  std::string filename;
  int line;
  int column;  // 1-based
  SyntaxError(std::string file, int l, int c, const std::string& message)
      : std::runtime_error(message), filename(std::move(file)), line(l), column(c) {}
  // "file:line:col: message"
  std::string formatted() const;
};

// Compiles a whole module. The result is a Code named "<module>" owned by the caller (one
// reference). Throws SyntaxError.
Ref compile_module(std::string_view source, const std::string& filename, GlobalNames& globals);

// Human-readable listing of `code` and, recursively, the functions in its constants.
std::string disassemble(const Code& code, const GlobalNames& globals);

}  // namespace gilvm
