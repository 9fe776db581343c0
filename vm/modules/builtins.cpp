// The builtin functions (print, len, range, int, str, ...) and the builtin exception classes.
#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <new>

#include "modules/builtins.h"
#include "modules/consumer.h"
#include "runtime/attributes.h"
#include "runtime/bigint.h"
#include "runtime/builtin_subclass.h"
#include "runtime/complex.h"
#include "runtime/class.h"
#include "runtime/deque.h"
#include "runtime/dict_view.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int64_edges.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/set.h"
#include "runtime/thread_state.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

namespace gilvm {

bool next_untaken(ThreadState& thread, Value iterator, Value& out, YieldSink& sink) {
  if (is_kind(iterator, Kind::Iterator)) {
    auto& it = *static_cast<Iterator*>(iterator.obj);
    if (it.source == Iterator::Source::Map || it.source == Iterator::Source::Filter)
      return map_or_filter_next_untaken(it, out, sink);
  }
  if (!is_kind(iterator, Kind::Generator)) return iterator_next(iterator, out);
  return resume_generator(thread, *static_cast<Generator*>(iterator.obj), Value::none(), out,
                          Value::undefined(), nullptr, &sink);
}

// The arity check of a builtin function of one argument (METH_O), with CPython's messages.
void expect_one_argument(const char* function, const Args& args) {
  if (args.keyword_count() > 0)
    raise(exc::TypeError, std::string(function) + "() takes no keyword arguments");
  if (args.count != 1)
    raise(exc::TypeError, std::string(function) + "() takes exactly one argument (" +
                              std::to_string(args.count) + " given)");
}

namespace {

// The items of a generator taken into a vector at its yield.
class ItemCollector final : public YieldSink {
 public:
  explicit ItemCollector(std::vector<Value>& items) : items_(items) {}
  bool take(Value item) override {
    try {
      items_.push_back(item);
    } catch (const std::bad_alloc&) {
      return false;  // the caller's push_back raises MemoryError, outside the generator
    }
    return true;
  }

