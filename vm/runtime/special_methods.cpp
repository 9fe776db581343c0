#include "runtime/special_methods.h"

#include <utility>

#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// A special method's body with its arguments checked and the receiver's override bypassed.
#define GILVM_SPECIAL(fn, text, arity, body)                 \
  Value fn(ThreadState&, Value self, const Args& args) {     \
    args.expect(text, arity, arity);                         \
    OverrideBypass bypass(self, NAME_KEY(text));             \
    [[maybe_unused]] const Value* a = args.positional;       \
    body                                                     \
  }

GILVM_SPECIAL(special_len, "__len__", 0, return Value::integer(length(self));)
GILVM_SPECIAL(special_iter, "__iter__", 0, return get_iterator(self);)
GILVM_SPECIAL(special_repr, "__repr__", 0, return make_str(repr(self));)
GILVM_SPECIAL(special_hash, "__hash__", 0,
              return Value::integer(static_cast<int64_t>(hash_value(self)));)
GILVM_SPECIAL(special_bool, "__bool__", 0, return Value::boolean(truthy(self));)
GILVM_SPECIAL(special_contains, "__contains__", 1, return Value::boolean(contains(self, a[0]));)
GILVM_SPECIAL(special_getitem, "__getitem__", 1, return get_item(self, a[0]);)
GILVM_SPECIAL(special_setitem, "__setitem__", 2, set_item(self, a[0], a[1]); return Value::none();)
GILVM_SPECIAL(special_delitem, "__delitem__", 1, delete_item(self, a[0]); return Value::none();)
GILVM_SPECIAL(special_neg, "__neg__", 0, return unary_op(Op::NEG, self);)
GILVM_SPECIAL(special_pos, "__pos__", 0, return unary_op(Op::POS, self);)
GILVM_SPECIAL(special_invert, "__invert__", 0, return unary_op(Op::INVERT, self);)
// str(s) of a str is a str of its text, a plain one for a subclass's instance; format(x, spec)
// of a str, int or float, whose empty spec is str(x) (a subclass's __str__, format.cpp).
GILVM_SPECIAL(special_str, "__str__", 0,
              return is_exact_str(self) ? (incref(self), self) : make_str(as_str(self)->text);)
GILVM_SPECIAL(special_format, "__format__", 1,
              if (!is_kind(a[0], Kind::Str)) raise(exc::TypeError,
                                                   "argument 1 must be str, not " +
                                                       type_name(a[0]));
              return make_str(format_value(self, as_str(a[0])->text));)
#undef GILVM_SPECIAL

bool is_type_error(const ScriptException& error) {
  return static_cast<ExceptionObject*>(error.exception.get().obj)
      ->cls->is_subclass_of(exc::TypeError);
}

// The binary special methods: (method, reflected method, operation; `inplace`: a OP= b).
struct Binary {
  const char* name;
  const char* reflected;  // nullptr: none (comparisons reflect to each other by their own names)
  Op op;
  bool inplace = false;
};
constexpr Binary kBinary[] = {
    {"__add__", "__radd__", Op::ADD},           {"__sub__", "__rsub__", Op::SUB},
    {"__mul__", "__rmul__", Op::MUL},           {"__truediv__", "__rtruediv__", Op::TRUEDIV},
    {"__floordiv__", "__rfloordiv__", Op::FLOORDIV}, {"__mod__", "__rmod__", Op::MOD},
    {"__pow__", "__rpow__", Op::POW},           {"__lshift__", "__rlshift__", Op::LSHIFT},
    {"__rshift__", "__rrshift__", Op::RSHIFT},  {"__and__", "__rand__", Op::BIT_AND},
    {"__or__", "__ror__", Op::BIT_OR},          {"__xor__", "__rxor__", Op::BIT_XOR},
    {"__eq__", nullptr, Op::EQ},                {"__ne__", nullptr, Op::NE},
    {"__lt__", nullptr, Op::LT},                {"__le__", nullptr, Op::LE},
    {"__gt__", nullptr, Op::GT},                {"__ge__", nullptr, Op::GE},
    {"__iadd__", nullptr, Op::ADD, true},       {"__imul__", nullptr, Op::MUL, true},
    {"__ior__", nullptr, Op::BIT_OR, true},
};
constexpr size_t kFirstComparison = 12, kFirstInPlace = 18;

