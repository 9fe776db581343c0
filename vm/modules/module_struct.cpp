// The `struct` module, as CPython 3.11's Modules/_struct.c: pack, unpack, calcsize, pack_into,
// unpack_from, iter_unpack, the Struct class and the exception struct.error, with CPython's
// results and messages (3.11's: the 'h' and 'H' codes say "short format requires ..." in every
// byte order, native 'f' packs an overflowing float as inf where the standard sizes raise).
//
// Speed: a format's parse (a Format) is kept, as CPython keeps its cache of Struct objects, in a
// registry of immortal Formats found through a small table keyed by the address of the format's
// str, checked against its text: `struct.pack("<I", x)` in a loop costs one load and one short
// compare to find its format, no dict probe and no lock.
#include "modules/module_struct.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/native_iterator.h"
#include "runtime/operations.h"
#include "runtime/unicode.h"

namespace gilvm {

namespace {

ExceptionClass* struct_error() {
  static auto* cls = new ExceptionClass("error", exc::Exception);
  return cls;
}

[[noreturn]] void fail(std::string message) { raise(struct_error(), std::move(message)); }

struct Format;
// A code's packing and unpacking of one item, specialised for the code, byte order and mode
// (pack_function(), unpack_function()): the per-item work is one indirect call with nothing
// left to decide but the value's type.
using PackFn = void (*)(Value v, char* p);
using UnpackFn = Value (*)(const char* p, size_t size);
// One code of a format with its repeat count: `count` items of `size` bytes from `offset` (for
// 's' and 'p', one item of the repeat count's bytes). Pad bytes ('x') have none.
struct Group {
  char code;
  size_t count;
  size_t offset;
  size_t size;
  PackFn pack = nullptr;      // for 's' and 'p': nullptr (pack_values() copies them)
  UnpackFn unpack = nullptr;
};
PackFn pack_function(char code, bool native, bool little);
UnpackFn unpack_function(char code, bool native, bool little);

struct Format {
  std::string text;
  bool native = true;  // '@' (or no prefix): native sizes and alignment
  bool little = true;  // byte order (x86-64 is little-endian)
  size_t size = 0;     // calcsize()
  size_t items = 0;    // how many values pack() takes and unpack() gives
  bool allocates = false;  // an item unpacks to a new object (bytes, an int beyond 63 bits)
  std::vector<Group> groups;
};

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A code's size and its alignment in native mode; size 0 for a code the table lacks.
struct CodeInfo {
  size_t size;
  size_t alignment;
};
CodeInfo code_info(char c, bool native) {
  switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p': return {1, c == '?' ? 1u : 0u};
    case 'h':
    case 'H':
    case 'e': return {2, 2};
    case 'i':
    case 'I':
    case 'f': return {4, 4};
    case 'l':
    case 'L': return native ? CodeInfo{8, 8} : CodeInfo{4, 0};
    case 'q':
    case 'Q':
    case 'd': return {8, 8};
    case 'n':
    case 'N':
    case 'P': return native ? CodeInfo{8, 8} : CodeInfo{0, 0};
    default: return {0, 0};
  }
}

// CPython's prepare_s: the format's groups, sizes and offsets, or struct.error.
std::unique_ptr<Format> parse_format(std::string_view text) {
  auto format = std::make_unique<Format>();
  format->text = text;
  if (text.find('\0') != std::string_view::npos) fail("embedded null character");
  size_t at = 0;
  if (!text.empty()) {
    switch (text[0]) {
      case '<':
      case '=': format->native = false; ++at; break;
      case '>':
      case '!': format->native = false, format->little = false; ++at; break;
      case '@': ++at; break;
      default: break;
    }
  }
  constexpr size_t kMax = static_cast<size_t>(INT64_MAX);
  size_t size = 0;
  auto too_long = [] { fail("total struct size too long"); };
  while (at < text.size()) {
    char c = text[at++];
    if (is_space(c)) continue;
    size_t num = 1;
    if (c >= '0' && c <= '9') {
      num = static_cast<size_t>(c - '0');
      for (;;) {
        if (at == text.size()) fail("repeat count given without format specifier");
        c = text[at++];
        if (c < '0' || c > '9') break;
        const size_t digit = static_cast<size_t>(c - '0');
        if (num > (kMax - digit) / 10) too_long();
        num = num * 10 + digit;
      }
    }
    const CodeInfo info = code_info(c, format->native);
    if (info.size == 0) fail("bad char in struct format");
    if (std::string_view("spcQNPL").find(c) != std::string_view::npos) format->allocates = true;
    if (format->native && info.alignment && size > 0) {
      const size_t aligned = (size + info.alignment - 1) / info.alignment * info.alignment;
      if (aligned > kMax) too_long();
      size = aligned;
    }
    if (num > (kMax - size) / info.size) too_long();
    if (c == 's' || c == 'p') {
      // One item of `num` bytes: count 1, size num.
      format->groups.push_back(
          {c, 1, size, num, nullptr, unpack_function(c, format->native, format->little)});
      ++format->items;
    } else if (c != 'x' && num > 0) {
      format->groups.push_back({c, num, size, info.size,
                                pack_function(c, format->native, format->little),
                                unpack_function(c, format->native, format->little)});
      format->items += num;
    }
    size += num * info.size;
  }
  format->size = size;
  return format;
}

// A parsed format: one of the registry's (immortal) or one of its own when the registry is full.
struct FormatRef {
  const Format* format = nullptr;
  std::shared_ptr<const Format> owned;
};

// The registry: the first kRegistered formats a process uses, kept for good (CPython keeps 100
// Structs, dropping them all when full; a program with more formats than this parses the rest
// on each call). `slots` finds one by its str's address without the lock.
constexpr size_t kRegistered = 512;
constexpr size_t kSlots = 256;
std::atomic<const Format*> slots[kSlots];

size_t slot_of(const void* key) {
  const auto bits = reinterpret_cast<uintptr_t>(key);
  return ((bits >> 4) ^ (bits >> 12)) & (kSlots - 1);
}

[[gnu::noinline]] FormatRef registered_format(std::string_view text, const void* key) {
  static std::mutex mutex;
  // Never destroyed: a daemon thread may still pack while the process exits.
  static auto& registry = *new std::unordered_map<std::string, std::unique_ptr<Format>>();
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = registry.find(std::string(text));
    if (it != registry.end()) {
      slots[slot_of(key)].store(it->second.get(), std::memory_order_release);
      return {it->second.get(), nullptr};
    }
  }
  std::unique_ptr<Format> parsed = parse_format(text);  // raises for a bad format: not kept
  std::lock_guard<std::mutex> lock(mutex);
  if (registry.size() >= kRegistered) {
    std::shared_ptr<const Format> owned(parsed.release());
    return {owned.get(), owned};
  }
  auto [it, added] = registry.emplace(std::string(text), std::move(parsed));
  slots[slot_of(key)].store(it->second.get(), std::memory_order_release);
  return {it->second.get(), nullptr};
}