 private:
  std::vector<Value>& items_;
};

}  // namespace

std::vector<Value> collect(Value iterable) {  // owned items
  // list(a_list), tuple(a_list), sorted(a_tuple), ...: one copy, no iterator (a subclass's
  // instance is iterated: its __iter__).
  if (is_exact_list(iterable) || is_exact_tuple(iterable))
    return sequence_items(iterable);
  if (is_kind(iterable, Kind::DictView)) return dict_view_items(iterable);  // one snapshot
  if (is_exact_dict(iterable)) return static_cast<Dict*>(iterable.obj)->keys();
  if (is_kind(iterable, Kind::Deque)) return deque_items(*as_deque(iterable));
  if (is_exact_str(iterable)) {  // sorted(word), list(text): an ASCII one's shared chars
    const Str& str = *as_str(iterable);
    if (str.length() == str.text.size()) {
      std::vector<Value> items(str.text.size());
      for (size_t i = 0; i < items.size(); ++i)
        items[i] = ascii_char(static_cast<unsigned char>(str.text[i]));
      return items;
    }
  }
  if (is_kind(iterable, Kind::Range)) {  // list(range(n)): the ints written, no iterator
    const Range& range = *static_cast<Range*>(iterable.obj);
    const auto count = static_cast<uint64_t>(range_length(range.start, range.stop, range.step));
    if (count > sequence_byte_limit() / sizeof(Value)) raise(exc::MemoryError, "");
    std::vector<Value> items(static_cast<size_t>(count));
    // Unsigned: the step past the last value may wrap (those written lie between start and stop).
    auto value = static_cast<uint64_t>(range.start);
    for (Value& item : items) {
      item = Value::integer(static_cast<int64_t>(value));
      value += static_cast<uint64_t>(range.step);
    }
    return items;
  }
  Ref iterator = Ref::steal(get_iterator(iterable));
  std::vector<Value> items;
  // A range's length is known: list(range(10**12)) is a MemoryError at once, as in CPython,
  // not a list that grows until the machine runs out.
  if (is_kind(iterator.get(), Kind::Iterator) &&
      static_cast<Iterator*>(iterator.get().obj)->source == Iterator::Source::Range) {
    auto* it = static_cast<Iterator*>(iterator.get().obj);
    const auto count = static_cast<uint64_t>(range_length(it->next_value, it->stop, it->step));
    if (count > sequence_byte_limit() / sizeof(Value)) raise(exc::MemoryError, "");
    items.reserve(static_cast<size_t>(count));
  } else {
    // As CPython's list grows, room for a few items at once (not 1, 2, 4: three allocations
    // for `list(zip(a, b, c))` of three); all of them when the inputs tell how many.
    constexpr size_t kFirstRoom = 4;
    items.reserve(std::max(items_expected(iterator.get()), kFirstRoom));
  }
  Value item;
  ItemCollector sink(items);
  ThreadState& thread = current_thread_state();
  try {
    while (next_untaken(thread, iterator.get(), item, sink)) items.push_back(item);
  } catch (...) {  // an item raised (zip(strict=True), a generator): the ones before it go
    for (Value v : items) decref(v);
    throw;
  }
  return items;
}

namespace {

Value builtin_print(ThreadState& thread, Value, const Args& args) {
  std::string separator = " ", end = "\n";
  bool flush = false;
  Value file = Value::none();
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    Value v = args.keyword_values[k];
    if (name == "sep" || name == "end") {
      if (!v.is_none() && !is_kind(v, Kind::Str))
        raise(exc::TypeError, name + " must be None or a string, not " + type_name(v));
      if (!v.is_none()) (name == "sep" ? separator : end) = as_str(v)->text;
    } else if (name == "flush") {
      flush = truthy(v);
    } else if (name == "file") {
      file = v;
    } else {
      raise(exc::TypeError, "'" + name + "' is an invalid keyword argument for print()");
    }
  }
  std::string line;
  for (size_t i = 0; i < args.count; ++i) {
    if (i) line += separator;
    line += to_str(args.positional[i]);
  }
  line += end;
  if (!file.is_none()) {  // any object with write() (sys.stdout, sys.stderr, ...), and flush()
    static const Str write_name("write"), flush_name("flush");
    Ref write = Ref::steal(get_attribute(thread, file, write_name));
    Ref text = Ref::steal(make_str(std::move(line)));
    decref(call_value(thread, write.get(), &text.get(), 1));
    if (flush) {
      Ref flush_method = Ref::steal(get_attribute(thread, file, flush_name));
      decref(call_value(thread, flush_method.get(), nullptr, 0));
    }
    return Value::none();
  }
  std::FILE* out = thread.vm.out();
  std::fwrite(line.data(), 1, line.size(), out);
  if (flush) std::fflush(out);
  return Value::none();
}

// open(...): io.open (lib/io.py), the module imported at the first call.
Value builtin_open(ThreadState& thread, Value, const Args& args) {
  Ref io = Ref::steal(thread.vm.import_module(thread, "io"));
  Ref open = Ref::steal(static_cast<Module*>(io.get().obj)->get("open"));
  std::vector<Value> all(args.positional, args.positional + args.count);
  all.insert(all.end(), args.keyword_values, args.keyword_values + args.keyword_count());
  return call_with_keywords(thread, open.get(), all.data(), all.size(), args.keyword_names);
}

// len(x): also Native::call1 of the builtin, which a plain call takes.

Value builtin_len(ThreadState&, Value, const Args& args) {
  expect_one_argument("len", args);
  return length_of(args.positional[0]);
}

int64_t integer_argument(Value v) {
  if (v.is_int()) return v.i;
  if (Ref converted = Ref::steal(index_dunder(v)); !converted.get().is_undefined())
    return integer_argument(converted.get());
  if (v.is_bool()) return v.b;
  if (is_bigint(v)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  raise(exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

Value builtin_range(ThreadState&, Value, const Args& args) {
  args.expect_as_type("range", 1, 3);
  int64_t a = integer_argument(args.positional[0]);
  int64_t start = 0, stop = a, step = 1;
  if (args.count > 1) {
    start = a;
    stop = integer_argument(args.positional[1]);
  }
  if (args.count == 3) {
    step = integer_argument(args.positional[2]);
    if (step == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
  }
  return Value::object(new Range(start, stop, step));
}

// range(stop) and range(start, stop), which calls with just those take (Native::call1, call2):
// no Args made and checked for each `for i in range(n)`.
Value range_to(Value stop) {
  return Value::object(new Range(0, stop.is_int() ? stop.i : integer_argument(stop), 1));
}
Value range_from_to(Value start, Value stop) {
  const int64_t a = start.is_int() ? start.i : integer_argument(start);
  const int64_t b = stop.is_int() ? stop.i : integer_argument(stop);
  return Value::object(new Range(a, b, 1));
}

// slice(stop), slice(start, stop[, step]): the object a[start:stop:step] hands to __getitem__.
Value builtin_slice_object(ThreadState&, Value, const Args& args) {
  args.expect_as_type("slice", 1, 3);
  const bool one = args.count == 1;
  Value start = one ? Value::none() : args.positional[0];
  Value stop = one ? args.positional[0] : args.positional[1];
  Value step = args.count == 3 ? args.positional[2] : Value::none();
  incref(start);
  incref(stop);
  incref(step);
  return Value::object(new Slice(start, stop, step));
}

// int(text, base): optional sign, optional base prefix (when it matches `base`, or any with base
// 0), digits with single underscores between them, surrounding whitespace.
// Undefined for an invalid literal: the caller raises (raise_pending, as scripts often catch it).
Value parse_int(const std::string& text, int base) {
  const Value invalid = Value::undefined();
  size_t begin = text.find_first_not_of(" \t\n\r\f\v");
  size_t end = text.find_last_not_of(" \t\n\r\f\v");
  if (begin == std::string::npos) return invalid;
  std::string_view body(text.data() + begin, end - begin + 1);
  bool negative = false;
  if (body[0] == '+' || body[0] == '-') {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  int actual_base = base;
  if (body.size() >= 2 && body[0] == '0') {
    char p = static_cast<char>(body[1] | 0x20);
    int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixed && (base == 0 || base == prefixed)) {
      actual_base = prefixed;
      body.remove_prefix(2);
      if (!body.empty() && body[0] == '_') body.remove_prefix(1);
    }
  }
  if (actual_base == 0) {
    actual_base = 10;
    if (body.size() > 1 && body[0] == '0' && body.find_first_not_of("0_") != std::string_view::npos)
      return invalid;
  }
  // The digits as they are, or a copy without the underscores when there are any.
  std::string without_underscores;
  std::string_view digits = body;
  if (body.find('_') != std::string_view::npos) {
    for (size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '_') {
        if (i == 0 || i + 1 == body.size() || body[i + 1] == '_') return invalid;
        continue;
      }
      without_underscores += body[i];
    }
    digits = without_underscores;
  }
  if ((actual_base & (actual_base - 1)) != 0 && digits.size() > kIntMaxStrDigitsThreshold) {
    // The digits CPython counts against sys.get_int_max_str_digits(): those before any that is
    // not one, which is an error only after them.
    size_t count = 0;
    for (; count < digits.size(); ++count) {
      const char c = static_cast<char>(digits[count] | 0x20);
      const int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
      if (value >= actual_base) break;
    }
    check_int_str_digits(count);
  }
  BigInt value;
  if (!BigInt::parse(digits, actual_base, value)) return invalid;
  IntView view = value.view();
  view.negative = negative && view.size;
  return make_int(view);
}

// The value of text that is only decimal digits (at most 18: no overflow), after an optional
// sign; false for anything else, which parse_int() reads.
bool plain_decimal(std::string_view text, int64_t& value) {
  const bool signed_ = !text.empty() && (text[0] == '-' || text[0] == '+');
  const size_t first = signed_ ? 1 : 0;
  if (text.size() == first || text.size() - first > 18) return false;
  int64_t n = 0;
  for (size_t i = first; i < text.size(); ++i) {
    const unsigned digit = static_cast<unsigned char>(text[i]) - unsigned{'0'};
    if (digit > 9) return false;
    n = n * 10 + digit;
  }
  value = signed_ && text[0] == '-' ? -n : n;
  return true;
}

}  // namespace

Value builtin_int(ThreadState& ts, Value, const Args& args) {
  // int(text) of plain decimal digits, the usual call (`int(fields[0])`): read straight, with
  // no vector of bound arguments and no pass through parse_int().
  if (args.count == 1 && !args.keyword_names && is_kind(args.positional[0], Kind::Str)) {
    int64_t value;
    if (plain_decimal(as_str(args.positional[0])->text, value)) return Value::integer(value);
  }
  auto bound = args.bind("int", {"x", "base"});
  Value x = bound[0];
  const bool base_given = !bound[1].is_undefined();
  int base = 10;
  if (base_given) {
    const int64_t wanted = integer_argument(bound[1]);  // checked before narrowing
    if (wanted != 0 && (wanted < 2 || wanted > 36))  // (as its other errors, no C++ throw)
      return raise_pending(ts, exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    base = static_cast<int>(wanted);
    if (!is_kind(x, Kind::Str) && !is_bytes_like(x)) {
      return raise_pending(ts, exc::TypeError,
                           x.is_undefined() ? "int() missing string argument"
                                            : "int() can't convert non-string with explicit base");
    }
  }
  if (x.is_undefined()) return Value::integer(0);
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::integer(x.b);
  if (is_bigint(x)) {
    incref(x);
    return x;
  }
  if (x.is_float()) {
    if (std::isinf(x.f)) raise(exc::OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(x.f)) raise(exc::ValueError, "cannot convert float NaN to integer");
    if (std::fabs(x.f) < 9.2e18) return Value::integer(static_cast<int64_t>(x.f));
    return make_int(BigInt::from_double(std::trunc(x.f)));
  }
  if (is_kind(x, Kind::Str) || is_bytes_like(x)) {
    Value parsed =
        parse_int(is_kind(x, Kind::Str) ? as_str(x)->text : std::string(BytesView(x).data()), base);
    if (!parsed.is_undefined()) return parsed;
    return raise_pending(ts, exc::ValueError, "invalid literal for int() with base " +
                                                  std::to_string(base) + ": " + repr(x));
  }
  // An instance: as CPython 3.11's PyNumber_Long, its __int__, else __index__, else __trunc__.
  for (const char* method : {"__int__", "__index__", "__trunc__"}) {
    Ref result = Ref::steal(call_special(x, method, nullptr, 0));
    if (result.get().is_undefined()) continue;
    if (result.get().is_int() || is_bigint(result.get())) return result.release();
    if (result.get().is_bool()) return Value::integer(result.get().b);
    raise(exc::TypeError, std::string(method) +
                              (method[2] == 't' ? " returned non-Integral (type "
                                                : " returned non-int (type ") +
                              type_name(result.get()) + ")");
  }
  return raise_pending(ts, exc::TypeError,  // (no C++ throw: `int(field)` of a None caught)
                       "int() argument must be a string, a bytes-like object or a real number, "
                       "not '" + type_name(x) + "'");
}

namespace {

// complex(real=0, imag=0).
Value builtin_complex(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("complex", {"real", "imag"});
  return construct_complex(bound[0], bound[1]);
}

}  // namespace

Value builtin_float(ThreadState& ts, Value, const Args& args) {
  args.expect("float", 0, 1);
  if (args.count == 0) return Value::floating(0.0);
  Value x = args.positional[0];
  if (x.is_float()) return x;
  if (x.is_int()) return Value::floating(static_cast<double>(x.i));
  if (x.is_bool()) return Value::floating(x.b);
  if (is_bigint(x)) return Value::floating(int_to_double(x));
  if (is_kind(x, Kind::Str)) {
    // Plain decimal text ("2.5", "-1e-3"), the usual: read in place. Anything else (spaces,
    // underscores, "inf", a range error) goes the long way below.
    const std::string& plain = as_str(x)->text;
    if (plain.find_first_not_of("0123456789.eE-") == std::string::npos) {
      double d;
      const auto read = std::from_chars(plain.data(), plain.data() + plain.size(), d);
      if (read.ec == std::errc() && read.ptr == plain.data() + plain.size())
        return Value::floating(d);
    }
    // As CPython's float(): surrounding whitespace is ignored, underscores may separate digits,
    // and hexadecimal (which strtod would take) is not a float literal.
    std::string_view text = as_str(x)->text;
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
      text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
      text.remove_suffix(1);
    std::string digits;
    bool valid = !text.empty();
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == 'x' || c == 'X') valid = false;
      if (c != '_') {
        digits += c;
        continue;
      }
      if (i == 0 || i + 1 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i - 1])) ||
          !std::isdigit(static_cast<unsigned char>(text[i + 1])))
        valid = false;
    }
    char* stop = nullptr;
    double d = valid ? std::strtod(digits.c_str(), &stop) : 0.0;
    if (!valid || *stop != '\0')
      return raise_pending(ts, exc::ValueError, "could not convert string to float: " + repr(x));
    return Value::floating(d);
  }
  for (const char* method : {"__float__", "__index__"}) {
    Ref result = Ref::steal(call_special(x, method, nullptr, 0));
    if (result.get().is_undefined()) continue;
    if (result.get().is_float()) return result.get();
    if (method[2] == 'f')
      raise(exc::TypeError, type_name(x) + ".__float__ returned non-float (type " +
                                type_name(result.get()) + ")");
    Args converted{&result.get(), 1};
    return builtin_float(current_thread_state(), Value::none(), converted);
  }
  return raise_pending(ts, exc::TypeError,  // (as int()'s)
                       "float() argument must be a string or a real number, not '" +
                           type_name(x) + "'");
}

