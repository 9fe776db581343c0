#include "runtime/unicode_case.h"

#include <algorithm>
#include <iterator>

#include "runtime/unicode.h"
#include "runtime/unicode_case_table.h"

namespace gilvm::unicode {

namespace {

constexpr uint8_t kUpper = 1, kLower = 2, kTitle = 4;

// The run holding `c`: the last run starting at or before it, or the one before that (the
// generator interleaves at most two runs).
const CaseRun* find_run(uint32_t c) {
  auto after =
      std::upper_bound(std::begin(kCaseRuns), std::end(kCaseRuns), c,
                       [](uint32_t value, const CaseRun& run) { return value < run.first; });
  for (int back = 0; back < 2 && after != std::begin(kCaseRuns); ++back) {
    const CaseRun& run = *--after;
    if (c <= run.last && (c - run.first) % run.stride == 0) return &run;
  }
  return nullptr;
}

const SpecialCase* find_special(uint32_t c) {
  auto it = std::lower_bound(
      std::begin(kSpecialCases), std::end(kSpecialCases), c,
      [](const SpecialCase& special, uint32_t value) { return special.code_point < value; });
  return it != std::end(kSpecialCases) && it->code_point == c ? it : nullptr;
}

uint8_t flags_of(uint32_t c) {
  const CaseRun* run = find_run(c);
  return run ? run->flags : 0;
}

void append_mapped(std::string& out, uint32_t c, CaseMapping mapping) {
  if (c < 0x80) {
    char ch = static_cast<char>(c);
    if (mapping == CaseMapping::Upper || mapping == CaseMapping::Title) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    } else if (ch >= 'A' && ch <= 'Z') {
      ch = static_cast<char>(ch + 32);
    }
    out += ch;
    return;
  }
  if (const SpecialCase* special = find_special(c)) {
    switch (mapping) {
      case CaseMapping::Upper: out += special->upper; return;
      case CaseMapping::Lower: out += special->lower; return;
      case CaseMapping::Title: out += special->title; return;
      case CaseMapping::Fold: out += special->fold; return;
    }
  }
  const CaseRun* run = find_run(c);
  int32_t delta = 0;
  if (run) {
    switch (mapping) {
      case CaseMapping::Upper: delta = run->upper; break;
      case CaseMapping::Lower: delta = run->lower; break;
      case CaseMapping::Title: delta = run->title; break;
      case CaseMapping::Fold: delta = run->fold; break;
    }
  }
  append(out, static_cast<uint32_t>(static_cast<int32_t>(c) + delta));
}

std::u32string decode_all(std::string_view text) {
  std::u32string out;
  for (size_t at = 0; at < text.size();) out += decode(text, at);
  return out;
}

// lower() of code point i of `text`: capital sigma becomes final sigma at the end of a word
// (after a cased letter, before none), as CPython's handle_capital_sigma decides it.
void append_lower(std::string& out, const std::u32string& text, size_t i) {
  if (text[i] == 0x3A3) {
    bool final_sigma =
        i > 0 && is_cased(text[i - 1]) && !(i + 1 < text.size() && is_cased(text[i + 1]));
    append(out, final_sigma ? 0x3C2 : 0x3C3);
    return;
  }
  append_mapped(out, text[i], CaseMapping::Lower);
}

}  // namespace

uint32_t map_one(uint32_t c, CaseMapping mapping) {
  if (const SpecialCase* special = find_special(c)) {
    const char* mapped = nullptr;
    switch (mapping) {
      case CaseMapping::Upper: mapped = special->upper; break;
      case CaseMapping::Lower: mapped = special->lower; break;
      case CaseMapping::Title: mapped = special->title; break;
      case CaseMapping::Fold: mapped = special->fold; break;
    }
    const std::string_view text(mapped);
    size_t at = 0;
    const uint32_t first = decode(text, at);
    return at == text.size() ? first : c;
  }
  const CaseRun* run = find_run(c);
  if (!run) return c;
  int32_t delta = 0;
  switch (mapping) {
    case CaseMapping::Upper: delta = run->upper; break;
    case CaseMapping::Lower: delta = run->lower; break;
    case CaseMapping::Title: delta = run->title; break;
    case CaseMapping::Fold: delta = run->fold; break;
  }
  return static_cast<uint32_t>(static_cast<int32_t>(c) + delta);
}

bool is_upper(uint32_t c) { return (flags_of(c) & kUpper) != 0; }
bool is_lower(uint32_t c) { return (flags_of(c) & kLower) != 0; }
bool is_title(uint32_t c) { return (flags_of(c) & kTitle) != 0; }
bool is_cased(uint32_t c) { return flags_of(c) != 0; }

std::string map_case(std::string_view text, CaseMapping mapping) {
  std::string out;
  out.reserve(text.size());
  if (mapping == CaseMapping::Lower) {
    const std::u32string code_points = decode_all(text);
    for (size_t i = 0; i < code_points.size(); ++i) append_lower(out, code_points, i);
    return out;
  }
  for (size_t at = 0; at < text.size();) append_mapped(out, decode(text, at), mapping);
  return out;
}

std::string title_case(std::string_view text) {
  const std::u32string code_points = decode_all(text);
  std::string out;
  bool previous_cased = false;
  for (size_t i = 0; i < code_points.size(); ++i) {
    if (previous_cased) {
      append_lower(out, code_points, i);
    } else {
      append_mapped(out, code_points[i], CaseMapping::Title);
    }
    previous_cased = is_cased(code_points[i]);
  }
  return out;
}

std::string capitalize(std::string_view text) {
  const std::u32string code_points = decode_all(text);
  std::string out;
  for (size_t i = 0; i < code_points.size(); ++i) {
    if (i == 0) {
      append_mapped(out, code_points[i], CaseMapping::Title);
    } else {
      append_lower(out, code_points, i);
    }
  }
  return out;
}

std::string swap_case(std::string_view text) {
  const std::u32string code_points = decode_all(text);
  std::string out;
  for (size_t i = 0; i < code_points.size(); ++i) {
    uint32_t c = code_points[i];
    if (is_upper(c)) {
      append_lower(out, code_points, i);
    } else if (is_lower(c)) {
      append_mapped(out, c, CaseMapping::Upper);
    } else {
      append(out, c);
    }
  }
  return out;
}

}  // namespace gilvm::unicode
