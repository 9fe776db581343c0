// Script tests: every tests/scripts/**/*.py is run through the `gilvm` binary as a child process
// and checked against directives in its comments (in the style of clox's and wren's test suites):
//
//   # expect: TEXT          the next expected stdout line; all of them, in order, exactly, and
//                           nothing else (a bare `# expect:` expects an empty line)
//   # expect-stderr: TEXT   must occur somewhere in stderr (substring)
//   # expect-exit: N        expected exit status (default 0)
//   # args: OPTS...         gilvm options, placed before the script path (e.g. --gil legacy);
//                           several `# args:` lines run the script once per line, each run
//                           held to every expectation (one script, e.g., under every design)
//   # args-unless-asan: OPTS  an `# args:` run left out of AddressSanitizer builds, for what
//                           GCC 12's libasan cannot do (fork while other threads allocate: its
//                           allocator lock is not taken across fork, so the child can hang)
//   # argv: ARGS...         arguments after the script path (sys.argv[1:])
//   # timeout: 20s          per-script limit (default 10s; also 500ms, or plain seconds),
//                           multiplied by GILBENCH_TIMEOUT_SCALE in slow (sanitizer) builds
//
// A directive may follow code on the same line (`print(1)  # expect: 1`). Any `# expect...:`
// directive that is not one of the above is an error, so a typo cannot silently test nothing.
// Any sanitizer report in the child's stderr fails the test whatever the directives say, a leak
// included (the asan preset runs LeakSanitizer): the VM has no cycle collector, so a script that
// builds a reference cycle breaks it before it ends.
//
// Files and folders whose names start with `_` are modules that the tests import (sys.path[0] is
// the script's folder), not tests.
//
// Each script is registered as its own Catch2 test case, named by its path relative to the
// scripts folder ("lang/arith.py", tags [script][lang]); tests/CMakeLists.txt adds one ctest per
// script that runs `script_tests --warn NoTests <that name>`. Running `script_tests` alone runs
// every script; `script_tests "[threads]"` runs one folder.
#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/child_process.h"

#ifndef GILVM_PATH
#error "GILVM_PATH (the gilvm binary) must be defined by the build"
#endif
#ifndef SCRIPTS_DIR
#error "SCRIPTS_DIR (tests/scripts) must be defined by the build"
#endif
#ifndef GILBENCH_TIMEOUT_SCALE
#define GILBENCH_TIMEOUT_SCALE 1
#endif
#ifndef GILBENCH_ASAN
#define GILBENCH_ASAN 0
#endif

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

// ---------------------------------------------------------------------------------------------
// Directives

