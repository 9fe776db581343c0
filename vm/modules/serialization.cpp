// The byte encoding of values between processes (serialization.h).
#include "modules/serialization.h"

#include <cstring>
#include <mutex>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/complex.h"
#include "runtime/class.h"
#include "runtime/deque.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/operations.h"
#include "runtime/set.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

enum WireTag : char {
  kNone = 'N',
  kTrue = 'T',
  kFalse = 'F',
  kInt = 'i',
  kFloat = 'f',
  kStr = 's',
  kBytes = 'b',
  kTuple = 't',
  kList = 'l',
  kDict = 'd',
  kException = 'E',
  kFunction = 'R',
  kSet = 'S',
  kFrozenSet = 'z',
  kBigInt = 'I',
  kRange = 'r',
  kInstance = 'O',
  kDeque = 'q',
  kByteArray = 'B',
  kComplex = 'j'
};

std::mutex& registered_mutex() {
  static std::mutex mutex;
  return mutex;
}
std::vector<ExceptionClass*>& registered_classes() {
  static std::vector<ExceptionClass*> classes;
  return classes;
}

constexpr int kMaxDepth = 1000;  // deeper means a cycle (or a structure pickle would refuse too)

template <typename T>
void put(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

void put_text(std::string& out, std::string_view text) {
  put<uint64_t>(out, text.size());
  out += text;
}

void encode(std::string& out, Value v, int depth) {
  if (depth > kMaxDepth)
    raise(exc::ValueError, "cannot send a value nested more than 1000 deep (a reference cycle?)");
  switch (v.tag) {
    case Tag::None: out += kNone; return;
    case Tag::Bool: out += v.b ? kTrue : kFalse; return;
    case Tag::Int:
      out += kInt;
      put<int64_t>(out, v.i);
      return;
    case Tag::Float:
      out += kFloat;
      put<double>(out, v.f);
      return;
    case Tag::Undefined: break;
    case Tag::Obj:
      switch (v.obj->kind) {
        case Kind::Str:
          out += kStr;
          put_text(out, as_str(v)->text);
          return;
        case Kind::Bytes:
          out += kBytes;
          put_text(out, as_bytes(v)->data);
          return;
        case Kind::ByteArray:
          out += kByteArray;
          put_text(out, BytesView(v).data());
          return;
        case Kind::Tuple:
        case Kind::List: {
          ItemsView view(v);
          out += v.obj->kind == Kind::Tuple ? kTuple : kList;
          put<uint64_t>(out, view.items().size());
          for (Value item : view.items()) encode(out, item, depth + 1);
          return;
        }
        case Kind::Dict: {
          auto entries = static_cast<Dict*>(v.obj)->snapshot();  // owned references
          out += kDict;
          put<uint64_t>(out, entries.size());
          try {
            for (auto& [key, value] : entries) {
              encode(out, key, depth + 1);
              encode(out, value, depth + 1);
            }
          } catch (...) {
            for (auto& [key, value] : entries) decref(key), decref(value);
            throw;
          }
          for (auto& [key, value] : entries) decref(key), decref(value);
          return;
        }
        case Kind::Exception: {
          auto* e = static_cast<ExceptionObject*>(v.obj);
          out += kException;
          put_text(out, e->cls->name);
          std::string args;
          try {
            encode(args, e->args, depth + 1);
          } catch (ScriptException&) {  // unsendable args: keep the message, as str(e)
            args.clear();
            Ref text = Ref::steal(make_tuple({make_str(e->message())}));
            encode(args, text.get(), depth + 1);
          }
          out += args;
          return;
        }
        case Kind::Set: {  // the tag, then the keys as a tuple
          out += as_set(v)->frozen ? kFrozenSet : kSet;
          Ref keys = Ref::steal(make_tuple(as_set(v)->snapshot()));
          encode(out, keys.get(), depth + 1);
          return;
        }
        case Kind::Deque: {  // the tag, maxlen, then the items as a tuple
          out += kDeque;
          put<int64_t>(out, as_deque(v)->maxlen);
          Ref items = Ref::steal(make_tuple(deque_items(*as_deque(v))));
          encode(out, items.get(), depth + 1);
          return;
        }
        case Kind::Complex:
          out += kComplex;
          put<double>(out, as_complex(v)->real);
          put<double>(out, as_complex(v)->imag);
          return;
        case Kind::BigInt:
          out += kBigInt;
          put_text(out, int_digits(as_bigint(v), 16));
          return;
        case Kind::Range: {
          auto* r = static_cast<Range*>(v.obj);
          out += kRange;
          put<int64_t>(out, r->start);
          put<int64_t>(out, r->stop);
          put<int64_t>(out, r->step);
          return;
        }
        case Kind::ScriptInstance: {  // as pickle: the class by name, then the instance's
                                      // attributes
          auto* instance = static_cast<ScriptInstance*>(v.obj);
          if (instance->cls->slot_count != 0 || !instance->has_dict())
            break;  // __slots__: not sent (a TypeError below)
          out += kInstance;
          put_text(out, instance->cls->name);
          encode(out, Value::object(&instance->materialized_dict()), depth + 1);
          return;
        }
        case Kind::Function:
          out += kFunction;
          put_text(out, static_cast<Function*>(v.obj)->code->name);
          return;
        case Kind::Native:
          out += kFunction;
          put_text(out, static_cast<Native*>(v.obj)->name);
          return;
        default: break;
      }
  }
  raise(exc::TypeError, "cannot pickle '" + type_name(v) + "' object");
}

class Reader {
 public:
  Reader(ThreadState& thread, const std::string& bytes) : thread_(thread), data_(bytes) {}

  Value value() {
    char tag = take(1)[0];
    switch (tag) {
      case kNone: return Value::none();
      case kTrue: return Value::boolean(true);
      case kFalse: return Value::boolean(false);
      case kInt: return Value::integer(number<int64_t>());
      case kFloat: return Value::floating(number<double>());
      case kComplex: {
        const double real = number<double>();
        return make_complex(real, number<double>());
      }
      case kStr: return make_str(text());
      case kBigInt: {
        std::string digits = text();
        bool negative = !digits.empty() && digits[0] == '-';
        BigInt magnitude;
        if (!BigInt::parse(std::string_view(digits).substr(negative ? 1 : 0), 16, magnitude))
          malformed();
        return make_int(negative ? -magnitude : magnitude);
      }
      case kRange: {
        int64_t start = number<int64_t>(), stop = number<int64_t>(), step = number<int64_t>();
        if (step == 0) malformed();
        return Value::object(new Range(start, stop, step));
      }
      case kInstance: {
        std::string name = text();
        Ref attributes = Ref::steal(value());
        if (!is_kind(attributes.get(), Kind::Dict)) malformed();
        Value cls = main_global(name);
        if (!is_kind(cls, Kind::Class)) malformed();
        auto* instance = ScriptInstance::make(static_cast<Class*>(cls.obj));
        Ref owned = Ref::steal(Value::object(instance));
        if (!instance->has_dict()) malformed();
        update_dict(instance->materialized_dict(), attributes.get());
        return owned.release();
      }
      case kBytes: return make_bytes(text());
      case kByteArray: return make_bytearray(text());
      case kTuple:
      case kList: {
        uint64_t n = number<uint64_t>();
        if (n > data_.size()) malformed();
        std::vector<Value> items;
        items.reserve(n);
        try {
          for (uint64_t i = 0; i < n; ++i) items.push_back(value());
        } catch (...) {
          for (Value item : items) decref(item);
          throw;
        }
        return tag == kTuple ? make_tuple(std::move(items)) : make_list(std::move(items));
      }
      case kDict: {
        uint64_t n = number<uint64_t>();
        auto* dict = new Dict();
        Ref owned = Ref::steal(Value::object(dict));
        for (uint64_t i = 0; i < n; ++i) {
          Ref key = Ref::steal(value());
          Ref item = Ref::steal(value());
          dict->set(key.get(), item.get());
        }
        return owned.release();
      }
      case kSet:
      case kFrozenSet: {
        Ref keys = Ref::steal(value());
        if (!is_kind(keys.get(), Kind::Tuple)) malformed();
        return make_set(keys.get(), tag == kFrozenSet);
      }
      case kDeque: {
        const auto maxlen = number<int64_t>();
        Ref items = Ref::steal(value());
        if (!is_kind(items.get(), Kind::Tuple) || maxlen < -1) malformed();
        const std::vector<Value>& owned = as_tuple(items.get())->items;
        for (Value item : owned) incref(item);
        return new_deque(owned, maxlen);
      }
      case kException: {
        std::string name = text();
        Ref args = Ref::steal(value());
        if (!is_kind(args.get(), Kind::Tuple)) malformed();
        ExceptionClass* cls =
            exc::RuntimeError;  // a class unknown here: the message still comes through
        for (ExceptionClass* known : exc::all()) {
          if (known->name == name) cls = known;
        }
        if (Value own = thread_.vm.global_value(name);
            is_kind(own, Kind::ExceptionClass)) {  // the script's own class
          cls = static_cast<ExceptionClass*>(own.obj);
        }
        {
          std::lock_guard<std::mutex> lock(registered_mutex());
          for (ExceptionClass* known : registered_classes()) {
            if (known->name == name) cls = known;
          }
        }
        return Value::object(new ExceptionObject(cls, args.release()));
      }
      case kFunction: {
        std::string name = text();
        Value f = thread_.vm.global_value(name);
        if (f.is_undefined()) f = thread_.vm.builtin(name);
        if (f.is_undefined())
          raise(exc::AttributeError, "Can't get attribute '" + name + "' on <module '__main__'>");
        incref(f);
        return f;
      }
      default: malformed();
    }
  }

  bool at_end() const { return position_ == data_.size(); }

  // A top-level name of the main module (classes are immortal: borrowed); pickle's error if absent.
  Value main_global(const std::string& name) {
    Value v = thread_.vm.global_value(name);
    if (v.is_undefined())
      raise(exc::AttributeError, "Can't get attribute '" + name + "' on <module '__main__'>");
    return v;
  }

 private:
  [[noreturn]] void malformed() { raise(exc::ValueError, "malformed message between processes"); }
  const char* take(size_t n) {
    if (data_.size() - position_ < n) malformed();
    const char* p = data_.data() + position_;
    position_ += n;
    return p;
  }
  template <typename T>
  T number() {
    T v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  std::string text() {
    uint64_t n = number<uint64_t>();
    if (n > data_.size()) malformed();
    return std::string(take(n), n);
  }

  ThreadState& thread_;
  const std::string& data_;
  size_t position_ = 0;
};

}  // namespace

std::string encode_value(Value value) {
  std::string out;
  encode(out, value, 0);
  return out;
}

std::string encode_failure(const std::string& class_name, const std::string& message) {
  std::string out(1, kTuple);
  put<uint64_t>(out, 2);
  out += kFalse;
  out += kException;
  put_text(out, class_name);
  out += kTuple;
  put<uint64_t>(out, 1);
  out += kStr;
  put_text(out, message);
  return out;
}

void register_exception_class(ExceptionClass* cls) {
  std::lock_guard<std::mutex> lock(registered_mutex());
  registered_classes().push_back(cls);
}

Value decode_value(ThreadState& thread, const std::string& bytes) {
  Reader reader(thread, bytes);
  Ref v = Ref::steal(reader.value());
  if (!reader.at_end()) raise(exc::ValueError, "malformed message between processes");
  return v.release();
}

}  // namespace gilvm
