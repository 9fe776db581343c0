// Attribute access and the methods of the builtin types (str, bytes, list, dict, exceptions).
// A method looked up on a value comes back as a Native bound to that value.
#include <algorithm>
#include <unordered_map>

#include "runtime/attributes.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/method_table.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/set.h"
#include "runtime/unicode.h"
#include "runtime/unicode_case.h"

namespace gilvm {

namespace {

const std::string& text_of(Value v) {
  return is_kind(v, Kind::Bytes) ? as_bytes(v)->data : as_str(v)->text;
}
bool is_bytes(Value v) { return is_kind(v, Kind::Bytes); }
Value same_kind_text(Value like, std::string text) {
  return is_bytes(like) ? make_bytes(std::move(text)) : make_str(std::move(text));
}

// The argument of a str/bytes method that must have the receiver's own type.
const std::string& text_argument(Value self, Value arg, std::string_view method) {
  if (is_bytes(self) ? !is_kind(arg, Kind::Bytes) : !is_kind(arg, Kind::Str)) {
    raise(exc::TypeError, std::string(method) + "() argument must be " +
                              (is_bytes(self) ? "bytes" : "str") + ", not " + type_name(arg));
  }
  return text_of(arg);
}

constexpr std::string_view kWhitespace = " \t\n\r\v\f";

Value strip_text(Value self, const Args& args, bool left, bool right, std::string_view name) {
  args.expect(name, 0, 1);
  const std::string& text = text_of(self);
  std::string chars(kWhitespace);
  if (args.count == 1 && !args.positional[0].is_none())
    chars = text_argument(self, args.positional[0], name);
  size_t begin = left ? text.find_first_not_of(chars) : 0;
  if (begin == std::string::npos) return same_kind_text(self, "");
  size_t end = right ? text.find_last_not_of(chars) + 1 : text.size();
  return same_kind_text(self, text.substr(begin, end - begin));
}

Value text_strip(ThreadState&, Value self, const Args& args) {
  return strip_text(self, args, true, true, "strip");
}
Value text_lstrip(ThreadState&, Value self, const Args& args) {
  return strip_text(self, args, true, false, "lstrip");
}
Value text_rstrip(ThreadState&, Value self, const Args& args) {
  return strip_text(self, args, false, true, "rstrip");
}

// split() and rsplit(): by runs of whitespace, or by a separator; at most maxsplit splits
// (-1: no limit), taken from the left or (rsplit) from the right.
Value split_text(Value self, const Args& args, bool from_right, std::string_view name) {
  std::vector<Value> bound = args.bind(name, {"sep", "maxsplit"});
  const std::string& text = text_of(self);
  int64_t maxsplit = -1;
  if (!bound[1].is_undefined()) {
    if (!bound[1].is_int())
      raise(exc::TypeError,
            "'" + type_name(bound[1]) + "' object cannot be interpreted as an integer");
    maxsplit = bound[1].i;
  }
  std::vector<std::string> parts;
  if (bound[0].is_undefined() || bound[0].is_none()) {
    // Whitespace runs: work on the text reversed for rsplit, so one loop serves both.
    std::string work = from_right ? std::string(text.rbegin(), text.rend()) : text;
    size_t i = 0;
    while (true) {
      i = work.find_first_not_of(kWhitespace, i);
      if (i == std::string::npos) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
        parts.push_back(work.substr(i));  // the rest, whitespace at its far end included
        break;
      }
      size_t end = std::min(work.find_first_of(kWhitespace, i), work.size());
      parts.push_back(work.substr(i, end - i));
      i = end;
    }
    if (from_right) {
      for (std::string& part : parts) std::reverse(part.begin(), part.end());
    }
  } else {
    const std::string& separator = text_argument(self, bound[0], name);
    if (separator.empty()) raise(exc::ValueError, "empty separator");
    if (!from_right) {
      size_t start = 0;
      for (size_t found; (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) &&
                         (found = text.find(separator, start)) != std::string::npos;
           start = found + separator.size()) {
        parts.push_back(text.substr(start, found - start));
      }
      parts.push_back(text.substr(start));
    } else {
      size_t end = text.size();
      while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
        if (end < separator.size()) break;
        size_t found = text.rfind(separator, end - separator.size());
        if (found == std::string::npos) break;
        parts.push_back(text.substr(found + separator.size(), end - found - separator.size()));
        end = found;
      }
      parts.push_back(text.substr(0, end));
    }
    if (from_right) std::reverse(parts.begin(), parts.end());
  }
  if (from_right && (bound[0].is_undefined() || bound[0].is_none()))
    std::reverse(parts.begin(), parts.end());
  std::vector<Value> values;
  for (std::string& part : parts) values.push_back(same_kind_text(self, std::move(part)));
  return make_list(std::move(values));
}

Value text_split(ThreadState&, Value self, const Args& args) {
  return split_text(self, args, false, "split");
}
Value text_rsplit(ThreadState&, Value self, const Args& args) {
  return split_text(self, args, true, "rsplit");
}

Value text_join(ThreadState&, Value self, const Args& args) {
  args.expect("join", 1, 1);
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  std::string out;
  bool first = true;
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    if (!first) out += text_of(self);
    first = false;
    out += text_argument(self, item, "join");
  }
  return same_kind_text(self, std::move(out));
}

