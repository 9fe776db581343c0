// AST -> bytecode. One Unit per code object being built; every name is resolved here to a local
// slot or a global slot. A compile-time stack of enclosing blocks (loops, try bodies, with
// bodies, except clauses) tells `break`, `continue` and `return` what to undo on the way out.
#include "frontend/compiler.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "frontend/parser.h"
#include "frontend/scopes.h"
#include "runtime/bigint.h"
#include "runtime/complex.h"
#include "runtime/frozenset_constant.h"

namespace gilvm {

uint32_t GlobalNames::slot(std::string_view name) {
  std::string key(name);
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  auto slot = static_cast<uint32_t>(names_.size());
  names_.push_back(key);
  index_.emplace(std::move(key), slot);
  return slot;
}

std::optional<uint32_t> GlobalNames::find(std::string_view name) const {
  auto it = index_.find(std::string(name));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::string SyntaxError::formatted() const {
  return filename + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what();
}

namespace {

using namespace ast;

constexpr size_t kNoJump = SIZE_MAX;

enum class BlockKind : uint8_t {
  WhileLoop,
  ForLoop,         // its iterator is on the stack
  TryBody,         // inside SETUP_HANDLER of a try/except
  FinallyBody,     // inside SETUP_HANDLER of a try/finally
  FinallyHandler,  // the finally copy run on an exception: the exception is on the stack
  WithBody,        // the manager is on the stack, under SETUP_HANDLER
  ExceptClause,    // inside a matched except clause
};

struct Block {
  BlockKind kind;
  size_t loop_start = 0;            // loops: where `continue` jumps back to
  std::vector<size_t> breaks;       // loops: jumps to patch to the loop's end
  const Body* finalbody = nullptr;  // FinallyBody
};

// One code object under construction.
struct Unit {
  Code* code;
  Unit* enclosing;
  bool is_function;  // names are local slots (a function, or a class body)
  const Scope* scope = nullptr;
  bool is_class = false;
  // Views of the names in the scope table (or of literals), which outlive the unit.
  std::unordered_map<std::string_view, uint32_t> locals;
  std::unordered_map<std::string, uint32_t> constant_index;
  std::unordered_map<std::string_view, uint32_t> str_index;  // views of the Str constants' text
  std::vector<Block> blocks;
  size_t jump_target = kNoJump;  // the latest position a jump lands on: no fusing across it
  int line = 1, column = 1;      // source position of what is being compiled

  Unit(Code* c, Unit* outer, bool function) : code(c), enclosing(outer), is_function(function) {}
};

// A str constant that reads like a name: interned (interned_str), as CPython interns them.
bool identifier_like(const std::string& s) {
  return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '_';
  });
}

bool is_constant(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::Imaginary:
    case ExprKind::Str:
    case ExprKind::Bytes:
    case ExprKind::True:
    case ExprKind::False:
    case ExprKind::None: return true;
    default: return false;
  }
}

std::optional<Op> fused_compare_jump(Op compare) {
  switch (compare) {
#define FUSED(name, cpp_op) \
  case Op::name: return Op::JUMP_IF_NOT_##name;
    GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
    case Op::IN: return Op::JUMP_IF_NOT_IN;
    case Op::NOT_IN: return Op::JUMP_IF_IN;
    case Op::IS_NONE: return Op::JUMP_IF_NOT_NONE;
    case Op::IS_NOT_NONE: return Op::JUMP_IF_NONE;
    default: return std::nullopt;
  }
}

// The stack bound of one activation may not exceed this many values: a thread's value stack
// (kStackValues in thread_state.h) also has to hold the locals and the callers' frames.
constexpr int kMaxStackBound = 60000;

// The exact maximum number of values `code` can have on its operand stack above its locals,
// found by following every control-flow path from the first instruction (CPython's
// stackdepth()), with the flow and stack effects of the opcode list (opcodes.h). Returns -1 as
// soon as some path exceeds `limit` (so a depth that grows round a loop cannot run away either).
int compute_stack_bound(const Code& code, int limit) {
  const std::vector<Instruction>& ins = code.code;
  const size_t n = ins.size();
  std::vector<int> depth_at(n, -1);  // depth on entry; -1 = not reached yet
  std::vector<size_t> work;
  int max_depth = 0;
  bool too_deep = false;
  // Records that `to` is entered with `depth` values on the stack. The compiler only produces
  // code whose depth at an instruction is the same on every path; should two paths disagree,
  // the larger depth wins and is propagated again, which keeps the result an upper bound.
  auto enter = [&](size_t to, int depth) {
    if (to >= n || depth < 0) {
      throw std::logic_error("stack depth analysis of '" + code.name +
                             "': bad jump or stack underflow");
    }
    if (depth > limit) {
      too_deep = true;
      return;
    }
    if (depth <= depth_at[to]) return;
    depth_at[to] = depth;
    max_depth = std::max(max_depth, depth);
    work.push_back(to);
  };
  if (n == 0) return 0;
  enter(0, 0);
  while (!work.empty() && !too_deep) {
    size_t i = work.back();
    work.pop_back();
    int depth = depth_at[i];
    const Op op = decode_op(ins[i]);
    const int a = static_cast<int>(decode_operand(ins[i]));
    const StackEffect effect = stack_effect(op, a);
    const OpcodeFlow next = opcode_flow(op);
    if (next == OpcodeFlow::Jump || next == OpcodeFlow::Branch) {
      enter(static_cast<size_t>(a), depth + effect.jump);
    }
    if (next == OpcodeFlow::Next || next == OpcodeFlow::Branch) enter(i + 1, depth + effect.next);
  }
  return too_deep ? -1 : max_depth;
}

// CPython 3.11's superinstructions for the commonest pairs (counted over bench/vm's code: a
// local loaded after a local, a constant after a local, a local after a store, two stores), and
// a local's item at a literal or local index read or written (b[0], b[3] = x, a[i], a[i] = x),
// two locals or a local and a constant compared for a jump: the first instruction of a pair (or
// three) becomes the fused opcode, which runs them all; the others stay as they are (a jump may
// land on them). Fusions do not overlap.
// The fusion of LOAD_LOCAL, LOAD_LOCAL and the instruction after them into one of three.
std::optional<Op> fused_two_locals(Op third) {
  switch (third) {
    case Op::SUBSCR: return Op::LOAD_LOCAL_LOAD_LOCAL_SUBSCR;
    case Op::STORE_SUBSCR: return Op::LOAD_LOCAL_LOAD_LOCAL_STORE_SUBSCR;
    case Op::JUMP_IF_IN: return Op::LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_IN;
    case Op::JUMP_IF_NOT_IN: return Op::LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_IN;
    case Op::ADD: return Op::LOAD_LOCAL_LOAD_LOCAL_ADD;
    case Op::SUB: return Op::LOAD_LOCAL_LOAD_LOCAL_SUB;
    case Op::MUL: return Op::LOAD_LOCAL_LOAD_LOCAL_MUL;
#define FUSED(name, cpp_op) \
  case Op::JUMP_IF_NOT_##name: return Op::LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_##name;
      GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
    default: return std::nullopt;
  }
}

// The instruction that LOAD_LOCAL, LOAD_CONST fuse with a compare-and-jump into.
std::optional<Op> fused_local_constant_compare_jump(Op third) {
  switch (third) {
#define FUSED(name, cpp_op) \
  case Op::JUMP_IF_NOT_##name: return Op::LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_##name;
    GILVM_JUMP_COMPARISONS(FUSED)
#undef FUSED
    default: return std::nullopt;
  }
}

// STORE_LOCAL, or a fusion that begins with it (whose operand is the same local).
bool is_store_local(Op op) {
  return op == Op::STORE_LOCAL || op == Op::STORE_LOCAL_LOAD_LOCAL ||
         op == Op::STORE_LOCAL_STORE_LOCAL;
}

// A fusion that may begin at an instruction: the opcode that replaces it, how many instructions
// it runs (itself and those after it that it skips), and how many instructions on the next fusion
// may begin (LOAD_LOCAL_ADD_INT_STORE_LOCAL's STORE_LOCAL may begin one of its own).
struct Fusion {
  Op op;
  size_t runs;
  size_t next;
};

// Whether the nine instructions from `i` are `d[k] = d.get(k, c) + n` of two locals d and k
// (LOAD_LOCAL_DICT_GET_ADD_STORE's pattern; the interpreter checks that c is an int).
bool is_dict_get_add_store(const std::vector<Instruction>& ins, const std::vector<Value>& constants,
                           size_t i) {
  if (i + 9 > ins.size()) return false;
  const Op pattern[] = {Op::LOAD_LOCAL, Op::LOAD_METHOD, Op::LOAD_LOCAL,
                        Op::LOAD_CONST, Op::CALL_METHOD, Op::ADD_INT,
                        Op::LOAD_LOCAL, Op::LOAD_LOCAL,  Op::STORE_SUBSCR};
  for (size_t j = 0; j < 9; ++j)
    if (decode_op(ins[i + j]) != pattern[j]) return false;
  const uint32_t dict = decode_operand(ins[i]), key = decode_operand(ins[i + 2]);
  const Value name = constants[decode_operand(ins[i + 1])];
  return decode_operand(ins[i + 4]) == 2 && decode_operand(ins[i + 6]) == dict &&
         decode_operand(ins[i + 7]) == key && is_kind(name, Kind::Str) &&
         as_str(name)->text == "get";
}

