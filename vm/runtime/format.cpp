// The format mini-language: parse a spec, render ints (any size), floats and strs, pad.
// Error messages are CPython 3.11's, word for word.
#include "runtime/format.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/builtin_subclass.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/operations.h"
#include "runtime/text_copy.h"
#include "runtime/unicode.h"

namespace gilvm {

Value ascii_text_str(std::string&& text) {
  const size_t size = text.size();
  // Within std::string's own buffer (15 bytes): copied, cheaper than moving the string twice.
  return size < 16 ? make_text_str(text, true) : make_str(std::move(text), size);
}

namespace {

struct Spec {
  uint32_t fill = ' ';
  bool fill_given = false;
  char align = 0;                 // '<' '>' '^' '=', or 0 for the type's default
  char sign = 0;                  // '+' '-' ' ', or 0
  bool no_negative_zero = false;  // 'z'
  bool alternate = false;         // '#'
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;
};

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Width and precision are capped far above any real use so that padding cannot exhaust memory.
constexpr int64_t kMaxWidth = int64_t{1} << 28;

// 10^0 .. 10^19: every power of ten a uint64_t holds.
constexpr auto kIntPowersOfTen = [] {
  std::array<uint64_t, 20> powers{};
  uint64_t power = 1;
  for (uint64_t& p : powers) {
    p = power;
    power *= 10;
  }
  return powers;
}();

// A str of formatted text with its length noted when it is ASCII (a number's text, and most
// others'), so that BUILD_STRING and len() never count it.
Value formatted_str(std::string&& text) {
  return unicode::is_ascii(text) ? ascii_text_str(std::move(text)) : make_str(std::move(text));
}

int64_t read_count(std::string_view spec, size_t& i) {
  int64_t n = 0;
  while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') {
    n = n * 10 + (spec[i++] - '0');
    if (n > kMaxWidth) raise(exc::ValueError, "Too many decimal digits in format string");
  }
  return n;
}

Spec parse_spec(std::string_view text, Value value) {
  Spec s;
  size_t i = 0;
  if (!text.empty()) {
    // The fill, if any: the first character (decoded only when it is not ASCII).
    size_t after = 1;
    uint32_t first = static_cast<unsigned char>(text[0]);
    if (first >= 0x80) {
      after = 0;
      first = unicode::decode(text, after);
    }
    if (after < text.size() && is_align(text[after])) {
      s.fill = first;
      s.fill_given = true;
      s.align = text[after];
      i = after + 1;
    } else if (is_align(text[0])) {
      s.align = text[0];
      i = 1;
    }
  }
  if (i < text.size() && (text[i] == '+' || text[i] == '-' || text[i] == ' ')) s.sign = text[i++];
  if (i < text.size() && text[i] == 'z') {
    s.no_negative_zero = true;
    ++i;
  }
  if (i < text.size() && text[i] == '#') {
    s.alternate = true;
    ++i;
  }
  if (i < text.size() && text[i] == '0') {
    if (!s.fill_given) {
      s.fill = '0';
      s.fill_given = true;
    }
    if (!s.align) s.align = '=';  // numbers only: a str turns it back into '<'
    ++i;
  }
  size_t width_start = i;
  int64_t width = read_count(text, i);
  if (i > width_start) s.width = width;
  if (i < text.size() && (text[i] == ',' || text[i] == '_')) {
    s.grouping = text[i++];
    if (i < text.size() && (text[i] == ',' || text[i] == '_'))
      raise(exc::ValueError, "Cannot specify both ',' and '_'.");
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    size_t precision_start = i;
    s.precision = read_count(text, i);
    if (i == precision_start) raise(exc::ValueError, "Format specifier missing precision");
  }
  if (text.size() - i > 1) {
    raise(exc::ValueError, "Invalid format specifier '" + std::string(text) +
                               "' for object of type '" + type_name(value) + "'");
  }
  if (i < text.size()) s.type = text[i];
  if (s.grouping) {
    std::string_view allowed =
        s.grouping == ',' ? std::string_view("deEfFgG%") : std::string_view("deEfFgG%boxX");
    if (s.type && allowed.find(s.type) == std::string_view::npos) {
      raise(exc::ValueError,
            std::string("Cannot specify '") + s.grouping + "' with '" + s.type + "'.");
    }
  }
  return s;
}

// Writes the decimal digits of an int (with its '-') just before `end`; returns where they start.
constexpr size_t kMaxDecimal = 20;  // "-9223372036854775808"
char* write_decimal(char* end, int64_t value) {
  char* at = write_decimal_digits(
      end, value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value));
  if (value < 0) *--at = '-';
  return at;
}

[[noreturn]] void unknown_code(char type, Value value) {
  raise(exc::ValueError, std::string("Unknown format code '") + type + "' for object of type '" +
                             type_name(value) + "'");
}

// Inserts `separator` every `every` digits from the right of `digits` (not empty): the digits
// copied from the right into a string of separators, a slot left between groups.
std::string group_digits(std::string_view digits, char separator, size_t every) {
  const size_t n = digits.size();
  std::string out(n + (n - 1) / every, separator);
  char* to = out.data() + out.size();
  const char* from = digits.data() + n;
  for (size_t i = 1; i <= n; ++i) {
    *--to = *--from;
    if (i % every == 0 && i < n) --to;  // past the separator
  }
  return out;
}

