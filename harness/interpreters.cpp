#include "harness/interpreters.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "common/child_process.h"
#include "common/input_file.h"
#include "harness/table.h"
#include "harness/temp_dir.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

// Valid Python 2.7 and 3.x: one JSON line about the interpreter running it.
constexpr const char* kProbe = R"py(import json, platform, sys
free_threaded = False
try:
    import sysconfig
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
except Exception:
    pass
gil_enabled = True
if hasattr(sys, "_is_gil_enabled"):
    gil_enabled = bool(sys._is_gil_enabled())
print(json.dumps({"implementation": platform.python_implementation(), "version": list(sys.version_info[:3]),
                  "version_string": " ".join(sys.version.split()), "free_threaded": free_threaded,
                  "gil_enabled": gil_enabled}))
)py";

constexpr const char* kPyenvPrefix = "pyenv:";

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

bool is_executable_file(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

// A pyenv shim: in $PYENV_ROOT/shims, or a script that hands over to pyenv.
bool is_pyenv_shim(const std::filesystem::path& path, const InterpreterSearch& search) {
  std::error_code error;
  if (std::filesystem::equivalent(path.parent_path(), search.pyenv_root / "shims", error))
    return true;
  std::ifstream in(path, std::ios::binary);
  char head[512] = {};
  in.read(head, sizeof head - 1);
  const std::string text(head, static_cast<std::size_t>(in.gcount()));
  return text.starts_with("#!") && text.find("pyenv") != std::string::npos;
}

// "3.11.7" before "3.12.1" before "3.13.0t": numeric fields compared as numbers.
bool version_less(const std::string& a, const std::string& b) {
  static const std::regex number("[0-9]+|[^0-9]+");
  auto fields = [](const std::string& text) {
    std::vector<std::string> parts;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), number);
         it != std::sregex_iterator(); ++it)
      parts.push_back(it->str());
    return parts;
  };
  const auto x = fields(a), y = fields(b);
  for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
    const bool numeric = std::isdigit(static_cast<unsigned char>(x[i][0])) &&
                         std::isdigit(static_cast<unsigned char>(y[i][0]));
    if (numeric && std::stoll(x[i]) != std::stoll(y[i])) return std::stoll(x[i]) < std::stoll(y[i]);
    if (!numeric && x[i] != y[i]) return x[i] < y[i];
  }
  return x.size() < y.size();
}

std::vector<std::string> pyenv_versions(const InterpreterSearch& search) {
  std::vector<std::string> versions;
  std::error_code error;
  for (const auto& entry :
       std::filesystem::directory_iterator(search.pyenv_root / "versions", error)) {
    if (entry.is_directory(error)) versions.push_back(entry.path().filename().string());
  }
  std::sort(versions.begin(), versions.end(), version_less);
  return versions;
}

// The versions pyenv would pick, in order: PYENV_VERSION, else $PYENV_ROOT/version.
std::vector<std::string> pyenv_selected(const InterpreterSearch& search) {
  if (!search.pyenv_version.empty()) return split(search.pyenv_version, ':');
  std::ifstream in(search.pyenv_root / "version");
  std::vector<std::string> selected;
  for (std::string line; std::getline(in, line);) {
    for (auto& word : split(line, ' ')) selected.push_back(word);
  }
  return selected;
}

// The real binary behind a shim named `command`, if any version has it.
std::optional<std::filesystem::path> resolve_shim(const std::string& command,
                                                  const InterpreterSearch& search) {
  const auto versions = pyenv_versions(search);
  for (const auto& version : pyenv_selected(search)) {
    if (is_executable_file(search.pyenv_root / "versions" / version / "bin" / command)) {
      return search.pyenv_root / "versions" / version / "bin" / command;
    }
  }
  for (auto version = versions.rbegin(); version != versions.rend(); ++version) {
    if (is_executable_file(search.pyenv_root / "versions" / *version / "bin" / command)) {
      return search.pyenv_root / "versions" / *version / "bin" / command;
    }
  }
  return std::nullopt;
}

// The version's most specific interpreter: pythonX.Y (or pythonX.Yt) before python3 and python.
std::optional<std::filesystem::path> pyenv_binary(const std::string& version,
                                                  const InterpreterSearch& search) {
  const auto bin = search.pyenv_root / "versions" / version / "bin";
  static const std::regex specific("python[0-9]+\\.[0-9]+t?");
  std::error_code error;
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(bin, error)) {
    if (std::regex_match(entry.path().filename().string(), specific) &&
        is_executable_file(entry.path()))
      found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  if (!found.empty()) return found.front();
  for (const char* name : {"python3", "python2", "python"}) {
    if (is_executable_file(bin / name)) return bin / name;
  }
  return std::nullopt;
}

