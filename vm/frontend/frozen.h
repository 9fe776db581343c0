// Frozen modules, as CPython's: a module's compiled code written out as bytes when gilvm is built
// (the modules written in Python, vm/modules/lib, by the gilvm_freeze tool) and made again at
// import, in place of lexing, parsing and compiling their source on every run.
//
// The format (all integers little-endian, as the build's host writes them for itself):
//   "GILVMFRZ", u32 kFrozenVersion, u32 kOpcodeCount
//   u32 global name count, each name (u32 length, bytes), in slot order
//   the module's Code, as a value (below)
// A value is a tag byte and its data: 'N' None, 'T' True, 'F' False, 'i' i64, 'f' the f64's bits,
// 'B' a big int (u8 sign, its hexadecimal digits as a string), 's' / 'S' a str (made / interned:
// interned_str), 'b' bytes, 't' a tuple (u32 count, values), 'z' a frozenset (u32 count, its
// keys), 'c' a Code (its fields, in Writer::code()'s order), or 'r' u32: the object the reader
// made as its n-th ('s' 'S' 'B' 'b' 't' 'z' 'c' each make one), so that what the compiler shared
// (one Str per text in a file, a tuple item that is also a constant) is shared again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/compiler.h"

namespace gilvm {

// Bumped whenever what freeze_module() writes changes meaning.
inline constexpr uint32_t kFrozenVersion = 3;

// The bytes of `module`, a complete module Code as compile_module() returns it, compiled with
// `globals` (which held no names before).
std::string freeze_module(const Code& module, const GlobalNames& globals);

// The module Code that freeze_module() wrote, made again (one reference): the same instructions,
// lines, constants and facts as compile_module() made, its global names added to `globals` in
// their slots. Returns an empty Ref (None) when `globals` is not empty, so the slots would
// differ (compile the source then); throws std::runtime_error on bytes of another version or
// damaged ones.
Ref thaw_module(std::string_view frozen, GlobalNames& globals);

// Where the frozen modules are found: the source that gilvm_freeze generates for the build's
// embedded modules registers its table as the program starts. A program linked without it (the
// tool itself, the unit tests) has none, and compiles the embedded modules' source.
using FrozenTable = std::string_view (*)(std::string_view name);
void register_frozen_modules(FrozenTable table);
// The frozen bytes of the embedded module `name`, or an empty view.
std::string_view frozen_module(std::string_view name);

}  // namespace gilvm
