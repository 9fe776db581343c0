// The modules written in Python (vm/modules/lib/*.py), embedded in the binary at build time
// (lib/embed.cmake generates python_lib.cpp). VM::import_module runs one as a module of its own
// when no native module has the name: from its frozen code (frontend/frozen.h), which gilvm
// carries too, or, in a program linked without it, by compiling this source.
#pragma once

#include <string_view>

namespace gilvm {

// The source of the embedded module `name` ("functools"), or an empty view if there is none.
std::string_view python_lib_source(std::string_view name);

}  // namespace gilvm
