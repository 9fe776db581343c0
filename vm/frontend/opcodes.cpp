#include "frontend/opcodes.h"

#include <array>

namespace gilvm {
namespace {

constexpr std::array<std::string_view, kOpcodeCount> kNames = {
#define GILVM_OPCODE_NAME(name, operand, tick, flow, effect, jump_effect) #name,
    GILVM_OPCODES(GILVM_OPCODE_NAME)
#undef GILVM_OPCODE_NAME
};

constexpr std::array<OperandKind, kOpcodeCount> kOperands = {
#define GILVM_OPCODE_OPERAND(name, operand, tick, flow, effect, jump_effect) OperandKind::operand,
    GILVM_OPCODES(GILVM_OPCODE_OPERAND)
#undef GILVM_OPCODE_OPERAND
};

constexpr std::array<OpcodeFlow, kOpcodeCount> kFlows = {
#define GILVM_OPCODE_FLOW(name, operand, tick, flow, effect, jump_effect) OpcodeFlow::flow,
    GILVM_OPCODES(GILVM_OPCODE_FLOW)
#undef GILVM_OPCODE_FLOW
};

}  // namespace

// Every Op is one of the enumerators, so these index within the tables.
std::string_view opcode_name(Op op) { return kNames[static_cast<size_t>(op)]; }
OperandKind opcode_operand(Op op) { return kOperands[static_cast<size_t>(op)]; }
OpcodeFlow opcode_flow(Op op) { return kFlows[static_cast<size_t>(op)]; }

}  // namespace gilvm
