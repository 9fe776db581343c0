// The builtin types' special methods as methods (`[1].__len__()`, `int.__add__(2, 3)`,
// `"ab".__contains__("a")`), and what a subclass of list or dict finds on its builtin base
// (`super().__setitem__(k, v)`, `dict.__getitem__(self, k)`): each runs the operation of
// operations.cpp with the receiver's own override of that method bypassed (OverrideBypass,
// builtin_subclass.h), so that an override calling it does not come back to itself.
// A binary one whose operation raises TypeError (`(5).__add__("a")`) returns NotImplemented, as
// CPython's do for operands of other types.
#pragma once

#include "runtime/method_table.h"

namespace gilvm {

enum class SpecialMethodsOf { kList, kDict, kTuple, kStr, kNumber };

// `own` (a type's methods) with the type's special methods added.
MethodTable::Entries with_special_methods(MethodTable::Entries own, SpecialMethodsOf type);

}  // namespace gilvm