// Appends sign/prefix and body laid out in the spec's width; `length` is theirs in code points.
// For '=' alignment the fill goes between them. An ASCII fill (nearly every one) is one append.
void pad(std::string& out, std::string_view prefix, std::string_view body, size_t length,
         const Spec& s, char default_align) {
  if (s.width < 0 || static_cast<int64_t>(length) >= s.width) {
    out.append(prefix);
    out.append(body);
    return;
  }
  const auto fill_count = static_cast<size_t>(s.width) - length;
  auto fill = [&](size_t n) {
    if (s.fill < 0x80) {
      out.append(n, static_cast<char>(s.fill));
      return;
    }
    std::string one;
    unicode::append(one, s.fill);
    out.reserve(out.size() + n * one.size());
    for (size_t i = 0; i < n; ++i) out += one;
  };
  out.reserve(out.size() + prefix.size() + body.size() + fill_count);
  switch (s.align ? s.align : default_align) {
    case '<':
      out.append(prefix);
      out.append(body);
      fill(fill_count);
      break;
    case '^':
      fill(fill_count / 2);
      out.append(prefix);
      out.append(body);
      fill(fill_count - fill_count / 2);
      break;
    case '=':
      out.append(prefix);
      fill(fill_count);
      out.append(body);
      break;
    default:
      fill(fill_count);
      out.append(prefix);
      out.append(body);
  }
}

// pad() of ASCII (number) text, whose length is its size.
void pad_ascii(std::string& out, std::string_view prefix, std::string_view body, const Spec& s) {
  pad(out, prefix, body, prefix.size() + body.size(), s, '>');
}

// The sign a number shows ('-', or as the spec asks), or '\0' for none.
char sign_of(bool negative, const Spec& s) {
  if (negative) return '-';
  return s.sign == '+' || s.sign == ' ' ? s.sign : '\0';
}

// The integer part of a number, grouped; with '0' fill and '=' alignment the zeros are grouped
// too ("00,000,123"), as in CPython. `prefix_size`: what the width holds besides (the sign, a
// base prefix, a float's fraction).
std::string group_with_zero_fill(std::string digits, size_t prefix_size, const Spec& s,
                                 size_t every) {
  if (s.fill == '0' && s.align == '=' && s.width > 0) {
    while (static_cast<int64_t>(prefix_size + digits.size() + (digits.size() - 1) / every) <
           s.width)
      digits.insert(0, 1, '0');
  }
  return group_digits(digits, s.grouping, every);
}

void format_float(std::string& out, double d, Spec s, Value original);

// Writes the digits of `magnitude` in base 2, 8 or 16 (power-of-two bases) just before `end`.
char* write_power_of_two_digits(char* end, uint64_t magnitude, int base, bool upper) {
  const char* const digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  const int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
  do {
    *--end = digits[magnitude & static_cast<unsigned>(base - 1)];
    magnitude >>= bits;
  } while (magnitude != 0);
  return end;
}

