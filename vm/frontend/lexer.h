// Lexer: source text -> tokens, with Python's INDENT/DEDENT/NEWLINE structure already worked out
// (blank and comment lines dropped, lines joined inside brackets and after a backslash).
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gilvm {

enum class TokenKind : uint8_t {
  Name,
  Keyword,
  Int,
  Float,
  Imaginary,  // float_value is the imaginary part (1.5 for 1.5j)
  Str,    // text holds the decoded contents
  Bytes,  // text holds the decoded contents
  Op,     // operators and punctuation; text is the operator
  Newline,
  Indent,
  Dedent,
  End,
  FString,  // text holds the raw body (escapes undecoded); int_value is 1 for an rf-string
};

// The keywords, in ASCII order (for a binary search).
inline constexpr std::string_view kKeywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
static_assert(std::is_sorted(std::begin(kKeywords), std::end(kKeywords)));

// The operators and punctuation, longest first, so that the first match is the longest one.
inline constexpr std::string_view kOperators[] = {
    "**=", "//=", "<<=", ">>=", "...", "**", "//", "<<", ">>", "<=", ">=", "==",
    "!=",  "->",  "+=",  "-=",  "*=",  "/=", "%=", "&=", "|=", "^=", ":=", "@=",
    "+",   "-",   "*",   "/",   "%",   "&",  "|",  "^",  "~",  "<",  ">",  "(",
    ")",   "[",   "]",   "{",   "}",   ",",  ":",  ".",  ";",  "=",  "@"};

// An Op token's id: its index in kOperators plus one; a Keyword token's: its index in kKeywords
// plus kKeywordIds, so that an id alone tells what a token is. The parser tests tokens by id, not
// text. Evaluated at compile time only: a name that is neither fails to compile.
inline constexpr size_t kKeywordIds = 64;
static_assert(std::size(kOperators) < kKeywordIds && kKeywordIds + std::size(kKeywords) < 256);
consteval uint8_t keyword_id(std::string_view keyword) {
  for (size_t i = 0; i < std::size(kKeywords); ++i)
    if (kKeywords[i] == keyword) return static_cast<uint8_t>(i + kKeywordIds);
  throw "not a keyword";
}
consteval uint8_t operator_id(std::string_view op) {
  for (size_t i = 0; i < std::size(kOperators); ++i)
    if (kOperators[i] == op) return static_cast<uint8_t>(i + 1);
  throw "not an operator";
}

struct Token {
  TokenKind kind;
  uint8_t id = 0;  // Keyword and Op tokens: keyword_id() or operator_id() of the text; else 0
  std::string text;
  int64_t int_value = 0;
  int big_base = 0;  // an Int too large for 64 bits: text holds its digits in this base
  double float_value = 0;
  int line = 0;
  int column = 0;  // 1-based, in bytes

  Token(TokenKind k, uint8_t i, std::string_view t, int l, int c)
      : kind(k), id(i), text(t), line(l), column(c) {}
  Token(TokenKind k, uint8_t i, std::string&& t, int l, int c)
      : kind(k), id(i), text(std::move(t)), line(l), column(c) {}
};

// Throws SyntaxError. The last token is always End, preceded by a Newline and the Dedents that
// close every open block.
std::vector<Token> tokenize(std::string_view source, const std::string& filename);

// Decodes the escape sequences of a (non-raw) str literal body: for the literal parts of an
// f-string, which the parser splits from the raw body before decoding.
std::string decode_escapes(std::string_view body, const std::string& filename, int line);

}  // namespace gilvm