namespace {

// The text of a 64-bit int in `base`, its sign, then `prefix` ("0x", or none for str()), then
// its digits, written on the stack: ASCII, one code point each.
[[gnu::always_inline]] inline Value small_int_text(int64_t v, int base, std::string_view prefix) {
  char text[3 + 64];
  char* end = text;
  if (v < 0) *end++ = '-';
  end = std::copy(prefix.begin(), prefix.end(), end);
  const uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  end = std::to_chars(end, text + sizeof text, magnitude, base).ptr;
  return make_text_str(std::string_view(text, static_cast<size_t>(end - text)), true);
}

// str(x), the native's one-argument entry (call1): CALL's `str(i)` binds nothing.
Value str_of(Value v) {
  if (v.is_int()) return small_int_text(v.i, 10, {});
  if (is_bigint(v)) {
    bool negative = false;
    std::string digits = int_digits(v, 10, negative);
    if (negative) digits.insert(digits.begin(), '-');
    const size_t code_points = digits.size();
    return make_str(std::move(digits), code_points);
  }
  if (is_exact_str(v)) return Ref::borrow(v).release();  // the same object, as CPython's
  return make_str(to_str(v));
}

}  // namespace

Value builtin_str(ThreadState&, Value, const Args& args) {
  if (args.count == 1 && !args.keyword_names) return str_of(args.positional[0]);
  auto bound = args.bind("str", {"object", "encoding", "errors"});
  if (bound[0].is_undefined()) return make_str("");
  if (!bound[1].is_undefined() || !bound[2].is_undefined()) {
    if (is_bytes_like(bound[0])) return decode_bytes(bound[0], bound[1], bound[2]);
    if (is_kind(bound[0], Kind::Str)) raise(exc::TypeError, "decoding str is not supported");
    raise(exc::TypeError,
          "decoding to str: need a bytes-like object, " + type_name(bound[0]) + " found");
  }
  return make_str(to_str(bound[0]));
}