// startswith()/endswith(): a prefix or a tuple of them.
Value text_affix(Value self, const Args& args, bool prefix, std::string_view name) {
  args.expect(name, 1, 1);
  const std::string& text = text_of(self);
  Value arg = args.positional[0];
  std::vector<Value> candidates =
      is_kind(arg, Kind::Tuple) ? as_tuple(arg)->items : std::vector<Value>{arg};
  for (Value candidate : candidates) {
    if (is_bytes(self) ? !is_kind(candidate, Kind::Bytes) : !is_kind(candidate, Kind::Str)) {
      raise(exc::TypeError, std::string(name) + " first arg must be " +
                                (is_bytes(self) ? "bytes" : "str") + " or a tuple of " +
                                (is_bytes(self) ? "bytes" : "str") + ", not " +
                                type_name(candidate));
    }
    const std::string& affix = text_of(candidate);
    if (affix.size() <= text.size() &&
        text.compare(prefix ? 0 : text.size() - affix.size(), affix.size(), affix) == 0) {
      return Value::boolean(true);
    }
  }
  return Value::boolean(false);
}

Value text_startswith(ThreadState&, Value self, const Args& args) {
  return text_affix(self, args, true, "startswith");
}
Value text_endswith(ThreadState&, Value self, const Args& args) {
  return text_affix(self, args, false, "endswith");
}

// A byte offset in the receiver as Python counts: code points for str, bytes for bytes.
int64_t position_of(Value self, size_t byte_offset) {
  const std::string& text = text_of(self);
  if (is_bytes(self)) return static_cast<int64_t>(byte_offset);
  return static_cast<int64_t>(unicode::length(std::string_view(text).substr(0, byte_offset)));
}

// find/rfind/index/rindex: the position of the first (last) occurrence.
Value search_text(Value self, const Args& args, bool from_right, bool raise_if_absent,
                  std::string_view name) {
  args.expect(name, 1, 1);
  const std::string& text = text_of(self);
  const std::string& needle = text_argument(self, args.positional[0], name);
  size_t found = from_right ? text.rfind(needle) : text.find(needle);
  if (found == std::string::npos) {
    if (raise_if_absent) raise(exc::ValueError, "substring not found");
    return Value::integer(-1);
  }
  return Value::integer(position_of(self, found));
}

Value text_find(ThreadState&, Value self, const Args& args) {
  return search_text(self, args, false, false, "find");
}
Value text_rfind(ThreadState&, Value self, const Args& args) {
  return search_text(self, args, true, false, "rfind");
}
Value text_index(ThreadState&, Value self, const Args& args) {
  return search_text(self, args, false, true, "index");
}
Value text_rindex(ThreadState&, Value self, const Args& args) {
  return search_text(self, args, true, true, "rindex");
}

Value text_count(ThreadState&, Value self, const Args& args) {
  args.expect("count", 1, 1);
  const std::string& text = text_of(self);
  const std::string& needle = text_argument(self, args.positional[0], "count");
  if (needle.empty()) return Value::integer(position_of(self, text.size()) + 1);
  int64_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return Value::integer(n);
}

// partition()/rpartition(): (before, separator, after) around the first (last) separator.
Value partition_text(Value self, const Args& args, bool from_right, std::string_view name) {
  args.expect(name, 1, 1);
  const std::string& text = text_of(self);
  const std::string& separator = text_argument(self, args.positional[0], name);
  if (separator.empty()) raise(exc::ValueError, "empty separator");
  size_t found = from_right ? text.rfind(separator) : text.find(separator);
  if (found == std::string::npos) {
    return from_right ? make_tuple({same_kind_text(self, ""), same_kind_text(self, ""),
                                    same_kind_text(self, text)})
                      : make_tuple({same_kind_text(self, text), same_kind_text(self, ""),
                                    same_kind_text(self, "")});
  }
  return make_tuple({same_kind_text(self, text.substr(0, found)), same_kind_text(self, separator),
                     same_kind_text(self, text.substr(found + separator.size()))});
}

Value text_partition(ThreadState&, Value self, const Args& args) {
  return partition_text(self, args, false, "partition");
}
Value text_rpartition(ThreadState&, Value self, const Args& args) {
  return partition_text(self, args, true, "rpartition");
}

// center/ljust/rjust: pad to a width (in code points for str) with a fill character.
Value justify_text(Value self, const Args& args, char align, std::string_view name) {
  args.expect(name, 1, 2);
  if (!args.positional[0].is_int())
    raise(exc::TypeError,
          "'" + type_name(args.positional[0]) + "' object cannot be interpreted as an integer");
  int64_t width = args.positional[0].i;
  std::string fill = " ";
  if (args.count == 2) {
    Value f = args.positional[1];
    bool one_char = is_bytes(self) ? is_kind(f, Kind::Bytes) && as_bytes(f)->data.size() == 1
                                   : is_kind(f, Kind::Str) && unicode::length(as_str(f)->text) == 1;
    if (!one_char) {
      raise(exc::TypeError, std::string("The fill character must be exactly one character long"));
    }
    fill = text_of(f);
  }
  const std::string& text = text_of(self);
  int64_t length = position_of(self, text.size());
  if (width <= length) return same_kind_text(self, text);
  auto total = static_cast<size_t>(width - length);
  // CPython's center puts the extra fill on the left when the text's length is odd... and the
  // padding odd: left = total / 2 + (total & width & 1).
  size_t left = align == '<'   ? 0
                : align == '>' ? total
                               : total / 2 + (total & static_cast<size_t>(width) & 1);
  std::string out;
  for (size_t i = 0; i < left; ++i) out += fill;
  out += text;
  for (size_t i = left; i < total; ++i) out += fill;
  return same_kind_text(self, std::move(out));
}

