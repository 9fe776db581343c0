// Binding the arguments of a native call to its parameters.
#include "runtime/function.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/thread_state.h"

namespace gilvm {

void Args::raise_unexpected(std::string_view function, size_t min, size_t max) const {
  if (keyword_count() > 0)
    raise(exc::TypeError, std::string(function) + "() takes no keyword arguments");
  std::string expected = min == max        ? std::to_string(min)
                         : max == SIZE_MAX ? "at least " + std::to_string(min)
                                           : std::to_string(min) + " to " + std::to_string(max);
  raise(exc::TypeError, std::string(function) + "() takes " + expected + " argument" +
                            (max == 1 && min == 1 ? "" : "s") + " (" + std::to_string(count) +
                            " given)");
}

void Args::raise_not_one(std::string_view function) const {
  if (keyword_count() > 0)
    raise(exc::TypeError, std::string(function) + "() takes no keyword arguments");
  raise(exc::TypeError, std::string(function) + "() takes exactly one argument (" +
                            std::to_string(count) + " given)");
}

Value raise_pending(ThreadState& thread, Value exception) {
  decref(thread.pending_exception);  // (none: each is raised before another native call)
  thread.pending_exception = exception;
  thread.pending_add_traceback = true;
  return Value::undefined();
}

Value raise_pending(ThreadState& thread, ExceptionClass* cls, std::string message) {
  return raise_pending(thread, new_exception(cls, std::move(message)));
}

void Args::raise_unexpected_as_type(std::string_view type, size_t min, size_t max) const {
  if (keyword_count() > 0) raise(exc::TypeError, std::string(type) + "() takes no keyword arguments");
  const bool few = count < min;
  const size_t bound = few ? min : max;
  raise(exc::TypeError, std::string(type) + " expected " +
                            (min == max ? "" : few ? "at least " : "at most ") +
                            std::to_string(bound) + " argument" + (bound == 1 ? "" : "s") +
                            ", got " + std::to_string(count));
}

void Args::bind_named(std::string_view function, const std::string_view* names,
                      size_t name_count, size_t required, Value* bound) const {
  // CPython's C functions check their arguments as argument clinic's _PyArg_UnpackKeywords does,
  // in its order and with its messages; those written in Python, as threading's
  // "Thread.__init__", as a Python function's call does.
  const bool clinic = function.find('.') == std::string_view::npos;
  const std::string name_of_function(function);
  const size_t given = clinic ? count + keyword_count() : count;
  if (given > name_count) {
    raise(exc::TypeError, name_of_function + "() takes at most " + std::to_string(name_count) +
                              (clinic && count == 0 ? " keyword" : "") +
                              (name_count == 1 ? " argument (" : " arguments (") +
                              std::to_string(given) + " given)");
  }
  std::fill(bound, bound + name_count, Value::undefined());
  std::copy(positional, positional + count, bound);
  size_t repeated = name_count;          // the first parameter given by position and by name
  const std::string* unknown = nullptr;  // the first keyword that names no parameter
  for (size_t k = 0; k < keyword_count(); ++k) {
    const std::string& name = as_str(keyword_names->items[k])->text;
    const size_t index = static_cast<size_t>(std::find(names, names + name_count, name) - names);
    if (index < name_count && bound[index].is_undefined()) {
      bound[index] = keyword_values[k];
      continue;
    }
    if (!clinic) {
      raise(exc::TypeError, name_of_function + (index == name_count
                                                    ? "() got an unexpected keyword argument '"
                                                    : "() got multiple values for argument '") +
                                name + "'");
    }
    if (index < name_count)
      repeated = std::min(repeated, index);
    else if (unknown == nullptr)
      unknown = &name;
  }
  for (size_t i = 0; i < required; ++i) {
    if (!bound[i].is_undefined()) continue;
    raise(exc::TypeError, name_of_function + "() missing required argument" +
                              (clinic ? " '" + std::string(names[i]) + "' (pos " +
                                            std::to_string(i + 1) + ")"
                                      : ": '" + std::string(names[i]) + "'"));
  }
  if (repeated < name_count) {
    raise(exc::TypeError, "argument for " + name_of_function + "() given by name ('" +
                              std::string(names[repeated]) + "') and position (" +
                              std::to_string(repeated + 1) + ")");
  }
  if (unknown != nullptr) {
    raise(exc::TypeError,
          "'" + *unknown + "' is an invalid keyword argument for " + name_of_function + "()");
  }
}

}  // namespace gilvm
