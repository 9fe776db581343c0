// The `_json` module: JSON encoding and decoding in C++, as CPython's Modules/_json.c, under
// lib/json.py (which adds the keyword API, JSONDecodeError and the file functions). Both walk
// the VM's objects directly: the encoder appends to one std::string, the decoder reads the str's
// UTF-8 in place and makes each value as it goes. Positions in error messages are code points,
// as CPython's; the decoder counts them only when it reports an error.
#include "modules/module_json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/builtin_subclass.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/unicode.h"

namespace gilvm {

namespace {

// Bounds the C++ recursion over nested containers, as CPython's Py_EnterRecursiveCall does in its
// encoder and scanner: deep input raises RecursionError instead of overflowing the C++ stack.
constexpr int kMaxNestingDepth = 1000;

class DepthGuard {
 public:
  DepthGuard(int& depth, const char* while_doing) : depth_(depth) {
    if (depth_ >= kMaxNestingDepth)
      raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + while_doing);
    ++depth_;
  }
  ~DepthGuard() { --depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  int& depth_;
};

// type(v).__name__: the VM's type names qualify a few ("collections.deque").
std::string short_type_name(Value v) {
  const std::string_view name = type_name_view(v);
  const size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(dot + 1));
}

// ---- encoding

// Per byte of UTF-8: whether a JSON string holds it as it is. With ensure_ascii everything
// from 0x7F up is escaped (CPython's ESCAPE_ASCII, [^\ -~]); without, only the controls,
// the quote and the backslash.
using PlainBytes = std::array<bool, 256>;
constexpr PlainBytes plain_bytes(bool ensure_ascii) {
  PlainBytes plain{};
  for (int c = 0; c < 256; ++c)
    plain[c] = c >= 0x20 && c != '"' && c != '\\' && (!ensure_ascii || c < 0x7F);
  return plain;
}
constexpr PlainBytes kPlainAscii = plain_bytes(true);
constexpr PlainBytes kPlainUnicode = plain_bytes(false);

void append_unicode_escape(std::string& out, uint32_t unit) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char escape[6] = {'\\',
                          'u',
                          kHex[(unit >> 12) & 0xF],
                          kHex[(unit >> 8) & 0xF],
                          kHex[(unit >> 4) & 0xF],
                          kHex[unit & 0xF]};
  out.append(escape, sizeof escape);
}

// Appends `text` as a JSON string, escaped as CPython's encoder does: \" \\ \n \r \t \b \f,
// \u00XX for the other controls, and with ensure_ascii \uXXXX for the rest (a surrogate pair
// beyond the BMP).
void append_json_string(std::string& out, std::string_view text, bool ensure_ascii) {
  const PlainBytes& plain = ensure_ascii ? kPlainAscii : kPlainUnicode;
  out += '"';
  const char* const data = text.data();
  size_t at = 0, run = 0;
  while (at < text.size()) {
    const auto c = static_cast<unsigned char>(data[at]);
    if (plain[c]) {
      ++at;
      continue;
    }
    out.append(data + run, at - run);
    if (c >= 0x80) {  // ensure_ascii
      uint32_t cp = unicode::decode(text, at);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        append_unicode_escape(out, 0xD800 | (cp >> 10));
        append_unicode_escape(out, 0xDC00 | (cp & 0x3FF));
      } else {
        append_unicode_escape(out, cp);
      }
    } else {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: append_unicode_escape(out, c);
      }
      ++at;
    }
    run = at;
  }
  out.append(data + run, at - run);
  out += '"';
}

void append_int64(std::string& out, int64_t i) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, i);
  out.append(buffer, result.ptr);
}

// json.dumps()'s work: the options as lib/json.py passes them, and the text made so far.
class Encoder {
 public:
  // args: obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent (None or a
  // str), item_separator, key_separator, default (None or a callable).
  Encoder(ThreadState& thread, const Value* args)
      : thread_(thread),
        skipkeys_(truthy(args[1])),
        ensure_ascii_(truthy(args[2])),
        check_circular_(truthy(args[3])),
        allow_nan_(truthy(args[4])),
        sort_keys_(truthy(args[5])),
        indented_(is_kind(args[6], Kind::Str)),
        default_(args[9]) {
    if (indented_) indent_ = as_str(args[6])->text;
    // CPython's c_make_encoder() checks key_separator (its argument 5), then item_separator.
    for (int i : {8, 7})
      if (!is_kind(args[i], Kind::Str))
        raise(exc::TypeError, "make_encoder() argument " + std::to_string(i == 8 ? 5 : 6) +
                                  " must be str, not " + short_type_name(args[i]));
    item_separator_ = as_str(args[7])->text;
    key_separator_ = as_str(args[8])->text;
  }