// The text of a format argument (a str or bytes), as CPython's Struct() takes it. The module's
// functions look the format up in their cache first: an unhashable one fails there.
std::string_view format_text(Value v, bool from_module) {
  if (is_kind(v, Kind::Str)) {
    const std::string& text = as_str(v)->text;
    for (size_t i = 0; i < text.size(); ++i) {
      if (static_cast<unsigned char>(text[i]) >= 0x80) {
        // All before it ASCII: its position in code points is its byte offset.
        size_t at = i;
        const uint32_t cp = unicode::decode(text, at);
        char hex[16];
        std::snprintf(hex, sizeof hex, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x",
                      cp);
        raise(exc::UnicodeEncodeError, "'ascii' codec can't encode character '" +
                                           std::string(hex) + "' in position " +
                                           std::to_string(i) + ": ordinal not in range(128)");
      }
    }
    return text;
  }
  if (is_kind(v, Kind::Bytes)) return as_bytes(v)->data;
  if (from_module && (is_kind(v, Kind::ByteArray) || is_kind(v, Kind::List) ||
                      is_kind(v, Kind::Dict) || is_kind(v, Kind::Set)))
    raise(exc::TypeError, "unhashable type: '" + type_name(v) + "'");
  raise(exc::TypeError,
        "Struct() argument 1 must be a str or bytes object, not " + type_name(v));
}