void format_int(std::string& out, Value value, const Spec& s) {
  char type = s.type ? s.type : 'd';
  if (std::string_view("eEfFgG%").find(type) != std::string_view::npos) {
    format_float(out, int_to_double(value), s, value);
    return;
  }
  if (std::string_view("bcdoxXn").find(type) == std::string_view::npos) unknown_code(type, value);
  if (s.precision >= 0) raise(exc::ValueError, "Precision not allowed in integer format specifier");
  if (s.no_negative_zero)
    raise(exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (type == 'c') {
    if (s.sign) raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s.alternate)
      raise(exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (is_bigint(value)) raise(exc::OverflowError, "Python int too large to convert to C long");
    BigInt big = BigInt::from_value(value);
    if (big.negative() || big.compare(BigInt(0x10FFFF)) > 0)
      raise(exc::OverflowError, "%c arg not in range(0x110000)");
    std::string body;
    unicode::append(body, static_cast<uint32_t>(big.to_int64()));
    pad(out, "", body, 1, s, '<');
    return;
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  bool negative = false;
  // A small int's digits in a buffer (up to 64 binary digits), a big one's in a string.
  char buffer[72];
  char* const end = buffer + sizeof buffer;
  std::string big_digits;
  std::string_view digits;
  if (value.is_int() || value.is_bool()) {
    const int64_t n = value.is_int() ? value.i : int64_t{value.b};
    negative = n < 0;
    const uint64_t magnitude =
        negative ? uint64_t{0} - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    const char* start = base == 10 ? write_decimal_digits(end, magnitude)
                                   : write_power_of_two_digits(end, magnitude, base, type == 'X');
    digits = std::string_view(start, static_cast<size_t>(end - start));
  } else {
    big_digits = int_digits(value, base, negative);
    if (type == 'X') {
      for (char& c : big_digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    digits = big_digits;
  }
  char prefix[3];
  size_t prefix_size = 0;
  if (const char sign = sign_of(negative, s)) prefix[prefix_size++] = sign;
  if (s.alternate && base != 10) {
    prefix[prefix_size++] = '0';
    prefix[prefix_size++] = type;  // 'b', 'o', 'x' or 'X'
  }
  const std::string_view prefix_text(prefix, prefix_size);
  if (s.grouping) {
    const std::string grouped =
        group_with_zero_fill(std::string(digits), prefix_size, s, base == 10 ? 3 : 4);
    pad_ascii(out, prefix_text, grouped, s);
    return;
  }
  pad_ascii(out, prefix_text, digits, s);
}

// A finite, non-negative double as decimal digits: its significant digits without trailing
// zeros ("0" for zero) and where the decimal point falls among them (1234.5 is "12345" with the
// point after 4 digits, 0.01 is "1" with it at -1). The shortest digits that read back as the
// same double when `precision` is negative (repr), else rounded to `precision` (> 0) digits.
struct SignificantDigits {
  std::string digits;
  int point;
};

// The shortest digits of a magnitude that is v / 10^k exactly as the double division rounds it,
// for an integer v < 10^15 and k <= 8 (2.5, 0.1, 1234.75, 3.0: most floats that programs print),
// found by trying each k; false for any other. v's digits read back as the double (the division
// rounds as reading them does), and no other decimal of at most 15 digits does (DBL_DIG: such
// decimals survive the trip through a double), so none shorter: they are repr's digits, found in
// a few multiplications where std::to_chars' shortest search costs hundreds of instructions.
bool short_decimal_digits(double magnitude, SignificantDigits& out) {
  static constexpr double kPowersOfTen[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  if (!(magnitude > 0)) return false;
  for (int k = 0; k < 9; ++k) {
    const double scaled = magnitude * kPowersOfTen[k];
    if (scaled >= 1e15) return false;
    if (scaled != std::floor(scaled)) continue;
    const auto v = static_cast<uint64_t>(scaled);
    if (static_cast<double>(v) / kPowersOfTen[k] != magnitude) continue;
    char buffer[24];
    char* const end = buffer + sizeof buffer;
    const char* begin = write_decimal_digits(end, v);
    out.point = static_cast<int>(end - begin) - k;
    const char* last = end;
    while (last[-1] == '0') --last;  // v > 0: a nonzero digit stops it
    out.digits.assign(begin, last);
    return true;
  }
  return false;
}

SignificantDigits significant_digits(double magnitude, int precision) {
  if (precision < 0) {
    SignificantDigits out;
    if (short_decimal_digits(magnitude, out)) return out;
  }
  // std::to_chars' scientific form, "d.ddde+XX", rounds correctly as CPython's dtoa does.
  char small[64];
  std::string large;
  char* begin = small;
  char* end = small + sizeof small;
  if (precision > 40) {
    large.resize(static_cast<size_t>(precision) + 16);
    begin = large.data();
    end = begin + large.size();
  }
  const auto result =
      precision < 0
          ? std::to_chars(begin, end, magnitude, std::chars_format::scientific)
          : std::to_chars(begin, end, magnitude, std::chars_format::scientific, precision - 1);
  const std::string_view text(begin, static_cast<size_t>(result.ptr - begin));
  const size_t e = text.find('e');
  SignificantDigits out;
  out.digits.reserve(e);
  for (char c : text.substr(0, e)) {
    if (c != '.') out.digits += c;
  }
  while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
  int exponent = 0;
  std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(),
                  exponent);
  out.point = exponent + 1;
  return out;
}

// Appends the digits laid out as CPython's format_float_short (Python/pystrtod.c) lays them out:
// in exponent notation (d.ddde+XX) when `use_exponent`, else in fixed notation; padded with
// zeros to at least `min_digits` significant digits; with ".0" added to a whole number in fixed
// notation when `add_dot_0`; a trailing '.' kept only in the alternate form ('#').
void lay_out_digits(std::string& out, const SignificantDigits& number, bool use_exponent,
                    int min_digits, bool alternate, bool add_dot_0) {
  const std::string& digits = number.digits;
  const int count = static_cast<int>(digits.size());
  const int point = use_exponent ? 1 : number.point;
  const int end = std::max({min_digits, count, point + (add_dot_0 && !use_exponent ? 1 : 0)});
  if (point <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-point), '0');
    out += digits;
  } else if (point <= count) {
    out.append(digits, 0, static_cast<size_t>(point));
    out += '.';
    out.append(digits, static_cast<size_t>(point));
  } else {
    out += digits;
    out.append(static_cast<size_t>(point - count), '0');
    out += '.';
  }
  out.append(static_cast<size_t>(end - std::max(count, point)), '0');
  if (out.back() == '.' && !alternate) out.pop_back();
  if (use_exponent) {
    const int exponent = number.point - 1;
    char text[16];
    std::snprintf(text, sizeof text, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += text;
  }
}

void format_float(std::string& out, double d, Spec s, Value original) {
  char type = s.type;
  if (type && std::string_view("eEfFgGn%").find(type) == std::string_view::npos)
    unknown_code(type, original);
  bool negative = std::signbit(d) && !std::isnan(d);
  double magnitude = std::fabs(d);
  if (type == '%') magnitude *= 100;
  int precision = s.precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(s.precision, 10000));
  if ((type == 'f' || type == 'F') && !s.grouping && !s.no_negative_zero) {
    // `{x:.2f}`: the digits in a buffer, padded from there (no string of their own).
    char buffer[kFixedTextSize];
    char* const end = buffer + sizeof buffer;
    if (const char* start = print_fixed_exactly(end, magnitude, precision, s.alternate)) {
      const char sign = sign_of(negative, s);
      pad_ascii(out, std::string_view(&sign, sign != '\0' ? 1 : 0),
                std::string_view(start, static_cast<size_t>(end - start)), s);
      return;
    }
  }
  std::string body;
  if (!type && !std::isfinite(magnitude)) {
    body = std::isnan(magnitude) ? "nan" : "inf";
  } else if (!type && s.precision < 0) {  // repr's digits, '#' aside
    const SignificantDigits shortest = significant_digits(magnitude, -1);
    lay_out_digits(body, shortest, shortest.point <= -4 || shortest.point > 16, 0, s.alternate,
                   true);
  } else if (!type) {
    // 'g' with a digit kept after the point in fixed notation, which it leaves one digit sooner
    // than 'g' does: format(100.0, '.3') is '1e+02'.
    precision = std::max(precision, 1);
    const SignificantDigits rounded = significant_digits(magnitude, precision);
    lay_out_digits(body, rounded, rounded.point <= -4 || rounded.point > precision - 1,
                   s.alternate ? precision : 0, s.alternate, true);
  } else {
    body = print_double(type == '%'   ? 'f'
                        : type == 'n' ? 'g'
                                      : type,
                        s.alternate, precision, magnitude);
  }
  if (type == '%') body += '%';
  if (s.no_negative_zero && negative &&
      body.find_first_of("123456789") >= body.find_first_of("e%")) {
    bool all_zero = true;
    for (char c : body.substr(0, body.find_first_of("e%")))
      all_zero = all_zero && (c == '0' || c == '.');
    if (all_zero) negative = false;
  }
  const char sign = sign_of(negative, s);
  const std::string_view prefix(&sign, sign != '\0' ? 1 : 0);
  if (s.grouping && std::isfinite(magnitude)) {
    size_t end = body.find_first_not_of("0123456789");
    if (end == std::string::npos) end = body.size();
    // The zeros fill the width less the sign and the fraction (or exponent) after the digits.
    body = group_with_zero_fill(body.substr(0, end), prefix.size() + body.size() - end, s, 3) +
           body.substr(end);
  }
  pad_ascii(out, prefix, body, s);
}

// CPython's format_complex_internal: each part as a float of the spec's type (the imaginary
// one always signed when the real one shows), "j", in parentheses when no type is given, the
// whole padded to the width (right-aligned by default). No type and no precision: repr's digits.
void format_complex(std::string& out, const Complex& z, const Spec& s, Value original) {
  if (s.fill == '0' && s.fill_given)
    raise(exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (s.align == '=')
    raise(exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (s.type && std::string_view("eEfFgGn").find(s.type) == std::string_view::npos)
    unknown_code(s.type, original);
  bool parens = false, skip_real = false;
  if (!s.type) {
    skip_real = z.real == 0.0 && !std::signbit(z.real);
    parens = !skip_real;
  }
  Spec part = s;
  part.width = -1;
  part.align = 0;
  part.fill = ' ';
  part.fill_given = false;
  part.type = s.type == 'n' ? 'g' : s.type ? s.type : s.precision >= 0 ? 'g' : 0;
  const auto append_part = [&](double d, char sign) {
    Spec signed_part = part;
    if (sign) signed_part.sign = sign;
    if (part.type) return format_float(out, d, signed_part, original);
    std::string digits = std::isnan(d) ? "nan" : float_repr(std::fabs(d));  // repr's, no ".0"
    if (digits.ends_with(".0")) digits.resize(digits.size() - 2);
    const char shown = sign_of(std::signbit(d) && !std::isnan(d), signed_part);
    if (shown) out += shown;
    out += digits;
  };
  std::string body;
  std::swap(out, body);  // the parts written into `body`, then padded onto `out`
  if (parens) out += '(';
  if (!skip_real) append_part(z.real, 0);
  append_part(z.imag, skip_real ? 0 : '+');
  out += 'j';
  if (parens) out += ')';
  std::swap(out, body);
  pad_ascii(out, "", body, s);
}

void format_str(std::string& out, const Str& str, Spec s, Value value) {
  if (s.type && s.type != 's') unknown_code(s.type, value);
  if (s.grouping)
    raise(exc::ValueError, std::string("Cannot specify '") + s.grouping + "' with 's'.");
  if (s.sign) raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (s.alternate)
    raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') {
    // '0' alone asks for '=' only on numbers; an explicit '=' is an error.
    if (s.fill == '0' && s.fill_given) {
      s.align = '<';
    } else {
      raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
    }
  }
  const std::string& text = str.text;
  const size_t length = str.length();
  if (s.precision >= 0 && static_cast<size_t>(s.precision) < length) {
    const auto kept = static_cast<size_t>(s.precision);
    pad(out, "", std::string_view(text).substr(0, unicode::byte_offset(text, kept)), kept, s, '<');
    return;
  }
  pad(out, "", text, length, s, '<');
}

}  // namespace

// The double is mantissa * 2^exponent exactly, so its value times 10^precision is an exact 128-bit product shifted by the exponent, rounded to nearest
// with ties to even as printf and CPython's dtoa round the exact value: a few multiplications
// where std::to_chars' general fixed formatting costs over a thousand instructions.
char* print_fixed_exactly(char* const end, double d, int precision, bool alternate) {
  if (precision < 0 || precision > 17 || !(std::fabs(d) < 1e18)) return nullptr;  // NaN too
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  const int biased = static_cast<int>(bits >> 52 & 0x7FF);
  uint64_t mantissa = bits & ((uint64_t{1} << 52) - 1);
  int exponent = -1074;  // a subnormal's
  if (biased != 0) {
    mantissa |= uint64_t{1} << 52;
    exponent = biased - 1075;
  }
  using Wide = unsigned __int128;
  const Wide scaled = static_cast<Wide>(mantissa) * kIntPowersOfTen[precision];  // < 2^110
  Wide rounded = 0;
  if (exponent >= 0) {
    rounded = scaled << exponent;  // exponent <= 7 below 10^18
  } else if (exponent > -128) {    // from -128 down the value is under one half: 0
    const int shift = -exponent;
    rounded = scaled >> shift;
    const Wide rest = scaled - (rounded << shift), half = Wide{1} << (shift - 1);
    if (rest > half || (rest == half && (rounded & 1) != 0)) ++rounded;
  }
  if (rounded >> 64 != 0) return nullptr;
  // Written from the right: the fraction's digits (zeros to `precision`), the point, the whole
  // part's, the sign.
  const uint64_t scale = kIntPowersOfTen[precision];
  const uint64_t whole = static_cast<uint64_t>(rounded) / scale;
  char* at = end;
  if (precision > 0) {
    at = write_decimal_digits(end, static_cast<uint64_t>(rounded) - whole * scale);
    while (end - at < precision) *--at = '0';
  }
  if (precision > 0 || alternate) *--at = '.';
  at = write_decimal_digits(at, whole);
  if (std::signbit(d)) *--at = '-';  // printf's "-0.00" for -0.001
  return at;
}

// printf's %.*<conversion> (%#.*<conversion> when `alternate`) of a double, however long.
// Without '#', which it lacks, std::to_chars makes the same text (the standard defines it as
// printf's in the "C" locale) at a fraction of the cost: printf measures, then prints.
std::string print_double(char conversion, bool alternate, int precision, double d) {
  const bool upper = conversion == 'E' || conversion == 'F' || conversion == 'G';
  const char lower = static_cast<char>(upper ? conversion + ('a' - 'A') : conversion);
  if (lower == 'f') {
    char buffer[kFixedTextSize];
    char* const end = buffer + sizeof buffer;
    if (char* start = print_fixed_exactly(end, d, precision, alternate))
      return std::string(start, end);
  }
  if (!alternate) {
    const std::chars_format style = lower == 'f'   ? std::chars_format::fixed
                                    : lower == 'e' ? std::chars_format::scientific
                                                   : std::chars_format::general;
    char buffer[128];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, d, style, precision);
    if (result.ec == std::errc()) {
      std::string out(buffer, result.ptr);
      if (upper) {
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      return out;
    }
  }
  const char format[] = {'%', alternate ? '#' : '%', '.', '*', conversion, '\0'};
  const char* spec = alternate ? format : format + 1;  // "%#.*f" or "%.*f"
  int n = std::snprintf(nullptr, 0, spec, precision, d);
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), spec, precision, d);
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  const SignificantDigits shortest = significant_digits(std::fabs(d), -1);
  const bool use_exponent = shortest.point <= -4 || shortest.point > 16;
  std::string out = std::signbit(d) ? "-" : "";
  lay_out_digits(out, shortest, use_exponent, 0, false, true);
  return out;
}