namespace {

Value builtin_repr(ThreadState&, Value, const Args& args) {
  args.expect("repr", 1, 1);
  return make_str(repr(args.positional[0]));
}

Value builtin_bool(ThreadState&, Value, const Args& args) {
  args.expect("bool", 0, 1);
  return Value::boolean(args.count == 1 && truthy(args.positional[0]));
}
// bool(x), the native's one-argument entry (call1).
Value bool_of(Value v) { return Value::boolean(truthy_in_line(v)); }

template <bool kByteArray>
std::string cannot_convert(Value v) {
  return "cannot convert '" + type_name(v) + "' object to " + (kByteArray ? "bytearray" : "bytes");
}

// The data of bytes(source, encoding, errors) and bytearray(...), as CPython makes them.
template <bool kByteArray>
std::string bytes_source_data(ThreadState& ts, const std::array<Value, 3>& bound) {
  const Value source = bound[0], encoding = bound[1], errors = bound[2];
  if (is_kind(source, Kind::Str)) {
    if (encoding.is_undefined()) raise(exc::TypeError, "string argument without an encoding");
    Ref encoded = Ref::steal(encode_str(ts, source, encoding, errors));
    return as_bytes(encoded.get())->data;
  }
  if (!encoding.is_undefined()) raise(exc::TypeError, "encoding without a string argument");
  if (!errors.is_undefined()) raise(exc::TypeError, "errors without a string argument");
  if (source.is_undefined()) return std::string();
  if (source.is_int() || source.is_bool()) {
    const int64_t count = source.is_bool() ? source.b : source.i;
    if (count < 0) raise(exc::ValueError, "negative count");
    if (static_cast<uint64_t>(count) > sequence_byte_limit()) raise(exc::MemoryError, "");
    return std::string(static_cast<size_t>(count), '\0');
  }
  return bytes_of_iterable(
      source, cannot_convert<kByteArray>,
      kByteArray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
}

// bytes(b) and bytearray(b) of a bytes or bytearray `b`, the usual calls, with nothing to bind:
// a copy of its data, or for bytes(b) of a bytes b, b itself (as in CPython). Undefined for any
// other call.
template <bool kByteArray>
Value copy_of_bytes_like(const Args& args) {
  if (args.count != 1 || args.keyword_names || !is_bytes_like(args.positional[0]))
    return Value::undefined();
  const Value source = args.positional[0];
  if (!kByteArray && is_kind(source, Kind::Bytes)) return Ref::borrow(source).release();
  const BytesView view(source);
  return kByteArray ? make_bytearray(std::string(view.data())) : bytes_from(view.data());
}

Value builtin_bytes(ThreadState& ts, Value, const Args& args) {
  if (const Value copy = copy_of_bytes_like<false>(args); !copy.is_undefined()) return copy;
  auto bound = args.bind("bytes", {"source", "encoding", "errors"});
  if (is_kind(bound[0], Kind::Bytes) && bound[1].is_undefined() && bound[2].is_undefined()) {
    incref(bound[0]);  // bytes(b) is b, as in CPython
    return bound[0];
  }
  return make_bytes(bytes_source_data<false>(ts, bound));
}

Value builtin_bytearray(ThreadState& ts, Value, const Args& args) {
  if (const Value copy = copy_of_bytes_like<true>(args); !copy.is_undefined()) return copy;
  auto bound = args.bind("bytearray", {"source", "encoding", "errors"});
  return make_bytearray(bytes_source_data<true>(ts, bound));
}

Value builtin_list(ThreadState&, Value, const Args& args) {
  args.expect("list", 0, 1);
  if (args.count && is_exact_list(args.positional[0]))
    return copy_list(*as_list(args.positional[0]));  // as a[:]
  if (args.count && is_exact_tuple(args.positional[0])) {  // the items copied once, into a list
    List* list = new_list(as_tuple(args.positional[0])->items.size());
    append_items(list->items, args.positional[0]);
    return Value::object(list);
  }
  return make_list(args.count ? collect(args.positional[0]) : std::vector<Value>{});
}

Value builtin_tuple(ThreadState&, Value, const Args& args) {
  args.expect("tuple", 0, 1);
  if (args.count && is_exact_tuple(args.positional[0]) &&
      !as_tuple(args.positional[0])->names) {  // tuple(t) is t, as in CPython
    incref(args.positional[0]);
    return args.positional[0];
  }
  if (args.count && is_exact_list(args.positional[0])) {  // the items copied once, into a tuple
    List& list = *as_list(args.positional[0]);
    ContainerLock lock(list.mutex);
    for (Value v : list.items) incref(v);
    return make_tuple(list.items.data(), list.items.size());
  }
  return make_tuple(args.count ? collect(args.positional[0]) : std::vector<Value>{});
}

// set(iterable), frozenset(iterable).
template <bool Frozen>
Value builtin_set(ThreadState&, Value, const Args& args) {
  const char* name = Frozen ? "frozenset" : "set";
  if (args.keyword_count())
    raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (args.count > 1)
    raise(exc::TypeError,
          std::string(name) + " expected at most 1 argument, got " + std::to_string(args.count));
  if (Frozen && args.count == 1 && is_kind(args.positional[0], Kind::Set) &&
      as_set(args.positional[0])->frozen) {
    incref(args.positional[0]);
    return args.positional[0];
  }
  return make_set(args.count ? args.positional[0] : Value::none(), Frozen);
}

Value builtin_dict(ThreadState&, Value, const Args& args) {
  if (args.count > 1)
    raise(exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(args.count));
  Ref dict = Ref::steal(Value::object(new Dict()));
  auto* target = static_cast<Dict*>(dict.get().obj);
  if (args.count == 1) update_new_dict(*target, args.positional[0]);
  for (size_t k = 0; k < args.keyword_count(); ++k)
    target->set(args.keyword_names->items[k], args.keyword_values[k]);
  return dict.release();
}

// abs(v): its body, which a call with just the one argument takes (Native::call1).
Value absolute(Value v) {
  if (v.is_int()) return v.i >= 0 ? v : unary_op(Op::NEG, v);  // (-2**63: a big int)
  if (v.is_float()) return Value::floating(std::fabs(v.f));
  if (v.is_bool()) return Value::integer(v.b);
  if (is_bigint(v)) return big_integer_abs(as_bigint(v));
  if (is_complex(v)) return Value::floating(complex_abs({as_complex(v)->real, as_complex(v)->imag}));
  Value result = call_special(v, NAME_KEY("__abs__"), nullptr, 0);
  if (!result.is_undefined()) return result;
  if (is_number_instance(v)) return absolute(number_value(v));  // an int's or float's subclass
  return raise_pending(current_thread_state(), exc::TypeError,  // (no C++ throw: scripts catch it)
                       "bad operand type for abs(): '" + type_name(v) + "'");
}

Value builtin_abs(ThreadState&, Value, const Args& args) {
  expect_one_argument("abs", args);
  return absolute(args.positional[0]);
}

// max(gen) and min(gen) without a key: an item compared at the generator's yield when it and the
// best so far are both ints, both floats or both strs, whose order runs no script; taken, it
// replaces the best (`item` and `key`, the same value: two owned references) or is dropped (a
// number, or a str, whose release runs no script either). Anything else is declined and
// compared by the caller, in the generator's order, as CPython compares them all.
class ExtremeSink final : public YieldSink {
 public:
  ExtremeSink(Value& item, Value& key, bool want_max)
      : item_(item), key_(key), want_max_(want_max) {}
  bool take(Value candidate) override {
    if (item_.is_undefined()) {
      if (!plain(candidate)) return false;
    } else if (!better(candidate)) {
      if (!same_kind(candidate, item_)) return false;
      decref(candidate);
      return true;
    }
    incref(candidate);
    const Value old_item = item_, old_key = key_;
    item_ = candidate;
    key_ = candidate;
    decref(old_item);
    decref(old_key);
    return true;
  }

 private:
  // (Exact strs: a subclass may define the comparisons.)
  static bool plain(Value v) { return v.is_int() || v.is_float() || is_exact_str(v); }
  static bool same_kind(Value a, Value b) {
    return (a.is_int() && b.is_int()) || (a.is_float() && b.is_float()) ||
           (is_exact_str(a) && is_exact_str(b));
  }
  // Whether `candidate` beats the best, as greater_than()/less_than() order them (false also
  // when the two are not of one kind: same_kind() tells).
  bool better(Value candidate) const {
    const Value best = item_;
    if (candidate.is_int() && best.is_int())
      return want_max_ ? candidate.i > best.i : candidate.i < best.i;
    if (candidate.is_float() && best.is_float())
      return want_max_ ? candidate.f > best.f : candidate.f < best.f;
    if (!is_exact_str(candidate) || !is_exact_str(best)) return false;
    // UTF-8's byte order is its code points' order.
    const int c = as_str(candidate)->text.compare(as_str(best)->text);
    return want_max_ ? c > 0 : c < 0;
  }
  Value& item_;
  Value& key_;
  const bool want_max_;
};

// items_read_by_index()'s items, read as ItemsByIndex::take() reads them, with no lock to
// consider.
struct PlainItems {
  const std::vector<Value>& items;
  [[gnu::always_inline]] bool take(size_t index, Value& item) const {
    if (index >= items.size()) return false;
    item = items[index];
    incref(item);
    return true;
  }
};

// A list's items read under its lock, in line (free-threaded max()'s key loop, where
// ItemsByIndex's call per item cost 3% of a key loop's instructions).
struct LockedListItems {
  List& list;
  [[gnu::always_inline]] bool take(size_t index, Value& item) const {
    ContainerLock lock(list.mutex, true);
    if (index >= list.items.size()) return false;
    item = list.items[index];
    incref_in_mode<true>(item);  // under the lock: another thread may remove the item next
    return true;
  }
};

// min() and max(): one iterable or several arguments; key= and (for an iterable) default=.
Value extreme(ThreadState& thread, const Args& args, const char* name, bool want_max) {
  Value key = Value::undefined(), fallback = Value::undefined();
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& keyword = as_str(args.keyword_names->items[k])->text;
    if (keyword == "key")
      key = args.keyword_values[k];
    else if (keyword == "default")
      fallback = args.keyword_values[k];
    else
      raise(exc::TypeError, "'" + keyword + "' is an invalid keyword argument for " + name + "()");
  }
  if (args.count == 0)
    raise(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (args.count > 1 && !fallback.is_undefined()) {
    raise(exc::TypeError, std::string("Cannot specify a default for ") + name +
                              "() with multiple positional arguments");
  }
  auto better = [want_max](Value candidate, Value current) {
    return want_max ? greater_than(candidate, current) : less_than(candidate, current);
  };
  if (args.count > 1 && args.keyword_count() == 0) {  // `max(a, b)` in a loop: nothing to copy
    size_t best = 0;
    for (size_t i = 1; i < args.count; ++i) {
      if (better(args.positional[i], args.positional[best])) best = i;
    }
    return Ref::borrow(args.positional[best]).release();
  }
  bool keyed = !key.is_undefined() && !key.is_none();
  // Each candidate's key taken before the next candidate is asked for, as CPython's min_max():
  // `max(gen(), key=f)` interleaves the generator's and f's effects and keeps no list of the
  // items. The best so far as plain values (a Ref's moves and out-of-line release cost a key
  // function's loop a third of its own instructions), released however the loop ends.
  struct Best {
    Value item = Value::undefined(), key = Value::undefined();  // owned
    ~Best() {
      decref(item);
      decref(key);
    }
  } best;
  // `item` (borrowed) with its key `k` (owned).
  auto consider_keyed = [&](Value item, Value k) __attribute__((always_inline)) {
    bool take;
    try {
      take = best.item.is_undefined() || better(k, best.key);
    } catch (...) {
      decref(k);
      throw;
    }
    if (!take) return decref(k);
    incref(item);
    const Value old_item = best.item, old_key = best.key;
    best.item = item;
    best.key = k;
    decref(old_item);
    decref(old_key);
  };
  auto consider = [&](Value item) __attribute__((always_inline)) {  // borrowed
    Value k = item;
    if (keyed) {
      k = call_value(thread, key, &item, 1);
    } else {
      incref(k);
    }
    consider_keyed(item, k);
  };
  auto consider_owned = [&](Value item) __attribute__((always_inline)) {  // and release it
    try {
      consider(item);
    } catch (...) {
      decref(item);
      throw;
    }
    decref(item);
  };
  auto consider_owned_keyed = [&](Value item, Value k) {  // and release the item
    try {
      consider_keyed(item, k);
    } catch (...) {
      decref(item);
      throw;
    }
    decref(item);
  };
  const Value iterable = args.positional[0];
  if (args.count > 1) {  // max(a, b, key=f): the arguments themselves
    for (size_t i = 0; i < args.count; ++i) consider(args.positional[i]);
  } else if (Value found; !keyed && is_kind(iterable, Kind::Set) &&
                          int_extreme(*as_set(iterable), want_max, found)) {
    return found;  // `min(free_cells)`: a set of ints scanned in place
  } else if (const ItemsByIndex items(iterable); items && keyed) {
    // A script key function's calls one after another in one frame, as long as its keys are
    // ints, which compare in line, and what each call lets go of is not its last reference
    // (whose release could run script code: a generator's `finally`). The item considered is
    // counted meanwhile (`current`): the key function may take it out of the list.
    auto key_calls = [&](const auto& by_index) {
      using Items = std::remove_cvref_t<decltype(by_index)>;
      struct IntKeys final : CallRepeater {
        const Items items;  // a copy: a reference to the list or the items, one load away
        Best& best;
        const bool want_max;
        size_t index = 0;
        Value current = Value::undefined();
        IntKeys(const Items& items, Best& best, bool want_max)
            : items(items), best(best), want_max(want_max) {}
        bool again(Value& k, Value* args) override {
          if (!k.is_int() || !(best.item.is_undefined() || best.key.is_int())) return false;
          const bool take = best.item.is_undefined() ||
                            (want_max ? k.i > best.key.i : k.i < best.key.i);
          const Value dropped = take ? best.item : current, considered = current;
          if ((dropped.is_obj() && uniquely_referenced(*dropped.obj)) ||
              !items.take(index + 1, current))
            return false;
          if (take) {
            best.item = considered;
            best.key = k;
          }
          decref(dropped);
          ++index;
          args[0] = current;
          incref(current);
          return true;
        }
      } repeater(by_index, best, want_max);
      for (; by_index.take(repeater.index, repeater.current); ++repeater.index) {
        Value k;
        try {
          k = call_repeatedly(thread, key, &repeater.current, 1, repeater);
        } catch (...) {
          decref(repeater.current);
          throw;
        }
        consider_owned_keyed(repeater.current, k);
      }
    };
    // Read as they lie where no lock is needed (a GIL, a tuple): again() then needs no frame for
    // a lock's call (a fifth of its instructions under a GIL).
    if (const std::vector<Value>* plain = items_read_by_index(iterable)) {
      key_calls(PlainItems{*plain});
    } else {
      key_calls(LockedListItems{*as_list(iterable)});  // free-threaded, a list
    }
  } else if (items) {
    // Counted while considered: the key function may take it out of the list.
    Value item;
    for (size_t i = 0; items.take(i, item); ++i) consider_owned(item);
  } else if (!keyed) {
    // A generator's ints, floats and strs compared at its yield (ExtremeSink), the rest here.
    Ref iterator = Ref::steal(get_iterator(iterable));
    ExtremeSink sink(best.item, best.key, want_max);
    Value next;
    while (next_untaken(thread, iterator.get(), next, sink)) consider_owned(next);
  } else {
    Ref iterator = Ref::steal(get_iterator(iterable));
    Value next;
    while (iterator_next(iterator.get(), next)) consider_owned(next);
  }
  if (best.item.is_undefined()) {
    if (!fallback.is_undefined()) return Ref::borrow(fallback).release();
    return raise_pending(thread, exc::ValueError,  // (no C++ throw: `max(xs)` caught when empty)
                         std::string(name) + "() arg is an empty sequence");
  }
  const Value result = best.item;
  best.item = Value::undefined();
  return result;
}

// min(a, b) and max(a, b), the natives' two-argument entries (call2).
Value min_of_two(Value a, Value b) { return Ref::borrow(less_than(b, a) ? b : a).release(); }
Value max_of_two(Value a, Value b) { return Ref::borrow(greater_than(b, a) ? b : a).release(); }

Value builtin_min(ThreadState& thread, Value, const Args& args) {
  return extreme(thread, args, "min", false);
}
Value builtin_max(ThreadState& thread, Value, const Args& args) {
  return extreme(thread, args, "max", true);
}

// sum()'s running total, added to at the generator's yield where add_in_line() can (an inline
// number: nothing to release), so that sum(x * y for ...) does not leave run() per item.
class NumberSum final : public YieldSink {
 public:
  explicit NumberSum(Ref& total) : total_(total) {}
  bool take(Value item) override {
    Value sum;
    if (!add_in_line(total_.get(), item, sum)) return false;
    total_ = Ref::steal(sum);
    return true;
  }

 private:
  Ref& total_;
};

// sum() of an exact list or tuple under a GIL: the items read in place, by index (a script
// __add__ may change the list, so its size is read again each time); runs of ints that fit
// and of floats added in registers, as CPython's int and float loops; anything else by binary_op.
Value sum_of_items(const std::vector<Value>& items, Ref total) {
  size_t i = 0;
  while (i < items.size()) {
    Value sum = total.get();
    if (sum.is_int() || sum.is_float()) {
      while (i < items.size() && add_in_line(sum, items[i], sum)) ++i;
      total = Ref::steal(sum);
    }
    if (i == items.size()) break;
    Ref item = Ref::borrow(items[i++]);
    if (const Value error = plain_operands_error(Op::ADD, total.get(), item.get()); error.is_obj())
      return raise_pending(current_thread_state(), error);  // `sum(fields)` of strs: no C++ throw
    total = Ref::steal(binary_op(Op::ADD, total.get(), item.get()));
  }
  return total.release();
}

// `total` plus the items left in `iterator`.
Value sum_rest(ThreadState& thread, Value iterator, Ref total) {
  Value item;
  NumberSum sink(total);
  while (next_untaken(thread, iterator, item, sink)) {
    if (sink.take(item)) continue;  // an inline number: nothing to release
    Ref owned = Ref::steal(item);
    if (const Value error = plain_operands_error(Op::ADD, total.get(), item); error.is_obj())
      return raise_pending(thread, error);  // (as sum_of_items())
    total = Ref::steal(binary_op(Op::ADD, total.get(), item));
  }
  return total.release();
}

Value builtin_sum(ThreadState& thread, Value, const Args& args) {
  // sum(iterable, /, start=0), with Argument Clinic's messages.
  const size_t given = args.count + args.keyword_count();
  if (args.count == 0)
    raise(exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (given > 2)
    raise(exc::TypeError, "sum() takes at most 2 arguments (" + std::to_string(given) + " given)");
  Value start = args.count == 2 ? args.positional[1] : Value::integer(0);
  if (args.keyword_count() == 1) {
    const std::string& keyword = as_str(args.keyword_names->items[0])->text;
    if (keyword != "start")
      raise(exc::TypeError, "'" + keyword + "' is an invalid keyword argument for sum()");
    start = args.keyword_values[0];
  }
  if (is_kind(start, Kind::Str))
    raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_kind(start, Kind::Bytes) || is_kind(start, Kind::ByteArray)) {
    raise(exc::TypeError, std::string("sum() can't sum ") +
                              (is_kind(start, Kind::Bytes) ? "bytes" : "bytearray") +
                              " [use b''.join(seq) instead]");
  }
  Ref total = Ref::borrow(start);
  const Value iterable = args.positional[0];
  if (const std::vector<Value>* items = items_read_by_index(iterable))
    return sum_of_items(*items, std::move(total));
  // One item at a time, as CPython: sum(x for x in range(10**7)) needs no list of them all.
  Ref iterator = Ref::steal(get_iterator(args.positional[0]));
  return sum_rest(thread, iterator.get(), std::move(total));
}

// Sorts `list`, sorted()'s own (this thread's alone), by `key` (Undefined or None: none).
void sort_new_list(ThreadState& thread, Value list, Value key, bool descending) {
  sort_by_key(thread, as_list(list)->items, key, descending);
}

Value builtin_sorted(ThreadState& thread, Value, const Args& args) {
  if (args.count != 1)
    raise(exc::TypeError, "sorted expected 1 argument, got " + std::to_string(args.count));
  Value key = Value::undefined(), reverse = Value::undefined();
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& keyword = as_str(args.keyword_names->items[k])->text;
    if (keyword == "key")
      key = args.keyword_values[k];
    else if (keyword == "reverse")
      reverse = args.keyword_values[k];
    else
      raise(exc::TypeError, "'" + keyword + "' is an invalid keyword argument for sort()");
  }
  Ref list = Ref::steal(make_list(collect(args.positional[0])));
  sort_new_list(thread, list.get(), key, !reverse.is_undefined() && truthy(reverse));
  return list.release();
}

// enumerate, zip, map and filter are lazy, as in CPython: each item is drawn when asked for.
Value lazy_iterator(Iterator::Source source, std::vector<Value> owned_inputs) {
  auto* it = new Iterator();
  it->source = source;
  it->inputs = std::move(owned_inputs);
  return Value::object(it);
}

std::vector<Value> iterators_of(const Value* iterables, size_t count) {  // owned
  std::vector<Value> iterators;
  try {
    for (size_t i = 0; i < count; ++i) iterators.push_back(get_iterator(iterables[i]));
  } catch (...) {
    for (Value v : iterators) decref(v);
    throw;
  }
  return iterators;
}

Value builtin_enumerate(ThreadState&, Value, const Args& args) {
  // As CPython's enum_vectorcall: a lone keyword must name the parameter after the positional
  // ones (the generic binding's messages come only with two keywords).
  if (args.count == 0 && !args.keyword_names)
    raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
  if (args.count <= 1 && args.keyword_count() == 1) {
    const std::string& name = as_str(args.keyword_names->items[0])->text;
    if (name != (args.count == 0 ? "iterable" : "start"))
      raise(exc::TypeError, "'" + name + "' is an invalid keyword argument for enumerate()");
  }
  auto bound = args.bind("enumerate", {"iterable", "start"}, 1);
  // A start past 64 bits is counted on as a big int (take_enumerate_count).
  const Value start = is_bigint(bound[1]) ? bound[1]
                      : bound[1].is_undefined()
                          ? Value::integer(0)
                          : Value::integer(integer_argument(bound[1]));
  Value it = lazy_iterator(Iterator::Source::Enumerate, iterators_of(&bound[0], 1));
  incref(start);
  static_cast<Iterator*>(it.obj)->count = start;
  return it;
}

Value builtin_zip(ThreadState&, Value, const Args& args) {
  bool strict = false;
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    if (as_str(args.keyword_names->items[k])->text != "strict") {
      raise(exc::TypeError, "zip() got an unexpected keyword argument '" +
                                as_str(args.keyword_names->items[k])->text + "'");
    }
    strict = truthy(args.keyword_values[k]);
  }
  Value it = lazy_iterator(Iterator::Source::Zip, iterators_of(args.positional, args.count));
  static_cast<Iterator*>(it.obj)->strict = strict;
  return it;
}