  void encode(Value v) {
    switch (v.tag) {
      case Tag::None: out += "null"; return;
      case Tag::Bool: out += v.b ? "true" : "false"; return;
      case Tag::Int: append_int64(out, v.i); return;
      case Tag::Float: encode_float(v.f); return;
      case Tag::Obj: break;
      case Tag::Undefined: break;
    }
    if (v.is_obj()) {
      switch (v.obj->kind) {
        case Kind::Str: append_json_string(out, as_str(v)->text, ensure_ascii_); return;
        case Kind::List:
        case Kind::Tuple: encode_sequence(v); return;
        case Kind::Dict: encode_dict(v); return;
        case Kind::BigInt: encode_big_int(v); return;
        case Kind::NumberInstance: encode(number_value(v)); return;  // int.__repr__'s, float's
        default: break;
      }
    }
    encode_with_default(v);
  }

  // Whether the text is ASCII by construction: escaped strings and ASCII separators.
  bool ascii_output() const {
    return ensure_ascii_ && unicode::is_ascii(indent_) && unicode::is_ascii(item_separator_) &&
           unicode::is_ascii(key_separator_);
  }

  std::string out;

 private:
  static constexpr const char* kWhileEncoding = " while encoding a JSON object";

  void encode_float(double d) {
    if (std::isfinite(d)) {
      out += float_repr(d);
    } else if (!allow_nan_) {
      raise(exc::ValueError, "Out of range float values are not JSON compliant");
    } else {
      out += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
  }

  void encode_big_int(Value v) {
    bool negative = false;
    const std::string digits = int_digits(v, 10, negative);  // the int_max_str_digits limit too
    if (negative) out += '-';
    out += digits;
  }

  // Marks a container (or an object given to default) as being encoded, for check_circular;
  // the encoder is dropped on an error, so the marks need no unwinding.
  void enter(Value container) {
    if (!check_circular_) return;
    for (const Object* marked : markers_)
      if (marked == container.obj) raise(exc::ValueError, "Circular reference detected");
    markers_.push_back(container.obj);
  }
  void leave() {
    if (check_circular_) markers_.pop_back();
  }

  void newline() {
    out += '\n';
    for (int i = 0; i < level_; ++i) out += indent_;
  }
  // The item separator before every item but the first; indented, each item on a line of its
  // own (the first one's new line comes with the bracket, as in CPython's _iterencode).
  void begin_item(bool first) {
    if (first) return;
    out += item_separator_;
    if (indented_) newline();
  }
  void open(char bracket) {
    out += bracket;
    ++level_;
    if (indented_) newline();
  }
  void close(char bracket) {
    --level_;
    if (indented_) newline();
    out += bracket;
  }

  // A list's items are read one at a time, each held while it is encoded: default() may change
  // the list meanwhile (CPython reads its size again each time too).
  void encode_sequence(Value sequence) {
    const bool is_list = sequence.obj->kind == Kind::List;
    if (is_list ? as_list(sequence)->items.empty() : as_tuple(sequence)->items.empty()) {
      out += "[]";
      return;
    }
    DepthGuard guard(depth_, kWhileEncoding);
    enter(sequence);
    open('[');
    for (size_t i = 0;; ++i) {
      Value item;
      if (is_list) {
        List& list = *as_list(sequence);
        ContainerLock lock(list.mutex);
        if (i >= list.items.size()) break;
        item = list.items[i];
        incref(item);
      } else {
        const std::vector<Value>& items = as_tuple(sequence)->items;
        if (i >= items.size()) break;
        item = items[i];
        incref(item);
      }
      Ref held = Ref::steal(item);
      begin_item(i == 0);
      encode(item);
    }
    close(']');
    leave();
  }

  // A key as CPython's encoder converts it: a str as it is; a float, bool, None or int as its
  // JSON text, quoted. False when skipkeys skips it.
  bool encode_key(Value key) {
    switch (key.tag) {
      case Tag::Bool: out += key.b ? "\"true\"" : "\"false\""; return true;
      case Tag::None: out += "\"null\""; return true;
      case Tag::Int:
        out += '"';
        append_int64(out, key.i);
        out += '"';
        return true;
      case Tag::Float:
        out += '"';
        encode_float(key.f);
        out += '"';
        return true;
      default: break;
    }
    if (is_kind(key, Kind::Str)) {
      append_json_string(out, as_str(key)->text, ensure_ascii_);
      return true;
    }
    if (is_kind(key, Kind::BigInt)) {
      out += '"';
      encode_big_int(key);
      out += '"';
      return true;
    }
    if (skipkeys_) return false;
    raise(exc::TypeError,
          "keys must be str, int, float, bool or None, not " + short_type_name(key));
  }

  void encode_dict(Value dict_value) {
    Dict& dict = *static_cast<Dict*>(dict_value.obj);
    if (dict.size() == 0) {
      out += "{}";
      return;
    }
    DepthGuard guard(depth_, kWhileEncoding);
    enter(dict_value);
    // A snapshot, as CPython's PyMapping_Items: default() may change the dict meanwhile.
    std::vector<std::pair<Value, Value>> items = dict.snapshot();  // owned
    struct Release {
      std::vector<std::pair<Value, Value>>& items;
      ~Release() {
        for (auto& [key, value] : items) {
          decref(key);
          decref(value);
        }
      }
    } release{items};
    if (sort_keys_) sort_items(items);
    open('{');
    bool first = true;
    for (const auto& [key, value] : items) {
      const size_t mark = out.size();
      begin_item(first);
      if (!encode_key(key)) {
        out.resize(mark);
        continue;
      }
      first = false;
      out += key_separator_;
      encode(value);
    }
    close('}');
    leave();
  }

  // sorted(items) as CPython's encoder sorts them: by key (a dict's keys differ), with list.sort's
  // comparisons and errors ('<' not supported between instances of 'str' and 'int').
  void sort_items(std::vector<std::pair<Value, Value>>& items) {
    std::vector<Value> keys;
    keys.reserve(items.size());
    for (const auto& item : items) keys.push_back(item.first);
    const std::vector<Value> sorted = sorted_by_key(thread_, keys, Value::undefined(), false);
    // The sorted keys are the same Values (a dict's keys differ): each finds its item by its
    // payload's bits and tag.
    std::unordered_multimap<int64_t, size_t> position;
    position.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) position.emplace(items[i].first.i, i);
    std::vector<std::pair<Value, Value>> reordered;
    reordered.reserve(items.size());
    for (Value key : sorted) {
      auto [first, last] = position.equal_range(key.i);
      for (auto it = first; it != last; ++it) {
        if (items[it->second].first.tag == key.tag) {
          reordered.push_back(items[it->second]);
          break;
        }
      }
    }
    items.swap(reordered);
  }

