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
};

struct Token {
  TokenKind kind;
  std::string text;
  int64_t int_value = 0;
  double float_value = 0;
  int line = 0;
  int column = 0;  // 1-based, in bytes
};

// Throws SyntaxError. The last token is always End, preceded by a Newline and the Dedents that
// close every open block.
std::vector<Token> tokenize(std::string_view source, const std::string& filename);

}  // namespace gilvm
