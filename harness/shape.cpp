#include "harness/shape.h"

#include <cmath>
#include <limits>

#include "harness/table.h"

namespace gilbench::harness {

namespace {

std::string ratio_text(double ratio) {
  if (std::isinf(ratio)) return "- (a 0 in the source)";
  return format_figure(ratio) + "\xC3\x97";  // ×
}

int rank(Shape shape) {
  switch (shape) {
    case Shape::not_measured: return 0;
    case Shape::holds: return 1;
    case Shape::size_differs: return 2;
    case Shape::does_not_hold: return 3;
  }
  return 0;
}

}  // namespace

const char* to_string(Shape shape) {
  switch (shape) {
    case Shape::holds: return "holds";
    case Shape::size_differs: return "direction holds, size differs";
    case Shape::does_not_hold: return "does not hold";
    case Shape::not_measured: return "not measured";
  }
  return "?";
}

Shape worse(Shape a, Shape b) { return rank(a) >= rank(b) ? a : b; }

ClaimVerdict judge_ratio(double published_a, double published_b, double measured_a,
                         double measured_b) {
  ClaimVerdict verdict;
  if (!(measured_a >= 0) || !(measured_b > 0) || !std::isfinite(measured_a) ||
      !std::isfinite(measured_b)) {
    verdict.text = "no measured ratio";
    return verdict;
  }
  verdict.measured_ratio = measured_a / measured_b;
  verdict.published_ratio =
      published_b > 0 ? published_a / published_b : std::numeric_limits<double>::infinity();
  if (published_a == 0 && published_b > 0) verdict.published_ratio = 0;
  verdict.text = "published " + ratio_text(verdict.published_ratio) + ", measured " +
                 ratio_text(verdict.measured_ratio);
  const double published = verdict.published_ratio, measured = verdict.measured_ratio;
  if (std::isfinite(published) && published > 0 && published <= kAboutEqual &&
      published >= 1 / kAboutEqual) {
    verdict.shape =
        measured <= kEqualBand && measured >= 1 / kEqualBand ? Shape::holds : Shape::does_not_hold;
    return verdict;
  }
  const bool up = published > 1;
  const bool same_direction = up ? measured > kDistinct : measured < 1 / kDistinct;
  if (!same_direction) {
    verdict.shape = Shape::does_not_hold;
    return verdict;
  }
  if (!std::isfinite(published) ||
      published == 0) {  // a published 0: the direction is all there is
    verdict.shape = Shape::holds;
    return verdict;
  }
  const double off = std::abs(std::log(measured / published));
  verdict.shape = off <= std::log(kSizeBand) ? Shape::holds : Shape::size_differs;
  return verdict;
}

ClaimVerdict judge_below(double measured_a, double measured_b) {
  ClaimVerdict verdict;
  if (!std::isfinite(measured_a) || !std::isfinite(measured_b)) {
    verdict.text = "no measured figures";
    return verdict;
  }
  verdict.measured_ratio = measured_b != 0 ? measured_a / measured_b : 0;
  verdict.text = "measured " + format_figure(measured_a) + " against " + format_figure(measured_b);
  verdict.shape = measured_a < measured_b ? Shape::holds : Shape::does_not_hold;
  return verdict;
}

}  // namespace gilbench::harness