std::optional<Fusion> fusion_at(const std::vector<Instruction>& ins,
                                const std::vector<Value>& constants, size_t i) {
  if (i + 1 >= ins.size()) return std::nullopt;
  const Op first = decode_op(ins[i]), second = decode_op(ins[i + 1]);
  // Every fusion begins with one of these (most instructions begin none: a quick no).
  if (first != Op::LOAD_LOCAL && first != Op::LOAD_CONST && first != Op::STORE_LOCAL &&
      first != Op::FOR_ITER && first != Op::CALL_METHOD)
    return std::nullopt;
  // Its later instructions fuse as they would without it, for when it runs as LOAD_LOCAL.
  if (is_dict_get_add_store(ins, constants, i))
    return Fusion{Op::LOAD_LOCAL_DICT_GET_ADD_STORE, 9, 1};
  const Op third = i + 2 < ins.size() ? decode_op(ins[i + 2]) : Op::POP;
  if (first == Op::LOAD_LOCAL && second == Op::LOAD_LOCAL) {
    if (auto three = fused_two_locals(third)) return Fusion{*three, 3, 3};
  }
  if (first == Op::LOAD_LOCAL && second == Op::LOAD_CONST) {
    if (auto compare_jump = fused_local_constant_compare_jump(third))
      return Fusion{*compare_jump, 3, 3};
    if (third == Op::BIT_AND) return Fusion{Op::LOAD_LOCAL_LOAD_CONST_BIT_AND, 3, 3};
    if (third == Op::MOD) return Fusion{Op::LOAD_LOCAL_LOAD_CONST_MOD, 3, 3};
  }
  if (first == Op::LOAD_LOCAL && is_store_local(third) &&
      (second == Op::ADD_INT || second == Op::INPLACE_ADD_INT || second == Op::SUB_INT ||
       second == Op::INPLACE_SUB_INT)) {
    const bool add = second == Op::ADD_INT || second == Op::INPLACE_ADD_INT;
    return Fusion{add ? Op::LOAD_LOCAL_ADD_INT_STORE_LOCAL : Op::LOAD_LOCAL_SUB_INT_STORE_LOCAL, 3,
                  2};
  }
  Op fused;
  if (first == Op::LOAD_LOCAL && second == Op::SUBSCR_INT)
    fused = Op::LOAD_LOCAL_SUBSCR_INT;
  else if (first == Op::LOAD_LOCAL && second == Op::STORE_SUBSCR_INT)
    fused = Op::LOAD_LOCAL_STORE_SUBSCR_INT;
  else if (first == Op::LOAD_LOCAL && second == Op::LOAD_ATTR)
    fused = Op::LOAD_LOCAL_LOAD_ATTR;
  else if (first == Op::LOAD_LOCAL && second == Op::STORE_ATTR)
    fused = Op::LOAD_LOCAL_STORE_ATTR;
  else if (first == Op::LOAD_LOCAL && second == Op::ADD)
    fused = Op::LOAD_LOCAL_ADD;
  else if (first == Op::LOAD_LOCAL && second == Op::SUB)
    fused = Op::LOAD_LOCAL_SUB;
  else if (first == Op::LOAD_LOCAL && second == Op::MUL)
    fused = Op::LOAD_LOCAL_MUL;
  else if (first == Op::LOAD_CONST && second == Op::BIT_AND)
    fused = Op::LOAD_CONST_BIT_AND;
  else if (first == Op::LOAD_CONST && second == Op::MOD)
    fused = Op::LOAD_CONST_MOD;
  else if (first == Op::LOAD_LOCAL && second == Op::LOAD_LOCAL)
    fused = Op::LOAD_LOCAL_LOAD_LOCAL;
  else if (first == Op::LOAD_LOCAL && second == Op::LOAD_CONST)
    fused = Op::LOAD_LOCAL_LOAD_CONST;
  else if (first == Op::STORE_LOCAL && second == Op::LOAD_LOCAL)
    fused = Op::STORE_LOCAL_LOAD_LOCAL;
  else if (first == Op::STORE_LOCAL && second == Op::STORE_LOCAL)  // for k, v in d.items()
    fused = Op::STORE_LOCAL_STORE_LOCAL;
  else if (first == Op::FOR_ITER && second == Op::STORE_LOCAL)
    fused = Op::FOR_ITER_STORE_LOCAL;
  else if (first == Op::CALL_METHOD && second == Op::POP)
    fused = Op::CALL_METHOD_POP;
  else
    return std::nullopt;
  // A local's item or attribute read or written saves more (the object is neither pushed nor
  // counted) than the pair that would take its LOAD_LOCAL.
  const Op fourth = i + 3 < ins.size() ? decode_op(ins[i + 3]) : Op::POP;
  if (second == Op::LOAD_LOCAL &&
      (third == Op::SUBSCR_INT || third == Op::STORE_SUBSCR_INT || third == Op::LOAD_ATTR ||
       third == Op::STORE_ATTR || (third == Op::LOAD_LOCAL && fused_two_locals(fourth))))
    return std::nullopt;
  return Fusion{fused, 2, 2};
}

void fuse_superinstructions(std::vector<Instruction>& ins, const std::vector<Value>& constants) {
  std::vector<bool> jump_target(ins.size());
  for (Instruction instruction : ins) {
    if (opcode_operand(decode_op(instruction)) == OperandKind::Jump &&
        decode_operand(instruction) < ins.size())
      jump_target[decode_operand(instruction)] = true;
  }
  // A jump runs the instruction it lands on as it stands. A loop's head (`while r != 1:` after
  // `r = n`) that would be the second half of the fusion before it begins its own instead: the
  // loop runs it each round, the way in only once.
  const auto yields_to_target = [&](size_t i, const Fusion& fusion) {
    for (size_t j = i + 1; j < i + fusion.runs; ++j)
      if (jump_target[j] && fusion_at(ins, constants, j)) return true;
    return false;
  };
  for (size_t i = 0; i + 1 < ins.size();) {
    const std::optional<Fusion> fusion = fusion_at(ins, constants, i);
    if (!fusion || yields_to_target(i, *fusion)) {
      ++i;
      continue;
    }
    ins[i] = encode(fusion->op, decode_operand(ins[i]));
    i += fusion->next;
  }
}

template <typename T>
std::string constant_key(char type, const T& raw) {
  std::string key(1, type);
  key.append(reinterpret_cast<const char*>(&raw), sizeof raw);
  return key;
}

class Compiler {
 public:
  Compiler(GlobalNames& globals, const std::string& filename)
      : globals_(globals), filename_(filename) {}

  Ref module(const Body& body) {
    scopes_ = analyze_scopes(body, filename_);
    Ref ref = new_code("<module>", 1);
    Unit unit(as_code(ref.get()), nullptr, false);
    unit.scope = &scopes_.of(nullptr);
    UnitScope enter(*this, unit);
    statements(body);
    emit(Op::LOAD_NONE);
    emit(Op::RETURN);
    set_stack_bound();
    return ref;
  }

 private:
  GlobalNames& globals_;
  const std::string& filename_;
  Unit* unit_ = nullptr;
  ScopeTable scopes_;
  std::unordered_map<std::string, Ref> strs_;  // str constants, shared by all the file's code

  class UnitScope {
   public:
    UnitScope(Compiler& c, Unit& u) : c_(c), saved_(c.unit_) { c.unit_ = &u; }
    ~UnitScope() { c_.unit_ = saved_; }
    UnitScope(const UnitScope&) = delete;
    UnitScope& operator=(const UnitScope&) = delete;

   private:
    Compiler& c_;
    Unit* saved_;
  };

  // Sets the source position for the instructions emitted while it lives.
  class Position {
   public:
    Position(Unit& u, int line, int column) : u_(u), line_(u.line), column_(u.column) {
      u.line = line;
      u.column = column;
    }
    ~Position() {
      u_.line = line_;
      u_.column = column_;
    }
    Position(const Position&) = delete;
    Position& operator=(const Position&) = delete;

   private:
    Unit& u_;
    int line_, column_;
  };

  [[noreturn]] void error(const std::string& message) const {
    throw SyntaxError(filename_, unit_->line, unit_->column, message);
  }

  Ref new_code(const std::string& name, int first_line) {
    auto* code = new Code();
    Ref ref = Ref::steal(Value::object(code));  // a new object carries one reference
    code->name = name;
    code->qualname = name;
    code->filename = filename_;
    code->first_line = first_line;
    return ref;
  }

  Code& code() const { return *unit_->code; }

  // Once the unit's code is complete: its superinstructions, its exact stack bound, or a
  // SyntaxError (at the `def`, or the module's first line) when the interpreter could never run it.
  void set_stack_bound() {
    fuse_superinstructions(code().code, code().constants);
    int bound = compute_stack_bound(code(), kMaxStackBound);
    if (bound < 0) error("function too large");
    code().set_stack_bound(bound);
    code().make_instruction_caches();
  }

  // --- emitting

  size_t emit(Op op, size_t operand = 0) {
    if (operand > kMaxOperand) operand_overflow(op);
    if (code().code.size() >= kMaxOperand) error("function body too large");
    if (fuse(op, static_cast<uint32_t>(operand))) return code().code.size() - 1;
    code().code.push_back(encode(op, static_cast<uint32_t>(operand)));
    code().lines.push_back(unit_->line);
    return code().code.size() - 1;
  }