template <size_t kIndex, bool kReflected>
Value binary_special(ThreadState&, Value self, const Args& args) {
  constexpr Binary kMethod = kBinary[kIndex];
  const char* name = kReflected ? kMethod.reflected : kMethod.name;
  args.expect(name, 1, 1);
  static const Value key = interned_str(name);
  OverrideBypass bypass(self, key);
  const Value other = args.positional[0];
  try {
    if constexpr (kMethod.inplace) return inplace_op(kMethod.op, self, other);
    if constexpr (kIndex >= kFirstComparison) return compare_op(kMethod.op, self, other);
    return kReflected ? binary_op(kMethod.op, other, self) : binary_op(kMethod.op, self, other);
  } catch (ScriptException& error) {
    if (!is_type_error(error)) throw;
  }
  return not_implemented();  // immortal
}

template <size_t kIndex>
void add_binary(MethodTable::Entries& entries) {
  entries.emplace_back(kBinary[kIndex].name, binary_special<kIndex, false>);
  if constexpr (kBinary[kIndex].reflected != nullptr)
    entries.emplace_back(kBinary[kIndex].reflected, binary_special<kIndex, true>);
}

template <size_t... kIndices>
void add_binaries(MethodTable::Entries& entries, std::index_sequence<kIndices...>) {
  (add_binary<kIndices>(entries), ...);
}

// The binary special methods from kBinary[kFirst] on, up to kBinary[kLast] (exclusive), as named.
template <size_t kFirst, size_t kLast>
void add_binary_range(MethodTable::Entries& entries) {
  [&]<size_t... kI>(std::index_sequence<kI...>) {
    add_binaries(entries, std::index_sequence<(kFirst + kI)...>{});
  }(std::make_index_sequence<kLast - kFirst>{});
}

// One binary special method by name (the sequences' __add__, __mul__; dict's __or__).
template <size_t kIndex>
void add_named(MethodTable::Entries& entries) {
  add_binary<kIndex>(entries);
}

}  // namespace

MethodTable::Entries with_special_methods(MethodTable::Entries own, SpecialMethodsOf type) {
  MethodTable::Entries& e = own;
  constexpr size_t kAdd = 0, kMul = 2, kMod = 5, kOr = 10, kIAdd = 18, kIMul = 19, kIOr = 20;
  e.emplace_back("__repr__", special_repr);
  add_binary_range<kFirstComparison, kFirstInPlace>(e);
  if (type == SpecialMethodsOf::kNumber) {
    add_binary_range<0, kFirstComparison>(e);
    e.emplace_back("__hash__", special_hash);
    e.emplace_back("__bool__", special_bool);
    e.emplace_back("__neg__", special_neg);
    e.emplace_back("__pos__", special_pos);
    e.emplace_back("__invert__", special_invert);
    e.emplace_back("__format__", special_format);
    return own;
  }
  e.emplace_back("__len__", special_len);
  e.emplace_back("__iter__", special_iter);
  e.emplace_back("__contains__", special_contains);
  e.emplace_back("__getitem__", special_getitem);
  if (type == SpecialMethodsOf::kList || type == SpecialMethodsOf::kDict) {
    e.emplace_back("__setitem__", special_setitem);
    e.emplace_back("__delitem__", special_delitem);
  } else {
    e.emplace_back("__hash__", special_hash);
  }
  if (type == SpecialMethodsOf::kDict) {
    add_named<kOr>(e);
    add_named<kIOr>(e);
    return own;
  }
  add_named<kAdd>(e);
  add_named<kMul>(e);
  if (type == SpecialMethodsOf::kStr) {
    add_named<kMod>(e);
    e.emplace_back("__str__", special_str);
    e.emplace_back("__format__", special_format);
  }
  if (type == SpecialMethodsOf::kList) {
    add_named<kIAdd>(e);
    add_named<kIMul>(e);
  }
  return own;
}

}  // namespace gilvm