namespace {
void append_formatted_by_spec(std::string& out, Value value, std::string_view spec);
}  // namespace

// Appends format(value, spec) to `out`: strs and ints without a spec, the usual fields, go
// straight in without a string of their own.
void append_formatted(std::string& out, Value value, std::string_view spec) {
  if (spec.empty()) {
    if (is_exact_str(value)) {
      out += as_str(value)->text;
      return;
    }
    if (value.is_int()) {
      char buffer[kMaxDecimal];
      char* const end = buffer + sizeof buffer;
      const char* digits = write_decimal(end, value.i);
      out.append(digits, static_cast<size_t>(end - digits));
      return;
    }
    if (value.is_bool()) {
      out += value.b ? "True" : "False";
      return;
    }
  }
  append_formatted_by_spec(out, value, spec);
}

namespace {
// append_formatted() past its in-line cases: apart, so that those save no registers for it.
[[gnu::noinline]] void append_formatted_by_spec(std::string& out, Value value,
                                                std::string_view spec) {
  if (value.is_int() || value.is_bool() || is_bigint(value)) {
    format_int(out, value, parse_spec(spec, value));
    return;
  }
  if (value.is_float()) {
    format_float(out, value.f, parse_spec(spec, value), value);
    return;
  }
  if (is_complex(value) && !spec.empty()) {
    format_complex(out, *as_complex(value), parse_spec(spec, value), value);
    return;
  }
  if (!is_exact_str(value)) {
    // A class's own __format__(spec); a subclass of a builtin type's override only.
    if (is_kind(value, Kind::ScriptInstance) || is_builtin_subclass_instance(value)) {
      Ref spec_str = Ref::steal(make_str(std::string(spec)));
      Value argument = spec_str.get();
      Ref result = Ref::steal(call_special(value, NAME_KEY("__format__"), &argument, 1));
      if (!result.get().is_undefined()) {
        if (!is_kind(result.get(), Kind::Str))
          raise(exc::TypeError,
                "__format__ must return a str, not " + type_name(result.get()));
        out += as_str(result.get())->text;
        return;
      }
    }
    if (is_number_instance(value)) {  // int.__format__ or float.__format__: str() for no spec
      if (spec.empty())
        out += to_str(value);
      else
        append_formatted(out, number_value(value), spec);
      return;
    }
    // Anything else but a str subclass's instance with a spec (str.__format__'s, below): str()
    // for no spec (str.__format__(s, '') too: a subclass's __str__), else the TypeError.
    if (!is_kind(value, Kind::Str) || spec.empty()) {
      if (!spec.empty())
        raise(exc::TypeError,
              "unsupported format string passed to " + type_name(value) + ".__format__");
      out += to_str(value);
      return;
    }
  }
  format_str(out, *as_str(value), parse_spec(spec, value), value);  // (one call: in line)
}
}  // namespace