// ord(c), also the native's one-argument entry (call1).
Value ord_of(Value v) {
  if (is_kind(v, Kind::Str) && as_str(v)->text.size() == 1)  // one byte: an ASCII character
    return Value::integer(static_cast<unsigned char>(as_str(v)->text[0]));
  if (is_bytes_like(v)) {
    const BytesView view(v);
    const std::string_view data = view.data();
    if (data.size() != 1)
      return raise_pending(current_thread_state(), exc::TypeError,
                           "ord() expected a character, but string of length " +
                               std::to_string(data.size()) + " found");
    return Value::integer(static_cast<unsigned char>(data[0]));
  }
  if (!is_kind(v, Kind::Str))
    return raise_pending(current_thread_state(), exc::TypeError,
                         "ord() expected string of length 1, but " + type_name(v) + " found");
  const std::string& text = as_str(v)->text;
  size_t n = unicode::length(text);
  if (n != 1)  // (no C++ throw: `ord(field)` caught for a field not one character)
    return raise_pending(
        current_thread_state(), exc::TypeError,
        "ord() expected a character, but string of length " + std::to_string(n) + " found");
  size_t at = 0;
  return Value::integer(unicode::decode(text, at));
}

Value builtin_ord(ThreadState&, Value, const Args& args) {
  args.expect_one("ord");
  return ord_of(args.positional[0]);
}

