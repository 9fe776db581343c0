// str holds UTF-8 text and is indexed by code point, as Python's str is. These helpers walk the
// UTF-8; each checks for pure ASCII first, where a byte is a code point and nothing needs
// walking, so ASCII text costs what it did when str was indexed by byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gilvm::unicode {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

inline bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
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
