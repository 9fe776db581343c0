// The `sys` module: argv, exit, the GIL tunables (setswitchinterval/getswitchinterval from
// CPython 3, setcheckinterval/getcheckinterval from CPython 2, both available whatever the
// design), minimal sys.stdout and sys.stderr (write, flush), and what scripts ask of the
// interpreter: sys.implementation.name ("gilvm"), version_info, version, maxsize, and the limit
// on decimal int <-> str conversions (set_int_max_str_digits, get_int_max_str_digits); for
// logging and traceback, _getframe (snapshots of the frames) and _exception_text.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>

#include "modules/module_sys.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

double number_argument(const Args& args, const char* function) {
  args.expect(function, 1, 1);
  Value v = args.positional[0];
  if (v.is_int()) return static_cast<double>(v.i);
  if (v.is_float()) return v.f;
  raise(exc::TypeError,
        std::string(function) + "() argument must be a number, not " + type_name(v));
}

Value set_switch_interval(ThreadState& thread, Value, const Args& args) {
  double seconds = number_argument(args, "setswitchinterval");
  if (!(seconds > 0)) raise(exc::ValueError, "switch interval must be strictly positive");
  // Nanoseconds in 64 bits: about 292 years. CPython wraps silently past its own limit.
  if (!(seconds < 9.2e9)) raise(exc::OverflowError, "switch interval is too large");
  // Below a nanosecond rounds up: CPython accepts any positive value.
  thread.vm.gil().set_switch_interval(
      std::chrono::nanoseconds(std::max<long long>(1, std::llround(seconds * 1e9))));
  return Value::none();
}

Value get_switch_interval(ThreadState& thread, Value, const Args& args) {
  args.expect("getswitchinterval", 0, 0);
  return Value::floating(static_cast<double>(thread.vm.gil().switch_interval().count()) / 1e9);
}

Value set_check_interval(ThreadState& thread, Value, const Args& args) {
  args.expect("setcheckinterval", 1, 1);
  if (!args.positional[0].is_int())
    raise(exc::TypeError, "setcheckinterval() argument must be an int");
  int64_t ticks = args.positional[0].i;
  // CPython 2 took a C int; beyond it, OverflowError rather than a silent clamp.
  if (ticks > INT32_MAX || ticks < INT32_MIN)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  thread.vm.gil().set_check_interval(static_cast<int>(std::clamp<int64_t>(ticks, 1, 1 << 30)));
  return Value::none();
}

Value get_check_interval(ThreadState& thread, Value, const Args& args) {
  args.expect("getcheckinterval", 0, 0);
  return Value::integer(thread.vm.gil().check_interval());
}

