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

// X(name, operand kind, tick, flow, stack effect, stack effect when jumping)
//   flow          Next: on to the next instruction; Jump: to A only; Branch: to the next or
//                 to A; Stop: neither (return, raise).
//   stack effect  values pushed minus values popped on the way to the next instruction: an
//                 expression in the operand `a` where it depends on it. The one when jumping
//                 is the same on the way to A (a handler is entered with the stack cut back to
//                 its SETUP_HANDLER's depth plus the exception).
#define GILVM_OPCODES(X)                                                                           \
  X(LOAD_CONST, Const, Fast, Next, 1, 0) /* push constants[A] */                                   \
  X(LOAD_NONE, None, Fast, Next, 1, 0)   /* push None */                                           \
  X(LOAD_TRUE, None, Fast, Next, 1, 0)   /* push True */                                           \
  X(LOAD_FALSE, None, Fast, Next, 1, 0)  /* push False */                                          \
  /* push locals[A]; UnboundLocalError if unset */                                                 \
  X(LOAD_LOCAL, Local, Fast, Next, 1, 0)                                                           \
  X(STORE_LOCAL, Local, Fast, Next, -1, 0) /* locals[A] = pop() */                                 \
  /* a class body's name (CPython's LOAD_NAME): push locals[A] and skip the LOAD_GLOBAL of the */  \
  /* same name that follows; unset, go on to it (`x = x + 1` reads the global x) */               \
  X(LOAD_CLASS_LOCAL, Local, Fast, Next, 0, 0)                                                     \
  /* superinstructions (CPython 3.11's LOAD_FAST__LOAD_FAST and kin), made once a code is */       \
  /* complete (fuse_superinstructions): this instruction and the next one, which stays in the */   \
  /* code (a jump may land on it) and is skipped. A is the first one's operand, and the stack */   \
  /* effect the first one's: the analysis goes on to the second as to any next instruction */      \
  X(LOAD_LOCAL_LOAD_LOCAL, Local, Fast, Next, 1, 0)                                                \
  X(LOAD_LOCAL_LOAD_CONST, Local, Fast, Next, 1, 0)                                                \
  X(STORE_LOCAL_LOAD_LOCAL, Local, Fast, Next, -1, 0)                                              \
  X(STORE_LOCAL_STORE_LOCAL, Local, Fast, Next, -1, 0)                                             \
  /* a local's item at a literal index, read (b[0]) or written (b[3] = x, b[3] += x); Fast, */     \
  /* as the LOAD_LOCAL they begin with: the second instruction's tick is counted when it runs */    \
  X(LOAD_LOCAL_SUBSCR_INT, Local, Fast, Next, 1, 0)                                                \
  X(LOAD_LOCAL_STORE_SUBSCR_INT, Local, Fast, Next, 1, 0)                                          \
  /* a local's attribute read (p.x) or written (p.x = v): the attribute cache's in-line hit on */  \
  /* the local itself, the LOAD_ATTR's or STORE_ATTR's tick counted; else a LOAD_LOCAL */          \
  X(LOAD_LOCAL_LOAD_ATTR, Local, Fast, Next, 1, 0)                                                 \
  X(LOAD_LOCAL_STORE_ATTR, Local, Fast, Next, 1, 0)                                                \
  /* and at a local index (a[i], a[i] = x): three instructions, the next two skipped */             \
  X(LOAD_LOCAL_LOAD_LOCAL_SUBSCR, Local, Fast, Next, 1, 0)                                         \
  X(LOAD_LOCAL_LOAD_LOCAL_STORE_SUBSCR, Local, Fast, Next, 1, 0)                                   \
  /* and `if x in s` / `if x not in s` of two locals: LOAD_LOCAL, LOAD_LOCAL, JUMP_IF_[NOT_]IN */   \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_IN, Local, Fast, Next, 1, 0)                                     \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_IN, Local, Fast, Next, 1, 0)                                 \
  /* and `if i < 10` of a local and a constant: LOAD_LOCAL, LOAD_CONST, JUMP_IF_NOT_<compare> */    \
  X(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_LT, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_LE, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_EQ, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_NE, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_GT, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_GE, Local, Fast, Next, 1, 0)                                 \
  /* and `while i < n` of two locals: LOAD_LOCAL, LOAD_LOCAL, JUMP_IF_NOT_<compare> */             \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_LT, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_LE, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_EQ, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_NE, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_GT, Local, Fast, Next, 1, 0)                                 \
  X(LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_NOT_GE, Local, Fast, Next, 1, 0)                                 \
  /* `i += 1`, `n -= 1`, `j = i + 2` of int locals: LOAD_LOCAL, [INPLACE_]ADD_INT or */           \
  /* [INPLACE_]SUB_INT, STORE_LOCAL (or a STORE_LOCAL_ fusion: the fourth runs on its own) */      \
  X(LOAD_LOCAL_ADD_INT_STORE_LOCAL, Local, Fast, Next, 1, 0)                                       \
  X(LOAD_LOCAL_SUB_INT_STORE_LOCAL, Local, Fast, Next, 1, 0)                                       \
  /* `x + y`, `x * x`, `t - y` of int or float operands in line: LOAD_LOCAL, ADD/SUB/MUL (the */  \
  /* left operand on the stack) and LOAD_LOCAL, LOAD_LOCAL, ADD/SUB/MUL */                         \
  X(LOAD_LOCAL_ADD, Local, Fast, Next, 1, 0)                                                       \
  X(LOAD_LOCAL_SUB, Local, Fast, Next, 1, 0)                                                       \
  X(LOAD_LOCAL_MUL, Local, Fast, Next, 1, 0)                                                       \
  X(LOAD_LOCAL_LOAD_LOCAL_ADD, Local, Fast, Next, 1, 0)                                            \
  X(LOAD_LOCAL_LOAD_LOCAL_SUB, Local, Fast, Next, 1, 0)                                            \
  X(LOAD_LOCAL_LOAD_LOCAL_MUL, Local, Fast, Next, 1, 0)                                            \
  /* `x & 1`, `x % 97` of an int or float and a constant: LOAD_LOCAL, LOAD_CONST, BIT_AND/MOD */   \
  /* and (the left operand on the stack) LOAD_CONST, BIT_AND/MOD */                                \
  X(LOAD_LOCAL_LOAD_CONST_BIT_AND, Local, Fast, Next, 1, 0)                                        \
  X(LOAD_LOCAL_LOAD_CONST_MOD, Local, Fast, Next, 1, 0)                                            \
  X(LOAD_CONST_BIT_AND, Const, Fast, Next, 1, 0)                                                   \
  X(LOAD_CONST_MOD, Const, Fast, Next, 1, 0)                                                       \
  /* `d[k] = d.get(k, c) + n` of locals d and k, an int constant c and ADD_INT's n (word */        \
  /* counts): LOAD_LOCAL d, LOAD_METHOD get, LOAD_LOCAL k, LOAD_CONST c, CALL_METHOD 2, */         \
  /* ADD_INT n, LOAD_LOCAL d, LOAD_LOCAL k, STORE_SUBSCR; one probe of an exact dict for an int */ \
  /* or a str key, the next eight skipped (their fusions kept for when it runs as LOAD_LOCAL) */   \
  X(LOAD_LOCAL_DICT_GET_ADD_STORE, Local, Fast, Next, 1, 0)                                        \
  /* push globals[A], else builtin of that name, else NameError */                                 \
  X(LOAD_GLOBAL, Global, Slow, Next, 1, 0)                                                         \
  X(STORE_GLOBAL, Global, Slow, Next, -1, 0) /* globals[A] = pop() */                              \
  X(LOAD_ATTR, Name, Slow, Next, 0, 0)       /* TOS = getattr(TOS, constants[A]) */                \
  /* obj = pop(); value = pop(); setattr(obj, name, value) */                                      \
  X(STORE_ATTR, Name, Slow, Next, -2, 0)                                                           \
  X(POP, None, Fast, Next, -1, 0) /* pop and discard */                                            \
  X(DUP, None, Fast, Next, 1, 0)  /* push TOS again */                                             \
  X(DUP2, None, Fast, Next, 2, 0) /* a b -> a b a b */                                             \
  X(ROT2, None, Fast, Next, 0, 0) /* a b -> b a */                                                 \
  X(ROT3, None, Fast, Next, 0, 0) /* a b c -> c a b  (TOS moves down two) */                       \
  X(ADD, None, Slow, Next, -1, 0) /* b = pop(); a = pop(); push(a + b) */                          \
  X(SUB, None, Slow, Next, -1, 0)                                                                  \
  X(MUL, None, Slow, Next, -1, 0)                                                                  \
  X(TRUEDIV, None, Slow, Next, -1, 0) /* a / b, always a float */                                  \
  X(FLOORDIV, None, Slow, Next, -1, 0)                                                             \
  X(MOD, None, Slow, Next, -1, 0) /* ints: modulo; str/bytes: %-formatting */                      \
  X(POW, None, Slow, Next, -1, 0)                                                                  \
  X(LSHIFT, None, Slow, Next, -1, 0)                                                               \
  X(RSHIFT, None, Slow, Next, -1, 0)                                                               \
  X(BIT_AND, None, Slow, Next, -1, 0)                                                              \
  X(BIT_OR, None, Slow, Next, -1, 0)                                                               \
  X(BIT_XOR, None, Slow, Next, -1, 0)                                                              \
  /* TOS = TOS + A (fused LOAD_CONST small int; ADD) */                                            \
  X(ADD_INT, Count, Slow, Next, 0, 0)                                                              \
  /* TOS = TOS - A (fused LOAD_CONST small int; SUB) */                                            \
  X(SUB_INT, Count, Slow, Next, 0, 0)                                                              \
  /* x += A, x -= A: ADD_INT and SUB_INT whose slow path is in place (an instance's __iadd__) */   \
  X(INPLACE_ADD_INT, Count, Slow, Next, 0, 0)                                                      \
  X(INPLACE_SUB_INT, Count, Slow, Next, 0, 0)                                                      \
  X(NEG, None, Slow, Next, 0, 0)    /* TOS = -TOS */                                               \
  X(POS, None, Slow, Next, 0, 0)    /* TOS = +TOS */                                               \
  X(INVERT, None, Slow, Next, 0, 0) /* TOS = ~TOS */                                               \
  X(NOT, None, Slow, Next, 0, 0)    /* TOS = not TOS  (a bool) */                                  \
  X(LT, None, Slow, Next, -1, 0)    /* b = pop(); a = pop(); push(a < b) */                        \
  X(LE, None, Slow, Next, -1, 0)                                                                   \
  X(EQ, None, Slow, Next, -1, 0)                                                                   \
  X(NE, None, Slow, Next, -1, 0)                                                                   \
  X(GT, None, Slow, Next, -1, 0)                                                                   \
  X(GE, None, Slow, Next, -1, 0)                                                                   \
  X(IN, None, Slow, Next, -1, 0) /* b = pop(); a = pop(); push(a in b) */                          \
  X(NOT_IN, None, Slow, Next, -1, 0)                                                               \
  X(IS, None, Slow, Next, -1, 0)                                                                   \
  X(IS_NOT, None, Slow, Next, -1, 0)                                                               \
  X(IS_NONE, None, Slow, Next, 0, 0) /* fused LOAD_NONE; IS: TOS = TOS is None */                  \
  X(IS_NOT_NONE, None, Slow, Next, 0, 0) /* fused LOAD_NONE; IS_NOT */                             \
  X(JUMP_IF_NOT_LT, Jump, Slow, Branch, -2, -2) /* fused LT; POP_JUMP_IF_FALSE */                  \
  X(JUMP_IF_NOT_LE, Jump, Slow, Branch, -2, -2)                                                    \
  X(JUMP_IF_NOT_EQ, Jump, Slow, Branch, -2, -2)                                                    \
  X(JUMP_IF_NOT_NE, Jump, Slow, Branch, -2, -2)                                                    \
  X(JUMP_IF_NOT_GT, Jump, Slow, Branch, -2, -2)                                                    \
  X(JUMP_IF_NOT_GE, Jump, Slow, Branch, -2, -2)                                                    \
  X(JUMP_IF_NOT_IN, Jump, Slow, Branch, -2, -2) /* fused IN; POP_JUMP_IF_FALSE */                  \
  X(JUMP_IF_IN, Jump, Slow, Branch, -2, -2)     /* fused NOT_IN; POP_JUMP_IF_FALSE */              \
  X(JUMP_IF_NOT_NONE, Jump, Slow, Branch, -1, -1) /* fused IS_NONE; POP_JUMP_IF_FALSE */          \
  X(JUMP_IF_NONE, Jump, Slow, Branch, -1, -1)     /* fused IS_NOT_NONE; POP_JUMP_IF_FALSE */       \
  X(JUMP, Jump, Fast, Jump, 0, 0) /* forward jump to A */                                          \
  /* jump to A (A <= here); polls the eval breaker */                                              \
  X(JUMP_BACKWARD, Jump, Slow, Jump, 0, 0)                                                         \
  X(POP_JUMP_IF_FALSE, Jump, Fast, Branch, -1, -1) /* if not pop(): jump to A */                   \
  X(POP_JUMP_IF_TRUE, Jump, Fast, Branch, -1, -1)                                                  \
  /* `and`: if not TOS: jump to A (keep TOS) else pop */                                           \
  X(JUMP_IF_FALSE_OR_POP, Jump, Fast, Branch, -1, 0)                                               \
  /* `or`: if TOS: jump to A (keep TOS) else pop */                                                \
  X(JUMP_IF_TRUE_OR_POP, Jump, Fast, Branch, -1, 0)                                                \
  X(GET_ITER, None, Slow, Next, 0, 0) /* TOS = iter(TOS) */                                        \
  /* TOS is an iterator: push next(TOS), or pop it and jump to A */                                \
  X(FOR_ITER, Jump, Slow, Branch, 1, -1)                                                           \
  /* superinstruction: FOR_ITER and the STORE_LOCAL of the loop's target after it (see above) */   \
  X(FOR_ITER_STORE_LOCAL, Jump, Slow, Branch, 1, -1)                                               \
  /* pop A items (first pushed = first item), push list */                                         \
  X(BUILD_LIST, Count, Slow, Next, 1 - a, 0)                                                       \
  X(BUILD_TUPLE, Count, Slow, Next, 1 - a, 0)                                                      \
  /* pop A key/value pairs (k1 v1 k2 v2 ...), push dict */                                         \
  X(BUILD_DICT, Count, Slow, Next, 1 - 2 * a, 0)                                                   \
  /* step = pop(); stop = pop(); start = pop(); push slice (None = open) */                        \
  X(BUILD_SLICE, None, Slow, Next, -2, 0)                                                          \
  /* v = pop(); append v to the list A items below TOS (after the pop) */                          \
  X(LIST_APPEND, Count, Slow, Next, -1, 0)                                                         \
  /* pop a sequence of exactly A items, push them last-first so the first item is TOS */           \
  X(UNPACK, Count, Slow, Next, a - 1, 0)                                                           \
  /* f-string field: A&3 = conversion (0 none, 1 !s, 2 !r, 3 !a); A&4: spec = pop(); */            \
  /* TOS = format(TOS, spec); A == kFormatIntLater: an int is left for BUILD_STRING */             \
  X(FORMAT_VALUE, Count, Slow, Next, (a & 4) ? -1 : 0, 0)                                          \
  /* pop A strs or ints (first pushed = first part), push their concatenation */                   \
  X(BUILD_STRING, Count, Slow, Next, 1 - a, 0)                                                     \
  /* i = pop(); c = pop(); push c[i] (i may be a slice) */                                         \
  X(SUBSCR, None, Slow, Next, -1, 0)                                                               \
  /* TOS = TOS[A] (fused LOAD_CONST small int >= 0; SUBSCR): b[0], pair[1] */                     \
  X(SUBSCR_INT, Count, Slow, Next, 0, 0)                                                           \
  /* i = pop(); c = pop(); v = pop(); c[i] = v */                                                  \
  X(STORE_SUBSCR, None, Slow, Next, -3, 0)                                                         \
  /* c = pop(); v = pop(); c[A] = v (fused LOAD_CONST small int >= 0; STORE_SUBSCR): b[3] = x */  \
  X(STORE_SUBSCR_INT, Count, Slow, Next, -2, 0)                                                    \
  /* step = pop() if A; stop = pop(); start = pop(); c = pop(); push c[start:stop:step] (no */     \
  /* slice object for builtin sequences: CPython 3.12's BINARY_SLICE, with a step too) */          \
  X(BINARY_SLICE, Count, Slow, Next, -2 - a, 0)                                                    \
  /* as BINARY_SLICE, then v = pop(); c[start:stop:step] = v */                                    \
  X(STORE_SLICE, Count, Slow, Next, -4 - a, 0)                                                     \
  /* callee and A positional args on the stack (callee deepest); pops them, pushes the result */   \
  X(CALL, Count, Slow, Next, -a, 0)                                                                \
  /* like CALL with A values, then TOS = tuple of k keyword names: the last k values are */        \
  /* keyword arguments */                                                                          \
  X(CALL_KW, Count, Slow, Next, -(a + 1), 0)                                                       \
  X(RETURN, None, Slow, Stop, 0, 0) /* return pop() to the caller */                               \
  /* code = pop(); pop A default values (first pushed = first default); push function */           \
  X(MAKE_FUNCTION, Count, Slow, Next, -a, 0)                                                       \
  /* push the builtin module named constants[A] */                                                 \
  X(IMPORT_NAME, Name, Slow, Next, 1, 0)                                                           \
  /* TOS is a module: push getattr(TOS, constants[A]) (module stays) */                            \
  X(IMPORT_FROM, Name, Slow, Next, 1, 0)                                                           \
  /* push a handler block: on an exception, the stack is cut back to its depth here, the */        \
  /* exception is pushed and control goes to A */                                                  \
  X(SETUP_HANDLER, Jump, Fast, Branch, 0, 1)                                                       \
  /* pop the innermost handler block (body finished normally) */                                   \
  X(POP_BLOCK, None, Fast, Next, 0, 0)                                                             \
  /* A=1: raise pop() (an exception instance, or a class that is instantiated); A=2: */            \
  /* cause = pop(), then raise pop() from cause; A=0: re-raise */                                  \
  /* the exception being handled */                                                                \
  X(RAISE, Count, Slow, Stop, 0, 0)                                                                \
  X(RERAISE, None, Slow, Stop, 0, 0) /* raise pop() again, keeping its traceback */                \
  /* cls = pop(); TOS is the exception (it stays): push isinstance(TOS, cls); cls may be a */      \
  /* tuple */                                                                                      \
  X(EXCEPTION_MATCH, None, Slow, Next, 0, 0)                                                       \
  /* leave an except clause: the exception being handled reverts to the outer one */               \
  X(POP_EXCEPT, None, Fast, Next, 0, 0)                                                            \
  /* start of an except clause: TOS becomes the exception being handled (for bare `raise`); */     \
  /* TOS stays */                                                                                  \
  X(ENTER_EXCEPT, None, Fast, Next, 0, 0)                                                          \
  /* closures and classes (scopes.h) */                                                            \
  /* function entry: locals[A] = new cell holding locals[A] (Undefined if unset) */                \
  X(MAKE_CELL, Local, Fast, Next, 0, 0)                                                            \
  /* function entry: locals[A + i] = the function's closure cell i, for each */                    \
  X(COPY_FREE_VARS, Local, Fast, Next, 0, 0)                                                       \
  /* push the value of the cell in locals[A]; NameError if empty */                                \
  X(LOAD_DEREF, Local, Fast, Next, 1, 0)                                                           \
  /* the cell in locals[A] takes pop() */                                                          \
  X(STORE_DEREF, Local, Fast, Next, -1, 0)                                                         \
  /* push the cell in locals[A] itself */                                                          \
  X(LOAD_CLOSURE, Local, Fast, Next, 1, 0)                                                         \
  /* code = pop(); cells = pop() (a tuple); pop A defaults; push function */                       \
  X(MAKE_CLOSURE, Count, Slow, Next, -(a + 1), 0)                                                  \
  /* push a dict of the frame's bound locals (a class body's namespace) */                         \
  X(CLASS_NAMESPACE, None, Slow, Next, 1, 0)                                                       \
  /* A bit 1: metaclass; bit 2: a dict of the other class keywords. Pops them (the dict on top),   \
     then ns, bases and name; pushes the new class */                                              \
  X(BUILD_CLASS, Count, Slow, Next, -2 - (a & 1) - (a >> 1), 0)                                    \
  /* generators (generator.h) */                                                                   \
  /* function entry: move the frame into a new generator and return that to the caller; resumed */ \
  /* at the next instruction with the same stack */                                                \
  X(RETURN_GENERATOR, None, Slow, Next, 0, 0)                                                      \
  /* RETURN in a generator's code: as RETURN, or, when a FOR_ITER in the same run() resumed it, */ \
  /* the generator finishes and that loop ends */                                                  \
  X(GENERATOR_RETURN, None, Slow, Stop, 0, 0)                                                      \
  /* suspend the generator, giving pop() to whoever resumed it; resumed, push the value sent */    \
  /* (None for next()) */                                                                          \
  X(YIELD_VALUE, None, Slow, Next, 0, 0)                                                           \
  /* argument unpacking */                                                                         \
  /* v = pop(); extend the list A items below TOS (after the pop) with the items of v */           \
  X(LIST_EXTEND, Count, Slow, Next, -1, 0)                                                         \
  /* m = pop(); add the items of dict m to the dict A below TOS; a repeated key is a TypeError */  \
  X(DICT_MERGE, Count, Slow, Next, -1, 0)                                                          \
  /* kwargs = pop(); args = pop(); callee = pop(); push callee(*args, **kwargs). args: a list   \
     of the call's own, or a lone `*x`'s object; kwargs: as A's CallExFlags say */                 \
  X(CALL_EX, Count, Slow, Next, -2, 0)                                                              \
  /* like UNPACK for `a, *b, c`: A = before | after << 12; the starred part becomes a list */      \
  X(UNPACK_EX, Count, Slow, Next, (a & 0xfff) + (a >> 12), 0)                                      \
  /* dict comprehensions, del */                                                                   \
  /* v = pop(); k = pop(); the dict A items below TOS (after the pops) gets d[k] = v */            \
  X(MAP_ADD, Count, Slow, Next, -2, 0)                                                             \
  /* displays with unpacking ([*a, b], (*a,), {*a}, {**m, k: v}): v = pop(); the list, set or */ \
  /* dict A items below TOS (after the pop) takes v's items */                                   \
  X(DISPLAY_EXTEND, Count, Slow, Next, -1, 0)                                                      \
  X(LIST_TO_TUPLE, None, Slow, Next, 0, 0) /* (*a, b): the list on top becomes a tuple */          \
  /* unbind locals[A]; UnboundLocalError if unset */                                               \
  X(DELETE_LOCAL, Local, Fast, Next, 0, 0)                                                         \
  /* empty the cell in locals[A]; UnboundLocalError if empty */                                    \
  X(DELETE_DEREF, Local, Slow, Next, 0, 0)                                                         \
  /* unbind globals[A]; NameError if unset */                                                      \
  X(DELETE_GLOBAL, Global, Slow, Next, 0, 0)                                                       \
  /* del pop().constants[A] */                                                                     \
  X(DELETE_ATTR, Name, Slow, Next, -1, 0)                                                          \
  /* i = pop(); c = pop(); del c[i] */                                                             \
  X(DELETE_SUBSCR, None, Slow, Next, -2, 0)                                                        \
  /* sets */                                                                                       \
  /* pop A & 0x7fffff items (first pushed = first added), push a set; A & kConstantSet: all are */ \
  /* constants, added as CPython adds a constant set display (through a frozenset) */              \
  X(BUILD_SET, Count, Slow, Next, 1 - (a & 0x7fffff), 0)                                           \
  /* v = pop(); add v to the set A items below TOS (after the pop) */                              \
  X(SET_ADD, Count, Slow, Next, -1, 0)                                                             \
  /* augmented assignment: b = pop(); a = pop(); push(a OP= b) for OP = Op(A): lists and sets */   \
  /* change in place */                                                                            \
  X(INPLACE, Count, Slow, Next, -1, 0)                                                             \
  /* yield from: v = pop(); send v to the iterator TOS (throw the generator's forwarded */         \
  /* exception into it instead, if any); push what it yields, or when it ends, pop it, push */     \
  /* its return value and jump to A */                                                             \
  X(SEND, Jump, Slow, Branch, 0, -1)                                                               \
  /* method calls without a bound-method object, as CPython's LOAD_METHOD and CALL: */             \
  /* obj = pop(); push (method, obj) when constants[A] names a method of obj's type (a script */   \
  /* function of its class, or a builtin type's method), else (getattr(obj, name), Undefined) */   \
  X(LOAD_METHOD, Name, Slow, Next, 1, 0)                                                           \
  /* `super().name(...)`, as CPython 3.12's LOAD_SUPER_ATTR: TOS is what the name super gave; */   \
  /* the builtin super in a method pushes (method, self) as LOAD_METHOD of super() would, with */  \
  /* no super object made; anything else is called (CALL 0) and LOAD_METHOD A follows on it */     \
  X(LOAD_SUPER_METHOD, Name, Slow, Next, 1, 0)                                                     \
  /* the pair of LOAD_METHOD and A positional args: a call with obj first, or of the attribute */  \
  X(CALL_METHOD, Count, Slow, Next, -(a + 1), 0)                                                   \
  /* and the POP of its result after it (a statement `items.append(x)`), fused as the */           \
  /* superinstructions above: a builtin method's None is dropped and the POP skipped (CPython */   \
  /* 3.11's CALL_NO_KW_LIST_APPEND skips its POP_TOP); other calls run on to the POP */            \
  X(CALL_METHOD_POP, Count, Slow, Next, -(a + 1), 0)                                               \
  /* the pair of LOAD_METHOD, A args and TOS = tuple of k keyword names: the last k args are */     \
  /* keyword arguments (CALL_METHOD as CALL_KW is to CALL) */                                      \
  X(CALL_METHOD_KW, Count, Slow, Next, -(a + 2), 0)

