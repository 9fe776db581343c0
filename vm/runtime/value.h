// A Value is the VM's unit of data: 16 bytes, a tag and a payload, like Lua's TValue.
// Ints, floats, bools and None live inline (no allocation, no refcount); everything else is a
// pointer to a refcounted heap Object. A Value is a plain, non-owning handle: whoever stores
// one in a container (stack slot, list, constant table) owns one reference, taken with incref().
#pragma once

#include <cstdint>

namespace gilvm {

struct Object;

enum class Tag : uint8_t { Undefined, None, Bool, Int, Float, Obj };

struct Value {
  Tag tag = Tag::None;
  union {
    bool b;
    int64_t i;
    double f;
    Object* obj;
  };

  Value() : i(0) {}

  static Value undefined() {
    Value v;
    v.tag = Tag::Undefined;
    return v;
  }
  static Value none() { return Value(); }
  static Value boolean(bool b) {
    Value v;
    v.tag = Tag::Bool;
    v.i = 0;
    v.b = b;
    return v;
  }
  static Value integer(int64_t i) {
    Value v;
    v.tag = Tag::Int;
    v.i = i;
    return v;
  }
  static Value floating(double f) {
    Value v;
    v.tag = Tag::Float;
    v.f = f;
    return v;
  }
  static Value object(Object* o) {
    Value v;
    v.tag = Tag::Obj;
    v.obj = o;
    return v;
  }

  bool is_undefined() const { return tag == Tag::Undefined; }
  bool is_none() const { return tag == Tag::None; }
  bool is_bool() const { return tag == Tag::Bool; }
  bool is_int() const { return tag == Tag::Int; }
  bool is_float() const { return tag == Tag::Float; }
  bool is_obj() const { return tag == Tag::Obj; }
};

}  // namespace gilvm