  void encode_with_default(Value v) {
    if (default_.is_none())
      raise(exc::TypeError, "Object of type " + short_type_name(v) + " is not JSON serializable");
    DepthGuard guard(depth_, kWhileEncoding);
    if (v.is_obj()) enter(v);
    Ref converted = Ref::steal(call_value(thread_, default_, &v, 1));
    encode(converted.get());
    if (v.is_obj()) leave();
  }

  ThreadState& thread_;
  const bool skipkeys_, ensure_ascii_, check_circular_, allow_nan_, sort_keys_, indented_;
  const Value default_;                                       // borrowed: the caller's argument
  std::string_view indent_, item_separator_, key_separator_;  // the argument strs' texts
  std::vector<const Object*> markers_;
  int level_ = 0;
  int depth_ = 0;
};

// _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
// item_separator, key_separator, default): the JSON text of obj.
Value json_encode(ThreadState& thread, Value, const Args& args) {
  args.expect("encode", 10, 10);
  Encoder encoder(thread, args.positional);
  encoder.encode(args.positional[0]);
  const size_t size = encoder.out.size();
  if (encoder.ascii_output()) return make_str(std::move(encoder.out), size);
  return make_str(std::move(encoder.out));
}

// _json.encode_basestring_ascii(s) and encode_basestring(s): a str as a JSON string.
template <bool kEnsureAscii>
Value json_encode_basestring(ThreadState&, Value, const Args& args) {
  args.expect(kEnsureAscii ? "encode_basestring_ascii" : "encode_basestring", 1, 1);
  const Value s = args.positional[0];
  if (!is_kind(s, Kind::Str))
    raise(exc::TypeError, "first argument must be a string, not " + short_type_name(s));
  std::string out;
  append_json_string(out, as_str(s)->text, kEnsureAscii);
  const size_t size = out.size();
  return kEnsureAscii ? make_str(std::move(out), size) : make_str(std::move(out));
}

