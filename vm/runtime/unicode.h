// str holds UTF-8 text and is indexed by code point, as Python's str is. These helpers walk the
// UTF-8; each checks for pure ASCII first, where a byte is a code point and nothing needs
// walking, so ASCII text costs what it did when str was indexed by byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace gilvm::unicode {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Eight bytes at a time: the usual text is a word or a number, a loop of one or two passes.
inline bool is_ascii(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size();
  uint64_t high = 0;
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    high |= word;
  }
  for (; n > 0; --n, ++p) high |= static_cast<unsigned char>(*p);
  return (high & 0x8080808080808080u) == 0;
}

// The number of code points in (valid) UTF-8 text.
inline size_t length(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += !is_continuation(c);
  return n;
}

// The byte offset of code point `index` (the end of the text when index == length).
inline size_t byte_offset(std::string_view text, size_t index) {
  size_t at = 0;
  while (index > 0 && at < text.size()) {
    ++at;
    while (at < text.size() && is_continuation(static_cast<unsigned char>(text[at]))) ++at;
    --index;
  }
  return at;
}

// The code point starting at byte `at`, advancing `at` past it.
inline uint32_t decode(std::string_view text, size_t& at) {
  auto c = static_cast<unsigned char>(text[at++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  for (int i = 0; i < extra && at < text.size(); ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(text[at++]) & 0x3F);
  return cp;
}

// Whether a code point is whitespace as str.split()/strip()/isspace() count it (CPython's
// Py_UNICODE_ISSPACE): the ASCII separators \t\n\v\f\r, \x1c-\x1f and space, and Unicode's
// spaces and line and paragraph separators.
constexpr bool is_space(uint32_t cp) {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The size in bytes of the whitespace character starting at byte `at` of UTF-8 text, or 0 when
// the character there is not whitespace.
inline size_t space_at(std::string_view text, size_t at) {
  auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return is_space(c) ? 1 : 0;
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3) return 0;  // the lead bytes of spaces
  size_t end = at;
  uint32_t cp = decode(text, end);
  return is_space(cp) ? end - at : 0;
}

// The size of the whitespace character that ends at byte `end` (> 0), or 0.
inline size_t space_before(std::string_view text, size_t end) {
  auto c = static_cast<unsigned char>(text[end - 1]);
  if (c < 0x80) return is_space(c) ? 1 : 0;
  size_t at = end - 1;
  while (at > 0 && is_continuation(static_cast<unsigned char>(text[at]))) --at;
  return space_at(text, at) == end - at ? end - at : 0;
}

// Whether str.isprintable() counts a code point printable, repr() leaving it as it is: not in
// the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, the ASCII space aside. Beyond ASCII from the
// table scripts/gen-unicode-printable.py generated (unicode_printable.cpp).
bool is_printable_beyond_ascii(uint32_t cp);
inline bool is_printable(uint32_t cp) {
  return cp < 0x80 ? cp >= 0x20 && cp != 0x7F : is_printable_beyond_ascii(cp);
}

// Appends Python's escape of a code point in repr() and ascii(): \xhh below 0x100, \uhhhh below
// 0x10000, else \Uhhhhhhhh.
inline void append_escape(std::string& out, uint32_t cp) {
  static constexpr char kHex[] = "0123456789abcdef";
  const int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
  out += '\\';
  out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

inline void append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace gilvm::unicode
