#include "frontend/scopes.h"

#include <algorithm>

#include "frontend/compiler.h"

namespace gilvm {

using namespace ast;

bool Scope::is_free(std::string_view name) const {
  return std::find(frees.begin(), frees.end(), name) != frees.end();
}

namespace {

const char* comprehension_name(ExprKind kind) {
  switch (kind) {
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    default: return "generator expression";
  }
}

class Analyzer {
 public:
  Analyzer(std::unordered_map<const void*, Scope*>& index, const std::string& filename)
      : index_(index), filename_(filename) {}

  std::unique_ptr<Scope> module(const Body& body) {
    auto scope = std::make_unique<Scope>();
    scope->type = Scope::Type::Module;
    index_[nullptr] = scope.get();
    scope_ = scope.get();
    declarations(body);
    statements(body);
    analyze(*scope);
    assign(*scope, {});
    return scope;
  }

 private:
  std::unordered_map<const void*, Scope*>& index_;
  const std::string& filename_;
  Scope* scope_ = nullptr;

  [[noreturn]] void error(int line, int column, const std::string& message) const {
    throw SyntaxError(filename_, line, column, message);
  }

  Scope& open(Scope::Type type, const void* node, int line, int column) {
    auto child = std::make_unique<Scope>();
    child->type = type;
    child->parent = scope_;
    child->line = line;
    child->column = column;
    Scope& s = *child;
    index_[node] = child.get();
    scope_->children.push_back(std::move(child));
    return s;
  }

  void bind(std::string_view name) {
    if (scope_->type == Scope::Type::Module || scope_->globals.count(name) ||
        scope_->nonlocals.count(name))
      return;
    if (scope_->local_set.insert(name).second) scope_->locals.emplace_back(name);
  }