// chr(i), also the native's one-argument entry (call1).
Value chr_of(Value argument) {
  // A C int, as CPython's chr() takes it: its messages.
  Ref converted;
  const Value v = integer_value(argument, converted);
  const int64_t code = v.is_bool() ? v.b : is_bigint(v) ? INT64_MAX : v.i;
  if (code > INT32_MAX || code < INT32_MIN)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  if (code < 0 || code > 0x10FFFF)  // (no C++ throw: `chr(n)` caught for n out of range)
    return raise_pending(current_thread_state(), exc::ValueError,
                         "chr() arg not in range(0x110000)");
  if (code < 0x80) return ascii_char(static_cast<unsigned char>(code));  // shared, made once
  std::string text;
  unicode::append(text, static_cast<uint32_t>(code));
  return make_str(std::move(text));
}

Value builtin_chr(ThreadState&, Value, const Args& args) {
  args.expect_one("chr");
  return chr_of(args.positional[0]);
}

// hex(), oct(), bin(): an int of any size with its base prefix.
Value int_in_base(const Args& args, const char* name, int base, const char* prefix) {
  args.expect(name, 1, 1);
  Ref converted;
  const Value v = integer_value(args.positional[0], converted);
  if (v.is_int()) return small_int_text(v.i, base, std::string_view(prefix, 2));  // "0x", ...
  bool negative = false;
  std::string digits = int_digits(v, base, negative);
  digits.insert(0, negative ? std::string("-") + prefix : std::string(prefix));
  const size_t code_points = digits.size();
  return make_str(std::move(digits), code_points);
}

Value builtin_hex(ThreadState&, Value, const Args& args) {
  return int_in_base(args, "hex", 16, "0x");
}
Value builtin_oct(ThreadState&, Value, const Args& args) {
  return int_in_base(args, "oct", 8, "0o");
}
Value builtin_bin(ThreadState&, Value, const Args& args) {
  return int_in_base(args, "bin", 2, "0b");
}

Value builtin_format(ThreadState&, Value, const Args& args) {
  args.expect("format", 1, 2);
  if (args.count == 2 && !is_kind(args.positional[1], Kind::Str)) {
    raise(exc::TypeError, "format() argument 2 must be str, not " + type_name(args.positional[1]));
  }
  return make_str(
      format_value(args.positional[0], args.count == 2 ? as_str(args.positional[1])->text : ""));
}

Value builtin_ascii(ThreadState&, Value, const Args& args) {
  args.expect("ascii", 1, 1);
  return make_str(ascii_repr(args.positional[0]));
}

Value builtin_hash(ThreadState& ts, Value, const Args& args) {
  args.expect("hash", 1, 1);
  if (unhashable_builtin(args.positional[0]))  // (no C++ throw: `hash(x)` to test hashability)
    return raise_pending(ts, unhashable_error(args.positional[0]));
  // CPython's hashes of numbers (modulo 2**61 - 1, -1 made -2; the dicts' own hashes of ints
  // may differ, unseen); -1 is reserved for errors there.
  auto h = static_cast<int64_t>(set_hash_other(args.positional[0]));
  return Value::integer(h == -1 ? -2 : h);
}

// any() and all() stop at the first item whose truth is `stop_at`. A generator's items that are
// inline values (bools, numbers, None: their truth runs no script) are tested at its yield; the
// one that stops is declined, so that it comes out as next() would give it, and is tested again.
class TruthSearch final : public YieldSink {
 public:
  explicit TruthSearch(bool stop_at) : stop_at_(stop_at) {}
  bool take(Value item) override { return !item.is_obj() && truthy_in_line(item) != stop_at_; }

 private:
  bool stop_at_;
};

bool any_item_of_truth(ThreadState& thread, Value iterable, bool truth) {
  if (const std::vector<Value>* items = items_read_by_index(iterable)) {
    for (size_t i = 0; i < items->size(); ++i) {
      const Value item = (*items)[i];  // an object held while its __bool__ may change the list
      if (!item.is_obj() ? truthy_in_line(item) == truth : truthy(Ref::borrow(item).get()) == truth)
        return true;
    }
    return false;
  }
  Ref iterator = Ref::steal(get_iterator(iterable));
  TruthSearch sink(truth);
  Value item;
  while (next_untaken(thread, iterator.get(), item, sink)) {
    if (truthy_in_line(Ref::steal(item).get()) == truth) return true;
  }
  return false;
}

Value builtin_any(ThreadState& thread, Value, const Args& args) {
  args.expect("any", 1, 1);
  return Value::boolean(any_item_of_truth(thread, args.positional[0], true));
}

Value builtin_all(ThreadState& thread, Value, const Args& args) {
  args.expect("all", 1, 1);
  return Value::boolean(!any_item_of_truth(thread, args.positional[0], false));
}

}  // namespace