Value text_center(ThreadState&, Value self, const Args& args) {
  return justify_text(self, args, '^', "center");
}
Value text_ljust(ThreadState&, Value self, const Args& args) {
  return justify_text(self, args, '<', "ljust");
}
Value text_rjust(ThreadState&, Value self, const Args& args) {
  return justify_text(self, args, '>', "rjust");
}

Value text_zfill(ThreadState&, Value self, const Args& args) {
  args.expect("zfill", 1, 1);
  if (!args.positional[0].is_int())
    raise(exc::TypeError,
          "'" + type_name(args.positional[0]) + "' object cannot be interpreted as an integer");
  std::string text = text_of(self);
  int64_t length = position_of(self, text.size());
  if (args.positional[0].i <= length) return same_kind_text(self, text);
  size_t sign = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  text.insert(sign, static_cast<size_t>(args.positional[0].i - length), '0');
  return same_kind_text(self, std::move(text));
}

// Whether a str method needs the Unicode tables: bytes and ASCII text take the ASCII paths.
bool unicode_text(Value self) { return !is_bytes(self) && !as_str(self)->is_ascii(); }

// title(), capitalize() and swapcase(): ASCII here, other str in unicode_case.cpp.
Value text_title(ThreadState&, Value self, const Args& args) {
  args.expect("title", 0, 0);
  if (unicode_text(self)) return make_str(unicode::title_case(as_str(self)->text));
  std::string text = text_of(self);
  bool previous_cased = false;
  for (char& c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(previous_cased ? std::tolower(u) : std::toupper(u));
      previous_cased = true;
    } else {
      previous_cased = false;
    }
  }
  return same_kind_text(self, std::move(text));
}

Value text_capitalize(ThreadState&, Value self, const Args& args) {
  args.expect("capitalize", 0, 0);
  if (unicode_text(self)) return make_str(unicode::capitalize(as_str(self)->text));
  std::string text = text_of(self);
  for (size_t i = 0; i < text.size(); ++i) {
    auto u = static_cast<unsigned char>(text[i]);
    text[i] = static_cast<char>(i == 0 ? std::toupper(u) : std::tolower(u));
  }
  return same_kind_text(self, std::move(text));
}

Value text_swapcase(ThreadState&, Value self, const Args& args) {
  args.expect("swapcase", 0, 0);
  if (unicode_text(self)) return make_str(unicode::swap_case(as_str(self)->text));
  std::string text = text_of(self);
  for (char& c : text) {
    auto u = static_cast<unsigned char>(c);
    c = static_cast<char>(std::isupper(u) ? std::tolower(u) : std::toupper(u));
  }
  return same_kind_text(self, std::move(text));
}

