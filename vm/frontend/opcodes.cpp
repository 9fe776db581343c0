#include "frontend/opcodes.h"

#include <array>

namespace gilvm {
namespace {

constexpr std::array<std::string_view, kOpcodeCount> kNames = {
#define GILVM_OPCODE_NAME(name, operand, tick) #name,
    GILVM_OPCODES(GILVM_OPCODE_NAME)
#undef GILVM_OPCODE_NAME
};

constexpr std::array<OperandKind, kOpcodeCount> kOperands = {
#define GILVM_OPCODE_OPERAND(name, operand, tick) OperandKind::operand,
    GILVM_OPCODES(GILVM_OPCODE_OPERAND)
#undef GILVM_OPCODE_OPERAND
};

}  // namespace

std::string_view opcode_name(Op op) {
  auto i = static_cast<size_t>(op);
  return i < kNames.size() ? kNames[i] : std::string_view("<invalid opcode>");
}

OperandKind opcode_operand(Op op) {
  auto i = static_cast<size_t>(op);
  return i < kOperands.size() ? kOperands[i] : OperandKind::None;
}

}  // namespace gilvm
