// A frozenset as a code constant (`x in {1, 2, 3}`, folded by the compiler as CPython's AST
// optimizer folds it), for the front end, which sees only object.h's object model: made from
// its keys (set.cpp), and its keys read back (the frozen-module writer, the disassembler).
#pragma once

#include <vector>

#include "runtime/object.h"

namespace gilvm {

// A new frozenset of `keys` (borrowed; hashable constants: nothing is called that may raise).
Value make_frozenset_constant(const std::vector<Value>& keys);
// Whether `v` is a frozenset; if so its keys (new references) into `keys`, in table order.
bool frozenset_constant_keys(Value v, std::vector<Value>& keys);

}  // namespace gilvm
