// The builtin functions (print, len, range, int, str, ...) and the builtin exception classes.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "modules/builtins.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int64_edges.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

std::vector<Value> collect(Value iterable) {  // owned items
  Ref iterator = Ref::steal(get_iterator(iterable));
  std::vector<Value> items;
  // A range's length is known: list(range(10**12)) is a MemoryError at once, as in CPython,
  // not a list that grows until the machine runs out.
  if (auto* it = static_cast<Iterator*>(iterator.get().obj); it->source == Iterator::Source::Range) {
    const auto count = static_cast<uint64_t>(range_length(it->next_value, it->stop, it->step));
    if (count > sequence_byte_limit() / sizeof(Value)) raise(exc::MemoryError, "");
    items.reserve(static_cast<size_t>(count));
  }
  Value item;
  while (iterator_next(iterator.get(), item)) items.push_back(item);
  return items;
}

Value builtin_print(ThreadState& thread, Value, const Args& args) {
  std::string separator = " ", end = "\n";
  bool flush = false;
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    Value v = args.keyword_values[k];
    if (name == "sep" || name == "end") {
      if (!v.is_none() && !is_kind(v, Kind::Str)) raise(exc::TypeError, name + " must be None or a string, not " + type_name(v));
      if (!v.is_none()) (name == "sep" ? separator : end) = as_str(v)->text;
    } else if (name == "flush") {
      flush = truthy(v);
    } else if (name != "file") {
      raise(exc::TypeError, "'" + name + "' is an invalid keyword argument for print()");
    }
  }
  std::string line;
  for (size_t i = 0; i < args.count; ++i) {
    if (i) line += separator;
    line += to_str(args.positional[i]);
  }
  line += end;
  std::FILE* out = thread.vm.out();
  std::fwrite(line.data(), 1, line.size(), out);
  if (flush) std::fflush(out);
  return Value::none();
}

Value builtin_len(ThreadState&, Value, const Args& args) {
  args.expect("len", 1, 1);
  return Value::integer(length(args.positional[0]));
}

int64_t integer_argument(Value v, const char* function) {
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b;
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer (in " + function + ")");
}

Value builtin_range(ThreadState&, Value, const Args& args) {
  args.expect("range", 1, 3);
  auto* it = new Iterator();
  Ref owned = Ref::steal(Value::object(it));
  int64_t a = integer_argument(args.positional[0], "range");
  if (args.count == 1) {
    it->next_value = 0;
    it->stop = a;
  } else {
    it->next_value = a;
    it->stop = integer_argument(args.positional[1], "range");
  }
  if (args.count == 3) {
    it->step = integer_argument(args.positional[2], "range");
    if (it->step == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
  }
  return owned.release();
}

Value parse_int(const std::string& text, int base) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits += c;
  }
  size_t begin = digits.find_first_not_of(" \t\n\r");
  size_t end = digits.find_last_not_of(" \t\n\r");
  if (begin != std::string::npos) digits = digits.substr(begin, end - begin + 1);
  // Python's prefixes: 0x, 0o, 0b choose the base when it is 0 and may repeat a matching base;
  // base 0 without a prefix is decimal, with no leading zeros (C would read them as octal).
  const size_t at = !digits.empty() && (digits[0] == '+' || digits[0] == '-') ? 1 : 0;
  const char marker = digits.size() > at + 1 && digits[at] == '0' ? static_cast<char>(std::tolower(digits[at + 1])) : 0;
  const int prefix_base = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 0;
  int digits_base = base;
  bool valid = !digits.empty() && std::isalnum(static_cast<unsigned char>(digits.back()));
  if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
    digits.erase(at, 2);
    digits_base = prefix_base;
  } else if (base == 0) {
    digits_base = 10;
    if (digits.size() > at + 1 && digits[at] == '0' && digits.find_first_not_of('0', at) != std::string::npos) valid = false;
  }
  valid = valid && digits.size() > at && std::isalnum(static_cast<unsigned char>(digits[at]));
  errno = 0;
  char* stop = nullptr;
  long long value = valid ? std::strtoll(digits.c_str(), &stop, digits_base) : 0;
  if (!valid || stop == nullptr || *stop != '\0' || text.find("__") != std::string::npos) {
    raise(exc::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + repr(Ref::steal(make_str(text)).get()));
  }
  if (errno == ERANGE) raise(exc::OverflowError, "int too large (gilvm ints are 64-bit)");
  return Value::integer(value);
}

