#include "frontend/lexer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "frontend/compiler.h"
#include "runtime/unicode.h"

namespace gilvm {
namespace {

constexpr int kTabSize = 8;
constexpr size_t kMaxIndentLevels = 100;  // as CPython
constexpr size_t kMaxBracketDepth = 200;  // as CPython

// Indices into kOperators of the operators that begin with each character, in kOperators' order
// (longest first): op() tries only those that can match.
const std::vector<uint8_t>& operators_starting_with(char c) {
  static const auto table = [] {
    std::array<std::vector<uint8_t>, 128> by_first;
    for (size_t i = 0; i < std::size(kOperators); ++i)
      by_first[static_cast<unsigned char>(kOperators[i][0])].push_back(static_cast<uint8_t>(i));
    return by_first;
  }();
  static const std::vector<uint8_t> none;
  const auto index = static_cast<unsigned char>(c);
  return index < table.size() ? table[index] : none;
}

// keyword_id() of `word`, or 0: kKeywords is sorted, so the keywords with a given first character
// are a run of it, which a table by first character finds without comparing text.
uint8_t find_keyword(std::string_view word) {
  struct Run {
    uint8_t begin = 0, end = 0;
  };
  static const auto runs = [] {
    std::array<Run, 128> by_first{};
    for (size_t i = std::size(kKeywords); i-- > 0;) {
      Run& run = by_first[static_cast<unsigned char>(kKeywords[i][0])];
      if (run.end == 0) run.end = static_cast<uint8_t>(i + 1);
      run.begin = static_cast<uint8_t>(i);
    }
    return by_first;
  }();
  const auto first = static_cast<unsigned char>(word[0]);
  if (first >= runs.size()) return 0;
  for (size_t i = runs[first].begin; i < runs[first].end; ++i)
    if (kKeywords[i] == word) return static_cast<uint8_t>(i + kKeywordIds);
  return 0;
}

bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }

int digit_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Universal newlines: \r\n and \r become \n, as Python reads source files.
std::string normalize_newlines(std::string_view source) {
  if (source.find('\r') == std::string_view::npos) return std::string(source);
  std::string out;
  out.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += source[i];
    }
  }
  return out;
}

class Lexer {
 public:
  Lexer(std::string_view source, const std::string& filename)
      : src_(normalize_newlines(source)), filename_(filename) {}

  // Treats the whole source as the body of a str literal and decodes its escapes.
  // Errors name `line` and a column counted from the start of the body.
  std::string decode_body(int line) {
    line_ = line;
    std::string out;
    while (pos_ < src_.size()) {
      if (peek() == '\\') {
        escape(out, false, false);
      } else {
        if (peek() == '\n') ++line_;
        out += src_[pos_++];
      }
    }
    return out;
  }

  std::vector<Token> run() {
    tokens_.reserve(src_.size() / 4 + 16);  // about one token per four or five bytes of source
    for (;;) {
      if (at_line_start_ && brackets_.empty()) {
        if (!read_indentation()) break;
      }
      at_line_start_ = false;
      skip_whitespace();
      char c = peek();
      if (pos_ >= src_.size()) break;
      if (c == '#') {
        skip_comment();
      } else if (c == '\\') {
        line_continuation();
      } else if (c == '\n') {
        if (brackets_.empty()) end_logical_line();
        newline();
        at_line_start_ = true;
      } else {
        token();
      }
    }
    finish();
    return std::move(tokens_);
  }

 private:
  std::string src_;
  const std::string& filename_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  bool at_line_start_ = true;
  // Indentation widths with tabs to the next multiple of 8, and with tabs as 1 column: both
  // must order the lines the same way, else the indentation depends on the tab size.
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  struct Bracket {
    char ch;
    int line, column;
  };
  std::vector<Bracket> brackets_;

