// Real Python interpreters as sweep targets: how a spec ("python3.11", "pyenv:2.7.18",
// "/opt/py/bin/python3") becomes an executable, what that executable says about itself, and
// which interpreters this machine has (`gilbench interpreters`). A missing interpreter is a
// reason, never an error: the project never needs Python.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gilbench::harness {

// Where interpreters are looked for: $PATH and pyenv ($PYENV_ROOT, else ~/.pyenv).
struct InterpreterSearch {
  std::string path_variable;         // PATH's value, ':'-separated
  std::filesystem::path pyenv_root;  // may not exist
  std::string pyenv_version;         // PYENV_VERSION's value (':'-separated), or empty
  static InterpreterSearch from_environment();
};

// What an interpreter reported about itself (harness/interpreters.cpp's probe).
struct InterpreterInfo {
  std::string spec;            // as written in the config or on the command line
  std::filesystem::path path;  // the executable run (pyenv shims resolved to the real binary)
  std::string implementation;  // platform.python_implementation(): "CPython", "PyPy"
  int major = 0, minor = 0, micro = 0;
  std::string version_string;   // sys.version on one line
  bool free_threaded = false;   // built with Py_GIL_DISABLED (3.13t)
  bool gil_enabled = true;      // at run time: sys._is_gil_enabled() where it exists
  std::string version() const;  // "3.11.7"
  // "CPython 3.11.7", "CPython 3.13.0 free-threaded (GIL disabled)".
  std::string describe() const;
  nlohmann::ordered_json to_json() const;
};

// A spec resolved and probed, or why not.
struct InterpreterLookup {
  std::string spec;
  std::optional<InterpreterInfo> info;
  std::string reason;  // set when info is not
};

// The executable a spec names, or the reason there is none. A bare name is searched on PATH;
// a pyenv shim found there is replaced by the version's own binary (PYENV_VERSION, then
// $PYENV_ROOT/version, then the newest version that has the command), as running through the
// shim would start bash first, and fails for commands outside the global version.
struct LocatedExecutable {
  std::optional<std::filesystem::path> path;
  std::string reason;
};
LocatedExecutable locate_interpreter(const std::string& spec, const InterpreterSearch& search);

// Runs `path` with a short probe script; throws std::runtime_error with the reason when it
// does not answer within `timeout` or answers nonsense.
InterpreterInfo probe_interpreter(const std::string& spec, const std::filesystem::path& path,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(20));

InterpreterLookup look_up_interpreter(const std::string& spec, const InterpreterSearch& search);

// Every interpreter found: python, pythonX, pythonX.Y and pythonX.Yt on PATH (first directory
// wins, as a shell would), then each pyenv version ("pyenv:X"), then `extra` specs. One entry
// per distinct executable, in that order; the other specs that reach it are its aliases.
struct DiscoveredInterpreter {
  InterpreterLookup lookup;
  std::vector<std::string> aliases;
};
std::vector<DiscoveredInterpreter> discover_interpreters(const InterpreterSearch& search,
                                                         const std::vector<std::string>& extra);

// `gilbench interpreters`: the table (or JSON) of what discover_interpreters found.
std::string render_interpreters(const std::vector<DiscoveredInterpreter>& found,
                                const InterpreterSearch& search);
nlohmann::ordered_json interpreters_json(const std::vector<DiscoveredInterpreter>& found);

}  // namespace gilbench::harness
