#include "frontend/frozen.h"

#include <cstring>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/complex.h"
#include "runtime/frozenset_constant.h"

namespace gilvm {
namespace {

constexpr std::string_view kMagic = "GILVMFRZ";

constinit FrozenTable frozen_table = nullptr;  // set before main(), read only after

class Writer {
 public:
  std::string out;

  void u8(uint8_t v) { out += static_cast<char>(v); }
  void u32(uint32_t v) { raw(&v, sizeof v); }
  void i64(int64_t v) { raw(&v, sizeof v); }
  void text(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out.append(s);
  }

  void value(Value v) {
    if (v.is_none()) return u8('N');
    if (v.is_bool()) return u8(v.b ? 'T' : 'F');
    if (v.is_int()) {
      u8('i');
      return i64(v.i);
    }
    if (v.is_float()) {
      u8('f');
      const double d = v.f;
      return raw(&d, sizeof d);
    }
    if (!v.is_obj()) throw std::logic_error("freeze_module: a constant of an unknown kind");
    if (auto it = made_.find(v.obj); it != made_.end()) {
      u8('r');
      return u32(it->second);
    }
    made_.emplace(v.obj, static_cast<uint32_t>(made_.size()));
    switch (v.obj->kind) {
      case Kind::Str: {
        const std::string& s = as_str(v)->text;
        Ref interned = Ref::steal(interned_str(s));
        u8(interned.get().obj == v.obj ? 'S' : 's');
        return text(s);
      }
      case Kind::Bytes:
        u8('b');
        return text(as_bytes(v)->data);
      case Kind::Complex: {
        u8('j');
        const double parts[2] = {as_complex(v)->real, as_complex(v)->imag};
        return raw(parts, sizeof parts);
      }
      case Kind::BigInt: {
        const BigInt big = BigInt::from_value(v);
        u8('B');
        u8(big.negative());
        const std::string digits = big.to_string(16);
        return text(big.negative() ? std::string_view(digits).substr(1) : digits);
      }
      case Kind::Tuple: {
        const Tuple& tuple = *as_tuple(v);
        if (tuple.of_subclass() || tuple.names) break;
        u8('t');
        u32(static_cast<uint32_t>(tuple.items.size()));
        for (Value item : tuple.items) value(item);
        return;
      }
      case Kind::Code:
        u8('c');
        return code(*as_code(v));
      case Kind::Set: {  // a frozenset constant (`x in {1, 2}`)
        std::vector<Value> keys;
        if (!frozenset_constant_keys(v, keys)) break;
        u8('z');
        u32(static_cast<uint32_t>(keys.size()));
        for (Value key : keys) value(key);
        for (Value key : keys) decref(key);
        return;
      }
      default: break;
    }
    throw std::logic_error("freeze_module: a constant of an unknown kind");
  }

  // Every field the compiler sets; those derived from them (positional_arity, activation_slots,
  // slow_return, the caches) are derived again by the reader as the compiler derives them.
  void code(const Code& c) {
    text(c.name);
    text(c.qualname);
    text(c.filename);
    u32(static_cast<uint32_t>(c.arity));
    u32(static_cast<uint32_t>(c.local_count));
    u32(static_cast<uint32_t>(c.first_line));
    u32(static_cast<uint32_t>(c.stack_bound));
    u32(static_cast<uint32_t>(c.kwonly_count));
    u32(static_cast<uint32_t>(c.posonly_count));
    u8(static_cast<uint8_t>(c.has_varargs | c.has_varkw << 1 | c.is_class_init << 2 |
                            c.is_class_dunder << 3 | c.nested << 4));
    u32(static_cast<uint32_t>(c.kwonly_has_default.size()));
    for (bool has_default : c.kwonly_has_default) u8(has_default);
    u32(static_cast<uint32_t>(c.local_names.size()));
    for (const std::string& name : c.local_names) text(name);
    u32(static_cast<uint32_t>(c.code.size()));
    for (size_t i = 0; i < c.code.size(); ++i) {
      // An attribute instruction's operand is its cache's index once the code is complete: the
      // index of its name among the constants, as the compiler emitted it, is in the cache.
      const Op op = decode_op(c.code[i]);
      const uint32_t operand = has_attribute_cache(op) && c.run_constants
                                   ? c.attribute_cache(decode_operand(c.code[i])).name_index
                                   : decode_operand(c.code[i]);
      u32(encode(op, operand));
    }
    raw(c.lines.data(), c.lines.size() * sizeof c.lines[0]);
    u32(static_cast<uint32_t>(c.constants.size()));
    for (Value constant : c.constants) value(constant);
    // The interned names, as values: most are written once per module, the rest refer to it.
    u32(static_cast<uint32_t>(c.parameter_names.size()));
    for (const Str* name : c.parameter_names) value(Value::object(const_cast<Str*>(name)));
  }

