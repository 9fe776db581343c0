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

std::vector<Value> Args::bind(std::string_view function,
                              std::initializer_list<std::string_view> parameters,
                              size_t required) const {
  const std::string_view* names = parameters.begin();  // no copy: bound is the one allocation
  const size_t name_count = parameters.size();
  if (count > name_count) {
    raise(exc::TypeError, std::string(function) + "() takes at most " +
                              std::to_string(name_count) +
                              (name_count == 1 ? " argument (" : " arguments (") +
                              std::to_string(count) + " given)");
  }
  std::vector<Value> bound(name_count, Value::undefined());
  std::copy(positional, positional + count, bound.begin());
  for (size_t k = 0; k < keyword_count(); ++k) {
    const std::string& name = as_str(keyword_names->items[k])->text;
    const std::string_view* it = std::find(names, names + name_count, name);
    if (it == names + name_count) {
      // CPython's C functions say it one way (argument clinic's); those written in Python, as
      // threading's "Thread.__init__", another.
      if (function.find('.') == std::string_view::npos)
        raise(exc::TypeError,
              "'" + name + "' is an invalid keyword argument for " + std::string(function) + "()");
      raise(exc::TypeError,
            std::string(function) + "() got an unexpected keyword argument '" + name + "'");
    }
    size_t index = static_cast<size_t>(it - names);
    if (!bound[index].is_undefined()) {
      raise(exc::TypeError,
            std::string(function) + "() got multiple values for argument '" + name + "'");
    }
    bound[index] = keyword_values[k];
  }
  for (size_t i = 0; i < required; ++i) {
    if (bound[i].is_undefined()) {
      raise(exc::TypeError, std::string(function) + "() missing required argument: '" +
                                std::string(names[i]) + "'");
    }
  }
  return bound;
}

}  // namespace gilvm