// A byte loop: formats are a few characters, for which memcmp's call costs more.
[[gnu::always_inline]] inline bool same_text(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// The Format of a format argument: a slot's when it holds this str's (or bytes') parse.
[[gnu::always_inline]] inline FormatRef format_of(Value v, bool from_module = true) {
  if (v.is_obj()) [[likely]] {
    const Format* cached = slots[slot_of(v.obj)].load(std::memory_order_acquire);
    if (cached != nullptr) {
      std::string_view text;
      if (v.obj->kind == Kind::Str)
        text = as_str(v)->text;
      else if (v.obj->kind == Kind::Bytes)
        text = as_bytes(v)->data;
      if (text.size() == cached->text.size() && same_text(text.data(), cached->text.data(), text.size()))
        return {cached, nullptr};
    }
  }
  const std::string_view text = format_text(v, from_module);
  return registered_format(text, v.obj);
}

// ---- packing

// CPython's get_pylong: an int, a bool or an object's __index__, read as a signed and an
// unsigned 64-bit number where it fits either.
struct IntArg {
  bool fits_signed;
  bool fits_unsigned;
  bool negative;
  int64_t s;
  uint64_t u;
};

[[gnu::noinline]] IntArg int_arg(Value v) {
  Ref holder;
  Value n = v;
  if (!v.is_int() && !v.is_bool() && !is_bigint(v)) {
    n = indexed(v, holder);
    if (!n.is_int() && !n.is_bool() && !is_bigint(n)) fail("required argument is not an integer");
  }
  if (!is_bigint(n)) {
    const int64_t i = n.is_bool() ? n.b : n.i;
    return {true, i >= 0, i < 0, i, static_cast<uint64_t>(i)};
  }
  const IntView view = as_bigint(n);  // never within int64 (big ints that fit are inline)
  const bool fits_unsigned = !view.negative && view.size == 1;
  return {false, fits_unsigned, view.negative, 0, fits_unsigned ? view.limbs[0] : 0};
}

// PyFloat_AsDouble, any failure reported as struct.error.
double float_arg(Value v) {
  if (v.is_float()) return v.f;
  if (v.is_int()) return static_cast<double>(v.i);
  if (v.is_bool()) return v.b ? 1.0 : 0.0;
  try {
    if (is_bigint(v)) return int_to_double(v);
    Ref converted = Ref::steal(call_special(v, "__float__", nullptr, 0));
    if (converted.get().is_float()) return converted.get().f;
    if (converted.get().is_undefined()) {
      Ref holder;
      const Value n = indexed(v, holder);
      if (n.is_int()) return static_cast<double>(n.i);
      if (is_bigint(n)) return int_to_double(n);
    }
  } catch (ScriptException&) {
  }
  fail("required argument is not a float");
}

// `size` (1, 2, 4 or 8) bytes of `bits` at `p`, in the byte order asked for. One case per size,
// each a single store: a memcpy of a variable size is a library call.
[[gnu::always_inline]] inline void store_bits(char* p, uint64_t bits, size_t size, bool little) {
  switch (size) {
    case 2: {
      const auto v = static_cast<uint16_t>(bits);
      const uint16_t w = little ? v : __builtin_bswap16(v);
      std::memcpy(p, &w, 2);
      return;
    }
    case 4: {
      const auto v = static_cast<uint32_t>(bits);
      const uint32_t w = little ? v : __builtin_bswap32(v);
      std::memcpy(p, &w, 4);
      return;
    }
    case 8: {
      const uint64_t w = little ? bits : __builtin_bswap64(bits);
      std::memcpy(p, &w, 8);
      return;
    }
    default: *p = static_cast<char>(bits);
  }
}

[[noreturn]] void out_of_range() { fail("argument out of range"); }

[[gnu::always_inline]] inline int64_t signed_arg(Value v) {
  if (v.is_int()) [[likely]]
    return v.i;
  const IntArg n = int_arg(v);
  if (!n.fits_signed) out_of_range();
  return n.s;
}
[[gnu::always_inline]] inline uint64_t unsigned_arg(Value v) {
  if (v.is_int() && v.i >= 0) [[likely]]
    return static_cast<uint64_t>(v.i);
  const IntArg n = int_arg(v);
  if (!n.fits_unsigned) out_of_range();
  return n.u;
}

[[gnu::always_inline]] inline void pack_float(char code, bool native, bool little, Value v,
                                              char* p) {
  const double x = float_arg(v);
  uint64_t bits;
  if (code == 'd') {
    std::memcpy(&bits, &x, 8);
  } else if (code == 'f') {
    const float f = static_cast<float>(x);
    if (!native && std::isinf(f) && std::isfinite(x))
      raise(exc::OverflowError, "float too large to pack with f format");
    uint32_t b;
    std::memcpy(&b, &f, 4);
    bits = b;
  } else {  // 'e'
    const _Float16 h = static_cast<_Float16>(x);
    if (std::isinf(static_cast<double>(h)) && std::isfinite(x))
      raise(exc::OverflowError, "float too large to pack with e format");
    uint16_t b;
    std::memcpy(&b, &h, 2);
    bits = b;
  }
  store_bits(p, bits, code == 'd' ? 8 : code == 'f' ? 4 : 2, little);
}

// One value of an integer, bool, char or float code, written at `p`. Inlined into each
// pack_code<>() with the code, mode and order constant.
[[gnu::always_inline]] inline void pack_item(char code, bool native, bool little, Value v,
                                             char* p) {
  uint64_t bits;
  size_t size;
  switch (code) {
    case 'b': {
      const int64_t x = signed_arg(v);
      if (x < -128 || x > 127) fail("byte format requires -128 <= number <= 127");
      *p = static_cast<char>(x);
      return;
    }
    case 'B': {
      const int64_t x = signed_arg(v);
      if (x < 0 || x > 255) fail("ubyte format requires 0 <= number <= 255");
      *p = static_cast<char>(x);
      return;
    }
    case 'c':
      if (!is_kind(v, Kind::Bytes) || as_bytes(v)->data.size() != 1)
        fail("char format requires a bytes object of length 1");
      *p = as_bytes(v)->data[0];
      return;
    case '?': *p = truthy(v) ? 1 : 0; return;
    // 3.11's big-endian table says "'h' format requires ..." where the others say "short
    // format requires ...", and takes H as unsigned first; its q and Q overflow with "int too
    // large to convert" where the others say "argument out of range".
    case 'h': {
      const int64_t x = signed_arg(v);
      if (x < INT16_MIN || x > INT16_MAX)
        fail(little ? "short format requires -32768 <= number <= 32767"
                    : "'h' format requires -32768 <= number <= 32767");
      bits = static_cast<uint64_t>(x), size = 2;
      break;
    }
    case 'H': {
      if (!little) {
        bits = unsigned_arg(v), size = 2;
        if (bits > UINT16_MAX) fail("'H' format requires 0 <= number <= 65535");
        break;
      }
      const int64_t x = signed_arg(v);
      if (x < 0 || x > UINT16_MAX) fail("ushort format requires 0 <= number <= 65535");
      bits = static_cast<uint64_t>(x), size = 2;
      break;
    }
    case 'i': {
      const int64_t x = signed_arg(v);
      if (x < INT32_MIN || x > INT32_MAX)
        fail("'i' format requires -2147483648 <= number <= 2147483647");
      bits = static_cast<uint64_t>(x), size = 4;
      break;
    }
    case 'I': {
      bits = unsigned_arg(v), size = 4;
      if (bits > UINT32_MAX) fail("'I' format requires 0 <= number <= 4294967295");
      break;
    }
    case 'l':
      if (!native) {
        const int64_t x = signed_arg(v);
        if (x < INT32_MIN || x > INT32_MAX)
          fail("'l' format requires -2147483648 <= number <= 2147483647");
        bits = static_cast<uint64_t>(x), size = 4;
        break;
      }
      [[fallthrough]];
    case 'q':
    case 'n':
      if (!little && !(v.is_int() || int_arg(v).fits_signed)) fail("int too large to convert");
      bits = static_cast<uint64_t>(signed_arg(v)), size = 8;
      break;
    case 'L':
      if (!native) {
        bits = unsigned_arg(v), size = 4;
        if (bits > UINT32_MAX) fail("'L' format requires 0 <= number <= 4294967295");
        break;
      }
      [[fallthrough]];
    case 'Q':
    case 'N':
      if (!little && !((v.is_int() && v.i >= 0) || int_arg(v).fits_unsigned))
        fail("int too large to convert");
      bits = unsigned_arg(v), size = 8;
      break;
    case 'P': {
      const IntArg n = int_arg(v);
      if (n.negative ? !n.fits_signed : !n.fits_unsigned) fail("int too large to convert");
      bits = n.u, size = 8;
      break;
    }
    default: return pack_float(code, native, little, v, p);  // e f d
  }
  store_bits(p, bits, size, little);
}

template <char kCode, bool kNative, bool kLittle>
void pack_code(Value v, char* p) {
  pack_item(kCode, kNative, kLittle, v, p);
}

template <bool kNative, bool kLittle>
PackFn pack_function_of(char code) {
  switch (code) {
    case 'b': return pack_code<'b', kNative, kLittle>;
    case 'B': return pack_code<'B', kNative, kLittle>;
    case 'c': return pack_code<'c', kNative, kLittle>;
    case '?': return pack_code<'?', kNative, kLittle>;
    case 'h': return pack_code<'h', kNative, kLittle>;
    case 'H': return pack_code<'H', kNative, kLittle>;
    case 'i': return pack_code<'i', kNative, kLittle>;
    case 'I': return pack_code<'I', kNative, kLittle>;
    case 'l': return pack_code<'l', kNative, kLittle>;
    case 'L': return pack_code<'L', kNative, kLittle>;
    case 'q': return pack_code<'q', kNative, kLittle>;
    case 'Q': return pack_code<'Q', kNative, kLittle>;
    case 'n': return pack_code<'n', kNative, kLittle>;
    case 'N': return pack_code<'N', kNative, kLittle>;
    case 'P': return pack_code<'P', kNative, kLittle>;
    case 'e': return pack_code<'e', kNative, kLittle>;
    case 'f': return pack_code<'f', kNative, kLittle>;
    default: return pack_code<'d', kNative, kLittle>;
  }
}

PackFn pack_function(char code, bool native, bool little) {
  if (native) return pack_function_of<true, true>(code);
  return little ? pack_function_of<false, true>(code) : pack_function_of<false, false>(code);
}

[[noreturn]] void wrong_count(const char* what, size_t expected, size_t got) {
  fail(std::string(what) + " expected " + std::to_string(expected) + " items for packing (got " +
       std::to_string(got) + ")");
}

// An 's' or 'p' group's bytes (a str item: of `size` bytes, padded with zeros; a Pascal
// string's: its length byte first) at `p`.
[[gnu::noinline]] void pack_string(const Group& group, Value item, char* p) {
  if (!is_bytes_like(item))
    fail(std::string("argument for '") + group.code + "' must be a bytes object");
  BytesView bytes(item);
  const std::string_view data = bytes.data();
  if (group.code == 's') {
    std::memcpy(p, data.data(), std::min(data.size(), group.size));
  } else if (group.size > 0) {
    const size_t n = std::min(data.size(), group.size - 1);
    std::memcpy(p + 1, data.data(), n);
    *p = static_cast<char>(std::min<size_t>(n, 255));
  }
}

// The values at `v` (format.items of them) packed into `out` (format.size bytes, zeroed).
void pack_values(const Format& format, const Value* v, char* out) {
  for (const Group& group : format.groups) {
    char* p = out + group.offset;
    if (group.pack == nullptr) {
      pack_string(group, *v++, p);
      continue;
    }
    for (size_t k = 0; k < group.count; ++k, p += group.size) group.pack(*v++, p);
  }
}

Value pack(const Format& format, const Value* v, size_t count) {
  if (count != format.items) wrong_count("pack", format.items, count);
  // Written in place: a Bytes of zeros, released if a value is refused.
  auto* bytes = new Bytes(format.size, '\0');
  Ref made = Ref::steal(Value::object(bytes));
  pack_values(format, v, bytes->data.data());
  return made.release();
}

// ---- unpacking

[[gnu::always_inline]] inline uint64_t load_bits(const char* p, size_t size, bool little) {
  switch (size) {
    case 2: {
      uint16_t w;
      std::memcpy(&w, p, 2);
      return little ? w : __builtin_bswap16(w);
    }
    case 4: {
      uint32_t w;
      std::memcpy(&w, p, 4);
      return little ? w : __builtin_bswap32(w);
    }
    case 8: {
      uint64_t w;
      std::memcpy(&w, p, 8);
      return little ? w : __builtin_bswap64(w);
    }
    default: return static_cast<unsigned char>(*p);
  }
}

Value unsigned_value(uint64_t u) {
  if (u <= static_cast<uint64_t>(INT64_MAX)) return Value::integer(static_cast<int64_t>(u));
  return make_int(IntView{&u, 1, false});
}

int64_t sign_extended(uint64_t bits, size_t size) {
  const unsigned shift = static_cast<unsigned>(64 - 8 * size);
  return static_cast<int64_t>(bits << shift) >> shift;
}

// One item of `size` bytes at `p` (a new reference). Inlined into each unpack_code<>() with the
// code and order constant.
[[gnu::always_inline]] inline Value unpack_item(char code, bool little, const char* p,
                                               size_t size) {
  switch (code) {
    case 's': return bytes_from(std::string_view(p, size));
    case 'p': {
      if (size == 0) return bytes_from(std::string_view());
      size_t n = static_cast<unsigned char>(*p);
      if (n >= size) n = size - 1;
      return bytes_from(std::string_view(p + 1, n));
    }
    case 'c': return bytes_from(std::string_view(p, 1));
    case '?': return Value::boolean(*p != 0);
    case 'b': return Value::integer(static_cast<int8_t>(*p));
    case 'B': return Value::integer(static_cast<unsigned char>(*p));
    case 'e': {
      const auto b = static_cast<uint16_t>(load_bits(p, 2, little));
      _Float16 h;
      std::memcpy(&h, &b, 2);
      return Value::floating(static_cast<double>(h));
    }
    case 'f': {
      const auto b = static_cast<uint32_t>(load_bits(p, 4, little));
      float f;
      std::memcpy(&f, &b, 4);
      return Value::floating(f);
    }
    case 'd': {
      const uint64_t b = load_bits(p, 8, little);
      double d;
      std::memcpy(&d, &b, 8);
      return Value::floating(d);
    }
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n': return Value::integer(sign_extended(load_bits(p, size, little), size));
    default: return unsigned_value(load_bits(p, size, little));  // H I L Q N P
  }
}

// The item size of an integer code, constant for the specialisations (l and L: by mode).
constexpr size_t fixed_size(char code, bool native) {
  switch (code) {
    case 'h':
    case 'H': return 2;
    case 'i':
    case 'I': return 4;
    case 'l':
    case 'L': return native ? 8 : 4;
    default: return 8;  // q Q n N P
  }
}

template <char kCode, bool kNative, bool kLittle>
Value unpack_code(const char* p, size_t size) {
  constexpr bool kSized = kCode == 'h' || kCode == 'H' || kCode == 'i' || kCode == 'I' ||
                          kCode == 'l' || kCode == 'L' || kCode == 'q' || kCode == 'Q' ||
                          kCode == 'n' || kCode == 'N' || kCode == 'P';
  if constexpr (kSized) size = fixed_size(kCode, kNative);
  return unpack_item(kCode, kLittle, p, size);
}

template <bool kNative, bool kLittle>
UnpackFn unpack_function_of(char code) {
  switch (code) {
    case 's': return unpack_code<'s', kNative, kLittle>;
    case 'p': return unpack_code<'p', kNative, kLittle>;
    case 'b': return unpack_code<'b', kNative, kLittle>;
    case 'B': return unpack_code<'B', kNative, kLittle>;
    case 'c': return unpack_code<'c', kNative, kLittle>;
    case '?': return unpack_code<'?', kNative, kLittle>;
    case 'h': return unpack_code<'h', kNative, kLittle>;
    case 'H': return unpack_code<'H', kNative, kLittle>;
    case 'i': return unpack_code<'i', kNative, kLittle>;
    case 'I': return unpack_code<'I', kNative, kLittle>;
    case 'l': return unpack_code<'l', kNative, kLittle>;
    case 'L': return unpack_code<'L', kNative, kLittle>;
    case 'q': return unpack_code<'q', kNative, kLittle>;
    case 'Q': return unpack_code<'Q', kNative, kLittle>;
    case 'n': return unpack_code<'n', kNative, kLittle>;
    case 'N': return unpack_code<'N', kNative, kLittle>;
    case 'P': return unpack_code<'P', kNative, kLittle>;
    case 'e': return unpack_code<'e', kNative, kLittle>;
    case 'f': return unpack_code<'f', kNative, kLittle>;
    default: return unpack_code<'d', kNative, kLittle>;
  }
}

UnpackFn unpack_function(char code, bool native, bool little) {
  if (native) return unpack_function_of<true, true>(code);
  return little ? unpack_function_of<false, true>(code) : unpack_function_of<false, false>(code);
}

// The tuple of the values in format.size bytes at `p`, made in place. Where an item allocates
// (bytes, a big int) the items are set to None first, so that a MemoryError midway releases a
// whole tuple; the other items cannot fail.
Value unpack_at(const Format& format, const char* p) {
  Tuple* tuple = new_tuple(format.items);
  Value* items = tuple->items.data();
  if (format.allocates) std::fill(items, items + format.items, Value::none());
  Ref made = Ref::steal(Value::object(tuple));
  for (const Group& group : format.groups) {
    const char* at = p + group.offset;
    for (size_t k = 0; k < group.count; ++k, at += group.size) *items++ = group.unpack(at, group.size);
  }
  return made.release();
}

// The bytes of a buffer argument (bytes or bytearray; a bytearray's copied when free-threaded).
[[gnu::always_inline]] inline void require_buffer(Value v) {
  if (!is_bytes_like(v))
    raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(v) + "'");
}

