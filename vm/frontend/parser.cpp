#include "frontend/parser.h"

#include <optional>

#include <algorithm>
#include <array>
#include <iterator>
#include <cstdint>
#include <utility>

#include "frontend/compiler.h"
#include "frontend/lexer.h"

namespace gilvm::ast {
namespace {

// Bounds both the height of an expression tree and the parser's recursion on prefix operators,
// so that nothing recursive (parser, compiler, destructors) can overflow the C++ stack.
constexpr int kMaxNesting = 1000;

struct BinaryOp {
  uint8_t id;  // operator_id()
  Op op;
  int level;  // 0 binds loosest
};
constexpr BinaryOp kBinaryOps[] = {
    {operator_id("|"), Op::BIT_OR, 0},     {operator_id("^"), Op::BIT_XOR, 1},
    {operator_id("&"), Op::BIT_AND, 2},    {operator_id("<<"), Op::LSHIFT, 3},
    {operator_id(">>"), Op::RSHIFT, 3},    {operator_id("+"), Op::ADD, 4},
    {operator_id("-"), Op::SUB, 4},        {operator_id("*"), Op::MUL, 5},
    {operator_id("/"), Op::TRUEDIV, 5},    {operator_id("//"), Op::FLOORDIV, 5},
    {operator_id("%"), Op::MOD, 5},
};
// kBinaryOps by token id: the entry's index plus one, 0 for a token that is none of them.
constexpr auto kBinaryOpByTokenId = [] {
  std::array<uint8_t, 256> table{};
  for (size_t i = 0; i < std::size(kBinaryOps); ++i)
    table[kBinaryOps[i].id] = static_cast<uint8_t>(i + 1);
  return table;
}();

struct NamedOp {
  uint8_t id;  // operator_id()
  Op op;
};
constexpr NamedOp kCompareOps[] = {
    {operator_id("<"), Op::LT},  {operator_id("<="), Op::LE}, {operator_id("=="), Op::EQ},
    {operator_id("!="), Op::NE}, {operator_id(">"), Op::GT},  {operator_id(">="), Op::GE}};
constexpr NamedOp kAugmentedOps[] = {
    {operator_id("+="), Op::ADD},       {operator_id("-="), Op::SUB},
    {operator_id("*="), Op::MUL},       {operator_id("/="), Op::TRUEDIV},
    {operator_id("//="), Op::FLOORDIV}, {operator_id("%="), Op::MOD},
    {operator_id("**="), Op::POW},      {operator_id("<<="), Op::LSHIFT},
    {operator_id(">>="), Op::RSHIFT},   {operator_id("&="), Op::BIT_AND},
    {operator_id("|="), Op::BIT_OR},    {operator_id("^="), Op::BIT_XOR}};

// An operator or keyword as the parser's source names it ("(", "def"): checked and turned into
// its token id at compile time, so that testing a token compares one byte.
struct OpText {
  std::string_view text;
  uint8_t id;
  consteval OpText(const char* op) : text(op), id(operator_id(op)) {}
};
struct KwText {
  std::string_view text;
  uint8_t id;
  consteval KwText(const char* keyword) : text(keyword), id(keyword_id(keyword)) {}
};
bool is_op(const Token& t, OpText op) { return t.id == op.id; }
bool is_kw(const Token& t, KwText kw) { return t.id == kw.id; }

// Statement keywords of Python that this subset leaves out.
constexpr std::string_view kUnsupportedKeywords[] = {"async", "await"};

class Parser {
 public:
  Parser(std::vector<Token> tokens, const std::string& filename)
      : tokens_(std::move(tokens)), filename_(filename) {}

  Body module() {
    Body body;
    while (!at(TokenKind::End)) statement(body);
    return body;
  }

 private:
  std::vector<Token> tokens_;
  const std::string& filename_;
  size_t pos_ = 0;
  int depth_ = 0;
  // Class bodies keep their annotations in __annotations__ (dataclasses reads them); functions
  // and modules drop them. `from __future__ import annotations` keeps them as source strings.
  bool in_class_body_ = false;
  bool class_has_annotations_ = false;
  bool future_annotations_ = false;
  StmtPtr annotation_store_;  // `__annotations__['x'] = T`, after the statement that made it

  // --- token helpers

  // pos_ never passes the last token (End): only a look further ahead is clamped.
  const Token& peek() const { return tokens_[pos_]; }
  const Token& peek(size_t ahead) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  const Token& advance() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
  }
  bool at(TokenKind kind) const { return peek().kind == kind; }
  bool at_op(OpText op) const { return is_op(peek(), op); }
  bool at_op(OpText op, size_t ahead) const { return is_op(peek(ahead), op); }
  bool at_kw(KwText kw) const { return is_kw(peek(), kw); }
  bool at_kw(KwText kw, size_t ahead) const { return is_kw(peek(ahead), kw); }
  bool accept_op(OpText op) {
    if (!at_op(op)) return false;
    advance();
    return true;
  }
  bool accept_kw(KwText kw) {
    if (!at_kw(kw)) return false;
    advance();
    return true;
  }
  const Token& expect_op(OpText op) {
    if (!at_op(op)) error(peek(), "expected '" + std::string(op.text) + "'");
    return advance();
  }
  void expect_kw(KwText kw) {
    if (!accept_kw(kw)) error(peek(), "expected '" + std::string(kw.text) + "'");
  }
  std::string expect_name(const char* what) {
    if (!at(TokenKind::Name)) error(peek(), std::string("expected ") + what);
    return advance().text;
  }
  bool at_statement_end() const { return at(TokenKind::Newline) || at_op(";"); }

  [[noreturn]] void error(int line, int column, const std::string& message) const {
    throw SyntaxError(filename_, line, column, message);
  }
  [[noreturn]] void error(const Token& t, const std::string& message) const {
    error(t.line, t.column, message);
  }
  [[noreturn]] void error(const Expr& e, const std::string& message) const {
    error(e.line, e.column, message);
  }
  [[noreturn]] void invalid_syntax(const Token& t) const {
    if (t.kind == TokenKind::Indent) error(t, "unexpected indent");
    if (t.kind == TokenKind::Keyword) {
      for (std::string_view kw : kUnsupportedKeywords) {
        if (t.text == kw) error(t, "'" + t.text + "' is not supported");
      }
    }
    error(t, "invalid syntax");
  }

  // Counts recursion through prefix operators and right-nested constructs.
  class DepthGuard {
   public:
    DepthGuard(Parser& p, const Token& at) : p_(p) {
      if (++p_.depth_ > kMaxNesting) p_.error(at, "expression is too deeply nested");
    }
    ~DepthGuard() { --p_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

   private:
    Parser& p_;
  };

  // --- node helpers

