// The syntax tree and the recursive-descent parser that builds it from tokens. Operators are
// stored as the opcodes they compile to (Op::ADD, Op::LT, ...), so the compiler needs no table.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/opcodes.h"

namespace gilvm::ast {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

enum class ExprKind : uint8_t {
  Name,   // text
  Int,    // int_value; a literal too large for 64 bits has its digits in text, in base int_value
  Float,  // float_value
  Imaginary,  // float_value: the imaginary part of a complex constant (1j)
  Str,    // text
  Bytes,  // text
  True,
  False,
  None,
  Unary,           // op (NEG, POS, INVERT) kids[0]
  Binary,          // kids[0] op kids[1]
  And,             // kids: two or more operands
  Or,              // kids: two or more operands
  Not,             // kids[0]
  Compare,         // kids[0] compare_ops[0] kids[1] compare_ops[1] kids[2] ...
  IfElse,          // kids[0] if kids[1] else kids[2]
  Call,            // kids[0] callee, then the arguments; the last keywords.size() are keyword args
  Attribute,       // kids[0] . text
  Subscript,       // kids[0] [ kids[1] ]
  Slice,           // kids[0] : kids[1] : kids[2]   (any may be null)
  List,            // kids: items
  Tuple,           // kids: items
  Dict,            // kids: key1 value1 key2 value2 ...
  ListComp,        // [ kids[0] clauses... ]
  FString,         // f-string: kids are Str literals and FormattedValue fields, in order
  FormattedValue,  // {kids[0]!conversion:kids[1]}: int_value is the conversion ('s', 'r', 'a'
                   // or 0), kids[1] the format spec (an FString) or null
  Lambda,          // function: a Def whose body returns the lambda's expression
  Yield,           // yield kids[0] (null for a bare yield)
  YieldFrom,       // yield from kids[0]
  GeneratorExp,    // ( kids[0] clauses... ): a generator function over the first clause's iterable
  Starred,   // *kids[0]: in assignment targets and call arguments (`**` in calls: text == "**")
  DictComp,  // { kids[0]: kids[1] clauses... }
  Set,       // { kids }: items
  SetComp,   // { kids[0] clauses... }
  NamedExpr,  // text := kids[0]: an assignment expression, whose value is kids[0]'s
};

// One `for target in iterable` (target set) or `if condition` (target null) of a comprehension.
struct CompClause {
  ExprPtr target;
  ExprPtr expr;
};

struct Expr {
  ExprKind kind;
  int line, column;
  int height = 1;  // of the subtree; bounded by the parser so that recursion over it is safe
  Op op{};         // Unary and Binary only
  int64_t int_value = 0;
  bool folded = false;  // an Int, Str or Bytes folded from an operator on two constants
  double float_value = 0;
  std::string text;
  std::vector<ExprPtr> kids;
  std::vector<Op> compare_ops;
  std::vector<std::string> keywords;
  std::vector<CompClause> clauses;
  StmtPtr function;  // Lambda

  Expr(ExprKind k, int l, int c) : kind(k), line(l), column(c) {}
  ~Expr();  // in parser.cpp, where Stmt is complete
  void add(ExprPtr kid) {
    if (kid) grow(*kid);
    if (kids.empty()) kids.reserve(2);  // most nodes with kids have two (a + b, f(x), a[i])
    kids.push_back(std::move(kid));
  }
  void grow(const Expr& sub) { height = std::max(height, sub.height + 1); }
};

enum class StmtKind : uint8_t {
  Expr,       // value
  Assign,     // targets (left to right) = value
  AugAssign,  // target op= value
  Def,        // def name(params, defaults for the last defaults.size()): body
  Return,     // value (may be null)
  If,         // branches (the `if` and each `elif`), then else: orelse
  While,      // while value: body
  For,        // for target in value: body
  Break,
  Continue,
  Pass,
  Global,      // names
  Import,      // import module as alias, per entry of `imports`
  ImportFrom,  // from name import entries of `imports`
  With,        // with items: body
  Try,         // try: body; handlers; else: orelse; finally: finalbody
  Raise,       // value (null for a bare re-raise)
  Assert,      // assert value, message
  Nonlocal,    // names
  Class,       // class name(bases): body, with decorators
  Del,         // del targets
};

struct ImportName {
  std::string name;   // possibly dotted: "concurrent.futures"
  std::string alias;  // the name bound; without `as`, the first part of `name` (the package)
};

struct Handler {
  int line, column;
  ExprPtr type;      // null for a bare `except:`
  std::string name;  // `as` name, or empty
  Body body;
};

struct Branch {
  ExprPtr condition;
  Body body;
};

struct WithItem {
  ExprPtr context;
  ExprPtr target;  // may be null
};

struct Stmt {
  StmtKind kind;
  int line, column;
  ExprPtr value;
  ExprPtr target;
  std::vector<ExprPtr> targets;
  ExprPtr message;
  Op op{};  // augmented assignments only
  std::string name;
  std::vector<std::string> names;
  std::vector<ExprPtr> defaults;
  std::vector<ImportName> imports;
  std::vector<Branch> branches;
  std::vector<WithItem> items;
  std::vector<Handler> handlers;
  Body body, orelse, finalbody;
  std::vector<ExprPtr> decorators;  // Def, Class: outermost first
  std::vector<ExprPtr> bases;       // Class
  ExprPtr metaclass;                // Class: `metaclass=...`, or null
  // Class: its other keyword arguments (`class C(Base, flag=True)`), for the metaclass and
  // __init_subclass__.
  std::vector<std::string> class_keyword_names;
  std::vector<ExprPtr> class_keywords;
  ExprPtr cause;                    // Raise: `from` cause
  // Def: parameters after `names` (the positional ones): keyword-only ones with their defaults
  // (null where required), then the names of *args and **kwargs (empty when absent).
  std::vector<std::string> kwonly;
  std::vector<ExprPtr> kwdefaults;
  size_t posonly = 0;  // how many of `names` come before a `/`: positional-only
  std::string varargs, varkw;

  Stmt(StmtKind k, int l, int c) : kind(k), line(l), column(c) {}
};

// Parses a whole module. Throws SyntaxError.
Body parse(std::string_view source, const std::string& filename);

}  // namespace gilvm::ast