std::string where_searched(const InterpreterSearch& search) {
  return "PATH=" + (search.path_variable.empty() ? std::string("(empty)") : search.path_variable) +
         "; pyenv root " + search.pyenv_root.string();
}

// A probe's stdout or stderr: a few lines; anything unreadable or runaway reads as nothing, so
// the probe fails with the reason its caller gives.
std::string read_file(const std::filesystem::path& path) {
  constexpr std::size_t kMaxProbeOutputBytes = std::size_t{1} << 20;
  try {
    return read_input_file(path, kMaxProbeOutputBytes);
  } catch (const InputFileError&) {
    return "";
  }
}

}  // namespace

InterpreterSearch InterpreterSearch::from_environment() {
  InterpreterSearch search;
  if (const char* path = std::getenv("PATH")) search.path_variable = path;
  if (const char* root = std::getenv("PYENV_ROOT"); root && *root) {
    search.pyenv_root = root;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    search.pyenv_root = std::filesystem::path(home) / ".pyenv";
  }
  if (const char* version = std::getenv("PYENV_VERSION")) search.pyenv_version = version;
  return search;
}

std::string InterpreterInfo::version() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(micro);
}

std::string InterpreterInfo::describe() const {
  std::string text = implementation + " " + version();
  if (free_threaded)
    text += gil_enabled ? " free-threaded (GIL enabled)" : " free-threaded (GIL disabled)";
  return text;
}

Json InterpreterInfo::to_json() const {
  return {{"spec", spec},
          {"path", path.string()},
          {"implementation", implementation},
          {"version", version()},
          {"version_string", version_string},
          {"free_threaded", free_threaded},
          {"gil_enabled", gil_enabled}};
}

LocatedExecutable locate_interpreter(const std::string& spec, const InterpreterSearch& search) {
  if (spec.empty()) return {std::nullopt, "empty interpreter name"};
  if (spec.starts_with(kPyenvPrefix)) {
    const std::string version = spec.substr(std::string(kPyenvPrefix).size());
    if (auto binary = pyenv_binary(version, search)) return {binary, ""};
    return {std::nullopt, "no pyenv version \"" + version + "\" with a python binary under " +
                              (search.pyenv_root / "versions").string()};
  }
  if (spec.find('/') != std::string::npos) {
    if (is_executable_file(spec)) return {std::filesystem::absolute(spec), ""};
    return {std::nullopt, spec + " is not an executable file"};
  }
  for (const auto& directory : split(search.path_variable, ':')) {
    const std::filesystem::path candidate = std::filesystem::path(directory) / spec;
    if (!is_executable_file(candidate)) continue;
    if (!is_pyenv_shim(candidate, search)) return {candidate, ""};
    if (auto binary = resolve_shim(spec, search)) return {binary, ""};
    // A shim for a command no version has: keep looking further along PATH.
  }
  return {std::nullopt, spec + " not found (" + where_searched(search) + ")"};
}

InterpreterInfo probe_interpreter(const std::string& spec, const std::filesystem::path& path,
                                  std::chrono::milliseconds timeout) {
  TemporaryDirectory scratch("gilbench-probe");
  SpawnRequest request;
  request.argv = {path.string(), "-c", kProbe};
  request.stdout_path = scratch.path() / "probe.out";
  request.stderr_path = scratch.path() / "probe.err";
  ChildProcess child(request);  // SpawnError is a std::runtime_error: the caller's reason
  if (child.wait_until(Clock::now() + timeout) != WaitOutcome::exited) {
    throw std::runtime_error(path.string() + " did not answer the probe within " +
                             std::to_string(timeout.count()) + " ms");
  }
  if (!child.exit_status()->success()) {
    std::string error = read_file(request.stderr_path);
    if (error.size() > 300) error = "..." + error.substr(error.size() - 300);
    throw std::runtime_error(path.string() + " failed the probe (" +
                             child.exit_status()->describe() + "): " + error);
  }
  const std::string output = read_file(request.stdout_path);
  try {
    const Json answer = Json::parse(output);
    InterpreterInfo info;
    info.spec = spec;
    info.path = path;
    info.implementation = answer.at("implementation").get<std::string>();
    info.major = answer.at("version").at(0).get<int>();
    info.minor = answer.at("version").at(1).get<int>();
    info.micro = answer.at("version").at(2).get<int>();
    info.version_string = answer.at("version_string").get<std::string>();
    info.free_threaded = answer.at("free_threaded").get<bool>();
    info.gil_enabled = answer.at("gil_enabled").get<bool>();
    return info;
  } catch (const nlohmann::json::exception&) {
    throw std::runtime_error(
        path.string() +
        " is not a Python this probe understands (it printed: " + output.substr(0, 200) + ")");
  }
}