struct Expectations {
  std::vector<std::string> stdout_lines;
  std::vector<std::string> stderr_fragments;
  int exit_code = 0;
  bool exit_code_given = false;
  std::vector<std::vector<std::string>> gilvm_runs;     // one run per `# args:` line
  std::vector<std::vector<std::string>> runs_left_out;  // `# args-unless-asan:` in ASan builds
  std::vector<std::string> script_args;
  milliseconds timeout{10'000};
  std::vector<std::string> errors;  // malformed directives
};

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::istringstream in{std::string(s)};
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool parse_timeout(std::string_view text, milliseconds& out) {
  std::string t(trim(text));
  double factor = 1000.0;  // plain number: seconds
  if (t.size() > 2 && t.compare(t.size() - 2, 2, "ms") == 0) {
    factor = 1.0;
    t.resize(t.size() - 2);
  } else if (t.size() > 1 && t.back() == 's') {
    t.pop_back();
  }
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (t.empty() || end != t.c_str() + t.size() || !(v > 0)) return false;
  out = milliseconds(static_cast<long long>(v * factor + 0.5));
  return true;
}

Expectations parse_directives(const std::string& source, bool asan_build = GILBENCH_ASAN) {
  Expectations ex;
  std::istringstream in(source);
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    for (size_t hash = line.find('#'); hash != std::string::npos; hash = line.find('#', hash + 1)) {
      size_t k = hash + 1;
      while (k < line.size() && line[k] == ' ') ++k;
      std::string_view rest = std::string_view(line).substr(k);
      size_t colon = rest.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view key = rest.substr(0, colon);
      std::string_view value = rest.substr(colon + 1);
      // `# expect: TEXT`: exactly one space after the colon is part of the syntax; the rest
      // (trailing spaces included) is the expected text.
      std::string_view text = value;
      if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
      auto where = "line " + std::to_string(lineno) + ": ";
      if (key == "expect") {
        ex.stdout_lines.emplace_back(text);
      } else if (key == "expect-stderr") {
        if (trim(text).empty())
          ex.errors.push_back(where + "empty # expect-stderr:");
        else
          ex.stderr_fragments.emplace_back(text);
      } else if (key == "expect-exit") {
        std::string v(trim(value));
        char* end = nullptr;
        long code = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || end != v.c_str() + v.size() || code < 0 || code > 255)
          ex.errors.push_back(where + "bad # expect-exit: '" + v + "'");
        else if (ex.exit_code_given && ex.exit_code != code)
          ex.errors.push_back(where + "conflicting # expect-exit: directives");
        ex.exit_code = static_cast<int>(code);
        ex.exit_code_given = true;
      } else if (key == "args") {
        ex.gilvm_runs.push_back(split_words(value));
      } else if (key == "args-unless-asan") {
        (asan_build ? ex.runs_left_out : ex.gilvm_runs).push_back(split_words(value));
      } else if (key == "argv") {
        for (auto& w : split_words(value)) ex.script_args.push_back(w);
      } else if (key == "timeout") {
        if (!parse_timeout(value, ex.timeout))
          ex.errors.push_back(where + "bad # timeout: '" + std::string(trim(value)) + "'");
      } else if (key.substr(0, 6) == "expect" &&
                 key.find_first_of(" \t'\"()") == std::string_view::npos) {
        ex.errors.push_back(where + "unknown directive '# " + std::string(key) + ":'");
      }
    }
  }
  return ex;
}

// ---------------------------------------------------------------------------------------------
// Running a child process

struct RunResult {
  std::string out;
  std::string err;
  bool exited = false;  // normal exit (else: killed by a signal, or could not start)
  int exit_code = -1;
  int signal = 0;
  bool timed_out = false;
  std::string spawn_error;
  double seconds = 0;
};

// Runs argv[0] with the given arguments through the one process runner (common/child_process.h):
// stdin from /dev/null, stdout and stderr captured separately; the child leads its own process
// group and dies with this process (PDEATHSIG), so a timeout or a crashed test run leaves nothing
// behind. On timeout the group is killed.
RunResult run_process(const std::vector<std::string>& args, milliseconds timeout) {
  RunResult r;
  const auto started = Clock::now();
  gilbench::SpawnRequest request;
  request.argv = args;
  request.capture_stdout = true;
  request.capture_stderr = true;
  try {
    gilbench::ChildProcess child(request);
    r.timed_out = child.wait_until(started + timeout) != gilbench::WaitOutcome::exited;
    const gilbench::ExitStatus status = child.terminate(milliseconds(0));
    r.exited = status.signal == 0;
    r.exit_code = r.exited ? status.code : -1;
    r.signal = status.signal;
    r.out = child.captured_stdout();
    r.err = child.captured_stderr();
  } catch (const gilbench::SpawnError& error) {
    r.spawn_error = error.what();
  }
  r.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return r;
}

