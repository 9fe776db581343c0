#include <charconv>
#include <cstdio>
#include <set>

#include "frontend/compiler.h"
#include "runtime/complex.h"
#include "runtime/frozenset_constant.h"

namespace gilvm {
namespace {

std::string quoted(const std::string& text, bool bytes) {
  char quote =
      text.find('\'') != std::string::npos && text.find('"') == std::string::npos ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += quote;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == quote || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;  // str is UTF-8: non-ASCII passes through
    }
  }
  return out + quote;
}

std::string float_repr(double f) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, f);
  std::string s(buf, ec == std::errc() ? end : buf);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";  // "n": inf and nan
  return s;
}

std::string constant_repr(Value v) {
  switch (v.tag) {
    case Tag::None: return "None";
    case Tag::Bool: return v.b ? "True" : "False";
    case Tag::Int: return std::to_string(v.i);
    case Tag::Float: return float_repr(v.f);
    case Tag::Undefined: return "<undefined>";
    case Tag::Obj: break;
  }
  switch (v.obj->kind) {
    case Kind::Str: return quoted(as_str(v)->text, false);
    case Kind::Bytes: return quoted(as_bytes(v)->data, true);
    case Kind::Code: return "<code " + as_code(v)->name + ">";
    case Kind::Complex: return complex_repr(as_complex(v)->real, as_complex(v)->imag);
    case Kind::Tuple: {
      const auto& items = as_tuple(v)->items;
      std::string out = "(";
      for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + constant_repr(items[i]);
      return out + (items.size() == 1 ? ",)" : ")");
    }
    case Kind::Set: {
      std::string out = "frozenset({";
      std::vector<Value> keys;
      frozenset_constant_keys(v, keys);
      for (size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + constant_repr(keys[i]);
      for (Value key : keys) decref(key);
      return out + "})";
    }
    default: return "<object>";
  }
}

std::string annotation(const Code& code, const GlobalNames& globals, Op op, uint32_t arg) {
  switch (opcode_operand(op)) {
    case OperandKind::Const:
      return arg < code.constants.size() ? constant_repr(code.constants[arg]) : "<bad constant>";
    case OperandKind::Name:
      if (arg < code.constants.size() && is_kind(code.constants[arg], Kind::Str)) {
        return as_str(code.constants[arg])->text;
      }
      return "<bad name>";
    case OperandKind::Local:
      return arg < code.local_names.size() ? code.local_names[arg] : "<bad local>";
    case OperandKind::Global: return arg < globals.size() ? globals.name(arg) : "<bad global>";
    case OperandKind::Jump: return "to " + std::to_string(arg);
    default: return "";
  }
}

void disassemble_into(std::string& out, const Code& code, const GlobalNames& globals) {
  out += "code " + code.name + " (" + code.filename + ":" + std::to_string(code.first_line) +
         "), arity " + std::to_string(code.arity) + ", locals:";
  for (const std::string& name : code.local_names) out += " " + name;
  out += code.local_names.empty() ? " none\n" : "\n";

  std::set<uint32_t> targets;
  for (Instruction ins : code.code) {
    if (opcode_operand(decode_op(ins)) == OperandKind::Jump) targets.insert(decode_operand(ins));
  }
  for (size_t i = 0; i < code.code.size(); ++i) {
    Op op = decode_op(code.code[i]);
    uint32_t arg = decode_operand(code.code[i]);
    // An attribute instruction's operand is its cache's index (make_instruction_caches()): shown
    // as the name's constant index, as the compiler emitted it.
    if (has_attribute_cache(op) && code.run_constants)
      arg = code.attribute_cache(arg).name_index;
    int line = i < code.lines.size() ? code.lines[i] : 0;
    char buf[96];
    std::string name(opcode_name(op));
    if (opcode_operand(op) == OperandKind::None) {
      std::snprintf(buf, sizeof buf, "%2s %5zu %5d  %s",
                    targets.count(static_cast<uint32_t>(i)) ? ">>" : "", i, line, name.c_str());
    } else {
      std::snprintf(buf, sizeof buf, "%2s %5zu %5d  %-22s %6u",
                    targets.count(static_cast<uint32_t>(i)) ? ">>" : "", i, line, name.c_str(),
                    arg);
    }
    out += buf;
    std::string note = annotation(code, globals, op, arg);
    if (!note.empty()) out += "  (" + note + ")";
    out += '\n';
  }
  for (Value v : code.constants) {
    if (is_kind(v, Kind::Code)) {
      out += '\n';
      disassemble_into(out, *as_code(v), globals);
    }
  }
}

}  // namespace

std::string disassemble(const Code& code, const GlobalNames& globals) {
  std::string out;
  disassemble_into(out, code, globals);
  return out;
}

}  // namespace gilvm