Value consumer_start(Native::InLine kind) {
  switch (kind) {
    case Native::InLine::kSum:
      return Value::integer(0);
    case Native::InLine::kList:
    case Native::InLine::kTuple:
    case Native::InLine::kSorted:
    case Native::InLine::kJoin:
      return Value::object(new_list(4));  // room for a few, as collect() makes
    default:
      return Value::none();
  }
}

bool consumer_append_grown(List& list, Value item) {
  try {
    list.items.push_back(item);
  } catch (const std::bad_alloc&) {
    return false;  // consumer_rest()'s push_back raises MemoryError, outside the generator
  }
  return true;
}

Value consumer_result(ThreadState& thread, Native::InLine kind, Value accumulator, Value self) {
  switch (kind) {
    case Native::InLine::kJoin: {
      Ref list = Ref::steal(accumulator);
      return join_pieces(self, as_list(list.get())->items);
    }
    case Native::InLine::kTuple: {
      Ref list = Ref::steal(accumulator);
      return make_tuple(std::move(as_list(list.get())->items));
    }
    case Native::InLine::kSorted: {
      Ref list = Ref::steal(accumulator);
      sort_new_list(thread, list.get(), Value::undefined(), false);
      return list.release();
    }
    case Native::InLine::kAny:
    case Native::InLine::kAll:
      return Value::boolean(kind == Native::InLine::kAll);  // no item stopped it
    default:
      return accumulator;
  }
}

Value consumer_rest(ThreadState& thread, Native::InLine kind, Value accumulator, Value item,
                    Value generator, Value self) {
  switch (kind) {
    case Native::InLine::kSum: {
      Ref total = Ref::steal(accumulator);
      {
        Ref owned = Ref::steal(item);
        total = Ref::steal(binary_op(Op::ADD, total.get(), item));
      }
      return sum_rest(thread, generator, std::move(total));
    }
    case Native::InLine::kList:
    case Native::InLine::kTuple:
    case Native::InLine::kSorted:
    case Native::InLine::kJoin: {
      {
        auto& items = as_list(accumulator)->items;
        try {
          items.push_back(item);
        } catch (...) {
          decref(item);
          decref(accumulator);
          throw;
        }
        try {
          std::vector<Value> rest = collect(generator);
          items.insert(items.end(), rest.begin(), rest.end());
        } catch (...) {
          decref(accumulator);
          throw;
        }
      }
      return consumer_result(thread, kind, accumulator, self);
    }
    default: {  // any(), all()
      decref(accumulator);
      const bool truth = kind == Native::InLine::kAny;
      if (truthy(Ref::steal(item).get()) == truth) return Value::boolean(truth);
      return Value::boolean(any_item_of_truth(thread, generator, truth) == truth);
    }
  }
}