std::string format_value(Value value, std::string_view spec) {
  std::string out;
  append_formatted(out, value, spec);
  return out;
}

std::string ascii_repr(Value value) {
  std::string text = repr(value);
  if (unicode::is_ascii(text)) return text;
  std::string out;
  for (size_t at = 0; at < text.size();) {
    uint32_t cp = unicode::decode(text, at);
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else
      unicode::append_escape(out, cp);
  }
  return out;
}

Value format_field(Value value, Value spec, uint32_t conversion) {
  std::string_view spec_text =
      spec.is_undefined() ? std::string_view() : std::string_view(as_str(spec)->text);
  if (conversion == 0) {
    if (spec_text.empty()) {
      if (is_exact_str(value)) {
        incref(value);
        return value;
      }
      if (value.is_int()) {  // ASCII digits: the length is known
        char buffer[kMaxDecimal];
        char* const end = buffer + sizeof buffer;
        return make_text_str(std::string_view(write_decimal(end, value.i), end), true);
      }
    }
    std::string out;
    append_formatted(out, value, spec_text);
    return formatted_str(std::move(out));
  }
  static constexpr char kConversions[] = {0, 's', 'r', 'a'};
  Ref converted =
      Ref::steal(conversion == 1 && is_exact_str(value)  // str(s) is s itself, as in CPython
                     ? Ref::borrow(value).release()
                     : formatted_str(convert_value(value, kConversions[conversion & 3])));
  if (spec_text.empty()) return converted.release();
  std::string out;
  append_formatted(out, converted.get(), spec_text);
  return formatted_str(std::move(out));
}

