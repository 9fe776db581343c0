// Whether a published figure's *shape* holds in a measurement: who is faster, which way a trend
// goes, and by how much. Absolute figures differ between a model on this machine and CPython on
// the author's; ratios within one source are what can be compared. Pure, for tests.
#pragma once

#include <string>

namespace gilbench::harness {

enum class Shape { holds, size_differs, does_not_hold, not_measured };
const char* to_string(Shape shape);  // "holds", "direction holds, size differs", ...
Shape worse(Shape a, Shape b);       // the less favourable; not_measured counts least

// Tolerances: a published ratio within kAboutEqual of 1 is a claim of "about equal", met by a
// measured ratio within kEqualBand; otherwise the measured ratio must lie beyond kDistinct in the
// same direction, and within kSizeBand of the published ratio for the size to hold too.
inline constexpr double kAboutEqual = 1.15;
inline constexpr double kEqualBand = 1.25;
inline constexpr double kDistinct = 1.1;
inline constexpr double kSizeBand = 3.0;

struct ClaimVerdict {
  Shape shape = Shape::not_measured;
  double published_ratio = 0;  // a / b as published (infinite when b was published as 0)
  double measured_ratio = 0;
  std::string text;  // "published 4.6x, measured 102x"
};

// "a over b", published against measured. A published 0 leaves only the direction to check.
ClaimVerdict judge_ratio(double published_a, double published_b, double measured_a,
                         double measured_b);
// "a is below b" (e.g. a racy total below the exact one): direction only.
ClaimVerdict judge_below(double measured_a, double measured_b);

}  // namespace gilbench::harness