[[noreturn]] void wrong_size(const Format& format) {
  fail("unpack requires a buffer of " + std::to_string(format.size) + " bytes");
}

Value unpack(const Format& format, Value buffer) {
  if (is_kind(buffer, Kind::Bytes)) [[likely]] {  // bytes never change: read in place
    const std::string& data = as_bytes(buffer)->data;
    if (data.size() != format.size) wrong_size(format);
    return unpack_at(format, data.data());
  }
  require_buffer(buffer);
  BytesView view(buffer);
  const std::string_view data = view.data();
  if (data.size() != format.size) wrong_size(format);
  return unpack_at(format, data.data());
}

// An offset argument as Py_ssize_t.
int64_t offset_arg(Value v, ExceptionClass* overflow) {
  Ref holder;
  const Value n = integer_value(v, holder);
  if (is_bigint(n)) {
    raise(overflow, overflow == exc::IndexError
                        ? "cannot fit 'int' into an index-sized integer"
                        : "Python int too large to convert to C ssize_t");
  }
  return n.is_bool() ? n.b : n.i;
}

Value unpack_from(const Format& format, Value buffer, Value offset_value) {
  require_buffer(buffer);
  int64_t offset = offset_value.is_undefined() ? 0 : offset_arg(offset_value, exc::OverflowError);
  BytesView view(buffer);
  const std::string_view data = view.data();
  const auto length = static_cast<int64_t>(data.size());
  const auto size = static_cast<int64_t>(format.size);
  if (offset < 0) {
    if (offset + size > 0)
      fail("not enough data to unpack " + std::to_string(size) + " bytes at offset " +
           std::to_string(offset));
    if (offset + length < 0)
      fail("offset " + std::to_string(offset) + " out of range for " + std::to_string(length) +
           "-byte buffer");
    offset += length;
  }
  if (length - offset < size)
    fail("unpack_from requires a buffer of at least " + std::to_string(size + offset) +
         " bytes for unpacking " + std::to_string(size) + " bytes at offset " +
         std::to_string(offset) + " (actual buffer size is " + std::to_string(length) + ")");
  return unpack_at(format, data.data() + offset);
}