// ---- decoding

// A malformed document: CPython's message and the byte where it was found (JSONDecodeError's
// pos once counted in code points).
struct DecodeError {
  const char* message;
  size_t at;
};

inline bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// json.loads()'s work: the hooks as lib/json.py passes them (None: the default), and the
// strs made for object keys so far (CPython's memo: a key met again is the same str).
class Decoder {
 public:
  // hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict.
  Decoder(ThreadState& thread, std::string_view text, const Value* hooks)
      : thread_(thread),
        text_(text),
        object_hook_(hooks[0]),
        pairs_hook_(hooks[1]),
        parse_float_(hooks[2]),
        parse_int_(hooks[3]),
        parse_constant_(hooks[4]),
        strict_(truthy(hooks[5])) {}
  ~Decoder() {
    for (auto& [text, key] : keys_) decref(key);
  }
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  size_t skip_space(size_t at) const {
    while (at < text_.size() && is_json_space(text_[at])) ++at;
    return at;
  }

  // The value starting at `at` (a new reference); `at` moves past it.
  Value scan(size_t& at) {
    if (at >= text_.size()) throw DecodeError{"Expecting value", at};
    switch (text_[at]) {
      case '"': ++at; return scan_string(at, false);
      case '{': ++at; return scan_object(at);
      case '[': ++at; return scan_array(at);
      case 'n':
        if (text_.compare(at, 4, "null") == 0) {
          at += 4;
          return Value::none();
        }
        break;
      case 't':
        if (text_.compare(at, 4, "true") == 0) {
          at += 4;
          return Value::boolean(true);
        }
        break;
      case 'f':
        if (text_.compare(at, 5, "false") == 0) {
          at += 5;
          return Value::boolean(false);
        }
        break;
      case 'N':
        if (text_.compare(at, 3, "NaN") == 0) return constant(at, "NaN", std::nan(""));
        break;
      case 'I':
        if (text_.compare(at, 8, "Infinity") == 0) return constant(at, "Infinity", HUGE_VAL);
        break;
      case '-':
        if (text_.compare(at, 9, "-Infinity") == 0) return constant(at, "-Infinity", -HUGE_VAL);
        break;
      default: break;
    }
    return scan_number(at);
  }

 private:
  static constexpr const char* kInObject = " while decoding a JSON object from a unicode string";
  static constexpr const char* kInArray = " while decoding a JSON array from a unicode string";

  Value constant(size_t& at, std::string_view name, double value) {
    at += name.size();
    if (parse_constant_.is_none()) return Value::floating(value);
    Ref text = Ref::steal(make_str(std::string(name), name.size()));
    return call_value(thread_, parse_constant_, &text.get(), 1);
  }

  // CPython's _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, an int
  // without a fraction or exponent.
  Value scan_number(size_t& at) {
    const size_t start = at, size = text_.size();
    const auto digit = [&](size_t i) { return i < size && text_[i] >= '0' && text_[i] <= '9'; };
    size_t i = start;
    if (text_[i] == '-') ++i;
    if (digit(i) && text_[i] != '0') {
      while (digit(i)) ++i;
    } else if (i < size && text_[i] == '0') {
      ++i;
    } else {
      throw DecodeError{"Expecting value", start};
    }
    const size_t integer_end = i;
    bool is_float = false;
    if (i + 1 < size && text_[i] == '.' && digit(i + 1)) {
      is_float = true;
      i += 2;
      while (digit(i)) ++i;
    }
    if (i + 1 < size && (text_[i] == 'e' || text_[i] == 'E')) {
      size_t e = i + 1;
      if (e < size && (text_[e] == '-' || text_[e] == '+')) ++e;
      if (digit(e)) {
        while (digit(e)) ++e;
        is_float = true;
        i = e;
      }
    }
    at = i;
    const std::string_view number = text_.substr(start, i - start);
    const Value hook = is_float ? parse_float_ : parse_int_;
    if (!hook.is_none()) {
      Ref text = Ref::steal(make_str(std::string(number), number.size()));
      return call_value(thread_, hook, &text.get(), 1);
    }
    if (is_float) return Value::floating(parse_double(number));
    const bool negative = number[0] == '-';
    const std::string_view digits = text_.substr(start + negative, integer_end - start - negative);
    if (digits.size() <= 18) {
      int64_t magnitude = 0;
      for (char c : digits) magnitude = magnitude * 10 + (c - '0');
      return Value::integer(negative ? -magnitude : magnitude);
    }
    check_int_str_digits(digits.size());
    BigInt big;
    BigInt::parse(digits, 10, big);
    return make_int(negative ? -big : big);
  }

