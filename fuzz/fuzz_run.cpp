// libFuzzer target: compiles and runs arbitrary programs in the VM, each under an instruction
// limit (VmOptions::instruction_limit) and a repetition size limit (set_sequence_byte_limit),
// with print() going to /dev/null. Any program must end with its exit status (0, 1, or a
// SyntaxError), never a crash, a hang or a sanitizer report. Programs that import modules are
// skipped: threads, sockets and sleeps make runs nondeterministic and slow.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "frontend/compiler.h"
#include "runtime/operations.h"
#include "runtime/vm.h"

namespace {

constexpr uint64_t kInstructionLimit = 200'000;
constexpr size_t kSequenceByteLimit = size_t{16} << 20;

std::FILE* discard() {
  static std::FILE* null_output = std::fopen("/dev/null", "w");
  return null_output;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  if (source.find("import") != std::string_view::npos) return -1;  // not added to the corpus
  gilvm::set_sequence_byte_limit(kSequenceByteLimit);
  gilvm::VmOptions options;
  options.gil_design = "newgil";
  options.output = discard();
  options.instruction_limit = kInstructionLimit;
  options.argv = {"<fuzz>"};
  gilvm::VM vm(options);
  try {
    vm.run_main(source, "<fuzz>");
  } catch (const gilvm::SyntaxError&) {
  }
  return 0;
}