// pack_into(buffer, offset, *v): args[0] the buffer, args[1] the offset.
Value pack_into(const Format& format, const Value* args, size_t count) {
  if (count != format.items + 2) {
    if (count == 0) fail("pack_into expected buffer argument");
    if (count == 1) fail("pack_into expected offset argument");
    wrong_count("pack_into", format.items, count - 2);
  }
  const Value buffer = args[0];
  if (!is_kind(buffer, Kind::ByteArray))
    raise(exc::TypeError,
          "argument must be read-write bytes-like object, not " + type_name(buffer));
  ByteArray& bytes = *as_bytearray(buffer);
  int64_t offset = offset_arg(args[1], exc::IndexError);
  const auto size = static_cast<int64_t>(format.size);
  // The buffer's length when checked: again when written, the values' conversions having run
  // script code (or another thread) meanwhile.
  auto checked_offset = [&](int64_t length) {
    int64_t at = offset;
    if (at < 0) {
      if (at + size > 0)
        fail("no space to pack " + std::to_string(size) + " bytes at offset " +
             std::to_string(at));
      if (at + length < 0)
        fail("offset " + std::to_string(at) + " out of range for " + std::to_string(length) +
             "-byte buffer");
      at += length;
    }
    if (length - at < size)
      fail("pack_into requires a buffer of at least " + std::to_string(size + at) +
           " bytes for packing " + std::to_string(size) + " bytes at offset " +
           std::to_string(at) + " (actual buffer size is " + std::to_string(length) + ")");
    return at;
  };
  auto length = [&] {
    ContainerLock lock(bytes.mutex);
    return static_cast<int64_t>(bytes.data.size());
  };
  checked_offset(length());
  std::string packed(format.size, '\0');
  pack_values(format, args + 2, packed.data());
  ContainerLock lock(bytes.mutex);
  const int64_t at = checked_offset(static_cast<int64_t>(bytes.data.size()));
  std::memcpy(bytes.data.data() + at, packed.data(), packed.size());
  return Value::none();
}