namespace {
// The number of characters write_decimal() writes for `value`: the digits from the bit width
// (1233 / 4096 is just over log10(2)), corrected by one comparison, with no loop. `| 1` leaves
// the count alone (a power of ten is even) and gives 0 one digit.
size_t decimal_size(int64_t value) {
  const uint64_t n =
      (value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value)) | 1;
  const auto guess = static_cast<size_t>(std::bit_width(n) * 1233 >> 12);  // digits - 1 or digits
  return guess + (n >= kIntPowersOfTen[guess] ? 1 : 0) + (value < 0 ? 1 : 0);
}
}  // namespace

// The parts' lengths are mostly known already (constants count theirs once, formatted fields
// note theirs, ints are digits), so the result's is their sum; its text is written in place into
// a buffer of its exact size (a short result in the str's own, with no allocation).
Value join_strs(Value* parts, size_t count) {
  size_t size = 0, code_points = 0;
  for (size_t i = 0; i < count; ++i) {
    if (parts[i].is_int()) {
      const size_t n = decimal_size(parts[i].i);
      size += n;
      code_points += n;
    } else {
      size += as_str(parts[i])->text.size();
      code_points += as_str(parts[i])->length();
    }
  }
  auto* str = new Str(size, '\0');  // written in place
  char* to = str->text.data();
  for (size_t i = 0; i < count; ++i) {
    if (parts[i].is_int()) {
      const size_t n = decimal_size(parts[i].i);
      write_decimal(to + n, parts[i].i);
      to += n;
    } else {
      const std::string& part = as_str(parts[i])->text;
      to = copy_text(to, part.data(), part.size());
    }
  }
  str->note_length(code_points);
  for (size_t i = 0; i < count; ++i) decref(parts[i]);
  return Value::object(str);
}

