// The one list of opcodes. It drives the Op enum, the opcode names, the disassembler and the
// interpreter's dispatch table, so an opcode is declared here and nowhere else.
//
// An instruction is 32 bits: the opcode in the low 8 bits, an unsigned operand A in the high 24.
// Stack effects use "TOS" for the top of stack and "TOS1" for the item under it.
// Operand kinds say what A means (used by the disassembler):
//   None   A unused             Const  index into code.constants
//   Local  local slot            Global slot in the module's global table (GlobalNames)
//   Name   index of a Str constant (attribute or module name)
//   Jump   absolute instruction index        Count  a count
//
// Ticks: opcodes marked Fast do not count a tick for the tick-based (CPython 2) GIL, like
// CPython 2.7's `goto fast_next_opcode`; all others count one.
#pragma once

#include <cstdint>
#include <string_view>

namespace gilvm {

// X(name, operand kind, tick)
#define GILVM_OPCODES(X)                                                                      \
  X(NOP, None, Fast)                /* nothing */                                            \
  X(LOAD_CONST, Const, Fast)        /* push constants[A] */                                  \
  X(LOAD_NONE, None, Fast)          /* push None */                                          \
  X(LOAD_TRUE, None, Fast)          /* push True */                                          \
  X(LOAD_FALSE, None, Fast)         /* push False */                                         \
  X(LOAD_LOCAL, Local, Fast)        /* push locals[A]; UnboundLocalError if unset */         \
  X(STORE_LOCAL, Local, Fast)       /* locals[A] = pop() */                                  \
  X(LOAD_GLOBAL, Global, Slow)      /* push globals[A], else builtin of that name, else NameError */ \
  X(STORE_GLOBAL, Global, Slow)     /* globals[A] = pop() */                                 \
  X(LOAD_ATTR, Name, Slow)          /* TOS = getattr(TOS, constants[A]) */                   \
  X(STORE_ATTR, Name, Slow)         /* obj = pop(); value = pop(); setattr(obj, name, value) */ \
  X(POP, None, Fast)                /* pop and discard */                                    \
  X(DUP, None, Fast)                /* push TOS again */                                     \
  X(DUP2, None, Fast)               /* a b -> a b a b */                                     \
  X(ROT2, None, Fast)               /* a b -> b a */                                         \
  X(ROT3, None, Fast)               /* a b c -> c a b  (TOS moves down two) */               \
  X(ADD, None, Slow)                /* b = pop(); a = pop(); push(a + b) */                  \
  X(SUB, None, Slow)                                                                         \
  X(MUL, None, Slow)                                                                         \
  X(TRUEDIV, None, Slow)            /* a / b, always a float */                              \
  X(FLOORDIV, None, Slow)                                                                    \
  X(MOD, None, Slow)                /* ints: modulo; str/bytes: %-formatting */              \
  X(POW, None, Slow)                                                                         \
  X(LSHIFT, None, Slow)                                                                      \
  X(RSHIFT, None, Slow)                                                                      \
  X(BIT_AND, None, Slow)                                                                     \
  X(BIT_OR, None, Slow)                                                                      \
  X(BIT_XOR, None, Slow)                                                                     \
  X(ADD_INT, Count, Slow)           /* TOS = TOS + A  (fused LOAD_CONST small int; ADD) */   \
  X(SUB_INT, Count, Slow)           /* TOS = TOS - A  (fused LOAD_CONST small int; SUB) */   \
  X(NEG, None, Slow)                /* TOS = -TOS */                                         \
  X(POS, None, Slow)                /* TOS = +TOS */                                         \
  X(INVERT, None, Slow)             /* TOS = ~TOS */                                         \
  X(NOT, None, Slow)                /* TOS = not TOS  (a bool) */                            \
  X(LT, None, Slow)                 /* b = pop(); a = pop(); push(a < b) */                  \
  X(LE, None, Slow)                                                                          \
  X(EQ, None, Slow)                                                                          \
  X(NE, None, Slow)                                                                          \
  X(GT, None, Slow)                                                                          \
  X(GE, None, Slow)                                                                          \
  X(IN, None, Slow)                 /* b = pop(); a = pop(); push(a in b) */                 \
  X(NOT_IN, None, Slow)                                                                      \
  X(IS, None, Slow)                                                                          \
  X(IS_NOT, None, Slow)                                                                      \
  X(JUMP_IF_NOT_LT, Jump, Slow)     /* fused LT; POP_JUMP_IF_FALSE */                        \
  X(JUMP_IF_NOT_LE, Jump, Slow)                                                              \
  X(JUMP_IF_NOT_EQ, Jump, Slow)                                                              \
  X(JUMP_IF_NOT_NE, Jump, Slow)                                                              \
  X(JUMP_IF_NOT_GT, Jump, Slow)                                                              \
  X(JUMP_IF_NOT_GE, Jump, Slow)                                                              \
  X(JUMP, Jump, Fast)               /* forward jump to A */                                  \
  X(JUMP_BACKWARD, Jump, Slow)      /* jump to A (A <= here); polls the eval breaker */      \
  X(POP_JUMP_IF_FALSE, Jump, Fast)  /* if not pop(): jump to A */                            \
  X(POP_JUMP_IF_TRUE, Jump, Fast)                                                            \
  X(JUMP_IF_FALSE_OR_POP, Jump, Fast) /* `and`: if not TOS: jump to A (keep TOS) else pop */ \
  X(JUMP_IF_TRUE_OR_POP, Jump, Fast)  /* `or`:  if TOS: jump to A (keep TOS) else pop */     \
  X(GET_ITER, None, Slow)           /* TOS = iter(TOS) */                                    \
  X(FOR_ITER, Jump, Slow)           /* TOS is an iterator: push next(TOS), or pop it and jump to A */ \
  X(BUILD_LIST, Count, Slow)        /* pop A items (first pushed = first item), push list */  \
  X(BUILD_TUPLE, Count, Slow)                                                                \
  X(BUILD_DICT, Count, Slow)        /* pop A key/value pairs (k1 v1 k2 v2 ...), push dict */ \
  X(BUILD_SLICE, None, Slow)        /* stop = pop(); start = pop(); push slice (None = open) */ \
  X(LIST_APPEND, Count, Slow)       /* v = pop(); append v to the list A items below TOS (after the pop) */ \
  X(UNPACK, Count, Slow)            /* pop a sequence of exactly A items, push them last-first so the first item is TOS */ \
  X(SUBSCR, None, Slow)             /* i = pop(); c = pop(); push c[i]  (i may be a slice) */ \
  X(STORE_SUBSCR, None, Slow)       /* i = pop(); c = pop(); v = pop(); c[i] = v */          \
  X(CALL, Count, Slow)              /* callee and A positional args on the stack (callee deepest); pops them, pushes the result */ \
  X(CALL_KW, Count, Slow)           /* like CALL with A values, then TOS = tuple of k keyword names: the last k values are keyword arguments */ \
  X(RETURN, None, Slow)             /* return pop() to the caller */                         \
  X(MAKE_FUNCTION, Count, Slow)     /* code = pop(); pop A default values (first pushed = first default); push function */ \
  X(IMPORT_NAME, Name, Slow)        /* push the builtin module named constants[A] */         \
  X(IMPORT_FROM, Name, Slow)        /* TOS is a module: push getattr(TOS, constants[A]) (module stays) */ \
  X(SETUP_HANDLER, Jump, Fast)      /* push a handler block: on an exception, the stack is cut back to its depth here, the exception is pushed and control goes to A */ \
  X(POP_BLOCK, None, Fast)          /* pop the innermost handler block (body finished normally) */ \
  X(RAISE, Count, Slow)             /* A=1: raise pop() (an exception instance, or a class that is instantiated); A=0: re-raise the exception being handled */ \
  X(RERAISE, None, Slow)            /* raise pop() again, keeping its traceback */           \
  X(EXCEPTION_MATCH, None, Slow)    /* cls = pop(); TOS is the exception (it stays): push isinstance(TOS, cls); cls may be a tuple */ \
  X(POP_EXCEPT, None, Fast)         /* leave an except clause: the exception being handled reverts to the outer one */ \
  X(ENTER_EXCEPT, None, Fast)       /* start of an except clause: TOS becomes the exception being handled (for bare `raise`); TOS stays */ \
  X(PRINT_EXPR, None, Slow)         /* reserved for a REPL: print repr(pop()) unless None */

enum class Op : uint8_t {
#define GILVM_OPCODE_ENUM(name, operand, tick) name,
  GILVM_OPCODES(GILVM_OPCODE_ENUM)
#undef GILVM_OPCODE_ENUM
};

enum class OperandKind : uint8_t { None, Const, Local, Global, Name, Jump, Count };

constexpr int kOpcodeCount = 0
#define GILVM_OPCODE_COUNT(name, operand, tick) +1
    GILVM_OPCODES(GILVM_OPCODE_COUNT)
#undef GILVM_OPCODE_COUNT
    ;

std::string_view opcode_name(Op op);
OperandKind opcode_operand(Op op);

using Instruction = uint32_t;
constexpr uint32_t kMaxOperand = (1u << 24) - 1;

inline Instruction encode(Op op, uint32_t operand = 0) {
  return static_cast<uint32_t>(op) | (operand << 8);
}
inline Op decode_op(Instruction ins) { return static_cast<Op>(ins & 0xff); }
inline uint32_t decode_operand(Instruction ins) { return ins >> 8; }

}  // namespace gilvm
