// The `array` module: array.array, as CPython's Modules/arraymodule.c. An array holds numbers of
// one C type (its typecode) unboxed, in one block of bytes; an item becomes a Value when read.
// Indexing, iteration, comparison and + and * come through the sequence protocol of its TypeInfo
// (SequenceMethods, runtime/instance.h), so `a[i]` is one test in get_item() away from a list's.
// Values are checked and converted with CPython's errors (OverflowError "signed char is greater
// than maximum", TypeError "must be real number, not str") before anything is written.
#include "modules/module_array.h"

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/native_iterator.h"
#include "runtime/operations.h"
#include "runtime/unicode.h"

namespace gilvm {

namespace {

constexpr std::string_view kTypecodes = "bBuhHiIlLqQfd";

size_t item_size(char code) {
  switch (code) {
    case 'b':
    case 'B': return 1;
    case 'h':
    case 'H': return 2;
    case 'i':
    case 'I':
    case 'f':
    case 'u': return 4;  // 'u': a wchar_t, 32 bits on Linux
    default: return 8;   // l L q Q d
  }
}

bool is_float_code(char code) { return code == 'f' || code == 'd'; }

const TypeInfo& array_type();

// The items' bytes in native order, `size` bytes each. Read and changed under `mutex` when
// free-threaded (ContainerLock), as a list's items; values are converted before it is taken.
struct Array final : Instance {
  const char code;
  const size_t size;
  std::string data;
  ContainerMutex mutex;
  explicit Array(char c) : Instance(&array_type()), code(c), size(item_size(c)) {}
  size_t length() const { return data.size() / size; }
};

bool is_array(Value v) {
  return is_kind(v, Kind::Instance) && static_cast<Instance*>(v.obj)->type == &array_type();
}
Array& as_array(Value v) { return *static_cast<Array*>(v.obj); }
Array& as_array(Instance& instance) { return static_cast<Array&>(instance); }

template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
void store(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

Value unsigned_value(uint64_t u) {
  if (u <= static_cast<uint64_t>(INT64_MAX)) return Value::integer(static_cast<int64_t>(u));
  BigInt big;
  BigInt::parse(std::to_string(u), 10, big);
  return make_int(big);
}

Value char_value(uint32_t cp) {
  if (cp < 0x80) return ascii_char(static_cast<unsigned char>(cp));
  std::string text;
  unicode::append(text, cp);
  return make_str(std::move(text), 1);
}

// The item at `p` as a Value (a new reference).
[[gnu::always_inline]] inline Value item_value(char code, const char* p) {
  switch (code) {
    case 'd': return Value::floating(load<double>(p));
    case 'f': return Value::floating(load<float>(p));
    case 'b': return Value::integer(load<int8_t>(p));
    case 'B': return Value::integer(load<uint8_t>(p));
    case 'h': return Value::integer(load<int16_t>(p));
    case 'H': return Value::integer(load<uint16_t>(p));
    case 'i': return Value::integer(load<int32_t>(p));
    case 'I': return Value::integer(load<uint32_t>(p));
    case 'l':
    case 'q': return Value::integer(load<int64_t>(p));
    case 'L':
    case 'Q': return unsigned_value(load<uint64_t>(p));
    default: return char_value(load<uint32_t>(p));  // 'u'
  }
}

// An inline int's or a bool's value.
bool is_small_int(Value v) { return v.is_int() || v.is_bool(); }
int64_t small_int(Value v) { return v.is_bool() ? v.b : v.i; }

[[noreturn]] void overflow(const char* message) { raise(exc::OverflowError, message); }

constexpr const char* kLongTooLarge = "Python int too large to convert to C long";

// PyArg_Parse's "h" and "i", through which CPython's b, h, H and i items pass first.
void check_short(int64_t x) {
  if (x < INT16_MIN) overflow("signed short integer is less than minimum");
  if (x > INT16_MAX) overflow("signed short integer is greater than maximum");
}
void check_int(int64_t x) {
  if (x < INT32_MIN) overflow("signed integer is less than minimum");
  if (x > INT32_MAX) overflow("signed integer is greater than maximum");
}

// An integer item: an int, a bool or an object's __index__, range-checked with the messages of
// CPython's setitem for the typecode, written to `out`.
void encode_integer(char code, Value v, char* out) {
  Ref holder;
  const Value n = integer_value(v, holder);  // "'float' object cannot be interpreted as an integer"
  const bool big = is_bigint(n);
  const bool negative = big ? as_bigint(n).negative : small_int(n) < 0;
  // A big int's magnitude, when it fits in 64 bits (uint64 items).
  const bool fits_unsigned = !big || (!negative && as_bigint(n).size == 1);
  const uint64_t magnitude =
      big ? (fits_unsigned ? as_bigint(n).limbs[0] : 0) : static_cast<uint64_t>(small_int(n));
  const int64_t x = big ? 0 : small_int(n);
  switch (code) {
    case 'b':
      if (big) overflow(kLongTooLarge);
      check_short(x);
      if (x < -128) overflow("signed char is less than minimum");
      if (x > 127) overflow("signed char is greater than maximum");
      return store<int8_t>(out, static_cast<int8_t>(x));
    case 'B':
      if (big) overflow(kLongTooLarge);
      if (x < 0) overflow("unsigned byte integer is less than minimum");
      if (x > 255) overflow("unsigned byte integer is greater than maximum");
      return store<uint8_t>(out, static_cast<uint8_t>(x));
    case 'h':
      if (big) overflow(kLongTooLarge);
      check_short(x);
      return store<int16_t>(out, static_cast<int16_t>(x));
    case 'H':
      if (big) overflow(kLongTooLarge);
      check_int(x);
      if (x < 0) overflow("unsigned short is less than minimum");
      if (x > UINT16_MAX) overflow("unsigned short is greater than maximum");
      return store<uint16_t>(out, static_cast<uint16_t>(x));
    case 'i':
      if (big) overflow(kLongTooLarge);
      check_int(x);
      return store<int32_t>(out, static_cast<int32_t>(x));
    case 'I':
      if (negative) overflow("can't convert negative value to unsigned int");
      if (!fits_unsigned) overflow("Python int too large to convert to C unsigned long");
      if (magnitude > UINT32_MAX) overflow("unsigned int is greater than maximum");
      return store<uint32_t>(out, static_cast<uint32_t>(magnitude));
    case 'l':
      if (big) overflow(kLongTooLarge);
      return store<int64_t>(out, x);
    case 'q':
      if (big) overflow("int too big to convert");
      return store<int64_t>(out, x);
    case 'L':
      if (negative) overflow("can't convert negative value to unsigned int");
      if (!fits_unsigned) overflow("Python int too large to convert to C unsigned long");
      return store<uint64_t>(out, magnitude);
    default:  // 'Q'
      if (negative) overflow("can't convert negative int to unsigned");
      if (!fits_unsigned) overflow("int too big to convert");
      return store<uint64_t>(out, magnitude);
  }
}

// `v` as an item of an array of `code`, written to `out` (item_size(code) bytes).
[[gnu::always_inline]] inline void encode_item(char code, Value v, char* out) {
  if (code == 'd' && v.is_float()) return store<double>(out, v.f);
  if (is_float_code(code)) {
    double d;
    if (v.is_float()) {
      d = v.f;
    } else if (v.is_int() || v.is_bool()) {
      d = static_cast<double>(v.is_int() ? v.i : v.b);
    } else if (is_bigint(v)) {
      d = int_to_double(v);
    } else {
      raise(exc::TypeError, "must be real number, not " + type_name(v));
    }
    if (code == 'd') return store<double>(out, d);
    return store<float>(out, static_cast<float>(d));
  }
  if (code == 'u') {
    if (!is_kind(v, Kind::Str) || as_str(v)->length() != 1)
      raise(exc::TypeError, "array item must be unicode character");
    size_t at = 0;
    return store<uint32_t>(out, unicode::decode(as_str(v)->text, at));
  }
  encode_integer(code, v, out);
}

// The items of an iterable (a list, a tuple, any iterable) as an array of `code`'s bytes: all
// converted before the array is touched.
std::string encode_items(char code, Value iterable) {
  const size_t size = item_size(code);
  std::string out;
  char item[8];
  auto add = [&](Value v) {
    encode_item(code, v, item);
    out.append(item, size);
  };
  if (is_kind(iterable, Kind::List) || is_kind(iterable, Kind::Tuple)) {
    ItemsView view(iterable);
    out.reserve(view.items().size() * size);
    for (Value v : view.items()) add(v);
    return out;
  }
  Ref iterator = Ref::steal(get_iterator(iterable));
  Value v;
  while (iterator_next(iterator.get(), v)) {
    Ref owned = Ref::steal(v);
    add(v);
  }
  return out;
}

// A snapshot of an array's bytes (a copy when free-threaded, taken under its lock).
std::string bytes_of(Array& array) {
  ContainerLock lock(array.mutex);
  return array.data;
}

void append_bytes(Array& array, std::string_view bytes) {
  ContainerLock lock(array.mutex);
  array.data.append(bytes);
}

Array* new_array(char code, std::string data) {
  auto* array = new Array(code);
  array->data = std::move(data);
  return array;
}

// ---- indexing

// An index as CPython's array_subscr takes it: an int or an object's __index__.
int64_t index_of(Value index) {
  Ref holder;
  const Value n = indexed(index, holder);
  if (is_bigint(n)) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  if (!is_small_int(n)) raise(exc::TypeError, "array indices must be integers");
  return small_int(n);
}

// The position of index `i` (below 0: from the end) in an array of `length` items, or -1.
inline int64_t position(int64_t i, size_t length) {
  if (i < 0) i += static_cast<int64_t>(length);
  return i >= 0 && i < static_cast<int64_t>(length) ? i : -1;
}

Value array_get_item(Instance& self, Value index) {
  Array& array = as_array(self);
  if (index.is_int()) [[likely]] {
    ContainerLock lock(array.mutex);
    const int64_t at = position(index.i, array.length());
    if (at >= 0) return item_value(array.code, array.data.data() + at * array.size);
    raise(exc::IndexError, "array index out of range");
  }
  if (is_kind(index, Kind::Slice)) {
    std::string data = bytes_of(array);
    const SlicePositions slice = slice_positions(index, data.size() / array.size);
    std::string out;
    out.reserve(static_cast<size_t>(slice.count) * array.size);
    for (int64_t k = 0; k < slice.count; ++k)
      out.append(data, static_cast<size_t>(slice.start + k * slice.step) * array.size, array.size);
    return Value::object(new_array(array.code, std::move(out)));
  }
  const int64_t i = index_of(index);
  ContainerLock lock(array.mutex);
  const int64_t at = position(i, array.length());
  if (at < 0) raise(exc::IndexError, "array index out of range");
  return item_value(array.code, array.data.data() + at * array.size);
}

// a[i:j:k] = other (an array of the same typecode), as CPython's array_ass_subscr: any length
// for a step of 1, the slice's own length otherwise.
void assign_slice(Array& array, Value slice_object, Value value) {
  if (!is_array(value))
    raise(exc::TypeError,
          "can only assign array (not \"" + type_name(value) + "\") to array slice");
  Array& other = as_array(value);
  if (other.code != array.code) raise(exc::TypeError, "bad argument type for built-in operation");
  const std::string replacement = bytes_of(other);  // a copy: a[:] = a
  ContainerLock lock(array.mutex);
  const SlicePositions slice = slice_positions(slice_object, array.length());
  const size_t size = array.size;
  if (slice.step == 1) {
    array.data.replace(static_cast<size_t>(slice.start) * size,
                       static_cast<size_t>(slice.count) * size, replacement);
    return;
  }
  const size_t count = replacement.size() / size;
  if (count != static_cast<size_t>(slice.count))
    raise(exc::ValueError, "attempt to assign array of size " + std::to_string(count) +
                               " to extended slice of size " + std::to_string(slice.count));
  for (int64_t k = 0; k < slice.count; ++k)
    array.data.replace(static_cast<size_t>(slice.start + k * slice.step) * size, size, replacement,
                       static_cast<size_t>(k) * size, size);
}

void array_set_item(Instance& self, Value index, Value value) {
  Array& array = as_array(self);
  if (is_kind(index, Kind::Slice)) return assign_slice(array, index, value);
  const int64_t i = index.is_int() ? index.i : index_of(index);
  char item[8];
  encode_item(array.code, value, item);
  ContainerLock lock(array.mutex);
  const int64_t at = position(i, array.length());
  if (at < 0) raise(exc::IndexError, "array assignment index out of range");
  std::memcpy(array.data.data() + at * array.size, item, array.size);
}

void array_delete_item(Instance& self, Value index) {
  Array& array = as_array(self);
  ContainerLock lock(array.mutex);
  const size_t size = array.size;
  if (is_kind(index, Kind::Slice)) {
    const SlicePositions slice = slice_positions(index, array.length());
    if (slice.count == 0) return;
    std::vector<bool> removed(array.length(), false);
    for (int64_t k = 0; k < slice.count; ++k)
      removed[static_cast<size_t>(slice.start + k * slice.step)] = true;
    std::string kept;
    for (size_t i = 0; i < removed.size(); ++i)
      if (!removed[i]) kept.append(array.data, i * size, size);
    array.data = std::move(kept);
    return;
  }
  const int64_t at = position(index_of(index), array.length());
  if (at < 0) raise(exc::IndexError, "array assignment index out of range");
  array.data.erase(static_cast<size_t>(at) * size, size);
}

size_t array_length(Instance& self) {
  Array& array = as_array(self);
  ContainerLock lock(array.mutex);
  return array.length();
}

// The position of the first item equal to `x` at or after `from`, or -1. Items are read one at
// a time (an __eq__ may run script code that changes the array).
int64_t find_item(Array& array, Value x, size_t from = 0) {
  for (size_t i = from;; ++i) {
    Value item;
    {
      ContainerLock lock(array.mutex);
      if (i >= array.length()) return -1;
      item = item_value(array.code, array.data.data() + i * array.size);
    }
    Ref owned = Ref::steal(item);
    if (values_equal(item, x)) return static_cast<int64_t>(i);
  }
}

bool array_contains(Instance& self, Value item) { return find_item(as_array(self), item) >= 0; }

bool array_equals(Instance& self, Value other) {
  if (!is_array(other)) return false;
  Array& a = as_array(self);
  Array& b = as_array(other);
  const std::string x = bytes_of(a), y = bytes_of(b);
  if (x.size() / a.size != y.size() / b.size) return false;
  // Same integer typecode: equal bytes are equal items. Floats compare as numbers (NaN, -0.0).
  if (a.code == b.code && !is_float_code(a.code)) return x == y;
  for (size_t i = 0, n = x.size() / a.size; i < n; ++i) {
    const Value p = item_value(a.code, x.data() + i * a.size);
    const Value q = item_value(b.code, y.data() + i * b.size);
    Ref hold_p = Ref::steal(p), hold_q = Ref::steal(q);
    if (!values_equal(p, q)) return false;
  }
  return true;
}

std::string repeated(std::string_view data, Value times_value) {
  Ref holder;
  times_value = indexed(times_value, holder);  // an int, a bool or an object's __index__
  if (is_bigint(times_value))
    raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  if (!is_small_int(times_value))
    raise(exc::TypeError,
          "can't multiply sequence by non-int of type '" + type_name(times_value) + "'");
  const int64_t times = small_int(times_value);
  std::string out;
  if (times <= 0 || data.empty()) return out;
  if (static_cast<uint64_t>(times) > sequence_byte_limit() / data.size())
    raise(exc::MemoryError, "");
  out.reserve(data.size() * static_cast<size_t>(times));
  for (int64_t k = 0; k < times; ++k) out += data;
  return out;
}

Value array_binary(Op op, Value a, Value b, bool in_place) {
  if (op == Op::ADD && is_array(a)) {
    if (!is_array(b))
      raise(exc::TypeError,
            std::string(in_place ? "can only extend array with array" : "can only append array") +
                " (not \"" + type_name(b) + "\")" + (in_place ? "" : " to array"));
    Array& array = as_array(a);
    if (as_array(b).code != array.code)
      raise(exc::TypeError, "bad argument type for built-in operation");
    if (in_place) {
      append_bytes(array, bytes_of(as_array(b)));
      incref(a);
      return a;
    }
    return Value::object(new_array(array.code, bytes_of(array) + bytes_of(as_array(b))));
  }
  if (op == Op::MUL) {
    const bool left = is_array(a);
    Array& array = as_array(left ? a : b);
    std::string data = repeated(bytes_of(array), left ? b : a);
    if (in_place && left) {
      {
        ContainerLock lock(array.mutex);
        array.data = std::move(data);
      }
      incref(a);
      return a;
    }
    return Value::object(new_array(array.code, std::move(data)));
  }
  return Value::undefined();
}

// ---- iteration

struct ArrayIterator final : NativeIterator {
  Ref array;
  size_t next_index = 0;
  explicit ArrayIterator(Value a) : array(Ref::borrow(a)) {}
  bool next(Value& out) override {
    Array& a = as_array(array.get());
    ContainerLock lock(a.mutex);  // the index too: threads may share the iterator
    if (next_index >= a.length()) return false;
    out = item_value(a.code, a.data.data() + next_index * a.size);
    ++next_index;
    return true;
  }
  const char* type_name() const override { return "arrayiterator"; }
};

Value array_iterate(Value self) { return Value::object(new ArrayIterator(self)); }

// ---- methods

Array& self_array(Value self) { return as_array(self); }

Value array_append(ThreadState&, Value self, const Args& args) {
  args.expect("append", 1, 1);
  Array& array = self_array(self);
  char item[8];
  encode_item(array.code, args.positional[0], item);
  append_bytes(array, std::string_view(item, array.size));
  return Value::none();
}

// extend(iterable): an array of the same typecode, or any iterable's items, appended one at a
// time (those before a bad one stay, as in CPython).
Value array_extend(ThreadState&, Value self, const Args& args) {
  args.expect("extend", 1, 1);
  Array& array = self_array(self);
  const Value source = args.positional[0];
  if (is_array(source)) {
    if (as_array(source).code != array.code)
      raise(exc::TypeError, "can only extend with array of same kind");
    append_bytes(array, bytes_of(as_array(source)));
    return Value::none();
  }
  Ref iterator = Ref::steal(get_iterator(source));
  Value v;
  char item[8];
  while (iterator_next(iterator.get(), v)) {
    Ref owned = Ref::steal(v);
    encode_item(array.code, v, item);
    append_bytes(array, std::string_view(item, array.size));
  }
  return Value::none();
}

Value array_pop(ThreadState&, Value self, const Args& args) {
  args.expect("pop", 0, 1);
  const int64_t i = args.count ? index_of(args.positional[0]) : -1;
  Array& array = self_array(self);
  ContainerLock lock(array.mutex);
  if (array.data.empty()) raise(exc::IndexError, "pop from empty array");
  const int64_t at = position(i, array.length());
  if (at < 0) raise(exc::IndexError, "pop index out of range");
  const size_t offset = static_cast<size_t>(at) * array.size;
  Value item = item_value(array.code, array.data.data() + offset);
  array.data.erase(offset, array.size);
  return item;
}

Value array_insert(ThreadState&, Value self, const Args& args) {
  args.expect("insert", 2, 2);
  int64_t i = index_of(args.positional[0]);
  Array& array = self_array(self);
  char item[8];
  encode_item(array.code, args.positional[1], item);
  ContainerLock lock(array.mutex);
  const auto n = static_cast<int64_t>(array.length());
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  i = std::min(i, n);
  array.data.insert(static_cast<size_t>(i) * array.size, item, array.size);
  return Value::none();
}

Value tolist(Array& array) {
  const std::string data = bytes_of(array);
  std::vector<Value> items;
  items.reserve(data.size() / array.size);
  for (size_t at = 0; at < data.size(); at += array.size)
    items.push_back(item_value(array.code, data.data() + at));
  return make_list(std::move(items));
}

Value array_tolist(ThreadState&, Value self, const Args& args) {
  args.expect("tolist", 0, 0);
  return tolist(self_array(self));
}

Value array_tobytes(ThreadState&, Value self, const Args& args) {
  args.expect("tobytes", 0, 0);
  return make_bytes(bytes_of(self_array(self)));
}

Value array_frombytes(ThreadState&, Value self, const Args& args) {
  args.expect("frombytes", 1, 1);
  const Value source = args.positional[0];
  if (!is_bytes_like(source))
    raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(source) + "'");
  Array& array = self_array(self);
  const std::string data(BytesView(source).data());
  if (data.size() % array.size != 0)
    raise(exc::ValueError, "bytes length not a multiple of item size");
  append_bytes(array, data);
  return Value::none();
}

// fromlist(list): all of the list's items or none (CPython restores the array on an error).
Value array_fromlist(ThreadState&, Value self, const Args& args) {
  args.expect("fromlist", 1, 1);
  const Value source = args.positional[0];
  if (!is_kind(source, Kind::List)) raise(exc::TypeError, "arg must be list");
  Array& array = self_array(self);
  append_bytes(array, encode_items(array.code, source));
  return Value::none();
}

Value array_tounicode(ThreadState&, Value self, const Args& args) {
  args.expect("tounicode", 0, 0);
  Array& array = self_array(self);
  if (array.code != 'u')
    raise(exc::ValueError, "tounicode() may only be called on unicode type arrays");
  const std::string data = bytes_of(array);
  std::string text;
  for (size_t at = 0; at < data.size(); at += 4)
    unicode::append(text, load<uint32_t>(data.data() + at));
  return make_str(std::move(text));
}

Value array_index(ThreadState&, Value self, const Args& args) {
  args.expect("index", 1, 1);
  const int64_t at = find_item(self_array(self), args.positional[0]);
  if (at < 0) raise(exc::ValueError, "array.index(x): x not in array");
  return Value::integer(at);
}

Value array_count(ThreadState&, Value self, const Args& args) {
  args.expect("count", 1, 1);
  Array& array = self_array(self);
  int64_t count = 0;
  for (int64_t at = find_item(array, args.positional[0]); at >= 0;
       at = find_item(array, args.positional[0], static_cast<size_t>(at) + 1))
    ++count;
  return Value::integer(count);
}

Value array_remove(ThreadState&, Value self, const Args& args) {
  args.expect("remove", 1, 1);
  Array& array = self_array(self);
  const int64_t at = find_item(array, args.positional[0]);
  if (at < 0) raise(exc::ValueError, "array.remove(x): x not in array");
  ContainerLock lock(array.mutex);
  if (static_cast<size_t>(at) < array.length())
    array.data.erase(static_cast<size_t>(at) * array.size, array.size);
  return Value::none();
}

Value array_reverse(ThreadState&, Value self, const Args& args) {
  args.expect("reverse", 0, 0);
  Array& array = self_array(self);
  ContainerLock lock(array.mutex);
  const size_t n = array.length(), size = array.size;
  char* data = array.data.data();
  char scratch[8];
  for (size_t i = 0, j = n; i + 1 < j; ++i) {
    --j;
    std::memcpy(scratch, data + i * size, size);
    std::memcpy(data + i * size, data + j * size, size);
    std::memcpy(data + j * size, scratch, size);
  }
  return Value::none();
}

Value array_buffer_info(ThreadState&, Value self, const Args& args) {
  args.expect("buffer_info", 0, 0);
  Array& array = self_array(self);
  ContainerLock lock(array.mutex);
  return make_tuple({Value::integer(reinterpret_cast<intptr_t>(array.data.data())),
                     Value::integer(static_cast<int64_t>(array.length()))});
}

Value array_copy(ThreadState&, Value self, const Args& args) {
  args.expect("__copy__", 0, 0);
  Array& array = self_array(self);
  return Value::object(new_array(array.code, bytes_of(array)));
}

Value array_get(ThreadState&, Instance& instance, std::string_view name) {
  Array& array = as_array(instance);
  if (name == "typecode") return ascii_char(static_cast<unsigned char>(array.code));
  if (name == "itemsize") return Value::integer(static_cast<int64_t>(array.size));
  return Value::undefined();
}

// array('d', [1.0, 2.0]), array('u', 'hi'), array('i') when empty.
std::string array_repr(Value self) {
  Array& array = self_array(self);
  std::string out = "array('";
  out += array.code;
  out += '\'';
  if (array_length(array) > 0) {
    Ref items = Ref::steal(tolist(array));
    out += ", ";
    if (array.code == 'u') {
      std::string text;
      for (Value c : as_list(items.get())->items) text += as_str(c)->text;
      Ref str = Ref::steal(make_str(std::move(text)));
      out += repr(str.get());
    } else {
      out += repr(items.get());
    }
  }
  return out + ")";
}

const SequenceMethods kArraySequence = {
    array_get_item, array_set_item, array_delete_item, array_length,
    array_iterate,  array_contains, array_equals,      array_binary,
};

const TypeInfo& array_type() {
  static const TypeInfo type = [] {
    TypeInfo t;
    t.name = "array.array";
    t.methods = {{"append", array_append},
                 {"extend", array_extend},
                 {"pop", array_pop},
                 {"insert", array_insert},
                 {"tolist", array_tolist},
                 {"tobytes", array_tobytes},
                 {"frombytes", array_frombytes},
                 {"fromlist", array_fromlist},
                 {"tounicode", array_tounicode},
                 {"index", array_index},
                 {"count", array_count},
                 {"remove", array_remove},
                 {"reverse", array_reverse},
                 {"buffer_info", array_buffer_info},
                 {"__copy__", array_copy}};
    t.get = array_get;
    t.repr = array_repr;
    t.sequence = &kArraySequence;
    return t;
  }();
  return type;
}

// array(typecode[, initializer]).
Value make_array(ThreadState&, Value, const Args& args) {
  if (args.keyword_count() > 0) raise(exc::TypeError, "array.array() takes no keyword arguments");
  if (args.count == 0) raise(exc::TypeError, "array() takes at least 1 argument (0 given)");
  if (args.count > 2)
    raise(exc::TypeError,
          "array() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
  const Value typecode = args.positional[0];
  if (!is_kind(typecode, Kind::Str) || as_str(typecode)->length() != 1)
    raise(exc::TypeError,
          "array() argument 1 must be a unicode character, not " + type_name(typecode));
  const std::string& text = as_str(typecode)->text;
  if (text.size() != 1 || kTypecodes.find(text[0]) == std::string_view::npos)
    raise(exc::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  const char code = text[0];
  Ref made = Ref::steal(Value::object(new Array(code)));
  Array& array = as_array(made.get());
  if (args.count == 2) {
    const Value initializer = args.positional[1];
    if (is_kind(initializer, Kind::Str)) {
      if (code != 'u')
        raise(exc::TypeError,
              std::string("cannot use a str to initialize an array with typecode '") + code + "'");
      std::string_view chars = as_str(initializer)->text;
      for (size_t at = 0; at < chars.size();) {
        char item[4];
        store<uint32_t>(item, unicode::decode(chars, at));
        array.data.append(item, 4);
      }
    } else if (is_bytes_like(initializer)) {
      const std::string data(BytesView(initializer).data());
      if (data.size() % array.size != 0)
        raise(exc::ValueError, "bytes length not a multiple of item size");
      array.data = data;
    } else if (is_array(initializer) && as_array(initializer).code == code) {
      array.data = bytes_of(as_array(initializer));
    } else {
      array.data = encode_items(code, initializer);
    }
  }
  return made.release();
}

}  // namespace

Value make_array_module(VM&) {
  auto* module = new Module("array");
  Value type = Value::object(new Native("array", make_array));
  incref(type);
  module->add("array", type);
  module->add("ArrayType", type);
  module->add("typecodes", make_str(std::string(kTypecodes)));
  return Value::object(module);
}

}  // namespace gilvm