  static ExprPtr node(ExprKind kind, int line, int column) {
    return std::make_unique<Expr>(kind, line, column);
  }
  static ExprPtr node(ExprKind kind, const Token& t) { return node(kind, t.line, t.column); }
  static ExprPtr node(ExprKind kind, const Expr& at) { return node(kind, at.line, at.column); }
  static StmtPtr stmt(StmtKind kind, const Token& t) {
    return std::make_unique<Stmt>(kind, t.line, t.column);
  }

  void check_height(const Expr& e) const {
    if (e.height > kMaxNesting) error(e, "expression is too deeply nested");
  }
  void adopt(Expr& parent, ExprPtr kid) const {
    parent.add(std::move(kid));
    check_height(parent);
  }

  // --- statements

  void statement(Body& out) {
    const Token& t = peek();
    if (t.kind == TokenKind::Keyword) {
      if (is_kw(t, "if")) return out.push_back(if_statement());
      if (is_kw(t, "while")) return out.push_back(while_statement());
      if (is_kw(t, "for")) return out.push_back(for_statement());
      if (is_kw(t, "try")) return out.push_back(try_statement());
      if (is_kw(t, "with")) return out.push_back(with_statement());
      if (is_kw(t, "def")) return out.push_back(def_statement());
      if (is_kw(t, "class")) return out.push_back(class_statement());
    }
    if (at_op("@")) return out.push_back(decorated());
    simple_statements(out);
  }

  // `@expr NEWLINE` lines, then the def or class they decorate.
  StmtPtr decorated() {
    std::vector<ExprPtr> decorators;
    while (accept_op("@")) {
      decorators.push_back(test());
      if (!at(TokenKind::Newline)) invalid_syntax(peek());
      advance();
    }
    StmtPtr s;
    if (at_kw("def")) {
      s = def_statement();
    } else if (at_kw("class")) {
      s = class_statement();
    } else {
      invalid_syntax(peek());
    }
    s->decorators = std::move(decorators);
    return s;
  }

  StmtPtr class_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::Class, kw);
    s->name = expect_name("a class name");
    if (accept_op("(")) {
      while (!at_op(")")) {
        if (at(TokenKind::Name) && at_op("=", 1)) {
          const std::string keyword = advance().text;
          advance();
          if (keyword == "metaclass") {
            s->metaclass = test();
          } else {
            s->class_keyword_names.push_back(keyword);
            s->class_keywords.push_back(test());
          }
        } else {
          s->bases.push_back(test());
        }
        if (!accept_op(",")) break;
      }
      expect_op(")");
    }
    bool in_class = std::exchange(in_class_body_, true);
    bool had_annotations = std::exchange(class_has_annotations_, false);
    s->body = block(kw);
    if (class_has_annotations_) {  // CPython's SETUP_ANNOTATIONS: `__annotations__ = {}` first
      auto setup = stmt(StmtKind::Assign, kw);
      setup->targets.push_back(name_node("__annotations__", kw));
      setup->value = node(ExprKind::Dict, kw);
      s->body.insert(s->body.begin(), std::move(setup));
    }
    in_class_body_ = in_class;
    class_has_annotations_ = had_annotations;
    return s;
  }

  static ExprPtr name_node(std::string name, const Token& at) {
    auto e = node(ExprKind::Name, at);
    e->text = std::move(name);
    return e;
  }

  void simple_statements(Body& out) {
    do {
      if (at(TokenKind::Newline)) break;  // after a trailing ';'
      out.push_back(simple_statement());
      if (annotation_store_) out.push_back(std::move(annotation_store_));
    } while (accept_op(";"));
    if (!at(TokenKind::Newline)) {
      const Stmt& last = *out.back();
      if (last.kind == StmtKind::Expr && last.value->kind == ExprKind::Name &&
          last.value->text == "print" && starts_expression()) {
        error(last.line, last.column,
              "Missing parentheses in call to 'print'. Did you mean print(...)?");
      }
      invalid_syntax(peek());
    }
    advance();
  }

  // ':' then either statements on the same line or an indented block.
  Body block(const Token& owner) {
    expect_op(":");
    Body body;
    if (!at(TokenKind::Newline)) {
      simple_statements(body);
      return body;
    }
    advance();
    if (!at(TokenKind::Indent)) {
      std::string what =
          owner.text == "def" ? "function definition" : "'" + owner.text + "' statement";
      error(peek(),
            "expected an indented block after " + what + " on line " + std::to_string(owner.line));
    }
    advance();
    while (!at(TokenKind::Dedent) && !at(TokenKind::End)) statement(body);
    advance();
    return body;
  }