namespace {

// reversed(): lazy, as CPython's: `__reversed__` if the class has one; a range, a list, a tuple
// or an object with __len__ and __getitem__ is read by index from the end, a dict or a view of
// one from its newest entry (its own iterator, which a change of size stops). A str (immutable)
// is reversed at once.
Value builtin_reversed(ThreadState&, Value, const Args& args) {
  args.expect("reversed", 1, 1);
  Value v = args.positional[0];
  if (is_kind(v, Kind::Dict)) return make_reversed_dict_iterator(v, DictPart::Keys);
  if (is_kind(v, Kind::DictView))
    return make_reversed_dict_iterator(as_dict_view(v)->dict, as_dict_view(v)->part);
  if (is_kind(v, Kind::Deque)) return deque_iterator(v, true);
  if (is_kind(v, Kind::Str) || is_bytes_like(v)) {
    std::vector<Value> items = collect(v);
    std::reverse(items.begin(), items.end());
    Ref list = Ref::steal(make_list(std::move(items)));
    return get_iterator(list.get());
  }
  if (is_kind(v, Kind::ScriptInstance) || has_metaclass(v) ||
      (is_kind(v, Kind::Instance) && !type_of(v).is_undefined())) {
    Value result = call_special(v, NAME_KEY("__reversed__"), nullptr, 0);
    if (!result.is_undefined()) return result;
  }
  bool sequence = is_kind(v, Kind::List) || is_kind(v, Kind::Tuple) || is_kind(v, Kind::Range);
  if (!sequence && is_kind(v, Kind::ScriptInstance)) {
    sequence = !Ref::steal(special_method(v, "__len__")).get().is_undefined() &&
               !Ref::steal(special_method(v, "__getitem__")).get().is_undefined();
  }
  if (!sequence) raise(exc::TypeError, "'" + type_name(v) + "' object is not reversible");
  auto* it = new Iterator();
  Ref owned = Ref::steal(Value::object(it));
  it->source = Iterator::Source::Reversed;
  it->index = static_cast<size_t>(length(v));
  incref(v);
  it->sequence = v;
  return owned.release();
}

Value builtin_map(ThreadState&, Value, const Args& args) {
  if (args.keyword_count()) raise(exc::TypeError, "map() takes no keyword arguments");
  if (args.count < 2) raise(exc::TypeError, "map() must have at least two arguments.");
  Value it =
      lazy_iterator(Iterator::Source::Map, iterators_of(args.positional + 1, args.count - 1));
  incref(args.positional[0]);
  static_cast<Iterator*>(it.obj)->function = args.positional[0];
  return it;
}

Value builtin_filter(ThreadState&, Value, const Args& args) {
  args.expect("filter", 2, 2);
  Value it = lazy_iterator(Iterator::Source::Filter, iterators_of(args.positional + 1, 1));
  incref(args.positional[0]);
  static_cast<Iterator*>(it.obj)->function = args.positional[0];
  return it;
}

// divmod(a, b), also the native's two-argument entry (call2).
Value divmod_of(Value a, Value b) {
  if (is_number_instance(a) || is_number_instance(b)) [[unlikely]] {  // its class's __divmod__
    const bool reflected = !is_number_instance(a);
    Value other = reflected ? a : b;
    Ref result = Ref::steal(call_special(reflected ? b : a, reflected ? NAME_KEY("__rdivmod__")
                                                                      : NAME_KEY("__divmod__"),
                                         &other, 1));
    if (!result.get().is_undefined() && result.get().obj != not_implemented().obj)
      return result.release();
    return divmod_of(number_value(a), number_value(b));
  }
  auto is_int = [](Value v) { return v.is_int() || v.is_bool() || is_bigint(v); };
  const bool numbers = (is_int(a) || a.is_float()) && (is_int(b) || b.is_float());
  // (Its errors without a C++ throw: `divmod(n, d)` caught for d == 0.)
  if (numbers && !truthy(b)) {
    return raise_pending(current_thread_state(), exc::ZeroDivisionError,
                         a.is_float() || b.is_float() ? "float divmod()"
                                                      : "integer division or modulo by zero");
  }
  if (!numbers && !is_kind(a, Kind::ScriptInstance) && !is_kind(b, Kind::ScriptInstance)) {
    return raise_pending(current_thread_state(), exc::TypeError,
                         "unsupported operand type(s) for divmod(): '" + type_name(a) + "' and '" +
                             type_name(b) + "'");
  }
  if (is_int(a) && is_int(b) && (is_bigint(a) || is_bigint(b))) {
    Limb a_limb, b_limb;
    return big_integer_divmod(int_view(a, a_limb), int_view(b, b_limb));
  }
  Ref quotient = Ref::steal(binary_op(Op::FLOORDIV, a, b));
  Ref remainder = Ref::steal(binary_op(Op::MOD, a, b));
  return make_tuple({quotient.release(), remainder.release()});
}

Value builtin_divmod(ThreadState&, Value, const Args& args) {
  args.expect_as_type("divmod", 2, 2);
  return divmod_of(args.positional[0], args.positional[1]);
}

Value builtin_pow(ThreadState&, Value, const Args& args) {
  if (args.count == 3 && !args.keyword_names && args.positional[0].is_int() &&
      args.positional[1].is_int() && args.positional[2].is_int())  // pow(i, 2, m): no binding
    return int_pow_mod(args.positional[0], args.positional[1], args.positional[2]);
  auto bound = args.bind("pow", {"base", "exp", "mod"}, 2);
  if (bound[2].is_undefined() || bound[2].is_none()) return binary_op(Op::POW, bound[0], bound[1]);
  auto integer = [](Value v) { return v.is_int() || v.is_bool() || is_bigint(v); };
  if (is_complex(bound[0]) || is_complex(bound[1]) || is_complex(bound[2])) {
    bool numbers = true;  // complex's pow takes no modulus
    for (Value v : bound) numbers = numbers && (integer(v) || v.is_float() || is_complex(v));
    if (numbers) raise(exc::ValueError, "complex modulo");
  }
  for (Value v : bound) {  // CPython's ternary_op: a non-number first, then a float
    if (!integer(v) && !v.is_float()) {
      raise(exc::TypeError, "unsupported operand type(s) for ** or pow(): '" +
                                type_name(bound[0]) + "', '" + type_name(bound[1]) + "', '" +
                                type_name(bound[2]) + "'");
    }
  }
  for (Value v : bound) {
    if (!integer(v))
      raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return int_pow_mod(bound[0], bound[1], bound[2]);
}

// round(x, ndigits), ndigits Undefined where not given: also the native's one- and two-argument
// entries (call1, call2).
Value rounded(Value x, Value ndigits) {
  bool has_digits = !ndigits.is_undefined() && !ndigits.is_none();
  if (x.is_int() || x.is_bool() || is_bigint(x)) {
    if (x.is_bool()) x = Value::integer(x.b);
    int64_t digits = has_digits ? integer_argument(ndigits) : 0;
    if (digits >= 0) {
      incref(x);
      return x;  // ndigits >= 0 changes nothing
    }
    // To a multiple of 10**-digits, half to even (CPython's long_round).
    Ref ten = Ref::steal(Value::integer(10)), exponent = Ref::steal(Value::integer(-digits));
    Ref scale = Ref::steal(binary_op(Op::POW, ten.get(), exponent.get()));
    Ref quotient = Ref::steal(binary_op(Op::FLOORDIV, x, scale.get()));
    Ref remainder = Ref::steal(binary_op(Op::MOD, x, scale.get()));
    Ref twice = Ref::steal(binary_op(Op::ADD, remainder.get(), remainder.get()));
    Ref one = Ref::steal(Value::integer(1));
    Ref odd = Ref::steal(binary_op(Op::BIT_AND, quotient.get(), one.get()));
    bool above = less_than(scale.get(), twice.get());
    if (above || (!less_than(twice.get(), scale.get()) && truthy(odd.get())))
      quotient = Ref::steal(binary_op(Op::ADD, quotient.get(), one.get()));
    return binary_op(Op::MUL, quotient.get(), scale.get());
  }
  if (!x.is_float()) {
    Value arguments[1] = {ndigits};
    Value result = call_special(x, NAME_KEY("__round__"), arguments, has_digits ? 1 : 0);
    if (!result.is_undefined()) return result;
    if (is_number_instance(x)) return rounded(number_value(x), ndigits);  // its number's
    return raise_pending(current_thread_state(), exc::TypeError,  // (no C++ throw: scripts catch it)
                         "type " + type_name(x) + " doesn't define __round__ method");
  }
  if (!has_digits) {
    if (std::isinf(x.f)) raise(exc::OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(x.f)) raise(exc::ValueError, "cannot convert float NaN to integer");
    double r = std::nearbyint(x.f);  // the default rounding mode: half to even, as Python
    if (std::fabs(r) < 9.2e18) return Value::integer(static_cast<int64_t>(r));
    return make_int(BigInt::from_double(r));
  }
  int64_t digits = integer_argument(ndigits);
  if (!std::isfinite(x.f) || digits > 320) return x;
  if (digits < -320) return Value::floating(0.0 * x.f);
  // The decimal rounding of the exact binary value (as CPython's round does), as printf's.
  if (digits >= 0)
    return Value::floating(
        std::strtod(print_double('f', false, static_cast<int>(digits), x.f).c_str(), nullptr));
  double scale = std::pow(10.0, static_cast<double>(-digits));
  return Value::floating(std::nearbyint(x.f / scale) * scale);
}

Value builtin_round(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("round", {"number", "ndigits"}, 1);
  return rounded(bound[0], bound[1]);
}


}  // namespace

Native* add_builtin(std::unordered_map<std::string, Value>& builtins, const char* name,
                    NativeFn fn) {
  auto* native = new Native(name, fn);
  decref(builtins[name]);  // replaces a stand-in of the same name, if any
  builtins[name] = Value::object(native);
  return native;
}

void install_builtin_functions(std::unordered_map<std::string, Value>& builtins) {
  add_builtin(builtins, "print", builtin_print);
  add_builtin(builtins, "open", builtin_open);
  Native* len = add_builtin(builtins, "len", builtin_len);
  len->call1 = length_of;
  len->in_line = Native::InLine::kLen;
  Native* range = add_builtin(builtins, "range", builtin_range);
  range->call1 = range_to;
  range->call2 = range_from_to;
  add_builtin(builtins, "slice", builtin_slice_object);
  add_builtin(builtins, "int", builtin_int);
  add_builtin(builtins, "float", builtin_float);
  add_builtin(builtins, "complex", builtin_complex);
  add_builtin(builtins, "str", builtin_str)->call1 = str_of;
  add_builtin(builtins, "repr", builtin_repr);
  add_builtin(builtins, "bool", builtin_bool)->call1 = bool_of;
  add_builtin(builtins, "bytes", builtin_bytes);
  add_builtin(builtins, "bytearray", builtin_bytearray);
  add_builtin(builtins, "list", builtin_list)->in_line = Native::InLine::kList;
  add_builtin(builtins, "tuple", builtin_tuple)->in_line = Native::InLine::kTuple;
  add_builtin(builtins, "dict", builtin_dict);
  add_builtin(builtins, "set", builtin_set<false>);
  add_builtin(builtins, "frozenset", builtin_set<true>);
  Native* abs = add_builtin(builtins, "abs", builtin_abs);
  abs->call1 = absolute;
  abs->in_line = Native::InLine::kAbs;  // abs(z) of a complex (a Mandelbrot's test)
  add_builtin(builtins, "min", builtin_min)->call2 = min_of_two;
  add_builtin(builtins, "max", builtin_max)->call2 = max_of_two;
  add_builtin(builtins, "sum", builtin_sum)->in_line = Native::InLine::kSum;
  add_builtin(builtins, "sorted", builtin_sorted)->in_line = Native::InLine::kSorted;
  add_builtin(builtins, "enumerate", builtin_enumerate);
  add_builtin(builtins, "zip", builtin_zip);
  Native* ord = add_builtin(builtins, "ord", builtin_ord);
  ord->call1 = ord_of;
  ord->in_line = Native::InLine::kOrd;
  Native* chr = add_builtin(builtins, "chr", builtin_chr);
  chr->call1 = chr_of;
  chr->in_line = Native::InLine::kChr;
  add_builtin(builtins, "hex", builtin_hex);
  add_builtin(builtins, "oct", builtin_oct);
  add_builtin(builtins, "bin", builtin_bin);
  add_builtin(builtins, "format", builtin_format);
  add_builtin(builtins, "ascii", builtin_ascii);
  add_builtin(builtins, "hash", builtin_hash);
  add_builtin(builtins, "any", builtin_any)->in_line = Native::InLine::kAny;
  add_builtin(builtins, "all", builtin_all)->in_line = Native::InLine::kAll;
  add_builtin(builtins, "reversed", builtin_reversed);
  add_builtin(builtins, "map", builtin_map);
  add_builtin(builtins, "filter", builtin_filter);
  add_builtin(builtins, "divmod", builtin_divmod)->call2 = divmod_of;
  add_builtin(builtins, "pow", builtin_pow);
  Native* round = add_builtin(builtins, "round", builtin_round);
  round->call1 = [](Value x) { return rounded(x, Value::undefined()); };
  round->call2 = rounded;
  builtins["NotImplemented"] = not_implemented();  // immortal: the map's release does nothing
  builtins["Ellipsis"] = ellipsis();
  for (ExceptionClass* cls : exc::all()) {
    builtins[cls->name] = Value::object(cls);
    incref(Value::object(cls));  // the map owns its values (the VM releases them all)
  }
  install_class_builtins(builtins);
}

}  // namespace gilvm