// The comparisons that fuse with the conditional jump after them (JUMP_IF_NOT_<name>), and with
// a LOAD_LOCAL and a LOAD_CONST before that (LOAD_LOCAL_LOAD_CONST_JUMP_IF_NOT_<name>): each
// with its C++ operator.
#define GILVM_JUMP_COMPARISONS(X) X(LT, <) X(LE, <=) X(EQ, ==) X(NE, !=) X(GT, >) X(GE, >=)

enum class Op : uint8_t {
#define GILVM_OPCODE_ENUM(name, operand, tick, flow, effect, jump_effect) name,
  GILVM_OPCODES(GILVM_OPCODE_ENUM)
#undef GILVM_OPCODE_ENUM
};

// CALL_EX's operand: what its kwargs slot holds. Neither flag: a dict of the call's own.
enum CallExFlags : uint32_t {
  kCallExMapping = 1,     // the lone `**x`'s object as it is, any mapping
  kCallExNoKeywords = 2,  // None: the call has no keyword arguments
};

enum class OperandKind : uint8_t { None, Const, Local, Global, Name, Jump, Count };
enum class OpcodeFlow : uint8_t { Next, Jump, Branch, Stop };

constexpr int kOpcodeCount = 0
#define GILVM_OPCODE_COUNT(name, operand, tick, flow, effect, jump_effect) +1
    GILVM_OPCODES(GILVM_OPCODE_COUNT)