// is...() predicates: true when the text is non-empty and every character passes. Non-ASCII
// code points count as alphabetic (letters of other scripts), never as digits or space.
Value text_predicate(Value self, const Args& args, std::string_view name, int (*test)(int),
                     bool non_ascii) {
  args.expect(name, 0, 0);
  const std::string& text = text_of(self);
  if (text.empty()) return Value::boolean(false);
  for (unsigned char c : text) {
    if (c >= 0x80 ? !(non_ascii && !is_bytes(self)) : !test(c)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value text_isdigit(ThreadState&, Value self, const Args& args) {
  return text_predicate(self, args, "isdigit", ::isdigit, false);
}
Value text_isdecimal(ThreadState&, Value self, const Args& args) {
  return text_predicate(self, args, "isdecimal", ::isdigit, false);
}
Value text_isnumeric(ThreadState&, Value self, const Args& args) {
  return text_predicate(self, args, "isnumeric", ::isdigit, false);
}
Value text_isalpha(ThreadState&, Value self, const Args& args) {
  return text_predicate(self, args, "isalpha", ::isalpha, true);
}
Value text_isalnum(ThreadState&, Value self, const Args& args) {
  return text_predicate(self, args, "isalnum", ::isalnum, true);
}
Value text_isspace(ThreadState&, Value self, const Args& args) {
  return text_predicate(self, args, "isspace", ::isspace, false);
}

// isupper()/islower(): at least one cased character and none of the other case (nor titlecase).
Value text_case_test(Value self, const Args& args, std::string_view name, bool upper) {
  args.expect(name, 0, 0);
  if (unicode_text(self)) {
    const std::string& text = as_str(self)->text;
    bool cased = false;
    for (size_t at = 0; at < text.size();) {
      uint32_t c = unicode::decode(text, at);
      if ((upper ? unicode::is_lower(c) : unicode::is_upper(c)) || unicode::is_title(c))
        return Value::boolean(false);
      cased = cased || (upper ? unicode::is_upper(c) : unicode::is_lower(c));
    }
    return Value::boolean(cased);
  }
  bool cased = false;
  for (unsigned char c : text_of(self)) {
    if (upper ? std::islower(c) : std::isupper(c)) return Value::boolean(false);
    cased = cased || std::isalpha(c);
  }
  return Value::boolean(cased);
}

Value text_isupper(ThreadState&, Value self, const Args& args) {
  return text_case_test(self, args, "isupper", true);
}
Value text_islower(ThreadState&, Value self, const Args& args) {
  return text_case_test(self, args, "islower", false);
}

// istitle(): uppercase (or titlecase) letters only after uncased ones, lowercase only after cased.
Value text_istitle(ThreadState&, Value self, const Args& args) {
  args.expect("istitle", 0, 0);
  const std::string& text = text_of(self);
  bool cased = false, previous_cased = false;
  for (size_t at = 0; at < text.size();) {
    uint32_t c =
        is_bytes(self) ? static_cast<unsigned char>(text[at++]) : unicode::decode(text, at);
    bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z')
                          : !is_bytes(self) && (unicode::is_upper(c) || unicode::is_title(c));
    bool lower = c < 0x80 ? (c >= 'a' && c <= 'z') : !is_bytes(self) && unicode::is_lower(c);
    if (upper) {
      if (previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else if (lower) {
      if (!previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value text_splitlines(ThreadState&, Value self, const Args& args) {
  std::vector<Value> bound = args.bind("splitlines", {"keepends"});
  bool keepends = !bound[0].is_undefined() && truthy(bound[0]);
  const std::string& text = text_of(self);
  std::vector<Value> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    size_t end = i;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    lines.push_back(same_kind_text(self, text.substr(start, (keepends ? i + 1 : end) - start)));
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(same_kind_text(self, text.substr(start)));
  return make_list(std::move(lines));
}

Value text_removeprefix(ThreadState&, Value self, const Args& args) {
  args.expect("removeprefix", 1, 1);
  const std::string& text = text_of(self);
  const std::string& prefix = text_argument(self, args.positional[0], "removeprefix");
  return same_kind_text(
      self, text.compare(0, prefix.size(), prefix) == 0 ? text.substr(prefix.size()) : text);
}

Value text_removesuffix(ThreadState&, Value self, const Args& args) {
  args.expect("removesuffix", 1, 1);
  const std::string& text = text_of(self);
  const std::string& suffix = text_argument(self, args.positional[0], "removesuffix");
  bool has = !suffix.empty() && suffix.size() <= text.size() &&
             text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
  return same_kind_text(self, has ? text.substr(0, text.size() - suffix.size()) : text);
}

Value str_format(ThreadState& thread, Value self, const Args& args) {
  return make_str(format_string(thread, as_str(self)->text, args));
}

Value bytes_hex(ThreadState&, Value self, const Args& args) {
  args.expect("hex", 0, 0);
  std::string out;
  for (unsigned char c : as_bytes(self)->data) {
    out += "0123456789abcdef"[c >> 4];
    out += "0123456789abcdef"[c & 15];
  }
  return make_str(std::move(out));
}

Value text_replace(ThreadState&, Value self, const Args& args) {
  args.expect("replace", 2, 2);
  const std::string& old_text = text_argument(self, args.positional[0], "replace");
  const std::string& new_text = text_argument(self, args.positional[1], "replace");
  std::string text = text_of(self);
  if (old_text.empty()) return same_kind_text(self, text);
  std::string out;
  size_t start = 0;
  for (size_t found; (found = text.find(old_text, start)) != std::string::npos;
       start = found + old_text.size()) {
    out += text.substr(start, found - start) + new_text;
  }
  return same_kind_text(self, out + text.substr(start));
}

Value text_case(Value self, const Args& args, std::string_view name, bool upper) {
  args.expect(name, 0, 0);
  const std::string& text = text_of(self);
  if (is_bytes(self) || as_str(self)->is_ascii()) {
    std::string out = text;
    int (*convert)(int) = upper ? ::toupper : ::tolower;
    for (char& c : out) c = static_cast<char>(convert(static_cast<unsigned char>(c)));
    if (is_bytes(self)) return make_bytes(std::move(out));
    size_t length = out.size();
    return make_str(std::move(out), length);  // ASCII
  }
  return make_str(
      unicode::map_case(text, upper ? unicode::CaseMapping::Upper : unicode::CaseMapping::Lower));
}
Value text_upper(ThreadState&, Value self, const Args& args) {
  return text_case(self, args, "upper", true);
}
Value text_lower(ThreadState&, Value self, const Args& args) {
  return text_case(self, args, "lower", false);
}
Value str_casefold(ThreadState&, Value self, const Args& args) {
  args.expect("casefold", 0, 0);
  if (as_str(self)->is_ascii()) return text_case(self, args, "casefold", false);
  return make_str(unicode::map_case(as_str(self)->text, unicode::CaseMapping::Fold));
}

// The encodings a tutorial uses: UTF-8 (str's own representation), ASCII and Latin-1.
std::string encoding_name(Value v) {
  if (v.is_undefined()) return "utf-8";
  if (!is_kind(v, Kind::Str))
    raise(exc::TypeError, "encode() argument 'encoding' must be str, not " + type_name(v));
  std::string name;
  for (char c : as_str(v)->text)
    name += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "utf8") return "utf-8";
  if (name == "latin1" || name == "latin-1" || name == "iso-8859-1") return "latin-1";
  if (name == "us-ascii") return "ascii";
  if (name != "utf-8" && name != "ascii")
    raise(exc::LookupError, "unknown encoding: " + as_str(v)->text);
  return name;
}

Value str_encode(ThreadState&, Value self, const Args& args) {
  std::vector<Value> bound = args.bind("encode", {"encoding", "errors"});
  std::string encoding = encoding_name(bound[0]);
  const std::string& text = as_str(self)->text;
  if (encoding == "utf-8" || unicode::is_ascii(text)) return make_bytes(text);
  std::string out;
  size_t index = 0;
  for (size_t at = 0; at < text.size(); ++index) {
    uint32_t cp = unicode::decode(text, at);
    if (cp >= (encoding == "ascii" ? 0x80u : 0x100u)) {
      raise(
          exc::ValueError,
          "'" + encoding + "' codec can't encode character '\\u" +
              [cp] {
                char buffer[16];
                std::snprintf(buffer, sizeof buffer, cp < 0x10000 ? "%04x" : "%08x", cp);
                return std::string(buffer);
              }() +
              "' in position " + std::to_string(index) + ": ordinal not in range(" +
              (encoding == "ascii" ? "128" : "256") + ")");
    }
    out += static_cast<char>(cp);
  }
  return make_bytes(std::move(out));
}

Value bytes_decode(ThreadState&, Value self, const Args& args) {
  std::vector<Value> bound = args.bind("decode", {"encoding", "errors"});
  std::string encoding = encoding_name(bound[0]);
  const std::string& data = as_bytes(self)->data;
  if (encoding == "latin-1") {
    std::string out;
    for (unsigned char c : data) unicode::append(out, c);
    return make_str(std::move(out));
  }
  // Validate: ASCII only, or well-formed UTF-8.
  for (size_t i = 0; i < data.size();) {
    auto c = static_cast<unsigned char>(data[i]);
    size_t extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 99;
    bool ok = encoding == "utf-8" ? extra != 99 && i + extra < data.size() + (extra == 0 ? 1 : 0)
                                  : extra == 0;
    for (size_t k = 1; ok && k <= extra; ++k)
      ok = i + k < data.size() && unicode::is_continuation(static_cast<unsigned char>(data[i + k]));
    if (!ok) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "0x%02x", c);
      raise(exc::ValueError,
            "'" + encoding + "' codec can't decode byte " + buffer + " in position " +
                std::to_string(i) +
                (encoding == "ascii" ? ": ordinal not in range(128)" : ": invalid start byte"));
    }
    i += extra + 1;
  }
  return make_str(data);
}

const MethodTable& str_methods() {
  static const MethodTable table = {
      {"strip", text_strip},
      {"lstrip", text_lstrip},
      {"rstrip", text_rstrip},
      {"split", text_split},
      {"join", text_join},
      {"startswith", text_startswith},
      {"endswith", text_endswith},
      {"find", text_find},
      {"replace", text_replace},
      {"upper", text_upper},
      {"lower", text_lower},
      {"encode", str_encode},
      {"isdigit", text_isdigit},
      {"rsplit", text_rsplit},
      {"rfind", text_rfind},
      {"index", text_index},
      {"rindex", text_rindex},
      {"count", text_count},
      {"partition", text_partition},
      {"rpartition", text_rpartition},
      {"center", text_center},
      {"ljust", text_ljust},
      {"rjust", text_rjust},
      {"zfill", text_zfill},
      {"title", text_title},
      {"capitalize", text_capitalize},
      {"swapcase", text_swapcase},
      {"isdecimal", text_isdecimal},
      {"isnumeric", text_isnumeric},
      {"isalpha", text_isalpha},
      {"isalnum", text_isalnum},
      {"isspace", text_isspace},
      {"isupper", text_isupper},
      {"islower", text_islower},
      {"istitle", text_istitle},
      {"casefold", str_casefold},
      {"splitlines", text_splitlines},
      {"removeprefix", text_removeprefix},
      {"removesuffix", text_removesuffix},
      {"format", str_format},
  };
  return table;
}

const MethodTable& bytes_methods() {
  static const MethodTable table = {
      {"strip", text_strip},
      {"lstrip", text_lstrip},
      {"rstrip", text_rstrip},
      {"split", text_split},
      {"join", text_join},
      {"startswith", text_startswith},
      {"endswith", text_endswith},
      {"find", text_find},
      {"replace", text_replace},
      {"upper", text_upper},
      {"lower", text_lower},
      {"decode", bytes_decode},
      {"rsplit", text_rsplit},
      {"rfind", text_rfind},
      {"index", text_index},
      {"rindex", text_rindex},
      {"count", text_count},
      {"partition", text_partition},
      {"rpartition", text_rpartition},
      {"center", text_center},
      {"ljust", text_ljust},
      {"rjust", text_rjust},
      {"zfill", text_zfill},
      {"isdigit", text_isdigit},
      {"isalpha", text_isalpha},
      {"isalnum", text_isalnum},
      {"isspace", text_isspace},
      {"splitlines", text_splitlines},
      {"removeprefix", text_removeprefix},
      {"removesuffix", text_removesuffix},
      {"hex", bytes_hex},
      {"isupper", text_isupper},
      {"islower", text_islower},
      {"istitle", text_istitle},
  };
  return table;
}

// ---- list

List& list_of(Value self) { return *as_list(self); }

// The same value (identity, not equality): what another thread cannot fake by an equal copy.
bool same_value(Value a, Value b) { return a.tag == b.tag && a.i == b.i; }

Value list_append(ThreadState&, Value self, const Args& args) {
  args.expect("append", 1, 1);
  List& list = list_of(self);
  incref(args.positional[0]);
  ContainerLock lock(list.mutex);
  list.items.push_back(args.positional[0]);
  return Value::none();
}

Value list_extend(ThreadState&, Value self, const Args& args) {
  args.expect("extend", 1, 1);
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  std::vector<Value> added;
  Value item;
  while (iterator_next(iterator.get(), item)) added.push_back(item);
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  list.items.insert(list.items.end(), added.begin(), added.end());
  return Value::none();
}

Value list_pop(ThreadState&, Value self, const Args& args) {
  args.expect("pop", 0, 1);
  if (args.count && !args.positional[0].is_int())
    raise(exc::TypeError, "list indices must be integers");
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  auto& items = list.items;
  if (items.empty()) raise(exc::IndexError, "pop from empty list");
  int64_t index = args.count ? args.positional[0].i : -1;
  if (index < 0) index += static_cast<int64_t>(items.size());
  if (index < 0 || index >= static_cast<int64_t>(items.size()))
    raise(exc::IndexError, "pop index out of range");
  Value v = items[static_cast<size_t>(index)];
  items.erase(items.begin() + index);
  return v;  // the list's reference passes to the caller
}

Value list_insert(ThreadState&, Value self, const Args& args) {
  args.expect("insert", 2, 2);
  if (!args.positional[0].is_int())
    raise(exc::TypeError,
          "'" + type_name(args.positional[0]) + "' object cannot be interpreted as an integer");
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  auto& items = list.items;
  int64_t size = static_cast<int64_t>(items.size());
  int64_t index = args.positional[0].i;
  if (index < 0) index = std::max<int64_t>(0, index + size);
  index = std::min(index, size);
  incref(args.positional[1]);
  items.insert(items.begin() + index, args.positional[1]);
  return Value::none();
}

size_t index_in(const std::vector<Value>& items, Value item) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (values_equal(items[i], item)) return i;
  }
  raise(exc::ValueError, repr(item) + " is not in list");
}

Value list_index(ThreadState&, Value self, const Args& args) {
  args.expect("index", 1, 1);
  ItemsView view(self);
  return Value::integer(static_cast<int64_t>(index_in(view.items(), args.positional[0])));
}

// Compares outside the lock (a comparison may lock other lists), then removes the item found,
// which another thread may have moved meanwhile: it is looked up again by identity.
Value list_remove(ThreadState&, Value self, const Args& args) {
  args.expect("remove", 1, 1);
  Value found;
  {
    ItemsView view(self);
    found = view.items()[index_in(view.items(), args.positional[0])];
  }
  List& list = list_of(self);
  Value removed = Value::undefined();
  {
    ContainerLock lock(list.mutex);
    auto& items = list.items;
    auto it =
        std::find_if(items.begin(), items.end(), [&](Value v) { return same_value(v, found); });
    if (it == items.end()) raise(exc::ValueError, "list.remove(x): x not in list");
    removed = *it;
    items.erase(it);
  }
  decref(removed);
  return Value::none();
}

Value list_count(ThreadState&, Value self, const Args& args) {
  args.expect("count", 1, 1);
  ItemsView view(self);
  const auto& items = view.items();
  return Value::integer(std::count_if(
      items.begin(), items.end(), [&](Value v) { return values_equal(v, args.positional[0]); }));
}

Value list_reverse(ThreadState&, Value self, const Args& args) {
  args.expect("reverse", 0, 0);
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  std::reverse(list.items.begin(), list.items.end());
  return Value::none();
}

bool same_values(const std::vector<Value>& a, const std::vector<Value>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), same_value);
}

// Sorts a copy outside the lock (comparisons may lock other lists; a TypeError leaves the list
// as it was), then puts it in place of the items, unless another thread changed the list
// meanwhile: that raises ValueError, as in CPython.
Value list_sort(ThreadState& thread, Value self, const Args& args) {
  std::vector<Value> bound = args.bind("sort", {"key", "reverse"});
  bool descending = !bound[1].is_undefined() && truthy(bound[1]);
  std::vector<Value> unsorted =
      sequence_items(self);  // owned: key functions may let other threads in
  std::vector<Value> sorted;
  try {
    sorted = sorted_by_key(thread, unsorted, bound[0], descending);
  } catch (...) {
    for (Value v : unsorted) decref(v);
    throw;
  }
  List& list = list_of(self);
  bool unchanged;
  {
    ContainerLock lock(list.mutex);
    unchanged = same_values(unsorted, list.items);
    if (unchanged)
      list.items = std::move(sorted);  // a permutation: the references stay with the list
  }
  for (Value v : unsorted) decref(v);
  if (!unchanged) raise(exc::ValueError, "list modified during sort");
  return Value::none();
}

Value list_copy(ThreadState&, Value self, const Args& args) {
  args.expect("copy", 0, 0);
  return make_list(sequence_items(self));
}

Value list_clear(ThreadState&, Value self, const Args& args) {
  args.expect("clear", 0, 0);
  std::vector<Value> removed;
  {
    List& list = list_of(self);
    ContainerLock lock(list.mutex);
    removed.swap(list.items);
  }
  for (Value v : removed) decref(v);  // outside the lock: a destructor may run
  return Value::none();
}

const MethodTable& list_methods() {
  static const MethodTable table = {
      {"append", list_append}, {"extend", list_extend},   {"pop", list_pop},
      {"insert", list_insert}, {"index", list_index},     {"remove", list_remove},
      {"count", list_count},   {"reverse", list_reverse}, {"sort", list_sort},
      {"copy", list_copy},     {"clear", list_clear},
  };
  return table;
}

// ---- dict

Dict& dict_of(Value self) { return *static_cast<Dict*>(self.obj); }

Value dict_get(ThreadState&, Value self, const Args& args) {
  args.expect("get", 1, 2);
  Value found = dict_of(self).get(args.positional[0]);
  if (!found.is_undefined()) return found;
  Value fallback = args.count == 2 ? args.positional[1] : Value::none();
  incref(fallback);
  return fallback;
}

Value dict_view(Value self, int which) {
  std::vector<Value> out;
  for (auto [key, value] : dict_of(self).snapshot()) {  // owned references
    if (which == 0) {
      out.push_back(key);
      decref(value);
    } else if (which == 1) {
      out.push_back(value);
      decref(key);
    } else {
      out.push_back(make_tuple({key, value}));
    }
  }
  return make_list(std::move(out));
}

Value dict_keys(ThreadState&, Value self, const Args& args) {
  args.expect("keys", 0, 0);
  return dict_view(self, 0);
}
Value dict_values(ThreadState&, Value self, const Args& args) {
  args.expect("values", 0, 0);
  return dict_view(self, 1);
}
Value dict_items(ThreadState&, Value self, const Args& args) {
  args.expect("items", 0, 0);
  return dict_view(self, 2);
}

Value dict_setdefault(ThreadState&, Value self, const Args& args) {
  args.expect("setdefault", 1, 2);
  Value fallback = args.count == 2 ? args.positional[1] : Value::none();
  return dict_of(self).set_default(args.positional[0], fallback);
}

Value dict_pop(ThreadState&, Value self, const Args& args) {
  args.expect("pop", 1, 2);
  Value removed = dict_of(self).pop(args.positional[0]);
  if (!removed.is_undefined()) return removed;
  if (args.count == 2) {
    incref(args.positional[1]);
    return args.positional[1];
  }
  raise_key_error(args.positional[0]);
}

Value dict_popitem(ThreadState&, Value self, const Args& args) {
  args.expect("popitem", 0, 0);
  // The last entry, as Python's LIFO popitem; retried if another thread removed it meanwhile.
  for (;;) {
    Value key = Value::undefined();
    {
      Dict& dict = dict_of(self);
      ContainerLock lock(dict.mutex);
      if (dict.entries.empty())
        raise_key_error(Ref::steal(make_str("popitem(): dictionary is empty")).get());
      key = dict.entries.back().first;
      incref(key);
    }
    Ref owned_key = Ref::steal(key);
    Value value = dict_of(self).pop(key);
    if (!value.is_undefined()) return make_tuple({owned_key.release(), value});
  }
}

Value dict_update(ThreadState&, Value self, const Args& args) {
  if (args.count > 1)
    raise(exc::TypeError, "update expected at most 1 argument, got " + std::to_string(args.count));
  if (args.count == 1) update_dict(dict_of(self), args.positional[0]);
  for (size_t k = 0; k < args.keyword_count(); ++k)
    dict_of(self).set(args.keyword_names->items[k], args.keyword_values[k]);
  return Value::none();
}

Value dict_copy(ThreadState&, Value self, const Args& args) {
  args.expect("copy", 0, 0);
  Ref copy = Ref::steal(Value::object(new Dict()));
  update_dict(*static_cast<Dict*>(copy.get().obj), self);
  return copy.release();
}

Value dict_clear(ThreadState&, Value self, const Args& args) {
  args.expect("clear", 0, 0);
  std::vector<std::pair<Value, Value>> removed;
  {
    Dict& dict = dict_of(self);
    ContainerLock lock(dict.mutex);
    removed.swap(dict.entries);
    dict.index.clear();
  }
  for (auto& [key, value] : removed) {  // released outside the lock: a destructor may run
    decref(key);
    decref(value);
  }
  return Value::none();
}

const MethodTable& dict_methods() {
  static const MethodTable table = {
      {"get", dict_get},
      {"keys", dict_keys},
      {"values", dict_values},
      {"items", dict_items},
      {"setdefault", dict_setdefault},
      {"pop", dict_pop},
      {"popitem", dict_popitem},
      {"update", dict_update},
      {"copy", dict_copy},
      {"clear", dict_clear},
  };
  return table;
}

// ---- range

Value range_index(ThreadState&, Value self, const Args& args) {
  args.expect("index", 1, 1);
  auto& r = *static_cast<Range*>(self.obj);
  int64_t position = range_position(r, args.positional[0]);
  if (position < 0 && !args.positional[0].is_int() &&
      !args.positional[0].is_bool()) {  // other values: one by one
    Ref iterator = Ref::steal(get_iterator(self));
    Value item;
    for (int64_t i = 0; iterator_next(iterator.get(), item); ++i) {
      if (values_equal(Ref::steal(item).get(), args.positional[0])) return Value::integer(i);
    }
  }
  if (position < 0) raise(exc::ValueError, repr(args.positional[0]) + " is not in range");
  return Value::integer(position);
}

Value range_count(ThreadState&, Value self, const Args& args) {
  args.expect("count", 1, 1);
  return Value::integer(contains(self, args.positional[0]) ? 1 : 0);
}

const MethodTable& range_methods() {
  static const MethodTable table = {{"index", range_index}, {"count", range_count}};
  return table;
}

const MethodTable* methods_of(Value v) {
  if (!v.is_obj()) return nullptr;
  switch (v.obj->kind) {
    case Kind::Str: return &str_methods();
    case Kind::Bytes: return &bytes_methods();
    case Kind::List: return &list_methods();
    case Kind::Dict: return &dict_methods();
    case Kind::Set: return &set_methods(as_set(v)->frozen);
    case Kind::Range: return &range_methods();
    default: return nullptr;
  }
}

Value bind_method(std::string_view name, NativeFn fn, Value self) {
  return Value::object(new Native(std::string(name), fn, self));
}

Value exception_attribute(const ExceptionObject& e, std::string_view name) {
  if (name == "args") {
    incref(e.args);
    return e.args;
  }
  if (name == "errno" && e.cls->is_subclass_of(exc::OSError)) {
    const auto& items = as_tuple(e.args)->items;
    if (items.size() >= 2) {
      incref(items[0]);
      return items[0];
    }
    return Value::none();
  }
  if (name == "value" &&
      e.cls->is_subclass_of(exc::StopIteration)) {  // what the generator returned
    const auto& items = as_tuple(e.args)->items;
    Value v = items.empty() ? Value::none() : items[0];
    incref(v);
    return v;
  }
  if (name == "strerror" && e.cls->is_subclass_of(exc::OSError)) {
    const auto& items = as_tuple(e.args)->items;
    if (items.size() >= 2) {
      incref(items[1]);
      return items[1];
    }
    return Value::none();
  }
  return Value::undefined();
}

[[noreturn]] void raise_no_attribute(Value object, std::string_view name) {
  if (is_kind(object, Kind::Class) || is_kind(object, Kind::ExceptionClass)) {
    const std::string& class_name = is_kind(object, Kind::Class)
                                        ? static_cast<Class*>(object.obj)->name
                                        : static_cast<ExceptionClass*>(object.obj)->name;
    raise(exc::AttributeError,
          "type object '" + class_name + "' has no attribute '" + std::string(name) + "'");
  }
  if (is_kind(object, Kind::Module)) {
    raise(exc::AttributeError, "module '" + static_cast<Module*>(object.obj)->name +
                                   "' has no attribute '" + std::string(name) + "'");
  }
  raise(exc::AttributeError,
        "'" + type_name(object) + "' object has no attribute '" + std::string(name) + "'");
}

}  // namespace

NativeFn builtin_method(Value object, const Str& name) {
  const MethodTable* methods = methods_of(object);
  return methods ? methods->find(name) : nullptr;
}

Value get_attribute(ThreadState& thread, Value object, const Str& name) {
  const std::string& key = name.text;
  if (const MethodTable* methods = methods_of(object)) {
    if (NativeFn fn = methods->find(name)) return bind_method(key, fn, object);
    if (is_kind(object, Kind::Range)) {
      auto* r = static_cast<Range*>(object.obj);
      if (key == "start") return Value::integer(r->start);
      if (key == "stop") return Value::integer(r->stop);
      if (key == "step") return Value::integer(r->step);
    }
  } else if (is_kind(object, Kind::Module)) {
    Value v = static_cast<Module*>(object.obj)->get(key);
    if (!v.is_undefined()) return v;
  } else if (is_kind(object, Kind::Instance)) {
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->get) {
      Value v = instance->type->get(thread, *instance, key);
      if (!v.is_undefined()) return v;
    }
    // An instance made through a class finds its methods there (a subclass may override them).
    if (instance->cls.is_none()) {
      for (auto& [method_name, fn] : instance->type->methods) {
        if (method_name == key) return bind_method(instance->type->name + "." + key, fn, object);
      }
    }
  } else if (is_kind(object, Kind::Exception)) {
    Value v = exception_attribute(*static_cast<ExceptionObject*>(object.obj), key);
    if (!v.is_undefined()) return v;
  } else if (is_kind(object, Kind::Tuple) && as_tuple(object)->names) {
    const Tuple& tuple = *as_tuple(object);
    for (size_t i = 0; i < tuple.names->fields.size() && i < tuple.items.size(); ++i) {
      if (tuple.names->fields[i] == key) return (incref(tuple.items[i]), tuple.items[i]);
    }
  } else if (is_kind(object, Kind::ExceptionClass) && key == "__name__") {
    return make_str(static_cast<ExceptionClass*>(object.obj)->name);
  } else if (is_kind(object, Kind::Function) && key == "__name__") {
    return make_str(static_cast<Function*>(object.obj)->code->name);
  } else if (is_kind(object, Kind::Native) && key == "__name__") {
    return make_str(static_cast<Native*>(object.obj)->name);
  }
  Value v = class_get_attribute(thread, object, name);
  if (!v.is_undefined()) return v;
  // What normal lookup does not find goes to the class's __getattr__, if it has one.
  if (is_kind(object, Kind::ScriptInstance) || is_kind(object, Kind::Instance)) {
    Ref hook = Ref::steal(special_method(object, "__getattr__"));
    if (!hook.get().is_undefined()) {
      Value args[2] = {object, Value::object(const_cast<Str*>(&name))};
      return call_with_keywords(thread, hook.get(), args, 2, nullptr);
    }
  }
  raise_no_attribute(object, key);
}

void set_attribute(ThreadState& thread, Value object, const Str& name, Value value) {
  if (class_set_attribute(thread, object, name, value)) return;
  if (is_kind(object, Kind::Instance)) {
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->set && instance->type->set(thread, *instance, name.text, value)) return;
  }
  if (is_kind(object, Kind::Module)) {
    incref(value);
    static_cast<Module*>(object.obj)->add(name.text, value);
    return;
  }
  raise(exc::AttributeError,
        "'" + type_name(object) + "' object attribute '" + name.text + "' is read-only");
}

}  // namespace gilvm