  StmtPtr if_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::If, kw);
    const Token* branch_kw = &kw;
    for (;;) {
      Branch branch;
      branch.condition = test();
      branch.body = block(*branch_kw);
      s->branches.push_back(std::move(branch));
      if (!at_kw("elif")) break;
      branch_kw = &advance();
    }
    if (at_kw("else")) s->orelse = block(advance());
    return s;
  }

  StmtPtr while_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::While, kw);
    s->value = test();
    s->body = block(kw);
    if (at_kw("else")) s->orelse = block(advance());
    return s;
  }

  StmtPtr for_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::For, kw);
    s->target = target_list();
    expect_kw("in");
    s->value = expr_list();
    s->body = block(kw);
    if (at_kw("else")) s->orelse = block(advance());
    return s;
  }

  StmtPtr try_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::Try, kw);
    s->body = block(kw);
    while (at_kw("except")) {
      const Token& except = advance();
      if (!s->handlers.empty() && !s->handlers.back().type) {
        const Handler& bare = s->handlers.back();
        error(bare.line, bare.column, "default 'except:' must be last");
      }
      if (at_op("*")) error(peek(), "'except*' is not supported");
      Handler h{except.line, except.column, nullptr, "", {}};
      if (!at_op(":")) {
        h.type = test();
        if (at_op(",")) error(peek(), "multiple exception types must be parenthesized");
        if (accept_kw("as")) h.name = expect_name("a name after 'as'");
      }
      h.body = block(except);
      s->handlers.push_back(std::move(h));
    }
    if (at_kw("else")) {
      if (s->handlers.empty()) error(peek(), "'else' without 'except'");
      s->orelse = block(advance());
    }
    if (at_kw("finally")) s->finalbody = block(advance());
    if (s->handlers.empty() && s->finalbody.empty()) {
      error(peek(), "expected 'except' or 'finally' block");
    }
    return s;
  }

  StmtPtr with_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::With, kw);
    do {
      WithItem item;
      item.context = test();
      if (accept_kw("as")) {
        item.target = binary(0);
        validate_target(*item.target);
      }
      s->items.push_back(std::move(item));
    } while (accept_op(","));
    s->body = block(kw);
    return s;
  }

  StmtPtr def_statement() {
    const Token& kw = advance();
    auto s = stmt(StmtKind::Def, kw);
    s->name = expect_name("a function name");
    expect_op("(");
    parameters(*s, ")");
    expect_op(")");
    // Annotations are parsed and dropped: nothing reads __annotations__ here, and CPython runs
    // a program the same without them (a name in one that is undefined goes unnoticed).
    if (accept_op("->")) test();
    bool in_class = std::exchange(in_class_body_, false);
    s->body = block(kw);
    in_class_body_ = in_class;
    return s;
  }

  // The parameters of a def (up to ')') or a lambda (up to ':'), into s.names and s.defaults.
  void parameters(Stmt& s, OpText closing) {
    bool keyword_only = false;  // after `*` or `*args`
    std::vector<std::string> seen;
    auto parameter_name = [&]() {
      const Token& param = peek();
      std::string name = expect_name("a parameter name");
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(param, "duplicate argument '" + name + "' in function definition");
      }
      if (closing.text == ")" && accept_op(":")) test();  // an annotation, dropped (def_statement)
      seen.push_back(name);
      return name;
    };
    while (!at_op(closing)) {
      if (!s.varkw.empty()) error(peek(), "arguments cannot follow var-keyword argument");
      if (accept_op("**")) {
        s.varkw = parameter_name();
      } else if (at_op("/")) {
        const Token& slash = advance();
        if (keyword_only) error(slash, "/ must be ahead of *");
        if (s.posonly > 0) error(slash, "/ may appear only once");
        if (s.names.empty()) error(slash, "at least one argument must precede /");
        s.posonly = s.names.size();
      } else if (at_op("*")) {
        const Token& star = advance();
        if (keyword_only) error(star, "* argument may appear only once");
        keyword_only = true;
        if (at(TokenKind::Name)) {
          s.varargs = parameter_name();
        } else if (at_op(closing) ||
                   (at_op(",") && is_op(peek(1), closing))) {
          error(star, "named arguments must follow bare *");
        }
      } else {
        const Token& param = peek();
        std::string name = parameter_name();
        if (keyword_only) {
          s.kwdefaults.push_back(accept_op("=") ? test() : nullptr);
          s.kwonly.push_back(std::move(name));
        } else {
          if (accept_op("=")) {
            s.defaults.push_back(test());
          } else if (!s.defaults.empty()) {
            error(param, "non-default argument follows default argument");
          }
          s.names.push_back(std::move(name));
        }
      }
      if (!accept_op(",")) break;
    }
  }

  // lambda params: expression  ->  a Def named <lambda> returning the expression.
  ExprPtr lambda() {
    const Token& kw = advance();
    auto e = node(ExprKind::Lambda, kw);
    auto def = stmt(StmtKind::Def, kw);
    def->name = "<lambda>";
    parameters(*def, ":");
    expect_op(":");
    auto ret = stmt(StmtKind::Return, kw);
    ret->value = test();
    e->grow(*ret->value);
    check_height(*e);
    def->body.push_back(std::move(ret));
    e->function = std::move(def);
    return e;
  }

  StmtPtr simple_statement() {
    const Token& t = peek();
    if (t.kind != TokenKind::Keyword) return expression_statement();
    const std::string& kw = t.text;
    if (kw == "pass" || kw == "break" || kw == "continue") {
      advance();
      return stmt(kw == "pass"    ? StmtKind::Pass
                  : kw == "break" ? StmtKind::Break
                                  : StmtKind::Continue,
                  t);
    }
    if (kw == "return") {
      advance();
      auto s = stmt(StmtKind::Return, t);
      if (!at_statement_end()) s->value = expr_list();
      return s;
    }
    if (kw == "raise") {
      advance();
      auto s = stmt(StmtKind::Raise, t);
      if (!at_statement_end()) s->value = test();
      if (s->value && accept_kw("from")) s->cause = test();
      return s;
    }
    if (kw == "global" || kw == "nonlocal") {
      advance();
      auto s = stmt(kw == "global" ? StmtKind::Global : StmtKind::Nonlocal, t);
      do s->names.push_back(expect_name("a name"));
      while (accept_op(","));
      return s;
    }
    if (kw == "del") {
      advance();
      auto s = stmt(StmtKind::Del, t);
      do {
        ExprPtr target = binary(0);
        if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute &&
            target->kind != ExprKind::Subscript) {
          error(*target, "cannot delete " + describe(*target));
        }
        s->targets.push_back(std::move(target));
      } while (accept_op(",") && !at_statement_end());
      return s;
    }
    if (kw == "assert") {
      advance();
      auto s = stmt(StmtKind::Assert, t);
      s->value = test();
      if (accept_op(",")) s->message = test();
      return s;
    }
    if (kw == "import") return import_statement();
    if (kw == "from") return from_import_statement();
    return expression_statement();
  }

  std::string module_name() {
    if (at_op(".") || at_op("...")) error(peek(), "relative imports are not supported");
    std::string name = expect_name("a module name");
    while (accept_op("."))
      name += "." + expect_name("a module name after '.'");  // concurrent.futures
    return name;
  }

  // `import a.b` binds the package `a` (ImportName's comment); `import a.b as c` binds a.b.
  ImportName import_name(std::string name) {
    ImportName entry{name, name.substr(0, name.find('.'))};
    if (accept_kw("as")) entry.alias = expect_name("a name after 'as'");
    return entry;
  }

  StmtPtr import_statement() {
    auto s = stmt(StmtKind::Import, advance());
    do s->imports.push_back(import_name(module_name()));
    while (accept_op(","));
    return s;
  }

  StmtPtr from_import_statement() {
    auto s = stmt(StmtKind::ImportFrom, advance());
    s->name = module_name();
    expect_kw("import");
    if (at_op("*")) error(peek(), "'import *' is not supported");
    bool parenthesized = accept_op("(");
    do {
      if (parenthesized && at_op(")")) break;
      s->imports.push_back(import_name(expect_name("a name to import")));
    } while (accept_op(","));
    if (parenthesized) expect_op(")");
    if (s->name == "__future__") {
      for (const ImportName& i : s->imports) future_annotations_ |= i.name == "annotations";
    }
    return s;
  }

  StmtPtr expression_statement() {
    const Token& t = peek();
    ExprPtr first = expr_list();
    if (accept_op(":")) return annotated_assignment(std::move(first), t);
    if (at_op("@=")) error(peek(), "'@=' is not supported");
    for (const NamedOp& aug : kAugmentedOps) {
      if (peek().id != aug.id) continue;
      if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
          first->kind != ExprKind::Subscript) {
        error(*first,
              "'" + describe(*first) + "' is an illegal expression for augmented assignment");
      }
      advance();
      auto s = stmt(StmtKind::AugAssign, t);
      s->op = aug.op;
      s->target = std::move(first);
      s->value = expr_list();
      return s;
    }
    if (!at_op("=")) {
      auto s = stmt(StmtKind::Expr, t);
      s->value = std::move(first);
      return s;
    }
    auto s = stmt(StmtKind::Assign, t);
    s->targets.push_back(std::move(first));
    while (accept_op("=")) s->targets.push_back(expr_list());
    s->value = std::move(s->targets.back());
    s->targets.pop_back();
    for (const ExprPtr& target : s->targets) validate_target(*target);
    return s;
  }

  // `target: annotation [= value]`: the assignment is kept; the annotation is dropped
  // (def_statement) except for a name in a class body, which CPython stores after the assignment
  // as `__annotations__['name'] = annotation` (annotation_store_). Without a value there is no
  // assignment: a `pass`.
  StmtPtr annotated_assignment(ExprPtr target, const Token& t) {
    if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute &&
        target->kind != ExprKind::Subscript) {
      error(*target, target->kind == ExprKind::Tuple
                         ? "only single target (not tuple) can be annotated"
                         : "illegal target for annotation");
    }
    const size_t annotation_start = pos_;
    ExprPtr annotation = test();
    if (in_class_body_ && target->kind == ExprKind::Name) {
      class_has_annotations_ = true;
      if (future_annotations_) {
        auto text = node(ExprKind::Str, *annotation);
        text->text = source_text(annotation_start, pos_);
        annotation = std::move(text);
      }
      auto key = node(ExprKind::Str, *target);
      key->text = target->text;
      auto slot = node(ExprKind::Subscript, *target);
      slot->add(name_node("__annotations__", t));
      slot->add(std::move(key));
      annotation_store_ = stmt(StmtKind::Assign, t);
      annotation_store_->targets.push_back(std::move(slot));
      annotation_store_->value = std::move(annotation);
    }
    if (!accept_op("=")) return stmt(StmtKind::Pass, t);
    auto s = stmt(StmtKind::Assign, t);
    s->targets.push_back(std::move(target));
    s->value = expr_list();
    return s;
  }

  // Tokens [begin, end) as source text, spaced as ast.unparse() writes an annotation: `Dict[str,
  // int]`, `int | None` (what `from __future__ import annotations` stores).
  std::string source_text(size_t begin, size_t end) const {
    std::string text;
    for (size_t i = begin; i < end; ++i) {
      const Token& token = tokens_[i];
      const bool op = token.kind == TokenKind::Op;
      const bool tight = op && (token.text == "[" || token.text == "]" || token.text == "(" ||
                                token.text == ")" || token.text == "." || token.text == ",");
      const bool after_open = !text.empty() && (text.back() == '[' || text.back() == '(' ||
                                                text.back() == '.');
      if (!text.empty() && !tight && !after_open) text += ' ';
      if (token.kind == TokenKind::Str) {
        text += "'" + token.text + "'";
      } else {
        text += token.text;
      }
    }
    return text;
  }

  static std::string describe(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Int:
      case ExprKind::Str:
      case ExprKind::Bytes:
        if (e.folded) return "expression";  // as the operation it was written as
        [[fallthrough]];
      case ExprKind::Float:
      case ExprKind::Imaginary: return "literal";
      case ExprKind::True: return "True";
      case ExprKind::False: return "False";
      case ExprKind::None: return "None";
      case ExprKind::Call: return "function call";
      case ExprKind::Compare: return "comparison";
      case ExprKind::IfElse: return "conditional expression";
      case ExprKind::Dict: return "dict literal";
      case ExprKind::ListComp: return "list comprehension";
      case ExprKind::Set: return "set display";
      case ExprKind::SetComp: return "set comprehension";
      case ExprKind::DictComp: return "dict comprehension";
      case ExprKind::FString: return "f-string expression";
      case ExprKind::GeneratorExp: return "generator expression";
      case ExprKind::Yield:
      case ExprKind::YieldFrom: return "yield expression";
      case ExprKind::Lambda: return "lambda";
      case ExprKind::Tuple: return "tuple";
      case ExprKind::List: return "list";
      default: return "expression";
    }
  }

  void validate_target(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::Name:
      case ExprKind::Attribute:
      case ExprKind::Subscript: return;
      case ExprKind::Tuple:
      case ExprKind::List: {
        size_t starred = 0;
        for (const ExprPtr& kid : e.kids) {
          if (kid->kind == ExprKind::Starred) {
            if (++starred > 1) error(*kid, "multiple starred expressions in assignment");
            validate_target(*kid->kids[0]);
          } else {
            validate_target(*kid);
          }
        }
        return;
      }
      case ExprKind::Starred: error(e, "starred assignment target must be in a list or tuple");
      default: error(e, "cannot assign to " + describe(e));
    }
  }

  // --- expressions

  bool starts_expression() const {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Name:
      case TokenKind::Int:
      case TokenKind::Float:
      case TokenKind::Imaginary:
      case TokenKind::Str:
      case TokenKind::FString:
      case TokenKind::Bytes: return true;
      case TokenKind::Keyword:
        return is_kw(t, "not") || is_kw(t, "True") || is_kw(t, "False") || is_kw(t, "None") ||
               is_kw(t, "lambda") || is_kw(t, "yield") || is_kw(t, "await");
      case TokenKind::Op:
        return is_op(t, "(") || is_op(t, "[") || is_op(t, "{") || is_op(t, "-") ||
               is_op(t, "+") || is_op(t, "~") || is_op(t, "*") || is_op(t, "...");
      default: return false;
    }
  }

  // `a, b, c` (a tuple) or a single expression.
  ExprPtr expr_list() {
    ExprPtr first = test();
    if (!at_op(",")) return first;
    auto tuple = node(ExprKind::Tuple, *first);
    adopt(*tuple, std::move(first));
    while (accept_op(",") && starts_expression()) adopt(*tuple, test());
    return tuple;
  }

  // Targets of `for` and of comprehensions: stops before `in`.
  ExprPtr target_list() {
    ExprPtr target = binary(0);
    if (at_op(",")) {
      auto tuple = node(ExprKind::Tuple, *target);
      adopt(*tuple, std::move(target));
      while (accept_op(",") && !at_kw("in")) adopt(*tuple, binary(0));
      target = std::move(tuple);
    }
    validate_target(*target);
    return target;
  }

  ExprPtr test() {
    if (at_kw("lambda")) return lambda();
    if (at_kw("yield")) return yield_expression();
    ExprPtr body = or_test();
    if (at_op(":=")) return named_expression(std::move(body));
    if (!at_kw("if")) return body;
    DepthGuard guard(*this, peek());
    advance();
    auto e = node(ExprKind::IfElse, *body);
    adopt(*e, std::move(body));
    adopt(*e, or_test());
    if (!accept_kw("else")) error(peek(), "expected 'else' after 'if' expression");
    adopt(*e, test());
    return e;
  }

  // NAME := test (PEP 572). The target is a name only, with CPython's words for the others.
  ExprPtr named_expression(ExprPtr target) {
    if (target->kind != ExprKind::Name) {
      const char* what = target->kind == ExprKind::Attribute   ? "attribute"
                         : target->kind == ExprKind::Subscript ? "subscript"
                         : target->kind == ExprKind::Tuple     ? "tuple"
                         : target->kind == ExprKind::List      ? "list"
                                                               : "expression";
      error(*target, std::string("cannot use assignment expressions with ") + what);
    }
    DepthGuard guard(*this, peek());
    advance();
    auto e = node(ExprKind::NamedExpr, *target);
    e->text = target->text;
    adopt(*e, test());
    return e;
  }

  // yield [expression list] | yield from expression
  ExprPtr yield_expression() {
    const Token& kw = advance();
    if (accept_kw("from")) {
      auto e = node(ExprKind::YieldFrom, kw);
      adopt(*e, test());
      return e;
    }
    auto e = node(ExprKind::Yield, kw);
    if (!at_statement_end() && !at_op(")") && !at_op("]") && !at_op("}") && !at_op("=")) {
      adopt(*e, expr_list());
    } else {
      e->kids.push_back(nullptr);
    }
    return e;
  }

  ExprPtr or_test() { return bool_op(ExprKind::Or, "or", &Parser::and_test); }
  ExprPtr and_test() { return bool_op(ExprKind::And, "and", &Parser::not_test); }

  ExprPtr bool_op(ExprKind kind, KwText kw, ExprPtr (Parser::*operand)()) {
    ExprPtr first = (this->*operand)();
    if (!at_kw(kw)) return first;
    auto e = node(kind, *first);
    adopt(*e, std::move(first));
    while (accept_kw(kw)) adopt(*e, (this->*operand)());
    return e;
  }

  ExprPtr not_test() {
    if (!at_kw("not")) return comparison();
    DepthGuard guard(*this, peek());
    auto e = node(ExprKind::Not, advance());
    adopt(*e, not_test());
    return e;
  }

  // Consumes a comparison operator if there is one.
  std::optional<Op> compare_op() {
    for (const NamedOp& c : kCompareOps) {
      if (peek().id == c.id) {
        advance();
        return c.op;
      }
    }
    if (accept_kw("in")) return Op::IN;
    if (at_kw("not") && at_kw("in", 1)) {
      advance();
      advance();
      return Op::NOT_IN;
    }
    if (accept_kw("is")) return accept_kw("not") ? Op::IS_NOT : Op::IS;
    return std::nullopt;
  }

  ExprPtr comparison() {
    ExprPtr first = binary(0);
    std::optional<Op> op = compare_op();
    if (!op) return first;
    auto e = node(ExprKind::Compare, *first);
    adopt(*e, std::move(first));
    do {
      e->compare_ops.push_back(*op);
      adopt(*e, binary(0));
    } while ((op = compare_op()));
    return e;
  }

  // The binary operator at the current token if it binds at `min_level` or tighter.
  const BinaryOp* binary_op_at(int min_level) const {
    const uint8_t index = kBinaryOpByTokenId[peek().id];
    if (index == 0 || kBinaryOps[index - 1].level < min_level) return nullptr;
    return &kBinaryOps[index - 1];
  }

  // An int literal's value if it fits 127 bits (a literal past 64 bits keeps its digits in
  // `text` and its base in `int_value`).
  static bool literal_value(const Expr& e, __int128& value) {
    if (e.kind != ExprKind::Int) return false;
    if (e.text.empty()) {
      value = e.int_value;
      return true;
    }
    unsigned __int128 u = 0;
    for (const char c : e.text) {
      if (c == '_') continue;
      const auto digit = static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
      const auto base = static_cast<unsigned>(e.int_value);
      if (u > (~static_cast<unsigned __int128>(0) - digit) / base) return false;
      u = u * base + digit;
    }
    if (u >> 127) return false;
    value = static_cast<__int128>(u);
    return true;
  }

  // CPython's AST optimizer folds an operator on two int constants into one (`60 * 60`,
  // `1 << 20`, `2 ** 64 - 1`) when the result has at most 128 bits: here at most 127, and only
  // where the operation cannot raise or make a float (no zero divisor, no negative shift count
  // or exponent: CPython leaves those to run time too). `e` is a Binary node; it becomes an Int
  // literal where it folds, a result past 64 bits (positive only) written as its digits.
  // a * b, false when the product needs more than 126 bits (by hand: clang's
  // __builtin_mul_overflow on __int128 calls compiler-rt's __muloti4, which libgcc lacks).
  static bool multiply_checked(__int128 a, __int128 b, __int128& product) {
    const auto magnitude = [](__int128 v) {
      return v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    };
    const unsigned __int128 ua = magnitude(a), ub = magnitude(b);
    constexpr unsigned __int128 kLimit = (static_cast<unsigned __int128>(1) << 126) - 1;
    if (ua != 0 && ub > kLimit / ua) return false;
    const auto p = static_cast<__int128>(ua * ub);
    product = (a < 0) != (b < 0) ? -p : p;
    return true;
  }

  static void fold_int_operation(Expr& e) {
    __int128 x, y, r = 0;
    if (!literal_value(*e.kids[0], x) || !literal_value(*e.kids[1], y)) return;
    constexpr __int128 kMin = -(static_cast<__int128>(1) << 126) * 2;  // -2**127
    switch (e.op) {
      case Op::ADD:
        if (__builtin_add_overflow(x, y, &r)) return;
        break;
      case Op::SUB:
        if (__builtin_sub_overflow(x, y, &r)) return;
        break;
      case Op::MUL:
        if (!multiply_checked(x, y, r)) return;
        break;
      case Op::FLOORDIV:
      case Op::MOD: {
        if (y == 0 || (x == kMin && y == -1)) return;
        const __int128 quotient = x / y, remainder = x % y;
        const bool floor = remainder != 0 && (remainder < 0) != (y < 0);  // toward -infinity
        r = e.op == Op::FLOORDIV ? quotient - floor : remainder + (floor ? y : 0);
        break;
      }
      case Op::BIT_AND: r = x & y; break;
      case Op::BIT_OR: r = x | y; break;
      case Op::BIT_XOR: r = x ^ y; break;
      case Op::LSHIFT:
        if (y < 0 || y > 126) return;
        r = static_cast<__int128>(static_cast<unsigned __int128>(x) << static_cast<int>(y));
        if ((r >> static_cast<int>(y)) != x) return;  // bits shifted out
        break;
      case Op::RSHIFT:
        if (y < 0) return;
        r = y > 127 ? (x < 0 ? -1 : 0) : x >> static_cast<int>(y);
        break;
      case Op::POW:
        if (y < 0) return;
        if (x == 0 || x == 1) {
          r = y == 0 ? 1 : x;
        } else if (x == -1) {
          r = y % 2 ? -1 : 1;
        } else {
          r = 1;
          for (__int128 k = 0; k < y; ++k) {  // |x| >= 2: at most 126 rounds before overflow
            if (!multiply_checked(r, x, r)) return;
          }
        }
        break;
      default: return;  // `/` makes a float
    }
    std::string digits;  // a result past 64 bits: its decimal digits, as the lexer writes one
    if (r < INT64_MIN) return;  // (a negative literal has no digits form)
    if (r > INT64_MAX) {
      for (auto u = static_cast<unsigned __int128>(r); u != 0; u /= 10)
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    }
    e.kind = ExprKind::Int;
    e.folded = true;
    e.text = std::move(digits);
    e.int_value = e.text.empty() ? static_cast<int64_t>(r) : 10;
    e.kids.clear();
    e.height = 1;
  }

  // CPython's AST optimizer folds str + str and bytes + bytes of constants, and str * n and
  // bytes * n of an int constant n (either side) when 0 <= n and the result has at most 4096
  // characters (bytes) (its safe_multiply(): `"-" * 40`, a rule of a report's width). `e` is a
  // Binary node; it becomes the Str or Bytes literal where it folds.
  static void fold_text_operation(Expr& e) {
    Expr& a = *e.kids[0];
    Expr& b = *e.kids[1];
    const bool a_text = a.kind == ExprKind::Str || a.kind == ExprKind::Bytes;
    std::string text;
    if (e.op == Op::ADD && a_text && b.kind == a.kind) {
      text = a.text + b.text;
    } else if (e.op == Op::MUL) {
      Expr& sequence = a_text ? a : b;
      const Expr& count = a_text ? b : a;
      if ((sequence.kind != ExprKind::Str && sequence.kind != ExprKind::Bytes) ||
          count.kind != ExprKind::Int || !count.text.empty())
        return;
      constexpr int64_t kMaxSize = 4096;
      int64_t size = 0;  // in characters: UTF-8's bytes but continuation bytes
      for (const char c : sequence.text) {
        if (sequence.kind == ExprKind::Bytes || (static_cast<unsigned char>(c) & 0xC0) != 0x80)
          ++size;
      }
      const int64_t n = count.int_value;
      if (size != 0 && (n < 0 || n > kMaxSize / size)) return;
      for (int64_t i = 0; i < n && size != 0; ++i) text += sequence.text;
    } else {
      return;
    }
    e.kind = a_text ? a.kind : b.kind;
    e.folded = true;
    e.text = std::move(text);
    e.kids.clear();
    e.height = 1;
  }

  // The binary operators of `min_level` and tighter, all left-associative, by precedence
  // climbing: the right operand of an operator takes only those that bind tighter than it.
  ExprPtr binary(int min_level) {
    ExprPtr left = factor();
    while (const BinaryOp* b = binary_op_at(min_level)) {
      advance();
      auto e = node(ExprKind::Binary, *left);
      e->op = b->op;
      adopt(*e, std::move(left));
      adopt(*e, binary(b->level + 1));
      fold_int_operation(*e);
      if (e->kind == ExprKind::Binary) fold_text_operation(*e);
      left = std::move(e);
    }
    return left;
  }

  ExprPtr factor() {
    if (!at_op("-") && !at_op("+") && !at_op("~")) return power();
    const Op op = at_op("-") ? Op::NEG : at_op("+") ? Op::POS : Op::INVERT;
    DepthGuard guard(*this, peek());
    const Token& sign = advance();
    ExprPtr operand = factor();
    if (op == Op::NEG && ((operand->kind == ExprKind::Int && operand->text.empty()) ||
                          operand->kind == ExprKind::Float)) {
      // Fold negative literals, so that `x = -1` is one LOAD_CONST.
      operand->int_value = -operand->int_value;
      operand->float_value = -operand->float_value;
      operand->line = sign.line;
      operand->column = sign.column;
      return operand;
    }
    auto e = node(ExprKind::Unary, sign);
    e->op = op;
    adopt(*e, std::move(operand));
    return e;
  }

  // `**` binds tighter than a unary operator on its left and is right-associative.
  ExprPtr power() {
    ExprPtr base = primary();
    if (!at_op("**")) return base;
    DepthGuard guard(*this, peek());
    advance();
    auto e = node(ExprKind::Binary, *base);
    e->op = Op::POW;
    adopt(*e, std::move(base));
    adopt(*e, factor());
    fold_int_operation(*e);
    return e;
  }

  ExprPtr primary() {
    ExprPtr e = atom();
    for (;;) {
      if (accept_op("(")) {
        e = call(std::move(e));
      } else if (accept_op("[")) {
        e = subscript(std::move(e));
      } else if (accept_op(".")) {
        auto attr = node(ExprKind::Attribute, *e);
        attr->text = expect_name("an attribute name");
        adopt(*attr, std::move(e));
        e = std::move(attr);
      } else {
        return e;
      }
    }
  }

  ExprPtr call(ExprPtr callee) {
    auto c = node(ExprKind::Call, *callee);
    adopt(*c, std::move(callee));
    while (!at_op(")")) {
      if (at_op("*") || at_op("**")) {
        const Token& op = advance();
        auto star = node(ExprKind::Starred, op);
        star->text = op.text;  // "*" or "**"
        if (star->text == "*" && !c->keywords.empty() && c->keywords.back() == "**") {
          error(*star, "iterable argument unpacking follows keyword argument unpacking");
        }
        adopt(*star, test());
        if (star->text == "**") {
          c->keywords.push_back("**");  // a mapping of keyword arguments, in keyword order
        } else if (!c->keywords.empty()) {
          // *args after keywords: CPython allows it; the positional order stays as written.
          error(*star, "iterable argument unpacking after keyword arguments is not supported");
        }
        adopt(*c, std::move(star));
      } else if (at(TokenKind::Name) && at_op("=", 1)) {
        const Token& name = advance();
        advance();
        if (std::find(c->keywords.begin(), c->keywords.end(), name.text) != c->keywords.end()) {
          error(name, "keyword argument repeated: " + name.text);
        }
        c->keywords.push_back(name.text);
        adopt(*c, test());
      } else {
        if (!c->keywords.empty()) error(peek(), "positional argument follows keyword argument");
        const Token& start = peek();
        ExprPtr argument = test();
        if (at_kw("for")) {
          argument = comprehension(std::move(argument), start, ExprKind::GeneratorExp, ")");
          if (c->kids.size() > 1 || !at_op(")"))
            error(*argument, "Generator expression must be parenthesized");
        }
        adopt(*c, std::move(argument));
      }
      if (!accept_op(",")) break;
    }
    expect_op(")");
    return c;
  }

  ExprPtr subscript(ExprPtr container) {
    auto s = node(ExprKind::Subscript, *container);
    adopt(*s, std::move(container));
    ExprPtr index = slice_or_test();
    if (at_op(",")) {
      if (index->kind == ExprKind::Slice)
        error(peek(), "multi-dimensional slices are not supported");
      auto tuple = node(ExprKind::Tuple, *index);
      adopt(*tuple, std::move(index));
      while (accept_op(",") && !at_op("]")) adopt(*tuple, test());
      index = std::move(tuple);
    }
    expect_op("]");
    adopt(*s, std::move(index));
    return s;
  }

  ExprPtr slice_or_test() {
    const Token& start_token = peek();
    ExprPtr start;
    if (!at_op(":")) {
      start = test();
      if (!at_op(":")) return start;
    }
    advance();
    auto slice = node(ExprKind::Slice, start_token);
    adopt(*slice, std::move(start));
    adopt(*slice, at_op("]") || at_op(",") || at_op(":") ? nullptr : test());
    bool step = accept_op(":");
    adopt(*slice, !step || at_op("]") || at_op(",") ? nullptr : test());
    return slice;
  }

  ExprPtr atom() {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Name: {
        auto e = node(ExprKind::Name, advance());
        e->text = t.text;
        return e;
      }
      case TokenKind::Int: {
        auto e = node(ExprKind::Int, advance());
        e->int_value = t.int_value;
        if (t.big_base) {
          e->text = t.text;
          e->int_value = t.big_base;
        }
        return e;
      }
      case TokenKind::Float: {
        auto e = node(ExprKind::Float, advance());
        e->float_value = t.float_value;
        return e;
      }
      case TokenKind::Imaginary: {
        auto e = node(ExprKind::Imaginary, advance());
        e->float_value = t.float_value;
        return e;
      }
      case TokenKind::Str:
      case TokenKind::FString:
      case TokenKind::Bytes: return strings();
      case TokenKind::Keyword:
        if (is_kw(t, "True")) return node(ExprKind::True, advance());
        if (is_kw(t, "False")) return node(ExprKind::False, advance());
        if (is_kw(t, "None")) return node(ExprKind::None, advance());
        break;
      case TokenKind::Op:
        if (is_op(t, "(")) return parenthesized();
        if (is_op(t, "[")) return list_display();
        if (is_op(t, "{")) return dict_display();
        if (is_op(t, "*")) {
          DepthGuard guard(*this, t);
          auto star = node(ExprKind::Starred, advance());
          star->text = "*";
          adopt(*star, binary(0));
          return star;
        }
        if (is_op(t, "...")) {  // the builtin Ellipsis (a body of `...` in stubs and protocols)
          auto e = node(ExprKind::Name, advance());
          e->text = "Ellipsis";
          return e;
        }
        break;
      default: break;
    }
    invalid_syntax(t);
  }

  // Adjacent literals concatenate; if any of them is an f-string the whole is one FString.
  ExprPtr strings() {
    const Token& first = peek();
    auto e = node(first.kind == TokenKind::Bytes ? ExprKind::Bytes : ExprKind::Str, first);
    std::string literal;  // text not yet added to an FString
    while (at(TokenKind::Str) || at(TokenKind::Bytes) || at(TokenKind::FString)) {
      const Token& s = advance();
      if ((s.kind == TokenKind::Bytes) != (e->kind == ExprKind::Bytes)) {
        error(s, "cannot mix bytes and nonbytes literals");
      }
      if (s.kind == TokenKind::FString) {
        e->kind = ExprKind::FString;
        fstring_body(s, s.text, 0, *e, literal);
      } else {
        literal += s.text;
      }
    }
    if (e->kind != ExprKind::FString) {
      e->text = std::move(literal);
    } else {
      flush_literal(*e, literal, first);
    }
    return e;
  }

  // --- f-strings (PEP 498, as CPython 3.11 parses them: the body ends at its closing quote,
  // and the expressions are found inside it by scanning brackets and quotes)

  static constexpr int kMaxFStringNesting = 2;  // a spec's field may hold no further spec field

  void flush_literal(Expr& fstring, std::string& literal, const Token& at) {
    if (literal.empty()) return;
    auto part = node(ExprKind::Str, at);
    part->text = std::move(literal);
    literal.clear();
    adopt(fstring, std::move(part));
  }

  // Splits `body` (raw f-string text; a format spec when nesting > 0) into literal text, added
  // to `literal`, and fields, added to `out` as FormattedValue parts. Returns the characters
  // consumed: all of them at the top level, up to the '}' that ends a spec otherwise.
  size_t fstring_body(const Token& t, std::string_view body, int nesting, Expr& out,
                      std::string& literal) {
    bool raw = t.int_value != 0;
    size_t i = 0;
    while (i < body.size()) {
      char c = body[i];
      if (c == '{' && nesting == 0 && i + 1 < body.size() && body[i + 1] == '{') {
        literal += '{';
        i += 2;
      } else if (c == '}' && nesting > 0) {
        return i;
      } else if (c == '}') {
        if (i + 1 >= body.size() || body[i + 1] != '}')
          error(t, "f-string: single '}' is not allowed");
        literal += '}';
        i += 2;
      } else if (c == '{') {
        if (nesting >= kMaxFStringNesting) error(t, "f-string: expressions nested too deeply");
        flush_literal(out, literal, t);
        i = fstring_field(t, body, i + 1, nesting, out, literal);
      } else {
        size_t end = body.find_first_of("{}", i);
        if (end == std::string_view::npos) end = body.size();
        std::string_view text = body.substr(i, end - i);
        literal += raw ? std::string(text) : decode_escapes(text, filename_, t.line);
        i = end;
      }
    }
    return i;
  }

  // Parses the field whose expression starts at body[start] (after its '{'); returns the
  // position after its closing '}'.
  size_t fstring_field(const Token& t, std::string_view body, size_t start, int nesting, Expr& out,
                       std::string& literal) {
    size_t i = start;
    int depth = 0;
    size_t expression_end = std::string_view::npos;
    bool self_documenting = false;
    for (; i < body.size(); ++i) {
      char c = body[i];
      char next = i + 1 < body.size() ? body[i + 1] : '\0';
      if (c == '\\') error(t, "f-string expression part cannot include a backslash");
      if (c == '#') error(t, "f-string expression part cannot include '#'");
      if (c == '\'' || c == '"') {
        size_t close = body.find(c, i + 1);
        if (close == std::string_view::npos) error(t, "f-string: unterminated string");
        if (body.substr(i, close - i).find('\\') != std::string_view::npos) {
          error(t, "f-string expression part cannot include a backslash");
        }
        i = close;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        ++depth;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        --depth;
      } else if (depth == 0) {
        if (c == '}' || c == ':' || (c == '!' && next != '=')) break;
        if (c == '=' && next != '=' &&
            (i == start || std::string_view("=!<>").find(body[i - 1]) == std::string_view::npos)) {
          expression_end = i;
          self_documenting = true;
          ++i;
          while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n')) ++i;
          break;
        }
      }
    }
    if (i >= body.size()) error(t, "f-string: expecting '}'");
    if (expression_end == std::string_view::npos) expression_end = i;
    std::string_view source = body.substr(start, expression_end - start);
    if (source.find_first_not_of(" \t\n") == std::string_view::npos) {
      error(t, "f-string: empty expression not allowed");
    }
    auto field = node(ExprKind::FormattedValue, t);
    adopt(*field, fstring_expression(t, source));
    if (self_documenting) {
      literal += body.substr(start, i - start);
      flush_literal(out, literal, t);
    }
    if (body[i] == '!') {
      char conversion = i + 1 < body.size() ? body[i + 1] : '\0';
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        error(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      field->int_value = conversion;
      i += 2;
      if (i >= body.size() || (body[i] != ':' && body[i] != '}'))
        error(t, "f-string: expecting '}'");
    }
    if (body[i] == ':') {
      auto spec = node(ExprKind::FString, t);
      std::string spec_literal;
      i += 1 + fstring_body(t, body.substr(i + 1), nesting + 1, *spec, spec_literal);
      flush_literal(*spec, spec_literal, t);
      adopt(*field, std::move(spec));
    } else {
      field->kids.push_back(nullptr);
    }
    if (self_documenting && field->int_value == 0 && !field->kids[1]) field->int_value = 'r';
    if (i >= body.size() || body[i] != '}') error(t, "f-string: expecting '}'");
    adopt(out, std::move(field));
    return i + 1;
  }

  // Parses the expression of an f-string field, in parentheses so that it may span lines.
  ExprPtr fstring_expression(const Token& t, std::string_view source) {
    std::vector<Token> tokens = tokenize("(" + std::string(source) + ")", filename_);
    for (Token& token : tokens) {
      token.line += t.line - 1;
      token.column = t.column;
    }
    Parser sub(std::move(tokens), filename_);
    sub.depth_ = depth_;
    ExprPtr e = sub.atom();
    if (!sub.at(TokenKind::Newline)) sub.invalid_syntax(sub.peek());
    return e;
  }

  ExprPtr parenthesized() {
    const Token& open = advance();
    if (accept_op(")")) return node(ExprKind::Tuple, open);
    ExprPtr first = test();
    if (at_kw("for")) {
      ExprPtr generator = comprehension(std::move(first), open, ExprKind::GeneratorExp, ")");
      expect_op(")");
      return generator;
    }
    if (!at_op(",")) {
      expect_op(")");
      return first;
    }
    auto tuple = node(ExprKind::Tuple, open);
    adopt(*tuple, std::move(first));
    while (accept_op(",") && !at_op(")")) adopt(*tuple, test());
    expect_op(")");
    return tuple;
  }

  ExprPtr list_display() {
    const Token& open = advance();
    auto list = node(ExprKind::List, open);
    if (accept_op("]")) return list;
    ExprPtr first = test();
    if (at_kw("for")) {
      ExprPtr comp = comprehension(std::move(first), open, ExprKind::ListComp, "]");
      expect_op("]");
      return comp;
    }
    adopt(*list, std::move(first));
    while (accept_op(",") && !at_op("]")) adopt(*list, test());
    expect_op("]");
    return list;
  }

  // The `for ... in ... if ...` clauses after `element`, up to (not including) `closing`.
  ExprPtr comprehension(ExprPtr element, const Token& open, ExprKind kind,
                        OpText closing) {
    auto comp = node(kind, open);
    adopt(*comp, std::move(element));
    return comprehension_clauses(std::move(comp), closing);
  }

  // A dict comprehension: its clauses, then the closing brace.
  ExprPtr comprehension_into(ExprPtr comp, OpText closing) {
    comp = comprehension_clauses(std::move(comp), closing);
    expect_op(closing);
    return comp;
  }

  ExprPtr comprehension_clauses(ExprPtr comp, OpText closing) {
    while (accept_kw("for")) {
      CompClause loop;
      loop.target = target_list();
      expect_kw("in");
      loop.expr = or_test();
      comp->grow(*loop.target);
      comp->grow(*loop.expr);
      comp->clauses.push_back(std::move(loop));
      while (accept_kw("if")) {
        CompClause condition;
        condition.expr = or_test();
        comp->grow(*condition.expr);
        comp->clauses.push_back(std::move(condition));
      }
    }
    check_height(*comp);
    if (!at_op(closing)) expect_op(closing);
    return comp;
  }

  // `{a, b}` or `{x for x in xs}`, after its first item.
  ExprPtr set_display(const Token& open, ExprPtr first) {
    if (at_kw("for")) {
      ExprPtr comp = comprehension(std::move(first), open, ExprKind::SetComp, "}");
      expect_op("}");
      return comp;
    }
    auto set = node(ExprKind::Set, open);
    adopt(*set, std::move(first));
    while (accept_op(",") && !at_op("}")) adopt(*set, test());
    expect_op("}");
    return set;
  }

  ExprPtr dict_display() {
    const Token& open = advance();
    auto dict = node(ExprKind::Dict, open);
    if (accept_op("}")) return dict;
    ExprPtr key;
    if (!at_op("**")) {
      key = test();
      if (!at_op(":")) return set_display(open, std::move(key));
    }
    for (;;) {
      if (at_op("**")) {  // `**m`: a Starred "**" key with no value
        auto star = node(ExprKind::Starred, advance());
        star->text = "**";
        adopt(*star, binary(0));
        adopt(*dict, std::move(star));
        dict->kids.push_back(nullptr);
      } else {
        expect_op(":");
        adopt(*dict, std::move(key));
        adopt(*dict, test());
        if (at_kw("for") && dict->kids.size() == 2) {
          dict->kind = ExprKind::DictComp;
          return comprehension_into(std::move(dict), "}");
        }
      }
      if (!accept_op(",") || at_op("}")) break;
      if (!at_op("**")) key = test();
    }
    expect_op("}");
    return dict;
  }
};

}  // namespace

Expr::~Expr() = default;

Body parse(std::string_view source, const std::string& filename) {
  return Parser(tokenize(source, filename), filename).module();
}

}  // namespace gilvm::ast
