// Unicode case mapping and case properties of str (upper, lower, title, casefold, swapcase,
// capitalize, isupper, islower, istitle) as CPython 3.11 has them, from the table that
// scripts/gen-unicode-case.py generated (unicode_case_table.h): full mappings (ß.upper() is
// "SS"), the final sigma of lower(), and every cased script, not only ASCII.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gilvm::unicode {

enum class CaseMapping { Upper, Lower, Title, Fold };

bool is_upper(uint32_t c);
bool is_lower(uint32_t c);
bool is_title(uint32_t c);  // titlecase letters (ǅ)
bool is_cased(uint32_t c);  // any of the three

// The text with every code point mapped (lower() with CPython's final-sigma rule).
std::string map_case(std::string_view text, CaseMapping mapping);
// One code point's mapping when that is one code point, else the code point itself (what re's
// case-insensitive matching compares); allocates nothing.
uint32_t map_one(uint32_t c, CaseMapping mapping);
std::string title_case(std::string_view text);  // str.title()
std::string capitalize(std::string_view text);  // str.capitalize()
std::string swap_case(std::string_view text);   // str.swapcase()

}  // namespace gilvm::unicode
