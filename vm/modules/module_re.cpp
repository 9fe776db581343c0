// The `_re` module: Python's regular expressions, as CPython 3.11's Lib/re/_parser.py parses
// them (its error messages and positions) and Modules/_sre matches them, under lib/re.py (the
// Pattern and Match classes, the cache, templates).
//
// A pattern is parsed to a tree (Node), which is compiled to a flat program (Inst) for a
// backtracking matcher whose choice points and register undo records live on an explicit stack
// (Machine), so that no subject or pattern makes the C++ stack deeper than the pattern's
// lookaround nesting, which the parser bounds. A Program never changes after compile(): threads
// share it, each match runs on its own Machine.
//
// Positions are code points: a str subject that is not ASCII is decoded to UTF-32 once per call;
// ASCII strs and bytes are matched in place, a byte a character.
//
// Searching skips what cannot start a match: a literal first character by memchr, characters
// outside the first-character set of a pattern whose matches are never empty, and each branch
// of an alternation whose first-character set lacks the character at hand.
//
// Differs from CPython: case-insensitive matching beyond ASCII uses the VM's case tables (\w and
// \d are CPython's: re_unicode_tables.h); \N{...} is not supported; every register change is
// undone on backtracking, where _sre can leave a group that a failed branch set (it reads as
// unset here). Matching holds the GIL throughout, as _sre does.
#include "modules/module_re.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "modules/re_unicode_tables.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/unicode.h"
#include "runtime/unicode_case.h"

namespace gilvm {

namespace {

// The flags as re.py numbers them.
constexpr uint32_t kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16, kUnicode = 32,
                   kVerbose = 64, kAscii = 256;
constexpr uint32_t kUnbounded = UINT32_MAX;
// Deeper group nesting is a RecursionError, as CPython's recursive parser has it.
constexpr int kMaxNesting = 300;

// ---- Characters ----

// Whether c lies in one of the sorted, disjoint ranges.
template <size_t N>
bool in_ranges(const uint32_t (&ranges)[N][2], uint32_t c) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (c > ranges[mid][1])
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < N && c >= ranges[lo][0];
}

bool is_digit(uint32_t c, bool ascii) {
  if (c < 128) return c >= '0' && c <= '9';
  return !ascii && in_ranges(re_tables::kDecimal, c);
}

bool is_word(uint32_t c, bool ascii) {
  if (c < 128)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return !ascii && in_ranges(re_tables::kAlnum, c);
}

bool is_space(uint32_t c, bool ascii) {
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1C && c <= 0x1F);
  return !ascii && unicode::is_space(c);
}

// One code point's simple lower or upper case (ASCII only under re.ASCII and for bytes).
uint32_t lower(uint32_t c, bool ascii) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return ascii ? c : unicode::map_one(c, unicode::CaseMapping::Lower);
}

uint32_t upper(uint32_t c, bool ascii) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
  return ascii ? c : unicode::map_one(c, unicode::CaseMapping::Upper);
}

// ---- Character classes ----

enum Category : uint8_t { kDigit = 1, kNotDigit = 2, kWord = 4, kNotWord = 8, kSpace = 16, kNotSpace = 32 };

bool in_category(uint8_t categories, uint32_t c, bool ascii) {
  if ((categories & kDigit) && is_digit(c, ascii)) return true;
  if ((categories & kNotDigit) && !is_digit(c, ascii)) return true;
  if ((categories & kWord) && is_word(c, ascii)) return true;
  if ((categories & kNotWord) && !is_word(c, ascii)) return true;
  if ((categories & kSpace) && is_space(c, ascii)) return true;
  if ((categories & kNotSpace) && !is_space(c, ascii)) return true;
  return false;
}

struct CharClass {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  uint8_t categories = 0;
  bool negated = false, ignore_case = false, ascii = false;
  std::bitset<256> low;  // the answer for characters below 256, negation included

  bool contains_slow(uint32_t c) const {
    auto in_ranges = [&](uint32_t x) {
      for (const auto& [first, last] : ranges)
        if (x >= first && x <= last) return true;
      return false;
    };
    bool in = in_ranges(c) || in_category(categories, c, ascii);
    if (!in && ignore_case) in = in_ranges(lower(c, ascii)) || in_ranges(upper(c, ascii));
    return in != negated;
  }
  void finish() {
    // Ignoring case, a member's own lower and upper case are members too (the dotless ı's upper
    // is I, whose lower is i): added for classes of up to a few thousand characters.
    if (ignore_case) {
      uint64_t size = 0;
      for (const auto& [first, last] : ranges) size += last - first + 1;
      if (size <= 4096) {
        const size_t given = ranges.size();
        for (size_t r = 0; r < given; ++r)
          for (uint32_t c = ranges[r].first; c <= ranges[r].second; ++c)
            for (uint32_t cased : {lower(c, ascii), upper(c, ascii)})
              if (cased != c) ranges.emplace_back(cased, cased);
      }
    }
    for (uint32_t c = 0; c < 256; ++c) low[c] = contains_slow(c);
  }
  [[gnu::always_inline]] bool contains(uint32_t c) const { return c < 256 ? low[c] : contains_slow(c); }
};

// ---- The tree ----

enum class At : uint8_t {
  Beginning, BeginningLine, BeginningString, End, EndLine, EndString, Boundary, NonBoundary
};

struct Node {
  enum class Type : uint8_t { Empty, Char, Any, Class, At, Group, Seq, Alt, Repeat, Backref, Look, Atomic, IfGroup };
  Type type;
  // Char: the code point; Any: 1 for DOTALL; At: the At; Group, Backref, IfGroup: the group;
  // Class: its index. IfGroup's children: what matches when the group did, and when not.
  uint32_t value = 0;
  bool ignore_case = false;
  uint32_t min = 0, max = 0;  // Repeat
  bool greedy = true;         // Repeat
  bool negate = false, behind = false;  // Look
  std::vector<std::unique_ptr<Node>> children;
  explicit Node(Type t) : type(t) {}
};
using NodePtr = std::unique_ptr<Node>;

NodePtr make_node(Node::Type type, uint32_t value = 0) {
  auto node = std::make_unique<Node>(type);
  node->value = value;
  return node;
}

// A parse error: re.error's message and position (-1: none).
struct ParseError {
  std::string message;
  int64_t position;
};

// A nesting too deep to parse: RecursionError, as CPython's.
struct TooDeep {};