  // `global` and `nonlocal` of one body (not of nested scopes), before anything binds.
  void declarations(const Body& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Global || s->kind == StmtKind::Nonlocal) {
        bool global = s->kind == StmtKind::Global;
        if (!global && scope_->type == Scope::Type::Module) {
          error(s->line, s->column, "nonlocal declaration not allowed at module level");
        }
        for (const std::string& name : s->names) {
          if (scope_->is_local(name)) {
            error(s->line, s->column,
                  "name '" + name + "' is parameter and " + (global ? "global" : "nonlocal"));
          }
          if ((global ? scope_->nonlocals : scope_->globals).count(name)) {
            error(s->line, s->column, "name '" + name + "' is nonlocal and global");
          }
          (global ? scope_->globals : scope_->nonlocals).insert(name);
          if (!global) scope_->nonlocal_at.emplace(name, std::make_pair(s->line, s->column));
        }
      }
      if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) continue;  // their own scopes
      for (const Branch& b : s->branches) declarations(b.body);
      for (const Handler& h : s->handlers) declarations(h.body);
      declarations(s->body);
      declarations(s->orelse);
      declarations(s->finalbody);
    }
  }

  void statements(const Body& body) {
    for (const StmtPtr& s : body) statement(*s);
  }

  void statement(const Stmt& s) {
    for (const ExprPtr& d : s.decorators) expr(d.get());
    if (s.kind == StmtKind::Def) {
      for (const ExprPtr& d : s.defaults) expr(d.get());
      for (const ExprPtr& d : s.kwdefaults) expr(d.get());
      function(s, &s);
      bind(s.name);
      return;
    }
    if (s.kind == StmtKind::Class) {
      for (const ExprPtr& b : s.bases) expr(b.get());
      if (s.metaclass) expr(s.metaclass.get());
      for (const ExprPtr& keyword : s.class_keywords) expr(keyword.get());
      Scope* outer = scope_;
      scope_ = &open(Scope::Type::Class, &s, s.line, s.column);
      declarations(s.body);
      statements(s.body);
      scope_ = outer;
      bind(s.name);
      return;
    }
    expr(s.value.get());
    expr(s.message.get());
    expr(s.cause.get());
    if (s.kind == StmtKind::AugAssign && s.target->kind == ExprKind::Name)
      scope_->used.insert(s.target->text);
    target(s.target.get());
    for (const ExprPtr& t : s.targets) target(t.get());
    for (const ImportName& i : s.imports) bind(i.alias);
    for (const WithItem& w : s.items) {
      expr(w.context.get());
      target(w.target.get());
    }
    for (const Branch& b : s.branches) {
      expr(b.condition.get());
      statements(b.body);
    }
    for (const Handler& h : s.handlers) {
      expr(h.type.get());
      if (!h.name.empty()) bind(h.name);
      statements(h.body);
    }
    statements(s.body);
    statements(s.orelse);
    statements(s.finalbody);
  }

  void function(const Stmt& def, const void* node) {
    Scope* outer = scope_;
    scope_ = &open(Scope::Type::Function, node, def.line, def.column);
    for (const std::string& p : def.names) bind(p);
    for (const std::string& p : def.kwonly) bind(p);
    if (!def.varargs.empty()) bind(def.varargs);
    if (!def.varkw.empty()) bind(def.varkw);
    declarations(def.body);
    statements(def.body);
    scope_ = outer;
  }

  // An assignment target: names bind, the rest are expressions that are evaluated.
  void target(const Expr* e) {
    if (!e) return;
    if (e->kind == ExprKind::Name) return bind(e->text);
    if (e->kind == ExprKind::Starred) return target(e->kids[0].get());
    if (e->kind == ExprKind::Tuple || e->kind == ExprKind::List) {
      for (const ExprPtr& kid : e->kids) target(kid.get());
      return;
    }
    expr(e);
  }

  void expr(const Expr* e) {
    if (!e) return;
    if (e->kind == ExprKind::Name) {
      scope_->used.insert(e->text);
      return;
    }
    if (e->kind == ExprKind::NamedExpr) {
      expr(e->kids[0].get());
      return named_target(*e);
    }
    if (e->kind == ExprKind::Lambda) {
      for (const ExprPtr& d : e->function->defaults) expr(d.get());
      for (const ExprPtr& d : e->function->kwdefaults) expr(d.get());
      function(*e->function, e);
      return;
    }
    if (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) {
      if (scope_->type != Scope::Type::Function)
        error(e->line, e->column, "'yield' outside function");
      if (scope_->comprehension)
        error(e->line, e->column, std::string("'yield' inside ") + scope_->comprehension);
      scope_->is_generator = true;
    }
    if (e->kind == ExprKind::GeneratorExp || e->kind == ExprKind::ListComp ||
        e->kind == ExprKind::SetComp || e->kind == ExprKind::DictComp) {
      // The first iterable is evaluated outside; the rest runs in the comprehension's own
      // function scope (as in CPython 3.11), which receives the first iterator as its parameter.
      expr(e->clauses[0].expr.get());
      Scope* outer = scope_;
      scope_ = &open(Scope::Type::Function, e, e->line, e->column);
      scope_->is_generator = e->kind == ExprKind::GeneratorExp;
      scope_->comprehension = comprehension_name(e->kind);
      bind(kGeneratorArgument);
      for (size_t i = 0; i < e->clauses.size(); ++i) {
        target(e->clauses[i].target.get());
        if (i > 0) expr(e->clauses[i].expr.get());
      }
      for (const ExprPtr& kid : e->kids) expr(kid.get());  // a dict comprehension's key and value
      scope_ = outer;
      return;
    }
    for (const ExprPtr& kid : e->kids) expr(kid.get());
  }

  // The target of `name := value` (PEP 572): inside a comprehension it binds in the nearest
  // enclosing scope that is not one, which the comprehensions between take it from (nonlocal, or
  // global at the top level), with CPython's errors for an iteration variable and a class body.
  void named_target(const Expr& e) {
    const std::string& name = e.text;
    Scope* owner = scope_;
    for (; owner->comprehension; owner = owner->parent) {
      if (owner->is_local(name))
        error(e.line, e.column,
              "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
    }
    if (owner == scope_) return bind(name);
    if (owner->type == Scope::Type::Class) {
      error(e.line, e.column,
            "assignment expression within a comprehension cannot be used in a class body");
    }
    Scope* inner = scope_;
    scope_ = owner;
    bind(name);
    scope_ = inner;
    const bool global = owner->type == Scope::Type::Module || owner->globals.count(name);
    for (Scope* s = scope_; s != owner; s = s->parent) (global ? s->globals : s->nonlocals).insert(name);
  }

  // Bottom-up: what each scope needs from outside; a function's locals that its children need
  // become cells. A class body provides nothing to the functions inside it.
  void analyze(Scope& s) {
    for (auto& child : s.children) {
      analyze(*child);
      for (const std::string_view name : child->needs) {
        if (s.type == Scope::Type::Function && s.is_local(name)) {
          s.cells.insert(name);
        } else if (!s.globals.count(name)) {
          s.needs.insert(name);
        }
      }
    }
    for (const std::string_view name : s.used) {
      if (!s.is_local(name) && !s.globals.count(name)) s.needs.insert(name);
    }
    for (const std::string_view name : s.nonlocals) s.needs.insert(name);
    if (s.type == Scope::Type::Module) s.needs.clear();
  }

  // Top-down: a needed name is free when an enclosing function binds it, else global.
  void assign(Scope& s, const std::unordered_set<std::string_view>& available) {
    std::vector<std::string_view> sorted(s.needs.begin(), s.needs.end());
    std::sort(sorted.begin(), sorted.end());  // a stable slot order
    for (const std::string_view name : sorted) {
      if (available.count(name)) {
        s.frees.emplace_back(name);
      } else if (s.nonlocals.count(name)) {
        auto [line, column] = s.nonlocal_at.at(std::string(name));
        error(line, column, "no binding for nonlocal '" + std::string(name) + "' found");
      }
    }
    if (s.children.empty()) return;  // (most functions: no need to copy `available`)
    std::unordered_set<std::string_view> inner = available;
    if (s.type == Scope::Type::Function) {
      inner.insert(s.local_set.begin(), s.local_set.end());
    }
    for (const std::string_view name : s.globals) inner.erase(name);
    for (auto& child : s.children) assign(*child, inner);
  }
};

}  // namespace

ScopeTable analyze_scopes(const Body& module, const std::string& filename) {
  ScopeTable table;
  table.root_ = Analyzer(table.index_, filename).module(module);
  return table;
}

}  // namespace gilvm