// ---------------------------------------------------------------------------------------------
// Checking and reporting

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(text.substr(start));  // a last line without its newline still counts
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// A line diff (longest common subsequence): ' ' both, '-' expected only, '+' actual only.
std::string line_diff(const std::vector<std::string>& want, const std::vector<std::string>& got) {
  std::ostringstream os;
  const size_t n = want.size(), m = got.size();
  if (n * m > 4'000'000) {  // too big for the table: list both
    os << "  (too long to diff)\n  expected:\n";
    for (size_t i = 0; i < std::min<size_t>(n, 200); ++i) os << "    " << want[i] << "\n";
    os << "  actual:\n";
    for (size_t i = 0; i < std::min<size_t>(m, 200); ++i) os << "    " << got[i] << "\n";
    return os.str();
  }
  std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] =
          want[i] == got[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  size_t i = 0, j = 0;
  auto emit = [&](char mark, size_t line_no, const std::string& text) {
    os << "  " << mark << ' '
       << (mark == '+'   ? "actual "
           : mark == '-' ? "expect "
                         : "       ")
       << line_no << " | " << text << "\n";
  };
  while (i < n || j < m) {
    if (i < n && j < m && want[i] == got[j]) {
      emit(' ', i + 1, want[i]);
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      emit('+', j + 1, got[j]);
      ++j;
    } else {
      emit('-', i + 1, want[i]);
      ++i;
    }
  }
  return os.str();
}

std::string quote_command(const std::vector<std::string>& args) {
  std::string s;
  for (const auto& a : args) {
    if (!s.empty()) s += ' ';
    bool plain = !a.empty() && a.find_first_of(" \t\"'\\$`") == std::string::npos;
    s += plain ? a : "'" + a + "'";
  }
  return s;
}

std::string clip(const std::string& text, size_t limit = 6000) {
  if (text.size() <= limit) return text;
  return text.substr(0, limit / 2) + "\n[... " + std::to_string(text.size() - limit) +
         " bytes left out ...]\n" + text.substr(text.size() - limit / 2);
}

const char* const kSanitizerMarkers[] = {
    "ERROR: AddressSanitizer",
    "ERROR: LeakSanitizer",
    "WARNING: ThreadSanitizer",
    "ThreadSanitizer: ",
    "SUMMARY: UndefinedBehaviorSanitizer",
    ": runtime error: ",
};