bool is_identifier(const std::u32string& name, bool bytes) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const uint32_t c = name[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                        (!bytes && c >= 128 && is_word(c, false) && !is_digit(c, false));
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

// The parser: _parser.py's, with its messages and positions (code point indices).
class Parser {
 public:
  Parser(std::u32string source, bool bytes, uint32_t flags)
      : s_(std::move(source)), bytes_(bytes), flags_(flags) {}

  NodePtr parse() {
    NodePtr tree = parse_alternatives(flags_, 0);
    if (at_ < s_.size()) {
      // Only an unbalanced ')' stops the top level early.
      fail("unbalanced parenthesis", static_cast<int64_t>(at_));
    }
    for (const auto& [group, position] : condition_refs_)
      if (group > groups_) fail("invalid group reference " + std::to_string(group), position);
    return tree;
  }
  uint32_t flags() const { return flags_; }
  uint32_t groups() const { return groups_; }
  const std::vector<std::pair<std::u32string, uint32_t>>& names() const { return names_; }
  std::vector<CharClass> classes;

 private:
  // An error, unless the parser has read up to a lone backslash that ends the pattern: then
  // _parser.py's tokenizer, a token ahead of its parser, has met it first.
  [[noreturn]] void fail(std::string message, int64_t position) {
    const size_t trailing = trailing_backslash();
    if (trailing < s_.size() && std::max(at_, furthest_) >= trailing)
      throw ParseError{"bad escape (end of pattern)", static_cast<int64_t>(trailing)};
    throw ParseError{std::move(message), position};
  }
  // The index of a lone backslash that ends the pattern, else its size.
  size_t trailing_backslash() const {
    size_t n = 0;
    while (n < s_.size() && s_[s_.size() - 1 - n] == '\\') ++n;
    return n % 2 ? s_.size() - 1 : s_.size();
  }
  bool more() const { return at_ < s_.size(); }
  uint32_t peek() const { return s_[at_]; }
  bool take(uint32_t c) {
    if (more() && s_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  std::string text(size_t from, size_t to) const {
    std::string out;
    for (size_t i = from; i < to && i < s_.size(); ++i) unicode::append(out, s_[i]);
    return out;
  }
  bool ascii_mode(uint32_t flags) const { return bytes_ || (flags & kAscii); }

  // _parser.py reads a backslash and what follows as one token: the text of the token at i,
  // which the parser has then read.
  std::string token(size_t i) {
    const size_t end = s_[i] == '\\' ? i + 2 : i + 1;
    furthest_ = std::max(furthest_, end);
    return text(i, end);
  }
  // Where the token just read began (a backslash escape is two characters).
  size_t token_start() const { return at_ >= 2 && s_[at_ - 2] == '\\' ? at_ - 2 : at_ - 1; }
  static bool is_letter(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 128 && unicode::is_cased(c));
  }
  // A name as %r writes it in _parser.py's messages.
  std::string quoted(size_t from, size_t to) const {
    std::u32string name = s_.substr(from, to - from);
    const bool single = name.find(U'\'') == std::u32string::npos || name.find(U'"') != std::u32string::npos;
    std::string out(1, single ? '\'' : '"');
    for (uint32_t c : name) {
      if (c == '\\') out += "\\\\";
      else if (c == '\'' && single) out += "\\'";
      else if (c == '\n') out += "\\n";
      else if (c == '\t') out += "\\t";
      else if (c == '\r') out += "\\r";
      else if (c < 0x20 || c == 0x7F) {
        static const char kHex[] = "0123456789abcdef";
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else unicode::append(out, c);
    }
    out += single ? '\'' : '"';
    return out;
  }
  // Moves past a name up to `terminator`, a backslash and what follows it read as one token.
  void skip_name(uint32_t terminator) {
    while (more() && peek() != terminator) at_ += (peek() == '\\' && at_ + 1 < s_.size()) ? 2 : 1;
  }

  void skip_verbose(uint32_t flags) {
    if (!(flags & kVerbose)) return;
    while (more()) {
      const uint32_t c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        ++at_;
      } else if (c == '#') {
        while (more() && peek() != '\n') ++at_;
      } else {
        break;
      }
    }
  }

  NodePtr parse_alternatives(uint32_t flags, int depth) {
    if (depth > kMaxNesting) throw TooDeep{};
    std::vector<NodePtr> branches;
    branches.push_back(parse_sequence(flags, depth));
    while (take('|')) at_start_ = false, branches.push_back(parse_sequence(flags, depth));
    if (branches.size() == 1) return std::move(branches[0]);
    NodePtr alt = make_node(Node::Type::Alt);
    alt->children = std::move(branches);
    return alt;
  }

  // Reads {m,n} at `at_` (just after '{'); false (nothing consumed) when it is a literal '{'.
  bool parse_braces(uint32_t& min, uint32_t& max) {
    size_t i = at_;
    auto number = [&](bool& any) {
      uint64_t n = 0;
      any = false;
      while (i < s_.size() && s_[i] >= '0' && s_[i] <= '9') {
        n = std::min<uint64_t>(n * 10 + (s_[i] - '0'), uint64_t{1} << 40);
        ++i;
        any = true;
      }
      return n;
    };
    bool has_lo, has_hi = false;
    const uint64_t lo = number(has_lo);
    uint64_t hi = lo;
    if (i < s_.size() && s_[i] == ',') {
      ++i;
      hi = number(has_hi);
      if (!has_hi) hi = kUnbounded;
    } else if (!has_lo) {
      return false;
    }
    furthest_ = std::max(furthest_, i);
    if (i >= s_.size() || s_[i] != '}') return false;
    const int64_t here = static_cast<int64_t>(at_);
    if (lo >= kUnbounded || (hi != kUnbounded && hi >= kUnbounded))
      throw ParseError{"OverflowError:the repetition number is too large", here};
    if (hi < lo) fail("min repeat greater than max repeat", here);
    min = static_cast<uint32_t>(lo);
    max = static_cast<uint32_t>(hi);
    at_ = i + 1;
    return true;
  }

  NodePtr parse_sequence(uint32_t flags, int depth) {
    std::vector<NodePtr> items;
    bool last_repeat = false;  // whether the last item is a repeat (for "multiple repeat")
    for (;;) {
      skip_verbose(flags);
      if (!more()) break;
      const uint32_t c = peek();
      if (c == '|' || c == ')') break;
      const size_t here = at_;
      if (c == '*' || c == '+' || c == '?' || c == '{') {
        uint32_t min = 0, max = kUnbounded;
        ++at_;
        if (c == '+') {
          min = 1;
        } else if (c == '?') {
          max = 1;
        } else if (c == '{') {
          if (!parse_braces(min, max)) {
            items.push_back(literal('{', flags));
            last_repeat = false;
            continue;
          }
        }
        if (items.empty() || items.back()->type == Node::Type::At ||
            (items.back()->type == Node::Type::Empty))
          fail("nothing to repeat", static_cast<int64_t>(here));
        if (last_repeat) fail("multiple repeat", static_cast<int64_t>(here));
        NodePtr repeat = make_node(Node::Type::Repeat);
        repeat->min = min;
        repeat->max = max;
        if (take('?')) {
          repeat->greedy = false;
          repeat->children.push_back(std::move(items.back()));
          items.back() = std::move(repeat);
        } else if (take('+')) {
          repeat->children.push_back(std::move(items.back()));
          NodePtr atomic = make_node(Node::Type::Atomic);
          atomic->children.push_back(std::move(repeat));
          items.back() = std::move(atomic);
        } else {
          repeat->children.push_back(std::move(items.back()));
          items.back() = std::move(repeat);
        }
        last_repeat = true;
        continue;
      }
      last_repeat = false;
      NodePtr item = parse_atom(flags, depth);
      if (item) {
        items.push_back(std::move(item));
        at_start_ = false;
      }
    }
    if (items.size() == 1) return std::move(items[0]);
    if (items.empty()) return make_node(Node::Type::Empty);
    NodePtr seq = make_node(Node::Type::Seq);
    seq->children = std::move(items);
    return seq;
  }

  NodePtr literal(uint32_t c, uint32_t flags) {
    NodePtr node = make_node(Node::Type::Char, c);
    node->ignore_case = (flags & kIgnoreCase) != 0 &&
                        lower(c, ascii_mode(flags)) != upper(c, ascii_mode(flags));
    return node;
  }

  NodePtr class_node(CharClass cls, uint32_t flags) {
    cls.ignore_case = (flags & kIgnoreCase) != 0;
    cls.ascii = ascii_mode(flags);
    cls.finish();
    classes.push_back(std::move(cls));
    return make_node(Node::Type::Class, static_cast<uint32_t>(classes.size() - 1));
  }

  // An atom, or nullptr for what matches nothing and is no item (a comment, global flags).
  NodePtr parse_atom(uint32_t flags, int depth) {
    const size_t here = at_;
    const uint32_t c = s_[at_++];
    switch (c) {
      case '.': return make_node(Node::Type::Any, (flags & kDotAll) ? 1 : 0);
      case '^':
        return make_node(Node::Type::At, static_cast<uint32_t>((flags & kMultiline) ? At::BeginningLine : At::Beginning));
      case '$':
        return make_node(Node::Type::At, static_cast<uint32_t>((flags & kMultiline) ? At::EndLine : At::End));
      case '[': return parse_class(flags, here);
      case '(': return parse_group(flags, depth, here);
      case '\\': return parse_escape(flags, here);
      default: return literal(c, flags);
    }
  }

  // \x.., \u...., \U........ after the letter; `digits` hex digits exactly.
  uint32_t hex_escape(size_t here, size_t digits) {
    uint32_t value = 0;
    for (size_t i = 0; i < digits; ++i) {
      const uint32_t d = more() ? peek() : 0;
      int v = -1;
      if (d >= '0' && d <= '9') v = static_cast<int>(d - '0');
      else if (d >= 'a' && d <= 'f') v = static_cast<int>(d - 'a' + 10);
      else if (d >= 'A' && d <= 'F') v = static_cast<int>(d - 'A' + 10);
      if (v < 0) fail("incomplete escape " + text(here, at_), static_cast<int64_t>(here));
      value = value * 16 + static_cast<uint32_t>(v);
      ++at_;
    }
    if (digits == 8 && value > 0x10FFFF)
      fail("bad escape " + text(here, at_), static_cast<int64_t>(here));
    return value;
  }

  // An escape that stands for one character, both in and out of classes; -1 when it is none
  // of those (the caller goes on), after raising for letters that are no escape.
  int64_t character_escape(uint32_t c, size_t here, uint32_t flags) {
    (void)flags;
    switch (c) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case '\\': return '\\';
      case 'x': return hex_escape(here, 2);
      case 'u':
      case 'U':
        if (bytes_) break;
        return hex_escape(here, c == 'u' ? 4 : 8);
      default: break;
    }
    return -1;
  }

  bool is_octal(size_t i) const { return i < s_.size() && s_[i] >= '0' && s_[i] <= '7'; }

  uint32_t octal_value(size_t from, size_t here) {
    uint32_t value = 0;
    for (size_t i = from; i < at_; ++i) value = value * 8 + (s_[i] - '0');
    if (value > 0377)
      fail("octal escape value " + text(here, at_) + " outside of range 0-0o377",
           static_cast<int64_t>(here));
    return value;
  }

  NodePtr parse_escape(uint32_t flags, size_t here) {
    if (!more()) fail("bad escape (end of pattern)", static_cast<int64_t>(here));
    const uint32_t c = s_[at_++];
    const int64_t single = character_escape(c, here, flags);
    if (single >= 0) return literal(static_cast<uint32_t>(single), flags);
    auto category = [&](uint8_t bits) {
      CharClass cls;
      cls.categories = bits;
      return class_node(std::move(cls), flags & ~kIgnoreCase);
    };
    switch (c) {
      case 'd': return category(kDigit);
      case 'D': return category(kNotDigit);
      case 'w': return category(kWord);
      case 'W': return category(kNotWord);
      case 's': return category(kSpace);
      case 'S': return category(kNotSpace);
      case 'A': return make_node(Node::Type::At, static_cast<uint32_t>(At::BeginningString));
      case 'Z': return make_node(Node::Type::At, static_cast<uint32_t>(At::EndString));
      case 'b': return at_node(At::Boundary, flags);
      case 'B': return at_node(At::NonBoundary, flags);
      case '0': {
        const size_t from = at_ - 1;
        if (is_octal(at_)) ++at_;
        if (is_octal(at_)) ++at_;
        return literal(octal_value(from, here), flags);
      }
      default: break;
    }
    if (c >= '1' && c <= '9') {
      const size_t from = at_ - 1;
      if (more() && peek() >= '0' && peek() <= '9') {
        ++at_;
        if (is_octal(from) && is_octal(from + 1) && is_octal(at_)) {
          ++at_;
          return literal(octal_value(from, here), flags);
        }
      }
      uint32_t group = 0;
      for (size_t i = from; i < at_; ++i) group = group * 10 + (s_[i] - '0');
      return backref(group, here, from);
    }
    if (c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      fail("bad escape " + text(here, at_), static_cast<int64_t>(here));
    return literal(c, flags);
  }

  NodePtr at_node(At at, uint32_t flags) {
    NodePtr node = make_node(Node::Type::At, static_cast<uint32_t>(at));
    node->ignore_case = ascii_mode(flags);  // for \b and \B: ASCII word characters only
    return node;
  }

  NodePtr backref(uint32_t group, size_t here, size_t digits_at) {
    if (group < groups_ + 1 && group > 0) {
      if (std::find(open_.begin(), open_.end(), group) != open_.end())
        fail("cannot refer to an open group", static_cast<int64_t>(here));
      return make_node(Node::Type::Backref, group);
    }
    fail("invalid group reference " + std::to_string(group), static_cast<int64_t>(digits_at));
  }

  NodePtr parse_class(uint32_t flags, size_t here) {
    CharClass cls;
    cls.negated = take('^');
    bool any = false;
    auto unterminated = [&] { fail("unterminated character set", static_cast<int64_t>(here)); };
    // One member: a character (>= 0) or a category (-1, added to cls).
    auto member = [&](size_t start) -> int64_t {
      const uint32_t c = s_[at_++];
      if (c != '\\') return c;
      if (!more()) unterminated();
      const uint32_t e = s_[at_++];
      const int64_t single = character_escape(e, start, flags);
      if (single >= 0) return single;
      switch (e) {
        case 'd': cls.categories |= kDigit; return -1;
        case 'D': cls.categories |= kNotDigit; return -1;
        case 'w': cls.categories |= kWord; return -1;
        case 'W': cls.categories |= kNotWord; return -1;
        case 's': cls.categories |= kSpace; return -1;
        case 'S': cls.categories |= kNotSpace; return -1;
        case 'b': return 8;
        default: break;
      }
      if (e >= '0' && e <= '7') {
        const size_t from = at_ - 1;
        if (is_octal(at_)) ++at_;
        if (is_octal(at_)) ++at_;
        return octal_value(from, start);
      }
      if (e < 128 && ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')))
        fail("bad escape " + text(start, at_), static_cast<int64_t>(start));
      return e;
    };
    for (;;) {
      if (!more()) unterminated();
      if (peek() == ']' && any) {
        ++at_;
        break;
      }
      any = true;
      const size_t start = at_;
      const int64_t first = member(start);
      if (more() && peek() == '-') {
        ++at_;
        if (!more()) unterminated();
        if (peek() == ']') {
          ++at_;
          if (first >= 0) cls.ranges.emplace_back(first, first);
          cls.ranges.emplace_back('-', '-');
          break;
        }
        const size_t second_at = at_;
        const int64_t second = member(second_at);
        if (first < 0 || second < 0 || second < first)
          fail("bad character range " + text(start, at_), static_cast<int64_t>(start));
        cls.ranges.emplace_back(first, second);
      } else if (first >= 0) {
        cls.ranges.emplace_back(first, first);
      }
    }
    return class_node(std::move(cls), flags);
  }

  std::u32string group_name(size_t& name_at, char terminator) {
    name_at = at_;
    skip_name(static_cast<uint32_t>(terminator));
    if (!more()) {
      if (name_at == at_) fail("missing group name", static_cast<int64_t>(name_at));
      fail(std::string("missing ") + terminator + ", unterminated name", static_cast<int64_t>(name_at));
    }
    std::u32string name = s_.substr(name_at, at_ - name_at);
    ++at_;
    if (name.empty()) fail("missing group name", static_cast<int64_t>(name_at));
    if (!is_identifier(name, bytes_))
      fail("bad character in group name " + quoted(name_at, name_at + name.size()), static_cast<int64_t>(name_at));
    return name;
  }

  static uint32_t flag_of(uint32_t c) {
    switch (c) {
      case 'i': return kIgnoreCase;
      case 'L': return kLocale;
      case 'm': return kMultiline;
      case 's': return kDotAll;
      case 'u': return kUnicode;
      case 'x': return kVerbose;
      case 'a': return kAscii;
      default: return 0;
    }
  }

  // The body of a group up to its ')', which it consumes.
  NodePtr group_body(uint32_t flags, int depth, size_t open_at) {
    NodePtr body = parse_alternatives(flags, depth + 1);
    if (!take(')')) fail("missing ), unterminated subpattern", static_cast<int64_t>(open_at));
    return body;
  }

  NodePtr parse_group(uint32_t flags, int depth, size_t here) {
    if (!take('?')) {
      const uint32_t group = ++groups_;
      open_.push_back(group);
      NodePtr node = make_node(Node::Type::Group, group);
      node->children.push_back(group_body(flags, depth, here));
      open_.pop_back();
      return node;
    }
    if (!more()) fail("unexpected end of pattern", static_cast<int64_t>(at_));
    const size_t question = at_ - 1;
    const uint32_t c = s_[at_++];
    if (c == ':') {
      NodePtr body = group_body(flags, depth, here);
      return wrap_group(std::move(body));
    }
    if (c == 'P') {
      if (!more()) fail("unexpected end of pattern", static_cast<int64_t>(at_));
      const uint32_t kind = s_[at_++];
      size_t name_at;
      if (kind == '<') {
        const std::u32string name = group_name(name_at, '>');
        const uint32_t group = ++groups_;
        for (const auto& [known, index] : names_)
          if (known == name)
            fail("redefinition of group name " + quoted(name_at, name_at + name.size()) + " as group " +
                     std::to_string(group) + "; was group " + std::to_string(index),
                 static_cast<int64_t>(name_at));
        names_.emplace_back(name, group);
        open_.push_back(group);
        NodePtr node = make_node(Node::Type::Group, group);
        node->children.push_back(group_body(flags, depth, here));
        open_.pop_back();
        return node;
      }
      if (kind == '=') {
        const std::u32string name = group_name(name_at, ')');
        for (const auto& [known, index] : names_)
          if (known == name) {
            if (std::find(open_.begin(), open_.end(), index) != open_.end())
              fail("cannot refer to an open group", static_cast<int64_t>(name_at));
            return make_node(Node::Type::Backref, index);
          }
        fail("unknown group name " + quoted(name_at, name_at + name.size()), static_cast<int64_t>(name_at));
      }
      fail("unknown extension ?P" + token(at_ - 1), static_cast<int64_t>(question));
    }
    if (c == '=' || c == '!' || c == '<') {
      bool behind = false;
      uint32_t kind = c;
      if (c == '<') {
        if (!more()) fail("unexpected end of pattern", static_cast<int64_t>(at_));
        kind = s_[at_++];
        if (kind != '=' && kind != '!') fail("unknown extension ?<" + token(at_ - 1), static_cast<int64_t>(question));
        behind = true;
      }
      NodePtr node = make_node(Node::Type::Look);
      node->negate = kind == '!';
      node->behind = behind;
      node->children.push_back(group_body(flags, depth, here));
      if (behind) {
        int64_t width = fixed_width(*node->children[0]);
        if (width < 0) fail("look-behind requires fixed-width pattern", -1);
        node->value = static_cast<uint32_t>(width);
      }
      return node;
    }
    if (c == '(') return parse_condition(flags, depth, here);
    if (c == '>') {
      NodePtr node = make_node(Node::Type::Atomic);
      node->children.push_back(group_body(flags, depth, here));
      return node;
    }
    if (c == '#') {
      while (more() && peek() != ')') ++at_;
      if (!take(')')) fail("missing ), unterminated comment", static_cast<int64_t>(here));
      return nullptr;
    }
    if (flag_of(c) || c == '-') {
      uint32_t on = 0, off = 0;
      uint32_t ch = c;
      // _parse_flags, check for check: each flag as it comes, then what ends them.
      if (ch != '-') {
        for (;;) {
          if (!bytes_ && ch == 'L')
            fail("bad inline flags: cannot use 'L' flag with a str pattern", static_cast<int64_t>(at_));
          if (bytes_ && ch == 'u')
            fail("bad inline flags: cannot use 'u' flag with a bytes pattern", static_cast<int64_t>(at_));
          const uint32_t flag = flag_of(ch);
          on |= flag;
          constexpr uint32_t kTypeFlags = kAscii | kLocale | kUnicode;
          if ((flag & kTypeFlags) && (on & kTypeFlags) != flag)
            fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", static_cast<int64_t>(at_));
          if (!more()) fail("missing -, : or )", static_cast<int64_t>(at_));
          ch = s_[at_++];
          if (ch == ')' || ch == '-' || ch == ':') break;
          if (!flag_of(ch))
            fail(is_letter(ch) ? "unknown flag" : "missing -, : or )", static_cast<int64_t>(token_start()));
        }
      }
      if (ch == ')') {
        // Global flags: only at the start of the pattern.
        if (!at_start_ || depth != 0)
          fail("global flags not at the start of the expression", static_cast<int64_t>(here));
        flags_ |= on;
        // The rest of the pattern parses under them: parse_sequence's caller passed the old.
        global_flags_changed_ = true;
        return nullptr;
      }
      if (ch == '-') {
        if (!more()) fail("missing flag", static_cast<int64_t>(at_));
        ch = s_[at_++];
        if (!flag_of(ch)) fail(is_letter(ch) ? "unknown flag" : "missing flag", static_cast<int64_t>(token_start()));
        for (;;) {
          const uint32_t flag = flag_of(ch);
          if (flag & (kAscii | kLocale | kUnicode))
            fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", static_cast<int64_t>(at_));
          off |= flag;
          if (!more()) fail("missing :", static_cast<int64_t>(at_));
          ch = s_[at_++];
          if (ch == ':') break;
          if (!flag_of(ch)) fail(is_letter(ch) ? "unknown flag" : "missing :", static_cast<int64_t>(token_start()));
        }
      }
      if (on & off) fail("bad inline flags: flag turned on and off", static_cast<int64_t>(at_ - 1));
      NodePtr body = group_body((flags | on) & ~off, depth, here);
      return wrap_group(std::move(body));
    }
    fail("unknown extension ?" + token(at_ - 1), static_cast<int64_t>(question));
  }

  // (?(group)yes|no), after "(?(".
  NodePtr parse_condition(uint32_t flags, int depth, size_t here) {
    const size_t name_at = at_;
    skip_name(')');
    const std::u32string name = s_.substr(name_at, at_ - name_at);
    const int64_t position = static_cast<int64_t>(name_at);
    if (!more() && !name.empty()) fail("missing ), unterminated name", position);
    if (name.empty()) fail("missing group name", position);
    ++at_;
    uint32_t group = 0;
    if (is_identifier(name, bytes_)) {
      for (const auto& [known, index] : names_)
        if (known == name) group = index;
      if (!group) fail("unknown group name " + quoted(name_at, name_at + name.size()), position);
    } else {
      uint64_t number = 0;
      for (uint32_t d : name) {
        if (d < '0' || d > '9') fail("bad character in group name " + quoted(name_at, name_at + name.size()), position);
        number = std::min<uint64_t>(number * 10 + (d - '0'), uint64_t{1} << 32);
      }
      if (number == 0) fail("bad group number", position);
      if (number >= (uint64_t{1} << 30)) fail("invalid group reference " + std::to_string(number), position);
      group = static_cast<uint32_t>(number);
      condition_refs_.emplace_back(group, position);
    }
    NodePtr node = make_node(Node::Type::IfGroup, group);
    node->children.push_back(parse_sequence(flags, depth + 1));
    if (take('|')) {
      node->children.push_back(parse_sequence(flags, depth + 1));
      if (more() && peek() == '|')
        fail("conditional backref with more than two branches", static_cast<int64_t>(at_));
    } else {
      node->children.push_back(make_node(Node::Type::Empty));
    }
    if (!take(')')) fail("missing ), unterminated subpattern", static_cast<int64_t>(here));
    return node;
  }

  // A non-capturing group is an item that repeats, unlike an empty sequence or an anchor: (?:)*,
  // (?:^)* and (?:\\b)+ repeat where ^* is "nothing to repeat".
  static NodePtr wrap_group(NodePtr body) {
    if (body->type != Node::Type::Empty && body->type != Node::Type::At) return body;
    NodePtr seq = make_node(Node::Type::Seq);
    seq->children.push_back(std::move(body));
    return seq;
  }

 public:
  // The width of what a node matches when that is fixed, else -1.
  static int64_t fixed_width(const Node& node) {
    switch (node.type) {
      case Node::Type::Empty:
      case Node::Type::At:
      case Node::Type::Look: return 0;
      case Node::Type::Char:
      case Node::Type::Any:
      case Node::Type::Class: return 1;
      case Node::Type::Backref: return -1;
      case Node::Type::Group:
      case Node::Type::Atomic:
      case Node::Type::Seq: {
        int64_t total = 0;
        for (const NodePtr& child : node.children) {
          const int64_t w = fixed_width(*child);
          if (w < 0) return -1;
          total += w;
        }
        return total;
      }
      case Node::Type::Alt:
      case Node::Type::IfGroup: {
        int64_t width = -2;
        for (const NodePtr& child : node.children) {
          const int64_t w = fixed_width(*child);
          if (w < 0 || (width != -2 && w != width)) return -1;
          width = w;
        }
        return width;
      }
      case Node::Type::Repeat: {
        if (node.min != node.max) return -1;
        const int64_t w = fixed_width(*node.children[0]);
        return w < 0 ? -1 : w * node.min;
      }
    }
    return -1;
  }
  bool global_flags_changed_ = false;
  bool at_start_ = true;  // nothing but global flags parsed yet

 private:
  std::u32string s_;
  size_t at_ = 0;
  size_t furthest_ = 0;  // the furthest look ahead (a {m,n} that turned out literal)
  bool bytes_;
  uint32_t flags_;
  uint32_t groups_ = 0;
  std::vector<uint32_t> open_;
  std::vector<std::pair<std::u32string, uint32_t>> names_;
  std::vector<std::pair<uint32_t, int64_t>> condition_refs_;  // (?(2)...): checked at the end
};

// ---- The program ----

enum class Op : uint8_t {
  Char,       // a: the code point
  CharIgnore, // a: its lower case, b: its upper case
  Any,        // anything but '\n'
  AnyAll,
  Class,      // a: the class
  At,         // a: the At; b: 1 for ASCII word boundaries
  Split,      // try a, then b; c: Program::branch_sets' index of a's first characters, plus one
  Jump,       // a
  Save,       // a: the register; b: 1 when it ends group a/2 (lastindex)
  RepeatOne,  // the item at pc+1 from a to b times, greedy when c, then on at d
  CountInit,  // a: the counter register
  CountLoop,  // a: counter, b: min, c: max, d: exit, e: greedy; the body at pc+1
  MarkPos,    // a: the register
  CountEnd,   // a: counter, b: mark register, c: min, d: the CountLoop, e: exit
  Backref,    // a: the group; b: 1 ignoring case
  IfGroup,    // on when group a matched, else to b
  Look,       // a: after the subprogram (at pc+1); b: lookbehind width; c: negate; d: behind
  Atomic,     // a: after the subprogram (at pc+1)
  SubEnd,     // the end of a Look's or Atomic's subprogram
  Match,
};

struct Inst {
  Op op;
  uint32_t a = 0, b = 0, c = 0, d = 0, e = 0;
};

struct Program {
  std::vector<Inst> code;
  std::vector<CharClass> classes;
  uint32_t groups = 0;
  uint32_t registers = 0;  // marks, then lastindex, then loop registers
  uint32_t flags = 0;
  bool bytes = false;
  bool ascii = false;  // ASCII semantics for \w, \b and case
  // The search shortcut: the first instruction after Save 0 when it is a Char (a literal to scan
  // for) or an At Beginning/BeginningString (anchored).
  int32_t first_char = -1;
  bool anchored = false;
  // The characters below 256 that a match can start with, when no match is empty: the search
  // of a byte-wide subject skips the others without starting the matcher.
  std::bitset<256> first_chars;
  bool use_first_chars = false;
  // What the first branch of a Split (its c, less one) can start with, below 256.
  std::vector<std::bitset<256>> branch_sets;
  std::vector<std::pair<std::string, uint32_t>> names;
};

// A program past this many instructions is refused: counted repeats are expanded only as
// counters, so this takes a pattern of that length.
constexpr size_t kMaxProgram = size_t{1} << 24;

bool add_first_chars(const Node& node, const Program& program, std::bitset<256>& chars);

class Compiler {
 public:
  Compiler(Program& program) : p_(program) {}

  void emit_node(const Node& node) {
    if (p_.code.size() > kMaxProgram) throw ParseError{"OverflowError:regular expression is too large", -1};
    switch (node.type) {
      case Node::Type::Empty: return;
      case Node::Type::Char:
      case Node::Type::Any:
      case Node::Type::Class: p_.code.push_back(single(node)); return;
      case Node::Type::At: p_.code.push_back({Op::At, node.value, node.ignore_case ? 1u : 0u}); return;
      case Node::Type::Group:
        p_.code.push_back({Op::Save, 2 * node.value, 0});
        emit_node(*node.children[0]);
        p_.code.push_back({Op::Save, 2 * node.value + 1, 1});
        return;
      case Node::Type::Seq:
        for (const NodePtr& child : node.children) emit_node(*child);
        return;
      case Node::Type::Alt: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i < node.children.size(); ++i) {
          size_t split = 0;
          const bool last = i + 1 == node.children.size();
          if (!last) {
            split = p_.code.size();
            p_.code.push_back({Op::Split, static_cast<uint32_t>(split + 1), 0, branch_set(*node.children[i])});
          }
          emit_node(*node.children[i]);
          if (!last) {
            jumps.push_back(p_.code.size());
            p_.code.push_back({Op::Jump, 0});
            p_.code[split].b = here();
          }
        }
        for (size_t jump : jumps) p_.code[jump].a = here();
        return;
      }
      case Node::Type::Backref:
        p_.code.push_back({Op::Backref, node.value, node.ignore_case ? 1u : 0u});
        return;
      case Node::Type::Look:
      case Node::Type::Atomic: {
        const size_t look = p_.code.size();
        if (node.type == Node::Type::Look)
          p_.code.push_back({Op::Look, 0, node.value, node.negate ? 1u : 0u, node.behind ? 1u : 0u});
        else
          p_.code.push_back({Op::Atomic, 0});
        emit_node(*node.children[0]);
        p_.code.push_back({Op::SubEnd});
        p_.code[look].a = here();
        return;
      }
      case Node::Type::Repeat: emit_repeat(node); return;
      case Node::Type::IfGroup: {
        const size_t test = p_.code.size();
        p_.code.push_back({Op::IfGroup, node.value, 0});
        emit_node(*node.children[0]);
        const size_t jump = p_.code.size();
        p_.code.push_back({Op::Jump, 0});
        p_.code[test].b = here();
        emit_node(*node.children[1]);
        p_.code[jump].a = here();
        return;
      }
    }
  }

 private:
  uint32_t here() const { return static_cast<uint32_t>(p_.code.size()); }

  // The index plus one of the characters a branch can start with (Program::branch_sets), or 0
  // when it can match nothing.
  uint32_t branch_set(const Node& branch) {
    std::bitset<256> chars;
    if (add_first_chars(branch, p_, chars)) return 0;
    p_.branch_sets.push_back(chars);
    return static_cast<uint32_t>(p_.branch_sets.size());
  }

  Inst single(const Node& node) {
    switch (node.type) {
      case Node::Type::Char:
        if (node.ignore_case)
          return {Op::CharIgnore, lower(node.value, p_.ascii), upper(node.value, p_.ascii)};
        return {Op::Char, node.value};
      case Node::Type::Any: return {node.value ? Op::AnyAll : Op::Any};
      default: return {Op::Class, node.value};
    }
  }

  static bool is_single(const Node& node) {
    return node.type == Node::Type::Char || node.type == Node::Type::Any || node.type == Node::Type::Class;
  }

  void emit_repeat(const Node& node) {
    const Node& body = *node.children[0];
    if (node.max == 0) return;
    if (is_single(body)) {
      const size_t repeat = p_.code.size();
      p_.code.push_back({Op::RepeatOne, node.min, node.max, node.greedy ? 1u : 0u, 0});
      p_.code.push_back(single(body));
      p_.code[repeat].d = here();
      return;
    }
    if (node.min == 1 && node.max == 1) {
      emit_node(body);
      return;
    }
    if (node.min == 0 && node.max == 1) {
      const size_t split = p_.code.size();
      p_.code.push_back({Op::Split, 0, 0});
      emit_node(body);
      if (node.greedy) {
        p_.code[split].a = static_cast<uint32_t>(split + 1);
        p_.code[split].b = here();
      } else {
        p_.code[split].a = here();
        p_.code[split].b = static_cast<uint32_t>(split + 1);
      }
      return;
    }
    const uint32_t counter = p_.registers++, mark = p_.registers++;
    p_.code.push_back({Op::CountInit, counter});
    const size_t loop = p_.code.size();
    p_.code.push_back({Op::CountLoop, counter, node.min, node.max, 0, node.greedy ? 1u : 0u});
    p_.code.push_back({Op::MarkPos, mark});
    emit_node(body);
    const size_t end = p_.code.size();
    p_.code.push_back({Op::CountEnd, counter, mark, node.min, static_cast<uint32_t>(loop), 0});
    p_.code[loop].d = here();
    p_.code[end].e = here();
  }

  Program& p_;
};

// ---- Matching ----

enum class EntryKind : uint8_t { Undo, Choice, GreedyOne, LazyOne };

struct Entry {
  EntryKind kind;
  uint32_t pc;    // Undo: the register; Choice: where to go on; repeats: the item's instruction
  int64_t pos;    // Undo: the old value; Choice: the position; repeats: the current end
  int64_t limit;  // repeats: the least (greedy) or most (lazy) end
};

// The matcher's stack: a push is a bounds check and a store (std::vector's push_back cost a
// tenth of a findall's instructions); growth, rare, out of line.
class BacktrackStack {
 public:
  [[gnu::always_inline]] void push_back(const Entry& entry) {
    if (size_ == capacity_) [[unlikely]]
      grow();
    data_[size_++] = entry;
  }
  Entry& back() { return data_[size_ - 1]; }
  void pop_back() { --size_; }
  size_t size() const { return size_; }
  void resize(size_t size) { size_ = size; }  // only to shrink
  void clear() { size_ = 0; }
  Entry& operator[](size_t i) { return data_[i]; }

 private:
  [[gnu::noinline]] void grow() {
    capacity_ = capacity_ ? 2 * capacity_ : 64;
    auto bigger = std::make_unique<Entry[]>(capacity_);
    std::copy(data_.get(), data_.get() + size_, bigger.get());
    data_ = std::move(bigger);
  }
  std::unique_ptr<Entry[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

template <class Ch>
class Machine {
 public:
  Machine(const Program& program, const Ch* s, int64_t end) : p_(program), s_(s), end_(end) {
    regs.assign(program.registers, -1);
  }

  // Whether the program matches at `start`; `regs` then hold the marks.
  bool match_at(int64_t start) {
    attempt_start_ = start;
    int64_t end;
    regs[0] = start;  // the program's Save 0, which needs no undo record: each attempt sets it
    const bool found = run(1, start, end);
    if (found) stack_.clear();
    return found;
  }

  // The first match from `start` on (the match's start in regs[0]).
  bool search(int64_t start) {
    if (p_.anchored) return start <= end_ && match_at(start);
    for (int64_t at = start; at <= end_; ++at) {
      if (p_.first_char >= 0) {
        const Ch c = static_cast<Ch>(p_.first_char);
        if constexpr (sizeof(Ch) == 1) {
          if (at >= end_) return false;
          const void* found = std::memchr(s_ + at, c, static_cast<size_t>(end_ - at));
          if (!found) return false;
          at = static_cast<const Ch*>(found) - s_;
        } else {
          while (at < end_ && s_[at] != c) ++at;
          if (at >= end_) return false;
        }
      } else if constexpr (sizeof(Ch) == 1) {
        if (p_.use_first_chars) {
          while (at < end_ && !p_.first_chars[s_[at]]) ++at;
          if (at >= end_) return false;  // no match is empty
        }
      }
      if (match_at(at)) return true;
    }
    return false;
  }

  bool full = false;              // fullmatch: the match must end at the end
  int64_t forbid_empty_at = -1;   // no empty match here (after an empty match, as _sre's must_advance)
  std::vector<int64_t> regs;

 private:
  [[gnu::always_inline]] bool item(const Inst& in, int64_t pos) const {
    if (pos >= end_) return false;
    const uint32_t c = static_cast<uint32_t>(s_[pos]);
    switch (in.op) {
      case Op::Char: return c == in.a;
      case Op::CharIgnore: return c == in.a || c == in.b || lower(c, p_.ascii) == in.a || upper(c, p_.ascii) == in.b;
      case Op::Any: return c != '\n';
      case Op::AnyAll: return true;
      case Op::Class: return p_.classes[in.a].contains(c);
      default: return false;
    }
  }

  // How many of the next `most` characters from pos match `one`, one loop per kind of item.
  int64_t count_items(const Inst& one, int64_t pos, int64_t most) const {
    const Ch* s = s_ + pos;
    int64_t n = 0;
    switch (one.op) {
      case Op::AnyAll: return most;
      case Op::Char:
        while (n < most && static_cast<uint32_t>(s[n]) == one.a) ++n;
        return n;
      case Op::Any:
        while (n < most && s[n] != '\n') ++n;
        return n;
      case Op::Class: {
        const CharClass& cls = p_.classes[one.a];
        while (n < most && cls.contains(static_cast<uint32_t>(s[n]))) ++n;
        return n;
      }
      default:
        while (n < most && item(one, pos + n)) ++n;
        return n;
    }
  }

  // Whether the characters before and at pos are word characters, as _sre reads them: the one
  // before from the string's start on (even past the end, when pos is), the one at pos up to
  // the end.
  bool word_before(int64_t pos, bool ascii) const {
    return pos > 0 && is_word(static_cast<uint32_t>(s_[pos - 1]), ascii);
  }
  bool word_at(int64_t pos, bool ascii) const {
    return pos < end_ && is_word(static_cast<uint32_t>(s_[pos]), ascii);
  }

  bool at(At kind, int64_t pos, bool ascii) const {
    switch (kind) {
      case At::Beginning:
      case At::BeginningString: return pos == 0;
      case At::BeginningLine: return pos == 0 || s_[pos - 1] == '\n';
      case At::End: return pos == end_ || (pos + 1 == end_ && s_[pos] == '\n');
      case At::EndLine: return pos == end_ || s_[pos] == '\n';
      case At::EndString: return pos == end_;
      case At::Boundary: return end_ > 0 && word_before(pos, ascii) != word_at(pos, ascii);
      case At::NonBoundary: return end_ > 0 && word_before(pos, ascii) == word_at(pos, ascii);
    }
    return false;
  }

  [[gnu::always_inline]] void set(uint32_t reg, int64_t value) {
    stack_.push_back({EntryKind::Undo, reg, regs[reg], 0});
    regs[reg] = value;
  }

  bool backref_matches(const Inst& in, int64_t& pos) const {
    const int64_t from = regs[2 * in.a], to = regs[2 * in.a + 1];
    if (from < 0 || to < 0 || to < from) return false;
    const int64_t n = to - from;
    if (pos + n > end_) return false;
    for (int64_t i = 0; i < n; ++i) {
      const uint32_t a = static_cast<uint32_t>(s_[from + i]), b = static_cast<uint32_t>(s_[pos + i]);
      if (a != b && !(in.b && lower(a, p_.ascii) == lower(b, p_.ascii))) return false;
    }
    pos += n;
    return true;
  }

  // Drops the choice points above `base`, keeping the undo records (a lookaround or atomic group
  // that matched: its register changes stay until the match backtracks past it).
  void commit(size_t base) {
    size_t out = base;
    for (size_t i = base; i < stack_.size(); ++i)
      if (stack_[i].kind == EntryKind::Undo) stack_[out++] = stack_[i];
    stack_.resize(out);
  }

  // Undoes everything above `base`.
  void unwind(size_t base) {
    while (stack_.size() > base) {
      const Entry& e = stack_.back();
      if (e.kind == EntryKind::Undo) regs[e.pc] = e.pos;
      stack_.pop_back();
    }
  }

  // Runs from pc at pos until Match (or SubEnd, for a subprogram) or failure: on failure the
  // stack is back to its size at entry; on success `out` is the end.
  bool run(uint32_t pc, int64_t pos, int64_t& out) {
    const size_t base = stack_.size();
    const Inst* code = p_.code.data();
    for (;;) {
      const Inst& in = code[pc];
      switch (in.op) {
        case Op::Char:
        case Op::CharIgnore:
        case Op::Any:
        case Op::AnyAll:
        case Op::Class:
          if (!item(in, pos)) goto fail;
          ++pos;
          ++pc;
          continue;
        case Op::At:
          if (!at(static_cast<At>(in.a), pos, in.b != 0 || p_.ascii)) goto fail;
          ++pc;
          continue;
        case Op::Split: {
          // A first branch that cannot start with the character here is skipped without a
          // choice point, as _sre's BRANCH checks a branch's leading literal.
          if (in.c) {
            if (pos >= end_) {
              pc = in.b;
              continue;
            }
            const uint32_t c = static_cast<uint32_t>(s_[pos]);
            if (c < 256 && !p_.branch_sets[in.c - 1][c]) {
              pc = in.b;
              continue;
            }
          }
          stack_.push_back({EntryKind::Choice, in.b, pos, 0});
          pc = in.a;
          continue;
        }
        case Op::Jump: pc = in.a; continue;
        case Op::Save:
          // The match's end (register 1) is read only after Match succeeds, which sets it last:
          // it needs no undo record.
          if (in.a == 1) {
            regs[1] = pos;
            ++pc;
            continue;
          }
          set(in.a, pos);
          if (in.b) set(2 * p_.groups + 2, in.a / 2);
          ++pc;
          continue;
        case Op::RepeatOne: {
          const Inst& one = code[pc + 1];
          // pos is past the end when match() is given a pos past its endpos: _sre's REPEAT_ONE
          // fails there, even with no minimum.
          if (pos > end_) goto fail;
          const int64_t most = in.b == kUnbounded ? end_ - pos : std::min<int64_t>(in.b, end_ - pos);
          if (in.c) {
            const int64_t n = count_items(one, pos, most);
            if (n < in.a) goto fail;
            if (n > in.a) stack_.push_back({EntryKind::GreedyOne, pc + 1, pos + n, pos + in.a});
            pos += n;
          } else {
            int64_t n = 0;
            while (n < in.a && item(one, pos + n)) ++n;
            if (n < in.a) goto fail;
            if (n < most) stack_.push_back({EntryKind::LazyOne, pc + 1, pos + n, pos + most});
            pos += n;
          }
          pc = in.d;
          continue;
        }
        case Op::CountInit:
          set(in.a, 0);
          ++pc;
          continue;
        case Op::CountLoop: {
          const int64_t n = regs[in.a];
          if (n < in.b) {
            ++pc;
          } else if (in.c == kUnbounded || n < in.c) {
            if (in.e) {
              stack_.push_back({EntryKind::Choice, in.d, pos, 0});
              ++pc;
            } else {
              stack_.push_back({EntryKind::Choice, pc + 1, pos, 0});
              pc = in.d;
            }
          } else {
            pc = in.d;
          }
          continue;
        }
        case Op::MarkPos:
          set(in.a, pos);
          ++pc;
          continue;
        case Op::CountEnd: {
          const int64_t n = regs[in.a] + 1;
          set(in.a, n);
          // An iteration that matched nothing ends the loop once the minimum is done, as _sre's
          // MAX_UNTIL does: no endless empty iterations.
          pc = (n >= in.c && pos == regs[in.b]) ? in.e : in.d;
          continue;
        }
        case Op::Backref:
          if (!backref_matches(in, pos)) goto fail;
          ++pc;
          continue;
        case Op::IfGroup: {
          const int64_t from = regs[2 * in.a], to = regs[2 * in.a + 1];
          pc = (from >= 0 && to >= from) ? pc + 1 : in.b;
          continue;
        }
        case Op::Look: {
          const bool negate = in.c != 0;
          int64_t from = pos;
          bool found = false;
          const size_t mark = stack_.size();
          if (in.d) from = pos - in.b;
          int64_t sub_end;
          if (from >= 0) found = run(pc + 1, from, sub_end);
          if (found != negate) {
            if (found) commit(mark);
            pc = in.a;
            continue;
          }
          if (found) unwind(mark);
          goto fail;
        }
        case Op::Atomic: {
          const size_t mark = stack_.size();
          int64_t sub_end;
          if (!run(pc + 1, pos, sub_end)) goto fail;
          commit(mark);
          pos = sub_end;
          pc = in.a;
          continue;
        }
        case Op::SubEnd:
          out = pos;
          return true;
        case Op::Match:
          if ((full && pos != end_) || (pos == forbid_empty_at && attempt_start_ == pos)) goto fail;
          out = pos;
          return true;
      }
    fail:
      for (;;) {
        if (stack_.size() <= base) return false;
        Entry& e = stack_.back();
        switch (e.kind) {
          case EntryKind::Undo:
            regs[e.pc] = e.pos;
            stack_.pop_back();
            continue;
          case EntryKind::Choice:
            pc = e.pc;
            pos = e.pos;
            stack_.pop_back();
            break;
          case EntryKind::GreedyOne: {
            // Give back one character; skip ends where a literal that follows cannot match.
            const Inst& next = code[code[e.pc - 1].d];
            int64_t end = e.pos - 1;
            if (next.op == Op::Char) {
              while (end >= e.limit && (end >= end_ || static_cast<uint32_t>(s_[end]) != next.a)) --end;
              if (end < e.limit) {
                stack_.pop_back();
                continue;
              }
            }
            pc = code[e.pc - 1].d;
            pos = end;
            if (end <= e.limit)
              stack_.pop_back();
            else
              e.pos = end;
            break;
          }
          case EntryKind::LazyOne: {
            if (!item(code[e.pc], e.pos)) {
              stack_.pop_back();
              continue;
            }
            pos = ++e.pos;
            pc = code[e.pc - 1].d;
            if (e.pos >= e.limit) stack_.pop_back();
            break;
          }
        }
        break;
      }
    }
  }

  const Program& p_;
  const Ch* s_;
  int64_t end_;
  int64_t attempt_start_ = 0;
  BacktrackStack stack_;
};

// ---- Compiling ----

// The pattern's text as code points (bytes: one a byte).
std::u32string code_points(Value pattern, bool bytes) {
  std::u32string out;
  if (bytes) {
    BytesView view(pattern);
    for (unsigned char c : view.data()) out += c;
  } else {
    const std::string& text = as_str(pattern)->text;
    for (size_t at = 0; at < text.size();) out += unicode::decode(text, at);
  }
  return out;
}

// Adds to `chars` the characters below 256 that a match of `node` can start with; returns
// whether it can match nothing (then what follows it can start the match too).
bool add_first_chars(const Node& node, const Program& program, std::bitset<256>& chars) {
  switch (node.type) {
    case Node::Type::Empty:
    case Node::Type::At:
    case Node::Type::Look: return true;
    case Node::Type::Char:
      if (!node.ignore_case) {
        if (node.value < 256) chars.set(node.value);
      } else {
        const uint32_t low = lower(node.value, program.ascii), up = upper(node.value, program.ascii);
        for (uint32_t c = 0; c < 256; ++c)
          if (c == low || c == up || lower(c, program.ascii) == low || upper(c, program.ascii) == up) chars.set(c);
      }
      return false;
    case Node::Type::Any: {
      std::bitset<256> all;
      all.set();
      if (!node.value) all.reset('\n');
      chars |= all;
      return false;
    }
    case Node::Type::Class: chars |= program.classes[node.value].low; return false;
    case Node::Type::Backref: chars.set(); return true;
    case Node::Type::Group:
    case Node::Type::Atomic:
    case Node::Type::Seq:
      for (const NodePtr& child : node.children)
        if (!add_first_chars(*child, program, chars)) return false;
      return true;
    case Node::Type::Alt:
    case Node::Type::IfGroup: {
      bool nullable = false;
      for (const NodePtr& child : node.children) nullable |= add_first_chars(*child, program, chars);
      return nullable;
    }
    case Node::Type::Repeat: return add_first_chars(*node.children[0], program, chars) || node.min == 0;
  }
  return true;
}

// Finds the search shortcut (Program::first_char, anchored).
void find_shortcut(Program& program) {
  size_t pc = 1;  // after Save 0
  while (pc < program.code.size() && program.code[pc].op == Op::Save) ++pc;
  const Inst& first = program.code[pc];
  if (first.op == Op::Char) program.first_char = static_cast<int32_t>(first.a);
  if (first.op == Op::RepeatOne && first.a > 0 && program.code[pc + 1].op == Op::Char)
    program.first_char = static_cast<int32_t>(program.code[pc + 1].a);
  if (first.op == Op::At && (first.a == static_cast<uint32_t>(At::Beginning) ||
                             first.a == static_cast<uint32_t>(At::BeginningString)))
    program.anchored = true;
}

struct CompiledProgram final : Instance {
  std::shared_ptr<const Program> program;
  explicit CompiledProgram(const TypeInfo* type, std::shared_ptr<const Program> p)
      : Instance(type), program(std::move(p)) {}
};

const TypeInfo& program_type();

const Program& program_of(Value self) {
  if (!is_kind(self, Kind::Instance) || as_instance(self).type != &program_type())
    raise(exc::TypeError, "descriptor requires a '_re.Program' object");
  return *static_cast<CompiledProgram&>(as_instance(self)).program;
}

// _re.compile(pattern, flags): a Program, or (message, position) for re.error; position is None
// when the error has none. A message that starts "OverflowError:" is that error.
Value re_compile(ThreadState&, Value, const Args& args) {
  args.expect("compile", 2, 2);
  const Value pattern = args.positional[0];
  const bool bytes = is_kind(pattern, Kind::Bytes) || is_kind(pattern, Kind::ByteArray);
  if (!bytes && !is_kind(pattern, Kind::Str))
    raise(exc::TypeError, "first argument must be string or compiled pattern");
  Value flags_value = args.positional[1];
  if (!flags_value.is_int()) raise(exc::TypeError, "flags must be an int");
  uint32_t flags = static_cast<uint32_t>(flags_value.i);
  auto program = std::make_shared<Program>();
  try {
    std::u32string source = code_points(pattern, bytes);
    Parser parser(source, bytes, flags);
    NodePtr tree = parser.parse();
    if (parser.global_flags_changed_) {
      // Global inline flags apply to the whole pattern: parse again under them, as _parser.py
      // does for (?x).
      Parser again(std::move(source), bytes, parser.flags());
      tree = again.parse();
      parser.classes = std::move(again.classes);
    }
    flags = parser.flags();
    if (!bytes && !(flags & kAscii)) flags |= kUnicode;
    program->flags = flags;
    program->bytes = bytes;
    program->ascii = bytes || (flags & kAscii);
    program->groups = parser.groups();
    program->classes = std::move(parser.classes);
    program->registers = 2 * program->groups + 3;
    for (const auto& [name, index] : parser.names()) {
      std::string utf8;
      for (uint32_t c : name) unicode::append(utf8, c);
      program->names.emplace_back(std::move(utf8), index);
    }
    Compiler compiler(*program);
    program->code.push_back({Op::Save, 0, 0});
    compiler.emit_node(*tree);
    program->code.push_back({Op::Save, 1, 0});
    program->code.push_back({Op::Match});
    find_shortcut(*program);
    program->use_first_chars = !add_first_chars(*tree, *program, program->first_chars);
  } catch (const ParseError& error) {
    Value position = error.position < 0 ? Value::none() : Value::integer(error.position);
    return make_tuple({make_str(error.message), position});
  } catch (const TooDeep&) {
    raise(exc::RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  return Value::object(new CompiledProgram(&program_type(), std::move(program)));
}

// ---- Subjects ----

// A subject string as the matcher reads it.
struct Subject {
  Value value;
  bool bytes = false;
  std::string_view narrow;  // ASCII str or bytes
  std::u32string wide;      // a str beyond ASCII, decoded
  bool is_wide = false;
  int64_t length = 0;
  std::string bytes_copy;  // a bytearray's bytes, copied

  Subject(const Program& program, Value v) : value(v) {
    if (is_kind(v, Kind::Str)) {
      if (program.bytes) raise(exc::TypeError, "cannot use a bytes pattern on a string-like object");
      const Str& str = *as_str(v);
      if (str.length() == str.text.size()) {
        narrow = str.text;
      } else {
        is_wide = true;
        for (size_t at = 0; at < str.text.size();) wide += unicode::decode(str.text, at);
      }
    } else if (is_kind(v, Kind::Bytes) || is_kind(v, Kind::ByteArray)) {
      if (!program.bytes) raise(exc::TypeError, "cannot use a string pattern on a bytes-like object");
      bytes = true;
      if (is_kind(v, Kind::Bytes)) {
        narrow = as_bytes(v)->data;  // immutable
      } else {
        BytesView view(v);  // a bytearray may change under another thread: a copy
        bytes_copy = std::string(view.data());
        narrow = bytes_copy;
      }
    } else {
      raise(exc::TypeError, "expected string or bytes-like object, got '" + type_name(v) + "'");
    }
    length = is_wide ? static_cast<int64_t>(wide.size()) : static_cast<int64_t>(narrow.size());
  }

  // The text of [from, to) as a new str or bytes.
  Value slice(int64_t from, int64_t to) const {
    if (bytes) return bytes_from(narrow.substr(static_cast<size_t>(from), static_cast<size_t>(to - from)));
    if (!is_wide) return make_text_str(narrow.substr(static_cast<size_t>(from), static_cast<size_t>(to - from)), true);
    std::string out;
    for (int64_t i = from; i < to; ++i) unicode::append(out, wide[static_cast<size_t>(i)]);
    return make_str(std::move(out), static_cast<size_t>(to - from));
  }
};

// pos and endpos as _sre clamps them.
void clamp(int64_t length, int64_t& pos, int64_t& endpos) {
  if (pos < 0) pos = 0;
  if (pos > length) pos = length;
  if (endpos < 0) endpos = 0;
  if (endpos > length) endpos = length;
}

int64_t int_argument(Value v) {
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b;
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

// Calls f(machine) with a Machine over the subject's characters, from pos to endpos (the
// machine's end).
template <class F>
auto with_machine(const Program& program, const Subject& subject, int64_t endpos, F&& f) {
  if (subject.is_wide) {
    Machine<char32_t> machine(program, subject.wide.data(), endpos);
    return f(machine);
  }
  Machine<unsigned char> machine(program, reinterpret_cast<const unsigned char*>(subject.narrow.data()), endpos);
  return f(machine);
}

// The marks and lastindex of a match, as a tuple of ints.
Value marks_tuple(const Program& program, const std::vector<int64_t>& regs) {
  std::vector<Value> items;
  items.reserve(2 * program.groups + 3);
  for (uint32_t i = 0; i < 2 * program.groups + 2; ++i) {
    int64_t v = regs[i];
    // A group whose end is unset, or that ended before it started in a later iteration,
    // counts as unmatched.
    if (i % 2 == 1 && (v < 0 || regs[i - 1] < 0)) {
      items.back() = Value::integer(-1);
      v = -1;
    }
    items.push_back(Value::integer(v));
  }
  items.push_back(Value::integer(regs[2 * program.groups + 2]));
  return make_tuple(std::move(items));
}

struct Range {
  int64_t pos, endpos;
};

Range bounds(const Args& args, size_t first, const Subject& subject) {
  int64_t pos = args.count > first ? int_argument(args.positional[first]) : 0;
  int64_t endpos = args.count > first + 1 ? int_argument(args.positional[first + 1]) : subject.length;
  clamp(subject.length, pos, endpos);
  return {pos, endpos};
}

// program.match(string, pos, endpos, mode): mode 0 match, 1 fullmatch, 2 search. None or the
// marks tuple.
Value program_match(ThreadState&, Value self, const Args& args) {
  args.expect("match", 4, 4);
  const Program& program = program_of(self);
  const Subject subject(program, args.positional[0]);
  const Range range = bounds(args, 1, subject);
  const int64_t mode = int_argument(args.positional[3]);
  // pos past endpos: match and fullmatch still try at pos (as _sre does), search finds nothing.
  return with_machine(program, subject, range.endpos, [&](auto& machine) -> Value {
    machine.full = mode == 1;
    const bool found = mode == 2 ? machine.search(range.pos) : machine.match_at(range.pos);
    return found ? marks_tuple(program, machine.regs) : Value::none();
  });
}

// Calls each(machine) for each match from pos on, as _sre's findall and finditer step:
// after an empty match the next may not be empty at the same place. At most `limit` (0: all).
template <class Machine, class F>
void each_match(Machine& machine, int64_t pos, int64_t endpos, int64_t limit, F&& each) {
  int64_t count = 0;
  while (pos <= endpos) {
    if (!machine.search(pos)) break;
    const int64_t start = machine.regs[0], end = machine.regs[1];
    each(machine);
    machine.forbid_empty_at = end == start ? end : -1;
    pos = end;
    if (limit > 0 && ++count >= limit) break;
    std::fill(machine.regs.begin(), machine.regs.end(), -1);
  }
}

// program.scan(string, pos, endpos, limit): the marks tuples of the matches, in order.
Value program_scan(ThreadState&, Value self, const Args& args) {
  args.expect("scan", 4, 4);
  const Program& program = program_of(self);
  const Subject subject(program, args.positional[0]);
  const Range range = bounds(args, 1, subject);
  const int64_t limit = int_argument(args.positional[3]);
  Ref result = Ref::steal(make_list({}));
  if (range.pos > range.endpos) return result.release();
  with_machine(program, subject, range.endpos, [&](auto& machine) {
    each_match(machine, range.pos, range.endpos, limit, [&](auto& m) {
      as_list(result.get())->items.push_back(marks_tuple(program, m.regs));
    });
    return 0;
  });
  return result.release();
}

// A group's text, or `missing` (a new reference) when it did not match.
Value group_text(const Subject& subject, const std::vector<int64_t>& regs, uint32_t group, Value missing) {
  const int64_t from = regs[2 * group], to = regs[2 * group + 1];
  if (from < 0 || to < 0) {
    incref(missing);
    return missing;
  }
  return subject.slice(from, to);
}

// program.findall(string, pos, endpos): as Pattern.findall.
Value program_findall(ThreadState&, Value self, const Args& args) {
  args.expect("findall", 3, 3);
  const Program& program = program_of(self);
  const Subject subject(program, args.positional[0]);
  const Range range = bounds(args, 1, subject);
  Ref result = Ref::steal(make_list({}));
  if (range.pos > range.endpos) return result.release();
  Ref empty = Ref::steal(subject.bytes ? bytes_from("") : make_str(""));
  with_machine(program, subject, range.endpos, [&](auto& machine) {
    each_match(machine, range.pos, range.endpos, 0, [&](auto& m) {
      Value item;
      if (program.groups == 0) {
        item = subject.slice(m.regs[0], m.regs[1]);
      } else if (program.groups == 1) {
        item = group_text(subject, m.regs, 1, empty.get());
      } else {
        std::vector<Value> groups;
        for (uint32_t g = 1; g <= program.groups; ++g) groups.push_back(group_text(subject, m.regs, g, empty.get()));
        item = make_tuple(std::move(groups));
      }
      as_list(result.get())->items.push_back(item);
    });
    return 0;
  });
  return result.release();
}

// Appends the subject's text of [from, to) to `out` (UTF-8 for a str).
void append_text(const Subject& subject, int64_t from, int64_t to, std::string& out) {
  if (!subject.is_wide) {
    out.append(subject.narrow.substr(static_cast<size_t>(from), static_cast<size_t>(to - from)));
    return;
  }
  for (int64_t i = from; i < to; ++i) unicode::append(out, subject.wide[static_cast<size_t>(i)]);
}

// The text of a str, bytes or bytearray piece of a template.
std::string piece_text(Value piece) {
  if (is_kind(piece, Kind::Str)) return as_str(piece)->text;
  BytesView view(piece);
  return std::string(view.data());
}

// program.sub(template, string, count): (result, number of replacements), for a template that
// re.py parsed: a str (or bytes) or a list of them and group numbers. A function as the
// replacement stays in re.py.
Value program_sub(ThreadState&, Value self, const Args& args) {
  args.expect("sub", 3, 3);
  const Program& program = program_of(self);
  const Value string = args.positional[1];
  const Subject subject(program, string);
  const int64_t count = int_argument(args.positional[2]);
  // The template's pieces: text, or a group (>= 0) with empty text.
  std::vector<std::pair<int64_t, std::string>> pieces;
  const Value repl = args.positional[0];
  if (is_kind(repl, Kind::List)) {
    for (Value item : as_list(repl)->items)
      pieces.emplace_back(item.is_int() ? item.i : -1, item.is_int() ? std::string() : piece_text(item));
  } else {
    pieces.emplace_back(-1, piece_text(repl));
  }
  std::string out;
  int64_t n = 0, last = 0;
  if (count >= 0) {
    with_machine(program, subject, subject.length, [&](auto& machine) {
      each_match(machine, 0, subject.length, count, [&](auto& m) {
        append_text(subject, last, m.regs[0], out);
        for (const auto& [group, text] : pieces) {
          if (group < 0) {
            out += text;
          } else if (m.regs[2 * group] >= 0 && m.regs[2 * group + 1] >= 0) {
            append_text(subject, m.regs[2 * group], m.regs[2 * group + 1], out);
          }
        }
        last = m.regs[1];
        ++n;
      });
      return 0;
    });
  }
  Value result;
  if (n == 0 && !is_kind(string, Kind::ByteArray)) {
    incref(string);
    result = string;
  } else {
    append_text(subject, last, subject.length, out);
    result = subject.bytes ? make_bytes(std::move(out)) : make_str(std::move(out));
  }
  return make_tuple({result, Value::integer(n)});
}

// program.split(string, maxsplit): as Pattern.split.
Value program_split(ThreadState&, Value self, const Args& args) {
  args.expect("split", 2, 2);
  const Program& program = program_of(self);
  const Subject subject(program, args.positional[0]);
  const int64_t maxsplit = int_argument(args.positional[1]);
  Ref result = Ref::steal(make_list({}));
  std::vector<Value>& items = as_list(result.get())->items;
  int64_t last = 0;
  if (maxsplit >= 0) {
    with_machine(program, subject, subject.length, [&](auto& machine) {
      each_match(machine, 0, subject.length, maxsplit, [&](auto& m) {
        items.push_back(subject.slice(last, m.regs[0]));
        for (uint32_t g = 1; g <= program.groups; ++g)
          items.push_back(group_text(subject, m.regs, g, Value::none()));
        last = m.regs[1];
      });
      return 0;
    });
  }
  items.push_back(subject.slice(last, subject.length));
  return result.release();
}

Value program_get(ThreadState&, Instance& instance, std::string_view name) {
  const Program& program = *static_cast<CompiledProgram&>(instance).program;
  if (name == "groups") return Value::integer(program.groups);
  if (name == "flags") return Value::integer(program.flags);
  if (name == "names") {
    std::vector<Value> pairs;
    for (const auto& [text, index] : program.names)
      pairs.push_back(make_tuple({make_str(text), Value::integer(index)}));
    return make_list(std::move(pairs));
  }
  return Value::undefined();
}

const TypeInfo& program_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "_re.Program";
    t.methods = {{"match", program_match},     {"scan", program_scan}, {"findall", program_findall},
                 {"sub", program_sub},         {"split", program_split}};
    t.get = program_get;
    return t;
  }();
  return type;
}

// _re.isidentifier(name): whether a template's \\g<name> is a group name (str.isidentifier(),
// which the VM's str lacks).
Value re_isidentifier(ThreadState&, Value, const Args& args) {
  args.expect("isidentifier", 1, 1);
  if (!is_kind(args.positional[0], Kind::Str)) return Value::boolean(false);
  return Value::boolean(is_identifier(code_points(args.positional[0], false), false));
}

}  // namespace

Value make_re_native_module(VM&) {
  auto* module = new Module("_re");
  module->add_function("compile", re_compile);
  module->add_function("isidentifier", re_isidentifier);
  return Value::object(module);
}

}  // namespace gilvm