namespace {
// The last format whose text percent_format_plain() refused (a field other than %s, %d, %i or
// %u, a lone '%' at the end), per thread: the same format at a call site is refused at once. A
// str freed and another made at its address costs that one the plain path only, never a result.
thread_local const Object* refused_format = nullptr;
}  // namespace

Value percent_format_plain(Value format, Value args) {
  constexpr size_t kMaxFields = 8;
  if (format.obj == refused_format) return Value::undefined();
  const std::string& text = as_str(format)->text;
  const bool tuple = is_kind(args, Kind::Tuple);
  const Value* const values = tuple ? as_tuple(args)->items.data() : &args;
  const size_t count = tuple ? as_tuple(args)->items.size() : 1;
  if (count > kMaxFields) return Value::undefined();
  // The fields' places and sizes first: any other field, or a count of them that is not the
  // values', is left to percent_format() with nothing made.
  size_t field_at[kMaxFields], field_size[kMaxFields];
  size_t fields = 0, size = text.size(), code_points = as_str(format)->length();
  const char* const p = text.data();
  // The next '%': a short rest byte by byte, where a memchr call costs more (and a format this
  // path refuses, "%5.2f", is given up after a few bytes).
  auto find_percent = [&](size_t from) {
    if (text.size() - from > 32) {
      const void* found = std::memchr(p + from, '%', text.size() - from);
      return found ? static_cast<size_t>(static_cast<const char*>(found) - p) : text.size();
    }
    while (from < text.size() && p[from] != '%') ++from;
    return from;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t at = find_percent(i);
    if (at == text.size()) break;
    const char c = at + 1 == text.size() ? '\0' : p[at + 1];
    if (c != 's' && c != 'd' && c != 'i' && c != 'u') {
      refused_format = format.obj;
      return Value::undefined();
    }
    if (fields == count) return Value::undefined();
    const Value v = values[fields];
    size_t n, length;
    if (c == 's' && is_exact_str(v)) {
      n = as_str(v)->text.size();
      length = as_str(v)->length();
    } else if (c != 's' && v.is_int()) {
      n = length = decimal_size(v.i);
    } else {
      return Value::undefined();
    }
    field_at[fields] = at;
    field_size[fields++] = n;
    size += n - 2;
    code_points += length - 2;
    i = at + 2;
  }
  if (fields != count) return Value::undefined();
  auto* str = new Str(size, '\0');  // written in place
  char* to = str->text.data();
  size_t from = 0;
  for (size_t k = 0; k < fields; ++k) {
    to = copy_text(to, p + from, field_at[k] - from);
    if (values[k].is_int()) {
      write_decimal(to + field_size[k], values[k].i);
      to += field_size[k];
    } else {
      to = copy_text(to, as_str(values[k])->text.data(), field_size[k]);
    }
    from = field_at[k] + 2;
  }
  copy_text(to, p + from, text.size() - from);
  str->note_length(code_points);
  return Value::object(str);
}

std::string convert_value(Value value, char conversion) {
  switch (conversion) {
    case 'r': return repr(value);
    case 'a': return ascii_repr(value);
    default: return to_str(value);
  }
}

// ---- str.format

namespace {

class StrFormatter {
 public:
  StrFormatter(ThreadState& thread, const Args& args) : thread_(thread), args_(args) {}

  std::string run(std::string_view format, int depth) {
    std::string out;
    for (size_t i = 0; i < format.size();) {
      char c = format[i];
      if (c == '{') {
        if (i + 1 < format.size() && format[i + 1] == '{') {
          out += '{';
          i += 2;
          continue;
        }
        if (i + 1 < format.size() && format[i + 1] == '}' && depth <= 2) {
          // "{}", the usual field: the next argument, as it is (the call's arguments hold it).
          append_formatted(out, next_automatic(), {});
          i += 2;
          continue;
        }
        i = field(format, i + 1, depth, out);
      } else if (c == '}') {
        if (i + 1 < format.size() && format[i + 1] == '}') {
          out += '}';
          i += 2;
          continue;
        }
        raise(exc::ValueError, "Single '}' encountered in format string");
      } else {
        size_t end = i + 1;  // a scan, not find_first_of's search of "{}" for every character
        while (end < format.size() && format[end] != '{' && format[end] != '}') ++end;
        out.append(format.substr(i, end - i));
        i = end;
      }
    }
    return out;
  }

 private:
  ThreadState& thread_;
  const Args& args_;
  int next_auto_ = 0;  // -1 once a field is numbered by hand
  bool manual_ = false;

  // The argument of a field numbered automatically ("{}", "{.name}", "{[0]}"), and of one
  // numbered by hand.
  Value next_automatic() {
    if (manual_)
      raise(exc::ValueError,
            "cannot switch from manual field specification to automatic field numbering");
    return positional(static_cast<size_t>(next_auto_++));
  }
  Value positional(size_t index) const {
    if (index >= args_.count) {
      raise(exc::IndexError, "Replacement index " + std::to_string(index) +
                                 " out of range for positional args tuple");
    }
    return args_.positional[index];
  }

