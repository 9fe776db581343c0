// Durations on the command line and in messages: "30s", "1.5ms", "100us", "1µs", "250ns".
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gilbench {

struct DurationUnit {
  std::string_view suffix;
  std::int64_t nanoseconds;
};

// Longer suffixes first, so "5ms" is not read as "5m" + "s". Both micro signs are accepted
// (U+00B5 MICRO SIGN and U+03BC GREEK SMALL LETTER MU) because keyboards produce either.
inline constexpr std::array<DurationUnit, 6> kDurationUnits{{
    {"ns", 1},
    {"us", 1'000},
    {"\xC2\xB5s", 1'000},
    {"\xCE\xBCs", 1'000},
    {"ms", 1'000'000},
    {"s", 1'000'000'000},
}};

namespace detail {

[[noreturn]] inline void reject_duration(std::string_view text, std::string_view reason) {
  throw std::invalid_argument("invalid duration \"" + std::string(text) + "\" (" +
                              std::string(reason) +
                              "): expected a number and a unit, one of ns, us, \xC2\xB5s, ms, s "
                              "(e.g. 30s, 1.5ms, 250ns)");
}

inline std::optional<DurationUnit> unit_suffix_of(std::string_view text) {
  for (const auto& unit : kDurationUnits) {
    if (text.size() > unit.suffix.size() && text.ends_with(unit.suffix)) return unit;
  }
  return std::nullopt;
}

inline bool all_digits(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

inline std::optional<std::int64_t> to_int64(std::string_view digits) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

// Nanoseconds in "0.<fraction>" units, which must come out whole.
inline std::int64_t fraction_nanoseconds(std::string_view text, std::string_view fraction,
                                         std::int64_t unit_nanoseconds) {
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (fraction.empty()) return 0;
  if (fraction.size() > 9) reject_duration(text, "finer than 1ns");
  std::int64_t scale = 1;
  for (std::size_t i = 0; i < fraction.size(); ++i) scale *= 10;
  const auto scaled = *to_int64(fraction) * unit_nanoseconds;  // < 1e9 * 1e9: no overflow
  if (scaled % scale != 0) reject_duration(text, "finer than 1ns");
  return scaled / scale;
}

}  // namespace detail

// Throws std::invalid_argument naming `text` and the accepted units.
inline std::chrono::nanoseconds parse_duration(std::string_view text) {
  if (text.starts_with('-')) detail::reject_duration(text, "negative");
  const auto unit = detail::unit_suffix_of(text);
  if (!unit) detail::reject_duration(text, "missing or unknown unit");
  const auto number = text.substr(0, text.size() - unit->suffix.size());
  const auto point = number.find('.');
  const auto whole = number.substr(0, point);
  const auto fraction =
      point == std::string_view::npos ? std::string_view{} : number.substr(point + 1);
  if (!detail::all_digits(whole) ||
      (point != std::string_view::npos && !detail::all_digits(fraction))) {
    detail::reject_duration(text, "not a number");
  }
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  const auto whole_units = detail::to_int64(whole);
  if (!whole_units || *whole_units > kMax / unit->nanoseconds)
    detail::reject_duration(text, "too large");
  const auto whole_nanoseconds = *whole_units * unit->nanoseconds;
  const auto fraction_ns = detail::fraction_nanoseconds(text, fraction, unit->nanoseconds);
  if (whole_nanoseconds > kMax - fraction_ns) detail::reject_duration(text, "too large");
  return std::chrono::nanoseconds(whole_nanoseconds + fraction_ns);
}

// "30s", "1.5ms", "120µs", "250ns": the largest unit that keeps the number >= 1, up to three
// decimals, truncated so that a value never reads as reaching the next unit.
inline std::string format_duration(std::chrono::nanoseconds duration) {
  if (duration.count() < 0) return "-" + format_duration(-duration);
  const auto ns = duration.count();
  const auto unit = ns >= 1'000'000'000 ? kDurationUnits[5]
                    : ns >= 1'000'000   ? kDurationUnits[4]
                    : ns >= 1'000       ? kDurationUnits[2]
                                        : kDurationUnits[0];
  auto text = std::to_string(ns / unit.nanoseconds);
  auto thousandths = (ns % unit.nanoseconds) * 1000 / unit.nanoseconds;
  if (thousandths != 0) {
    auto decimals = std::to_string(1000 + thousandths).substr(1);
    while (decimals.back() == '0') decimals.pop_back();
    text += "." + decimals;
  }
  return text + std::string(unit.suffix);
}

}  // namespace gilbench
