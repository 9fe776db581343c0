#include "harness/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace gilbench::harness {

namespace {

std::string minutes_seconds(double seconds) {
  const long whole = static_cast<long>(seconds + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld", whole / 60, whole % 60);
  return text;
}

}  // namespace

Progress::Progress(std::ostream& out, bool terminal, std::size_t cells,
                   std::size_t repetitions_to_run)
    : out_(out),
      terminal_(terminal),
      cells_(cells),
      repetitions_to_run_(repetitions_to_run),
      started_(std::chrono::steady_clock::now()) {}

bool Progress::stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) == 1 && !(term && std::strcmp(term, "dumb") == 0);
}

// From the mean time of the repetitions so far: cells differ, so it is rough, and says so.
std::string Progress::eta_text() const {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  if (repetitions_done_ == 0) return "elapsed " + minutes_seconds(elapsed);
  const double per_repetition = elapsed / static_cast<double>(repetitions_done_);
  const double left = per_repetition * static_cast<double>(repetitions_to_run_ - repetitions_done_);
  return "elapsed " + minutes_seconds(elapsed) + ", ETA ~" + minutes_seconds(left);
}

void Progress::show(const std::string& line) {
  if (terminal_) {
    out_ << "\r\x1b[K" << line << std::flush;  // rewrite the line in place
    line_open_ = true;
  } else {
    out_ << line << '\n' << std::flush;
  }
}

void Progress::starting(std::size_t cell, const std::string& label, int repetition,
                        int repetitions) {
  if (!terminal_) return;  // plain output reports finished repetitions only
  show("[cell " + std::to_string(cell + 1) + "/" + std::to_string(cells_) + "] " + label +
       "  rep " + std::to_string(repetition) + "/" + std::to_string(repetitions) + "  " +
       eta_text());
}

void Progress::finished(std::size_t cell, const std::string& label, int repetition, int repetitions,
                        const std::string& status, const std::string& detail) {
  ++repetitions_done_;
  const std::string line = "[cell " + std::to_string(cell + 1) + "/" + std::to_string(cells_) +
                           "] " + label + "  rep " + std::to_string(repetition) + "/" +
                           std::to_string(repetitions) + ": " + status +
                           (detail.empty() ? "" : " (" + detail + ")") + "  " + eta_text();
  if (terminal_ && status != "ok") {
    show(line);  // keep failures visible: end the line instead of overwriting it
    out_ << '\n';
    line_open_ = false;
    return;
  }
  show(line);
}

void Progress::skipped(std::size_t cell, const std::string& label, const std::string& reason) {
  show("[cell " + std::to_string(cell + 1) + "/" + std::to_string(cells_) + "] " + label +
       ": skipped (" + reason + ")");
  if (terminal_) {
    out_ << '\n';
    line_open_ = false;
  }
}

void Progress::cancelled(std::size_t repetitions) {
  repetitions_to_run_ -= std::min(repetitions, repetitions_to_run_ - repetitions_done_);
}

void Progress::done() {
  if (terminal_ && line_open_) out_ << "\r\x1b[K" << std::flush;
  line_open_ = false;
}

}  // namespace gilbench::harness