  // Formats the field starting after its '{'; returns the position after its '}'.
  size_t field(std::string_view format, size_t start, int depth, std::string& out) {
    if (depth > 2) raise(exc::ValueError, "Max string recursion exceeded");
    // The field's end: the matching '}', counting nested braces of the spec.
    size_t i = start;
    int nesting = 1;
    for (; i < format.size(); ++i) {
      if (format[i] == '{') ++nesting;
      if (format[i] == '}' && --nesting == 0) break;
    }
    if (i >= format.size()) {
      if (start >= format.size()) raise(exc::ValueError, "Single '{' encountered in format string");
      raise(exc::ValueError, "expected '}' before end of string");
    }
    std::string_view body = format.substr(start, i - start);
    // field_name [! conversion] [: spec]; the name ends at the first '!' or ':' outside brackets.
    size_t name_end = 0;
    for (bool in_brackets = false; name_end < body.size(); ++name_end) {
      char c = body[name_end];
      if (c == '[') in_brackets = true;
      if (c == ']') in_brackets = false;
      if (!in_brackets && (c == '!' || c == ':')) break;
    }
    char conversion = 0;
    size_t spec_start = name_end;
    if (name_end < body.size() && body[name_end] == '!') {
      if (name_end + 1 >= body.size())
        raise(exc::ValueError, "end of string while looking for conversion specifier");
      conversion = body[name_end + 1];
      spec_start = name_end + 2;
      if (spec_start < body.size() && body[spec_start] != ':')
        raise(exc::ValueError, "expected ':' after conversion specifier");
      if (conversion != 'r' && conversion != 's' && conversion != 'a') {
        raise(exc::ValueError, std::string("Unknown conversion specifier ") + conversion);
      }
    }
    Ref value =
        lookup(body.substr(0, name_end));  // before the spec's fields, which number after it
    // The spec as it is, unless it has fields of its own (braces come only in nested fields).
    std::string nested_spec;
    std::string_view spec;
    if (spec_start < body.size()) {
      spec = body.substr(spec_start + 1);
      if (spec.find('{') != std::string_view::npos) {
        nested_spec = run(spec, depth + 1);
        spec = nested_spec;
      }
    }
    if (!conversion || (conversion == 's' && is_exact_str(value.get()))) {
      append_formatted(out, value.get(), spec);  // str(s) is s itself
    } else if (spec.empty()) {
      out += convert_value(value.get(), conversion);
    } else {
      Ref converted = Ref::steal(make_str(convert_value(value.get(), conversion)));
      append_formatted(out, converted.get(), spec);
    }
    return i + 1;
  }

  Ref lookup(std::string_view name) {
    size_t first_end = 0;  // a scan: find_first_of() searches ".[" for every character
    while (first_end < name.size() && name[first_end] != '.' && name[first_end] != '[') ++first_end;
    std::string_view first = name.substr(0, first_end);
    Ref value;
    if (first.empty() || std::isdigit(static_cast<unsigned char>(first[0]))) {
      if (first.empty()) {
        value = Ref::borrow(next_automatic());
      } else {
        if (next_auto_ > 0)
          raise(exc::ValueError,
                "cannot switch from automatic field numbering to manual field specification");
        manual_ = true;
        size_t index = 0;
        for (char c : first) index = index * 10 + static_cast<size_t>(c - '0');
        value = Ref::borrow(positional(index));
      }
    } else {
      size_t k = 0;
      for (; k < args_.keyword_count(); ++k) {
        if (as_str(args_.keyword_names->items[k])->text == first) break;
      }
      if (k == args_.keyword_count()) {
        Ref key = Ref::steal(make_str(std::string(first)));
        raise_key_error(key.get());
      }
      value = Ref::borrow(args_.keyword_values[k]);
    }
    // .attribute and [index] parts.
    for (size_t i = first_end; i < name.size();) {
      if (name[i] == '.') {
        size_t end = name.find_first_of(".[", i + 1);
        if (end == std::string_view::npos) end = name.size();
        if (end == i + 1) raise(exc::ValueError, "Empty attribute in format string");
        Str attribute(std::string(name.substr(i + 1, end - i - 1)));
        value = Ref::steal(get_attribute(thread_, value.get(), attribute));
        i = end;
      } else if (name[i] == '[') {
        size_t end = name.find(']', i);
        if (end == std::string_view::npos) raise(exc::ValueError, "Missing ']' in format string");
        std::string_view key = name.substr(i + 1, end - i - 1);
        bool numeric =
            !key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos;
        Ref index = Ref::steal(numeric ? Value::integer(std::stoll(std::string(key)))
                                       : make_str(std::string(key)));
        value = Ref::steal(get_item(value.get(), index.get()));
        i = end + 1;
      } else {
        raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return value;
  }
};

}  // namespace

Value format_string(ThreadState& thread, const Str& format, const Args& args) {
  StrFormatter formatter(thread, args);
  return formatted_str(formatter.run(format.text, 0));
}

}  // namespace gilvm