// sys.set_int_max_str_digits(maxdigits): the VM's limit on decimal int <-> str conversions.
Value set_int_max_str_digits(ThreadState& thread, Value, const Args& args) {
  const Value digits = args.bind("set_int_max_str_digits", {"maxdigits"})[0];
  if (digits.is_undefined()) {
    raise(exc::TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  }
  if (!digits.is_int() && !digits.is_bool() && !is_kind(digits, Kind::BigInt)) {
    raise(exc::TypeError, "'" + type_name(digits) + "' object cannot be interpreted as an integer");
  }
  const int64_t n = digits.is_bool() ? digits.b : digits.is_int() ? digits.i : INT64_MAX;
  if (n > INT32_MAX || n < INT32_MIN)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  if (n != 0 && n < kIntMaxStrDigitsThreshold)
    raise(exc::ValueError,
          "maxdigits must be 0 or larger than " + std::to_string(kIntMaxStrDigitsThreshold));
  thread.vm.set_int_max_str_digits(static_cast<int>(n));
  return Value::none();
}

Value get_int_max_str_digits(ThreadState& thread, Value, const Args& args) {
  args.expect("get_int_max_str_digits", 0, 0);
  return Value::integer(thread.vm.int_max_str_digits());
}

Value sys_exit(ThreadState&, Value, const Args& args) {
  args.expect("exit", 0, 1);
  std::vector<Value> items;
  if (args.count) {
    incref(args.positional[0]);
    items.push_back(args.positional[0]);
  }
  throw ScriptException{Ref::steal(
      Value::object(new ExceptionObject(exc::SystemExit, make_tuple(std::move(items)))))};
}

// write() returns the number of characters written, as Python's text streams do.
Value write_to(std::FILE* stream, const Args& args) {
  args.expect("write", 1, 1);
  if (!is_kind(args.positional[0], Kind::Str))
    raise(exc::TypeError, "write() argument must be str, not " + type_name(args.positional[0]));
  const Str& text = *as_str(args.positional[0]);
  std::fwrite(text.text.data(), 1, text.text.size(), stream);
  return Value::integer(static_cast<int64_t>(text.length()));
}

Value stdout_write(ThreadState& thread, Value, const Args& args) {
  return write_to(thread.vm.out(), args);
}
Value stderr_write(ThreadState&, Value, const Args& args) { return write_to(stderr, args); }

Value stdout_flush(ThreadState& thread, Value, const Args& args) {
  args.expect("flush", 0, 0);
  std::fflush(thread.vm.out());
  return Value::none();
}

Value stderr_flush(ThreadState&, Value, const Args& args) {
  args.expect("flush", 0, 0);
  std::fflush(stderr);
  return Value::none();
}

// Their `name`, as CPython's ("<stdout>"): what logging's StreamHandler shows in its repr.
Value stdout_attribute(ThreadState&, Instance&, std::string_view name) {
  return name == "name" ? make_str("<stdout>") : Value::undefined();
}
Value stderr_attribute(ThreadState&, Instance&, std::string_view name) {
  return name == "name" ? make_str("<stderr>") : Value::undefined();
}

const TypeInfo& stdout_type() {
  static const TypeInfo type{"TextIOWrapper",
                             {{"write", stdout_write}, {"flush", stdout_flush}},
                             stdout_attribute,
                             nullptr};
  return type;
}

const TypeInfo& stderr_type() {
  static const TypeInfo type{"TextIOWrapper",
                             {{"write", stderr_write}, {"flush", stderr_flush}},
                             stderr_attribute,
                             nullptr};
  return type;
}

// sys.setrecursionlimit(n), with CPython's checks: the limit must be above the depth of the call
// (its frames and the native call itself). Deeper than kFrameCapacity frames is never reached.
Value sys_setrecursionlimit(ThreadState& thread, Value, const Args& args) {
  args.expect("setrecursionlimit", 1, 1);
  Value v = args.positional[0];
  if (v.is_bool()) v = Value::integer(v.b);
  if (!v.is_int() && !is_kind(v, Kind::BigInt))
    raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
  if (!v.is_int() || v.i > INT32_MAX || v.i < INT32_MIN)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  if (v.i < 1) raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  const int64_t depth = static_cast<int64_t>(thread.frames.size()) + 1;
  if (depth >= v.i)
    raise(exc::RecursionError, "cannot set the recursion limit to " + std::to_string(v.i) +
                                   " at the recursion depth " + std::to_string(depth) +
                                   ": the limit is too low");
  set_recursion_limit(thread, v.i);
  return Value::none();
}

Value sys_getrecursionlimit(ThreadState&, Value, const Args& args) {
  args.expect("getrecursionlimit", 0, 0);
  return Value::integer(recursion_limit());
}

// sys.intern(s): the one str of that text, as attribute names are (kept for the process).
Value sys_intern(ThreadState&, Value, const Args& args) {
  args.expect_one("sys.intern");
  const Value s = args.positional[0];
  if (!is_kind(s, Kind::Str))  // argument clinic's wording: None, not NoneType
    raise(exc::TypeError,
          "intern() argument must be str, not " + (s.is_none() ? "None" : type_name(s)));
  return interned_str(as_str(s)->text);
}

// The exception being handled, or None (sys.exception(), new in 3.11).
Value handled_exception(ThreadState& ts) {
  if (ts.handled_exceptions.empty()) return Value::none();
  Value e = ts.handled_exceptions.back();
  incref(e);
  return e;
}

Value sys_exception(ThreadState& ts, Value, const Args& args) {
  args.expect("exception", 0, 0);
  return handled_exception(ts);
}

// (type, value, traceback) of the exception being handled, or three Nones. The traceback is None:
// gilvm has no traceback objects (the exception keeps its entries for printing).
Value sys_exc_info(ThreadState& ts, Value, const Args& args) {
  args.expect("exc_info", 0, 0);
  Value e = handled_exception(ts);
  if (e.is_none()) return make_tuple({Value::none(), Value::none(), Value::none()});
  Value type = Value::object(static_cast<ExceptionObject*>(e.obj)->cls);
  incref(type);
  return make_tuple({type, e, Value::none()});
}

// sys._getframe(depth=0): the caller's frame, `depth` frames out, as a snapshot: a tuple with
// named fields f_code (co_name, co_qualname, co_filename, co_firstlineno), f_lineno and f_back
// (the next snapshot out, or None). gilvm's frames live on its stack and cannot be kept, so a
// snapshot does not follow the frame's later lines; it is what logging and tracebacks read.
Value sys_getframe(ThreadState& ts, Value, const Args& args) {
  args.expect("_getframe", 0, 1);
  int64_t depth = 0;
  if (args.count == 1) {
    Value v = args.positional[0];
    if (!v.is_int() && !v.is_bool())
      raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
    depth = v.is_int() ? v.i : v.b;
  }
  static const FieldNames code_names{"code",
                                     {"co_name", "co_qualname", "co_filename", "co_firstlineno"}};
  static const FieldNames frame_names{"frame", {"f_code", "f_lineno", "f_back"}};
  const size_t count = ts.frames.size();
  if (depth < 0) depth = 0;
  if (static_cast<size_t>(depth) >= count) raise(exc::ValueError, "call stack is not deep enough");
  Value back = Value::none();
  for (size_t i = 0; i + static_cast<size_t>(depth) < count; ++i) {  // outermost first
    const Frame& frame = ts.frames[i];
    const Code& code = *frame.function->code;
    Value code_info = make_tuple({make_str(code.name), make_str(code.qualname),
                                  make_str(code.filename), Value::integer(code.first_line)});
    as_tuple(code_info)->names = &code_names;
    back = make_tuple({code_info, Value::integer(frame_line(frame)), back});
    as_tuple(back)->names = &frame_names;
  }
  return back;
}

// sys._exception_text(e) (gilvm's own): what an uncaught `e` prints, its traceback and those of
// its causes or contexts, for traceback.format_exception and logging.
Value sys_exception_text(ThreadState& ts, Value, const Args& args) {
  args.expect("_exception_text", 1, 1);
  Value e = args.positional[0];
  if (!is_kind(e, Kind::Exception))
    raise(exc::TypeError, "_exception_text() argument must be an exception, not " + type_name(e));
  return make_str(ts.vm.exception_text(*static_cast<ExceptionObject*>(e.obj)));
}

// The language version whose semantics gilvm follows.
constexpr int kVersionMajor = 3, kVersionMinor = 11;

// A tuple with named fields, as CPython's: compares with (3, 8), has .major and .minor.
Value version_info() {
  static const FieldNames names{"sys.version_info",
                                {"major", "minor", "micro", "releaselevel", "serial"}};
  Value v = make_tuple({Value::integer(kVersionMajor), Value::integer(kVersionMinor),
                        Value::integer(0), make_str("final"), Value::integer(0)});
  as_tuple(v)->names = &names;
  return v;
}

// sys.implementation: name, version (as version_info) and cache_tag (None: gilvm caches nothing).
Value implementation_attribute(ThreadState&, Instance&, std::string_view name) {
  if (name == "name") return make_str("gilvm");
  if (name == "version") return version_info();
  if (name == "cache_tag") return Value::none();
  return Value::undefined();
}

const TypeInfo& implementation_type() {
  static const TypeInfo type{"types.SimpleNamespace", {}, implementation_attribute, nullptr};
  return type;
}

}  // namespace