  [[noreturn]] void operand_overflow(Op op) const {
    switch (opcode_operand(op)) {
      case OperandKind::Const:
      case OperandKind::Name: error("too many constants in one function");
      case OperandKind::Local: error("too many local variables");
      case OperandKind::Global: error("too many global names");
      case OperandKind::Jump: error("function body too large");
      default: error("too many items in one expression");
    }
  }

  // Peephole fusions with the previous instruction, unless a jump lands between the two.
  bool fuse(Op op, uint32_t operand) {
    std::vector<Instruction>& ins = code().code;
    if (ins.empty() || unit_->jump_target == ins.size()) return false;
    Op prev = decode_op(ins.back());
    if ((op == Op::ADD || op == Op::SUB || op == Op::SUBSCR || op == Op::STORE_SUBSCR) &&
        prev == Op::LOAD_CONST) {
      Value k = code().constants[decode_operand(ins.back())];
      if (!k.is_int() || k.i < 0 || k.i > static_cast<int64_t>(kMaxOperand)) return false;
      const Op fused = op == Op::ADD      ? Op::ADD_INT
                       : op == Op::SUB    ? Op::SUB_INT
                       : op == Op::SUBSCR ? Op::SUBSCR_INT
                                          : Op::STORE_SUBSCR_INT;
      ins.back() = encode(fused, static_cast<uint32_t>(k.i));
      return true;
    }
    if ((op == Op::IS || op == Op::IS_NOT) && prev == Op::LOAD_NONE) {  // `x is None`
      ins.back() = encode(op == Op::IS ? Op::IS_NONE : Op::IS_NOT_NONE, 0);
      return true;
    }
    if (op == Op::POP_JUMP_IF_FALSE) {
      if (auto fused = fused_compare_jump(prev)) {
        ins.back() = encode(*fused, operand);
        return true;
      }
    }
    return false;
  }

  size_t emit_jump(Op op) { return emit(op, 0); }  // the target is patched in later

  // Points the jump at `at` to the next instruction.
  void patch(size_t at) {
    std::vector<Instruction>& ins = code().code;
    ins[at] = encode(decode_op(ins[at]), static_cast<uint32_t>(mark()));
  }
  void patch_all(const std::vector<size_t>& jumps) {
    for (size_t at : jumps) patch(at);
  }

  // The position of the next instruction, as a jump target.
  size_t mark() {
    unit_->jump_target = code().code.size();
    return unit_->jump_target;
  }

  // --- constants

  uint32_t add_constant(Value owned) {
    if (code().constants.size() > kMaxOperand) {
      decref(owned);
      error("too many constants in one function");
    }
    code().constants.push_back(owned);
    return static_cast<uint32_t>(code().constants.size() - 1);
  }

  template <typename Make>
  uint32_t interned(std::string key, Make make) {
    if (auto it = unit_->constant_index.find(key); it != unit_->constant_index.end()) {
      return it->second;
    }
    uint32_t index = add_constant(make());
    unit_->constant_index.emplace(std::move(key), index);
    return index;
  }

