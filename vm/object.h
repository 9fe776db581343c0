// Heap objects. Every object is refcounted; a count reaching zero deletes it at once, as in
// CPython (there is no cycle collector: a reference cycle leaks until the VM is destroyed).
// Under a GIL the counts are plain integers, because only the GIL holder touches them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "opcodes.h"
#include "value.h"

namespace gilvm {

enum class Kind : uint8_t {
  Str,
  Bytes,
  List,
  Tuple,
  Dict,
  Slice,
  Code,
  Function,
  Native,
  BoundMethod,
  Module,
  ExceptionClass,
  Exception,
  Iterator,
  Instance,  // builtin objects with methods: threads, locks, sockets, ...
};

// A new object comes with one reference, owned by whoever called `new`.
struct Object {
  int64_t refcount = 1;
  const Kind kind;

  explicit Object(Kind k) : kind(k) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
};

inline void incref(Value v) {
  if (v.tag == Tag::Obj) ++v.obj->refcount;
}
inline void decref(Value v) {
  if (v.tag == Tag::Obj && --v.obj->refcount == 0) delete v.obj;
}

// An owning Value for native code: RAII over one reference.
class Ref {
 public:
  Ref() = default;
  // Takes over a reference the caller already owns (e.g. a freshly made object).
  static Ref steal(Value v) {
    Ref r;
    r.v_ = v;
    return r;
  }
  // Takes a new reference.
  static Ref borrow(Value v) {
    incref(v);
    return steal(v);
  }
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref o) noexcept {
    std::swap(v_, o.v_);
    return *this;
  }
  ~Ref() { decref(v_); }

  const Value& get() const { return v_; }
  // Gives the reference away to the caller.
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }

 private:
  Value v_;
};

struct Str : Object {
  std::string text;
  explicit Str(std::string t) : Object(Kind::Str), text(std::move(t)) {}
};

struct Bytes : Object {
  std::string data;
  explicit Bytes(std::string d) : Object(Kind::Bytes), data(std::move(d)) {}
};

// Lists and tuples own one reference to each item.
struct List : Object {
  std::vector<Value> items;
  List() : Object(Kind::List) {}
  ~List() override {
    for (Value v : items) decref(v);
  }
};

struct Tuple : Object {
  std::vector<Value> items;
  Tuple() : Object(Kind::Tuple) {}
  ~Tuple() override {
    for (Value v : items) decref(v);
  }
};

// A compiled function body (or module body). Made by the compiler, run by the interpreter.
struct Code : Object {
  std::string name;        // function name, or "<module>"
  std::string filename;    // for tracebacks
  int arity = 0;           // number of positional parameters
  int local_count = 0;     // parameters first, then other locals
  std::vector<std::string> local_names;
  std::vector<Instruction> code;
  std::vector<int> lines;  // source line of each instruction, same length as code
  std::vector<Value> constants;  // owned references: ints, floats, Str, Bytes, Code, Tuple of Str
  int first_line = 0;
  int stack_bound = -1;  // most values one activation can push: set by the compiler (exact)

  Code() : Object(Kind::Code) {}
  ~Code() override {
    for (Value v : constants) decref(v);
  }
};

// Helpers that make new objects; the result carries one reference owned by the caller.
Value make_str(std::string text);
Value make_bytes(std::string data);
Value make_tuple(std::vector<Value> owned_items);
Value make_list(std::vector<Value> owned_items);

inline Str* as_str(Value v) { return static_cast<Str*>(v.obj); }
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.obj); }
inline List* as_list(Value v) { return static_cast<List*>(v.obj); }
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.obj); }
inline Code* as_code(Value v) { return static_cast<Code*>(v.obj); }
inline bool is_kind(Value v, Kind k) { return v.tag == Tag::Obj && v.obj->kind == k; }

}  // namespace gilvm