  static double parse_double(std::string_view number) {
    double d = 0;
    const auto result = std::from_chars(number.data(), number.data() + number.size(), d);
    if (result.ec == std::errc::result_out_of_range) {  // inf or 0, with its sign, as strtod
      const std::string copy(number);
      d = std::strtod(copy.c_str(), nullptr);
    }
    return d;
  }

  // The str whose text starts at `at` (past its opening quote); `at` moves past the closing
  // quote. A key's str is the memo's when the same text came before.
  Value scan_string(size_t& at, bool key) {
    const size_t begin = at, size = text_.size();
    const char* const data = text_.data();
    unsigned char high = 0;  // the bits of every byte: ASCII when below 0x80
    size_t i = begin;
    for (; i < size; ++i) {
      const auto c = static_cast<unsigned char>(data[i]);
      if (c == '"' || c == '\\') break;
      if (c < 0x20 && strict_) throw DecodeError{"Invalid control character at", i};
      high |= c;
    }
    if (i >= size) throw DecodeError{"Unterminated string starting at", begin - 1};
    if (data[i] == '"') {
      at = i + 1;
      const std::string_view text = text_.substr(begin, i - begin);
      return key ? memo_key(text, high < 0x80) : make_text_str(text, high < 0x80);
    }
    std::string out(text_.substr(begin, i - begin));
    bool ascii = high < 0x80;
    while (true) {
      // At a backslash.
      ++i;
      if (i >= size) throw DecodeError{"Unterminated string starting at", begin - 1};
      const char c = data[i];
      if (c != 'u') {
        switch (c) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          default: throw DecodeError{"Invalid \\escape", i - 1};
        }
        ++i;
      } else {
        uint32_t cp = read_hex4(i);
        i += 5;
        // A high surrogate followed by a low one's escape joins it; by anything else, stays alone.
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < size && data[i] == '\\' && data[i + 1] == 'u') {
          const uint32_t low = read_hex4(i + 1);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
            i += 6;
          }
        }
        if (cp >= 0x80) ascii = false;
        unicode::append(out, cp);
      }
      // The plain run up to the next quote or backslash.
      size_t run = i;
      for (; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b == '"' || b == '\\') break;
        if (b < 0x20 && strict_) throw DecodeError{"Invalid control character at", i};
        if (b >= 0x80) ascii = false;
      }
      if (i >= size) throw DecodeError{"Unterminated string starting at", begin - 1};
      out.append(data + run, i - run);
      if (data[i] == '"') break;
    }
    at = i + 1;
    if (ascii) {
      const size_t length = out.size();
      return length == 1 ? ascii_char(static_cast<unsigned char>(out[0]))
                         : make_str(std::move(out), length);
    }
    return make_str(std::move(out));
  }

  // The four hex digits after the 'u' at `u`, as CPython reads them: fewer than four before the
  // document's last character, or a non-digit, is "Invalid \uXXXX escape" at the 'u'.
  uint32_t read_hex4(size_t u) const {
    if (u + 5 >= text_.size()) throw DecodeError{"Invalid \\uXXXX escape", u};
    uint32_t cp = 0;
    for (size_t k = u + 1; k <= u + 4; ++k) {
      const int d = hex_digit(text_[k]);
      if (d < 0) throw DecodeError{"Invalid \\uXXXX escape", u};
      cp = (cp << 4) | static_cast<uint32_t>(d);
    }
    return cp;
  }

  // A key's str (new reference): one per distinct text in the document.
  Value memo_key(std::string_view text, bool ascii) {
    auto [it, added] = keys_.try_emplace(text, Value());
    if (added) it->second = make_text_str(text, ascii);
    incref(it->second);
    return it->second;
  }

  Value scan_array(size_t& at) {
    DepthGuard guard(depth_, kInArray);
    List* list = new_list(0);
    Ref owned = Ref::steal(Value::object(list));
    at = skip_space(at);
    if (at < text_.size() && text_[at] == ']') {
      ++at;
      return owned.release();
    }
    while (true) {
      list->items.push_back(scan(at));  // the list is new: no other thread sees it
      at = skip_space(at);
      if (at < text_.size() && text_[at] == ']') break;
      if (at >= text_.size() || text_[at] != ',') throw DecodeError{"Expecting ',' delimiter", at};
      at = skip_space(at + 1);
    }
    ++at;
    return owned.release();
  }

  Value scan_object(size_t& at) {
    DepthGuard guard(depth_, kInObject);
    const bool pairs = !pairs_hook_.is_none();
    Ref object = Ref::steal(pairs ? Value::object(new_list(0)) : Value::object(new Dict()));
    at = skip_space(at);
    if (at >= text_.size() || text_[at] != '}') {
      while (true) {
        if (at >= text_.size() || text_[at] != '"')
          throw DecodeError{"Expecting property name enclosed in double quotes", at};
        ++at;
        Ref key = Ref::steal(scan_string(at, true));
        at = skip_space(at);
        if (at >= text_.size() || text_[at] != ':')
          throw DecodeError{"Expecting ':' delimiter", at};
        at = skip_space(at + 1);
        Ref value = Ref::steal(scan(at));
        if (pairs) {
          as_list(object.get())->items.push_back(make_tuple({key.release(), value.release()}));
        } else {
          static_cast<Dict*>(object.get().obj)->set(key.get(), value.get());
        }
        at = skip_space(at);
        if (at < text_.size() && text_[at] == '}') break;
        if (at >= text_.size() || text_[at] != ',')
          throw DecodeError{"Expecting ',' delimiter", at};
        at = skip_space(at + 1);
      }
    }
    ++at;
    if (pairs) return call_value(thread_, pairs_hook_, &object.get(), 1);
    if (!object_hook_.is_none()) return call_value(thread_, object_hook_, &object.get(), 1);
    return object.release();
  }

  ThreadState& thread_;
  const std::string_view text_;
  const Value object_hook_, pairs_hook_, parse_float_, parse_int_, parse_constant_;  // borrowed
  const bool strict_;
  int depth_ = 0;
  std::unordered_map<std::string_view, Value> keys_;  // owned strs, by their text in the document
};

