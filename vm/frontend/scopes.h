// Scope analysis (scopes.cpp): before any code is emitted, works out for every function, lambda
// and class body which names it binds, which of its locals inner functions capture (cells) and
// which names it takes from enclosing functions (free variables), as CPython's symtable does.
// The compiler then resolves each name to a local slot, a cell or a global.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/parser.h"

namespace gilvm {

// The parameter of a generator expression's function: the iterator of its first `for`.
inline constexpr const char* kGeneratorArgument = ".0";

struct Scope {
  enum class Type { Module, Function, Class };
  Type type;
  Scope* parent = nullptr;
  int line = 1, column = 1;
  std::vector<std::string> locals;  // bound here, parameters first, in order of first binding
  // The sets view the names' text in the syntax tree, which outlives the table.
  std::unordered_set<std::string_view> local_set, globals, nonlocals, used;
  std::unordered_set<std::string_view> cells;  // locals that inner functions capture
  std::vector<std::string> frees;  // names taken from enclosing functions, in slot order
  std::unordered_set<std::string_view> needs;  // names used here or below and not bound here
  std::vector<std::unique_ptr<Scope>> children;
  bool is_generator = false;  // a function containing `yield`, or a generator expression
  const char* comprehension = nullptr;  // a comprehension's function: "list comprehension"...
  std::unordered_map<std::string, std::pair<int, int>> nonlocal_at;  // each declaration's line, column

  bool is_local(std::string_view name) const { return local_set.count(name) != 0; }
  bool is_free(std::string_view name) const;
};

// The scopes of one module, found by their syntax node: the Def or Class statement, the Lambda
// expression, nullptr for the module itself.
class ScopeTable {
 public:
  Scope& of(const void* node) const { return *index_.at(node); }

 private:
  friend ScopeTable analyze_scopes(const ast::Body& module, const std::string& filename);
  std::unique_ptr<Scope> root_;
  std::unordered_map<const void*, Scope*> index_;
};

// Throws SyntaxError for a bad `nonlocal` (none at module level, no binding found, bound first).
ScopeTable analyze_scopes(const ast::Body& module, const std::string& filename);

}  // namespace gilvm
