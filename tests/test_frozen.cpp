// Frozen modules (vm/frontend/frozen.h): the code that gilvm carries for each embedded module
// (vm/modules/lib/*.py, frozen by gilvm_freeze at build time) is exactly what compiling the
// module's source gives, and thawing it gives back the compiled code; bad bytes are refused.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "frontend/compiler.h"
#include "frontend/frozen.h"
#include "modules/python_lib.h"

namespace {

using namespace gilvm;

struct Compiled {
  GlobalNames names;
  Ref code;
};

Compiled compile_embedded(const std::string& name) {
  Compiled c;
  c.code = compile_module(python_lib_source(name), "<frozen " + name + ">", c.names);
  return c;
}

}  // namespace

TEST_CASE("each embedded module's frozen code is its compiled source", "[vm][frozen]") {
  size_t modules = 0;
  for (const auto& entry : std::filesystem::directory_iterator(GILVM_LIB_DIR)) {
    if (entry.path().extension() != ".py") continue;
    const std::string name = entry.path().stem().string();
    INFO(name);
    ++modules;
    Compiled compiled = compile_embedded(name);
    const std::string_view frozen = frozen_module(name);
    REQUIRE(frozen == freeze_module(*as_code(compiled.code.get()), compiled.names));
    GlobalNames names;
    Ref thawed = thaw_module(frozen, names);
    REQUIRE(is_kind(thawed.get(), Kind::Code));
    CHECK(disassemble(*as_code(thawed.get()), names) ==
          disassemble(*as_code(compiled.code.get()), compiled.names));
    CHECK(names.size() == compiled.names.size());
  }
  CHECK(modules > 20);
  CHECK(frozen_module("no_such_module").empty());
}

TEST_CASE("thawed code has the facts the compiler derived", "[vm][frozen]") {
  Compiled compiled = compile_embedded("dataclasses");
  GlobalNames names;
  Ref thawed = thaw_module(frozen_module("dataclasses"), names);
  // Depth-first over both trees of code, side by side.
  const auto same = [](const auto& self, const Code& a, const Code& b) -> void {
    INFO(a.qualname);
    CHECK(a.qualname == b.qualname);
    CHECK(a.code == b.code);  // with the attribute caches' operands
    CHECK(a.lines == b.lines);
    CHECK(a.positional_arity == b.positional_arity);
    CHECK(a.activation_slots == b.activation_slots);
    CHECK(a.slow_return == b.slow_return);
    CHECK(a.is_class_init == b.is_class_init);
    CHECK(a.is_class_dunder == b.is_class_dunder);
    CHECK(a.nested == b.nested);
    CHECK(a.kwonly_has_default == b.kwonly_has_default);
    CHECK(a.parameter_names == b.parameter_names);  // interned: the same objects
    CHECK(a.attribute_cache_count == b.attribute_cache_count);
    REQUIRE(a.constants.size() == b.constants.size());
    for (size_t i = 0; i < a.constants.size(); ++i) {
      if (is_kind(a.constants[i], Kind::Code)) {
        REQUIRE(is_kind(b.constants[i], Kind::Code));
        self(self, *as_code(a.constants[i]), *as_code(b.constants[i]));
      }
    }
  };
  same(same, *as_code(compiled.code.get()), *as_code(thawed.get()));
}

TEST_CASE("frozen bytes that are damaged or of another version are refused", "[vm][frozen]") {
  const std::string frozen(frozen_module("collections"));
  REQUIRE_FALSE(frozen.empty());
  GlobalNames names;
  CHECK_THROWS_AS(thaw_module(std::string_view(frozen).substr(0, frozen.size() / 2), names),
                  std::runtime_error);
  std::string other_version = frozen;
  other_version[8] ^= 1;  // the version, after the magic
  GlobalNames fresh;
  CHECK_THROWS_AS(thaw_module(other_version, fresh), std::runtime_error);
  CHECK_THROWS_AS(thaw_module("not frozen", fresh), std::runtime_error);
  // Names already in the module's table would move its slots: the caller compiles instead.
  GlobalNames used;
  used.slot("x");
  CHECK(thaw_module(frozen, used).get().is_none());
}

TEST_CASE("a frozenset constant (`x in {...}`) freezes and thaws", "[vm][frozen]") {
  GlobalNames names;
  Ref code = compile_module("def f(x):\n    return x in {1, 'a', (2, 'b'), None, 2.5, b'z'}\n",
                            "<test>", names);
  const std::string frozen = freeze_module(*as_code(code.get()), names);
  GlobalNames thawed_names;
  Ref thawed = thaw_module(frozen, thawed_names);
  REQUIRE(is_kind(thawed.get(), Kind::Code));
  const std::string listing = disassemble(*as_code(thawed.get()), thawed_names);
  CHECK(listing == disassemble(*as_code(code.get()), names));
  CHECK(listing.find("frozenset({1, ") != std::string::npos);
}
