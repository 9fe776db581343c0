// The `_operator` module: the operators as functions (add, mul, lt, ...) and itemgetter and
// attrgetter in C++, as CPython's Modules/_operator.c, which lib/operator.py imports over its own
// Python definitions. A sort's key=itemgetter(1) is called once per item: in the VM's Python it
// cost two script calls (the object's __call__ and its closure), over twice CPython's sort.
#include "modules/module_operator.h"

#include <string>
#include <string_view>
#include <vector>

#include "runtime/attributes.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// ---- the operators: each a builtin of two (or one) parameters with a plain body (Native::call2)

// A function's name as a template argument, for its argument-count error.
template <size_t N>
struct FunctionName {
  char text[N];
  constexpr FunctionName(const char (&name)[N]) {  // NOLINT: implicit, from the literal
    for (size_t i = 0; i < N; ++i) text[i] = name[i];
  }
};

template <Op kOp>
Value binary_body(Value a, Value b) {
  return binary_op(kOp, a, b);
}
template <Op kOp>
Value comparison_body(Value a, Value b) {
  return compare_op(kOp, a, b);
}
template <FunctionName kName, Value (*kBody)(Value, Value)>
Value two_argument_function(ThreadState&, Value, const Args& args) {
  args.expect_as_type(kName.text, 2, 2);
  return kBody(args.positional[0], args.positional[1]);
}

template <Op kOp>
Value unary_body(Value a) {
  return unary_op(kOp, a);
}
template <FunctionName kName, Value (*kBody)(Value)>
Value one_argument_function(ThreadState&, Value, const Args& args) {
  args.expect_as_type(kName.text, 1, 1);
  return kBody(args.positional[0]);
}

// ---- what itemgetter and attrgetter share

// get(0) when count is 1, else the tuple of get(0) .. get(count - 1) (each a new reference).
template <class Get>
Value one_or_tuple(size_t count, Get get) {
  if (count == 1) return get(0);
  std::vector<Value> got;  // owned
  got.reserve(count);
  try {
    for (size_t i = 0; i < count; ++i) got.push_back(get(i));
  } catch (ScriptException&) {
    for (Value v : got) decref(v);
    throw;
  }
  return make_tuple(std::move(got));
}

// "operator.itemgetter(1, 'a')": the type's name and the reprs of the arguments it was made with.
std::string getter_repr(const std::string& type_name, Value arguments) {
  std::string out = type_name + "(";
  const auto& items = as_tuple(arguments)->items;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + repr(items[i]);
  return out + ")";
}

// ---- itemgetter(item, *items): obj[item], or a tuple of obj[i] for each

struct ItemGetter;
Value item_getter_call(ThreadState& ts, Value self, const Args& args);
std::string item_getter_repr(Value self);

const TypeInfo& item_getter_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "operator.itemgetter";
    t.call = item_getter_call;
    t.repr = item_getter_repr;
    return t;
  }();
  return type;
}

struct ItemGetter final : Instance {
  Value items;  // owned tuple, never changed
  explicit ItemGetter(Value owned_items) : Instance(&item_getter_type()), items(owned_items) {}
  ~ItemGetter() override { decref(items); }
};

Value item_getter_call(ThreadState&, Value self, const Args& args) {
  args.expect_as_type("itemgetter", 1, 1);
  const auto& items = as_tuple(static_cast<ItemGetter*>(self.obj)->items)->items;
  Value object = args.positional[0];
  return one_or_tuple(items.size(), [&](size_t i) { return get_item(object, items[i]); });
}

std::string item_getter_repr(Value self) {
  return getter_repr(item_getter_type().name, static_cast<ItemGetter*>(self.obj)->items);
}

// CPython's words for a getter made with no argument or with keywords.
void expect_getter_arguments(const Args& args, const std::string& name) {
  if (args.keyword_count() > 0) raise(exc::TypeError, name + "() takes no keyword arguments");
  if (args.count == 0) raise(exc::TypeError, name + " expected 1 argument, got 0");
}

Value make_item_getter(ThreadState&, Value, const Args& args) {
  expect_getter_arguments(args, "itemgetter");
  std::vector<Value> items(args.positional, args.positional + args.count);
  for (Value v : items) incref(v);
  return Value::object(new ItemGetter(make_tuple(std::move(items))));
}

// ---- attrgetter(attr, *attrs): getattr(obj, attr), dotted names followed, or a tuple of them

struct AttrGetter;
Value attr_getter_call(ThreadState& ts, Value self, const Args& args);
std::string attr_getter_repr(Value self);

const TypeInfo& attr_getter_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "operator.attrgetter";
    t.call = attr_getter_call;
    t.repr = attr_getter_repr;
    return t;
  }();
  return type;
}

