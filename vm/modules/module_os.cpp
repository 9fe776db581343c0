// The `_os` module under lib/os.py, what threaded and multi-process programs use of os: getpid,
// getppid, cpu_count, environ (a dict made at import), getenv, kill, _exit, name, sep; and of the
// file system: remove (unlink), mkdir, rmdir, listdir, getcwd, stat, lstat, readlink, rename,
// and _file_kind for os.path.
#include "modules/module_os.h"

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/os_exceptions.h"

extern char** environ;

namespace gilvm {

namespace {

int64_t int_argument(Value v, const char* function) {
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b;
  raise(exc::TypeError, std::string(function) + "() argument must be int, not " + type_name(v));
}

Value os_getpid(ThreadState&, Value, const Args& args) {
  args.expect("getpid", 0, 0);
  return Value::integer(getpid());
}

Value os_getppid(ThreadState&, Value, const Args& args) {
  args.expect("getppid", 0, 0);
  return Value::integer(getppid());
}

Value os_cpu_count(ThreadState&, Value, const Args& args) {
  args.expect("cpu_count", 0, 0);
  return Value::integer(online_cpu_count());
}

Value os_getenv(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("getenv", {"key", "default"}, 1);
  if (!is_kind(bound[0], Kind::Str))
    raise(exc::TypeError, "str expected, not " + type_name(bound[0]));
  const char* value = std::getenv(as_str(bound[0])->text.c_str());
  if (value) return make_str(value);
  Value fallback = bound[1].is_undefined() ? Value::none() : bound[1];
  incref(fallback);
  return fallback;
}

Value os_kill(ThreadState&, Value, const Args& args) {
  args.expect("kill", 2, 2);
  if (kill(static_cast<pid_t>(int_argument(args.positional[0], "kill")),
           static_cast<int>(int_argument(args.positional[1], "kill"))) != 0) {
    int error = errno;
    raise(exc::OSError, "[Errno " + std::to_string(error) + "] " + std::strerror(error));
  }
  return Value::none();
}

// os._exit(n): ends the process at once, without flushing stdio or running cleanup, as in CPython.
Value os_exit(ThreadState&, Value, const Args& args) {
  args.expect("_exit", 1, 1);
  _exit(static_cast<int>(int_argument(args.positional[0], "_exit")));
}

// A path argument's text: a str, or what an os.PathLike's __fspath__() gives (a pathlib.Path),
// as CPython's path_converter. False for anything else.
bool path_text(Value v, std::string& text) {
  if (is_kind(v, Kind::Str)) {
    text = as_str(v)->text;
    return true;
  }
  if (!is_kind(v, Kind::ScriptInstance)) return false;
  Ref path = Ref::steal(call_special(v, "__fspath__", nullptr, 0));
  if (!is_kind(path.get(), Kind::Str)) return false;
  text = as_str(path.get())->text;
  return true;
}

std::string path_argument(Value v, const char* function) {
  std::string text;
  if (!path_text(v, text))
    raise(exc::TypeError, std::string(function) +
                              ": path should be string, bytes or os.PathLike, not " +
                              type_name(v));
  return text;
}

// os.remove(path) and os.unlink(path).
Value os_remove(ThreadState&, Value, const Args& args) {
  args.expect("remove", 1, 1);
  if (unlink(path_argument(args.positional[0], "remove").c_str()) != 0)
    raise_os_error(errno, args.positional[0]);
  return Value::none();
}

Value os_mkdir(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("mkdir", {"path", "mode"}, 1);
  mode_t mode = bound[1].is_undefined() ? 0777 : static_cast<mode_t>(int_argument(bound[1], "mkdir"));
  if (mkdir(path_argument(bound[0], "mkdir").c_str(), mode) != 0) raise_os_error(errno, bound[0]);
  return Value::none();
}

Value os_rmdir(ThreadState&, Value, const Args& args) {
  args.expect("rmdir", 1, 1);
  if (rmdir(path_argument(args.positional[0], "rmdir").c_str()) != 0)
    raise_os_error(errno, args.positional[0]);
  return Value::none();
}

// os.listdir(path='.'): the names in it but '.' and '..', in the directory's order, as CPython.
Value os_listdir(ThreadState&, Value, const Args& args) {
  args.expect("listdir", 0, 1);
  Ref dot = Ref::steal(make_str("."));
  Value path = args.count ? args.positional[0] : dot.get();
  DIR* dir = opendir(path_argument(path, "listdir").c_str());
  if (!dir) raise_os_error(errno, path);
  std::vector<Value> names;
  while (const dirent* entry = readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name != "." && name != "..") names.push_back(make_str(std::string(name)));
  }
  closedir(dir);
  return make_list(std::move(names));
}

Value os_getcwd(ThreadState&, Value, const Args& args) {
  args.expect("getcwd", 0, 0);
  std::string buffer(4096, '\0');
  if (!getcwd(buffer.data(), buffer.size())) raise_os_error(errno);
  buffer.resize(std::strlen(buffer.c_str()));
  return make_str(std::move(buffer));
}

// os.stat_result: a tuple with named fields, as CPython's; its times are float seconds (CPython's
// tuple items 7 to 9 are whole seconds, its st_atime... attributes floats).
Value stat_result_of(const struct stat& info) {
  static const FieldNames names{"os.stat_result",
                                {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                                 "st_size", "st_atime", "st_mtime", "st_ctime"}};
  auto seconds = [](const timespec& t) {
    return Value::floating(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
  };
  Value v =
      make_tuple({Value::integer(info.st_mode), Value::integer(static_cast<int64_t>(info.st_ino)),
                  Value::integer(static_cast<int64_t>(info.st_dev)),
                  Value::integer(static_cast<int64_t>(info.st_nlink)), Value::integer(info.st_uid),
                  Value::integer(info.st_gid), Value::integer(info.st_size), seconds(info.st_atim),
                  seconds(info.st_mtim), seconds(info.st_ctim)});
  as_tuple(v)->names = &names;
  return v;
}

// os.stat(path) follows a symbolic link (stat(2)), os.lstat(path) does not (lstat(2)).
Value stat_through(int (*call)(const char*, struct stat*), const char* function, const Args& args) {
  args.expect(function, 1, 1);
  struct stat info;
  if (call(path_argument(args.positional[0], function).c_str(), &info) != 0)
    raise_os_error(errno, args.positional[0]);
  return stat_result_of(info);
}

Value os_stat(ThreadState&, Value, const Args& args) { return stat_through(stat, "stat", args); }
Value os_lstat(ThreadState&, Value, const Args& args) { return stat_through(lstat, "lstat", args); }

Value os_readlink(ThreadState&, Value, const Args& args) {
  args.expect("readlink", 1, 1);
  std::string buffer(4096, '\0');
  const ssize_t length =
      readlink(path_argument(args.positional[0], "readlink").c_str(), buffer.data(), buffer.size());
  if (length < 0) raise_os_error(errno, args.positional[0]);
  buffer.resize(static_cast<size_t>(length));
  return make_str(std::move(buffer));
}

// os.rename(src, dst) and os.replace(src, dst): rename(2) replaces dst on POSIX either way.
// CPython's error names both paths ("[Errno 2] No such file or directory: 'a' -> 'b'").
Value os_rename(ThreadState&, Value, const Args& args) {
  args.expect("rename", 2, 2);
  if (rename(path_argument(args.positional[0], "rename").c_str(),
             path_argument(args.positional[1], "rename").c_str()) != 0)
    raise_os_error(errno, args.positional[0], args.positional[1]);
  return Value::none();
}

// _file_kind(path): 0 where nothing is (or it cannot be seen), 1 a file, 2 a directory, 3 other;
// os.path.exists, isfile and isdir, which follow symbolic links as stat() does.
Value os_file_kind(ThreadState&, Value, const Args& args) {
  args.expect("_file_kind", 1, 1);
  struct stat info;
  std::string path;
  if (!path_text(args.positional[0], path) || stat(path.c_str(), &info) != 0)
    return Value::integer(0);
  return Value::integer(S_ISREG(info.st_mode) ? 1 : S_ISDIR(info.st_mode) ? 2 : 3);
}

Value environment() {
  auto* dict = new Dict();
  Ref owned = Ref::steal(Value::object(dict));
  for (char** entry = environ; entry && *entry; ++entry) {
    const char* equals = std::strchr(*entry, '=');
    if (!equals) continue;
    Ref key = Ref::steal(make_str(std::string(*entry, static_cast<size_t>(equals - *entry))));
    Ref value = Ref::steal(make_str(equals + 1));
    dict->set(key.get(), value.get());
  }
  return owned.release();
}

}  // namespace

int online_cpu_count() {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<int>(n) : 1;
}

Value make_os_module(VM&) {
  auto* module = new Module("_os");
  module->add_function("getpid", os_getpid);
  module->add_function("getppid", os_getppid);
  module->add_function("cpu_count", os_cpu_count);
  module->add_function("getenv", os_getenv);
  module->add_function("kill", os_kill);
  module->add_function("_exit", os_exit);
  module->add_function("remove", os_remove);
  module->add_function("unlink", os_remove);
  module->add_function("mkdir", os_mkdir);
  module->add_function("rmdir", os_rmdir);
  module->add_function("listdir", os_listdir);
  module->add_function("getcwd", os_getcwd);
  module->add_function("stat", os_stat);
  module->add_function("lstat", os_lstat);
  module->add_function("readlink", os_readlink);
  module->add_function("rename", os_rename);
  module->add_function("replace", os_rename);
  module->add_function("_file_kind", os_file_kind);
  module->add("environ", environment());
  module->add("name", make_str("posix"));
  module->add("sep", make_str("/"));
  return Value::object(module);
}

}  // namespace gilvm
