// The VM: builtins, module imports, the main thread, VM threads and their shutdown.
//
// Shutdown follows CPython: when the main module finishes, the main thread waits for every
// non-daemon thread (threading._shutdown). Daemon threads are not waited for: if any is still
// running, run_main() returns still holding the GIL, so no daemon runs another instruction, and
// the host ends the process without tearing the VM down (the daemon threads still use it).
#include "runtime/vm.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "frontend/frozen.h"
#include "modules/builtins.h"
#include "modules/module_concurrent_futures.h"
#include "modules/module_multiprocessing.h"
#include "modules/module_os.h"
#include "modules/module_queue.h"
#include "modules/module_socket.h"
#include "modules/module_struct.h"
#include "modules/module_sys.h"
#include "modules/module_threading.h"
#include "modules/module_cmath.h"
#include "modules/module_math.h"
#include "modules/module_bisect.h"
#include "modules/module_collections.h"
#include "modules/module_dataclasses.h"
#include "modules/module_functools.h"
#include "modules/module_heapq.h"
#include "modules/module_io.h"
#include "modules/module_itertools.h"
#include "modules/module_json.h"
#include "modules/module_array.h"
#include "modules/module_operator.h"
#include "modules/module_random.h"
#include "modules/module_re.h"
#include "modules/module_time.h"
#include "modules/python_lib.h"
#include "runtime/attributes.h"
#include "runtime/exceptions.h"
#include "runtime/exit_signals.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"