Value make_sys_module(VM& vm) {
  auto* module = new Module("sys");
  std::vector<Value> argv;
  for (const std::string& arg : vm.options().argv) argv.push_back(make_str(arg));
  module->add("argv", make_list(std::move(argv)));
  incref(vm.sys_path());
  module->add("path", vm.sys_path());
  incref(vm.sys_modules());
  module->add("modules", vm.sys_modules());
  module->add("stdout", Value::object(new Instance(&stdout_type())));
  module->add("stderr", Value::object(new Instance(&stderr_type())));
  module->add("implementation", Value::object(new Instance(&implementation_type())));
  module->add("version_info", version_info());
  module->add("version", make_str(std::to_string(kVersionMajor) + "." +
                                  std::to_string(kVersionMinor) + ".0 (gilvm)"));
  module->add("maxsize", Value::integer(INT64_MAX));
  module->add("platform", make_str("linux"));
  module->add_function("setswitchinterval", set_switch_interval);
  module->add_function("getswitchinterval", get_switch_interval);
  module->add_function("setcheckinterval", set_check_interval);
  module->add_function("getcheckinterval", get_check_interval);
  module->add_function("set_int_max_str_digits", set_int_max_str_digits);
  module->add_function("get_int_max_str_digits", get_int_max_str_digits);
  module->add_function("exit", sys_exit);
  module->add_function("setrecursionlimit", sys_setrecursionlimit);
  module->add_function("getrecursionlimit", sys_getrecursionlimit);
  module->add_function("exception", sys_exception);
  module->add_function("exc_info", sys_exc_info);
  module->add_function("intern", sys_intern);
  module->add_function("_getframe", sys_getframe);
  module->add_function("_exception_text", sys_exception_text);
  return Value::object(module);
}

}  // namespace gilvm
