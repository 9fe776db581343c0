// libFuzzer target: the front end (UTF-8 check, lexer, parser, compiler, disassembler) on
// arbitrary bytes. Any input must give a Code object or a SyntaxError, never a crash, a hang
// or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontend/compiler.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    gilvm::GlobalNames names;
    gilvm::Ref code = gilvm::compile_module(source, "<fuzz>", names);
    (void)gilvm::disassemble(*gilvm::as_code(code.get()), names);
  } catch (const gilvm::SyntaxError&) {
  }
  return 0;
}