Value builtin_int(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = args.bind("int", {"x", "base"});
  Value x = bound[0];
  const bool base_given = !bound[1].is_undefined();
  int base = 10;
  if (base_given) {
    const int64_t wanted = integer_argument(bound[1], "int");  // checked before narrowing
    if (wanted != 0 && (wanted < 2 || wanted > 36)) raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    base = static_cast<int>(wanted);
    if (!is_kind(x, Kind::Str) && !is_kind(x, Kind::Bytes)) {
      raise(exc::TypeError, x.is_undefined() ? "int() missing string argument" : "int() can't convert non-string with explicit base");
    }
  }
  if (x.is_undefined()) return Value::integer(0);
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::integer(x.b);
  if (x.is_float()) return Value::integer(float_to_int64(x.f));
  if (is_kind(x, Kind::Str)) return parse_int(as_str(x)->text, base);
  if (is_kind(x, Kind::Bytes)) return parse_int(as_bytes(x)->data, base);
  raise(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + type_name(x) + "'");
}

Value builtin_float(ThreadState&, Value, const Args& args) {
  args.expect("float", 0, 1);
  if (args.count == 0) return Value::floating(0.0);
  Value x = args.positional[0];
  if (x.is_float()) return x;
  if (x.is_int()) return Value::floating(static_cast<double>(x.i));
  if (x.is_bool()) return Value::floating(x.b);
  if (is_kind(x, Kind::Str)) {
    const std::string& text = as_str(x)->text;
    char* stop = nullptr;
    double d = std::strtod(text.c_str(), &stop);
    if (text.empty() || *stop != '\0') raise(exc::ValueError, "could not convert string to float: " + repr(x));
    return Value::floating(d);
  }
  raise(exc::TypeError, "float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

Value builtin_str(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = args.bind("str", {"object", "encoding", "errors"});
  if (bound[0].is_undefined()) return make_str("");
  if (is_kind(bound[0], Kind::Bytes) && !bound[1].is_undefined()) return make_str(as_bytes(bound[0])->data);
  return make_str(to_str(bound[0]));
}

Value builtin_repr(ThreadState&, Value, const Args& args) {
  args.expect("repr", 1, 1);
  return make_str(repr(args.positional[0]));
}

Value builtin_bool(ThreadState&, Value, const Args& args) {
  args.expect("bool", 0, 1);
  return Value::boolean(args.count == 1 && truthy(args.positional[0]));
}

Value builtin_bytes(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = args.bind("bytes", {"source", "encoding", "errors"});
  Value source = bound[0];
  if (source.is_undefined()) return make_bytes("");
  if (source.is_int()) {
    if (source.i < 0) raise(exc::ValueError, "negative count");
    return make_bytes(std::string(static_cast<size_t>(source.i), '\0'));
  }
  if (is_kind(source, Kind::Str)) {
    if (bound[1].is_undefined()) raise(exc::TypeError, "string argument without an encoding");
    return make_bytes(as_str(source)->text);
  }
  if (is_kind(source, Kind::Bytes)) {
    incref(source);
    return source;
  }
  std::string data;
  for (Value item : collect(source)) {
    if (!item.is_int() || item.i < 0 || item.i > 255) {
      decref(item);
      raise(exc::ValueError, "bytes must be in range(0, 256)");
    }
    data += static_cast<char>(item.i);
  }
  return make_bytes(std::move(data));
}

Value builtin_list(ThreadState&, Value, const Args& args) {
  args.expect("list", 0, 1);
  return make_list(args.count ? collect(args.positional[0]) : std::vector<Value>{});
}

Value builtin_tuple(ThreadState&, Value, const Args& args) {
  args.expect("tuple", 0, 1);
  return make_tuple(args.count ? collect(args.positional[0]) : std::vector<Value>{});
}

Value builtin_dict(ThreadState&, Value, const Args& args) {
  args.expect("dict", 0, 0);
  return Value::object(new Dict());
}

Value builtin_abs(ThreadState&, Value, const Args& args) {
  args.expect("abs", 1, 1);
  Value v = args.positional[0];
  if (v.is_float()) return Value::floating(std::fabs(v.f));
  if (v.is_int() || v.is_bool()) {
    Value negated = unary_op(Op::NEG, v);
    return (v.is_int() ? v.i : v.b) < 0 ? negated : Value::integer(v.is_int() ? v.i : v.b);
  }
  raise(exc::TypeError, "bad operand type for abs(): '" + type_name(v) + "'");
}

Value extreme(const Args& args, const char* name, bool want_max) {
  if (args.count == 0) raise(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  std::vector<Value> items;
  if (args.count == 1) {
    items = collect(args.positional[0]);
  } else {
    items.assign(args.positional, args.positional + args.count);
    for (Value v : items) incref(v);
  }
  if (items.empty()) raise(exc::ValueError, std::string(name) + "() arg is an empty sequence");
  Value best = items[0];
  try {
    for (Value v : items) {
      if (want_max ? less_than(best, v) : less_than(v, best)) best = v;
    }
  } catch (...) {
    for (Value v : items) decref(v);
    throw;
  }
  incref(best);
  for (Value v : items) decref(v);
  return best;
}

Value builtin_min(ThreadState&, Value, const Args& args) { return extreme(args, "min", false); }
Value builtin_max(ThreadState&, Value, const Args& args) { return extreme(args, "max", true); }

Value builtin_sum(ThreadState&, Value, const Args& args) {
  args.expect("sum", 1, 2);
  Ref total = Ref::borrow(args.count == 2 ? args.positional[1] : Value::integer(0));
  for (Value item : collect(args.positional[0])) {
    Ref owned = Ref::steal(item);
    total = Ref::steal(binary_op(Op::ADD, total.get(), item));
  }
  return total.release();
}

Value builtin_sorted(ThreadState&, Value, const Args& args) {
  std::vector<Value> bound = args.bind("sorted", {"iterable", "reverse"}, 1);
  Ref list = Ref::steal(make_list(collect(bound[0])));
  bool descending = !bound[1].is_undefined() && truthy(bound[1]);
  auto& items = as_list(list.get())->items;
  std::stable_sort(items.begin(), items.end(), [&](Value a, Value b) { return descending ? less_than(b, a) : less_than(a, b); });
  return list.release();
}

Value builtin_enumerate(ThreadState&, Value, const Args& args) {
  args.expect("enumerate", 1, 2);
  int64_t start = args.count == 2 ? integer_argument(args.positional[1], "enumerate") : 0;
  std::vector<Value> pairs;
  std::vector<Value> items = collect(args.positional[0]);
  if (!items.empty()) {
    try {
      checked_add(start, static_cast<int64_t>(items.size() - 1));  // the last counter fits
    } catch (ScriptException&) {
      for (Value item : items) decref(item);
      throw;
    }
  }
  for (size_t i = 0; i < items.size(); ++i) {
    // start + i: fits by the check above (start++ after the last item would overflow at 2^63 - 1).
    pairs.push_back(make_tuple({Value::integer(start + static_cast<int64_t>(i)), items[i]}));
  }
  return make_list(std::move(pairs));
}

Value builtin_zip(ThreadState&, Value, const Args& args) {
  args.expect("zip", 0, SIZE_MAX);
  std::vector<Ref> lists;
  size_t shortest = SIZE_MAX;
  for (size_t i = 0; i < args.count; ++i) {
    lists.push_back(Ref::steal(make_list(collect(args.positional[i]))));
    shortest = std::min(shortest, as_list(lists.back().get())->items.size());
  }
  std::vector<Value> tuples;
  for (size_t row = 0; !lists.empty() && row < shortest; ++row) {
    std::vector<Value> items;
    for (const Ref& list : lists) {
      Value v = as_list(list.get())->items[row];
      incref(v);
      items.push_back(v);
    }
    tuples.push_back(make_tuple(std::move(items)));
  }
  return make_list(std::move(tuples));
}

Value builtin_isinstance(ThreadState&, Value, const Args& args) {
  args.expect("isinstance", 2, 2);
  Value object = args.positional[0], cls = args.positional[1];
  std::vector<Value> classes = is_kind(cls, Kind::Tuple) ? as_tuple(cls)->items : std::vector<Value>{cls};
  for (Value c : classes) {
    if (is_kind(c, Kind::ExceptionClass)) {
      if (is_kind(object, Kind::Exception) &&
          static_cast<ExceptionObject*>(object.obj)->cls->is_subclass_of(static_cast<ExceptionClass*>(c.obj))) {
        return Value::boolean(true);
      }
    } else if (is_kind(c, Kind::Native)) {
      // The conversion builtins stand in for the types of the same name.
      std::string name = static_cast<Native*>(c.obj)->name;
      if (name == type_name(object) || (name == "int" && object.is_bool())) return Value::boolean(true);
    } else {
      raise(exc::TypeError, "isinstance() arg 2 must be a type or tuple of types");
    }
  }
  return Value::boolean(false);
}

Value builtin_ord(ThreadState&, Value, const Args& args) {
  args.expect("ord", 1, 1);
  Value v = args.positional[0];
  const std::string* text = is_kind(v, Kind::Str) ? &as_str(v)->text : is_kind(v, Kind::Bytes) ? &as_bytes(v)->data : nullptr;
  if (!text || text->size() != 1) raise(exc::TypeError, "ord() expected a character");
  return Value::integer(static_cast<unsigned char>((*text)[0]));
}

Value builtin_chr(ThreadState&, Value, const Args& args) {
  args.expect("chr", 1, 1);
  int64_t code = integer_argument(args.positional[0], "chr");
  if (code < 0 || code > 127) raise(exc::ValueError, "chr() arg not in range(128) (gilvm strings are bytes)");
  return make_str(std::string(1, static_cast<char>(code)));
}

Value builtin_hex(ThreadState&, Value, const Args& args) {
  args.expect("hex", 1, 1);
  int64_t i = integer_argument(args.positional[0], "hex");
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s0x%llx", i < 0 ? "-" : "",
                static_cast<unsigned long long>(i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i)));
  return make_str(buffer);
}

void add(std::unordered_map<std::string, Value>& builtins, const char* name, NativeFn fn) {
  builtins[name] = Value::object(new Native(name, fn));
}

}  // namespace