// ---- iter_unpack

struct UnpackIterator final : NativeIterator {
  FormatRef format;
  std::string data;
  size_t at = 0;
  ContainerMutex mutex;
  bool next(Value& out) override {
    ContainerLock lock(mutex);  // threads may share the iterator
    if (at + format.format->size > data.size()) return false;
    out = unpack_at(*format.format, data.data() + at);
    at += format.format->size;
    return true;
  }
  const char* type_name() const override { return "unpack_iterator"; }
  std::string repr() const override {
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<const void*>(this));
    return std::string("<_struct.unpack_iterator object at ") + address + ">";
  }
};

Value iter_unpack(FormatRef format, Value buffer) {
  require_buffer(buffer);
  if (format.format->size == 0) fail("cannot iteratively unpack with a struct of length 0");
  auto iterator = std::make_unique<UnpackIterator>();
  iterator->data = std::string(BytesView(buffer).data());
  if (iterator->data.size() % format.format->size != 0)
    fail("iterative unpacking requires a buffer of a multiple of " +
         std::to_string(format.format->size) + " bytes");
  iterator->format = std::move(format);
  return Value::object(iterator.release());
}

// ---- the Struct class

const TypeInfo& struct_type();

struct StructObject final : Instance {
  FormatRef format;
  explicit StructObject(FormatRef f) : Instance(&struct_type()), format(std::move(f)) {}
};

