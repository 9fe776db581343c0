// str.isprintable() and repr()'s escapes beyond ASCII, from the generated table of runs.
#include <algorithm>
#include <iterator>

#include "runtime/unicode.h"
#include "runtime/unicode_printable_table.h"

namespace gilvm::unicode {

bool is_printable_beyond_ascii(uint32_t cp) {
  // The first run ending at or after `cp`; printable unless it also starts at or before it.
  auto run = std::lower_bound(
      std::begin(kNonPrintableRuns), std::end(kNonPrintableRuns), cp,
      [](const CodePointRun& candidate, uint32_t value) { return candidate.last < value; });
  return run == std::end(kNonPrintableRuns) || run->first > cp;
}

}  // namespace gilvm::unicode