 private:
  std::unordered_map<const Object*, uint32_t> made_;  // object -> its index in the reader

  void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  ~Reader() {
    for (Value v : made_) decref(v);
  }

  bool at_end() const { return at_ == in_.size(); }

  uint8_t u8() { return static_cast<uint8_t>(*take(1)); }
  uint32_t u32() {
    uint32_t v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  int64_t i64() {
    int64_t v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  int i32() { return static_cast<int>(u32()); }
  std::string_view text() {
    const uint32_t size = u32();
    return {take(size), size};
  }

  // A new reference.
  Value value() {
    switch (const char tag = static_cast<char>(u8())) {
      case 'N': return Value::none();
      case 'T': return Value::boolean(true);
      case 'F': return Value::boolean(false);
      case 'i': return Value::integer(i64());
      case 'f': {
        double d;
        std::memcpy(&d, take(sizeof d), sizeof d);
        return Value::floating(d);
      }
      case 'j': {
        const size_t slot = reserve();
        double parts[2];
        std::memcpy(parts, take(sizeof parts), sizeof parts);
        return made(slot, make_complex(parts[0], parts[1]));
      }
      case 'r': {
        const uint32_t index = u32();
        if (index >= made_.size()) damaged();
        incref(made_[index]);
        return made_[index];
      }
      case 's':
      case 'S': {
        const size_t slot = reserve();
        return made(slot, tag == 'S' ? interned_str(text()) : make_str(std::string(text())));
      }
      case 'b': {
        const size_t slot = reserve();
        return made(slot, make_bytes(std::string(text())));
      }
      case 'B': {
        const size_t slot = reserve();
        const bool negative = u8() != 0;
        BigInt big;
        if (!BigInt::parse(text(), 16, big)) damaged();
        return made(slot, make_int(negative ? -big : big));
      }
      case 't': {
        const size_t slot = reserve();
        const uint32_t count = u32();
        if (count > in_.size() - at_) damaged();  // each item takes a byte at least
        std::vector<Value> items;
        items.reserve(count);
        try {
          for (uint32_t i = 0; i < count; ++i) items.push_back(value());
        } catch (...) {
          for (Value item : items) decref(item);
          throw;
        }
        return made(slot, make_tuple(std::move(items)));
      }
      case 'c': {
        const size_t slot = reserve();
        return made(slot, code());
      }
      case 'z': {
        const size_t slot = reserve();
        const uint32_t count = u32();
        if (count > in_.size() - at_) damaged();
        std::vector<Value> keys;
        try {
          for (uint32_t i = 0; i < count; ++i) keys.push_back(value());
        } catch (...) {
          for (Value key : keys) decref(key);
          throw;
        }
        const Value set = make_frozenset_constant(keys);
        for (Value key : keys) decref(key);
        return made(slot, set);
      }
      default: damaged();
    }
  }

 private:
  std::string_view in_;
  size_t at_ = 0;
  std::vector<Value> made_;  // owned: what 'r' refers to, by index

  [[noreturn]] static void damaged() { throw std::runtime_error("frozen module: damaged data"); }

  const char* take(size_t n) {
    if (in_.size() - at_ < n) damaged();
    const char* p = in_.data() + at_;
    at_ += n;
    return p;
  }

  // `count` values of a plain type, in one copy.
  template <typename T>
  void array(std::vector<T>& out, uint32_t count) {
    const char* data = take(size_t{count} * sizeof(T));
    out.resize(count);
    if (count != 0)  // (an empty vector's data() may be null, which memcpy may not be given)
      std::memcpy(out.data(), data, size_t{count} * sizeof(T));
  }

  // The object's index is taken before its items are read, as the writer numbered it.
  size_t reserve() {
    made_.push_back(Value::none());
    return made_.size() - 1;
  }
  Value made(size_t slot, Value owned) {
    incref(owned);
    made_[slot] = owned;
    return owned;
  }

  // The fields in Writer::code()'s order, then what the compiler derives from them, in its order
  // (Compiler::code_unit(), then Compiler::function()).
  Value code() {
    Ref ref = Ref::steal(Value::object(new Code()));
    Code& c = *as_code(ref.get());
    c.name = text();
    c.qualname = text();
    c.filename = text();
    c.arity = i32();
    c.local_count = i32();
    c.first_line = i32();
    const int stack_bound = i32();
    const int kwonly_count = i32();
    c.posonly_count = i32();
    const uint8_t flags = u8();
    for (uint32_t i = u32(); i > 0; --i) c.kwonly_has_default.push_back(u8() != 0);
    for (uint32_t i = u32(); i > 0; --i) c.local_names.emplace_back(text());
    const uint32_t instructions = u32();
    array(c.code, instructions);
    array(c.lines, instructions);
    for (Instruction ins : c.code) {
      if (static_cast<int>(decode_op(ins)) >= kOpcodeCount) damaged();
    }
    const uint32_t constants = u32();
    if (constants > in_.size() - at_) damaged();  // each takes a byte at least
    c.constants.reserve(constants);
    for (uint32_t i = 0; i < constants; ++i) c.constants.push_back(value());
    c.is_class_init = flags & 4;
    c.is_class_dunder = flags & 8;
    c.nested = flags & 16;
    c.set_stack_bound(stack_bound);
    c.make_instruction_caches();
    c.set_parameter_kinds(kwonly_count, flags & 1, flags & 2);
    for (uint32_t i = u32(); i > 0; --i) {
      const Value name = value();
      decref(name);  // interned: immortal, as intern_parameter_names() keeps them
      if (!is_kind(name, Kind::Str)) damaged();
      c.parameter_names.push_back(as_str(name));
    }
    return ref.release();
  }
};

}  // namespace

void register_frozen_modules(FrozenTable table) { frozen_table = table; }

std::string_view frozen_module(std::string_view name) {
  return frozen_table ? frozen_table(name) : std::string_view();
}

std::string freeze_module(const Code& module, const GlobalNames& globals) {
  Writer w;
  w.out.append(kMagic);
  w.u32(kFrozenVersion);
  w.u32(static_cast<uint32_t>(kOpcodeCount));
  w.u32(static_cast<uint32_t>(globals.size()));
  for (uint32_t slot = 0; slot < globals.size(); ++slot) w.text(globals.name(slot));
  w.value(Value::object(const_cast<Code*>(&module)));
  return std::move(w.out);
}

Ref thaw_module(std::string_view frozen, GlobalNames& globals) {
  if (globals.size() != 0) return Ref();
  if (!frozen.starts_with(kMagic)) throw std::runtime_error("frozen module: not frozen data");
  Reader r(frozen.substr(kMagic.size()));
  if (r.u32() != kFrozenVersion || r.u32() != static_cast<uint32_t>(kOpcodeCount))
    throw std::runtime_error("frozen module: made by another version of gilvm");
  for (uint32_t slot = 0, count = r.u32(); slot < count; ++slot) {
    if (globals.slot(r.text()) != slot) throw std::runtime_error("frozen module: damaged data");
  }
  Ref module = Ref::steal(r.value());
  if (!is_kind(module.get(), Kind::Code) || !r.at_end())
    throw std::runtime_error("frozen module: damaged data");
  return module;
}

}  // namespace gilvm