const Format& format_of_self(Value self) {
  return *static_cast<StructObject*>(self.obj)->format.format;
}

Value struct_pack(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "Struct.pack() takes no keyword arguments");
  return pack(format_of_self(self), args.positional, args.count);
}

Value struct_unpack(ThreadState&, Value self, const Args& args) {
  args.expect_one("Struct.unpack");
  return unpack(format_of_self(self), args.positional[0]);
}

Value struct_pack_into(ThreadState&, Value self, const Args& args) {
  if (args.keyword_count() > 0)
    raise(exc::TypeError, "Struct.pack_into() takes no keyword arguments");
  return pack_into(format_of_self(self), args.positional, args.count);
}

Value struct_unpack_from(ThreadState&, Value self, const Args& args) {
  static constexpr std::string_view kParameters[] = {"buffer", "offset"};
  const auto bound = args.bind("unpack_from", kParameters, 1);
  return unpack_from(format_of_self(self), bound[0], bound[1]);
}

Value struct_iter_unpack(ThreadState&, Value self, const Args& args) {
  args.expect_one("Struct.iter_unpack");
  return iter_unpack(static_cast<StructObject*>(self.obj)->format, args.positional[0]);
}

Value struct_get(ThreadState&, Instance& instance, std::string_view name) {
  const Format& format = *static_cast<StructObject&>(instance).format.format;
  if (name == "format") return make_str(format.text);
  if (name == "size") return Value::integer(static_cast<int64_t>(format.size));
  return Value::undefined();
}