struct AttrGetter final : Instance {
  Value attrs;  // owned tuple of the names as given, for repr
  // Each name's dotted parts, interned (owned): never changed after construction.
  std::vector<std::vector<Value>> paths;
  AttrGetter() : Instance(&attr_getter_type()), attrs(Value::none()) {}
  ~AttrGetter() override {
    decref(attrs);
    for (auto& path : paths)
      for (Value part : path) decref(part);
  }
};

Value follow_path(ThreadState& ts, Value object, const std::vector<Value>& path) {
  Ref current = Ref::borrow(object);
  for (Value part : path) current = Ref::steal(get_attribute(ts, current.get(), *as_str(part)));
  return current.release();
}

Value attr_getter_call(ThreadState& ts, Value self, const Args& args) {
  args.expect_as_type("attrgetter", 1, 1);
  const auto& paths = static_cast<AttrGetter*>(self.obj)->paths;
  Value object = args.positional[0];
  return one_or_tuple(paths.size(), [&](size_t i) { return follow_path(ts, object, paths[i]); });
}

std::string attr_getter_repr(Value self) {
  return getter_repr(attr_getter_type().name, static_cast<AttrGetter*>(self.obj)->attrs);
}

Value make_attr_getter(ThreadState&, Value, const Args& args) {
  expect_getter_arguments(args, "attrgetter");
  auto* getter = new AttrGetter();
  Ref owned = Ref::steal(Value::object(getter));
  std::vector<Value> attrs(args.positional, args.positional + args.count);
  for (Value name : attrs) {
    if (!is_kind(name, Kind::Str)) raise(exc::TypeError, "attribute name must be a string");
    std::vector<Value>& path = getter->paths.emplace_back();
    std::string_view text = as_str(name)->text;
    for (size_t start = 0;;) {
      const size_t dot = text.find('.', start);
      path.push_back(interned_str(text.substr(start, dot - start)));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
  }
  for (Value v : attrs) incref(v);
  getter->attrs = make_tuple(std::move(attrs));
  return owned.release();
}

void add_two_argument(Module& module, const char* name, Value (*body)(Value, Value),
                      NativeFn fn) {
  auto* native = new Native(name, fn);
  native->call2 = body;
  module.add(name, Value::object(native));
}

void add_one_argument(Module& module, const char* name, Value (*body)(Value), NativeFn fn) {
  auto* native = new Native(name, fn);
  native->call1 = body;
  module.add(name, Value::object(native));
}

}  // namespace

Value make_operator_native_module(VM&) {
  auto* module = new Module("_operator");
#define GILVM_BINARY(name, op)                                \
  add_two_argument(*module, name, binary_body<Op::op>,        \
                   two_argument_function<name, binary_body<Op::op>>);
  GILVM_BINARY("add", ADD)
  GILVM_BINARY("sub", SUB)
  GILVM_BINARY("mul", MUL)
  GILVM_BINARY("truediv", TRUEDIV)
  GILVM_BINARY("floordiv", FLOORDIV)
  GILVM_BINARY("mod", MOD)
  GILVM_BINARY("pow", POW)
  GILVM_BINARY("lshift", LSHIFT)
  GILVM_BINARY("rshift", RSHIFT)
  GILVM_BINARY("and_", BIT_AND)
  GILVM_BINARY("or_", BIT_OR)
  GILVM_BINARY("xor", BIT_XOR)
#undef GILVM_BINARY
#define GILVM_COMPARISON(name, op)                            \
  add_two_argument(*module, name, comparison_body<Op::op>,    \
                   two_argument_function<name, comparison_body<Op::op>>);
  GILVM_COMPARISON("lt", LT)
  GILVM_COMPARISON("le", LE)
  GILVM_COMPARISON("eq", EQ)
  GILVM_COMPARISON("ne", NE)
  GILVM_COMPARISON("gt", GT)
  GILVM_COMPARISON("ge", GE)
#undef GILVM_COMPARISON
#define GILVM_UNARY(name, op)                                 \
  add_one_argument(*module, name, unary_body<Op::op>,         \
                   one_argument_function<name, unary_body<Op::op>>);
  GILVM_UNARY("neg", NEG)
  GILVM_UNARY("pos", POS)
  GILVM_UNARY("inv", INVERT)
  GILVM_UNARY("invert", INVERT)
#undef GILVM_UNARY
  // Named as the types they make, so that isinstance(g, itemgetter) matches their instances.
  module->add("itemgetter", Value::object(new Native("itemgetter", make_item_getter)));
  module->add("attrgetter", Value::object(new Native("attrgetter", make_attr_getter)));
  return Value::object(module);
}

}  // namespace gilvm
