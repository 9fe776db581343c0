// The `_random` module: CPython's Mersenne Twister (Modules/_randommodule.c), so that a seeded
// generator gives CPython 3.11's numbers bit for bit. The `random` module (lib/random.py) builds
// on it; here is only what is pure integer work and would be slow in the VM: seeding, 32-bit
// outputs, random(), getrandbits(k) and CPython 3.11's _randbelow_with_getrandbits.
#include "modules/module_random.h"

#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

const TypeInfo& twister_type();

// One generator. Threads of a free-threaded VM may share it (the `random` module's functions
// all use one), so its state changes under its own lock.
struct Twister final : Instance {
  std::mutex mutex;
  uint32_t state[kN] = {};
  int index = kN + 1;
  Twister() : Instance(&twister_type()) {}

  void init_genrand(uint32_t s) {
    state[0] = s;
    for (int i = 1; i < kN; i++) {
      state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
    }
    index = kN;
  }

  void init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    int i = 1;
    size_t j = 0;
    const size_t length = key.size();
    for (size_t k = (kN > length ? kN : length); k; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525U)) + key[j] +
                 static_cast<uint32_t>(j);
      i++;
      j++;
      if (i >= kN) {
        state[0] = state[kN - 1];
        i = 1;
      }
      if (j >= length) j = 0;
    }
    for (int k = kN - 1; k; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941U)) -
                 static_cast<uint32_t>(i);
      i++;
      if (i >= kN) {
        state[0] = state[kN - 1];
        i = 1;
      }
    }
    state[0] = 0x80000000U;  // the most significant bit is non-zero: a non-zero initial array
  }

  uint32_t next32() {
    static constexpr uint32_t mag01[2] = {0x0U, kMatrixA};
    if (index >= kN) {
      int kk;
      for (kk = 0; kk < kN - kM; kk++) {
        uint32_t y = (state[kk] & kUpperMask) | (state[kk + 1] & kLowerMask);
        state[kk] = state[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      for (; kk < kN - 1; kk++) {
        uint32_t y = (state[kk] & kUpperMask) | (state[kk + 1] & kLowerMask);
        state[kk] = state[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      uint32_t y = (state[kN - 1] & kUpperMask) | (state[0] & kLowerMask);
      state[kN - 1] = state[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
      index = 0;
    }
    uint32_t y = state[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }

  // getrandbits(k) as 64-bit limbs, least significant first: CPython fills 32-bit words from
  // the least significant up, the last one shifted down to the bits still wanted.
  void random_limbs(uint64_t bits, std::vector<Limb>& limbs) {
    limbs.assign((bits + 63) / 64, 0);
    for (uint64_t word = 0; bits > 0; ++word) {
      uint32_t r = next32();
      if (bits < 32) r >>= (32 - bits);
      limbs[word / 2] |= static_cast<Limb>(r) << (32 * (word % 2));
      bits = bits > 32 ? bits - 32 : 0;
    }
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  }
};

Twister& twister_of(Value self) { return *static_cast<Twister*>(self.obj); }

// The magnitude of an int as 32-bit words, least significant first, at least one.
std::vector<uint32_t> words_of(Value v) {
  Limb scratch;
  IntView view = int_view(v, scratch);
  std::vector<uint32_t> words;
  for (uint32_t i = 0; i < view.size; ++i) {
    words.push_back(static_cast<uint32_t>(view.limbs[i]));
    words.push_back(static_cast<uint32_t>(view.limbs[i] >> 32));
  }
  while (words.size() > 1 && words.back() == 0) words.pop_back();
  if (words.empty()) words.push_back(0);
  return words;
}

bool is_int_value(Value v) { return v.is_int() || v.is_bool() || is_bigint(v); }

uint64_t bit_length(IntView view) {
  if (view.size == 0) return 0;
  Limb top = view.limbs[view.size - 1];
  return 64 * (uint64_t{view.size} - 1) + (64 - static_cast<uint64_t>(__builtin_clzll(top)));
}

// Compares magnitudes of limbs (no leading zero limbs).
int compare_magnitude(const std::vector<Limb>& a, IntView b) {
  if (a.size() != b.size) return a.size() < b.size ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b.limbs[i]) return a[i] < b.limbs[i] ? -1 : 1;
  }
  return 0;
}

Value int_of_limbs(const std::vector<Limb>& limbs) {
  return make_int(IntView{limbs.data(), static_cast<uint32_t>(limbs.size()), false});
}

// seed(n): n an int (its absolute value's 32-bit words are the key, as CPython's
// random_seed), or None for 624 words of the system's entropy source.
Value twister_seed(ThreadState&, Value self, const Args& args) {
  args.expect("seed", 1, 1);
  Value n = args.positional[0];
  std::vector<uint32_t> key;
  if (n.is_none()) {
    std::random_device device;
    key.resize(kN);
    for (uint32_t& word : key) word = device();
  } else if (is_int_value(n)) {
    key = words_of(n);
  } else {
    raise(exc::TypeError, "seed must be an int or None, not " + type_name(n));
  }
  Twister& t = twister_of(self);
  std::lock_guard<std::mutex> lock(t.mutex);
  t.init_by_array(key);
  return Value::none();
}

Value twister_random(ThreadState&, Value self, const Args& args) {
  args.expect("random", 0, 0);
  Twister& t = twister_of(self);
  std::lock_guard<std::mutex> lock(t.mutex);
  uint32_t a = t.next32() >> 5, b = t.next32() >> 6;
  return Value::floating((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value twister_getrandbits(ThreadState&, Value self, const Args& args) {
  args.expect("getrandbits", 1, 1);
  Value k = args.positional[0];
  if (!is_int_value(k)) {
    raise(exc::TypeError, "'" + type_name(k) + "' object cannot be interpreted as an integer");
  }
  if (is_bigint(k)) {
    if (as_bigint(k).negative) raise(exc::ValueError, "number of bits must be non-negative");
    raise(exc::OverflowError, "Python int too large to convert to C int");
  }
  int64_t bits = k.is_bool() ? (k.b ? 1 : 0) : k.i;
  if (bits < 0) raise(exc::ValueError, "number of bits must be non-negative");
  if (bits > INT32_MAX) raise(exc::OverflowError, "Python int too large to convert to C int");
  Twister& t = twister_of(self);
  std::lock_guard<std::mutex> lock(t.mutex);
  if (bits == 0) return Value::integer(0);
  if (bits <= 32) return Value::integer(t.next32() >> (32 - bits));
  std::vector<Limb> limbs;
  t.random_limbs(static_cast<uint64_t>(bits), limbs);
  return int_of_limbs(limbs);
}

// CPython 3.11's Random._randbelow_with_getrandbits(n), n > 0: getrandbits(n.bit_length())
// until the result is below n.
Value twister_randbelow(ThreadState&, Value self, const Args& args) {
  args.expect("_randbelow", 1, 1);
  Value n = args.positional[0];
  if (!is_int_value(n))
    raise(exc::TypeError, "'" + type_name(n) + "' object cannot be interpreted as an integer");
  Limb scratch;
  IntView view = int_view(n, scratch);
  if (view.negative || view.size == 0) raise(exc::ValueError, "_randbelow() needs n > 0");
  const uint64_t bits = bit_length(view);
  Twister& t = twister_of(self);
  std::lock_guard<std::mutex> lock(t.mutex);
  if (bits <= 32) {
    const uint64_t below = view.limbs[0];
    for (;;) {
      uint64_t r = t.next32() >> (32 - bits);
      if (r < below) return Value::integer(static_cast<int64_t>(r));
    }
  }
  std::vector<Limb> limbs;
  for (;;) {
    t.random_limbs(bits, limbs);
    if (compare_magnitude(limbs, view) < 0) return int_of_limbs(limbs);
  }
}

// getstate(): CPython's internal state, the 624 words and the index, as a tuple of 625 ints.
Value twister_getstate(ThreadState&, Value self, const Args& args) {
  args.expect("getstate", 0, 0);
  Twister& t = twister_of(self);
  std::vector<Value> items;
  std::lock_guard<std::mutex> lock(t.mutex);
  for (uint32_t word : t.state) items.push_back(Value::integer(word));
  items.push_back(Value::integer(t.index));
  return make_tuple(std::move(items));
}

Value twister_setstate(ThreadState&, Value self, const Args& args) {
  args.expect("setstate", 1, 1);
  Value state = args.positional[0];
  if (!is_kind(state, Kind::Tuple)) raise(exc::TypeError, "state vector must be a tuple");
  const auto& items = as_tuple(state)->items;
  if (items.size() != kN + 1) raise(exc::ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    if (!items[i].is_int() || items[i].i < 0 || items[i].i > UINT32_MAX)
      raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
    words[i] = static_cast<uint32_t>(items[i].i);
  }
  if (!items[kN].is_int() || items[kN].i < 0 || items[kN].i > kN)
    raise(exc::ValueError, "invalid state");
  Twister& t = twister_of(self);
  std::lock_guard<std::mutex> lock(t.mutex);
  for (int i = 0; i < kN; ++i) t.state[i] = words[i];
  t.index = static_cast<int>(items[kN].i);
  return Value::none();
}

const TypeInfo& twister_type() {
  static const TypeInfo type{"Twister",
                             {{"seed", twister_seed},
                              {"random", twister_random},
                              {"getrandbits", twister_getrandbits},
                              {"_randbelow", twister_randbelow},
                              {"getstate", twister_getstate},
                              {"setstate", twister_setstate}},
                             nullptr,
                             nullptr};
  return type;
}

// Twister(): a generator seeded from the system's entropy source, as CPython's Random().
Value make_twister(ThreadState&, Value, const Args& args) {
  args.expect("Twister", 0, 0);
  auto* t = new Twister();
  std::random_device device;
  std::vector<uint32_t> key(kN);
  for (uint32_t& word : key) word = device();
  t->init_by_array(key);
  return Value::object(t);
}

}  // namespace

Value make_random_native_module(VM&) {
  auto* module = new Module("_random");
  module->add_function("Twister", make_twister);
  return Value::object(module);
}

}  // namespace gilvm