  char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
  }
  int column_of(size_t at) const { return static_cast<int>(at - line_start_) + 1; }

  [[noreturn]] void error_at(int line, int column, const std::string& message) const {
    throw SyntaxError(filename_, line, column, message);
  }
  [[noreturn]] void error(size_t at, const std::string& message) const {
    error_at(line_, column_of(at), message);
  }

  // The token is made in place, its text from a view (no string made and moved for a name) or
  // taken over from a decoded literal's string.
  Token& add(TokenKind kind, std::string_view text, size_t start, uint8_t id = 0) {
    return tokens_.emplace_back(kind, id, text, line_, column_of(start));
  }
  Token& add_decoded(TokenKind kind, std::string&& text, size_t start) {
    return tokens_.emplace_back(kind, uint8_t{0}, std::move(text), line_, column_of(start));
  }

  void end_logical_line() {
    if (!tokens_.empty() && tokens_.back().kind != TokenKind::Newline) {
      add(TokenKind::Newline, "", pos_);
    }
  }

  void newline() {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  void skip_comment() {  // to the end of the line (memchr: docstring-long comments are common)
    pos_ = std::min(src_.find('\n', pos_), src_.size());
  }

  void skip_whitespace() {
    while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++pos_;
  }

  void line_continuation() {
    int line = line_, column = column_of(pos_++);
    if (pos_ >= src_.size()) {
      error_at(line, column, "unexpected end of file after line continuation");
    }
    if (peek() != '\n') {
      error_at(line, column, "unexpected character after line continuation character");
    }
    newline();
  }

  // Measures the indentation of a new logical line and emits INDENT/DEDENT. Blank and comment
  // lines are skipped. Returns false at the end of the input.
  bool read_indentation() {
    for (;;) {
      int width = 0, alt_width = 0;
      for (;; ++pos_) {
        char c = peek();
        if (c == ' ') {
          ++width, ++alt_width;
        } else if (c == '\t') {
          width = (width / kTabSize + 1) * kTabSize;
          ++alt_width;
        } else if (c == '\f') {
          width = alt_width = 0;
        } else {
          break;
        }
      }
      if (pos_ >= src_.size()) return false;
      if (peek() == '#') {
        skip_comment();
      }
      if (peek() == '\n') {
        newline();
        continue;
      }
      if (pos_ >= src_.size()) return false;
      indent_to(width, alt_width);
      return true;
    }
  }

  void indent_to(int width, int alt_width) {
    if (width > indents_.back()) {
      if (alt_width <= alt_indents_.back()) inconsistent_tabs();
      if (indents_.size() >= kMaxIndentLevels) error(pos_, "too many levels of indentation");
      indents_.push_back(width);
      alt_indents_.push_back(alt_width);
      add(TokenKind::Indent, "", pos_);
      return;
    }
    while (width < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      add(TokenKind::Dedent, "", pos_);
    }
    if (width != indents_.back()) {
      error(pos_, "unindent does not match any outer indentation level");
    }
    if (alt_width != alt_indents_.back()) inconsistent_tabs();
  }

  [[noreturn]] void inconsistent_tabs() const {
    error(pos_, "inconsistent use of tabs and spaces in indentation");
  }

  void finish() {
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      error_at(b.line, b.column, std::string("'") + b.ch + "' was never closed");
    }
    end_logical_line();
    for (size_t i = 1; i < indents_.size(); ++i) add(TokenKind::Dedent, "", pos_);
    add(TokenKind::End, "", pos_);
  }

  void token() {
    size_t start = pos_;
    char c = peek();
    if (c == '\0') error(start, "source code cannot contain null bytes");
    if (is_ident_start(c)) {
      name_or_string();
    } else if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
      number();
    } else if (c == '\'' || c == '"') {
      string(start, false, false);
    } else {
      op();
    }
  }

  void name_or_string() {
    size_t start = pos_;
    const char* p = src_.data() + pos_;  // (src_ ends in a '\0', which is no identifier character)
    while (is_ident_char(*p)) ++p;
    pos_ = static_cast<size_t>(p - src_.data());
    const std::string_view word = std::string_view(src_).substr(start, pos_ - start);
    if (peek() == '\'' || peek() == '"') {
      std::string prefix;
      for (char p : word) prefix += static_cast<char>(p | 0x20);
      if (prefix == "b" || prefix == "r" || prefix == "u" || prefix == "br" || prefix == "rb") {
        return string(start, prefix.find('b') != std::string::npos,
                      prefix.find('r') != std::string::npos);
      }
      if (prefix == "f" || prefix == "rf" || prefix == "fr") {
        // The body is kept raw: the parser splits it into literal parts and expressions.
        string(start, false, true);
        tokens_.back().kind = TokenKind::FString;
        tokens_.back().int_value = prefix.size() == 2 ? 1 : 0;
        return;
      }
    }
    if (static_cast<unsigned char>(peek()) >= 0x80) error(pos_, "invalid non-ASCII character");
    const uint8_t keyword = find_keyword(word);
    add(keyword ? TokenKind::Keyword : TokenKind::Name, word, start, keyword);
  }

  // --- numbers

  // Reads digits of `base` with single '_' separators between digits; returns them without
  // the separators. A leading '_' is allowed right after a base prefix, as in Python.
  std::string digits(int base, bool allow_leading_underscore, const char* kind) {
    std::string out;
    for (;;) {
      char c = peek();
      if (c == '_') {
        if ((out.empty() && !allow_leading_underscore) || digit_value(peek(1)) >= base) {
          error(pos_, std::string("invalid ") + kind + " literal");
        }
        ++pos_;
      } else if (digit_value(c) < base) {
        out += c;
        ++pos_;
      } else {
        return out;
      }
    }
  }

  void number() {
    size_t start = pos_;
    if (peek() == '0' && std::string_view("xXoObB").find(peek(1)) != std::string_view::npos) {
      char prefix = static_cast<char>(peek(1) | 0x20);
      int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
      const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
      pos_ += 2;
      std::string ds = digits(base, true, kind);
      if (ds.empty() || is_ident_char(peek()))
        error(start, std::string("invalid ") + kind + " literal");
      return integer(start, ds, base);
    }
    std::string text = digits(10, false, "decimal");
    bool is_float = false;
    if (peek() == '.') {
      is_float = true;
      ++pos_;
      if (is_digit(peek())) text += "." + digits(10, false, "decimal");
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
      is_float = true;
      text += 'e';
      ++pos_;
      if (peek() == '+' || peek() == '-') text += src_[pos_++];
      text += digits(10, false, "decimal");
    }
    if (peek() == 'j' || peek() == 'J') {  // an imaginary literal: 1j, 2.5J, 1e3j, 0_1j
      ++pos_;
      if (is_ident_char(peek())) error(start, "invalid imaginary literal");
      return floating(start, text, TokenKind::Imaginary);
    }
    if (is_ident_char(peek())) error(start, "invalid decimal literal");
    if (is_float) return floating(start, text, TokenKind::Float);
    if (text.size() > 1 && text[0] == '0' && text.find_first_not_of('0') != std::string::npos) {
      error(start,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
            "octal integers");
    }
    integer(start, text, 10);
  }

  void integer(size_t start, const std::string& ds, int base) {
    uint64_t value = 0;
    constexpr uint64_t kMax = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
    for (char c : ds) {
      auto d = static_cast<uint64_t>(digit_value(c));
      if (value > (kMax - d) / static_cast<uint64_t>(base)) {
        add(TokenKind::Int, ds, start).big_base = base;  // a big int: the runtime converts it
        return;
      }
      value = value * static_cast<uint64_t>(base) + d;
    }
    add(TokenKind::Int, std::string_view(src_).substr(start, pos_ - start), start).int_value =
        static_cast<int64_t>(value);
  }

  // A float literal, or the imaginary part of an imaginary one (`kind`).
  void floating(size_t start, const std::string& text, TokenKind kind) {
    std::string t = text.front() == '.' ? "0" + text : text;  // from_chars wants a digit first
    double value = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec == std::errc::result_out_of_range) {
      // Overflow gives inf and underflow 0, as in Python.
      size_t e = t.find('e');
      bool negative_exponent = e != std::string::npos && t[e + 1] == '-';
      value = negative_exponent ? 0.0 : std::numeric_limits<double>::infinity();
    } else if (ec != std::errc() || end != t.data() + t.size()) {
      error(start, "invalid decimal literal");
    }
    add(kind, std::string_view(src_).substr(start, pos_ - start), start).float_value = value;
  }

  // --- strings

  void string(size_t start, bool bytes, bool raw) {
    int start_line = line_, start_column = column_of(start);
    char quote = peek();
    bool triple = peek(1) == quote && peek(2) == quote;
    pos_ += triple ? 3 : 1;
    std::string text;
    for (;;) {
      if (pos_ >= src_.size()) {
        error_at(
            start_line, start_column,
            triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
      }
      char c = peek();
      if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
        pos_ += triple ? 3 : 1;
        break;
      }
      if (c == '\n') {
        if (!triple) error_at(start_line, start_column, "unterminated string literal");
        text += c;
        newline();
        continue;
      }
      if (bytes && static_cast<unsigned char>(c) >= 0x80) {
        error(pos_, "bytes can only contain ASCII literal characters");
      }
      if (c == '\0') error(pos_, "source code cannot contain null bytes");
      if (c == '\\') {
        escape(text, bytes, raw);
      } else {
        // The run of characters up to the next one that needs a look (most of a docstring).
        size_t end = pos_ + 1;
        while (end < src_.size() && !special_in_string(src_[end], quote)) ++end;
        text.append(src_, pos_, end - pos_);
        pos_ = end;
      }
    }
    Token& t = add_decoded(bytes ? TokenKind::Bytes : TokenKind::Str, std::move(text), start);
    t.line = start_line;
    t.column = start_column;
  }

  // A character that string() must handle by itself: the end of the literal, an escape, a line
  // end, a null byte or a non-ASCII one (an error in a bytes literal).
  static bool special_in_string(char c, char quote) {
    return c == quote || c == '\\' || c == '\n' || c == '\0' ||
           static_cast<unsigned char>(c) >= 0x80;
  }

  // Decodes the escape sequence at pos_ (a backslash) into `out`.
  void escape(std::string& out, bool bytes, bool raw) {
    size_t at = pos_++;
    char c = peek();
    if (pos_ >= src_.size()) return;  // the caller reports the unterminated string
    if (c == '\n') {
      if (raw) out += "\\\n";
      newline();  // a backslash-newline inside a string continues it
      return;
    }
    if (raw) {
      // The backslash stays, and the next character cannot end the string.
      out += '\\';
      if (static_cast<unsigned char>(c) >= 0x80 && bytes) {
        error(pos_, "bytes can only contain ASCII literal characters");
      }
      out += c;
      ++pos_;
      return;
    }
    ++pos_;
    switch (c) {
      case 'n': out += '\n'; return;
      case 't': out += '\t'; return;
      case 'r': out += '\r'; return;
      case 'a': out += '\a'; return;
      case 'b': out += '\b'; return;
      case 'f': out += '\f'; return;
      case 'v': out += '\v'; return;
      case '\\': out += '\\'; return;
      case '\'': out += '\''; return;
      case '"': out += '"'; return;
      case 'x': return code_point(out, hex_digits(at, 2, "\\xXX"), bytes);
      case 'u':
      case 'U':
        if (!bytes) {
          uint32_t cp = hex_digits(at, c == 'u' ? 4 : 8, c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
          if (cp > 0x10FFFF) error(at, "illegal Unicode character in \\U escape");
          unicode::append(out, cp);
          return;
        }
        break;
      default:
        if (c >= '0' && c <= '7') {
          uint32_t value = static_cast<uint32_t>(c - '0');
          for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; ++i) {
            value = value * 8 + static_cast<uint32_t>(peek() - '0');
            ++pos_;
          }
          return code_point(out, bytes ? (value & 0xFF) : value, bytes);
        }
        break;
    }
    // An unknown escape keeps its backslash, as in Python.
    out += '\\';
    --pos_;
  }

  uint32_t hex_digits(size_t at, int count, const char* form) {
    uint32_t value = 0;
    for (int i = 0; i < count; ++i) {
      int d = digit_value(peek());
      if (d >= 16) error(at, std::string("truncated ") + form + " escape");
      value = value * 16 + static_cast<uint32_t>(d);
      ++pos_;
    }
    return value;
  }

  static void code_point(std::string& out, uint32_t value, bool bytes) {
    if (bytes) {
      out += static_cast<char>(value);
    } else {
      unicode::append(out, value);
    }
  }

  // --- operators and brackets

  void op() {
    size_t start = pos_;
    const char first = peek();
    for (const uint8_t index : operators_starting_with(first)) {
      const std::string_view o = kOperators[index];
      size_t matched = 1;  // o[0] == first
      while (matched < o.size() && peek(matched) == o[matched]) ++matched;
      if (matched == o.size()) {
        pos_ += o.size();
        if (o.size() == 1) bracket(o[0], start);
        add(TokenKind::Op, o, start, static_cast<uint8_t>(index + 1));
        return;
      }
    }
    auto c = static_cast<unsigned char>(peek());
    if (c >= 0x80) error(start, "invalid non-ASCII character");
    if (c < 0x20 || c == 0x7f) error(start, "invalid control character in source");
    error(start, std::string("invalid character '") + static_cast<char>(c) + "'");
  }

  void bracket(char c, size_t start) {
    if (c == '(' || c == '[' || c == '{') {
      if (brackets_.size() >= kMaxBracketDepth) error(start, "too many nested parentheses");
      brackets_.push_back({c, line_, column_of(start)});
    } else if (c == ')' || c == ']' || c == '}') {
      if (brackets_.empty()) error(start, std::string("unmatched '") + c + "'");
      char open = brackets_.back().ch;
      char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (c != expected) {
        error(start, std::string("closing parenthesis '") + c +
                         "' does not match opening parenthesis '" + open + "'");
      }
      brackets_.pop_back();
    }
  }
};

