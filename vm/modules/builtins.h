// The builtin functions (builtins.cpp): print, len, range, int, str, ...
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/function.h"
#include "runtime/value.h"

namespace gilvm {

struct ThreadState;
class YieldSink;  // generator.h
struct Iterator;

// Adds every builtin function to `builtins` (one new reference each).
// Makes the builtin function `name` (in place of a stand-in of that name, if any).
Native* add_builtin(std::unordered_map<std::string, Value>& builtins, const char* name,
                    NativeFn fn);
void install_builtin_functions(std::unordered_map<std::string, Value>& builtins);
// The builtins of classes and objects (builtins_classes.cpp); install_builtin_functions() calls it.
void install_class_builtins(std::unordered_map<std::string, Value>& builtins);
// `super().name` without a super object (LOAD_SUPER_METHOD): when `callee` is the builtin super
// and the innermost frame runs a method whose first argument is an instance (or subclass) of the
// method's class, and the MRO past that class gives a function for `name` (an interned Str,
// super_function()), that function and the argument, as new references in `function` and
// `self`. False, having done nothing, otherwise: the caller calls `callee` and looks the name up
// on the result.
bool super_method_in_line(ThreadState& ts, Value callee, Value name, Value& function,
                          Value& self);
// The arity check of a builtin function of one argument (METH_O), with CPython's messages.
void expect_one_argument(const char* function, const Args& args);
// str(object='', encoding, errors), the builtin (str.__new__ makes a subclass's instance of it).
Value builtin_str(ThreadState& thread, Value self, const Args& args);
// int(x=0, base=10) and float(x=0.0), the builtins (int.__new__ and float.__new__ call them).
Value builtin_int(ThreadState& thread, Value self, const Args& args);
Value builtin_float(ThreadState& thread, Value self, const Args& args);
// New references to the items of `iterable`, as list(iterable) makes them.
std::vector<Value> collect(Value iterable);
// iterator_next(), where a generator first hands `sink` the items it takes at its yield, and a
// map or filter those it takes between its function's calls (map_or_filter_next_untaken()).
bool next_untaken(ThreadState& thread, Value iterator, Value& out, YieldSink& sink);
// The same for a map or filter (operations.cpp).
bool map_or_filter_next_untaken(Iterator& it, Value& out, YieldSink& sink);

}  // namespace gilvm