void install_builtin_functions(std::unordered_map<std::string, Value>& builtins) {
  add(builtins, "print", builtin_print);
  add(builtins, "len", builtin_len);
  add(builtins, "range", builtin_range);
  add(builtins, "int", builtin_int);
  add(builtins, "float", builtin_float);
  add(builtins, "str", builtin_str);
  add(builtins, "repr", builtin_repr);
  add(builtins, "bool", builtin_bool);
  add(builtins, "bytes", builtin_bytes);
  add(builtins, "list", builtin_list);
  add(builtins, "tuple", builtin_tuple);
  add(builtins, "dict", builtin_dict);
  add(builtins, "abs", builtin_abs);
  add(builtins, "min", builtin_min);
  add(builtins, "max", builtin_max);
  add(builtins, "sum", builtin_sum);
  add(builtins, "sorted", builtin_sorted);
  add(builtins, "enumerate", builtin_enumerate);
  add(builtins, "zip", builtin_zip);
  add(builtins, "isinstance", builtin_isinstance);
  add(builtins, "ord", builtin_ord);
  add(builtins, "chr", builtin_chr);
  add(builtins, "hex", builtin_hex);
  for (ExceptionClass* cls : exc::all()) {
    builtins[cls->name] = Value::object(cls);
    incref(Value::object(cls));  // the map owns its values (the VM releases them all)
  }
}

}  // namespace gilvm