// The length of the well-formed UTF-8 sequence at `text[at]` (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF), or 0 when it is not one.
size_t utf8_sequence_length(std::string_view text, size_t at) {
  const auto byte = [&](size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
  };
  const unsigned lead = byte(at);
  const auto continuation = [&](size_t i, unsigned low = 0x80, unsigned high = 0xBF) {
    return byte(i) >= low && byte(i) <= high;
  };
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(at + 1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
    return continuation(at + 1, low, high) && continuation(at + 2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
    return continuation(at + 1, low, high) && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
  }
  return 0;
}

// Whether none of the eight bytes of `word` is a null byte or a non-ASCII one.
bool plain_ascii(uint64_t word) {
  constexpr uint64_t kLow = 0x0101010101010101, kHigh = 0x8080808080808080;
  return ((word | ((word - kLow) & ~word)) & kHigh) == 0;  // no high bit set, none that was 0
}

// Source must be UTF-8 (PEP 3120; gilvm reads no coding declarations): the first bad byte is a
// SyntaxError with CPython's message.
void require_utf8(std::string_view source, const std::string& filename) {
  for (size_t at = 0; at < source.size();) {
    uint64_t word;
    if (at + sizeof word <= source.size()) {  // eight bytes at a time through ASCII text
      std::memcpy(&word, source.data() + at, sizeof word);
      if (plain_ascii(word)) {
        at += sizeof word;
        continue;
      }
    }
    const size_t length = source[at] == '\0' ? 0 : utf8_sequence_length(source, at);
    if (length != 0) {
      at += length;
      continue;
    }
    const auto line = static_cast<int>(1 + std::count(source.begin(), source.begin() + at, '\n'));
    if (source[at] == '\0')
      throw SyntaxError(filename, line, 1, "source code cannot contain null bytes");
    char byte[8];
    std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned char>(source[at]));
    throw SyntaxError(
        filename, line, 1,
        std::string("Non-UTF-8 code starting with '") + byte + "' in file " + filename +
            " on line " + std::to_string(line) +
            ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view source, const std::string& filename) {
  require_utf8(source, filename);
  if (source.starts_with("\xEF\xBB\xBF"))
    source.remove_prefix(3);  // a UTF-8 byte order mark, as CPython skips it
  return Lexer(source, filename).run();
}

std::string decode_escapes(std::string_view body, const std::string& filename, int line) {
  return Lexer(body, filename).decode_body(line);
}

}  // namespace gilvm