const TypeInfo& struct_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "Struct";
    t.methods = {{"pack", struct_pack},
                 {"unpack", struct_unpack},
                 {"pack_into", struct_pack_into},
                 {"unpack_from", struct_unpack_from},
                 {"iter_unpack", struct_iter_unpack}};
    t.get = struct_get;
    return t;
  }();
  return type;
}

Value make_struct(ThreadState&, Value, const Args& args) {
  static constexpr std::string_view kParameters[] = {"format"};
  const auto bound = args.bind("Struct", kParameters, 1);
  return Value::object(new StructObject(format_of(bound[0], false)));
}

// ---- the module's functions

[[gnu::always_inline]] inline void expect_format(const Args& args, const char* function) {
  if (args.keyword_names == nullptr && args.count > 0) [[likely]]
    return;
  if (args.keyword_count() > 0)
    raise(exc::TypeError, "_struct." + std::string(function) + "() takes no keyword arguments");
  if (args.count == 0) raise(exc::TypeError, "missing format argument");
}

[[gnu::always_inline]] inline void expect_two(const Args& args, const char* function) {
  if (args.keyword_names == nullptr && args.count == 2) [[likely]]
    return;
  if (args.keyword_count() > 0)
    raise(exc::TypeError, "_struct." + std::string(function) + "() takes no keyword arguments");
  if (args.count != 2)
    raise(exc::TypeError, std::string(function) + " expected 2 arguments, got " +
                              std::to_string(args.count));
}

Value module_pack(ThreadState&, Value, const Args& args) {
  expect_format(args, "pack");
  const FormatRef format = format_of(args.positional[0]);
  return pack(*format.format, args.positional + 1, args.count - 1);
}

Value module_unpack(ThreadState&, Value, const Args& args) {
  expect_two(args, "unpack");
  const FormatRef format = format_of(args.positional[0]);
  return unpack(*format.format, args.positional[1]);
}
// unpack(format, buffer) as the interpreter calls a native of two positional arguments.
Value module_unpack2(Value format_value, Value buffer) {
  const FormatRef format = format_of(format_value);
  return unpack(*format.format, buffer);
}

Value module_pack_into(ThreadState&, Value, const Args& args) {
  expect_format(args, "pack_into");
  const FormatRef format = format_of(args.positional[0]);
  return pack_into(*format.format, args.positional + 1, args.count - 1);
}

Value module_unpack_from(ThreadState&, Value, const Args& args) {
  static constexpr std::string_view kParameters[] = {"format", "buffer", "offset"};
  if (args.count == 0)
    raise(exc::TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
  const auto bound = args.bind("unpack_from", kParameters, 2);
  const FormatRef format = format_of(bound[0]);
  return unpack_from(*format.format, bound[1], bound[2]);
}

Value module_iter_unpack(ThreadState&, Value, const Args& args) {
  expect_two(args, "iter_unpack");
  return iter_unpack(format_of(args.positional[0]), args.positional[1]);
}
Value module_iter_unpack2(Value format, Value buffer) {
  return iter_unpack(format_of(format), buffer);
}

Value module_calcsize(ThreadState&, Value, const Args& args) {
  args.expect_one("_struct.calcsize");
  const FormatRef format = format_of(args.positional[0]);
  return Value::integer(static_cast<int64_t>(format.format->size));
}
Value module_calcsize1(Value format) {
  return Value::integer(static_cast<int64_t>(format_of(format).format->size));
}

}  // namespace

Value make_struct_module(VM&) {
  auto* module = new Module("struct");
  module->add_function("pack", module_pack);
  module->add_function("unpack", module_unpack)->call2 = module_unpack2;
  module->add_function("pack_into", module_pack_into);
  module->add_function("unpack_from", module_unpack_from);
  module->add_function("iter_unpack", module_iter_unpack)->call2 = module_iter_unpack2;
  module->add_function("calcsize", module_calcsize)->call1 = module_calcsize1;
  module->add_function("Struct", make_struct);
  module->add("error", Value::object(struct_error()));
  return Value::object(module);
}

}  // namespace gilvm
