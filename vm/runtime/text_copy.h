// Copying and scanning the few bytes of a usual str piece (a word, a number, a separator) in
// line, a word at a time: a call to memcpy, or a loop over the bytes, costs more than the bytes
// themselves at these sizes (str.join, f-strings, str.upper).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace gilvm {

// memcpy(to, from, n) (the two not overlapping), returning to + n: up to 16 bytes as two loads
// and two stores, the second pair overlapping the first, and memcpy past that.
[[gnu::always_inline]] inline char* copy_text(char* to, const char* from, size_t n) {
  if (n >= 8) {
    if (n > 16) {
      std::memcpy(to, from, n);
      return to + n;
    }
    uint64_t head, tail;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + n - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else if (n > 0) {  // 1 to 3 bytes: the first, the middle and the last
    const char first = from[0], middle = from[n / 2], last = from[n - 1];
    to[0] = first;
    to[n / 2] = middle;
    to[n - 1] = last;
  }
  return to + n;
}

// Where `needle` first occurs in `text` from `start` on (npos: nowhere), byte for byte (in UTF-8
// no character's encoding matches inside another's, so str needs no decoding). One byte, as in
// `"," in line` or line.split(","), by memchr alone: string_view::find() looks for the first
// byte and then compares the rest with a memcmp call.
inline size_t find_text(std::string_view text, std::string_view needle, size_t start = 0) {
  if (needle.size() == 1) {
    if (start >= text.size()) return std::string_view::npos;
    const void* at = std::memchr(text.data() + start, needle[0], text.size() - start);
    return at ? static_cast<size_t>(static_cast<const char*>(at) - text.data())
              : std::string_view::npos;
  }
  return text.find(needle, start);
}
// find_text() from the start, with no start to check and subtract: `sub in text`.
inline bool text_contains(std::string_view text, std::string_view needle) {
  if (needle.size() == 1) return std::memchr(text.data(), needle[0], text.size()) != nullptr;
  return text.find(needle) != std::string_view::npos;
}

// Eight bytes of text as a word, and back; the word's lowest byte is the text's first (the
// masks below find a match's position from their lowest set bit).
static_assert(std::endian::native == std::endian::little);
inline uint64_t load_word(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}
inline void store_word(char* p, uint64_t word) { std::memcpy(p, &word, sizeof word); }

// Each byte of `word` with its high bit set where that byte is in [low, low + span), with
// low + span <= 0x80 (an ASCII range such as 'a'..'z'), and clear elsewhere: SWAR, exact for
// any bytes (those from 0x80 up are in no such range).
constexpr uint64_t kEachByte = 0x0101010101010101;
inline uint64_t bytes_in_ascii_range(uint64_t word, unsigned low, unsigned span) {
  // Per byte, its low 7 bits b: b + (0x80 - low) has the high bit set iff b >= low, and
  // b + (0x80 - low - span) iff b >= low + span; neither sum carries into the next byte.
  const uint64_t low7 = word & kEachByte * 0x7f;
  const uint64_t at_least_low = low7 + kEachByte * (0x80 - low);
  const uint64_t at_least_end = low7 + kEachByte * (0x80 - low - span);
  return at_least_low & ~at_least_end & ~word & kEachByte * 0x80;
}

// Each byte of `word` with its high bit set where that byte is `byte`, and clear elsewhere (exact:
// no carry crosses bytes). A byte b is zero after the XOR iff neither its low seven bits plus
// 0x7f nor b itself has the high bit set.
inline uint64_t bytes_equal_to(uint64_t word, unsigned char byte) {
  const uint64_t x = word ^ kEachByte * byte;
  const uint64_t low7 = kEachByte * 0x7f;
  return ~(((x & low7) + low7) | x | low7);
}

// How many bytes of `text` are `byte`: eight at a time, the matches' high bits summed by a
// multiplication (`line.count(",")`, str.replace's count of one character).
inline size_t count_byte(std::string_view text, unsigned char byte) {
  size_t n = 0, at = 0;
  for (; at + 8 <= text.size(); at += 8)
    n += (bytes_equal_to(load_word(text.data() + at), byte) >> 7) * kEachByte >> 56;
  for (; at < text.size(); ++at) n += static_cast<unsigned char>(text[at]) == byte;
  return n;
}

}  // namespace gilvm
