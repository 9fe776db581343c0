// Attribute access (attributes.cpp): the methods of the builtin types, exception attributes,
// module attributes and the data attributes of builtin instances.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/set.h"

namespace gilvm {

struct ThreadState;
struct ScriptException;

Value get_attribute(ThreadState& thread, Value object, const Str& name);
// get_attribute(), but Undefined where it would raise the AttributeError of a missing attribute
// (errors of a property or __getattr__ still raise).
Value find_attribute(ThreadState& thread, Value object, const Str& name);
// find_attribute(), but an exception leaving a script instance's __getattr__ (a plain script
// function: a proxy's, a defaults object's AttributeError) comes back as Undefined, left in
// thread.pending_exception, not thrown: scripts catch it in loops (hasattr() too), and a C++
// throw costs tens of thousands of instructions. Only a caller that tests for it may call this.
Value find_attribute_or_pending(ThreadState& thread, Value object, const Str& name);
// find_attribute() without the class's __getattribute__ and __getattr__: object.__getattribute__'s
// lookup (object_getattribute(), class.cpp).
Value find_attribute_plain(ThreadState& thread, Value object, const Str& name);
Value object_getattribute(ThreadState& ts, Value self, const Args& args);
// The __getattribute__ of the class (through its MRO) when it is not object's, a new reference,
// else Undefined: an attribute read on its instances calls it (CPython's slot_tp_getattr_hook),
// and the attribute caches never serve them (resolve(), attribute_cache.cpp).
Value custom_getattribute(Class& cls);
// custom_getattribute() of the class of a script instance or of a builtin type's subclass's
// instance; Undefined for any other object.
Value instance_getattribute(Value object);
// Whether a script's exception is an AttributeError (getattr()'s default, __getattr__'s turn).
bool is_attribute_error(const ScriptException& error);
// A builtin type's class method (`bytes.fromhex`, `int.from_bytes`, `dict.fromkeys`): its place
// among them when `type` is that type's builtin and `name` the method's, else -1; and the one
// shared (immortal) Native of the method at `index`, a new reference.
int class_method_index(Value type, const Str& name);
Value class_method(int index);
// That AttributeError (a new reference), as CPython words it for `object`'s kind.
Value no_attribute_error(Value object, std::string_view name);
[[noreturn]] void raise_no_attribute(Value object, std::string_view name);  // that error, thrown
// repr() of a builtin function: "<method 'append' of 'list' objects>" for a method looked up on
// its type, "<built-in method append of list object at 0x...>" for one bound to a value.
std::string native_repr(const Native& native);
// Which builtin type's methods `v` has (BuiltinTypeKey, object.h; 0 for none; a named tuple has
// none here, since a field may be called `index`): also what isinstance() compares with a type
// builtin's key.
inline uint64_t builtin_type_key(Value v) {
  if (v.tag != Tag::Obj) [[unlikely]] {
    // Undefined, None, Bool, Int, Float: bool's methods are int's.
    static constexpr uint8_t kByTag[] = {kNoBuiltinType, kNoBuiltinType, kIntType, kIntType,
                                         kFloatType};
    return kByTag[static_cast<uint8_t>(v.tag)];
  }
  switch (v.obj->kind) {
    case Kind::Str: return static_cast<Str*>(v.obj)->type_key;
    case Kind::Bytes: return kBytesType;
    case Kind::ByteArray: return kByteArrayType;
    // A subclass's instance has none: its class's methods may override them (LOAD_METHOD's
    // cache of a builtin method matches by this key). Read from the object, as a constant would
    // be: no test.
    case Kind::List: return static_cast<List*>(v.obj)->type_key;
    case Kind::Dict: return static_cast<Dict*>(v.obj)->type_key;
    case Kind::Set: return as_set(v)->frozen ? kFrozensetType : kSetType;
    case Kind::Range: return kRangeType;
    case Kind::Tuple:
      return as_tuple(v)->names || as_tuple(v)->subclass ? kNoBuiltinType : kTupleType;
    case Kind::BigInt: return kIntType;
    case Kind::Generator: return kGeneratorType;
    case Kind::Deque: return kDequeType;
    default: return kNoBuiltinType;
  }
}
// The builtin type key of the type `object` is an instance of, as isinstance() compares it: a
// named tuple's is tuple's, a list, dict or str subclass's instance's list's, dict's or str's.
inline uint64_t instance_type_key(Value object) {
  if (is_kind(object, Kind::Tuple)) return kTupleType;
  if (is_kind(object, Kind::Str)) return kStrType;
  if (is_number_instance(object))  // an int's or a float's subclass: its number's
    return builtin_type_key(number_value(object));
  if (is_kind(object, Kind::List)) return kListType;
  if (is_kind(object, Kind::Dict)) return kDictType;
  return builtin_type_key(object);
}
// The key of the values that the type builtin named `name` makes and isinstance() accepts
// (str, int, dict, deque, ...): kNoBuiltinType for bool, whose values share int's key, and for
// names that are not such types.
BuiltinTypeKey builtin_type_key_named(std::string_view name);
// isinstance()'s key of the builtin type a Native stands for (its type_key), found at the first
// use (racing threads store the same); kNoBuiltinType for a Native that is no such type.
inline int8_t native_type_key(Native& native) {
  int8_t key = native.type_key.load(std::memory_order_relaxed);
  if (key < 0) [[unlikely]] {
    key = static_cast<int8_t>(builtin_type_key_named(native.name));
    native.type_key.store(key, std::memory_order_relaxed);
  }
  return key;
}
// Adds to `dict` the methods and special methods of the builtin type named `type_name` as
// `list.append` is, unbound (the dict of the builtin base of subclasses, builtin_subclass.h).
void add_builtin_methods(std::string_view type_name, Dict& dict);
// The method `name` of a builtin type when `object` is one and has it, else nullptr: what
// get_attribute() would bind, for a call without the bound object.
NativeFn builtin_method(Value object, const Str& name);
// The same of an instance of a subclass of list, dict or tuple (`self.append(x)` in a Stack(list),
// `counts.get(k)` of a Counter) when neither its class, before the builtin type, nor the instance
// has an attribute `name` (an interned Str): the builtin type's method, which its class's MRO
// would give and bind.
NativeFn subclass_builtin_method(Value object, const Str& name);
// The same of a builtin object (Kind::Instance: `lock.acquire`, `q.put`, `sock.recv`) made by its
// type rather than a class, when `name` is a method of its type and not a data attribute, as
// native_method_word() has it (0: none, or no room for its number).
uint64_t instance_type_method_word(ThreadState& thread, Value object, const Str& name);
// The builtin methods that CALL_METHOD runs in line (CPython 3.11's specialized calls of
// list.append and kin), numbered: LOAD_METHOD's pair carries the number beside the method's
// address, found once when a call site's cache is filled, so that CALL_METHOD picks an in-line
// path by one switch instead of comparing addresses one after another. kGeneratorSend: a
// generator's send(), resumed in line as next(g) is (interpreter.cpp).
enum class InLineMethod : uint8_t {
  kNone,
  kListAppend,
  kDictGet,
  kSetAdd,
  kSetDiscard,
  kSetRemove,
  kGeneratorSend,
  kDequeAppend,
  kDequeAppendLeft,
  kDequePop,
  kDequePopLeft,
  kListPop,
  kTextJoin,   // str.join(g) of a generator: driven in run() as sum(g) (consumer.h)
  kFixedArity  // a FixedArityMethod (below): the word's address is its, not its NativeFn's
};
InLineMethod in_line_method(NativeFn fn);
// sep.join(items) of the items (owned by the caller), `sep` a str or bytes.
Value join_pieces(Value self, const std::vector<Value>& items);
InLineMethod deque_in_line_method(NativeFn fn);  // deque.cpp's: kDeque* or kNone
// A builtin method's bodies for a call of 0, 1 or 2 positional arguments and no keywords, as
// CPython's METH_NOARGS, METH_O and METH_FASTCALL methods: CALL_METHOD calls the one of its
// count with the arguments where they lie, no Args made nor checked (`ch.isspace()`,
// `line.strip()`, `s.split(',')`). Each returns what `fn` returns for those arguments (a new
// reference, or Undefined after raise_pending()). `fn` takes every other call (keywords, a count
// with no body, a bound method's) and raises the binding errors.
using NativeFn0 = Value (*)(ThreadState&, Value self);
using NativeFn1 = Value (*)(ThreadState&, Value self, Value);
using NativeFn2 = Value (*)(ThreadState&, Value self, Value, Value);
struct FixedArityMethod {
  NativeFn fn;
  NativeFn0 call0;
  NativeFn1 call1;
  NativeFn2 call2;
  uint8_t counts;  // bit n: a body for n arguments
  // A predicate's answers (str.isdigit() and kin) for each one-character str, by its byte (such
  // a str is ASCII), which CALL_METHOD reads in line (`ch.isdigit()` of a tokenizer); or null.
  const bool* ascii_answers = nullptr;
  constexpr FixedArityMethod() : FixedArityMethod(nullptr, nullptr) {}
  constexpr FixedArityMethod(NativeFn f, NativeFn0 c0, NativeFn1 c1 = nullptr,
                             NativeFn2 c2 = nullptr)
      : fn(f),
        call0(c0),
        call1(c1),
        call2(c2),
        counts(static_cast<uint8_t>((c0 ? 1 : 0) | (c1 ? 2 : 0) | (c2 ? 4 : 0))) {}
  bool takes(size_t count) const { return count <= 2 && (counts >> count & 1) != 0; }
};
// The FixedArityMethod whose `fn` is `fn`, or nullptr.
const FixedArityMethod* fixed_arity_method(NativeFn fn);
// CPython's METH_NOARGS TypeError for a call of the method `method` ("str.lower", "deque.pop")
// with arguments or keywords.
[[noreturn]] void raise_no_arguments(const Args& args, std::string_view method);
// A builtin method as LOAD_METHOD's pair holds it (native_method_slot) in one word: the
// function's address in the low 48 bits (its FixedArityMethod's for kFixedArity), its
// InLineMethod above them; 0 when the address does not fit.
constexpr uint64_t kNativeAddressMask = (uint64_t{1} << 48) - 1;
uint64_t native_method_word(NativeFn fn);
inline InLineMethod native_method_in_line(uint64_t word) {
  return static_cast<InLineMethod>(word >> 48 & 0xFF);
}
inline const FixedArityMethod& native_method_fixed(uint64_t word) {  // of a kFixedArity word
  return *reinterpret_cast<const FixedArityMethod*>(
      static_cast<uintptr_t>(word & kNativeAddressMask));
}
inline NativeFn native_method_fn(uint64_t word) {
  if (native_method_in_line(word) == InLineMethod::kFixedArity) return native_method_fixed(word).fn;
  return reinterpret_cast<NativeFn>(static_cast<uintptr_t>(word & kNativeAddressMask));
}
// That method as a call site's cache holds it: native_method_word() with builtin_type_key() in
// the top byte; 0 (not cached) when the address does not fit 48 bits. The answer for a type and
// a name never changes, so one relaxed atomic holds it safely.
inline uint64_t builtin_method_key(Value object, NativeFn fn) {
  const uint64_t word = native_method_word(fn);
  if (word == 0) return 0;
  return builtin_type_key(object) << 56 | word;
}
inline bool builtin_method_key_matches(uint64_t key, Value object) {
  return key != 0 && key >> 56 == builtin_type_key(object);
}
inline uint64_t builtin_method_word(uint64_t key) { return key & ((uint64_t{1} << 56) - 1); }
// str.encode(encoding, errors) of a str (either may be Undefined): a new bytes.
Value encode_str(ThreadState& thread, Value str, Value encoding, Value errors);
// bytes.decode(encoding, errors) of bytes or a bytearray (either may be Undefined): a new str.
// Undefined with the UnicodeDecodeError pending (raise_pending()) for bytes that do not decode:
// only a native function may return it.
Value decode_bytes(Value bytes, Value encoding, Value errors);
// object.name = value: through the class's __setattr__ if it has one, as CPython.
void set_attribute(ThreadState& thread, Value object, const Str& name, Value value);
// The store itself, without __setattr__ (what object.__setattr__ does).
void set_attribute_plain(ThreadState& thread, Value object, const Str& name, Value value);

}  // namespace gilvm
