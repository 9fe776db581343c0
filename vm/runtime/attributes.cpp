// Attribute access and the methods of the builtin types (str, bytes, list, dict, exceptions).
// A method looked up on a value comes back as a Native bound to that value.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "modules/builtins.h"
#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/deque.h"
#include "runtime/dict_view.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/metaclass.h"
#include "runtime/method_table.h"
#include "runtime/module.h"
#include "runtime/native_iterator.h"
#include "runtime/number_methods.h"
#include "runtime/operations.h"
#include "runtime/set.h"
#include "runtime/special_methods.h"
#include "runtime/text_copy.h"
#include "runtime/unicode.h"
#include "runtime/unicode_case.h"

namespace gilvm {

namespace {

// A bytearray receiver or argument comes as a bytes copy (bytes_method()): a bytearray's own data
// is never read here.
const std::string& text_of(Value v) {
  return is_kind(v, Kind::Bytes) ? as_bytes(v)->data : as_str(v)->text;
}
bool is_bytes(Value v) { return is_kind(v, Kind::Bytes); }
Value same_kind_text(Value like, std::string text) {
  return is_bytes(like) ? make_bytes(std::move(text)) : make_str(std::move(text));
}

// The argument of a str/bytes method that must have the receiver's own type (`position`: its
// number, which some of CPython's messages give; 0 for none). The error is out of line, so that
// the check inlines into the methods without the frame the message needs. Worded as CPython's:
// the searches (find, index, count and their r-kin) parse theirs apart from the others.
[[noreturn, gnu::noinline, gnu::cold]] void raise_text_argument(Value self, Value arg,
                                                                std::string_view method,
                                                                int position) {
  const bool search = method.ends_with("find") || method.ends_with("index") || method == "count";
  if (is_bytes(self)) {
    raise(exc::TypeError, (search ? "argument should be integer or bytes-like object, not '"
                                  : "a bytes-like object is required, not '") +
                              type_name(arg) + "'");
  }
  if (search) raise(exc::TypeError, "must be str, not " + type_name(arg));
  raise(exc::TypeError, std::string(method) + "() argument " +
                            (position ? std::to_string(position) + " " : "") + "must be str, not " +
                            type_name(arg));
}
const std::string& text_argument(Value self, Value arg, std::string_view method, int position = 0) {
  if (is_bytes(self) ? !is_kind(arg, Kind::Bytes) : !is_kind(arg, Kind::Str))
    raise_text_argument(self, arg, method, position);
  return text_of(arg);
}

// The type a str or bytes method's messages name (a bytearray's methods run on a bytes copy of
// it, bytes_method(): "bytes").
std::string_view text_type(Value self) { return is_bytes(self) ? "bytes" : "str"; }

// CPython's TypeError for keywords given to a method that takes none: "str.find() takes no
// keyword arguments".
[[noreturn, gnu::noinline, gnu::cold]] void raise_no_keywords(std::string_view type,
                                                              std::string_view method) {
  raise(exc::TypeError,
        std::string(type) + "." + std::string(method) + "() takes no keyword arguments");
}

// The arguments of a method of `type` taking `min` to `max` positional ones, checked as CPython's
// METH_VARARGS methods do (find, count, startswith): "find() takes at least 1 argument (0
// given)".
[[noreturn, gnu::noinline, gnu::cold]] void raise_varargs(const Args& args, std::string_view type,
                                                          std::string_view method, size_t min,
                                                          size_t max) {
  if (args.keyword_count() != 0) raise_no_keywords(type, method);
  const bool few = args.count < min;
  const size_t bound = few ? min : max;
  raise(exc::TypeError, std::string(method) + "() takes " + (few ? "at least " : "at most ") +
                            std::to_string(bound) + (bound == 1 ? " argument (" : " arguments (") +
                            std::to_string(args.count) + " given)");
}
inline void expect_varargs(const Args& args, std::string_view type, std::string_view method,
                           size_t min, size_t max) {
  if (args.keyword_count() != 0 || args.count < min || args.count > max)
    raise_varargs(args, type, method, min, max);
}
// The same of the methods that take theirs by position only as argument clinic checks them
// (replace, strip, dict.get, list.insert): "replace expected at least 2 arguments, got 1".
inline void expect_positional(const Args& args, std::string_view type, std::string_view method,
                              size_t min, size_t max) {
  if (args.keyword_count() != 0) raise_no_keywords(type, method);
  args.expect_as_type(method, min, max);
}

// Whether the receiver is ASCII text: str whose length is its size (bytes count as not, so that
// their pieces are made as bytes).
bool ascii_str(Value self) { return !is_bytes(self) && as_str(self)->is_ascii(); }

// A piece of the receiver's text as a new object of the receiver's type. `ascii` says the receiver
// (so the piece) is ASCII str: its length is known and one-character pieces are shared.
Value piece_of(Value self, std::string_view piece, bool ascii) {
  if (is_bytes(self)) return bytes_from(piece);
  return make_text_str(piece, ascii);
}

// The receiver itself when a method leaves it unchanged (str and bytes are immutable, and CPython
// also returns the same object), else the piece.
Value same_or_piece(Value self, std::string_view piece, bool ascii) {
  if (piece.size() == text_of(self).size()) {
    incref(self);
    return self;
  }
  return piece_of(self, piece, ascii);
}

// The whitespace that split() and strip() skip, in bytes: bytes count only ASCII's " \t\n\r\v\f"
// (bytes.isspace()); str counts also \x1c-\x1f and Unicode's spaces (unicode::is_space).
constexpr bool bytes_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
// The same as tables over a byte: bytes' whitespace, and str's within ASCII.
constexpr std::array<bool, 256> space_table(bool bytes) {
  std::array<bool, 256> table{};
  for (unsigned c = 0; c < 0x80; ++c) table[c] = bytes ? bytes_space(c) : unicode::is_space(c);
  return table;
}
constexpr std::array<bool, 256> kBytesSpace = space_table(true), kAsciiSpace = space_table(false);
size_t space_at(std::string_view text, size_t at, bool bytes) {
  if (bytes) return bytes_space(static_cast<unsigned char>(text[at])) ? 1 : 0;
  return unicode::space_at(text, at);
}
size_t space_before(std::string_view text, size_t end, bool bytes) {
  if (bytes) return bytes_space(static_cast<unsigned char>(text[end - 1])) ? 1 : 0;
  return unicode::space_before(text, end);
}

// bind_two() of a call with keywords or too many arguments: Args::bind, which raises CPython's
// errors for it.
[[gnu::noinline]] std::pair<Value, Value> bind_two_by_name(const Args& args, std::string_view name,
                                                           std::string_view first,
                                                           std::string_view second) {
  auto bound = args.bind(name, {first, second});
  return {bound[0], bound[1]};
}

// The first argument of a method with at most two positional-or-keyword parameters, and its
// second, Undefined where not given: Args::bind without its vector for the usual positional call,
// in line (its call cost more than `b.decode()` itself).
[[gnu::always_inline]] inline std::pair<Value, Value> bind_two(const Args& args,
                                                               std::string_view name,
                                                               std::string_view first,
                                                               std::string_view second) {
  if (!args.keyword_names && args.count <= 2) [[likely]] {
    return {args.count > 0 ? args.positional[0] : Value::undefined(),
            args.count > 1 ? args.positional[1] : Value::undefined()};
  }
  return bind_two_by_name(args, name, first, second);
}

// A method's name as a template argument (the NativeFns made below from FixedArityMethod bodies).
template <size_t N>
struct MethodName {
  char text[N];
  constexpr MethodName(const char (&name)[N]) { std::copy_n(name, N, text); }
  constexpr std::string_view view() const { return {text, N - 1}; }
};

// raise_no_arguments() of a str or bytes method, named as CPython's: "str.lower()". (A
// bytearray's methods run on a bytes copy of it, bytes_method(): they say "bytes".)
[[noreturn, gnu::noinline, gnu::cold]] void raise_text_no_arguments(Value self,
                                                                    std::string_view name,
                                                                    const Args& args) {
  raise_no_arguments(args, (is_bytes(self) ? "bytes." : "str.") + std::string(name));
}

// The NativeFn of a str or bytes method of no arguments whose body is kBody (its
// FixedArityMethod's call0): CPython's METH_NOARGS check, then the body.
// The same of a method of one type, named with it ("list.copy").
template <MethodName kName, NativeFn0 kBody>
Value no_arguments(ThreadState& thread, Value self, const Args& args) {
  if (args.count != 0 || args.keyword_count() != 0) raise_no_arguments(args, kName.view());
  return kBody(thread, self);
}

template <MethodName kName, NativeFn0 kBody>
Value text_no_arguments(ThreadState& thread, Value self, const Args& args) {
  if (args.count != 0 || args.keyword_count() != 0)
    raise_text_no_arguments(self, kName.view(), args);
  return kBody(thread, self);
}

// strip(chars) of non-ASCII text by non-ASCII characters: a code point at a time, each looked for
// among the characters' (the [begin, end) bounds narrowed in place).
void strip_decoded(std::string_view text, std::string_view chars, bool left, bool right,
                   size_t& begin, size_t& end) {
  auto among = [&](uint32_t cp) {
    if (cp < 0x80) return chars.find(static_cast<char>(cp)) != std::string_view::npos;
    for (size_t at = 0; at < chars.size();) {
      if (unicode::decode(chars, at) == cp) return true;
    }
    return false;
  };
  if (left) {
    while (begin < end) {
      size_t next = begin;
      if (!among(unicode::decode(text, next))) break;
      begin = next;
    }
  }
  if (right) {
    while (end > begin) {
      size_t at = end - 1;
      while (at > begin && unicode::is_continuation(static_cast<unsigned char>(text[at]))) --at;
      size_t next = at;
      if (!among(unicode::decode(text, next))) break;
      end = at;
    }
  }
}

// strip()'s TypeError for characters of the wrong type, worded as CPython's.
[[noreturn, gnu::noinline, gnu::cold]] void raise_strip_argument(Value self, Value arg,
                                                                 std::string_view name) {
  if (is_bytes(self))
    raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(arg) + "'");
  raise(exc::TypeError, std::string(name) + " arg must be None or str");
}

// strip(chars) (`chars` Undefined where not given).
Value strip_text(Value self, Value chars_arg, bool left, bool right, std::string_view name) {
  const std::string& text = text_of(self);
  const bool bytes = is_bytes(self), ascii = ascii_str(self);
  size_t begin = 0, end = text.size();
  const bool by_space = chars_arg.is_undefined() || chars_arg.is_none();
  if (by_space && (bytes || ascii)) {
    // Every space is one byte: tested by table, with no decoding (as split()'s).
    const bool* space = bytes ? kBytesSpace.data() : kAsciiSpace.data();
    auto at = [&](size_t k) { return space[static_cast<unsigned char>(text[k])]; };
    if (left) {
      while (begin < end && at(begin)) ++begin;
    }
    if (right) {
      while (end > begin && at(end - 1)) --end;
    }
  } else if (by_space) {
    if (left) {
      while (begin < end) {
        size_t n = space_at(text, begin, bytes);
        if (n == 0) break;
        begin += n;
      }
    }
    if (right) {
      while (end > begin) {
        size_t n = space_before(text, end, bytes);
        if (n == 0) break;
        end -= n;
      }
    }
  } else {
    if (is_bytes(self) ? !is_kind(chars_arg, Kind::Bytes) : !is_kind(chars_arg, Kind::Str))
      raise_strip_argument(self, chars_arg, name);
    const std::string& chars = text_of(chars_arg);
    if (bytes || ascii || as_str(chars_arg)->is_ascii()) {
      // Byte by byte against a 256-bit set of the characters' bytes: right for bytes, for ASCII
      // text (no byte of it is one of a non-ASCII character's), and for ASCII characters (no
      // byte of a non-ASCII character in UTF-8 is below 0x80). No decoding, no search per byte.
      uint64_t set[4] = {};
      for (const char c : chars) {
        const auto byte = static_cast<unsigned char>(c);
        set[byte >> 6] |= uint64_t{1} << (byte & 63);
      }
      auto in_set = [&](size_t k) {
        const auto byte = static_cast<unsigned char>(text[k]);
        return (set[byte >> 6] >> (byte & 63) & 1) != 0;
      };
      if (left) {
        while (begin < end && in_set(begin)) ++begin;
      }
      if (right) {
        while (end > begin && in_set(end - 1)) --end;
      }
    } else {
      strip_decoded(text, chars, left, right, begin, end);
    }
  }
  return same_or_piece(self, std::string_view(text).substr(begin, end - begin), ascii);
}

// The bodies of strip(), lstrip() and rstrip() (FixedArityMethod's call0 and call1), and their
// NativeFns, which check the arguments as CPython's (positional-only, at most one).
template <bool kLeft, bool kRight>
constexpr std::string_view kStripName = kLeft ? (kRight ? "strip" : "lstrip") : "rstrip";
template <bool kLeft, bool kRight>
Value text_strip0(ThreadState&, Value self) {
  return strip_text(self, Value::undefined(), kLeft, kRight, kStripName<kLeft, kRight>);
}
template <bool kLeft, bool kRight>
Value text_strip1(ThreadState&, Value self, Value chars) {
  return strip_text(self, chars, kLeft, kRight, kStripName<kLeft, kRight>);
}
template <bool kLeft, bool kRight>
Value strip_method(ThreadState& thread, Value self, const Args& args) {
  constexpr std::string_view name = kStripName<kLeft, kRight>;
  expect_positional(args, text_type(self), name, 0, 1);
  return args.count == 0 ? text_strip0<kLeft, kRight>(thread, self)
                         : text_strip1<kLeft, kRight>(thread, self, args.positional[0]);
}
constexpr auto text_strip = strip_method<true, true>;
constexpr auto text_lstrip = strip_method<true, false>;
constexpr auto text_rstrip = strip_method<false, true>;

// split() and rsplit(): by runs of whitespace, or by a separator; at most maxsplit splits
// (-1: no limit), taken from the left or (rsplit) from the right. The pieces are made straight
// from the receiver's text (ASCII ones with their length known) into the result list's own
// vector, which frees them if a later one fails. Split by a separator that is not there, the
// result's one piece is the receiver itself, as CPython's (CPython's split() by whitespace
// does the same for one word, not done here: any use of the receiver after the loops that find
// the words costs them registers, more than the str it saves).
[[gnu::flatten]] Value split_text(Value self, Value separator_arg, Value maxsplit_arg,
                                  bool from_right) {
  const std::string_view text = text_of(self);
  const bool bytes = is_bytes(self), ascii = ascii_str(self);
  // Its argument errors without a C++ throw (scripts catch them), in CPython's order: maxsplit
  // not an int (argument clinic's), then a separator neither str (bytes) nor None, or empty.
  int64_t maxsplit = -1;
  if (!maxsplit_arg.is_undefined()) {
    if (!maxsplit_arg.is_int())
      return raise_pending(current_thread_state(), exc::TypeError,
                           "'" + type_name(maxsplit_arg) +
                               "' object cannot be interpreted as an integer");
    maxsplit = maxsplit_arg.i;
  }
  auto limit_reached = [&](size_t made) {
    return maxsplit >= 0 && static_cast<int64_t>(made) >= maxsplit;
  };
  // A list this thread freed lately, its storage kept (new_list()), where there is one: a line's
  // words in no allocation, else in one.
  auto* list = new_list(8);
  Ref result = Ref::steal(Value::object(list));
  std::vector<Value>& parts = list->items;  // owned by the list
  const size_t n = text.size();
  if (separator_arg.is_undefined() || separator_arg.is_none()) {
    if (!from_right && (bytes || ascii)) {
      // Every separator is one byte: tested by table, with no decoding.
      const bool* space = bytes ? kBytesSpace.data() : kAsciiSpace.data();
      auto at = [&](size_t k) { return space[static_cast<unsigned char>(text[k])]; };
      size_t i = 0;
      while (true) {
        while (i < n && at(i)) ++i;
        if (i == n) break;
        if (limit_reached(parts.size())) {  // the rest, whitespace at its far end included
          parts.push_back(piece_of(self, text.substr(i), ascii));
          break;
        }
        size_t j = i + 1;
        while (j < n && !at(j)) ++j;
        parts.push_back(piece_of(self, text.substr(i, j - i), ascii));
        i = j;
      }
    } else if (!from_right) {
      size_t i = 0;
      while (true) {
        while (i < n) {
          size_t w = space_at(text, i, bytes);
          if (w == 0) break;
          i += w;
        }
        if (i == n) break;
        if (limit_reached(parts.size())) {
          parts.push_back(piece_of(self, text.substr(i), ascii));
          break;
        }
        size_t j = i + 1;  // a space never starts on a continuation byte
        while (j < n && space_at(text, j, bytes) == 0) ++j;
        parts.push_back(piece_of(self, text.substr(i, j - i), ascii));
        i = j;
      }
    } else {
      size_t end = n;
      while (true) {
        while (end > 0) {
          size_t w = space_before(text, end, bytes);
          if (w == 0) break;
          end -= w;
        }
        if (end == 0) break;
        if (limit_reached(parts.size())) {
          parts.push_back(piece_of(self, text.substr(0, end), ascii));
          break;
        }
        size_t j = end - 1;
        while (j > 0 && space_before(text, j, bytes) == 0) --j;
        parts.push_back(piece_of(self, text.substr(j, end - j), ascii));
        end = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    if (!is_kind(separator_arg, bytes ? Kind::Bytes : Kind::Str)) {
      return raise_pending(current_thread_state(), exc::TypeError,
                           bytes ? "a bytes-like object is required, not '" +
                                       type_name(separator_arg) + "'"
                                 : "must be str or None, not " + type_name(separator_arg));
    }
    const std::string_view separator = text_of(separator_arg);
    if (separator.empty())
      return raise_pending(current_thread_state(), exc::ValueError, "empty separator");
    if (!from_right && separator.size() == 1) {
      // One byte (`line.split(",")`): its occurrences found eight bytes at a time, each match's
      // position from the mask's lowest bit, where a memchr call per piece costs more than the
      // few bytes between them.
      const auto byte = static_cast<unsigned char>(separator[0]);
      const char* const data = text.data();
      size_t start = 0, at = 0;
      bool stopped = false;
      auto split_at = [&](size_t position) {
        if (limit_reached(parts.size())) {
          stopped = true;
          return;
        }
        parts.push_back(piece_of(self, text.substr(start, position - start), ascii));
        start = position + 1;
      };
      for (; at + 8 <= n && !stopped; at += 8) {
        for (uint64_t found = bytes_equal_to(load_word(data + at), byte); found && !stopped;
             found &= found - 1)
          split_at(at + static_cast<size_t>(std::countr_zero(found) >> 3));
      }
      for (; at < n && !stopped; ++at) {
        if (static_cast<unsigned char>(data[at]) == byte) split_at(at);
      }
      if (parts.empty()) {  // no separator found (or maxsplit 0): the receiver itself, as CPython's
        incref(self);
        parts.push_back(self);
      } else {
        parts.push_back(piece_of(self, text.substr(start), ascii));
      }
    } else if (!from_right) {
      size_t start = 0;
      for (size_t found; !limit_reached(parts.size()) &&
                         (found = find_text(text, separator, start)) != std::string_view::npos;
           start = found + separator.size()) {
        parts.push_back(piece_of(self, text.substr(start, found - start), ascii));
      }
      if (start == 0) {  // no separator found: the receiver itself, as CPython's
        incref(self);
        parts.push_back(self);
      } else {
        parts.push_back(piece_of(self, text.substr(start), ascii));
      }
    } else {
      size_t end = n;
      while (!limit_reached(parts.size()) && end >= separator.size()) {
        size_t found = text.rfind(separator, end - separator.size());
        if (found == std::string_view::npos) break;
        parts.push_back(piece_of(
            self, text.substr(found + separator.size(), end - found - separator.size()), ascii));
        end = found;
      }
      if (end == n) {  // no separator found
        incref(self);
        parts.push_back(self);
      } else {
        parts.push_back(piece_of(self, text.substr(0, end), ascii));
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  return result.release();
}

// The bodies of split() and rsplit() (FixedArityMethod's call0 to call2), and their NativeFns,
// which take the arguments by name too.
template <bool kFromRight>
Value text_split0(ThreadState&, Value self) {
  return split_text(self, Value::undefined(), Value::undefined(), kFromRight);
}
template <bool kFromRight>
Value text_split1(ThreadState&, Value self, Value separator) {
  return split_text(self, separator, Value::undefined(), kFromRight);
}
template <bool kFromRight>
Value text_split2(ThreadState&, Value self, Value separator, Value maxsplit) {
  return split_text(self, separator, maxsplit, kFromRight);
}
template <bool kFromRight>
Value split_method(ThreadState&, Value self, const Args& args) {
  auto [separator, maxsplit] = bind_two(args, kFromRight ? "rsplit" : "split", "sep", "maxsplit");
  return split_text(self, separator, maxsplit, kFromRight);
}
constexpr auto text_split = split_method<false>;
constexpr auto text_rsplit = split_method<true>;

// join(): the pieces are checked and measured first, so the result is written into one buffer
// of its final size.
[[noreturn, gnu::noinline, gnu::cold]] void raise_join_item(size_t i, bool bytes, Value item) {
  raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected " +
                            (bytes ? "a bytes-like object" : "str instance") + ", " +
                            type_name(item) + " found");
}

// The items are read through a local pointer and count: the vector's own, reloaded after every
// store of the text, cost more than the few bytes each piece copies.
[[gnu::flatten]] Value join_items(Value self, const std::vector<Value>& item_vector) {
  const Value* const items = item_vector.data();
  const size_t count = item_vector.size();
  const bool bytes = is_bytes(self);
  const std::string_view separator = text_of(self);
  auto piece = [bytes](Value item) -> const std::string& {
    return bytes ? as_bytes(item)->data : as_str(item)->text;
  };
  size_t size = count == 0 ? 0 : separator.size() * (count - 1);
  bool ascii = ascii_str(self);
  for (size_t i = 0; i < count; ++i) {
    if (!is_kind(items[i], bytes ? Kind::Bytes : Kind::Str)) raise_join_item(i, bytes, items[i]);
    size += piece(items[i]).size();
    ascii = ascii && as_str(items[i])->is_ascii();  // (never read for bytes: ascii is false)
  }
  if (count == 1 && !bytes) {  // CPython returns the one str itself
    incref(items[0]);
    return items[0];
  }
  char* to;  // the result's text, written in place
  const Value made = new_same_kind_text(self, to, size, '\0');
  if (!bytes && ascii) as_str(made)->note_length(size);
  // The pieces and separators are mostly a few bytes (words, numbers, ", "): copied in line.
  const char* const separator_data = separator.data();
  const size_t separator_size = separator.size();
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) {
      if (separator_size == 1)
        *to++ = separator_data[0];
      else
        to = copy_text(to, separator_data, separator_size);
    }
    const std::string& text = piece(items[i]);
    to = copy_text(to, text.data(), text.size());
  }
  return made;
}

// join_items() of bytes pieces some of which are bytearrays: over bytes copies of those, whose
// size cannot change between join_items()'s measuring and copying.
[[gnu::noinline]] Value join_bytes_like(Value self, const std::vector<Value>& items) {
  std::vector<Ref> copies;
  std::vector<Value> pieces(items);
  for (Value& piece : pieces) {
    if (!is_kind(piece, Kind::ByteArray)) continue;
    copies.push_back(Ref::steal(bytes_from(BytesView(piece).data())));
    piece = copies.back().get();
  }
  return join_items(self, pieces);
}

}  // namespace

Value join_pieces(Value self, const std::vector<Value>& items) {
  if (is_bytes(self) && std::any_of(items.begin(), items.end(),
                                    [](Value item) { return is_kind(item, Kind::ByteArray); }))
    return join_bytes_like(self, items);
  return join_items(self, items);
}

namespace {

Value text_join(ThreadState&, Value self, const Args& args) {
  args.expect_one(is_bytes(self) ? "bytes.join" : "str.join");
  Value iterable = args.positional[0];
  // A tuple's items, or under a GIL a list's, as they are (nothing here runs code that could
  // change them); a free-threaded list's through ItemsView's copy.
  if (is_exact_tuple(iterable)) return join_pieces(self, as_tuple(iterable)->items);
  if (is_exact_list(iterable) && !free_threaded())
    return join_pieces(self, as_list(iterable)->items);
  if (is_exact_list(iterable)) return join_pieces(self, ItemsView(iterable).items());
  // Anything else into a list first, as CPython's PySequence_Fast (whose TypeError for what
  // gives no iterator is its own): collect() takes a generator's items at its yield, not by a
  // resumption each.
  Ref iterator;
  try {
    iterator = Ref::steal(get_iterator(iterable));
  } catch (ScriptException& error) {
    if (!static_cast<ExceptionObject*>(error.exception.get().obj)->cls->is_subclass_of(
            exc::TypeError))
      throw;
    raise(exc::TypeError, "can only join an iterable");
  }
  Ref list = Ref::steal(make_list(collect(iterator.get())));
  return join_pieces(self, as_list(list.get())->items);
}

// The byte window [begin, end) of the receiver that the optional start and end arguments of
// find(), count(), startswith() and the like select, adjusted as slice indices (in code points
// for str). Empty (begin > end) when start lies past end: nothing, not even "", is found there.
struct Window {
  size_t begin, end;
  bool empty() const { return begin > end; }
};

Window window_of(Value self, const Value* bounds, size_t count) {
  const std::string& text = text_of(self);
  if (count == 0) return {0, text.size()};
  const bool by_byte = is_bytes(self) || as_str(self)->is_ascii();
  const auto length = static_cast<int64_t>(by_byte ? text.size() : as_str(self)->length());
  int64_t start = slice_argument(bounds[0], length, 0);
  int64_t end = count > 1 ? std::min(slice_argument(bounds[1], length, length), length) : length;
  if (start > end) return {1, 0};
  if (by_byte) return {static_cast<size_t>(start), static_cast<size_t>(end)};
  size_t begin = unicode::byte_offset(text, static_cast<size_t>(start));
  return {begin, begin + unicode::byte_offset(std::string_view(text).substr(begin),
                                              static_cast<size_t>(end - start))};
}

// s.startswith(p), the usual call: no window, one affix of the receiver's type, compared byte for
// byte (a str's UTF-8 matches at its ends exactly where its code points do).
[[gnu::always_inline]] inline Value text_has_affix(Value self, Value affix_arg, bool prefix) {
  const std::string_view text = text_of(self), affix = text_of(affix_arg);
  return Value::boolean(affix.size() <= text.size() &&
                        text.substr(prefix ? 0 : text.size() - affix.size(), affix.size()) ==
                            affix);
}

// startswith()/endswith(): a prefix or a tuple of them, within the window of start and end.
Value text_affix(Value self, const Args& args, bool prefix, std::string_view name) {
  if (args.count == 1 && !args.keyword_names &&
      is_kind(args.positional[0], is_bytes(self) ? Kind::Bytes : Kind::Str))
    return text_has_affix(self, args.positional[0], prefix);
  expect_varargs(args, text_type(self), name, 1, 3);
  const Window window = window_of(self, args.positional + 1, args.count - 1);
  const std::string_view text =
      window.empty()
          ? std::string_view()
          : std::string_view(text_of(self)).substr(window.begin, window.end - window.begin);
  Value arg = args.positional[0];
  const bool tuple = is_kind(arg, Kind::Tuple);
  const Value* candidates = tuple ? as_tuple(arg)->items.data() : &arg;
  const size_t count = tuple ? as_tuple(arg)->items.size() : 1;
  for (size_t k = 0; k < count; ++k) {
    Value candidate = candidates[k];
    if (is_bytes(self) ? !is_kind(candidate, Kind::Bytes) : !is_kind(candidate, Kind::Str)) {
      raise(exc::TypeError, std::string(name) + " first arg must be " +
                                (is_bytes(self) ? "bytes" : "str") + " or a tuple of " +
                                (is_bytes(self) ? "bytes" : "str") + ", not " +
                                type_name(candidate));
    }
    if (window.empty()) continue;
    const std::string_view affix = text_of(candidate);
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
// Their bodies of one argument (FixedArityMethod's call1).
template <bool kPrefix>
Value text_affix1(ThreadState&, Value self, Value affix) {
  if (is_kind(affix, is_bytes(self) ? Kind::Bytes : Kind::Str)) [[likely]]
    return text_has_affix(self, affix, kPrefix);
  return text_affix(self, Args{&affix, 1}, kPrefix, kPrefix ? "startswith" : "endswith");
}

// A byte offset in the receiver as Python counts: code points for str, bytes for bytes.
int64_t position_of(Value self, size_t byte_offset) {
  if (is_bytes(self) || as_str(self)->is_ascii()) return static_cast<int64_t>(byte_offset);
  return static_cast<int64_t>(
      unicode::length(std::string_view(as_str(self)->text).substr(0, byte_offset)));
}

[[gnu::noinline, gnu::cold]] Value not_found_error(Value self) {
  return new_exception(exc::ValueError,
                       is_bytes(self) ? "subsection not found" : "substring not found");
}

// search_text()'s answer for `found` (npos: absent) at byte offset `begin` + found of self.
[[gnu::always_inline]] inline Value search_result(Value self, size_t begin, size_t found) {
  if (found == std::string_view::npos) return Value::integer(-1);
  return Value::integer(position_of(self, begin + found));
}

// search_text() with bounds, an int byte, or a needle to check: the window searched.
[[gnu::noinline]] Value search_text_window(Value self, const Args& args, bool from_right,
                                           std::string_view name) {
  expect_varargs(args, text_type(self), name, 1, 3);
  const Window window = window_of(self, args.positional + 1, args.count - 1);
  std::string byte;
  const std::string* needle = &byte;
  if (is_bytes(self) && (args.positional[0].is_int() || args.positional[0].is_bool())) {
    int64_t b = args.positional[0].is_bool() ? args.positional[0].b : args.positional[0].i;
    if (b < 0 || b > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
    byte.assign(1, static_cast<char>(b));
  } else {
    needle = &text_argument(self, args.positional[0], name);
  }
  size_t found = std::string_view::npos;
  if (!window.empty()) {
    const std::string_view text =
        std::string_view(text_of(self)).substr(window.begin, window.end - window.begin);
    found = from_right ? text.rfind(*needle) : text.find(*needle);
  }
  return search_result(self, window.begin, found);
}

// find/rfind/index/rindex: the position of the first (last) occurrence within start..end. A
// bytes receiver also takes an int, the byte to find. The usual call, a str in a str or bytes in
// bytes with no bounds, searches the whole text in line, with no window or needle conversion.
[[gnu::always_inline]] inline Value search_text(Value self, const Args& args, bool from_right,
                                                std::string_view name) {
  if (args.count == 1 && !args.keyword_names && args.positional[0].is_obj() &&
      args.positional[0].obj->kind == self.obj->kind) {
    const std::string_view text = text_of(self), needle = text_of(args.positional[0]);
    return search_result(self, 0, from_right ? text.rfind(needle) : text.find(needle));
  }
  return search_text_window(self, args, from_right, name);
}

Value text_find(ThreadState&, Value self, const Args& args) {
  return search_text(self, args, false, "find");
}
Value text_rfind(ThreadState&, Value self, const Args& args) {
  return search_text(self, args, true, "rfind");
}
// index/rindex: find/rfind, but ValueError when absent, raised without a C++ throw (scripts
// catch it).
Value text_index(ThreadState& ts, Value self, const Args& args) {
  const Value found = search_text(self, args, false, "index");
  return found.i >= 0 ? found : raise_pending(ts, not_found_error(self));
}
Value text_rindex(ThreadState& ts, Value self, const Args& args) {
  const Value found = search_text(self, args, true, "rindex");
  return found.i >= 0 ? found : raise_pending(ts, not_found_error(self));
}
// The bodies of one argument (FixedArityMethod's call1) of find() and rfind(), and of index() and
// rindex() (kIndex).
template <bool kFromRight, bool kIndex>
Value text_search1(ThreadState& ts, Value self, Value needle) {
  constexpr std::string_view name =
      kIndex ? (kFromRight ? "rindex" : "index") : (kFromRight ? "rfind" : "find");
  const Value found = search_text(self, Args{&needle, 1}, kFromRight, name);
  return !kIndex || found.i >= 0 ? found : raise_pending(ts, not_found_error(self));
}

// count(sub, start, end) (`bounds` the `bound_count` of start and end given).
Value count_text(Value self, Value needle_arg, const Value* bounds, size_t bound_count) {
  std::string byte;  // a bytes receiver also counts an int, the byte
  const bool by_byte = is_bytes(self) && (needle_arg.is_int() || needle_arg.is_bool());
  if (by_byte) byte.assign(1, byte_value(needle_arg));
  const std::string& needle = by_byte ? byte : text_argument(self, needle_arg, "count");
  const Window window = window_of(self, bounds, bound_count);
  if (window.empty()) return Value::integer(0);
  const std::string_view text =
      std::string_view(text_of(self)).substr(window.begin, window.end - window.begin);
  if (needle.empty()) {
    return Value::integer(is_bytes(self) ? static_cast<int64_t>(text.size()) + 1
                                         : static_cast<int64_t>(unicode::length(text)) + 1);
  }
  if (needle.size() == 1)
    return Value::integer(
        static_cast<int64_t>(count_byte(text, static_cast<unsigned char>(needle[0]))));
  int64_t n = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return Value::integer(n);
}
Value text_count(ThreadState&, Value self, const Args& args) {
  expect_varargs(args, text_type(self), "count", 1, 3);
  return count_text(self, args.positional[0], args.positional + 1, args.count - 1);
}
Value text_count1(ThreadState&, Value self, Value needle) {  // its FixedArityMethod's call1
  return count_text(self, needle, nullptr, 0);
}

// partition()/rpartition(): (before, separator, after) around the first (last) separator.
Value partition_text(Value self, const Args& args, bool from_right, std::string_view name) {
  // CPython's messages (a METH_O method, the argument read as a buffer or a str); a bytearray's
  // call comes here on a bytes copy and is named bytes.
  auto method = [&] { return std::string(is_bytes(self) ? "bytes." : "str.") + std::string(name); };
  if (args.keyword_count()) raise(exc::TypeError, method() + "() takes no keyword arguments");
  if (args.count != 1)
    raise(exc::TypeError, method() + "() takes exactly one argument (" +
                              std::to_string(args.count) + " given)");
  if (is_bytes(self) ? !is_kind(args.positional[0], Kind::Bytes)
                     : !is_kind(args.positional[0], Kind::Str))
    raise(exc::TypeError, is_bytes(self) ? "a bytes-like object is required, not '" +
                                               type_name(args.positional[0]) + "'"
                                         : "must be str, not " + type_name(args.positional[0]));
  const std::string& text = text_of(self);
  const std::string& separator = text_of(args.positional[0]);
  if (separator.empty()) raise(exc::ValueError, "empty separator");
  size_t found = from_right ? text.rfind(separator) : text.find(separator);
  if (is_kind(self, Kind::Str)) {  // as CPython's: the receiver itself when the separator is
    // absent, the separator itself when present; the pieces copied once, into their place
    const bool ascii = as_str(self)->is_ascii();
    const std::string_view whole(text);
    static const Value empty = interned_str("");  // one immortal "", as CPython's empty str
    auto piece = [&](size_t from, size_t size) {
      const std::string_view part = whole.substr(from, size);
      if (part.empty()) return Ref::borrow(empty).release();
      return make_text_str(part, ascii);
    };
    Value parts[3];
    if (found == std::string::npos) {
      incref(self);
      parts[from_right ? 2 : 0] = self;
      parts[1] = piece(0, 0);
      parts[from_right ? 0 : 2] = piece(0, 0);
    } else {
      parts[0] = piece(0, found);
      incref(args.positional[0]);
      parts[1] = args.positional[0];
      parts[2] = piece(found + separator.size(), std::string_view::npos);
    }
    return make_tuple(parts, 3);
  }
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

// len() of the receiver: code points for str (counted once), bytes for bytes.
int64_t text_length(Value self) {
  return static_cast<int64_t>(is_bytes(self) ? as_bytes(self)->data.size()
                                             : as_str(self)->length());
}

// The receiver padded to `width` characters: `left` fill characters before its text and the rest
// after, made at its final size and written in place. Its length is noted when the receiver's is
// known. The receiver itself when it is that wide already, as in CPython.
Value padded_text(Value self, int64_t width, size_t left, std::string_view fill) {
  const std::string& text = text_of(self);
  const int64_t length = text_length(self);
  if (width <= length) {
    incref(self);
    return self;
  }
  const auto total = static_cast<size_t>(width - length);
  char* to;
  const Value made = new_same_kind_text(self, to, text.size() + total * fill.size(), fill[0]);
  if (!is_bytes(self)) as_str(made)->note_length(static_cast<size_t>(width));
  if (fill.size() > 1) {  // a multi-byte character: written one by one; else there already
    for (size_t i = 0; i < total; ++i) {
      const size_t at = i < left ? i * fill.size() : text.size() + i * fill.size();
      std::memcpy(to + at, fill.data(), fill.size());
    }
  }
  copy_text(to + left * fill.size(), text.data(), text.size());
  return made;
}

// center/ljust/rjust: pad to a width (in code points for str) with a fill character.
Value justify_text(Value self, const Args& args, char align, std::string_view name) {
  args.expect(name, 1, 2);
  if (!args.positional[0].is_int())
    raise(exc::TypeError,
          "'" + type_name(args.positional[0]) + "' object cannot be interpreted as an integer");
  int64_t width = args.positional[0].i;
  std::string_view fill = " ";
  if (args.count == 2) {
    Value f = args.positional[1];
    if (is_bytes(self)) {
      if (!is_kind(f, Kind::Bytes) || as_bytes(f)->data.size() != 1)
        raise(exc::TypeError, std::string(name) +
                                  "() argument 2 must be a byte string of length 1, not " +
                                  type_name(f));
    } else if (!is_kind(f, Kind::Str)) {
      raise(exc::TypeError, "The fill character must be a unicode character, not " + type_name(f));
    } else if (as_str(f)->length() != 1) {
      raise(exc::TypeError, std::string("The fill character must be exactly one character long"));
    }
    fill = text_of(f);
  }
  const int64_t length = text_length(self);
  const auto total = static_cast<size_t>(std::max<int64_t>(width - length, 0));
  // CPython's center puts the extra fill on the left when the text's length is odd... and the
  // padding odd: left = total / 2 + (total & width & 1).
  size_t left = align == '<'   ? 0
                : align == '>' ? total
                               : total / 2 + (total & static_cast<size_t>(width) & 1);
  return padded_text(self, width, left, fill);
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

// zfill(): zeros after a leading sign, else before the text.
Value text_zfill(ThreadState&, Value self, const Args& args) {
  args.expect("zfill", 1, 1);
  if (!args.positional[0].is_int())
    raise(exc::TypeError,
          "'" + type_name(args.positional[0]) + "' object cannot be interpreted as an integer");
  const int64_t width = args.positional[0].i;
  const std::string& text = text_of(self);
  const int64_t length = text_length(self);
  Value made = padded_text(self, width, static_cast<size_t>(std::max<int64_t>(width - length, 0)),
                           "0");
  if (width > length && (text[0] == '+' || text[0] == '-')) {  // the sign moves to the front
    char* to = is_bytes(made) ? as_bytes(made)->data.data() : as_str(made)->text.data();
    to[static_cast<size_t>(width - length)] = '0';
    to[0] = text[0];
  }
  return made;
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
// code points count as alphabetic (letters of other scripts), never as digits or space. An ASCII
// byte passes by a table of the classes below (libc's isalpha() and the like cost a call per
// character; and str's spaces include \x1c-\x1f, which bytes' and C's do not).
enum CharClass : uint8_t {
  kDigit = 1,
  kAlpha = 2,
  kAlnum = 4,
  kStrSpaceClass = 8,
  kByteSpaceClass = 16,
};
constexpr std::array<uint8_t, 128> char_classes() {
  std::array<uint8_t, 128> table{};
  for (unsigned c = 0; c < 128; ++c) {
    const bool digit = c >= '0' && c <= '9', alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    const bool byte_space = bytes_space(static_cast<unsigned char>(c));
    table[c] = static_cast<uint8_t>((digit ? kDigit : 0) | (alpha ? kAlpha : 0) |
                                    (digit || alpha ? kAlnum : 0) |
                                    (unicode::is_space(c) ? kStrSpaceClass : 0) |
                                    (byte_space ? kByteSpaceClass : 0));
  }
  return table;
}
constexpr std::array<uint8_t, 128> kCharClasses = char_classes();

Value text_predicate(Value self, uint8_t char_class, bool non_ascii) {
  const std::string& text = text_of(self);
  if (text.empty()) return Value::boolean(false);
  const bool non_ascii_passes = non_ascii && !is_bytes(self);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 ? !non_ascii_passes : (kCharClasses[byte] & char_class) == 0)
      return Value::boolean(false);
  }
  return Value::boolean(true);
}

// The bodies (FixedArityMethod's call0) of the predicates, and below their NativeFns.
Value text_isdigit0(ThreadState&, Value self) { return text_predicate(self, kDigit, false); }
Value text_isalpha0(ThreadState&, Value self) { return text_predicate(self, kAlpha, true); }
Value text_isalnum0(ThreadState&, Value self) { return text_predicate(self, kAlnum, true); }
// Non-ASCII str decoded: Unicode's spaces ("\xa0", "\u3000") are spaces too, as CPython's.
Value text_isspace0(ThreadState&, Value self) {
  if (is_bytes(self) || as_str(self)->is_ascii())
    return text_predicate(self, is_bytes(self) ? kByteSpaceClass : kStrSpaceClass, false);
  const std::string& text = as_str(self)->text;  // not empty: it has a non-ASCII character
  for (size_t at = 0; at < text.size();) {
    if (!unicode::is_space(unicode::decode(text, at))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// str only, and true of "" (no character is unprintable), unlike the predicates above.
Value str_isprintable(ThreadState&, Value self, const Args& args) {
  args.expect("isprintable", 0, 0);
  const std::string& text = as_str(self)->text;
  for (size_t at = 0; at < text.size();) {
    if (!unicode::is_printable(unicode::decode(text, at))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// isupper()/islower(): at least one cased character and none of the other case (nor titlecase).
Value text_case_test(Value self, bool upper) {
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
Value text_isupper0(ThreadState&, Value self) { return text_case_test(self, true); }
Value text_islower0(ThreadState&, Value self) { return text_case_test(self, false); }

// Their answers for each one-character str (FixedArityMethod::ascii_answers).
constexpr std::array<bool, 128> ascii_answers(uint8_t char_class) {
  std::array<bool, 128> answers{};
  for (unsigned c = 0; c < 128; ++c) answers[c] = (kCharClasses[c] & char_class) != 0;
  return answers;
}
constexpr std::array<bool, 128> ascii_case_answers(bool upper) {
  std::array<bool, 128> answers{};
  for (unsigned c = 0; c < 128; ++c)
    answers[c] = c >= (upper ? 'A' : 'a') && c <= (upper ? 'Z' : 'z');
  return answers;
}
constexpr std::array<bool, 128> kDigitAnswers = ascii_answers(kDigit),
                                kAlphaAnswers = ascii_answers(kAlpha),
                                kAlnumAnswers = ascii_answers(kAlnum),
                                kSpaceAnswers = ascii_answers(kStrSpaceClass),
                                kUpperAnswers = ascii_case_answers(true),
                                kLowerAnswers = ascii_case_answers(false);

constexpr auto text_isdigit = text_no_arguments<"isdigit", text_isdigit0>;
constexpr auto text_isdecimal = text_no_arguments<"isdecimal", text_isdigit0>;
constexpr auto text_isnumeric = text_no_arguments<"isnumeric", text_isdigit0>;
constexpr auto text_isalpha = text_no_arguments<"isalpha", text_isalpha0>;
constexpr auto text_isalnum = text_no_arguments<"isalnum", text_isalnum0>;
constexpr auto text_isspace = text_no_arguments<"isspace", text_isspace0>;
constexpr auto text_isupper = text_no_arguments<"isupper", text_isupper0>;
constexpr auto text_islower = text_no_arguments<"islower", text_islower0>;

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

// The line boundaries of splitlines() within ASCII: \n \r for bytes; str's also \v \f and
// \x1c-\x1e (and beyond ASCII \x85, \u2028 and \u2029, whose UTF-8 starts with 0xC2 or 0xE2).
constexpr std::array<bool, 256> line_break_table(bool bytes) {
  std::array<bool, 256> table{};
  table['\n'] = table['\r'] = true;
  if (!bytes) {
    table['\v'] = table['\f'] = table[0x1C] = table[0x1D] = table[0x1E] = true;
    table[0xC2] = table[0xE2] = true;  // lead bytes, checked in full
  }
  return table;
}
constexpr std::array<bool, 256> kBytesLineBreak = line_break_table(true),
                                kStrLineBreak = line_break_table(false);

// The size of the line boundary at byte `at` of str text whose lead byte the table marked: 1 for
// ASCII, 2 or 3 for \x85, \u2028 and \u2029, 0 for another character with that lead byte.
size_t str_line_break_at(std::string_view text, size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return 1;
  if (c == 0xC2) return at + 1 < text.size() && text[at + 1] == '\x85' ? 2 : 0;
  return at + 2 < text.size() && text[at + 1] == '\x80' &&
                 (text[at + 2] == '\xA8' || text[at + 2] == '\xA9')
             ? 3
             : 0;
}

Value text_splitlines(ThreadState&, Value self, const Args& args) {
  Value keepends_arg = Value::undefined();
  if (args.keyword_names || args.count != 0)  // the usual splitlines() binds nothing
    keepends_arg = args.bind("splitlines", {"keepends"})[0];
  const bool keepends = !keepends_arg.is_undefined() && truthy(keepends_arg);
  const std::string_view text = text_of(self);
  const bool bytes = is_bytes(self), ascii = ascii_str(self);
  const bool* is_break = bytes ? kBytesLineBreak.data() : kStrLineBreak.data();
  auto* list = new_list(0);  // one freed lately, its storage kept, where there is one
  Ref result = Ref::steal(Value::object(list));
  std::vector<Value>& lines = list->items;  // owned by the list
  // Every line break starts with a byte below 0x20 or (in non-ASCII str: \x85, \u2028, \u2029)
  // from 0x80 up: eight bytes with none of those are passed over at once.
  const uint64_t high = bytes || ascii ? 0 : kEachByte * 0x80;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size()) {
      const uint64_t word = load_word(text.data() + i);
      const uint64_t candidates = bytes_in_ascii_range(word, 0, 0x20) | (word & high);
      if (candidates != 0) {
        i += static_cast<size_t>(std::countr_zero(candidates) >> 3);  // the first of them
        break;
      }
      i += 8;
    }
    if (i == text.size()) break;
    if (!is_break[static_cast<unsigned char>(text[i])]) continue;
    const size_t end = i;
    size_t width = bytes ? 1 : str_line_break_at(text, i);
    if (width == 0) continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') width = 2;
    i += width - 1;
    lines.push_back(piece_of(self, text.substr(start, (keepends ? i + 1 : end) - start), ascii));
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(piece_of(self, text.substr(start), ascii));
  return result.release();
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
  return format_string(thread, *as_str(self), args);
}

// format_map(mapping): format() with the mapping's str keys as its keyword arguments.
Value str_format_map(ThreadState& thread, Value self, const Args& args) {
  args.expect("format_map", 1, 1);
  Value mapping = args.positional[0];
  if (!is_kind(mapping, Kind::Dict))
    raise(exc::TypeError, "format_map() argument must be a dict here, not " + type_name(mapping));
  std::vector<Value> names, values;  // owned
  for (auto [key, value] : static_cast<Dict*>(mapping.obj)->snapshot()) {
    if (is_kind(key, Kind::Str)) {
      names.push_back(key);
      values.push_back(value);
    } else {
      decref(key);
      decref(value);
    }
  }
  Ref names_tuple = Ref::steal(make_tuple(names));  // takes the names' references
  Args keywords;
  keywords.keyword_values = values.data();
  keywords.keyword_names = as_tuple(names_tuple.get());
  Value result;
  try {
    result = format_string(thread, *as_str(self), keywords);
  } catch (...) {
    for (Value v : values) decref(v);
    throw;
  }
  for (Value v : values) decref(v);
  return result;
}

// expandtabs(tabsize=8): each tab up to the next multiple of tabsize, columns counted from the
// last newline or carriage return.
Value str_expandtabs(ThreadState&, Value self, const Args& args) {
  auto bound = args.bind("expandtabs", {"tabsize"});
  int64_t tabsize = 8;
  if (!bound[0].is_undefined()) {
    if (!bound[0].is_int() && !bound[0].is_bool())
      raise(exc::TypeError,
            "'" + type_name(bound[0]) + "' object cannot be interpreted as an integer");
    tabsize = bound[0].is_int() ? bound[0].i : bound[0].b;
  }
  const std::string& text = as_str(self)->text;
  std::string out;
  int64_t column = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t start = at;
    const uint32_t cp = unicode::decode(text, at);
    if (cp == '\t') {
      if (tabsize > 0) {
        const int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(text, start, at - start);
      column = cp == '\n' || cp == '\r' ? 0 : column + 1;
    }
  }
  return make_str(std::move(out));
}

// translate(table): each character's code point looked up in the table (a dict or anything
// with __getitem__): None deletes it, an int or a str replaces it, LookupError keeps it.
Value str_translate(ThreadState&, Value self, const Args& args) {
  args.expect("translate", 1, 1);
  Value table = args.positional[0];
  const std::string& text = as_str(self)->text;
  std::string out;
  for (size_t at = 0; at < text.size();) {
    const size_t start = at;
    const uint32_t cp = unicode::decode(text, at);
    Value key = Value::integer(cp);
    Ref replacement;
    if (is_kind(table, Kind::Dict)) {
      replacement = Ref::steal(static_cast<Dict*>(table.obj)->get(key));
    } else {
      try {
        replacement = Ref::steal(get_item(table, key));
      } catch (ScriptException& error) {
        if (!static_cast<ExceptionObject*>(error.exception.get().obj)
                 ->cls->is_subclass_of(exc::LookupError))
          throw;
        replacement = Ref::steal(Value::undefined());
      }
    }
    Value r = replacement.get();
    if (r.is_undefined()) {
      out.append(text, start, at - start);
    } else if (r.is_none()) {
      continue;
    } else if (r.is_int()) {
      if (r.i < 0 || r.i > 0x10FFFF)
        raise(exc::ValueError, "character mapping must be in range(0x110000)");
      unicode::append(out, static_cast<uint32_t>(r.i));
    } else if (is_kind(r, Kind::Str)) {
      out += as_str(r)->text;
    } else {
      raise(exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return make_str(std::move(out));
}

// str.maketrans(x[, y[, z]]): the table translate() takes, from a dict (its one-character keys
// as code points), or two strs of equal length (and a third whose characters map to None).
Value str_maketrans(ThreadState&, Value, const Args& args) {
  args.expect("maketrans", 1, 3);
  Ref table = Ref::steal(Value::object(new Dict()));
  Dict& dict = *static_cast<Dict*>(table.get().obj);
  auto code_points = [](const std::string& text) {
    std::vector<uint32_t> out;
    for (size_t at = 0; at < text.size();) out.push_back(unicode::decode(text, at));
    return out;
  };
  if (args.count == 1) {
    Value x = args.positional[0];
    if (!is_kind(x, Kind::Dict))
      raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    for (auto [key, value] : static_cast<Dict*>(x.obj)->snapshot()) {
      Ref owned_key = Ref::steal(key), owned_value = Ref::steal(value);
      if (is_kind(key, Kind::Str)) {
        std::vector<uint32_t> cps = code_points(as_str(key)->text);
        if (cps.size() != 1)
          raise(exc::ValueError, "string keys in translate table must be of length 1");
        incref(value);
        dict.set(Value::integer(cps[0]), value);
      } else if (key.is_int()) {
        incref(value);
        dict.set(key, value);
      } else {
        raise(exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return table.release();
  }
  for (size_t i = 0; i < args.count; ++i) {
    if (!is_kind(args.positional[i], Kind::Str))
      raise(exc::TypeError, "maketrans() argument " + std::to_string(i + 1) + " must be str, not " +
                                type_name(args.positional[i]));
  }
  std::vector<uint32_t> from = code_points(as_str(args.positional[0])->text);
  std::vector<uint32_t> to = code_points(as_str(args.positional[1])->text);
  if (from.size() != to.size())
    raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < from.size(); ++i)
    dict.set(Value::integer(from[i]), Value::integer(to[i]));
  if (args.count == 3) {
    for (uint32_t cp : code_points(as_str(args.positional[2])->text))
      dict.set(Value::integer(cp), Value::none());
  }
  return table.release();
}

Value bytes_hex(ThreadState&, Value self, const Args& args) {
  args.expect("hex", 0, 0);
  const std::string& data = as_bytes(self)->data;
  // Each byte's two digits as one 16-bit load from a table and one store.
  static constexpr auto kPairs = [] {
    std::array<uint16_t, 256> pairs{};
    for (unsigned c = 0; c < 256; ++c) {
      pairs[c] = static_cast<uint16_t>("0123456789abcdef"[c >> 4] |
                                       "0123456789abcdef"[c & 15] << 8);  // little-endian
    }
    return pairs;
  }();
  auto* hex = new Str(data.size() * 2, '\0');  // ASCII, written in place
  hex->note_length(data.size() * 2);
  char* to = hex->text.data();
  for (unsigned char c : data) {
    std::memcpy(to, &kPairs[c], 2);
    to += 2;
  }
  return Value::object(hex);
}

// replace(old, new[, count]): the first `count` (all when negative) occurrences; an empty `old`
// matches before every character and at the end.
// (`count_arg` Undefined where not given.)
[[gnu::flatten]] Value replace_text(Value self, Value old_arg, Value new_arg, Value count_arg) {
  const std::string& old_text = text_argument(self, old_arg, "replace", 1);
  const std::string& new_text = text_argument(self, new_arg, "replace", 2);
  int64_t count = -1;
  if (!count_arg.is_undefined()) {
    Value c = count_arg;
    if (is_bigint(c)) {  // a count is a C ssize_t
      raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    } else if (c.is_int() || c.is_bool()) {
      count = c.is_bool() ? c.b : c.i;
    } else {
      raise(exc::TypeError, "'" + type_name(c) + "' object cannot be interpreted as an integer");
    }
  }
  const std::string& text = text_of(self);
  if (count < 0) count = INT64_MAX;
  std::string out;
  int64_t made = 0;
  if (old_text.empty()) {
    const bool bytes = is_bytes(self);
    size_t at = 0;
    for (; made < count && at <= text.size(); ++made) {
      out += new_text;
      if (at == text.size()) {
        ++made;
        break;
      }
      size_t next = at + 1;
      while (!bytes && next < text.size() &&
             unicode::is_continuation(static_cast<unsigned char>(text[next])))
        ++next;
      out.append(text, at, next - at);
      at = next;
    }
    if (at < text.size()) out.append(text, at);
  } else if (old_text.size() == 1 && new_text.size() == 1) {
    // One byte for another (`s.replace("-", "+")`: both ASCII, for a str): the text copied as
    // it is, the occurrences overwritten in the copy. The length stays the receiver's.
    const char from = old_text[0], to = new_text[0];
    const size_t first = text.find(from);
    if (first == std::string::npos || count == 0) {
      incref(self);
      return self;
    }
    char* out;
    const Value result = new_same_kind_text(self, out, std::string_view(text));
    if (!is_bytes(self)) {
      if (const int64_t length = as_str(self)->counted_length(); length >= 0)
        as_str(result)->note_length(static_cast<size_t>(length));
    }
    size_t at = first;
    if (count == INT64_MAX) {  // every occurrence: eight bytes at a time, each `from` flipped
      const auto flip = static_cast<unsigned char>(from ^ to);
      for (; at + 8 <= text.size(); at += 8) {
        const uint64_t word = load_word(out + at);
        if (const uint64_t found = bytes_equal_to(word, static_cast<unsigned char>(from)))
          store_word(out + at, word ^ (found >> 7) * flip);
      }
    }
    for (; at < text.size() && made < count; ++at) {
      if (out[at] == from) {
        out[at] = to;
        ++made;
      }
    }
    return result;
  } else {
    // The occurrences are counted first, so that the result is written once, at its exact size,
    // into the new object's own text (a short one then needs no allocation of its own).
    // One character (`s.replace("a", "A")`, the common case) is looked for by char, not as a
    // string: std::string::find(string) compares again after each memchr.
    const bool one_char = old_text.size() == 1;
    auto find_next = [&](size_t at) {
      return one_char ? text.find(old_text[0], at) : text.find(old_text, at);
    };
    int64_t found_count = 0;
    if (one_char) {
      found_count = std::min<int64_t>(
          count, static_cast<int64_t>(count_byte(text, static_cast<unsigned char>(old_text[0]))));
    } else {
      for (size_t at = 0; found_count < count && (at = find_next(at)) != std::string::npos;
           at += old_text.size())
        ++found_count;
    }
    if (found_count == 0) {
      incref(self);
      return self;
    }
    const size_t size =
        text.size() + static_cast<size_t>(found_count) * new_text.size() -
        static_cast<size_t>(found_count) * old_text.size();
    char* to;
    const Value result = new_same_kind_text(self, to, size, '\0');
    // ASCII in, ASCII out: the result's length is known (is_ascii() counts a str once, a literal
    // `new` for good).
    if (!is_bytes(self) && as_str(self)->is_ascii() && as_str(new_arg)->is_ascii())
      as_str(result)->note_length(size);
    size_t start = 0;
    for (int64_t k = 0; k < found_count; ++k) {
      const size_t at = find_next(start);
      to = copy_text(to, text.data() + start, at - start);
      to = copy_text(to, new_text.data(), new_text.size());
      start = at + old_text.size();
    }
    copy_text(to, text.data() + start, text.size() - start);
    return result;
  }
  if (made == 0) {
    incref(self);
    return self;
  }
  if (is_bytes(self)) return make_bytes(std::move(out));
  if (as_str(self)->is_ascii() && as_str(new_arg)->is_ascii()) {
    size_t size = out.size();
    return make_str(std::move(out), size);
  }
  return make_str(std::move(out));
}
Value text_replace(ThreadState&, Value self, const Args& args) {
  expect_positional(args, text_type(self), "replace", 2, 3);
  return replace_text(self, args.positional[0], args.positional[1],
                      args.count == 3 ? args.positional[2] : Value::undefined());
}
Value text_replace2(ThreadState&, Value self, Value old_text, Value new_text) {  // its call2
  return replace_text(self, old_text, new_text, Value::undefined());
}

Value text_case(Value self, bool upper) {
  const std::string& text = text_of(self);
  if (is_bytes(self) || as_str(self)->is_ascii()) {
    // A copy of the text made in the new object, then mapped there.
    Value made = is_bytes(self) ? bytes_from(text) : make_text_str(text, true);
    if (text.size() == 1 && !is_bytes(self)) {  // a shared one-character str: mapped apart
      const auto c = static_cast<unsigned char>(text[0]);
      const bool cased = static_cast<unsigned char>(c - (upper ? 'a' : 'A')) < 26;
      if (!cased) return made;
      decref(made);
      return ascii_char(c ^ 0x20);
    }
    std::string& out = is_bytes(self) ? as_bytes(made)->data : as_str(made)->text;
    const char from = upper ? 'a' : 'A';
    char* const p = out.data();
    const size_t n = out.size();
    if (n >= 8) {
      // Eight bytes at a time, the cased ones' 0x20 bit flipped; the last word overlaps the one
      // before, whose mapped bytes are no longer in the range (mapping twice changes nothing).
      auto map_word = [&](size_t at) {
        const uint64_t word = load_word(p + at);
        store_word(p + at, word ^ bytes_in_ascii_range(word, from, 26) >> 2);
      };
      for (size_t at = 0; at + 8 < n; at += 8) map_word(at);
      map_word(n - 8);
      return made;
    }
    for (size_t at = 0; at < n; ++at) {
      if (static_cast<unsigned char>(p[at] - from) < 26) p[at] = static_cast<char>(p[at] ^ 0x20);
    }
    return made;
  }
  return make_str(
      unicode::map_case(text, upper ? unicode::CaseMapping::Upper : unicode::CaseMapping::Lower));
}
Value text_upper0(ThreadState&, Value self) { return text_case(self, true); }
Value text_lower0(ThreadState&, Value self) { return text_case(self, false); }
constexpr auto text_upper = text_no_arguments<"upper", text_upper0>;
constexpr auto text_lower = text_no_arguments<"lower", text_lower0>;
Value str_casefold(ThreadState&, Value self, const Args& args) {
  args.expect("casefold", 0, 0);
  if (as_str(self)->is_ascii()) return text_case(self, false);
  return make_str(unicode::map_case(as_str(self)->text, unicode::CaseMapping::Fold));
}

// The encodings a tutorial uses: UTF-8 (str's own representation), ASCII and Latin-1.
std::string encoding_name(Value v) {
  if (v.is_undefined()) return "utf-8";
  if (!is_kind(v, Kind::Str))
    raise(exc::TypeError, "encode() argument 'encoding' must be str, not " + type_name(v));
  // The usual spellings as they are, with no normalized copy made a character at a time.
  const std::string& given = as_str(v)->text;
  if (given == "utf-8" || given == "ascii" || given == "latin-1") return given;
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

// encode()'s and decode()'s `errors`: the handler's name, checked to be a str at the call (as
// CPython's argument parsing does) and looked up only when a character fails, as CPython's codecs
// do ("strict" the default). surrogateescape and surrogatepass are not known: a str here holds
// no lone surrogate to make or take.
enum class CodecErrors { kStrict, kIgnore, kReplace, kBackslashReplace, kXmlCharRefReplace };
std::string_view errors_name(Value errors, const char* method) {
  if (errors.is_undefined()) return "strict";
  if (!is_kind(errors, Kind::Str))
    raise(exc::TypeError,
          std::string(method) + "() argument 'errors' must be str, not " +
              (errors.is_none() ? std::string("None") : type_name(errors)));
  return as_str(errors)->text;
}
CodecErrors codec_errors(std::string_view name) {
  if (name == "strict") return CodecErrors::kStrict;
  if (name == "ignore") return CodecErrors::kIgnore;
  if (name == "replace") return CodecErrors::kReplace;
  if (name == "backslashreplace") return CodecErrors::kBackslashReplace;
  if (name == "xmlcharrefreplace") return CodecErrors::kXmlCharRefReplace;
  raise(exc::LookupError, "unknown error handler name '" + std::string(name) + "'");
}

// ASCII and Latin-1 encodings, with their error handlers: a run of characters past the
// encoding's range is one error (CPython's message names its positions).
Value encode_narrow(std::string_view text, const std::string& encoding, std::string_view errors) {
  const uint32_t limit = encoding == "ascii" ? 0x80 : 0x100;
  std::string out;
  size_t index = 0;
  for (size_t at = 0; at < text.size(); ++index) {
    const uint32_t cp = unicode::decode(text, at);
    if (cp < limit) {
      out += static_cast<char>(cp);
      continue;
    }
    switch (codec_errors(errors)) {
      case CodecErrors::kStrict: {
        size_t end_index = index + 1;  // the run of unencodable characters
        for (size_t next = at; next < text.size(); ++end_index) {
          if (unicode::decode(text, next) < limit) break;
        }
        std::string where;
        if (end_index - index == 1) {
          std::string escape;
          unicode::append_escape(escape, cp);
          where = "character '" + escape + "' in position " + std::to_string(index);
        } else {
          where = "characters in position " + std::to_string(index) + "-" +
                  std::to_string(end_index - 1);
        }
        raise(exc::UnicodeEncodeError, "'" + encoding + "' codec can't encode " + where +
                                           ": ordinal not in range(" +
                                           (limit == 0x80 ? "128" : "256") + ")");
      }
      case CodecErrors::kIgnore: break;
      case CodecErrors::kReplace: out += '?'; break;
      case CodecErrors::kBackslashReplace: unicode::append_escape(out, cp); break;
      case CodecErrors::kXmlCharRefReplace: out += "&#" + std::to_string(cp) + ";"; break;
    }
  }
  return make_bytes(std::move(out));
}

Value str_encode(ThreadState&, Value self, const Args& args) {
  auto [encoding_arg, errors_arg] = bind_two(args, "encode", "encoding", "errors");
  const std::string_view errors = errors_name(errors_arg, "encode");
  const std::string& text = as_str(self)->text;
  if (encoding_arg.is_undefined() || as_str(self)->is_ascii()) {
    if (!encoding_arg.is_undefined()) encoding_name(encoding_arg);  // still checked
    return bytes_from(text);
  }
  std::string encoding = encoding_name(encoding_arg);
  if (encoding == "utf-8") return bytes_from(text);
  return encode_narrow(text, encoding, errors);
}

// The number of leading bytes of `data` below 0x80, eight at a time.
size_t ascii_prefix(std::string_view data) {
  size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, data.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (i < data.size() && static_cast<unsigned char>(data[i]) < 0x80) ++i;
  return i;
}

// The UnicodeDecodeError of the bad bytes [start, end) of `data` (a new reference).
Value decode_error(const std::string& encoding, std::string_view data, size_t start, size_t end,
                   const char* reason) {
  // Written piece by piece into one string (snprintf cost ~800 instructions: `line.decode()`
  // caught per line).
  std::string message;
  message.reserve(96);
  message += '\'';
  message += encoding;
  message += "' codec can't decode ";
  if (end - start == 1) {
    constexpr char kHex[] = "0123456789abcdef";
    const auto byte = static_cast<unsigned char>(data[start]);
    message += "byte 0x";
    message += kHex[byte >> 4];
    message += kHex[byte & 15];
    message += " in position ";
    message += std::to_string(start);
  } else {
    message += "bytes in position ";
    message += std::to_string(start);
    message += '-';
    message += std::to_string(end - 1);
  }
  message += ": ";
  message += reason;
  return new_exception(exc::UnicodeDecodeError, std::move(message));
}

// The first bad UTF-8 sequence from `at` on as CPython's decoder finds it (no overlong forms,
// surrogates or code points past U+10FFFF): its bytes [start, end) and the reason; false when the
// rest is good.
bool next_utf8_error(std::string_view data, size_t at, size_t& start, size_t& end,
                     const char*& reason) {
  while (at < data.size()) {
    auto c = static_cast<unsigned char>(data[at]);
    if (c < 0x80) {
      ++at;
      continue;
    }
    start = at;
    if (c < 0xC2 || c > 0xF4) {
      end = at + 1;
      reason = "invalid start byte";
      return true;
    }
    const size_t size = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const unsigned char low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    for (size_t k = 1; k < size; ++k) {
      if (at + k >= data.size()) {
        end = data.size();
        reason = "unexpected end of data";
        return true;
      }
      auto next = static_cast<unsigned char>(data[at + k]);
      if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
        end = at + k;
        reason = "invalid continuation byte";
        return true;
      }
    }
    at += size;
  }
  return false;
}

// Bytes that are not ASCII (from `ascii` on) or not UTF-8 decoded under an error handler other
// than strict's first error: each bad byte (ASCII) or bad sequence (UTF-8) dropped, replaced by
// U+FFFD, or written as \xhh escapes. Strict's error is left pending (raise_pending(), no C++
// throw: `line.decode()` caught for lines that are not UTF-8): Undefined then.
Value decode_with_errors(std::string_view data, size_t ascii, const std::string& encoding,
                         std::string_view errors) {
  std::string out(data.substr(0, ascii));
  size_t from = ascii, start, end;
  const char* reason = "ordinal not in range(128)";
  auto next_error = [&] {
    if (encoding == "utf-8") return next_utf8_error(data, from, start, end, reason);
    for (start = from; start < data.size(); ++start) {
      if (static_cast<unsigned char>(data[start]) >= 0x80) {
        end = start + 1;
        return true;
      }
    }
    return false;
  };
  while (next_error()) {
    out.append(data.substr(from, start - from));
    switch (codec_errors(errors)) {
      case CodecErrors::kStrict:
        return raise_pending(current_thread_state(),
                             decode_error(encoding, data, start, end, reason));
      case CodecErrors::kIgnore: break;
      case CodecErrors::kReplace: out += "\xEF\xBF\xBD"; break;  // U+FFFD
      case CodecErrors::kBackslashReplace:
        for (size_t k = start; k < end; ++k)
          unicode::append_escape(out, static_cast<unsigned char>(data[k]));
        break;
      case CodecErrors::kXmlCharRefReplace:
        raise(exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    }
    from = end;
  }
  out.append(data.substr(from));
  return make_str(std::move(out));
}

// bytes.decode(encoding, errors), either Undefined where not given, of `data`; Undefined with
// the error pending (raise_pending()) for bytes that do not decode.
Value decode_text(std::string_view data, Value encoding_arg, Value errors_arg) {
  const std::string_view errors = errors_name(errors_arg, "decode");
  const size_t ascii = ascii_prefix(data);
  // ASCII decodes alike in every encoding: the name is only checked (an unknown one raises).
  if (ascii == data.size()) {
    if (!encoding_arg.is_undefined()) encoding_name(encoding_arg);
    return make_text_str(data, true);
  }
  const std::string encoding = encoding_arg.is_undefined() ? "utf-8" : encoding_name(encoding_arg);
  if (encoding == "latin-1") {
    std::string out;
    for (unsigned char c : data) unicode::append(out, c);
    return make_str(std::move(out), data.size());
  }
  size_t start, end;
  const char* reason;
  if (encoding == "utf-8" && !next_utf8_error(data, ascii, start, end, reason))
    return make_text_str(data, false);  // valid: the text is the bytes
  return decode_with_errors(data, ascii, encoding, errors);
}

Value bytes_decode(ThreadState&, Value self, const Args& args) {
  auto [encoding_arg, errors_arg] = bind_two(args, "decode", "encoding", "errors");
  return decode_text(as_bytes(self)->data, encoding_arg, errors_arg);
}

const MethodTable& str_methods() {
  static const MethodTable table(with_special_methods(
      {
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
      {"isprintable", str_isprintable},
      {"isupper", text_isupper},
      {"islower", text_islower},
      {"istitle", text_istitle},
      {"casefold", str_casefold},
      {"splitlines", text_splitlines},
      {"removeprefix", text_removeprefix},
      {"removesuffix", text_removesuffix},
      {"format", str_format},
      {"format_map", str_format_map},
      {"expandtabs", str_expandtabs},
      {"translate", str_translate},
      },
      SpecialMethodsOf::kStr));
  return table;
}

// bytes' methods, which bytearray shares. Each is called through bytes_method(), which hands it
// bytes copies of any bytearray among the receiver and the arguments.
constexpr std::pair<std::string_view, NativeFn> kBytesMethods[] = {
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

// ---- bytes methods with bytearrays: a bytearray's data can change (and move) while a method
// reads it, so each bytearray among the receiver and the arguments is read once, into a bytes
// copy (BytesView), and the bytes method runs on the copies.

[[gnu::noinline]] bool tuple_has_bytearray(const Tuple& tuple) {  // startswith((a, b))
  return std::any_of(tuple.items.begin(), tuple.items.end(),
                     [](Value item) { return is_kind(item, Kind::ByteArray); });
}
// In line: every call of a bytes method asks it of each argument.
[[gnu::always_inline]] inline bool has_bytearray(Value v) {
  if (v.tag != Tag::Obj) return false;
  if (v.obj->kind == Kind::ByteArray) return true;
  return v.obj->kind == Kind::Tuple && tuple_has_bytearray(*as_tuple(v));
}

// `v`, or a bytes copy of it (a tuple of copies) when it is (holds) a bytearray; `owned` keeps
// the copies alive.
Value bytes_copy_of(Value v, std::vector<Ref>& owned) {
  if (!has_bytearray(v)) return v;
  if (is_kind(v, Kind::ByteArray)) {
    owned.push_back(Ref::steal(bytes_from(BytesView(v).data())));
  } else {
    std::vector<Value> items;
    for (Value item : as_tuple(v)->items) {
      items.push_back(is_kind(item, Kind::ByteArray) ? bytes_from(BytesView(item).data())
                                                     : (incref(item), item));
    }
    owned.push_back(Ref::steal(make_tuple(std::move(items))));
  }
  return owned.back().get();
}

// What a bytearray method returns for its bytes method's `result` (a new reference, taken over):
// a bytearray for each bytes, in a list or tuple too (split(), partition()), as CPython's
// bytearray methods return.
Value bytearray_result(Value result) {
  auto converted = [](Value v) {
    if (!is_kind(v, Kind::Bytes)) return v;
    Value made = uniquely_referenced(*v.obj) ? make_bytearray(std::move(as_bytes(v)->data))
                                             : make_bytearray(as_bytes(v)->data);
    decref(v);
    return made;
  };
  if (is_kind(result, Kind::List) || is_kind(result, Kind::Tuple)) {  // made by the method: ours
    auto& items = is_kind(result, Kind::List) ? as_list(result)->items : as_tuple(result)->items;
    for (Value& item : items) item = converted(item);
    return result;
  }
  return converted(result);
}

[[gnu::noinline]] Value call_on_bytes_copies(ThreadState& thread, Value self, const Args& args,
                                             NativeFn method) {
  std::vector<Ref> owned;
  std::vector<Value> positional(args.positional, args.positional + args.count);
  for (Value& v : positional) v = bytes_copy_of(v, owned);
  std::vector<Value> keywords(args.keyword_values, args.keyword_values + args.keyword_count());
  for (Value& v : keywords) v = bytes_copy_of(v, owned);
  const Args copied{positional.data(), positional.size(), keywords.data(), args.keyword_names};
  if (!is_kind(self, Kind::ByteArray)) return method(thread, self, copied);
  Value result = method(thread, bytes_copy_of(self, owned), copied);
  return bytearray_result(result);
}

template <NativeFn kMethod>
Value bytes_method(ThreadState& thread, Value self, const Args& args) {
  bool copies = is_kind(self, Kind::ByteArray);
  for (size_t i = 0; i < args.count && !copies; ++i) copies = has_bytearray(args.positional[i]);
  for (size_t i = 0; i < args.keyword_count() && !copies; ++i)
    copies = has_bytearray(args.keyword_values[i]);
  if (copies) return call_on_bytes_copies(thread, self, args, kMethod);
  return kMethod(thread, self, args);
}

// The FixedArityMethod bodies of a bytes method, as bytes_method() calls kMethod: a bytearray
// among the receiver and the arguments goes to bytes_method(), which copies it.
template <NativeFn kMethod, NativeFn0 kBody>
Value bytes_body0(ThreadState& thread, Value self) {
  if (is_kind(self, Kind::ByteArray)) return bytes_method<kMethod>(thread, self, Args{});
  return kBody(thread, self);
}
template <NativeFn kMethod, NativeFn1 kBody>
Value bytes_body1(ThreadState& thread, Value self, Value a) {
  if (is_kind(self, Kind::ByteArray) || has_bytearray(a))
    return bytes_method<kMethod>(thread, self, Args{&a, 1});
  return kBody(thread, self, a);
}
template <NativeFn kMethod, NativeFn2 kBody>
Value bytes_body2(ThreadState& thread, Value self, Value a, Value b) {
  if (is_kind(self, Kind::ByteArray) || has_bytearray(a) || has_bytearray(b)) {
    const Value arguments[] = {a, b};
    return bytes_method<kMethod>(thread, self, Args{arguments, 2});
  }
  return kBody(thread, self, a, b);
}
// bytes_body0/1/2 of a str body, or null for none. Told apart by specialisation on the null
// argument, not by `if constexpr (kBody != nullptr)`: under -fsanitize=undefined GCC does not
// take a function's address compared with null as a constant expression.
template <NativeFn kMethod, NativeFn0 kBody>
struct BytesBody0 {
  static constexpr NativeFn0 value = bytes_body0<kMethod, kBody>;
};
template <NativeFn kMethod>
struct BytesBody0<kMethod, nullptr> {
  static constexpr NativeFn0 value = nullptr;
};
template <NativeFn kMethod, NativeFn1 kBody>
struct BytesBody1 {
  static constexpr NativeFn1 value = bytes_body1<kMethod, kBody>;
};
template <NativeFn kMethod>
struct BytesBody1<kMethod, nullptr> {
  static constexpr NativeFn1 value = nullptr;
};
template <NativeFn kMethod, NativeFn2 kBody>
struct BytesBody2 {
  static constexpr NativeFn2 value = bytes_body2<kMethod, kBody>;
};
template <NativeFn kMethod>
struct BytesBody2<kMethod, nullptr> {
  static constexpr NativeFn2 value = nullptr;
};
// The FixedArityMethods of a str method kMethod and of the same as bytes' (bytes_method()).
template <NativeFn kMethod, NativeFn0 k0, NativeFn1 k1 = nullptr, NativeFn2 k2 = nullptr>
constexpr std::array<FixedArityMethod, 2> str_and_bytes_fixed() {
  return {FixedArityMethod(kMethod, k0, k1, k2),
          FixedArityMethod(&bytes_method<kMethod>, BytesBody0<kMethod, k0>::value,
                           BytesBody1<kMethod, k1>::value, BytesBody2<kMethod, k2>::value)};
}
// The same of a predicate, its str's answers for one character (ascii_answers) added.
template <NativeFn kMethod, NativeFn0 k0>
constexpr std::array<FixedArityMethod, 2> str_and_bytes_predicate(
    const std::array<bool, 128>& answers) {
  std::array<FixedArityMethod, 2> methods = str_and_bytes_fixed<kMethod, k0>();
  methods[0].ascii_answers = answers.data();
  return methods;
}

template <size_t... I>
MethodTable::Entries shared_bytes_methods(std::index_sequence<I...>) {
  return {{kBytesMethods[I].first, &bytes_method<kBytesMethods[I].second>}...};
}
MethodTable::Entries shared_bytes_methods() {
  return shared_bytes_methods(std::make_index_sequence<std::size(kBytesMethods)>());
}

const MethodTable& bytes_methods() {
  static const MethodTable table(shared_bytes_methods());
  return table;
}

// ---- bytearray's own methods: changes under its lock, what they take converted before it.

ByteArray& bytearray_of(Value self) { return *as_bytearray(self); }

Value bytearray_append(ThreadState&, Value self, const Args& args) {
  args.expect("append", 1, 1);
  const char byte = byte_value(args.positional[0]);
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  array.data += byte;
  return Value::none();
}

std::string cannot_extend(Value v) { return "can't extend bytearray with " + type_name(v); }

Value bytearray_extend(ThreadState&, Value self, const Args& args) {
  args.expect("extend", 1, 1);
  const std::string added =
      bytes_of_iterable(args.positional[0], cannot_extend, "byte must be in range(0, 256)");
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  array.data += added;
  return Value::none();
}

Value bytearray_insert(ThreadState&, Value self, const Args& args) {
  args.expect("insert", 2, 2);
  Ref holder;
  const Value at = integer_value(args.positional[0], holder);
  const char byte = byte_value(args.positional[1]);
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  const auto size = static_cast<int64_t>(array.data.size());
  int64_t index =
      is_bigint(at) ? (as_bigint(at).negative ? 0 : size) : (at.is_bool() ? at.b : at.i);
  if (index < 0) index = std::max<int64_t>(0, index + size);
  index = std::min(index, size);
  array.data.insert(static_cast<size_t>(index), 1, byte);
  return Value::none();
}

Value bytearray_pop(ThreadState&, Value self, const Args& args) {
  args.expect("pop", 0, 1);
  Ref holder;
  const Value at = args.count ? integer_value(args.positional[0], holder) : Value::integer(-1);
  if (is_bigint(at)) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  if (array.data.empty()) raise(exc::IndexError, "pop from empty bytearray");
  int64_t index = at.is_bool() ? at.b : at.i;
  if (index < 0) index += static_cast<int64_t>(array.data.size());
  if (index < 0 || index >= static_cast<int64_t>(array.data.size()))
    raise(exc::IndexError, "pop index out of range");
  const auto byte = static_cast<unsigned char>(array.data[static_cast<size_t>(index)]);
  array.data.erase(static_cast<size_t>(index), 1);
  return Value::integer(byte);
}

Value bytearray_remove(ThreadState&, Value self, const Args& args) {
  args.expect("remove", 1, 1);
  const char byte = byte_value(args.positional[0]);
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  const size_t at = array.data.find(byte);
  if (at == std::string::npos) raise(exc::ValueError, "value not found in bytearray");
  array.data.erase(at, 1);
  return Value::none();
}

Value bytearray_clear(ThreadState&, Value self, const Args& args) {
  args.expect("clear", 0, 0);
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  array.data.clear();
  return Value::none();
}

Value bytearray_reverse(ThreadState&, Value self, const Args& args) {
  args.expect("reverse", 0, 0);
  ByteArray& array = bytearray_of(self);
  ContainerLock lock(array.mutex);
  std::reverse(array.data.begin(), array.data.end());
  return Value::none();
}

Value bytearray_copy(ThreadState&, Value self, const Args& args) {
  args.expect("copy", 0, 0);
  return make_bytearray(std::string(BytesView(self).data()));
}

const MethodTable& bytearray_methods() {
  static const MethodTable table([] {
    MethodTable::Entries entries = shared_bytes_methods();
    entries.insert(entries.end(), {{"append", bytearray_append},
                                   {"extend", bytearray_extend},
                                   {"insert", bytearray_insert},
                                   {"pop", bytearray_pop},
                                   {"remove", bytearray_remove},
                                   {"clear", bytearray_clear},
                                   {"reverse", bytearray_reverse},
                                   {"copy", bytearray_copy}});
    return entries;
  }());
  return table;
}

// ---- list

List& list_of(Value self) { return *as_list(self); }

// The same value (identity, not equality): what another thread cannot fake by an equal copy.
bool same_value(Value a, Value b) { return a.tag == b.tag && a.i == b.i; }

Value dict_get(ThreadState& ts, Value self, const Args& args) {
  expect_positional(args, "dict", "get", 1, 2);
  if (unhashable_builtin(args.positional[0])) [[unlikely]]  // (no C++ throw: caught in loops)
    return raise_pending(ts, unhashable_error(args.positional[0]));
  Value found = static_cast<Dict*>(self.obj)->get(args.positional[0]);
  if (!found.is_undefined()) return found;
  Value fallback = args.count == 2 ? args.positional[1] : Value::none();
  incref(fallback);
  return fallback;
}

Value list_append(ThreadState&, Value self, const Args& args) {
  args.expect_one("list.append");
  incref(args.positional[0]);
  append_owned(list_of(self), args.positional[0], free_threaded());
  return Value::none();
}

// list.extend's items appended at a generator's yield.
class ListAppender final : public YieldSink {
 public:
  explicit ListAppender(List& list) : list_(list) {}
  bool take(Value item) override {
    append_owned(list_, item, free_threaded());
    return true;
  }

 private:
  List& list_;
};

Value list_extend1(ThreadState& thread, Value self, Value iterable) {  // FixedArityMethod's call1
  List& list = list_of(self);
  if (is_exact_list(iterable) || is_exact_tuple(iterable) ||
      (iterable.is_obj() && iterable.obj == self.obj)) {
    const std::vector<Value> added = sequence_items(iterable);  // a snapshot: a.extend(a) doubles a
    ContainerLock lock(list.mutex);
    list.items.insert(list.items.end(), added.begin(), added.end());
    return Value::none();
  }
  // Other iterables one item at a time, as CPython's: the items before an exception stay, and
  // what the iterable reads of the list sees those appended.
  Ref iterator = Ref::steal(get_iterator(iterable));
  ListAppender sink(list);
  for (Value item; next_untaken(thread, iterator.get(), item, sink);)
    append_owned(list, item, free_threaded());
  return Value::none();
}
Value list_extend(ThreadState& thread, Value self, const Args& args) {
  args.expect_one("list.extend");
  return list_extend1(thread, self, args.positional[0]);
}

// Its IndexErrors are raised without a C++ throw: scripts catch them (a work list run dry).
Value list_pop(ThreadState& ts, Value self, const Args& args) {
  expect_positional(args, "list", "pop", 0, 1);
  if (args.count && !args.positional[0].is_int())
    raise(exc::TypeError, "list indices must be integers");
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  auto& items = list.items;
  if (items.empty()) return raise_pending(ts, exc::IndexError, "pop from empty list");
  int64_t index = args.count ? args.positional[0].i : -1;
  if (index < 0) index += static_cast<int64_t>(items.size());
  if (index < 0 || index >= static_cast<int64_t>(items.size()))
    return raise_pending(ts, exc::IndexError, "pop index out of range");
  Value v = items[static_cast<size_t>(index)];
  items.erase(items.begin() + index);
  return v;  // the list's reference passes to the caller
}

Value list_insert2(ThreadState&, Value self, Value where, Value item) {  // its call2
  if (!where.is_int())
    raise(exc::TypeError, "'" + type_name(where) + "' object cannot be interpreted as an integer");
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  auto& items = list.items;
  int64_t size = static_cast<int64_t>(items.size());
  int64_t index = where.i;
  if (index < 0) index = std::max<int64_t>(0, index + size);
  index = std::min(index, size);
  incref(item);
  items.insert(items.begin() + index, item);
  return Value::none();
}
Value list_insert(ThreadState& thread, Value self, const Args& args) {
  expect_positional(args, "list", "insert", 2, 2);
  return list_insert2(thread, self, args.positional[0], args.positional[1]);
}

// list.remove()'s search: the first position of an item equal to `item`, or SIZE_MAX.
size_t position_to_remove(const std::vector<Value>& items, Value item) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (keys_equal(items[i], item)) return i;
  }
  return SIZE_MAX;
}

// list.index and tuple.index: the first position of x within [start, stop), taken as slice
// indices (negative from the end, then clamped), as CPython's list_index_impl. Its ValueError is
// raised without a C++ throw (scripts catch it).
Value sequence_index(ThreadState& ts, Value self, const Args& args) {
  if (args.keyword_count() == 0 && (args.count == 0 || args.count > 3)) {  // argument clinic's words
    raise(exc::TypeError, args.count == 0
                              ? "index expected at least 1 argument, got 0"
                              : "index expected at most 3 arguments, got " + std::to_string(args.count));
  }
  if (args.keyword_count() != 0)
    raise_no_keywords(is_kind(self, Kind::Tuple) ? "tuple" : "list", "index");
  ItemsView view(self);
  const std::vector<Value>& items = view.items();
  const auto length = static_cast<int64_t>(items.size());
  auto bound = [&](size_t at, int64_t fallback) -> int64_t {
    if (args.count <= at) return fallback;
    return std::min(slice_argument(args.positional[at], length, std::nullopt), length);
  };
  const int64_t start = bound(1, 0), stop = bound(2, length);
  // The size again each time: a script __eq__ may shrink the list (CPython's list_index does so).
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i) {
    if (keys_equal(items[static_cast<size_t>(i)], args.positional[0])) return Value::integer(i);
  }
  if (is_kind(self, Kind::Tuple))
    return raise_pending(ts, exc::ValueError, "tuple.index(x): x not in tuple");
  return raise_pending(ts, exc::ValueError, repr(args.positional[0]) + " is not in list");
}

Value list_index(ThreadState& ts, Value self, const Args& args) {
  return sequence_index(ts, self, args);
}
Value list_index1(ThreadState& ts, Value self, Value item) {  // its FixedArityMethod's call1
  return sequence_index(ts, self, Args{&item, 1});
}

// Compares outside the lock (a comparison may lock other lists), then removes the item found,
// which another thread may have moved meanwhile: it is looked up again by identity.
Value list_remove1(ThreadState& ts, Value self, Value item) {  // its call1
  Value found;
  {
    ItemsView view(self);
    const size_t at = position_to_remove(view.items(), item);
    if (at == SIZE_MAX) return raise_pending(ts, exc::ValueError, "list.remove(x): x not in list");
    found = view.items()[at];
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
Value list_remove(ThreadState& ts, Value self, const Args& args) {
  args.expect_one("list.remove");
  return list_remove1(ts, self, args.positional[0]);
}

Value list_count1(ThreadState&, Value self, Value item) {  // its call1
  ItemsView view(self);
  const auto& items = view.items();
  int64_t count = 0;
  // The size again each time: a script __eq__ may shrink the list (as CPython's list_count).
  for (size_t i = 0; i < items.size(); ++i) count += keys_equal(items[i], item);
  return Value::integer(count);
}
Value list_count(ThreadState& thread, Value self, const Args& args) {
  args.expect_one(is_kind(self, Kind::Tuple) ? "tuple.count" : "list.count");
  return list_count1(thread, self, args.positional[0]);
}

Value list_reverse0(ThreadState&, Value self) {
  List& list = list_of(self);
  ContainerLock lock(list.mutex);
  std::reverse(list.items.begin(), list.items.end());
  return Value::none();
}
constexpr auto list_reverse = no_arguments<"list.reverse", list_reverse0>;

// As CPython's list_sort_impl: the items are taken out of the list, which appears empty while
// key functions and comparisons run (they may lock other lists, and other threads may run),
// sorted outside the lock, and put back however the sort ends; whatever the list got meanwhile
// is dropped, and raises ValueError unless the sort raised first.
Value list_sort(ThreadState& thread, Value self, const Args& args) {
  if (args.count > 0) raise(exc::TypeError, "sort() takes no positional arguments");  // both keyword-only
  auto bound = args.bind("sort", {"key", "reverse"});
  bool descending = !bound[1].is_undefined() && truthy(bound[1]);
  List& list = list_of(self);
  std::vector<Value> items;
  {
    ContainerLock lock(list.mutex);
    // Ints or strs with no key: in place, no script code run.
    if ((bound[0].is_undefined() || bound[0].is_none()) && sort_plain(list.items, descending))
      return Value::none();
    items.swap(list.items);
  }
  // The items back in the list; true if it was changed meanwhile (CPython's allocated != -1:
  // any growth, even one undone; a clear() of the empty list is no change there either).
  const auto put_back = [&] {
    std::vector<Value> added;
    {
      ContainerLock lock(list.mutex);
      added.swap(list.items);
      list.items.swap(items);
    }
    const bool modified = !added.empty() || added.capacity() != 0;
    for (Value v : added) decref(v);
    return modified;
  };
  try {
    sort_by_key(thread, items, bound[0], descending);
  } catch (...) {
    put_back();
    throw;
  }
  if (put_back()) raise(exc::ValueError, "list modified during sort");
  return Value::none();
}

Value list_copy0(ThreadState&, Value self) { return copy_list(list_of(self)); }
constexpr auto list_copy = no_arguments<"list.copy", list_copy0>;

Value list_clear0(ThreadState&, Value self) {
  std::vector<Value> removed;
  {
    List& list = list_of(self);
    ContainerLock lock(list.mutex);
    removed.swap(list.items);
  }
  for (Value v : removed) decref(v);  // outside the lock: a destructor may run
  return Value::none();
}
constexpr auto list_clear = no_arguments<"list.clear", list_clear0>;

// list.__init__(self, iterable=()): the list's items replaced by the iterable's (what a
// subclass's instances are made with, and its __init__ reaches by super()).
Value list_init(ThreadState& thread, Value self, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "list() takes no keyword arguments");
  if (args.count > 1)
    raise(exc::TypeError, "list expected at most 1 argument, got " + std::to_string(args.count));
  decref(list_clear(thread, self, Args{}));
  if (args.count == 1) decref(list_extend(thread, self, args));
  return Value::none();
}

const MethodTable& list_methods() {
  static const MethodTable table(with_special_methods(
      {
          {"append", list_append}, {"extend", list_extend},   {"pop", list_pop},
          {"insert", list_insert}, {"index", list_index},     {"remove", list_remove},
          {"count", list_count},   {"reverse", list_reverse}, {"sort", list_sort},
          {"copy", list_copy},     {"clear", list_clear},     {"__init__", list_init},
      },
      SpecialMethodsOf::kList));
  return table;
}

// ---- tuple: count and index, as list's

const MethodTable& tuple_methods() {
  static const MethodTable table(with_special_methods(
      {{"index", list_index}, {"count", list_count}}, SpecialMethodsOf::kTuple));
  return table;
}

// ---- dict

Dict& dict_of(Value self) { return *static_cast<Dict*>(self.obj); }

// d.keys(), d.values(), d.items(): live views (dict_view.h).
template <DictPart kPart>
Value dict_view0(ThreadState&, Value self) {
  return make_dict_view(self, kPart);
}
constexpr auto dict_keys = no_arguments<"dict.keys", dict_view0<DictPart::Keys>>;
constexpr auto dict_values = no_arguments<"dict.values", dict_view0<DictPart::Values>>;
constexpr auto dict_items = no_arguments<"dict.items", dict_view0<DictPart::Items>>;

Value dict_setdefault1(ThreadState&, Value self, Value key) {  // its call1
  return dict_of(self).set_default(key, Value::none());
}
Value dict_setdefault2(ThreadState&, Value self, Value key, Value fallback) {  // its call2
  return dict_of(self).set_default(key, fallback);
}
Value dict_setdefault(ThreadState&, Value self, const Args& args) {
  expect_positional(args, "dict", "setdefault", 1, 2);
  Value fallback = args.count == 2 ? args.positional[1] : Value::none();
  return dict_of(self).set_default(args.positional[0], fallback);
}

// pop(key[, default]) (`fallback` Undefined where not given).
Value pop_from_dict(ThreadState& ts, Value self, Value key, Value fallback) {
  Value removed = dict_of(self).pop(key);
  if (!removed.is_undefined()) return removed;
  if (!fallback.is_undefined()) {
    incref(fallback);
    return fallback;
  }
  return raise_pending(ts, new_key_error(key));  // no C++ throw: often caught
}
Value dict_pop1(ThreadState& ts, Value self, Value key) {  // its call1
  return pop_from_dict(ts, self, key, Value::undefined());
}
Value dict_pop2(ThreadState& ts, Value self, Value key, Value fallback) {  // its call2
  return pop_from_dict(ts, self, key, fallback);
}
Value dict_pop(ThreadState& ts, Value self, const Args& args) {
  expect_positional(args, "dict", "pop", 1, 2);
  return pop_from_dict(ts, self, args.positional[0],
                       args.count == 2 ? args.positional[1] : Value::undefined());
}

Value dict_popitem(ThreadState& ts, Value self, const Args& args) {
  if (args.count != 0 || args.keyword_count() != 0) raise_no_arguments(args, "dict.popitem");
  // The last entry, as Python's LIFO popitem; retried if another thread removed it meanwhile.
  for (;;) {
    Value key = Value::undefined();
    {
      Dict& dict = dict_of(self);
      ContainerLock lock(dict.mutex);
      if (dict.entries.empty())  // (without a C++ throw: `while d: ... except KeyError`)
        return raise_pending(
            ts, new_key_error(Ref::steal(make_str("popitem(): dictionary is empty")).get()));
      key = dict.entries.back().key();
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
  if (args.count != 0 || args.keyword_count() != 0) raise_no_arguments(args, "dict.copy");
  Ref copy = Ref::steal(Value::object(new Dict()));
  static_cast<Dict*>(copy.get().obj)->inherit_default_factory(dict_of(self));
  update_new_dict(*static_cast<Dict*>(copy.get().obj), self);
  return copy.release();
}

Value dict_clear(ThreadState&, Value self, const Args& args) {
  if (args.count != 0 || args.keyword_count() != 0) raise_no_arguments(args, "dict.clear");
  std::vector<Dict::Entry> removed;
  {
    Dict& dict = dict_of(self);
    ContainerLock lock(dict.mutex);
    removed.swap(dict.entries);
    dict.slots.clear();
    dict.used = dict.index_fill = dict.front_holes = 0;
  }
  for (const Dict::Entry& e : removed) {  // released outside the lock: a destructor may run
    decref(e.key());
    decref(e.value());
  }
  return Value::none();
}

// dict.__init__(self, source=(), **items): the source's items and then the keywords' added (what
// a subclass's instances are made with, and its __init__ reaches by super()).
Value dict_init(ThreadState& thread, Value self, const Args& args) {
  if (args.count > 1)
    raise(exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(args.count));
  return dict_update(thread, self, args);
}

const MethodTable& dict_methods() {
  static const MethodTable table(with_special_methods(
      {
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
          {"__init__", dict_init},
      },
      SpecialMethodsOf::kDict));
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

// ---- the builtin iterators' __next__ and __iter__ (`it.__next__()`), as next() and iter()

Value iterator_dunder_next(ThreadState& thread, Value self, const Args& args) {
  args.expect("__next__", 0, 0);
  Value next;
  if (iterator_next(self, next)) return next;
  return raise_pending(thread,
                       Value::object(new ExceptionObject(exc::StopIteration, make_tuple({}))));
}

Value iterator_dunder_iter(ThreadState&, Value self, const Args& args) {
  args.expect("__iter__", 0, 0);
  incref(self);
  return self;
}

const MethodTable& iterator_methods() {
  static const MethodTable table = {{"__next__", iterator_dunder_next},
                                    {"__iter__", iterator_dunder_iter}};
  return table;
}

const MethodTable* methods_of(Value v) {
  if (v.is_int() || v.is_bool()) return &int_methods();
  if (v.is_float()) return &float_methods();
  if (!v.is_obj()) return nullptr;
  switch (v.obj->kind) {
    case Kind::BigInt: return &int_methods();
    case Kind::Complex: return &complex_methods();
    case Kind::Str: return &str_methods();
    case Kind::Bytes: return &bytes_methods();
    case Kind::ByteArray: return &bytearray_methods();
    case Kind::List: return &list_methods();
    case Kind::Tuple: return &tuple_methods();
    case Kind::Dict: return &dict_methods();
    case Kind::Set: return &set_methods(as_set(v)->frozen);
    case Kind::Range: return &range_methods();
    case Kind::DictView: return is_set_like_view(v) ? &dict_view_methods() : nullptr;
    case Kind::Generator: return &generator_methods();
    case Kind::Deque: return &deque_methods();
    case Kind::Iterator: return &iterator_methods();
    default: return nullptr;
  }
}

Value bind_method(std::string_view name, NativeFn fn, Value self) {
  return Value::object(new Native(std::string(name), fn, self));
}

// ---- the builtin types' names: `str.lower`, `dict.fromkeys`

// The builtin type that a builtin function's name stands for, with the values its methods take.
struct BuiltinType {
  std::string_view name;
  const MethodTable& (*methods)();
  bool (*accepts)(Value receiver);
  std::string_view qualified_name = {};  // as messages name the type, when not `name`
  std::string message_name() const {
    return std::string(qualified_name.empty() ? name : qualified_name);
  }
};
constexpr BuiltinType kBuiltinTypes[] = {
    {"str", str_methods, [](Value v) { return is_kind(v, Kind::Str); }},
    {"bytes", bytes_methods, [](Value v) { return is_kind(v, Kind::Bytes); }},
    {"bytearray", bytearray_methods, [](Value v) { return is_kind(v, Kind::ByteArray); }},
    {"list", list_methods, [](Value v) { return is_kind(v, Kind::List); }},
    {"tuple", tuple_methods, [](Value v) { return is_kind(v, Kind::Tuple); }},
    {"dict", dict_methods, [](Value v) { return is_kind(v, Kind::Dict); }},
    {"set", []() -> const MethodTable& { return set_methods(false); },
     [](Value v) { return is_kind(v, Kind::Set) && !as_set(v)->frozen; }},
    {"frozenset", []() -> const MethodTable& { return set_methods(true); },
     [](Value v) { return is_kind(v, Kind::Set) && as_set(v)->frozen; }},
    {"range", range_methods, [](Value v) { return is_kind(v, Kind::Range); }},
    {"int", int_methods, [](Value v) { return v.is_int() || v.is_bool() || is_bigint(v); }},
    {"bool", int_methods, [](Value v) { return v.is_bool(); }},
    {"float", float_methods, [](Value v) { return v.is_float(); }},
    {"deque", deque_methods, [](Value v) { return is_kind(v, Kind::Deque); }, "collections.deque"},
    {"complex", complex_methods, [](Value v) { return is_complex(v); }},
};

// Whether the method `name` of `type` is a special method that CPython makes a slot wrapper,
// which its repr and errors word differently (__getitem__, and dict's __contains__, are methods
// there).
bool is_slot_wrapper(const BuiltinType& type, std::string_view name) {
  return name.starts_with("__") && name != "__getitem__" &&
         !(name == "__contains__" && type.name == "dict");
}

// A method looked up on its type (`str.lower`): a Native whose self is (the type's place in
// kBuiltinTypes, the method's name), called with the receiver first.
Value call_unbound_method(ThreadState& thread, Value self, const Args& args) {
  const Tuple& place = *as_tuple(self);
  const BuiltinType& type = kBuiltinTypes[place.items[0].i];
  const Str& name = *as_str(place.items[1]);
  if (args.count == 0) {
    raise(exc::TypeError,
          "unbound method " + std::string(type.name) + "." + name.text + "() needs an argument");
  }
  Value receiver = args.positional[0];
  if (is_number_instance(receiver) && type.accepts(number_value(receiver))) {
    // An int's or float's subclass: its number, but to the special methods, which take the
    // instance past its class's override (special_methods.cpp).
    if (!name.text.starts_with("__")) receiver = number_value(receiver);
  } else if (!type.accepts(receiver)) {
    const std::string& text = name.text;
    if (is_slot_wrapper(type, text)) {
      raise(exc::TypeError, "descriptor '" + text + "' requires a '" + type.message_name() +
                                "' object but received a '" + type_name(args.positional[0]) +
                                "'");
    }
    raise(exc::TypeError, "descriptor '" + text + "' for '" + type.message_name() +
                              "' objects doesn't apply to a '" + type_name(args.positional[0]) +
                              "' object");
  }
  Args rest = args;
  ++rest.positional;
  --rest.count;
  return type.methods().find(name)(thread, receiver, rest);
}

// The method `name` of kBuiltinTypes[type] as `list.append` is: called with the receiver first.
Value unbound_method(size_t type, const Str& name) {
  incref(Value::object(const_cast<Str*>(&name)));
  Value place = make_tuple(
      {Value::integer(static_cast<int64_t>(type)), Value::object(const_cast<Str*>(&name))});
  Value method = bind_method(name.text, call_unbound_method, place);
  decref(place);
  return method;
}

// dict.fromkeys(iterable, value=None)
Value dict_fromkeys(ThreadState&, Value, const Args& args) {
  args.expect("fromkeys", 1, 2);
  const Value value = args.count > 1 ? args.positional[1] : Value::none();
  Ref dict = Ref::steal(Value::object(new Dict()));
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  Value key;
  while (iterator_next(iterator.get(), key)) {
    Ref owned = Ref::steal(key);  // set() takes references of its own to the key and the value
    static_cast<Dict*>(dict.get().obj)->set(key, value);
  }
  return dict.release();
}

// The one positional argument of fromhex(string, /), with CPython's errors.
void expect_one_string(const Args& args, std::string_view method) {
  if (args.keyword_count() != 0)
    raise(exc::TypeError, std::string(method) + "() takes no keyword arguments");
  if (args.count != 1) {
    raise(exc::TypeError, std::string(method) + "() takes exactly one argument (" +
                              std::to_string(args.count) + " given)");
  }
}

// bytes.fromhex(string): pairs of hex digits, whitespace between pairs skipped; as CPython's
// _PyBytes_FromHex, non-ASCII text fails at its first non-ASCII character, wherever any other
// error is. Written in place into a Bytes of the most it can need, digits found by table.
Value bytes_fromhex(ThreadState&, Value, const Args& args) {
  expect_one_string(args, "bytes.fromhex");
  if (!is_kind(args.positional[0], Kind::Str)) {
    raise(exc::TypeError,
          "fromhex() argument must be str, not " + type_name(args.positional[0]));
  }
  const Str& str = *as_str(args.positional[0]);
  const std::string& text = str.text;
  auto fail = [](size_t at) {
    raise(exc::ValueError,
          "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
  };
  if (!str.is_ascii()) {  // the ASCII before the first other character: bytes are positions
    size_t at = 0;
    while (static_cast<unsigned char>(text[at]) < 0x80) ++at;
    fail(at);
  }
  static constexpr auto kDigit = [] {
    std::array<uint8_t, 256> table{};
    table.fill(0xFF);
    for (int c = 0; c < 10; ++c) table['0' + c] = static_cast<uint8_t>(c);
    for (int c = 0; c < 6; ++c) {
      table['a' + c] = static_cast<uint8_t>(10 + c);
      table['A' + c] = static_cast<uint8_t>(10 + c);
    }
    return table;
  }();
  auto digit = [&](size_t at) {
    return at < text.size() ? kDigit[static_cast<unsigned char>(text[at])] : uint8_t{0xFF};
  };
  auto* made = new Bytes(text.size() / 2, '\0');
  Ref owner = Ref::steal(Value::object(made));
  char* const start = made->data.data();
  char* to = start;
  const char* const p = text.data();
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    // Pairs of digits, the usual text, with one check a pair; a space or an error stops it.
    for (; i + 1 < n; i += 2) {
      const uint8_t high = kDigit[static_cast<unsigned char>(p[i])];
      const uint8_t low = kDigit[static_cast<unsigned char>(p[i + 1])];
      if ((high | low) > 15) break;
      *to++ = static_cast<char>(high << 4 | low);
    }
    if (i >= n) break;
    const uint8_t high = digit(i);
    if (high > 15) {
      if (bytes_space(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      fail(i);
    }
    const uint8_t low = digit(i + 1);
    if (low > 15) fail(i + 1);
    *to++ = static_cast<char>(high << 4 | low);
    i += 2;
  }
  made->data.resize(static_cast<size_t>(to - start));
  return owner.release();
}

// bytearray.fromhex(string): bytes.fromhex's bytes, as a bytearray.
Value bytearray_fromhex(ThreadState& thread, Value self, const Args& args) {
  expect_one_string(args, "bytearray.fromhex");
  return bytearray_result(bytes_fromhex(thread, self, args));
}

// bool.from_bytes(...): int.from_bytes's number as a bool, as CPython's cls(number).
Value bool_from_bytes(ThreadState& thread, Value self, const Args& args) {
  Ref number = Ref::steal(int_from_bytes(thread, self, args));
  return Value::boolean(truthy(number.get()));
}

// The types' class methods: each one Native, made on first use and shared (immortal: it is bound
// to None and holds nothing), so that `bytes.fromhex(h)` in a loop allocates nothing; LOAD_METHOD
// remembers one by its place (attribute_cache.h).
struct ClassMethod {
  std::string_view type, name;
  NativeFn fn;
};
constexpr ClassMethod kClassMethods[] = {
    {"dict", "fromkeys", dict_fromkeys},     {"str", "maketrans", str_maketrans},
    {"bytes", "fromhex", bytes_fromhex},     {"bytearray", "fromhex", bytearray_fromhex},
    {"tuple", "__new__", tuple_new},         {"int", "from_bytes", int_from_bytes},
    {"bool", "from_bytes", bool_from_bytes}, {"str", "__new__", str_new},
    {"int", "__new__", int_new},             {"float", "__new__", float_new},
};

// The unbound methods that `type.name` finds for each of kBuiltinTypes (`dict.pop`, `str.lower`),
// by name: made once for all at the first such look-up, immortal and never changed, so that a
// loop calling `dict.pop(self, k)` or mapping `str.lower` makes no object per look-up.
const Dict& builtin_type_attributes(size_t type) {
  // An array, never destroyed: the tables stay reachable to the end (no leak reported).
  static const std::array<Dict*, std::size(kBuiltinTypes)> tables = [] {
    std::array<Dict*, std::size(kBuiltinTypes)> made{};
    for (size_t i = 0; i < std::size(kBuiltinTypes); ++i) {
      auto* table = new Dict();
      immortalize(Value::object(table));
      add_builtin_methods(kBuiltinTypes[i].name, *table);
      made[i] = table;
    }
    return made;
  }();
  return *tables[type];
}

// `type.name` for a builtin type's name (`str.lower`, `dict.fromkeys`), a new reference;
// Undefined for other natives and names.
Value builtin_type_attribute(Value type, const Str& name) {
  if (!is_kind(type, Kind::Native) || !static_cast<Native*>(type.obj)->self.is_none())
    return Value::undefined();
  const std::string_view type_name = static_cast<Native*>(type.obj)->name;
  if (type_name == "type") return type_method(type, name);
  // (`list.__getattribute__(self, name)` in a subclass's own: the plain look-up, object's.)
  if (name.text == "__getattribute__")
    return class_lookup(object_class(), NAME_KEY("__getattribute__"));
  if (const int index = class_method_index(type, name); index >= 0) return class_method(index);
  for (size_t i = 0; i < std::size(kBuiltinTypes); ++i) {
    if (kBuiltinTypes[i].name != type_name) continue;
    // const_cast: get() takes the dict's lock when free-threaded, and changes nothing.
    return const_cast<Dict&>(builtin_type_attributes(i))
        .get(Value::object(const_cast<Str*>(&name)));
  }
  return Value::undefined();
}

}  // namespace

int class_method_index(Value type, const Str& name) {
  if (!is_kind(type, Kind::Native) || !static_cast<Native*>(type.obj)->self.is_none()) return -1;
  const std::string_view type_name = static_cast<Native*>(type.obj)->name;
  for (size_t i = 0; i < std::size(kClassMethods); ++i) {
    if (kClassMethods[i].name == name.text && kClassMethods[i].type == type_name)
      return static_cast<int>(i);
  }
  return -1;
}

Value class_method(int index) {
  static const auto made = [] {
    std::array<Value, std::size(kClassMethods)> natives;
    for (size_t i = 0; i < natives.size(); ++i) {
      natives[i] = bind_method(kClassMethods[i].name, kClassMethods[i].fn, Value::none());
      immortalize(natives[i]);
    }
    return natives;
  }();
  const Value method = made[static_cast<size_t>(index)];
  incref(method);
  return method;
}

void add_builtin_methods(std::string_view type_name, Dict& dict) {
  for (size_t i = 0; i < std::size(kBuiltinTypes); ++i) {
    if (kBuiltinTypes[i].name != type_name) continue;
    kBuiltinTypes[i].methods().for_each([&](std::string_view name, NativeFn) {
      Ref key = Ref::steal(interned_str(name));
      Ref method = Ref::steal(unbound_method(i, *as_str(key.get())));
      immortalize(method.get());  // the dict is the process's, shared by every VM's threads
      dict.set(key.get(), method.get());
    });
  }
}

namespace {

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

}  // namespace

[[noreturn]] void raise_no_attribute(Value object, std::string_view name) {
  throw ScriptException{Ref::steal(no_attribute_error(object, name))};
}

Value no_attribute_error(Value object, std::string_view name) {
  if (is_kind(object, Kind::Class) || is_kind(object, Kind::ExceptionClass)) {
    const std::string& class_name = is_kind(object, Kind::Class)
                                        ? static_cast<Class*>(object.obj)->name
                                        : static_cast<ExceptionClass*>(object.obj)->name;
    return new_exception(exc::AttributeError, "type object '" + class_name +
                                                  "' has no attribute '" + std::string(name) + "'");
  }
  if (is_kind(object, Kind::Module)) {
    return new_exception(exc::AttributeError, "module '" + static_cast<Module*>(object.obj)->name +
                                                  "' has no attribute '" + std::string(name) + "'");
  }
  // (One string, made once: the commonest error scripts catch, `o.missing` in a try.)
  const std::string type = type_name(object);
  constexpr std::string_view kMiddle = "' object has no attribute '";
  std::string message;
  message.reserve(type.size() + kMiddle.size() + name.size() + 2);
  message += '\'';
  message += type;
  message += kMiddle;
  message += name;
  message += '\'';
  return new_exception(exc::AttributeError, std::move(message));
}

Value decode_bytes(Value bytes, Value encoding, Value errors) {
  return decode_text(BytesView(bytes).data(), encoding, errors);
}

Value encode_str(ThreadState& thread, Value str, Value encoding, Value errors) {
  const Value arguments[] = {encoding, errors};
  const size_t count = errors.is_undefined() ? (encoding.is_undefined() ? 0 : 1) : 2;
  return str_encode(thread, str, Args{arguments, count});
}

namespace {
constexpr FixedArityMethod with_ascii_answers(FixedArityMethod method,
                                              const std::array<bool, 128>& answers) {
  method.ascii_answers = answers.data();
  return method;
}
template <size_t... N>
constexpr auto joined(const std::array<FixedArityMethod, N>&... parts) {
  std::array<FixedArityMethod, (N + ...)> all{};
  size_t at = 0;
  ((std::copy(parts.begin(), parts.end(), all.begin() + at), at += N), ...);
  return all;
}
}  // namespace

const FixedArityMethod* fixed_arity_method(NativeFn fn) {
  // Made at the first call, not at compile time: under -fsanitize=undefined GCC does not take
  // a function's address tested against null (FixedArityMethod's counts) as a constant.
  static const auto kMethods = joined(
      str_and_bytes_predicate<text_isdigit, text_isdigit0>(kDigitAnswers),
      str_and_bytes_predicate<text_isalpha, text_isalpha0>(kAlphaAnswers),
      str_and_bytes_predicate<text_isalnum, text_isalnum0>(kAlnumAnswers),
      str_and_bytes_predicate<text_isspace, text_isspace0>(kSpaceAnswers),
      str_and_bytes_predicate<text_isupper, text_isupper0>(kUpperAnswers),
      str_and_bytes_predicate<text_islower, text_islower0>(kLowerAnswers),
      str_and_bytes_fixed<text_upper, text_upper0>(),
      str_and_bytes_fixed<text_lower, text_lower0>(),
      str_and_bytes_fixed<text_strip, text_strip0<true, true>, text_strip1<true, true>>(),
      str_and_bytes_fixed<text_lstrip, text_strip0<true, false>, text_strip1<true, false>>(),
      str_and_bytes_fixed<text_rstrip, text_strip0<false, true>, text_strip1<false, true>>(),
      str_and_bytes_fixed<text_split, text_split0<false>, text_split1<false>, text_split2<false>>(),
      str_and_bytes_fixed<text_rsplit, text_split0<true>, text_split1<true>, text_split2<true>>(),
      str_and_bytes_fixed<text_startswith, nullptr, text_affix1<true>>(),
      str_and_bytes_fixed<text_endswith, nullptr, text_affix1<false>>(),
      str_and_bytes_fixed<text_find, nullptr, text_search1<false, false>>(),
      str_and_bytes_fixed<text_rfind, nullptr, text_search1<true, false>>(),
      str_and_bytes_fixed<text_index, nullptr, text_search1<false, true>>(),
      str_and_bytes_fixed<text_rindex, nullptr, text_search1<true, true>>(),
      str_and_bytes_fixed<text_count, nullptr, text_count1>(),
      str_and_bytes_fixed<text_replace, nullptr, nullptr, text_replace2>(),
      std::array<FixedArityMethod, 15>{
          with_ascii_answers(FixedArityMethod(text_isdecimal, text_isdigit0), kDigitAnswers),
          with_ascii_answers(FixedArityMethod(text_isnumeric, text_isdigit0), kDigitAnswers),
          FixedArityMethod(list_extend, nullptr, list_extend1),
          FixedArityMethod(list_insert, nullptr, nullptr, list_insert2),
          FixedArityMethod(list_remove, nullptr, list_remove1),
          FixedArityMethod(list_count, nullptr, list_count1),
          FixedArityMethod(list_reverse, list_reverse0),
          FixedArityMethod(list_copy, list_copy0),
          FixedArityMethod(dict_keys, dict_view0<DictPart::Keys>),
          FixedArityMethod(dict_values, dict_view0<DictPart::Values>),
          FixedArityMethod(dict_items, dict_view0<DictPart::Items>),
          FixedArityMethod(dict_setdefault, nullptr, dict_setdefault1, dict_setdefault2),
          FixedArityMethod(dict_pop, nullptr, dict_pop1, dict_pop2),
          FixedArityMethod(list_index, nullptr, list_index1),
          FixedArityMethod(list_clear, list_clear0),
      });
  // Looked up when a call site's LOAD_METHOD fills its cache (native_method_word()), not per call.
  static const std::unordered_map<NativeFn, const FixedArityMethod*> by_fn = [] {
    std::unordered_map<NativeFn, const FixedArityMethod*> made;
    for (const FixedArityMethod& method : kMethods) made.emplace(method.fn, &method);
    return made;
  }();
  const auto found = by_fn.find(fn);
  return found == by_fn.end() ? nullptr : found->second;
}

uint64_t native_method_word(NativeFn fn) {
  // Kept per thread by the function's address: a subclass's instance's builtin method
  // (`self.append(x)` in a Stack(list)) is looked up at every call, and the look-ups below cost
  // more than the call. A pure function of the address, so a kept word is never stale.
  struct Find {
    NativeFn fn;
    uint64_t word;
  };
  constexpr size_t kFinds = 64;
  static thread_local Find finds[kFinds];
  Find& find = finds[(reinterpret_cast<uintptr_t>(fn) >> 4) % kFinds];
  if (find.fn == fn) return find.word;  // (an empty slot holds nullptr, whose word is 0)
  const FixedArityMethod* fixed = fixed_arity_method(fn);
  const auto address = fixed ? reinterpret_cast<uintptr_t>(fixed) : reinterpret_cast<uintptr_t>(fn);
  uint64_t word = 0;  // no room for the number: never in line
  if ((address & ~kNativeAddressMask) == 0) {
    const InLineMethod in_line = fixed ? InLineMethod::kFixedArity : in_line_method(fn);
    word = static_cast<uint64_t>(in_line) << 48 | address;
  }
  find = {fn, word};
  return word;
}

void raise_no_arguments(const Args& args, std::string_view method) {
  if (args.keyword_count() > 0)
    raise(exc::TypeError, std::string(method) + "() takes no keyword arguments");
  raise(exc::TypeError,
        std::string(method) + "() takes no arguments (" + std::to_string(args.count) + " given)");
}

InLineMethod in_line_method(NativeFn fn) {
  if (fn == &list_append) return InLineMethod::kListAppend;
  if (fn == &list_pop) return InLineMethod::kListPop;
  if (fn == &dict_get) return InLineMethod::kDictGet;
  if (fn == &set_add) return InLineMethod::kSetAdd;
  if (fn == &set_discard) return InLineMethod::kSetDiscard;
  if (fn == &set_remove) return InLineMethod::kSetRemove;
  if (fn == &generator_send) return InLineMethod::kGeneratorSend;
  if (fn == &text_join) return InLineMethod::kTextJoin;
  return deque_in_line_method(fn);
}

NativeFn builtin_method(Value object, const Str& name) {
  const MethodTable* methods = builtin_type_key(object) ? methods_of(object) : nullptr;
  return methods ? methods->find(name) : nullptr;
}

NativeFn subclass_builtin_method(Value object, const Str& name) {
  const Value key = Value::object(const_cast<Str*>(&name));
  // An interned name only: subclass_override() keeps its finds by the name's address.
  if (!is_builtin_subclass_instance(object) ||
      !is_immortal_count(name.refcount.load(std::memory_order_relaxed)))
    return nullptr;
  if (Dict* own = subclass_part(object).attributes_if_made(); own && own->contains(key))
    return nullptr;
  if (!Ref::steal(subclass_override(object, key)).get().is_undefined()) return nullptr;
  // A list's, dict's, tuple's or str's, by the kind (an int's or float's subclass: none here,
  // its methods bind to its number).
  const MethodTable* methods = methods_of(object);
  return methods ? methods->find(name) : nullptr;
}

namespace {
// The method `name` of a builtin object's type (TypeInfo::methods), or nullptr.
NativeFn type_info_method(const TypeInfo& type, std::string_view name) {
  for (const auto& [method_name, fn] : type.methods) {
    if (method_name == name) return fn;
  }
  return nullptr;
}
}  // namespace

namespace {
// native_method_word() of type_info_method()'s find, kept per thread by the type's and the
// interned name's addresses (both live as long as the process): `with lock:` looks up __enter__
// and __exit__ each time, and the scan of the type's methods by text and the in-line method's
// number cost as much as the call. A pure function of the two keys, so a kept word is never stale.
uint64_t type_method_word(const TypeInfo& type, const Str& name) {
  if (!is_immortal_count(name.refcount.load(std::memory_order_relaxed)))
    return native_method_word(type_info_method(type, name.text));
  struct Find {
    const TypeInfo* type;
    const Str* name;
    uint64_t word;
  };
  constexpr size_t kFinds = 16;
  static thread_local Find finds[kFinds];
  const auto type_key = reinterpret_cast<uintptr_t>(&type);
  const auto name_key = reinterpret_cast<uintptr_t>(&name);
  Find& find = finds[(type_key >> 4 ^ name_key >> 4) % kFinds];
  if (find.type != &type || find.name != &name)
    find = {&type, &name, native_method_word(type_info_method(type, name.text))};
  return find.word;
}
}  // namespace

uint64_t instance_type_method_word(ThreadState& thread, Value object, const Str& name) {
  if (!is_kind(object, Kind::Instance)) return 0;
  auto& instance = *static_cast<Instance*>(object.obj);
  if (!instance.cls.is_none()) return 0;
  // Data attributes come first, as in find_attribute().
  if (instance.type->get) {
    if (Ref data = Ref::steal(instance.type->get(thread, instance, name.text));
        !data.get().is_undefined())
      return 0;
  }
  return type_method_word(*instance.type, name);
}

Value get_attribute(ThreadState& thread, Value object, const Str& name) {
  Value v = find_attribute(thread, object, name);
  if (v.is_undefined()) raise_no_attribute(object, name.text);
  return v;
}

BuiltinTypeKey builtin_type_key_named(std::string_view name) {
  static constexpr std::pair<std::string_view, BuiltinTypeKey> kNamed[] = {
      {"str", kStrType},     {"bytes", kBytesType}, {"list", kListType},
      {"dict", kDictType},   {"set", kSetType},     {"frozenset", kFrozensetType},
      {"range", kRangeType}, {"tuple", kTupleType}, {"int", kIntType},
      {"float", kFloatType}, {"deque", kDequeType}, {"bytearray", kByteArrayType}};
  for (const auto& [type, key] : kNamed) {
    if (name == type) return key;
  }
  return kNoBuiltinType;
}

Value custom_getattribute(Class& cls) {
  Value hook = class_special_lookup(cls, NAME_KEY("__getattribute__"));
  if (is_kind(hook, Kind::Native) && static_cast<Native*>(hook.obj)->fn == object_getattribute) {
    decref(hook);
    return Value::undefined();
  }
  return hook;
}

Value instance_getattribute(Value object) {
  if (is_kind(object, Kind::ScriptInstance))
    return custom_getattribute(*static_cast<ScriptInstance*>(object.obj)->cls);
  if (is_builtin_subclass_instance(object)) return custom_getattribute(*subclass_part(object).cls);
  return Value::undefined();
}

bool is_attribute_error(const ScriptException& error) {
  return static_cast<ExceptionObject*>(error.exception.get().obj)
      ->cls->is_subclass_of(exc::AttributeError);
}

namespace {

// The attribute of a script instance or of an object made through a class: the class's
// __getattribute__ if it has its own, else normal lookup (class_get_attribute()), then the
// class's __getattr__ for what that does not find or fails to find (AttributeError), as
// CPython's slot_tp_getattr_hook. Without `hooks`, normal lookup only (object.__getattribute__).
// With `pending`, an exception leaving a __getattr__ that is a plain script function comes back
// as Undefined, left in thread.pending_exception (find_attribute_or_pending()).
Value class_attribute_or_hook(ThreadState& thread, Value object, const Str& name, bool hooks,
                              bool pending) {
  const bool has_class = hooks && (is_kind(object, Kind::ScriptInstance) ||
                                   is_kind(object, Kind::Instance) ||
                                   is_builtin_subclass_instance(object));
  Ref hook = Ref::steal(has_class ? special_method(object, NAME_KEY("__getattr__"))
                                  : Value::undefined());
  Ref getattribute = Ref::steal(hooks ? instance_getattribute(object) : Value::undefined());
  Value args[2] = {object, Value::object(const_cast<Str*>(&name))};
  const auto look_up = [&] {
    return getattribute.get().is_undefined()
               ? class_get_attribute(thread, object, name)
               : call_with_keywords(thread, getattribute.get(), args, 2, nullptr);
  };
  if (hook.get().is_undefined()) return look_up();
  try {
    Value v = look_up();
    if (!v.is_undefined()) return v;
  } catch (ScriptException& error) {
    if (!is_attribute_error(error)) throw;
  }
  Value result;
  if (pending && call_exact_with_self_or_pending(thread, hook.get(), object, args + 1, 1, result))
    return result;
  return call_with_keywords(thread, hook.get(), args, 2, nullptr);
}

Value find_attribute_of(ThreadState& thread, Value object, const Str& name, bool hooks,
                        bool pending = false) {
  // A script instance has none of the builtin kinds' attributes below.
  if (is_kind(object, Kind::ScriptInstance))
    return class_attribute_or_hook(thread, object, name, hooks, pending);
  const std::string& key = name.text;
  if (is_kind(object, Kind::Dict) && key == "default_factory" &&
      static_cast<Dict*>(object.obj)->is_defaultdict()) {
    Dict& dict = *static_cast<Dict*>(object.obj);
    ContainerLock lock(dict.mutex);
    incref(dict.default_factory);
    return dict.default_factory;
  }
  if (is_kind(object, Kind::Tuple) && as_tuple(object)->names) {  // fields before methods
    const Tuple& tuple = *as_tuple(object);
    for (size_t i = 0; i < tuple.names->fields.size() && i < tuple.items.size(); ++i) {
      if (tuple.names->fields[i] == key) return (incref(tuple.items[i]), tuple.items[i]);
    }
  }
  // An instance of a subclass of list or dict finds its methods on its class (overrides first).
  if (const MethodTable* methods =
          is_builtin_subclass_instance(object) ? nullptr : methods_of(object)) {
    if (NativeFn fn = methods->find(name)) return bind_method(key, fn, object);
    if (!object.is_obj() || is_bigint(object) || is_complex(object)) {
      Value v = number_data_attribute(object, key);
      if (!v.is_undefined()) return v;
    }
    if (is_kind(object, Kind::Deque) && key == "maxlen") return deque_maxlen(*as_deque(object));
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
      if (NativeFn fn = type_info_method(*instance->type, key))
        return bind_method(instance->type->name + "." + key, fn, object);
    }
  } else if (is_kind(object, Kind::Slice)) {  // what __getitem__ gets for `a[i:j]`
    const auto& slice = *static_cast<Slice*>(object.obj);
    Value v = key == "start"  ? slice.start
              : key == "stop" ? slice.stop
              : key == "step" ? slice.step
                              : Value::undefined();
    if (!v.is_undefined()) return (incref(v), v);
  } else if (is_kind(object, Kind::Exception)) {
    Value v = exception_attribute(*static_cast<ExceptionObject*>(object.obj), key);
    if (!v.is_undefined()) return v;
  } else if (is_kind(object, Kind::Member) && key == "__doc__" &&
             static_cast<Member*>(object.obj)->tuple_field()) {  // a namedtuple field's
    Value doc = static_cast<Member*>(object.obj)->name;
    incref(doc);
    return doc;
  } else if (is_kind(object, Kind::ExceptionClass) && key == "__qualname__") {
    return make_str(static_cast<ExceptionClass*>(object.obj)->name);
  } else if (is_kind(object, Kind::ExceptionClass) && key == "__name__") {
    return make_str(static_cast<ExceptionClass*>(object.obj)->name);
  } else if (is_kind(object, Kind::Function) && (key == "__name__" || key == "__qualname__")) {
    // A name set on the function (functools.wraps renames its wrapper) wins over its code's.
    Value renamed = class_get_attribute(thread, object, name);
    if (!renamed.is_undefined()) return renamed;
    const Code& code = *static_cast<Function*>(object.obj)->code;
    return make_str(key == "__name__" ? code.name : code.qualname);
  } else if (is_kind(object, Kind::Native)) {
    if (key == "__name__") return make_str(static_cast<Native*>(object.obj)->name);
    Value v = builtin_type_attribute(object, name);
    if (!v.is_undefined()) return v;
    v = native_type_attribute(object, key);
    if (!v.is_undefined()) return v;
  }
  // x.__class__ of a builtin value (an int, a list, len): type(x). Instances, classes and
  // exceptions answer through their classes.
  if (key == "__class__" && type_of(object).is_undefined() && !is_kind(object, Kind::Class) &&
      !is_kind(object, Kind::ExceptionClass))
    return class_of(thread, object);
  return class_attribute_or_hook(thread, object, name, hooks, pending);
}
}  // namespace

Value find_attribute(ThreadState& thread, Value object, const Str& name) {
  return find_attribute_of(thread, object, name, true);
}

Value find_attribute_or_pending(ThreadState& thread, Value object, const Str& name) {
  return find_attribute_of(thread, object, name, true, true);
}

Value find_attribute_plain(ThreadState& thread, Value object, const Str& name) {
  return find_attribute_of(thread, object, name, false);
}

void set_attribute(ThreadState& thread, Value object, const Str& name, Value value) {
  const Value args[3] = {object, Value::object(const_cast<Str*>(&name)), value};
  if (call_attribute_hook(thread, NAME_KEY("__setattr__"), args, 3)) return;
  set_attribute_plain(thread, object, name, value);
}

void set_attribute_plain(ThreadState& thread, Value object, const Str& name, Value value) {
  if (class_set_attribute(thread, object, name, value)) return;
  if (is_kind(object, Kind::Instance)) {
    auto* instance = static_cast<Instance*>(object.obj);
    if (instance->type->set && instance->type->set(thread, *instance, name.text, value)) return;
  }
  if (is_kind(object, Kind::Module)) {
    auto* module = static_cast<Module*>(object.obj);
    incref(value);
    module->add(name.text, value);
    module->store_live_global(name.text, value);
    return;
  }
  if (is_kind(object, Kind::Dict) && name.text == "default_factory" &&
      static_cast<Dict*>(object.obj)->is_defaultdict()) {
    Dict& dict = *static_cast<Dict*>(object.obj);
    Value old;
    {
      ContainerLock lock(dict.mutex);
      old = dict.default_factory;
      incref(value);
      dict.default_factory = value.is_undefined() ? Value::none() : value;
    }
    decref(old);  // outside the lock: freeing it may run anything
    return;
  }
  if (is_kind(object, Kind::Deque)) {  // CPython's messages: a read-only data attribute, no dict
    raise(exc::AttributeError,
          name.text == "maxlen"
              ? "attribute 'maxlen' of 'collections.deque' objects is not writable"
              : "'collections.deque' object has no attribute '" + name.text + "'");
  }
  if (is_type_builtin(object)) {  // list.x = 1
    const std::string& type = static_cast<Native*>(object.obj)->name;
    raise(exc::TypeError,
          "cannot set '" + name.text + "' attribute of immutable type '" +
              (type == "deque" || type == "defaultdict" ? "collections." + type : type) + "'");
  }
  // A number's data attribute (x.real = 1): int's and float's are getters, complex's members.
  if (!object.is_obj() || is_bigint(object) || is_complex(object)) {
    if (Ref data = Ref::steal(number_data_attribute(object, name.text)); !data.get().is_undefined())
      raise(exc::AttributeError, is_complex(object) ? std::string("readonly attribute")
                                                    : "attribute '" + name.text + "' of '" +
                                                          (object.is_float() ? "float" : "int") +
                                                          "' objects is not writable");
  }
  // CPython's two messages: an attribute the type has (a method) is read-only; others are not
  // there at all, as these values have no __dict__.
  Ref existing = Ref::steal(find_attribute(thread, object, name));
  if (existing.get().is_undefined())
    raise(exc::AttributeError,
          "'" + type_name(object) + "' object has no attribute '" + name.text + "'");
  raise(exc::AttributeError,
        "'" + type_name(object) + "' object attribute '" + name.text + "' is read-only");
}

std::string native_repr(const Native& native) {
  if (native.fn == call_unbound_method) {
    const BuiltinType& type = kBuiltinTypes[as_tuple(native.self)->items[0].i];
    return (is_slot_wrapper(type, native.name) ? "<slot wrapper '" : "<method '") + native.name +
           "' of '" + type.message_name() + "' objects>";
  }
  if (!native.self.is_none() && !is_kind(native.self, Kind::Module)) {
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<const void*>(native.self.obj));
    return "<built-in method " + native.name + " of " + type_name(native.self) + " object at " +
           address + ">";
  }
  return "<built-in function " + native.name + ">";
}

}  // namespace gilvm
