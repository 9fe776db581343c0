// The `os` module, what threaded and multi-process programs use of it: getpid, getppid,
// cpu_count, environ (a dict made at import), getenv, kill, _exit, name, sep.
#include "modules/module_os.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"

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
  auto* module = new Module("os");
  module->add_function("getpid", os_getpid);
  module->add_function("getppid", os_getppid);
  module->add_function("cpu_count", os_cpu_count);
  module->add_function("getenv", os_getenv);
  module->add_function("kill", os_kill);
  module->add_function("_exit", os_exit);
  module->add("environ", environment());
  module->add("name", make_str("posix"));
  module->add("sep", make_str("/"));
  return Value::object(module);
}

}  // namespace gilvm