namespace gilvm {

namespace {

// CPython's sys.builtin_module_names: modules compiled into the interpreter, found before
// sys.path is searched, so that no file of the program's shadows them (its time.py does not
// hide time, but its math.py or json.py hides math or json, as in CPython).
bool is_cpython_builtin_module(std::string_view name) {
  static constexpr std::string_view kBuiltin[] = {
      "_abc",     "_ast",    "_codecs",      "_collections", "_functools", "_imp",      "_io",
      "_locale",  "_operator", "_signal",    "_sre",         "_stat",      "_string",   "_symtable",
      "_thread",  "_tokenize", "_tracemalloc", "_warnings",  "_weakref",   "atexit",    "builtins",
      "errno",    "faulthandler", "gc",      "itertools",    "marshal",    "posix",     "pwd",
      "sys",      "time",    "xxsubtype"};
  return std::find(std::begin(kBuiltin), std::end(kBuiltin), name) != std::end(kBuiltin);
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// The strs of a list (sys.path, a package's __path__); what is not a str is skipped, as CPython
// skips what it cannot use.
std::vector<std::string> str_items(Value list) {
  std::vector<std::string> items;
  if (!is_kind(list, Kind::List)) return items;
  auto* l = static_cast<List*>(list.obj);
  ContainerLock lock(l->mutex);
  for (Value v : l->items) {
    if (is_kind(v, Kind::Str)) items.push_back(as_str(v)->text);
  }
  return items;
}

// sys.path as CPython starts it: the folder of the script (symbolic links resolved), then
// PYTHONPATH's folders.
Value initial_sys_path(const std::vector<std::string>& argv) {
  std::vector<Value> path;
  if (!argv.empty()) {
    std::error_code ec;
    std::filesystem::path script = std::filesystem::weakly_canonical(argv[0], ec);
    if (ec) script = std::filesystem::absolute(argv[0], ec).lexically_normal();
    path.push_back(make_str(script.parent_path().string()));
  }
  if (const char* python_path = std::getenv("PYTHONPATH")) {
    std::string_view rest = python_path;
    while (!rest.empty()) {
      const size_t colon = std::min(rest.find(':'), rest.size());
      if (colon > 0) path.push_back(make_str(std::string(rest.substr(0, colon))));
      rest.remove_prefix(std::min(colon + 1, rest.size()));
    }
  }
  return make_list(std::move(path));
}

// A SyntaxError in an imported module's source, as a script's exception: str() as CPython's
// (the message, the file's name and the line), with the attributes msg, filename, lineno and
// offset.
[[noreturn]] void raise_syntax_error(const SyntaxError& error) {
  const std::string file_name = std::filesystem::path(error.filename).filename().string();
  Ref exception = Ref::steal(new_exception(
      exc::SyntaxError, std::string(error.what()) + " (" + file_name + ", line " +
                            std::to_string(error.line) + ")"));
  auto* attributes = new Dict();
  static_cast<ExceptionObject*>(exception.get().obj)->attributes = Value::object(attributes);
  auto set = [attributes](const char* name, Value owned) {  // Dict::set takes its own references
    Ref key = Ref::steal(make_str(name));
    Ref value = Ref::steal(owned);
    attributes->set(key.get(), value.get());
  };
  set("msg", make_str(error.what()));
  set("filename", make_str(error.filename));
  set("lineno", Value::integer(error.line));
  set("offset", Value::integer(error.column));
  throw ScriptException{std::move(exception)};
}

}  // namespace

VM::VM(VmOptions options)
    : options_(std::move(options)), gil_(make_gil(options_.gil_design, options_.gil_config)) {
  if (!gil_->is_exclusive()) free_threaded_.emplace();
  sys_path_ = initial_sys_path(options_.argv);
  sys_modules_ = Value::object(new Dict());
  install_builtin_functions(builtins_);
  if (free_threaded()) {
    for (auto& [name, value] : builtins_) make_immortal(value);
  }
}

VM::~VM() {
  join_os_threads();
  // No thread reads a displaced instance dict now: those run_main() kept because a thread was
  // still counted as running when the script ended (it had not yet left) go here.
  release_displaced_dicts();
  globals_.clear();
  for (Globals& module_globals : module_globals_) module_globals.clear();
  for (auto& [name, value] : builtins_) decref(value);
  // sys.modules holds sys, which holds sys.modules: emptied first, so that both are freed.
  auto* sys_modules = static_cast<Dict*>(sys_modules_.obj);
  for (auto& [key, value] : sys_modules->snapshot()) {
    decref(sys_modules->pop(key));
    decref(key);
    decref(value);
  }
  // Modules may refer to each other (CPython's collector frees such cycles): emptied first too.
  for (auto& [name, value] : modules_) static_cast<Module*>(value.obj)->clear_values();
  for (auto& [name, value] : modules_) decref(value);
  decref(sys_modules_);
  decref(sys_path_);
  // Last, while refcounts are still atomic, in two passes: immortals refer to one another (a
  // function to its code, a module to its functions, in any order once scripts set module
  // attributes), and an immortal's decref in another's destructor must find it still allocated.
  for (Object* object : immortals_) object->~Object();
  for (Object* object : immortals_) ::operator delete(object);
}

void VM::make_immortal(Value v) {
  if (!v.is_obj() || is_immortal_count(v.obj->refcount.load(std::memory_order_relaxed))) return;
  // Checked again under the lock: two threads filling caches may both find a shared function
  // still counted (fill_cache()), and it must be listed once.
  std::lock_guard<ContainerMutex> lock(immortals_mutex_);
  if (is_immortal_count(v.obj->refcount.load(std::memory_order_relaxed))) return;
  immortalize(v);
  immortals_.push_back(v.obj);
}

size_t VM::immortal_count() const {
  std::lock_guard<ContainerMutex> lock(immortals_mutex_);
  return immortals_.size();
}

int int_max_str_digits() {
  const ThreadState* thread = find_current_thread_state();
  return thread ? thread->vm.int_max_str_digits() : kDefaultIntMaxStrDigits;
}

Value VM::builtin(std::string_view name) const {
  auto it = builtins_.find(std::string(name));
  return it == builtins_.end() ? Value::undefined() : it->second;
}

Value VM::global_value(std::string_view name) const {
  auto slot = globals_.names.find(name);
  if (!slot || *slot >= globals_.values.size()) return Value::undefined();
  return free_threaded() ? globals_.load(*slot) : globals_.values[*slot];
}

// What every thread of a free-threaded VM loads is immortal (see object.h): the module code,
// its constants and nested functions' code, modules and their functions.
void VM::immortalize_code(Code& code) {
  for (Value constant : code.constants) {
    if (is_kind(constant, Kind::Code)) {
      immortalize_code(*as_code(constant));
    } else {
      make_immortal(constant);
    }
  }
  make_immortal(Value::object(&code));
}

void VM::immortalize_module(Module& module) {
  module.for_each([&](const std::string&, Value value) { make_immortal(value); });
  make_immortal(Value::object(&module));
}

void VM::remember_module(const std::string& name, Value module) {
  if (free_threaded()) immortalize_module(*static_cast<Module*>(module.obj));
  modules_.emplace(name, module);
  Ref key = Ref::steal(make_str(name));
  static_cast<Dict*>(sys_modules_.obj)->set(key.get(), module);  // which takes its references
}

std::optional<VM::PythonModuleSource> VM::find_on_path(ThreadState& thread,
                                                       const std::string& name) {
  std::vector<std::string> folders;
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos) {
    folders = str_items(sys_path_);
  } else {
    // A submodule is looked for in its package's folder only; the package is imported first.
    const std::string package = name.substr(0, dot);
    {
      std::lock_guard<std::mutex> lock(modules_mutex_);
      // A package's __init__ importing its own submodules: the package is not made yet.
      if (auto it = loading_.find(package); it != loading_.end() && it->second.importer == &thread)
        folders.push_back(it->second.found.package_dir);
    }
    if (folders.empty()) {
      Ref module = Ref::steal(import_module(thread, package));
      if (!is_kind(module.get(), Kind::Module)) return std::nullopt;
      auto& parent = *static_cast<Module*>(module.get().obj);
      Ref path = Ref::steal(parent.get("__path__"));
      if (path.get().is_undefined()) {
        Ref file = Ref::steal(parent.get("__file__"));
        if (file.get().is_undefined()) return std::nullopt;  // gilvm's own: its ways below
        raise(exc::ModuleNotFoundError,
              "No module named '" + name + "'; '" + package + "' is not a package");
      }
      folders = str_items(path.get());
    }
  }
  const std::string leaf = name.substr(dot == std::string::npos ? 0 : dot + 1);
  for (const std::string& folder : folders) {
    namespace fs = std::filesystem;
    const fs::path base = fs::path(folder.empty() ? "." : folder) / leaf;
    std::error_code ec;
    // As CPython's FileFinder: a package (a folder with __init__.py) before a module file.
    if (fs::is_regular_file(base / "__init__.py", ec)) {
      if (auto source = read_file(base / "__init__.py"))
        return PythonModuleSource{std::move(*source), (base / "__init__.py").string(),
                                  base.string()};
    }
    fs::path file = base;
    file += ".py";
    if (fs::is_regular_file(file, ec)) {
      if (auto source = read_file(file))
        return PythonModuleSource{std::move(*source), file.string(), ""};
    }
  }
  return std::nullopt;
}

bool VM::would_deadlock(const ThreadState& thread, const ThreadState* importer) const {
  // The chain of threads, each waiting for a module the next is running, back to this one
  // (CPython's _ModuleLock.has_deadlock).
  for (size_t steps = 0; steps <= waiting_for_.size(); ++steps) {
    if (importer == &thread) return true;
    auto waiting = waiting_for_.find(importer);
    if (waiting == waiting_for_.end()) return false;
    auto load = loading_.find(waiting->second);
    if (load == loading_.end()) return false;
    importer = load->second.importer;
  }
  return false;
}

Value VM::load_python_module(ThreadState& thread, const std::string& name,
                             const PythonModuleSource& found) {
  std::unique_lock<std::mutex> lock(modules_mutex_);
  for (;;) {
    if (auto it = modules_.find(name); it != modules_.end()) {
      incref(it->second);
      return it->second;
    }
    auto load = loading_.find(name);
    if (load == loading_.end()) break;
    if (would_deadlock(thread, load->second.importer)) {
      Value partial = module_of_globals(name, load->second.found, *load->second.globals);
      static_cast<Module*>(partial.obj)->partially_initialized = true;
      if (free_threaded()) immortalize_module(*static_cast<Module*>(partial.obj));
      return partial;
    }
    // Another thread runs the module's code: wait for it, without the GIL, which it needs. If
    // its code fails, the loop runs the code here, as CPython's import does.
    waiting_for_[&thread] = name;
    lock.unlock();
    {
      struct StopWaiting {  // last, however the wait ends (an interrupt as it takes the GIL)
        VM& vm;
        const ThreadState& thread;
        ~StopWaiting() {
          std::lock_guard<std::mutex> hold(vm.modules_mutex_);
          vm.waiting_for_.erase(&thread);
        }
      } stop_waiting{*this, thread};
      AllowThreads allow(thread, WaitKind::kOtherThread);
      std::unique_lock<std::mutex> wait_lock(modules_mutex_);
      module_loaded_.wait(wait_lock, [&] { return !loading_.contains(name); });
    }
    lock.lock();
  }
  Globals& globals = module_globals_.emplace_back();
  globals.module_name = name;
  loading_.emplace(name, ModuleLoad{&thread, &globals, found});
  lock.unlock();
  struct Finish {  // however the code ends: the module is no longer loading
    VM& vm;
    const std::string& name;
    ~Finish() {
      std::lock_guard<std::mutex> lock(vm.modules_mutex_);
      vm.loading_.erase(name);
      vm.module_loaded_.notify_all();
    }
  };
  Value module;
  {
    Finish finish{*this, name};
    module = run_python_module(thread, name, found, globals);
    std::lock_guard<std::mutex> hold(modules_mutex_);
    if (!found.package_dir.empty()) {
      // Its submodules imported while its code ran (by its __init__) are its attributes too.
      const std::string prefix = name + ".";
      auto* package = static_cast<Module*>(module.obj);
      for (const auto& [key, submodule] : modules_) {
        if (!key.starts_with(prefix) || key.find('.', prefix.size()) != std::string::npos)
          continue;
        const std::string attribute = key.substr(prefix.size());
        Ref present = Ref::steal(package->get(attribute));
        if (!present.get().is_undefined()) continue;
        incref(submodule);
        package->add(attribute, submodule);
      }
    }
    remember_module(name, module);
    incref(module);  // the caller's
  }
  if (const size_t dot = name.rfind('.'); dot != std::string::npos) {
    // `import a.b` makes b an attribute of a, once a is made.
    std::lock_guard<std::mutex> hold(modules_mutex_);
    if (auto parent = modules_.find(name.substr(0, dot)); parent != modules_.end()) {
      incref(module);
      static_cast<Module*>(parent->second.obj)->add(name.substr(dot + 1), module);
    }
  }
  return module;
}

Value VM::run_python_module(ThreadState& thread, const std::string& name,
                            const PythonModuleSource& found, Globals& globals) {
  Ref code;
  // An embedded module's code as the build compiled it (frontend/frozen.h), where there is one.
  if (const std::string_view frozen = found.file.empty() ? frozen_module(name) : "";
      !frozen.empty())
    code = thaw_module(frozen, globals.names);
  if (code.get().is_none()) {
    try {
      // Like CPython's frozen modules, the embedded ones' tracebacks name them so.
      code = compile_module(found.source,
                            found.file.empty() ? "<frozen " + name + ">" : found.file,
                            globals.names);
    } catch (const SyntaxError& error) {
      raise_syntax_error(error);
    }
  }
  if (free_threaded()) immortalize_code(*as_code(code.get()));
  globals.resize_to_names();
  if (auto slot = globals.names.find("__name__")) globals.values[*slot] = make_str(name);
  if (auto slot = globals.names.find("__file__"); slot && !found.file.empty())
    globals.values[*slot] = make_str(found.file);
  Ref body = Ref::steal(Value::object(new Function(as_code(code.get()), {}, &globals)));
  decref(call_value(thread, body.get(), nullptr, 0));
  return module_of_globals(name, found, globals);
}

Value VM::module_of_globals(const std::string& name, const PythonModuleSource& found,
                            Globals& globals) {
  // The module's attributes are its globals, but the builtins its code cached in their slots
  // (load_builtin) and names it deleted.
  auto* module = new Module(name);
  Value result = Value::object(module);
  if (!found.file.empty()) module->live_globals = &globals;  // the program's own
  module->add("__name__", make_str(name));
  if (!found.file.empty()) module->add("__file__", make_str(found.file));
  if (!found.package_dir.empty())
    module->add("__path__", make_list({make_str(found.package_dir)}));
  for (uint32_t slot = 0; slot < globals.names.size(); ++slot) {
    const std::string& global = globals.names.name(slot);
    Value v = free_threaded() ? globals.load(slot) : globals.values[slot];
    if (v.is_undefined()) continue;
    Value builtin_value = builtin(global);
    if (v.is_obj() && builtin_value.is_obj() && v.obj == builtin_value.obj) continue;
    incref(v);
    module->add(global, v);
  }
  return result;
}

Value VM::import_module(ThreadState& thread, std::string_view name) {
  // Submodules that are modules of their own, as CPython's os.path is posixpath; importing one
  // loads its package first, as `import os.path` does.
  struct Alias {
    std::string_view submodule, package, module;
  };
  for (const Alias& alias : {Alias{"os.path", "os", "posixpath"},
                             Alias{"collections.abc", "collections", "_collections_abc"}}) {
    if (name != alias.submodule) continue;
    Ref package = Ref::steal(import_module(thread, alias.package));
    Value module = import_module(thread, alias.module);
    incref(module);  // the package's attribute: `import collections.abc` binds `collections`
    static_cast<Module*>(package.get().obj)
        ->add(std::string(alias.submodule.substr(alias.package.size() + 1)), module);
    return module;
  }
  std::string key(name);
  {
    std::lock_guard<std::mutex> lock(modules_mutex_);
    if (auto it = modules_.find(key); it != modules_.end()) {
      incref(it->second);
      return it->second;
    }
  }
  // The program's own modules, found on sys.path before the modules written in Python and the
  // native ones that CPython does not build in (sys.path[0] comes first there too).
  if (!is_cpython_builtin_module(key.substr(0, key.find('.')))) {
    if (auto found = find_on_path(thread, key)) return load_python_module(thread, key, *found);
  }
  // A dotted name under a module written in Python (json.decoder): that module's attribute of
  // the name, which it defines in place of a submodule, for `from json.decoder import ...`.
  if (const size_t dot = name.find('.');
      dot != std::string_view::npos && !python_lib_source(name.substr(0, dot)).empty()) {
    Ref package = Ref::steal(import_module(thread, name.substr(0, dot)));
    Value part = static_cast<Module*>(package.get().obj)->get(name.substr(dot + 1));
    if (part.is_undefined())
      raise(exc::ModuleNotFoundError, "No module named '" + std::string(name) + "'");
    return part;
  }
  // No native module has the name of a Python one (vm/modules/lib/).
  if (std::string_view source = python_lib_source(key); !source.empty())
    return load_python_module(thread, key, PythonModuleSource{std::string(source), "", ""});
  std::lock_guard<std::mutex> lock(modules_mutex_);
  auto it = modules_.find(key);
  if (it == modules_.end()) {
    Value module;
    if (key == "threading")
      module = make_threading_module(*this);
    else if (key == "time")
      module = make_time_module(*this);
    else if (key == "math")
      module = make_math_module(*this);
    else if (key == "cmath")
      module = make_cmath_module(*this);
    else if (key == "_random")
      module = make_random_native_module(*this);
    else if (key == "_collections")
      module = make_collections_native_module(*this);
    else if (key == "_dataclasses")
      module = make_dataclasses_native_module(*this);
    else if (key == "_fileio")
      module = make_fileio_native_module(*this);
    else if (key == "_bisect")
      module = make_bisect_native_module(*this);
    else if (key == "_re")
      module = make_re_native_module(*this);
    else if (key == "_heapq")
      module = make_heapq_native_module(*this);
    else if (key == "itertools")
      module = make_itertools_module(*this);
    else if (key == "_functools")
      module = make_functools_native_module(*this);
    else if (key == "_operator")
      module = make_operator_native_module(*this);
    else if (key == "_json")
      module = make_json_native_module(*this);
    else if (key == "array")
      module = make_array_module(*this);
    else if (key == "struct")
      module = make_struct_module(*this);
    else if (key == "sys")
      module = make_sys_module(*this);
    else if (key == "socket")
      module = make_socket_module(*this);
    else if (key == "queue")
      module = make_queue_module(*this);
    else if (key == "_os")
      module = make_os_module(*this);
    else if (key == "multiprocessing")
      module = make_multiprocessing_module(*this);
    else if (key == "concurrent" || key == "concurrent.futures") {
      // The package and its one submodule are made together: each is the other's way in.
      Value futures = make_concurrent_futures_module(*this);
      Value package = make_concurrent_package(*this, futures);
      remember_module("concurrent.futures", futures);
      remember_module("concurrent", package);
      it = modules_.find(key);
      incref(it->second);
      return it->second;
    } else
      raise(exc::ModuleNotFoundError, "No module named '" + key + "'");
    remember_module(key, module);
    it = modules_.find(key);
  }
  incref(it->second);
  return it->second;
}

ThreadRecord& VM::register_thread(const std::string& name) {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  ThreadRecord& record = thread_records_.emplace_back();
  record.gil.id = ++ids_;
  record.gil.name = name;
  return record;
}

std::string VM::next_thread_name() {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  return "Thread-" + std::to_string(++thread_counter_);
}

void thread_main(VM& vm, ThreadObject* thread, ThreadRecord* record) {
  record->publish_cpu_clock();
  thread->native_id.store(gettid(), std::memory_order_relaxed);
  vm.gil().take(record->gil);
  {
    ThreadState ts(vm, *record, thread);
    {
      std::lock_guard<std::mutex> lock(thread->mutex);
      thread->running = true;
    }
    thread->finished_cv.notify_all();
    try {
      // run(), which calls the target unless a subclass overrides it.
      Ref run_name = Ref::steal(make_str("run"));
      Ref run = Ref::steal(get_attribute(ts, Value::object(thread), *as_str(run_name.get())));
      decref(call_value(ts, run.get(), nullptr, 0));
    } catch (ScriptException& error) {
      report_thread_exception(ts, *thread, error.exception.get());
    } catch (const std::bad_alloc&) {  // out of memory outside script code (a native target)
      std::fflush(vm.out());
      std::fprintf(stderr, "Exception in thread %s:\nMemoryError\n", thread->name.c_str());
    }
    record->retire_cpu_clock();
    {
      std::lock_guard<std::mutex> lock(vm.threads_mutex_);
      auto& live = vm.live_threads_;
      live.erase(std::find(live.begin(), live.end(), thread));
    }
    decref(Value::object(thread));  // the live list's reference; `ts` still holds one
    {
      std::lock_guard<std::mutex> lock(thread->mutex);
      thread->finished = true;
    }
    thread->finished_cv.notify_all();
  }
  vm.running_threads_.fetch_sub(1, std::memory_order_release);
  vm.gil().drop(record->gil);
  vm.gil().thread_exited(record->gil);
  record->os_thread_done.store(true, std::memory_order_release);
}

void VM::start_thread(ThreadState& caller, ThreadObject& thread) {
  thread.started = true;
  ThreadRecord& record = register_thread(thread.name);
  thread.ident = record.gil.id;
  {
    std::lock_guard<std::mutex> lock(threads_mutex_);
    incref(Value::object(&thread));
    live_threads_.push_back(&thread);
    running_threads_.fetch_add(1, std::memory_order_relaxed);
    try {
      os_threads_.push_back({std::thread(thread_main, std::ref(*this), &thread, &record), &record});
    } catch (const std::system_error& error) {
      running_threads_.fetch_sub(1, std::memory_order_relaxed);
      live_threads_.pop_back();
      decref(Value::object(&thread));
      raise(exc::RuntimeError, std::string("can't start new thread: ") + error.what());
    }
  }
  // As CPython's Thread.start(), which waits on `_started`: the new thread has held the GIL once
  // before start() returns, so a thread started before another is running when that one starts.
  AllowThreads allow(caller, WaitKind::kOtherThread);
  std::unique_lock<std::mutex> lock(thread.mutex);
  thread.finished_cv.wait(lock, [&] { return thread.running || thread.finished; });
}

void VM::join_thread(ThreadState& caller, ThreadObject& thread) {
  AllowThreads allow(caller, WaitKind::kOtherThread);
  std::unique_lock<std::mutex> lock(thread.mutex);
  thread.finished_cv.wait(lock, [&] { return thread.finished; });
}

void VM::join_non_daemon_threads(ThreadState& main) {
  for (;;) {
    ThreadObject* next = nullptr;
    {
      std::lock_guard<std::mutex> lock(threads_mutex_);
      for (ThreadObject* t : live_threads_) {
        if (!t->daemon) {
          next = t;
          incref(Value::object(t));
          break;
        }
      }
    }
    if (!next) return;
    join_thread(main, *next);
    decref(Value::object(next));
  }
}

void VM::finish_threads(ThreadState& main) {
  std::vector<std::function<void(ThreadState&)>> hooks;
  {
    std::lock_guard<std::mutex> lock(threads_mutex_);
    hooks.swap(exit_hooks_);
  }
  for (auto& hook : hooks) hook(main);
  join_non_daemon_threads(main);
}

void VM::join_os_threads() {
  std::vector<OsThread> threads;
  {
    std::lock_guard<std::mutex> lock(threads_mutex_);
    threads.swap(os_threads_);
  }
  for (OsThread& t : threads) {
    if (t.thread.joinable()) t.thread.join();
  }
}

void VM::join_done_os_threads() {
  std::erase_if(os_threads_, [](OsThread& t) {
    if (!t.record->os_thread_done.load(std::memory_order_acquire)) return false;
    t.thread.join();  // returns at once: the thread has nothing left to run
    return true;
  });
}

std::vector<Value> VM::thread_objects() const {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  std::vector<Value> threads;
  if (main_thread_) threads.push_back(Value::object(main_thread_));
  for (ThreadObject* t : live_threads_) threads.push_back(Value::object(t));
  for (Value t : threads) incref(t);
  return threads;
}

pid_t VM::fork_process(ThreadState& caller) {
  std::fflush(nullptr);  // what is buffered now must not be written by both processes
  std::scoped_lock hold(threads_mutex_, modules_mutex_, immortals_mutex_);
  // Threads that have ended are joined first, so that what they did last (their GIL drop)
  // happens before the fork: the child replaces the GIL they used (and TSan sees the order).
  join_done_os_threads();
  auto no_global_writes = globals_.block_writes();
  std::vector<std::unique_lock<std::mutex>> no_module_global_writes;
  for (Globals& module_globals : module_globals_)
    no_module_global_writes.push_back(module_globals.block_writes());
  pid_t pid = fork();
  if (pid == 0) after_fork_in_child(caller);
  return pid;
}

void VM::after_fork_in_child(ThreadState& survivor) {
  // The other threads are gone: they read as finished, and whatever of theirs may have been
  // locked at the fork (their Thread's mutex, a lock or queue they waited on without the GIL,
  // the GIL's state) is made anew. A lock of the script they held stays held, as in CPython.
  auto forget = [](ThreadObject* t) {
    new (&t->mutex) std::mutex;
    new (&t->finished_cv) std::condition_variable;
    if (std::mutex* waited = t->waiting_mutex.load(std::memory_order_acquire)) {
      new (waited) std::mutex;
      new (t->waiting_cv.load(std::memory_order_acquire)) std::condition_variable;
    }
    t->finished = true;
  };
  if (main_thread_ && main_thread_ != survivor.thread_object) forget(main_thread_);
  for (ThreadObject* t : live_threads_) {
    if (t != survivor.thread_object) forget(t);
    decref(Value::object(t));  // each ThreadState still holds one: nothing is freed
  }
  live_threads_.clear();
  main_thread_ = survivor.thread_object;  // as CPython's threading._after_fork
  // A joinable std::thread may not be destroyed, and these threads do not exist here: leak them.
  (void)new std::vector<OsThread>(std::move(os_threads_));
  os_threads_.clear();
  exit_hooks_.clear();
  // Modules the other threads were running the code of are not made here: an import runs the
  // code again. (modules_mutex_ is held across the fork; the condition variable is made anew.)
  std::erase_if(loading_, [&](const auto& load) { return load.second.importer != &survivor; });
  waiting_for_.clear();
  new (&module_loaded_) std::condition_variable;
  running_threads_.store(1, std::memory_order_relaxed);
  (void)gil_.release();  // leaked: its lock and queues may hold threads that no longer exist
  gil_ = make_gil(options_.gil_design, options_.gil_config);
  gil_->take(survivor.gil_thread);
  unblock_exit_signals();  // the host's watcher thread is not here
  interrupts_.disable();   // nor does anything deliver a KeyboardInterrupt: SIGINT ends the child
}

void VM::add_exit_hook(std::function<void(ThreadState&)> hook) {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  exit_hooks_.push_back(std::move(hook));
}

size_t VM::live_thread_count() const {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  return live_threads_.size();
}

bool VM::daemon_threads_alive() const {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  return !live_threads_.empty();
}

namespace {

// One exception's "Traceback (most recent call last): ..." block, as CPython's
// tb_print_internal: the innermost 1000 entries (sys.tracebacklimit's default), and of a run of
// one line repeated (a recursion), the first three and a count of the rest.
std::string traceback_text(const ExceptionObject& exception) {
  constexpr size_t kLimit = 1000, kRepeatsShown = 3;
  std::string text;
  const auto& entries = exception.traceback;  // innermost first
  if (!entries.empty()) text = "Traceback (most recent call last):\n";
  size_t repeats = 0;
  auto say_repeated = [&] {
    if (repeats <= kRepeatsShown) return;
    const size_t more = repeats - kRepeatsShown;
    text += "  [Previous line repeated " + std::to_string(more) + (more > 1 ? " more times]\n" : " more time]\n");
  };
  const auto outermost = entries.rbegin() + (entries.size() > kLimit ? entries.size() - kLimit : 0);
  for (auto it = outermost; it != entries.rend(); ++it) {
    if (it == outermost || it->code->filename != (it - 1)->code->filename ||
        it->line != (it - 1)->line || it->code->name != (it - 1)->code->name) {
      say_repeated();
      repeats = 0;
    }
    if (++repeats > kRepeatsShown) continue;
    text += "  File \"" + it->code->filename + "\", line " + std::to_string(it->line) + ", in " +
            it->code->name + "\n";
  }
  say_repeated();
  std::string message = exception.message();
  text += exception.cls->name + (message.empty() ? "" : ": " + message) + "\n";
  return text;
}

}  // namespace

void VM::print_uncaught(const ExceptionObject& exception) const {
  std::fputs(exception_text(exception).c_str(), stderr);
}

std::string VM::exception_text(const ExceptionObject& exception) const {
  // As CPython's print_exception_recursive: the chain of causes (or, unless suppressed, of
  // contexts) first, outermost first, each once.
  std::vector<const ExceptionObject*> chain{&exception};
  std::vector<const char*> joins;
  for (const ExceptionObject* e = &exception;;) {
    const bool caused = is_kind(e->cause, Kind::Exception);
    Value next = caused ? e->cause : e->suppress_context ? Value::none() : e->context;
    if (!is_kind(next, Kind::Exception)) break;
    e = static_cast<const ExceptionObject*>(next.obj);
    if (std::find(chain.begin(), chain.end(), e) != chain.end()) break;
    chain.push_back(e);
    joins.push_back(caused ? "\nThe above exception was the direct cause of the following "
                             "exception:\n\n"
                           : "\nDuring handling of the above exception, another exception "
                             "occurred:\n\n");
  }
  std::string text;
  for (size_t i = chain.size(); i-- > 0;) {
    text += traceback_text(*chain[i]);
    if (i > 0) text += joins[i - 1];
  }
  return text;
}

int VM::exit_status_of(const ExceptionObject& exception) const {
  if (!exception.cls->is_subclass_of(exc::SystemExit)) {
    print_uncaught(exception);
    return 1;
  }
  const auto& args = as_tuple(exception.args)->items;
  if (args.empty() || args[0].is_none()) return 0;
  if (args[0].is_int()) return static_cast<int>(args[0].i & 0xff);
  std::fprintf(stderr, "%s\n", to_str(args[0]).c_str());
  return 1;
}

int VM::run_main(std::string_view source, const std::string& filename) {
  Ref code = compile_module(source, filename, globals_.names);
  if (free_threaded()) immortalize_code(*as_code(code.get()));
  globals_.resize_to_names();
  if (auto slot = globals_.names.find("__name__")) globals_.values[*slot] = make_str("__main__");
  if (auto slot = globals_.names.find("__file__")) {  // absolute, as CPython's since 3.9
    std::error_code ec;
    globals_.values[*slot] =
        make_str(std::filesystem::absolute(filename, ec).lexically_normal().string());
  }

  ThreadRecord& record = register_thread("MainThread");
  running_threads_.fetch_add(1, std::memory_order_relaxed);
  record.publish_cpu_clock();
  gil_->take(record.gil);
  if (options_.keyboard_interrupt) interrupts_.enable_on_this_thread(gil_->eval_breaker);
  int status = 0;
  {
    ThreadState ts(*this, record, new_main_thread_object(*this, record.gil.id));
    decref(Value::object(ts.thread_object));  // `ts` holds the only reference now
    main_thread_ = ts.thread_object;
    Ref module = Ref::steal(Value::object(new Function(as_code(code.get()), {}, &globals_)));
    try {
      decref(call_value(ts, module.get(), nullptr, 0));
    } catch (ScriptException& error) {
      std::fflush(out());
      const auto& exception = *static_cast<ExceptionObject*>(error.exception.get().obj);
      ended_by_keyboard_interrupt_ = exception.cls->is_subclass_of(exc::KeyboardInterrupt);
      status = exit_status_of(exception);
    } catch (const std::bad_alloc&) {  // not even a MemoryError could be made
      std::fflush(out());
      std::fprintf(stderr, "MemoryError\n");
      status = 1;
    }
    finish_threads(ts);
    if (running_thread_count() == 1) {
      globals_.release_retired();
      release_displaced_dicts();
    }
    std::fflush(out());
    record.retire_cpu_clock();
    if (daemon_threads_alive()) {
      holds_gil_at_exit_ = true;
      return status;  // daemons still run VM code: keep them stopped on the GIL
    }
    main_thread_ = nullptr;
  }
  running_threads_.fetch_sub(1, std::memory_order_release);
  gil_->drop(record.gil);
  gil_->thread_exited(record.gil);
  // Every thread has finished its script; wait for the OS threads to leave too, so that what
  // they write last (their final GIL release) is visible to whoever reads the statistics next.
  // Under a GIL, taking the GIL would order those reads; free-threaded, only this join does.
  join_os_threads();
  return status;
}

std::vector<std::pair<uint64_t, std::string>> VM::thread_names() const {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  std::vector<std::pair<uint64_t, std::string>> names;
  for (const ThreadRecord& record : thread_records_)
    names.emplace_back(record.gil.id, record.gil.name);
  return names;
}

nlohmann::json VM::stats_json() const {
  std::lock_guard<std::mutex> lock(threads_mutex_);
  std::vector<const GilThread*> gil_threads;
  nlohmann::json threads = nlohmann::json::array();
  for (const ThreadRecord& record : thread_records_) {
    gil_threads.push_back(&record.gil);
    threads.push_back({{"id", record.gil.id},
                       {"name", record.gil.name},
                       {"instructions", record.instructions.load(std::memory_order_relaxed)},
                       {"cpu_s", static_cast<double>(record.cpu_ns_now()) / 1e9}});
  }
  return {{"gil", gil_->stats_json(gil_threads)}, {"threads", threads}};
}

}  // namespace gilvm