  uint32_t int_constant(int64_t v) {
    return interned(constant_key('i', v), [v] { return Value::integer(v); });
  }
  uint32_t big_int_constant(const std::string& digits, int base) {
    return interned("I" + std::to_string(base) + ":" + digits, [&] {
      BigInt value;
      BigInt::parse(digits, base, value);  // the lexer checked the digits
      return make_int(std::move(value));
    });
  }
  uint32_t float_constant(double v) {
    return interned(constant_key('f', v), [v] { return Value::floating(v); });
  }
  uint32_t str_constant(const std::string& s) {
    if (auto it = unit_->str_index.find(s); it != unit_->str_index.end()) return it->second;
    // One Str per text in the whole file, as CPython interns identifiers: an attribute set in
    // one function and read in another then meets its own key in the instance's dict (found
    // by identity, without comparing the text).
    auto [it, added] = strs_.try_emplace(s);
    if (added) it->second = Ref::steal(identifier_like(s) ? interned_str(s) : make_str(s));
    const Str& str = *as_str(it->second.get());
    const uint32_t index = add_constant(Ref::borrow(it->second.get()).release());
    unit_->str_index.emplace(str.text, index);
    return index;
  }
  uint32_t bytes_constant(const std::string& s) {
    return interned("b" + s, [&s] { return make_bytes(s); });
  }
  // Whether a tuple display's items are all literals (ints, floats, strs, bytes, True, False,
  // None) or such tuples: then the tuple is a constant.
  static bool constant_items(const Expr& e) {
    return std::all_of(e.kids.begin(), e.kids.end(), [](const ExprPtr& k) {
      return k && (is_constant(*k) || (k->kind == ExprKind::Tuple && constant_items(*k)));
    });
  }
  // The constant of a tuple display of constant_items(): its items are the code's constants of
  // the same literals.
  uint32_t tuple_constant(const Expr& e) {
    std::vector<Value> items;
    for (const ExprPtr& k : e.kids) items.push_back(constant_item(*k));
    return add_constant(make_tuple(std::move(items)));
  }
  // An item of a constant display (constant_items()): a new reference.
  Value constant_item(const Expr& k) {
    switch (k.kind) {
      case ExprKind::True: return Value::boolean(true);
      case ExprKind::False: return Value::boolean(false);
      case ExprKind::None: return Value::none();
      default: {
        const uint32_t index = k.kind == ExprKind::Tuple ? tuple_constant(k) : literal_constant(k);
        const Value item = code().constants[index];
        incref(item);
        return item;
      }
    }
  }
  // `x in {1, 2, 3}`: the set display of constant_items() that `in` or `not in` tests becomes a
  // frozenset constant, as CPython's AST optimizer makes it, instead of a set built each time.
  // Nothing else sees that set, so its order (CPython's differs) does not show.
  uint32_t frozenset_constant(const Expr& e) {
    std::vector<Value> items;
    for (const ExprPtr& k : e.kids) items.push_back(constant_item(*k));
    const Value set = make_frozenset_constant(items);
    for (Value item : items) decref(item);
    return add_constant(set);
  }
  // The right operand of a comparison: for `in`/`not in`, a constant set display is folded, and
  // a constant list display, as iterable().
  void comparison_operand(const Expr& e, Op op) {
    if (op != Op::IN && op != Op::NOT_IN) return expr(e);
    if (e.kind == ExprKind::Set && !e.kids.empty() && constant_items(e)) {
      emit(Op::LOAD_CONST, frozenset_constant(e));
      return;
    }
    iterable(e);
  }
  // What a loop iterates or `in` searches: a list display of constant_items() is a tuple
  // constant, as CPython folds it (`for c in [1, 2]`, `x in ["a", "b"]`): nothing else sees the
  // list, and a tuple iterates and compares as it would.
  void iterable(const Expr& e) {
    if (e.kind == ExprKind::List && constant_items(e)) {
      emit(Op::LOAD_CONST, tuple_constant(e));
      return;
    }
    expr(e);
  }
  // The constant of an int, float, str or bytes literal.
  uint32_t literal_constant(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Int:
        return e.text.empty() ? int_constant(e.int_value)
                              : big_int_constant(e.text, static_cast<int>(e.int_value));
      case ExprKind::Float: return float_constant(e.float_value);
      case ExprKind::Imaginary:
        return interned(constant_key('j', e.float_value),
                        [&e] { return make_complex(0.0, e.float_value); });
      case ExprKind::Str: return str_constant(e.text);
      default: return bytes_constant(e.text);
    }
  }
  uint32_t keywords_constant(const std::vector<std::string>& names) {
    std::string key = "k";
    for (const std::string& n : names) key += n + '\0';
    return interned(key, [&names] {
      std::vector<Value> items;
      for (const std::string& n : names) items.push_back(interned_str(n));
      return make_tuple(std::move(items));
    });
  }

  // --- names

  // `name` must outlive the unit (a name of the scope table, or a literal).
  uint32_t declare_local(std::string_view name) {
    if (auto it = unit_->locals.find(name); it != unit_->locals.end()) return it->second;
    if (code().local_names.size() > kMaxOperand) error("too many local variables");
    auto slot = static_cast<uint32_t>(code().local_names.size());
    unit_->locals.emplace(name, slot);
    code().local_names.emplace_back(name);
    return slot;
  }

  enum class NameKind : uint8_t { Local, Cell, Global };

  // Where `name` lives in the unit being compiled: a local slot, a cell in a local slot (captured
  // by an inner function, or taken from an outer one), or the module's globals.
  std::pair<NameKind, uint32_t> resolve(const std::string& name) const {
    const Scope& scope = *unit_->scope;
    if (!unit_->is_function || scope.globals.count(name)) return {NameKind::Global, 0};
    auto it = unit_->locals.find(name);
    if (it == unit_->locals.end()) return {NameKind::Global, 0};
    bool cell = scope.cells.count(name) || scope.is_free(name);
    return {cell ? NameKind::Cell : NameKind::Local, it->second};
  }

  uint32_t global_slot(const std::string& name) {
    uint32_t slot = globals_.slot(name);
    if (slot > kMaxOperand) error("too many global names");
    return slot;
  }

  void load_name(const std::string& name) {
    auto [kind, slot] = resolve(name);
    switch (kind) {
      case NameKind::Local:
        if (unit_->is_class) {  // unset in the class body: the global (or builtin) of its name
          emit(Op::LOAD_CLASS_LOCAL, slot);
          emit(Op::LOAD_GLOBAL, global_slot(name));
        } else {
          emit(Op::LOAD_LOCAL, slot);
        }
        break;
      case NameKind::Cell: emit(Op::LOAD_DEREF, slot); break;
      case NameKind::Global: emit(Op::LOAD_GLOBAL, global_slot(name)); break;
    }
  }

  void store_name(const std::string& name) {
    auto [kind, slot] = resolve(name);
    switch (kind) {
      case NameKind::Local: emit(Op::STORE_LOCAL, slot); break;
      case NameKind::Cell: emit(Op::STORE_DEREF, slot); break;
      case NameKind::Global: emit(Op::STORE_GLOBAL, global_slot(name)); break;
    }
  }

  // The dunders whose frames the interpreter pushes for an operator (push_operator_frame() and
  // its neighbours in interpreter.cpp): their code takes the slow return, which finishes the
  // operation; other functions' returns need not pay for the check.
  static bool is_operator_dunder(const std::string& name) {
    static const std::unordered_set<std::string> kNames = {
        "__add__",     "__sub__",     "__mul__",    "__truediv__", "__floordiv__", "__mod__",
        "__pow__",     "__lshift__",  "__rshift__", "__and__",     "__or__",       "__xor__",
        "__lt__",      "__le__",      "__gt__",     "__ge__",      "__eq__",       "__ne__",
        "__getitem__", "__setitem__", "__neg__",    "__len__",     "__next__"};
    return kNames.count(name) != 0;
  }

  // --- functions

  // The code of a function, lambda (`def` is its Def) or class body (`def` is the Class).
  Ref function(const Stmt& def, const Scope& scope) {
    Ref code = code_unit(def.name, def.line, def.column, static_cast<int>(def.names.size()),
                         def.kind == StmtKind::Class, scope, [&] { statements(def.body); });
    Code* c = as_code(code.get());
    const bool method = unit_->is_class && def.kind != StmtKind::Class;
    c->is_class_init = method && def.name == "__init__";
    c->is_class_dunder = method && is_operator_dunder(def.name);
    c->set_parameter_kinds(static_cast<int>(def.kwonly.size()), !def.varargs.empty(),
                           !def.varkw.empty());
    c->posonly_count = static_cast<int>(def.posonly);
    c->intern_parameter_names();
    return code;
  }

  // The code of one scope; `body` emits its statements.
  template <typename EmitBody>
  Ref code_unit(const std::string& name, int line, int column, int arity, bool is_class,
                const Scope& scope, const EmitBody& body) {
    Ref ref = new_code(name, line);
    Code* c = as_code(ref.get());
    c->arity = arity;
    // CPython's qualname: a function's or lambda's children add ".<locals>", a class's or a
    // comprehension's do not; a name declared `global` where it is defined is its own.
    const Scope* outer = unit_->scope;
    if (!unit_->is_function || (outer && outer->globals.count(name))) {
      c->qualname = name;
    } else {
      const bool locals = !unit_->is_class && !(outer && outer->comprehension);
      c->qualname = unit_->code->qualname + (locals ? ".<locals>." : ".") + name;
    }
    c->nested = (unit_->is_function && (!unit_->is_class || unit_->code->nested)) ||
                scope.comprehension != nullptr;
    Unit unit(c, unit_, true);
    unit.scope = &scope;
    unit.is_class = is_class;
    unit.line = line;
    unit.column = column;
    UnitScope enter(*this, unit);
    for (const std::string& name : scope.locals) declare_local(name);  // parameters first
    std::vector<uint32_t> cells;
    for (const std::string& name : scope.locals) {
      if (scope.cells.count(name)) cells.push_back(unit.locals.at(name));
    }
    std::sort(cells.begin(), cells.end());
    for (uint32_t slot : cells) emit(Op::MAKE_CELL, slot);
    if (!scope.frees.empty()) {
      uint32_t first = declare_local(scope.frees[0]);
      for (const std::string& name : scope.frees) declare_local(name);
      emit(Op::COPY_FREE_VARS, first);
    }
    if (scope.is_generator) emit(Op::RETURN_GENERATOR);
    body();
    if (unit.is_class) {
      emit(Op::CLASS_NAMESPACE);
    } else {
      emit(Op::LOAD_NONE);
    }
    emit_return();
    c->local_count = static_cast<int>(c->local_names.size());
    set_stack_bound();
    return ref;
  }

  // Pushes a new function for `def` (a Def, a lambda's Def or a class body): its defaults, the
  // cells it closes over, its code.
  void make_function(const Stmt& def, const void* node) {
    // Positional defaults, then those of the keyword-only parameters that have one (MAKE_FUNCTION
    // tells them apart by the code's kwonly_count and the parameters' order).
    size_t defaults = def.defaults.size();
    for (const ExprPtr& d : def.defaults) expr(*d);
    for (const ExprPtr& d : def.kwdefaults) {
      if (!d) continue;
      expr(*d);
      ++defaults;
    }
    const Scope& scope = scopes_.of(node);
    Ref code = function(def, scope);
    if (defaults != def.defaults.size()) {
      std::vector<bool>& mask = as_code(code.get())->kwonly_has_default;
      for (const ExprPtr& d : def.kwdefaults) mask.push_back(d != nullptr);
    }
    push_function(std::move(code), scope, defaults);
  }

  // Pushes a function of `code` (of `scope`) over the `defaults` values already pushed.
  void push_function(Ref code, const Scope& scope, size_t defaults) {
    if (scope.frees.empty()) {
      emit(Op::LOAD_CONST, add_constant(code.release()));
      emit(Op::MAKE_FUNCTION, defaults);
      return;
    }
    for (const std::string& name : scope.frees) emit(Op::LOAD_CLOSURE, unit_->locals.at(name));
    emit(Op::BUILD_TUPLE, scope.frees.size());
    emit(Op::LOAD_CONST, add_constant(code.release()));
    emit(Op::MAKE_CLOSURE, defaults);
  }

  // A comprehension, as in CPython 3.11: a function of its own scope (its variables do not leak
  // and inner functions capture them, not the enclosing scope's), called with iter(a) of its
  // first iterable `a`, which is evaluated outside. A generator expression's function is a
  // generator; the others build their container and return it.
  void comprehension(const Expr& e) {
    iterable(*e.clauses[0].expr);
    emit(Op::GET_ITER);
    const Scope& scope = scopes_.of(&e);
    const char* name = e.kind == ExprKind::GeneratorExp ? "<genexpr>"
                       : e.kind == ExprKind::ListComp   ? "<listcomp>"
                       : e.kind == ExprKind::SetComp    ? "<setcomp>"
                                                        : "<dictcomp>";
    push_function(code_unit(name, e.line, e.column, 1, false, scope,
                            [&] {
                              if (e.kind == ExprKind::ListComp) emit(Op::BUILD_LIST, 0);
                              if (e.kind == ExprKind::SetComp) emit(Op::BUILD_SET, 0);
                              if (e.kind == ExprKind::DictComp) emit(Op::BUILD_DICT, 0);
                              comprehension_loops(e);
                              if (e.kind != ExprKind::GeneratorExp) emit_return();
                            }),
                  scope, 0);
    emit(Op::ROT2);
    emit(Op::CALL, 1);
  }

  // Decorators are evaluated first and applied innermost first, as in CPython.
  void def_statement(const Stmt& s) {
    for (const ExprPtr& d : s.decorators) expr(*d);
    if (s.kind == StmtKind::Class) {
      emit(Op::LOAD_CONST, str_constant(s.name));
      for (const ExprPtr& b : s.bases) expr(*b);
      emit(Op::BUILD_TUPLE, s.bases.size());
      make_function(s, &s);
      emit(Op::CALL, 0);  // runs the body: its namespace
      if (s.metaclass) expr(*s.metaclass);
      for (size_t i = 0; i < s.class_keywords.size(); ++i) {  // a dict of the other keywords
        emit(Op::LOAD_CONST, str_constant(s.class_keyword_names[i]));
        expr(*s.class_keywords[i]);
      }
      if (!s.class_keywords.empty()) emit(Op::BUILD_DICT, s.class_keywords.size());
      emit(Op::BUILD_CLASS, (s.metaclass ? 1 : 0) | (s.class_keywords.empty() ? 0 : 2));
    } else {
      make_function(s, &s);
    }
    for (size_t i = 0; i < s.decorators.size(); ++i) emit(Op::CALL, 1);
    store_name(s.name);
  }

  // --- statements

  void statements(const Body& body) {
    for (const StmtPtr& s : body) statement(*s);
  }

  void statement(const Stmt& s) {
    Position at(*unit_, s.line, s.column);
    switch (s.kind) {
      case StmtKind::Expr:
        if (!is_constant(*s.value)) {  // docstrings and the like do nothing
          expr(*s.value);
          emit(Op::POP);
        }
        break;
      case StmtKind::Assign:
        if (is_small_swap(s)) {
          // a, b = x, y and a, b, c = x, y, z: the values reversed on the stack, no tuple
          // (CPython's SWAP 2 and SWAP 3).
          const Expr& target = *s.targets[0];
          for (const ExprPtr& value : s.value->kids) expr(*value);
          if (are_plain_locals(target.kids)) {
            // `a, b = b, a + b`: the last stored first, no swap. Nothing can see distinct plain
            // locals of a function stored in either order (CPython 3.12 drops such SWAPs too).
            for (size_t i = target.kids.size(); i-- > 0;) store(*target.kids[i]);
            break;
          }
          if (target.kids.size() == 3) emit(Op::ROT3);  // x y z -> z x y
          emit(Op::ROT2);                               // -> z y x: x on top
          for (const ExprPtr& kid : target.kids) store(*kid);
          break;
        }
        expr(*s.value);
        for (size_t i = 0; i < s.targets.size(); ++i) {
          if (i + 1 < s.targets.size()) emit(Op::DUP);
          store(*s.targets[i]);
        }
        break;
      case StmtKind::AugAssign: augmented_assignment(s); break;
      case StmtKind::Def:
      case StmtKind::Class: def_statement(s); break;
      case StmtKind::Return: return_statement(s); break;
      case StmtKind::If: if_statement(s); break;
      case StmtKind::While: while_statement(s); break;
      case StmtKind::For: for_statement(s); break;
      case StmtKind::Break: break_statement(); break;
      case StmtKind::Continue: continue_statement(); break;
      case StmtKind::Pass:
      case StmtKind::Nonlocal:
      case StmtKind::Global: break;  // declarations were collected by the scope analysis
      case StmtKind::Import:
        for (const ImportName& i : s.imports) {
          emit(Op::IMPORT_NAME, str_constant(i.name));
          std::string package = i.name.substr(0, i.name.find('.'));
          if (package != i.name &&
              i.alias == package) {  // `import a.b`: a.b is loaded, `a` is bound
            emit(Op::POP);
            emit(Op::IMPORT_NAME, str_constant(package));
          }
          store_name(i.alias);
        }
        break;
      case StmtKind::ImportFrom:
        emit(Op::IMPORT_NAME, str_constant(s.name));
        for (const ImportName& i : s.imports) {
          emit(Op::IMPORT_FROM, str_constant(i.name));
          store_name(i.alias);
        }
        emit(Op::POP);
        break;
      case StmtKind::With: with_statement(s); break;
      case StmtKind::Try: try_statement(s); break;
      case StmtKind::Raise:
        if (s.value) expr(*s.value);
        if (s.cause) expr(*s.cause);
        emit(Op::RAISE, s.cause ? 2 : s.value ? 1 : 0);
        break;
      case StmtKind::Assert: assert_statement(s); break;
      case StmtKind::Del:
        for (const ExprPtr& t : s.targets) delete_target(*t);
        break;
    }
  }

  // `x += 1` and `x -= 1` fuse the literal as ADD_INT and SUB_INT do (INPLACE_ADD_INT,
  // INPLACE_SUB_INT), whose slow path asks an instance's __iadd__ or __isub__ first. Other values,
  // and `x *= 2` (a list repeats in place), go through INPLACE.
  void emit_inplace(const Stmt& s) {
    if (s.value->kind == ExprKind::Int && (s.op == Op::ADD || s.op == Op::SUB)) {
      emit(s.op);
      Instruction& last = code().code.back();
      const Op fused = decode_op(last);
      if (fused == Op::ADD_INT || fused == Op::SUB_INT) {
        last = encode(fused == Op::ADD_INT ? Op::INPLACE_ADD_INT : Op::INPLACE_SUB_INT,
                      decode_operand(last));
      } else if (fused == s.op) {  // a literal too large to fuse
        last = encode(Op::INPLACE, static_cast<uint32_t>(s.op));
      }
    } else {
      emit(Op::INPLACE, static_cast<uint32_t>(s.op));
    }
  }

  // An operand that evaluates to the same object every time and cannot raise once it did: a
  // local variable or an int literal.
  bool reloadable(const Expr& e) {
    if (e.kind == ExprKind::Int) return true;
    return e.kind == ExprKind::Name && resolve(e.text).first == NameKind::Local;
  }

  void augmented_assignment(const Stmt& s) {
    const Expr& target = *s.target;
    switch (target.kind) {
      case ExprKind::Name:
        load_name(target.text);
        expr(*s.value);
        emit_inplace(s);
        store_name(target.text);
        break;
      case ExprKind::Attribute: {
        uint32_t name = str_constant(target.text);
        if (reloadable(*target.kids[0])) {
          // `self.count += 1`: the local loaded again to store, as a subscript's below (the
          // same object), so that both pairs fuse (LOAD_LOCAL_LOAD_ATTR, LOAD_LOCAL_STORE_ATTR)
          // and no DUP and ROT2 run.
          expr(*target.kids[0]);
          emit(Op::LOAD_ATTR, name);
          expr(*s.value);
          emit_inplace(s);
          expr(*target.kids[0]);
          emit(Op::STORE_ATTR, name);
          break;
        }
        expr(*target.kids[0]);
        emit(Op::DUP);
        emit(Op::LOAD_ATTR, name);
        expr(*s.value);
        emit_inplace(s);
        emit(Op::ROT2);
        emit(Op::STORE_ATTR, name);
        break;
      }
      default:  // Subscript, as the parser allows nothing else
        if (reloadable(*target.kids[0]) && reloadable(*target.kids[1])) {
          // `b[3] -= dx * m`, `counts[k] += 1`: a local and a literal or local are loaded again
          // to store, rather than kept under the value (DUP2 ... ROT3): the same objects, as no
          // expression can rebind a local (there is no `:=`), and the pairs fuse
          // (LOAD_LOCAL_SUBSCR_INT, LOAD_LOCAL_STORE_SUBSCR_INT).
          expr(*target.kids[0]);
          expr(*target.kids[1]);
          emit(Op::SUBSCR);
          expr(*s.value);
          emit_inplace(s);
          expr(*target.kids[0]);
          expr(*target.kids[1]);
          emit(Op::STORE_SUBSCR);
          break;
        }
        expr(*target.kids[0]);
        expr(*target.kids[1]);
        emit(Op::DUP2);
        emit(Op::SUBSCR);
        expr(*s.value);
        emit_inplace(s);
        emit(Op::ROT3);
        emit(Op::STORE_SUBSCR);
        break;
    }
  }

  void if_statement(const Stmt& s) {
    std::vector<size_t> ends;
    for (size_t i = 0; i < s.branches.size(); ++i) {
      const Branch& b = s.branches[i];
      std::vector<size_t> next = jump_if(*b.condition, false);
      statements(b.body);
      if (i + 1 < s.branches.size() || !s.orelse.empty()) ends.push_back(emit_jump(Op::JUMP));
      patch_all(next);
    }
    statements(s.orelse);
    patch_all(ends);
  }

  void while_statement(const Stmt& s) {
    size_t start = mark();
    std::vector<size_t> exits;
    if (s.value->kind != ExprKind::True) exits = jump_if(*s.value, false);
    loop_body(BlockKind::WhileLoop, start, s.body);
    patch_all(exits);
    loop_else(s.orelse);
  }

  // After a loop's body: its `else` (run when the loop ends without `break`), then its breaks
  // land.
  void loop_else(const Body& orelse) {
    std::vector<size_t> breaks = std::move(unit_->blocks.back().breaks);
    unit_->blocks.pop_back();
    statements(orelse);
    patch_all(breaks);
  }

  void for_statement(const Stmt& s) {
    iterable(*s.value);
    emit(Op::GET_ITER);
    size_t start = mark();
    size_t exit = emit_jump(Op::FOR_ITER);
    store(*s.target);
    loop_body(BlockKind::ForLoop, start, s.body);
    patch(exit);
    loop_else(s.orelse);
  }

  // Leaves the loop's block pushed, for the caller to patch its breaks.
  void loop_body(BlockKind kind, size_t start, const Body& body) {
    unit_->blocks.push_back(Block{kind, start, {}, nullptr});
    statements(body);
    emit(Op::JUMP_BACKWARD, start);
  }

  size_t innermost_loop(const char* statement) const {
    for (size_t i = unit_->blocks.size(); i-- > 0;) {
      BlockKind k = unit_->blocks[i].kind;
      if (k == BlockKind::WhileLoop || k == BlockKind::ForLoop) return i;
    }
    error(statement);
  }

  void break_statement() {
    size_t loop = innermost_loop("'break' outside loop");
    unwind_blocks(loop + 1);
    if (unit_->blocks[loop].kind == BlockKind::ForLoop) emit(Op::POP);
    size_t jump = emit_jump(Op::JUMP);
    unit_->blocks[loop].breaks.push_back(jump);
  }

  void continue_statement() {
    size_t loop = innermost_loop("'continue' not properly in loop");
    unwind_blocks(loop + 1);
    emit(Op::JUMP_BACKWARD, unit_->blocks[loop].loop_start);
  }

  void return_statement(const Stmt& s) {
    if (!unit_->is_function || unit_->is_class) error("'return' outside function");
    if (s.value) {
      expr(*s.value);
    } else {
      emit(Op::LOAD_NONE);
    }
    bool only_loops = true;
    for (const Block& b : unit_->blocks) {
      only_loops = only_loops && (b.kind == BlockKind::WhileLoop || b.kind == BlockKind::ForLoop);
    }
    if (only_loops) {  // RETURN drops the iterators with the rest of the stack
      emit_return();
      return;
    }
    // The exit code needs the stack as the blocks left it, so the value waits in a local.
    uint32_t slot = declare_local("<return value>");
    emit(Op::STORE_LOCAL, slot);
    unwind_blocks(0);
    emit(Op::LOAD_LOCAL, slot);
    emit_return();
  }

  // A generator's code returns with GENERATOR_RETURN, which knows how a loop resumed it.
  void emit_return() {
    emit(unit_->scope && unit_->scope->is_generator ? Op::GENERATOR_RETURN : Op::RETURN);
  }

  // Emits the exit code of the blocks above `depth`, innermost first.
  void unwind_blocks(size_t depth) {
    for (size_t i = unit_->blocks.size(); i-- > depth;) exit_block(i);
  }

  void exit_block(size_t i) {
    switch (unit_->blocks[i].kind) {
      case BlockKind::WhileLoop: break;
      case BlockKind::ForLoop: emit(Op::POP); break;
      case BlockKind::FinallyHandler:
        emit(Op::POP_EXCEPT);
        emit(Op::POP);
        break;
      case BlockKind::TryBody: emit(Op::POP_BLOCK); break;
      case BlockKind::ExceptClause: emit(Op::POP_EXCEPT); break;
      case BlockKind::WithBody:
        emit(Op::POP_BLOCK);
        call_exit();
        emit(Op::POP);
        break;
      case BlockKind::FinallyBody: {
        emit(Op::POP_BLOCK);
        // The finally body runs outside its own try, so set the blocks from i up aside.
        std::vector<Block>& blocks = unit_->blocks;
        const Body& finalbody = *blocks[i].finalbody;
        std::vector<Block> inner(
            std::make_move_iterator(blocks.begin() + static_cast<ptrdiff_t>(i)),
            std::make_move_iterator(blocks.end()));
        blocks.erase(blocks.begin() + static_cast<ptrdiff_t>(i), blocks.end());
        statements(finalbody);
        blocks.insert(blocks.end(), std::make_move_iterator(inner.begin()),
                      std::make_move_iterator(inner.end()));
        break;
      }
    }
  }

  void push_block(BlockKind kind, const Body* finalbody = nullptr) {
    unit_->blocks.push_back(Block{kind, 0, {}, finalbody});
  }
  void pop_block() { unit_->blocks.pop_back(); }

  // manager -> manager, with manager.__exit__(None, None, None) called and its result dropped.
  void call_exit() {
    emit(Op::DUP);
    exit_call_on_tos();
  }
  // As a method call (LOAD_METHOD, CALL_METHOD): no bound method made for each `with`.
  void exit_call_on_tos() {
    emit(Op::LOAD_METHOD, str_constant("__exit__"));
    for (int i = 0; i < 3; ++i) emit(Op::LOAD_NONE);
    emit(Op::CALL_METHOD, 3);
    emit(Op::POP);
  }

  void with_statement(const Stmt& s) {
    std::vector<size_t> handlers;
    for (const WithItem& item : s.items) {
      expr(*item.context);
      emit(Op::DUP);
      emit(Op::LOAD_METHOD, str_constant("__enter__"));
      emit(Op::CALL_METHOD, 0);
      if (item.target) {
        store(*item.target);
      } else {
        emit(Op::POP);
      }
      handlers.push_back(emit_jump(Op::SETUP_HANDLER));
      push_block(BlockKind::WithBody);
    }
    statements(s.body);
    for (size_t i = handlers.size(); i-- > 0;) {
      pop_block();
      emit(Op::POP_BLOCK);
      call_exit();
      emit(Op::POP);
      size_t end = emit_jump(Op::JUMP);
      patch(handlers[i]);  // stack: manager, exception
      // manager.__exit__(type(e), e, None), with e being handled (the __context__ of what
      // __exit__ raises); a true result swallows the exception.
      emit(Op::ENTER_EXCEPT);
      emit(Op::DUP);
      emit(Op::ROT3);
      emit(Op::ROT2);  // e, e, manager
      emit(Op::LOAD_ATTR, str_constant("__exit__"));
      emit(Op::ROT2);
      emit(Op::DUP);
      emit(Op::LOAD_ATTR, str_constant("__class__"));
      emit(Op::ROT2);  // e, exit, type(e), e
      emit(Op::LOAD_NONE);
      emit(Op::CALL, 3);
      size_t reraise = emit_jump(Op::POP_JUMP_IF_FALSE);
      emit(Op::POP_EXCEPT);
      emit(Op::POP);
      size_t swallowed = emit_jump(Op::JUMP);
      patch(reraise);
      emit(Op::RERAISE);
      patch(end);
      patch(swallowed);
    }
  }

  void try_statement(const Stmt& s) {
    if (s.finalbody.empty()) return try_except(s);
    size_t handler = emit_jump(Op::SETUP_HANDLER);
    push_block(BlockKind::FinallyBody, &s.finalbody);
    if (s.handlers.empty()) {
      statements(s.body);
    } else {
      try_except(s);
    }
    pop_block();
    emit(Op::POP_BLOCK);
    statements(s.finalbody);
    size_t end = emit_jump(Op::JUMP);
    patch(handler);  // stack: exception, being handled while the finally body runs
    emit(Op::ENTER_EXCEPT);
    push_block(BlockKind::FinallyHandler);
    statements(s.finalbody);
    pop_block();
    emit(Op::RERAISE);
    patch(end);
  }

  void try_except(const Stmt& s) {
    size_t handler = emit_jump(Op::SETUP_HANDLER);
    push_block(BlockKind::TryBody);
    statements(s.body);
    pop_block();
    emit(Op::POP_BLOCK);
    statements(s.orelse);
    std::vector<size_t> ends{emit_jump(Op::JUMP)};
    patch(handler);  // stack: exception
    emit(Op::ENTER_EXCEPT);
    for (const Handler& h : s.handlers) {
      Position at(*unit_, h.line, h.column);
      size_t next = kNoJump;
      if (h.type) {
        expr(*h.type);
        emit(Op::EXCEPTION_MATCH);
        next = emit_jump(Op::POP_JUMP_IF_FALSE);
      }
      if (h.name.empty()) {
        emit(Op::POP);
      } else {
        store_name(h.name);
      }
      push_block(BlockKind::ExceptClause);
      statements(h.body);
      pop_block();
      if (!h.name.empty()) {  // `except E as e`: e goes with its clause (`e = None; del e`)
        emit(Op::LOAD_NONE);
        store_name(h.name);
        delete_name(h.name);
      }
      emit(Op::POP_EXCEPT);
      ends.push_back(emit_jump(Op::JUMP));
      if (next != kNoJump) patch(next);
    }
    if (s.handlers.back().type) emit(Op::RERAISE);  // nothing matched
    patch_all(ends);
  }

  void delete_name(const std::string& name) {
    auto [kind, slot] = resolve(name);
    switch (kind) {
      case NameKind::Local: emit(Op::DELETE_LOCAL, slot); break;
      case NameKind::Cell: emit(Op::DELETE_DEREF, slot); break;
      case NameKind::Global: emit(Op::DELETE_GLOBAL, global_slot(name)); break;
    }
  }

  void delete_target(const Expr& target) {
    Position at(*unit_, target.line, target.column);
    switch (target.kind) {
      case ExprKind::Name: delete_name(target.text); break;
      case ExprKind::Attribute:
        expr(*target.kids[0]);
        emit(Op::DELETE_ATTR, str_constant(target.text));
        break;
      default:  // Subscript, as the parser checked
        expr(*target.kids[0]);
        expr(*target.kids[1]);
        emit(Op::DELETE_SUBSCR);
        break;
    }
  }

  void assert_statement(const Stmt& s) {
    std::vector<size_t> ok = jump_if(*s.value, true);
    emit(Op::LOAD_GLOBAL, global_slot("AssertionError"));
    if (s.message) {
      expr(*s.message);
      emit(Op::CALL, 1);
    }
    emit(Op::RAISE, 1);
    patch_all(ok);
  }

  // `a, b = x, y` (also in brackets): both sides two plain items.
  // Two different names, both plain locals (not cells) of a function.
  // Whether the targets are distinct plain locals of a function.
  bool are_plain_locals(const std::vector<ExprPtr>& targets) const {
    if (!unit_->is_function || unit_->is_class) return false;
    for (size_t i = 0; i < targets.size(); ++i) {
      const Expr& t = *targets[i];
      if (t.kind != ExprKind::Name || resolve(t.text).first != NameKind::Local) return false;
      for (size_t j = 0; j < i; ++j)
        if (targets[j]->text == t.text) return false;
    }
    return true;
  }

  static bool is_small_swap(const Stmt& s) {
    auto small = [](const Expr& e, size_t size) {
      if ((e.kind != ExprKind::Tuple && e.kind != ExprKind::List) || e.kids.size() != size)
        return false;
      for (const ExprPtr& kid : e.kids)
        if (kid->kind == ExprKind::Starred) return false;
      return true;
    };
    if (s.targets.size() != 1) return false;
    const size_t size = s.targets[0]->kids.size();
    return (size == 2 || size == 3) && small(*s.targets[0], size) && small(*s.value, size);
  }

  // `a[i:j]`, `a[i:j:k]`, `a[:]`: a slice written in the subscript, whose bounds BINARY_SLICE and
  // STORE_SLICE take from the stack (CPython 3.12 does so without a step), making no slice
  // object for the builtin sequences.
  static bool is_slice_literal(const Expr& index) { return index.kind == ExprKind::Slice; }
  // Pushes a slice's start and stop (None where omitted), then its step if it has one; returns
  // the slice opcodes' operand: 1 if the step was pushed.
  uint32_t slice_bounds(const Expr& slice) {
    for (size_t i = 0; i < 2; ++i) {
      if (slice.kids[i]) {
        expr(*slice.kids[i]);
      } else {
        emit(Op::LOAD_NONE);
      }
    }
    if (!slice.kids[2]) return 0;
    expr(*slice.kids[2]);
    return 1;
  }

  // Stores TOS into an assignment target.
  void store(const Expr& target) {
    Position at(*unit_, target.line, target.column);
    switch (target.kind) {
      case ExprKind::Name: store_name(target.text); break;
      case ExprKind::Attribute:
        expr(*target.kids[0]);
        emit(Op::STORE_ATTR, str_constant(target.text));
        break;
      case ExprKind::Subscript:
        expr(*target.kids[0]);
        if (is_slice_literal(*target.kids[1])) {
          emit(Op::STORE_SLICE, slice_bounds(*target.kids[1]));
          break;
        }
        expr(*target.kids[1]);
        emit(Op::STORE_SUBSCR);
        break;
      default: {  // Tuple or List, as the parser checked
        auto star = std::find_if(target.kids.begin(), target.kids.end(),
                                 [](const ExprPtr& kid) { return kid->kind == ExprKind::Starred; });
        if (star == target.kids.end()) {
          emit(Op::UNPACK, target.kids.size());
        } else {
          size_t before = static_cast<size_t>(star - target.kids.begin());
          size_t after = target.kids.size() - before - 1;
          if (before > 0xfff || after > 0xfff)
            error("too many expressions in star-unpacking assignment");
          emit(Op::UNPACK_EX, before | (after << 12));
        }
        for (const ExprPtr& kid : target.kids)
          store(kid->kind == ExprKind::Starred ? *kid->kids[0] : *kid);
        break;
      }
    }
  }

  // --- expressions

  void expr(const Expr& e) {
    Position at(*unit_, e.line, e.column);
    switch (e.kind) {
      case ExprKind::Name: load_name(e.text); break;
      case ExprKind::NamedExpr:
        expr(*e.kids[0]);
        emit(Op::DUP);
        store_name(e.text);
        break;
      case ExprKind::Int:
      case ExprKind::Float:
      case ExprKind::Imaginary:
      case ExprKind::Str:
      case ExprKind::Bytes: emit(Op::LOAD_CONST, literal_constant(e)); break;
      case ExprKind::True: emit(Op::LOAD_TRUE); break;
      case ExprKind::False: emit(Op::LOAD_FALSE); break;
      case ExprKind::None: emit(Op::LOAD_NONE); break;
      case ExprKind::Unary:
        expr(*e.kids[0]);
        emit(e.op);
        break;
      case ExprKind::Binary:
        expr(*e.kids[0]);
        expr(*e.kids[1]);
        emit(e.op);
        break;
      case ExprKind::And:
      case ExprKind::Or: bool_op(e); break;
      case ExprKind::Not:
        expr(*e.kids[0]);
        emit(Op::NOT);
        break;
      case ExprKind::Compare: comparison(e); break;
      case ExprKind::IfElse: {
        std::vector<size_t> orelse = jump_if(*e.kids[1], false);
        expr(*e.kids[0]);
        size_t end = emit_jump(Op::JUMP);
        patch_all(orelse);
        expr(*e.kids[2]);
        patch(end);
        break;
      }
      case ExprKind::Call: call(e); break;
      case ExprKind::Attribute:
        expr(*e.kids[0]);
        emit(Op::LOAD_ATTR, str_constant(e.text));
        break;
      case ExprKind::Subscript:
        expr(*e.kids[0]);
        if (is_slice_literal(*e.kids[1])) {
          emit(Op::BINARY_SLICE, slice_bounds(*e.kids[1]));
          break;
        }
        expr(*e.kids[1]);
        emit(Op::SUBSCR);
        break;
      case ExprKind::Slice:
        if (!slice_bounds(e)) emit(Op::LOAD_NONE);
        emit(Op::BUILD_SLICE);
        break;
      case ExprKind::List:
      case ExprKind::Tuple:
      case ExprKind::Set:
      case ExprKind::Dict:
        if (std::any_of(e.kids.begin(), e.kids.end(),
                        [](const ExprPtr& k) { return k && k->kind == ExprKind::Starred; })) {
          unpacking_display(e);
        } else if (e.kind == ExprKind::List) {
          display(e, Op::BUILD_LIST, e.kids.size());
        } else if (e.kind == ExprKind::Tuple && constant_items(e)) {
          emit(Op::LOAD_CONST, tuple_constant(e));  // `x in (1, 2, 3)`: made once, as CPython
        } else if (e.kind == ExprKind::Tuple) {
          display(e, Op::BUILD_TUPLE, e.kids.size());
        } else if (e.kind == ExprKind::Dict) {
          display(e, Op::BUILD_DICT, e.kids.size() / 2);
        } else {
          set_display(e);
        }
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: comprehension(e); break;
      case ExprKind::FString: fstring(e); break;
      case ExprKind::FormattedValue: {
        expr(*e.kids[0]);
        uint32_t conversion = e.int_value == 's'   ? 1
                              : e.int_value == 'r' ? 2
                              : e.int_value == 'a' ? 3
                                                   : 0;
        if (e.kids[1]) expr(*e.kids[1]);
        emit(Op::FORMAT_VALUE, conversion | (e.kids[1] ? 4u : 0u));
        break;
      }
      case ExprKind::Lambda: make_function(*e.function, &e); break;
      case ExprKind::Starred: error("can't use starred expression here");
      case ExprKind::Yield:
        if (e.kids[0]) {
          expr(*e.kids[0]);
        } else {
          emit(Op::LOAD_NONE);
        }
        emit(Op::YIELD_VALUE);
        break;
      case ExprKind::YieldFrom: {  // PEP 380: sends and throws go on to the inner iterator; the
                                   // value is what it returns
        expr(*e.kids[0]);
        emit(Op::GET_ITER);
        emit(Op::LOAD_NONE);
        size_t start = mark();
        size_t exit = emit_jump(Op::SEND);
        emit(Op::YIELD_VALUE);
        emit(Op::JUMP_BACKWARD, start);
        patch(exit);
        break;
      }
    }
  }

  // An f-string: its parts pushed in order, then joined (a lone part needs no join).
  void fstring(const Expr& e) {
    if (e.kids.empty()) {
      emit(Op::LOAD_CONST, str_constant(""));
      return;
    }
    for (const ExprPtr& part : e.kids) {
      if (e.kids.size() > 1 && part->kind == ExprKind::FormattedValue && part->int_value == 0 &&
          !part->kids[1]) {
        expr(*part->kids[0]);
        emit(Op::FORMAT_VALUE, kFormatIntLater);
      } else {
        expr(*part);
      }
    }
    if (e.kids.size() > 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(e.kids.size()));
  }

  // What CPython's AST optimizer folds into one constant: literals, negated numbers, tuples of
  // them.
  static bool is_folded_constant(const Expr& e) {
    if (e.kind == ExprKind::Unary) return e.op == Op::NEG && is_folded_constant(*e.kids[0]);
    if (e.kind == ExprKind::Tuple)
      return std::all_of(e.kids.begin(), e.kids.end(),
                         [](const ExprPtr& k) { return is_folded_constant(*k); });
    return is_constant(e);
  }

  void display(const Expr& e, Op build, size_t count) {
    for (const ExprPtr& kid : e.kids) expr(*kid);
    emit(build, count);
  }

  void set_display(const Expr& e) {
    // CPython folds three or more constants into a frozenset, which orders them differently.
    bool constant =
        e.kids.size() >= 3 && std::all_of(e.kids.begin(), e.kids.end(),
                                          [](const ExprPtr& k) { return is_folded_constant(*k); });
    display(e, Op::BUILD_SET, e.kids.size() | (constant ? kConstantSet : 0));
  }

  // [a, *b], (a, *b), {a, *b}, {k: v, **m}: an empty container that each item joins in order
  // (a tuple is built as a list).
  void unpacking_display(const Expr& e) {
    const bool dict = e.kind == ExprKind::Dict, set = e.kind == ExprKind::Set;
    emit(dict ? Op::BUILD_DICT : set ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (size_t i = 0; i < e.kids.size(); i += dict ? 2 : 1) {
      const Expr& kid = *e.kids[i];
      if (kid.kind == ExprKind::Starred && dict != (kid.text == "**")) {
        Position at(*unit_, kid.line, kid.column);
        error(dict ? "cannot use a starred expression in a dictionary key"
                   : "can't use starred expression here");
      }
      if (kid.kind == ExprKind::Starred) {
        expr(*kid.kids[0]);
        emit(Op::DISPLAY_EXTEND, 0);
      } else if (dict) {
        expr(kid);
        expr(*e.kids[i + 1]);
        emit(Op::MAP_ADD, 0);
      } else {
        expr(kid);
        emit(set ? Op::SET_ADD : Op::LIST_APPEND, 0);
      }
    }
    if (e.kind == ExprKind::Tuple) emit(Op::LIST_TO_TUPLE);
  }

  // The jumps (to be patched) taken when `condition`'s truth is `when`; otherwise it falls
  // through. `and`, `or` and `not` become jumps, as in CPython's compiler_jump_if: no operand's
  // value is pushed to be tested a second time.
  std::vector<size_t> jump_if(const Expr& condition, bool when) {
    std::vector<size_t> jumps;
    jump_if_into(condition, when, jumps);
    return jumps;
  }
  void jump_if_into(const Expr& c, bool when, std::vector<size_t>& jumps) {
    if (c.kind == ExprKind::Not) return jump_if_into(*c.kids[0], !when, jumps);
    if (c.kind == ExprKind::Compare && c.compare_ops.size() > 1 && middle_operands_reloadable(c))
      return chained_comparison_jumps(c, when, jumps);
    if (c.kind != ExprKind::And && c.kind != ExprKind::Or) {
      expr(c);
      jumps.push_back(emit_jump(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE));
      return;
    }
    const bool decisive = c.kind == ExprKind::Or;  // the truth of one operand that decides all
    if (when == decisive) {
      for (const ExprPtr& kid : c.kids) jump_if_into(*kid, when, jumps);
      return;
    }
    std::vector<size_t> decided;  // the other answer: past the last operand
    for (size_t i = 0; i + 1 < c.kids.size(); ++i) jump_if_into(*c.kids[i], decisive, decided);
    jump_if_into(*c.kids.back(), when, jumps);
    patch_all(decided);
  }

  void bool_op(const Expr& e) {
    Op jump = e.kind == ExprKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    std::vector<size_t> ends;
    for (size_t i = 0; i + 1 < e.kids.size(); ++i) {
      expr(*e.kids[i]);
      ends.push_back(emit_jump(jump));
    }
    expr(*e.kids.back());
    patch_all(ends);
  }

  bool middle_operands_reloadable(const Expr& c) {
    for (size_t i = 1; i + 1 < c.kids.size(); ++i) {
      if (!reloadable(*c.kids[i])) return false;
    }
    return true;
  }
  // `if 'a' <= ch <= 'z':` with reloadable middle operands: as `'a' <= ch and ch <= 'z'`, each
  // middle operand loaded again rather than kept under the first result (DUP; ROT3; ...; ROT2;
  // POP), so that each comparison fuses with its jump. The same comparisons run in the same
  // order on the same objects, and only a truth is wanted here.
  void chained_comparison_jumps(const Expr& c, bool when, std::vector<size_t>& jumps) {
    const size_t n = c.compare_ops.size();
    std::vector<size_t> decided;  // when `when` is true: a false link ends the test, not jumping
    for (size_t i = 0; i < n; ++i) {
      expr(*c.kids[i]);
      comparison_operand(*c.kids[i + 1], c.compare_ops[i]);
      emit(c.compare_ops[i]);
      if (i + 1 < n && when)
        decided.push_back(emit_jump(Op::POP_JUMP_IF_FALSE));
      else
        jumps.push_back(emit_jump(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE));
    }
    patch_all(decided);
  }

  // a < b < c: b is evaluated once and kept under the first result (DUP; ROT3).
  void comparison(const Expr& e) {
    size_t n = e.compare_ops.size();
    expr(*e.kids[0]);
    std::vector<size_t> cleanups;
    for (size_t i = 0; i + 1 < n; ++i) {
      comparison_operand(*e.kids[i + 1], e.compare_ops[i]);
      emit(Op::DUP);
      emit(Op::ROT3);
      emit(e.compare_ops[i]);
      cleanups.push_back(emit_jump(Op::JUMP_IF_FALSE_OR_POP));
    }
    comparison_operand(*e.kids[n], e.compare_ops[n - 1]);
    emit(e.compare_ops[n - 1]);
    if (cleanups.empty()) return;
    size_t end = emit_jump(Op::JUMP);
    patch_all(cleanups);  // stack: b, False
    emit(Op::ROT2);
    emit(Op::POP);
    patch(end);
  }

  void call(const Expr& e) {
    for (const ExprPtr& kid : e.kids) {
      if (kid->kind == ExprKind::Starred) return call_unpacking(e);
    }
    size_t args = e.kids.size() - 1;
    const Expr& callee = *e.kids[0];
    if (callee.kind == ExprKind::Attribute) {  // obj.name(args), with no bound method made
      const Expr& object = *callee.kids[0];
      if (object.kind == ExprKind::Call && object.kids.size() == 1 && object.keywords.empty() &&
          object.kids[0]->kind == ExprKind::Name && object.kids[0]->text == "super") {
        expr(*object.kids[0]);  // `super().name(args)`: whatever `super` names, called there
        emit(Op::LOAD_SUPER_METHOD, str_constant(callee.text));
      } else {
        expr(object);
        emit(Op::LOAD_METHOD, str_constant(callee.text));
      }
      for (size_t i = 1; i < e.kids.size(); ++i) expr(*e.kids[i]);
      if (e.keywords.empty()) {
        emit(Op::CALL_METHOD, args);
      } else {
        emit(Op::LOAD_CONST, keywords_constant(e.keywords));
        emit(Op::CALL_METHOD_KW, args);
      }
      return;
    }
    for (const ExprPtr& kid : e.kids) expr(*kid);
    if (e.keywords.empty()) {
      emit(Op::CALL, args);
    } else {
      emit(Op::LOAD_CONST, keywords_constant(e.keywords));
      emit(Op::CALL_KW, args);
    }
  }

  // f(a, *b, k=c, **d): the positional arguments gathered in a list, the keyword ones in a
  // dict, then CALL_EX. A lone `*x` or `**x` is passed as it is, as CPython 3.11 passes a lone
  // `*x` (a forwarding wrapper's `f(*args, **kwargs)` builds neither). The plain positional
  // arguments before the first `*x` are built into the list at once (`f(a, b, **d)`: a tuple,
  // as CPython's), not appended one by one.
  void call_unpacking(const Expr& e) {
    expr(*e.kids[0]);
    size_t positional = e.kids.size() - 1 - e.keywords.size();
    size_t plain = 0;  // the leading positional arguments that are not `*x`
    while (plain < positional && e.kids[1 + plain]->kind != ExprKind::Starred) ++plain;
    if (positional == 1 && e.kids[1]->kind == ExprKind::Starred) {
      expr(*e.kids[1]->kids[0]);
    } else {
      for (size_t i = 1; i <= plain; ++i) expr(*e.kids[i]);
      emit(plain == positional ? Op::BUILD_TUPLE : Op::BUILD_LIST, plain);
      for (size_t i = plain + 1; i <= positional; ++i) {
        const Expr& arg = *e.kids[i];
        if (arg.kind == ExprKind::Starred) {
          expr(*arg.kids[0]);
          emit(Op::LIST_EXTEND, 0);
        } else {
          expr(arg);
          emit(Op::LIST_APPEND, 0);
        }
      }
    }
    uint32_t flags = 0;
    if (e.keywords.empty()) {
      emit(Op::LOAD_NONE);
      flags = kCallExNoKeywords;
    } else if (e.keywords.size() == 1 && e.kids[1 + positional]->kind == ExprKind::Starred) {
      expr(*e.kids[1 + positional]->kids[0]);
      flags = kCallExMapping;
    } else {
      emit(Op::BUILD_DICT, 0);
      for (size_t k = 0; k < e.keywords.size(); ++k) {
        const Expr& arg = *e.kids[1 + positional + k];
        if (arg.kind == ExprKind::Starred) {
          expr(*arg.kids[0]);
        } else {
          emit(Op::LOAD_CONST, str_constant(e.keywords[k]));
          expr(arg);
          emit(Op::BUILD_DICT, 1);
        }
        emit(Op::DICT_MERGE, 0);
      }
    }
    emit(Op::CALL_EX, flags);
  }

  // [element for x in a if c for y in b]: one iterator per `for` on the stack above the list.
  // The loops of a comprehension's function: each element is appended to the container under
  // the iterators, or yielded (a generator expression). The first iterator is the parameter.
  void comprehension_loops(const Expr& e) {
    const bool generator = e.kind == ExprKind::GeneratorExp;
    struct Loop {
      size_t start, exit;
    };
    std::vector<Loop> loops;
    for (const CompClause& clause : e.clauses) {
      if (clause.target) {
        if (loops.empty()) {
          // The iterator moves from its parameter to the stack, so that the loop holds the only
          // reference: free-threaded, FOR_ITER then steps a range or list iterator without its
          // lock (uniquely_referenced()). (`locals()` in a comprehension so lacks CPython's '.0'.)
          load_name(kGeneratorArgument);
          emit(Op::DELETE_LOCAL, resolve(kGeneratorArgument).second);
        } else {
          iterable(*clause.expr);
          emit(Op::GET_ITER);
        }
        size_t start = mark();
        loops.push_back({start, emit_jump(Op::FOR_ITER)});
        store(*clause.target);
      } else {
        expr(*clause.expr);
        size_t keep = emit_jump(Op::POP_JUMP_IF_TRUE);
        emit(Op::JUMP_BACKWARD, loops.back().start);
        patch(keep);
      }
    }
    expr(*e.kids[0]);
    if (generator) {
      emit(Op::YIELD_VALUE);
      emit(Op::POP);
    } else if (e.kind == ExprKind::DictComp) {
      expr(*e.kids[1]);
      emit(Op::MAP_ADD, loops.size());
    } else if (e.kind == ExprKind::SetComp) {
      emit(Op::SET_ADD, loops.size());
    } else {
      emit(Op::LIST_APPEND, loops.size());
    }
    for (size_t i = loops.size(); i-- > 0;) {
      emit(Op::JUMP_BACKWARD, loops[i].start);
      patch(loops[i].exit);
    }
  }
};

}  // namespace

Ref compile_module(std::string_view source, const std::string& filename, GlobalNames& globals) {
  ast::Body body = ast::parse(source, filename);
  return Compiler(globals, filename).module(body);
}

}  // namespace gilvm