InterpreterLookup look_up_interpreter(const std::string& spec, const InterpreterSearch& search) {
  InterpreterLookup lookup{spec, std::nullopt, ""};
  const LocatedExecutable located = locate_interpreter(spec, search);
  if (!located.path) {
    lookup.reason = located.reason;
    return lookup;
  }
  try {
    lookup.info = probe_interpreter(spec, *located.path);
  } catch (const std::exception& error) {
    lookup.reason = spec + ": " + error.what();
  }
  return lookup;
}

std::vector<DiscoveredInterpreter> discover_interpreters(const InterpreterSearch& search,
                                                         const std::vector<std::string>& extra) {
  std::vector<std::string> specs;
  static const std::regex python_name("python([0-9]+(\\.[0-9]+)?t?)?");
  for (const auto& directory : split(search.path_variable, ':')) {
    std::error_code error;
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
      const std::string name = entry.path().filename().string();
      if (std::regex_match(name, python_name) && is_executable_file(entry.path()))
        names.push_back(name);
    }
    std::sort(names.begin(), names.end(), version_less);
    for (auto& name : names) {
      if (std::find(specs.begin(), specs.end(), name) == specs.end())
        specs.push_back(std::move(name));
    }
  }
  for (const auto& version : pyenv_versions(search)) specs.push_back(kPyenvPrefix + version);
  specs.insert(specs.end(), extra.begin(), extra.end());

  std::vector<DiscoveredInterpreter> found;
  std::map<std::string, std::size_t> by_executable;  // canonical path -> index in found
  for (const auto& spec : specs) {
    const LocatedExecutable located = locate_interpreter(spec, search);
    if (!located.path) {
      // Names on PATH that lead nowhere (a shim no version serves) are not worth a row;
      // what the user asked for by name is.
      if (std::find(extra.begin(), extra.end(), spec) != extra.end())
        found.push_back({{spec, std::nullopt, located.reason}, {}});
      continue;
    }
    std::error_code error;
    const std::string key = std::filesystem::weakly_canonical(*located.path, error).string();
    if (const auto known = by_executable.find(key); known != by_executable.end()) {
      found[known->second].aliases.push_back(spec);
      continue;
    }
    by_executable[key] = found.size();
    InterpreterLookup lookup{spec, std::nullopt, ""};
    try {
      lookup.info = probe_interpreter(spec, *located.path);
    } catch (const std::exception& failure) {
      lookup.reason = spec + ": " + failure.what();
    }
    found.push_back({std::move(lookup), {}});
  }
  return found;
}

Json interpreters_json(const std::vector<DiscoveredInterpreter>& found) {
  Json list = Json::array();
  for (const auto& entry : found) {
    Json item = entry.lookup.info
                    ? entry.lookup.info->to_json()
                    : Json{{"spec", entry.lookup.spec}, {"reason", entry.lookup.reason}};
    item["aliases"] = entry.aliases;
    list.push_back(std::move(item));
  }
  return list;
}

std::string render_interpreters(const std::vector<DiscoveredInterpreter>& found,
                                const InterpreterSearch& search) {
  std::vector<std::vector<std::string>> rows{
      {"spec", "implementation", "version", "GIL", "path", "also"}};
  std::vector<std::string> problems;
  for (const auto& entry : found) {
    if (!entry.lookup.info) {
      problems.push_back(entry.lookup.reason);
      continue;
    }
    const auto& info = *entry.lookup.info;
    std::string aliases;
    for (const auto& alias : entry.aliases) aliases += (aliases.empty() ? "" : ", ") + alias;
    rows.push_back(
        {info.spec, info.implementation, info.version() + (info.free_threaded ? "t" : ""),
         info.gil_enabled ? "enabled" : "disabled (free-threaded)", info.path.string(), aliases});
  }
  std::ostringstream out;
  if (rows.size() == 1) {
    out << "no Python interpreter found (" << where_searched(search) << ")\n";
  } else {
    out << format_columns(rows, {false, false, false, false, false, false});
  }
  const bool free_threaded =
      std::any_of(found.begin(), found.end(), [](const DiscoveredInterpreter& entry) {
        return entry.lookup.info && entry.lookup.info->free_threaded;
      });
  if (!free_threaded)
    out << "no free-threaded build (python3.13t) found: calibrate skips the nogil rows\n";
  for (const auto& problem : problems) out << "not usable: " << problem << "\n";
  return out.str();
}

}  // namespace gilbench::harness