// _json.decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict,
// error_class): the value of the JSON document s (a str), whitespace around it allowed; a
// malformed one raises error_class(msg, s, pos), json.JSONDecodeError.
Value json_decode(ThreadState& thread, Value, const Args& args) {
  args.expect("decode", 8, 8);
  const Value document = args.positional[0];
  if (!is_kind(document, Kind::Str))
    raise(exc::TypeError, "the JSON object must be str, not " + short_type_name(document));
  const std::string_view text = as_str(document)->text;
  Decoder decoder(thread, text, args.positional + 1);
  DecodeError error{nullptr, 0};
  try {
    size_t at = decoder.skip_space(0);
    Ref result = Ref::steal(decoder.scan(at));
    at = decoder.skip_space(at);
    if (at == text.size()) return result.release();
    error = {"Extra data", at};
  } catch (const DecodeError& e) {
    error = e;
  }
  const size_t pos =
      as_str(document)->is_ascii() ? error.at : unicode::length(text.substr(0, error.at));
  const Value error_args[3] = {make_str(error.message), document,
                               Value::integer(static_cast<int64_t>(pos))};
  Ref message = Ref::steal(error_args[0]);
  return raise_pending(thread, call_value(thread, args.positional[7], error_args, 3));
}

}  // namespace

Value make_json_native_module(VM&) {
  auto* module = new Module("_json");
  module->add_function("encode", json_encode);
  module->add_function("decode", json_decode);
  module->add_function("encode_basestring_ascii", json_encode_basestring<true>);
  module->add_function("encode_basestring", json_encode_basestring<false>);
  return Value::object(module);
}

}  // namespace gilvm