double timeout_scale() {
  double scale = GILBENCH_TIMEOUT_SCALE;
  if (const char* env = std::getenv("GILBENCH_TIMEOUT_SCALE")) {
    double v = std::atof(env);
    if (v > 0) scale = v;
  }
  return scale;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

// Runs the script once with `gilvm_args`; returns what went wrong (empty when nothing did).
std::string check_run(const fs::path& script, const Expectations& ex,
                      const std::vector<std::string>& gilvm_args) {
  const fs::path gilvm = GILVM_PATH;
  std::vector<std::string> args{gilvm.string()};
  args.insert(args.end(), gilvm_args.begin(), gilvm_args.end());
  args.push_back(script.string());
  args.insert(args.end(), ex.script_args.begin(), ex.script_args.end());

  auto timeout = milliseconds(static_cast<long long>(ex.timeout.count() * timeout_scale()));
  RunResult r = run_process(args, timeout);

  std::vector<std::string> problems;
  if (!r.spawn_error.empty()) problems.push_back("could not run: " + r.spawn_error);
  if (r.timed_out) {
    problems.push_back("timed out after " + std::to_string(timeout.count()) +
                       " ms (killed); raise it with # timeout: if the script is meant to be slow");
  } else if (!r.exited) {
    problems.push_back("killed by signal " + std::to_string(r.signal) + " (" +
                       (r.signal > 0 ? strsignal(r.signal) : "?") + ")");
  } else if (r.exit_code != ex.exit_code) {
    problems.push_back("exit status " + std::to_string(r.exit_code) + ", expected " +
                       std::to_string(ex.exit_code));
  }
  const auto got_lines = split_lines(r.out);
  const bool stdout_ok = got_lines == ex.stdout_lines;
  if (!stdout_ok) {
    problems.push_back("stdout differs (expected " + std::to_string(ex.stdout_lines.size()) +
                       " lines, got " + std::to_string(got_lines.size()) + "):\n" +
                       line_diff(ex.stdout_lines, got_lines));
  }
  for (const auto& fragment : ex.stderr_fragments)
    if (r.err.find(fragment) == std::string::npos) problems.push_back("stderr lacks: " + fragment);
  for (const char* marker : kSanitizerMarkers)
    if (r.err.find(marker) != std::string::npos) {
      problems.push_back(std::string("sanitizer report in stderr (\"") + marker + "\")");
      break;
    }
  if (problems.empty()) return "";

  std::ostringstream msg;
  msg << "script:  " << script.string() << "\n"
      << "command: " << quote_command(args) << "\n"
      << "status:  "
      << (r.timed_out ? std::string("timed out")
          : r.exited  ? "exit " + std::to_string(r.exit_code)
                      : "signal " + std::to_string(r.signal))
      << " after " << r.seconds << " s\n";
  for (const auto& p : problems) msg << "- " << p << "\n";
  msg << "---- stderr (" << r.err.size() << " bytes) ----\n" << clip(r.err);
  if (!r.err.empty() && r.err.back() != '\n') msg << "\n";
  if (!stdout_ok) {
    msg << "---- stdout (" << r.out.size() << " bytes) ----\n" << clip(r.out);
    if (!r.out.empty() && r.out.back() != '\n') msg << "\n[no final newline]\n";
  }
  return msg.str();
}

void run_script_test(const fs::path& script, const std::string& name) {
  const std::string source = read_file(script);
  Expectations ex = parse_directives(source);
  if (!ex.errors.empty()) {
    std::string msg = "script " + script.string() + ": bad directives:\n";
    for (const auto& e : ex.errors) msg += "  " + e + "\n";
    FAIL(msg);
  }
  if (!fs::exists(GILVM_PATH)) FAIL("gilvm binary not found at " << GILVM_PATH << " (not built?)");
  const bool default_run = ex.gilvm_runs.empty() && ex.runs_left_out.empty();
  const auto runs = default_run ? std::vector<std::vector<std::string>>{{}} : ex.gilvm_runs;
  std::string failures;
  for (const auto& gilvm_args : runs) failures += check_run(script, ex, gilvm_args);
  if (!failures.empty()) FAIL(failures);
  SUCCEED(name << " passed in " << runs.size() << " run(s); " << ex.runs_left_out.size()
               << " left out of this AddressSanitizer build (# args-unless-asan:)");
}

// ---------------------------------------------------------------------------------------------
// Registration: one Catch2 test case per script, at static-initialisation time.

class ScriptInvoker : public Catch::ITestInvoker {
 public:
  ScriptInvoker(fs::path script, std::string name)
      : script_(std::move(script)), name_(std::move(name)) {}
  void invoke() const override { run_script_test(script_, name_); }

 private:
  fs::path script_;
  std::string name_;
};

void missing_scripts_dir() { FAIL("scripts folder " SCRIPTS_DIR " not found or empty"); }

// Catch keeps pointers to the names, tags and file names: they live here for the whole run.
std::deque<std::string>& registry_strings() {
  static std::deque<std::string> strings;
  return strings;
}

bool register_script_tests() {
  const fs::path root = SCRIPTS_DIR;
  std::vector<std::string> names;
  std::error_code ec;
  if (fs::is_directory(root, ec)) {
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      // A name with a leading underscore is a module the tests import, or a folder of them.
      if (it->path().filename().string().starts_with("_")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && it->path().extension() == ".py")
        names.push_back(it->path().lexically_relative(root).generic_string());
    }
  }
  std::sort(names.begin(), names.end());
  auto& keep = registry_strings();
  if (names.empty()) {
    Catch::AutoReg(Catch::makeTestInvoker(&missing_scripts_dir), CATCH_INTERNAL_LINEINFO,
                   Catch::StringRef(), Catch::NameAndTags("scripts folder", "[script]"));
    return false;
  }
  for (const auto& name : names) {
    const fs::path path = root / name;
    std::string tags = "[script]";
    if (auto slash = name.find('/'); slash != std::string::npos)
      tags += "[" + name.substr(0, slash) + "]";
    const std::string& kept_name = keep.emplace_back(name);
    const std::string& kept_tags = keep.emplace_back(tags);
    const std::string& kept_file = keep.emplace_back(path.string());
    Catch::AutoReg(new ScriptInvoker(path, name), Catch::SourceLineInfo(kept_file.c_str(), 1),
                   Catch::StringRef(), Catch::NameAndTags(kept_name, kept_tags));
  }
  return true;
}