#undef GILVM_OPCODE_COUNT
    ;

std::string_view opcode_name(Op op);
OperandKind opcode_operand(Op op);
OpcodeFlow opcode_flow(Op op);

// Values pushed minus values popped by `op` with operand `a`: on the way to the next
// instruction, and on the way to its jump target.
struct StackEffect {
  int next;
  int jump;
};
constexpr StackEffect stack_effect(Op op, [[maybe_unused]] int a) {
  switch (op) {
#define GILVM_OPCODE_EFFECT(name, operand, tick, flow, effect, jump_effect) \
  case Op::name: return {effect, jump_effect};
    GILVM_OPCODES(GILVM_OPCODE_EFFECT)
#undef GILVM_OPCODE_EFFECT
  }
  __builtin_unreachable();  // the switch covers every Op
}

// FORMAT_VALUE's operand for a plain field (no conversion, no spec) of an f-string with more than
// one part: an int stays on the stack as it is and BUILD_STRING writes its digits, with no str
// made for it alone.
constexpr uint32_t kFormatIntLater = 8;

// BUILD_SET's flag for a display of three or more constants.
constexpr uint32_t kConstantSet = 1u << 23;

using Instruction = uint32_t;
constexpr uint32_t kMaxOperand = (1u << 24) - 1;

inline Instruction encode(Op op, uint32_t operand = 0) {
  return static_cast<uint32_t>(op) | (operand << 8);
}
inline Op decode_op(Instruction ins) { return static_cast<Op>(ins & 0xff); }
inline uint32_t decode_operand(Instruction ins) { return ins >> 8; }
// The instructions whose operand becomes the index of an AttributeCache (Code::attribute_cache)
// when their code first runs: the name's index is kept in the cache.
constexpr bool has_attribute_cache(Op op) {
  return op == Op::LOAD_ATTR || op == Op::STORE_ATTR || op == Op::LOAD_METHOD ||
         op == Op::LOAD_SUPER_METHOD;
}

}  // namespace gilvm
