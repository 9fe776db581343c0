// Lexer: source text -> tokens, with Python's INDENT/DEDENT/NEWLINE structure already worked out
// (blank and comment lines dropped, lines joined inside brackets and after a backslash).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gilvm {

enum class TokenKind : uint8_t {
  Name,
  Keyword,
  Int,
  Float,
  Str,    // text holds the decoded contents
  Bytes,  // text holds the decoded contents
  Op,     // operators and punctuation; text is the operator
  Newline,
  Indent,
  Dedent,
  End,
  FString,  // text holds the raw body (escapes undecoded); int_value is 1 for an rf-string
};

struct Token {
  TokenKind kind;
  std::string text;
  int64_t int_value = 0;
  int big_base = 0;  // an Int too large for 64 bits: text holds its digits in this base
  double float_value = 0;
  int line = 0;
  int column = 0;  // 1-based, in bytes
};

// Throws SyntaxError. The last token is always End, preceded by a Newline and the Dedents that
// close every open block.
std::vector<Token> tokenize(std::string_view source, const std::string& filename);

// Decodes the escape sequences of a (non-raw) str literal body: for the literal parts of an
// f-string, which the parser splits from the raw body before decoding.
std::string decode_escapes(std::string_view body, const std::string& filename, int line);

}  // namespace gilvm
