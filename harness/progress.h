// Progress on stderr: on a terminal one line rewritten in place (cell i/N, repetition, ETA);
// otherwise one plain line per finished repetition, which reads well in CI logs.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace gilbench::harness {

class Progress {
 public:
  Progress(std::ostream& out, bool terminal, std::size_t cells, std::size_t repetitions_to_run);

  void starting(std::size_t cell, const std::string& label, int repetition, int repetitions);
  void finished(std::size_t cell, const std::string& label, int repetition, int repetitions,
                const std::string& status, const std::string& detail);
  void skipped(std::size_t cell, const std::string& label, const std::string& reason);
  // Repetitions that will not run after all (a cell stopped at its first failure).
  void cancelled(std::size_t repetitions);
  // Clears the in-place line before other output.
  void done();

  static bool stderr_is_terminal();

 private:
  std::string eta_text() const;
  void show(const std::string& line);

  std::ostream& out_;
  bool terminal_;
  std::size_t cells_;
  std::size_t repetitions_to_run_;
  std::size_t repetitions_done_ = 0;
  std::chrono::steady_clock::time_point started_;
  bool line_open_ = false;
};

}  // namespace gilbench::harness