const bool registered = register_script_tests();

}  // namespace

// The directive parser itself, so that a broken parser cannot make every script pass.
TEST_CASE("script directives are parsed", "[script-runner]") {
  (void)registered;
  auto ex = parse_directives(
      "print(1)  # expect: 1\n"
      "# expect:\n"
      "# expect:   two spaces kept \n"
      "# expect-stderr: Traceback\n"
      "# expect-exit: 1\n"
      "# args: --gil legacy --check-interval 10\n"
      "# argv: a b\n"
      "# timeout: 500ms\n"
      "x = '#'  # comment without a directive\n");
  CHECK(ex.errors.empty());
  CHECK(ex.stdout_lines == std::vector<std::string>{"1", "", "  two spaces kept "});
  CHECK(ex.stderr_fragments == std::vector<std::string>{"Traceback"});
  CHECK(ex.exit_code == 1);
  CHECK(ex.gilvm_runs ==
        std::vector<std::vector<std::string>>{{"--gil", "legacy", "--check-interval", "10"}});
  CHECK(ex.script_args == std::vector<std::string>{"a", "b"});
  CHECK(ex.timeout == milliseconds(500));

  CHECK(parse_directives("# args: --gil fifo\n# args: --gil nogil\n").gilvm_runs ==
        std::vector<std::vector<std::string>>{{"--gil", "fifo"}, {"--gil", "nogil"}});
  const std::string asan_only = "# args: --gil fifo\n# args-unless-asan: --gil nogil\n";
  CHECK(parse_directives(asan_only, false).gilvm_runs ==
        std::vector<std::vector<std::string>>{{"--gil", "fifo"}, {"--gil", "nogil"}});
  CHECK(parse_directives(asan_only, true).gilvm_runs ==
        std::vector<std::vector<std::string>>{{"--gil", "fifo"}});
  CHECK(parse_directives(asan_only, true).runs_left_out ==
        std::vector<std::vector<std::string>>{{"--gil", "nogil"}});
  CHECK(parse_directives("# expect-stdout: 1\n").errors.size() == 1);
  CHECK(parse_directives("# expect-exit: x\n").errors.size() == 1);
  CHECK(parse_directives("# timeout: soon\n").errors.size() == 1);
  milliseconds t{};
  CHECK((parse_timeout("20s", t) && t == milliseconds(20'000)));
  CHECK((parse_timeout("2.5", t) && t == milliseconds(2'500)));
}

TEST_CASE("script runner captures output, exit status and timeouts", "[script-runner]") {
  auto r = run_process({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"}, milliseconds(10'000));
  CHECK(r.spawn_error.empty());
  CHECK(r.exited);
  CHECK(r.exit_code == 3);
  CHECK(r.out == "out\n");
  CHECK(r.err == "err\n");

  auto slow = run_process({"/bin/sh", "-c", "sleep 30"}, milliseconds(200));
  CHECK(slow.timed_out);
  CHECK(slow.seconds < 10);

  auto missing = run_process({"/nonexistent/gilvm"}, milliseconds(1000));
  CHECK_FALSE(missing.spawn_error.empty());

  CHECK(split_lines("a\nb\n") == std::vector<std::string>{"a", "b"});
  CHECK(split_lines("a\n\nb") == std::vector<std::string>{"a", "", "b"});
  CHECK(split_lines("").empty());
}
