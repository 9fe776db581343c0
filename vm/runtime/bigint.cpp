// Arbitrary-precision integers on base 2^64 limbs. Two layers: magnitude routines on raw limb
// arrays (the caller provides the room), and signed operations on IntViews that write their
// result into a Result (a new BigIntObject, or an inline int when it fits) or a BigInt.
// Schoolbook multiplication below kKaratsubaLimbs, Karatsuba above; Knuth's algorithm D for
// division; to_string peels off 19 decimal digits per pass.
#include "runtime/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <new>

#include "runtime/exceptions.h"
#include "runtime/operations.h"

#if defined(__x86_64__)
#include <x86intrin.h>
#endif

namespace gilvm {

// ---------------------------------------------------------------------------------------------
// BigIntObject blocks, first: the arithmetic below allocates its results inline.

namespace {

// Freed BigIntObjects of up to 4, 8, 16 and 32 limbs, kept per thread for the next result: a
// loop of big-int arithmetic makes and frees one object per operation, and malloc + free cost
// more than adding two 4-limb ints. Any thread may free a block another allocated: a block is
// plain memory. Trivially destructible, so that it stays usable while the thread's
// thread_locals are torn down; BlockCacheCloser empties it then, and later frees go to the heap.
struct BlockCache {
  static constexpr int kClasses = 4, kDepth = 32;
  void* blocks[kClasses][kDepth];
  int count[kClasses];
  enum State : uint8_t { kFresh, kOpen, kClosed };
  State state;  // kOpen once its closer is armed, kClosed once the thread's thread_locals go
};
thread_local BlockCache block_cache;

struct BlockCacheCloser {
  bool armed = false;
  ~BlockCacheCloser() {
    for (int c = 0; c < BlockCache::kClasses; ++c) {
      while (block_cache.count[c] > 0)
        ::operator delete(block_cache.blocks[c][--block_cache.count[c]]);
    }
    block_cache.state = BlockCache::kClosed;
  }
};
thread_local BlockCacheCloser block_cache_closer;

constexpr uint8_t kUncached = 0xff;

// The least c with capacity <= 4 << c, without a loop: 0 up to 4 limbs, then one class per
// doubling.
constexpr size_t kMaxCached = size_t{4} << (BlockCache::kClasses - 1);
struct SizeClasses {
  uint8_t of[kMaxCached + 1];
  constexpr SizeClasses() : of() {
    for (size_t c = 0; c <= kMaxCached; ++c) {
      uint8_t k = 0;
      while ((size_t{4} << k) < c) ++k;
      of[c] = k;
    }
  }
};
constexpr SizeClasses kSizeClasses;
inline uint8_t size_class_of(size_t capacity) {
  return capacity <= kMaxCached ? kSizeClasses.of[capacity] : kUncached;
}

// A block from the heap: the cache is empty, or does not keep this size.
[[gnu::noinline]] void* new_block(size_t capacity, uint8_t size_class) {
  if (capacity > kMaxLimbs) raise(exc::OverflowError, "too many digits in integer");
  if (size_class != kUncached) capacity = size_t{4} << size_class;
  return ::operator new(sizeof(BigIntObject) + capacity * sizeof(Limb));
}

}  // namespace

// Inlined into the arithmetic below, whose results are mostly a few limbs from the cache.
[[gnu::always_inline]] inline BigIntObject* BigIntObject::allocate(size_t capacity) {
  uint8_t size_class = size_class_of(capacity);
  void* memory = nullptr;
  if (size_class != kUncached) {
    int& count = block_cache.count[size_class];
    if (count > 0) memory = block_cache.blocks[size_class][--count];
  }
  if (!memory) memory = new_block(capacity, size_class);
  return new (memory) BigIntObject(size_class);
}

[[gnu::always_inline]] inline BigIntObject* BigIntObject::from_cache(size_t capacity) {
  if (capacity > kMaxCached) return nullptr;
  const uint8_t size_class = kSizeClasses.of[capacity];
  int& count = block_cache.count[size_class];
  if (count == 0) return nullptr;
  return new (block_cache.blocks[size_class][--count]) BigIntObject(size_class);
}

size_t BigIntObject::capacity() const {
  return size_class_ == kUncached ? 0 : size_t{4} << size_class_;
}

[[gnu::noinline]] static void first_free(BigIntObject* object, int size_class) {
  if (block_cache.state == BlockCache::kFresh) {  // the first block kept: the closer will run
    block_cache.state = BlockCache::kOpen;
    block_cache_closer.armed = true;
    int& count = block_cache.count[size_class];
    block_cache.blocks[size_class][count++] = object;
    return;
  }
  ::operator delete(object);
}

void BigIntObject::operator delete(BigIntObject* object, std::destroying_delete_t) {
  uint8_t size_class = object->size_class_;
  object->~BigIntObject();
  if (size_class != kUncached) {
    int& count = block_cache.count[size_class];
    if (block_cache.state == BlockCache::kOpen && count < BlockCache::kDepth) [[likely]] {
      block_cache.blocks[size_class][count++] = object;
      return;
    }
    if (count < BlockCache::kDepth) return first_free(object, size_class);
  }
  ::operator delete(object);
}

namespace {

using u128 = unsigned __int128;
constexpr Limb kTopBit = Limb{1} << 63;

// ---------------------------------------------------------------------------------------------
// Magnitudes: little-endian limb arrays.

size_t trimmed(const Limb* a, size_t n) {
  while (n && a[n - 1] == 0) --n;
  return n;
}

int compare_magnitude(const Limb* a, size_t n, const Limb* b, size_t m) {
  if (n != m) return n < m ? -1 : 1;
  for (size_t i = n; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// x + y + carry, carry 0 or 1 and set to the carry out. The add-with-carry instruction where
// there is one: GCC's code for a 128-bit sum takes twice the instructions.
inline Limb add_carry(Limb x, Limb y, unsigned char& carry) {
#if defined(__x86_64__)
  unsigned long long sum;
  carry = _addcarry_u64(carry, x, y, &sum);
  return sum;
#else
  Limb sum = x + y;
  unsigned char out = sum < x;
  sum += carry;
  carry = out | (sum < carry);
  return sum;
#endif
}

// x - y - borrow, borrow 0 or 1 and set to the borrow out.
inline Limb sub_borrow(Limb x, Limb y, unsigned char& borrow) {
#if defined(__x86_64__)
  unsigned long long difference;
  borrow = _subborrow_u64(borrow, x, y, &difference);
  return difference;
#else
  Limb difference = x - y - borrow;
  borrow = (x < y) | ((x - y) < borrow);
  return difference;
#endif
}

// out[0..m) = a + b over m >= 1 limbs; returns the carry out. out may alias a or b.
inline unsigned char add_n(const Limb* a, const Limb* b, size_t m, Limb* out) {
#if defined(__x86_64__)
  // One add-with-carry chain, two limbs a pass (an odd one first): lea and dec leave the carry
  // flag alone (GCC's loop over _addcarry_u64 saves and restores the flag in a register each
  // limb). shr sets the carry flag to the bit it shifts out and the zero flag for the pairs.
  Limb t;
  size_t i;
  unsigned char carry;
  __asm__(
      "xorl %k[i], %k[i]\n\t"
      "shrq $1, %[m]\n\t"  // m = the pairs; CF = an odd limb, ZF = no pair
      "jnc 2f\n\t"          // even: CF clear for the first adc
      "movq (%[a]), %[t]\n\t"
      "jz 3f\n\t"
      "addq (%[b]), %[t]\n\t"
      "movq %[t], (%[o])\n\t"
      "movl $1, %k[i]\n\t"
      "2:\n\t"
      "movq (%[a],%[i],8), %[t]\n\t"
      "adcq (%[b],%[i],8), %[t]\n\t"
      "movq %[t], (%[o],%[i],8)\n\t"
      "movq 8(%[a],%[i],8), %[t]\n\t"
      "adcq 8(%[b],%[i],8), %[t]\n\t"
      "movq %[t], 8(%[o],%[i],8)\n\t"
      "leaq 2(%[i]), %[i]\n\t"
      "decq %[m]\n\t"
      "jnz 2b\n\t"
      "jmp 4f\n\t"
      "3:\n\t"  // one limb alone
      "addq (%[b]), %[t]\n\t"
      "movq %[t], (%[o])\n\t"
      "4:\n\t"
      "setc %[c]"
      : [t] "=&r"(t), [i] "=&r"(i), [m] "+r"(m), [c] "=q"(carry)
      : [a] "r"(a), [b] "r"(b), [o] "r"(out)
      : "cc", "memory");
  return carry;
#else
  unsigned char carry = 0;
  for (size_t i = 0; i < m; ++i) out[i] = add_carry(a[i], b[i], carry);
  return carry;
#endif
}

// out = a + b, n >= m; out has room for n + 1 limbs (may alias a). Returns n + 1.
size_t add_magnitude(const Limb* a, size_t n, const Limb* b, size_t m, Limb* out) {
  unsigned char carry = m ? add_n(a, b, m, out) : 0;
  size_t i = m;
  for (; i < n; ++i) {
    Limb s = a[i] + carry;
    carry = s < carry;
    out[i] = s;
  }
  out[n] = carry;
  return n + 1;
}

// out = a - b, a >= b (so n >= m); out has room for n limbs (may alias a or b). Returns n.
size_t sub_magnitude(const Limb* a, size_t n, const Limb* b, size_t m, Limb* out) {
  unsigned char borrow = 0;
  size_t i = 0;
  for (; i < m; ++i) out[i] = sub_borrow(a[i], b[i], borrow);
  for (; i < n; ++i) {
    Limb x = a[i];
    out[i] = x - borrow;
    borrow = x < borrow;
  }
  return n;
}

// a += 1 in place; a has room for n + 1 limbs. Returns the new size.
size_t increment(Limb* a, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (++a[i] != 0) return n;
  }
  a[n] = 1;
  return n + 1;
}

// out = a * k; returns the carry limb (not stored). out may alias a: each limb is read before
// it is written.
Limb mul_1(const Limb* a, size_t n, Limb k, Limb* out) {
  Limb carry = 0;
  size_t i = 0;
#if defined(__x86_64__)
  // Two limbs a pass (an odd one first): 7.5 instructions a limb where GCC's loop takes 10.
  if (n & 1) {
    const u128 p = static_cast<u128>(a[0]) * k;
    out[0] = static_cast<Limb>(p);
    carry = static_cast<Limb>(p >> 64);
    i = 1;
  }
  if (size_t pairs = n >> 1) {
    __asm__(
        "1:\n\t"
        "movq (%[a],%[i],8), %%rax\n\t"
        "mulq %[k]\n\t"
        "addq %[c], %%rax\n\t"
        "adcq $0, %%rdx\n\t"
        "movq %%rax, (%[o],%[i],8)\n\t"
        "movq %%rdx, %[c]\n\t"
        "movq 8(%[a],%[i],8), %%rax\n\t"
        "mulq %[k]\n\t"
        "addq %[c], %%rax\n\t"
        "adcq $0, %%rdx\n\t"
        "movq %%rax, 8(%[o],%[i],8)\n\t"
        "movq %%rdx, %[c]\n\t"
        "addq $2, %[i]\n\t"
        "decq %[p]\n\t"
        "jnz 1b"
        : [c] "+r"(carry), [i] "+r"(i), [p] "+r"(pairs)
        : [a] "r"(a), [o] "r"(out), [k] "r"(k)
        : "rax", "rdx", "cc", "memory");
  }
#else
  for (; i < n; ++i) {
    u128 p = static_cast<u128>(a[i]) * k + carry;
    out[i] = static_cast<Limb>(p);
    carry = static_cast<Limb>(p >> 64);
  }
#endif
  return carry;
}

// out += a * k over n limbs; returns the carry limb (not stored).
Limb addmul_1(const Limb* a, size_t n, Limb k, Limb* out) {
  Limb carry = 0;
  size_t i = 0;
#if defined(__x86_64__)
  // Two limbs a pass (an odd one first), as mul_1: the rows of a product of two big ints.
  if (n & 1) {
    const u128 p = static_cast<u128>(a[0]) * k + out[0];
    out[0] = static_cast<Limb>(p);
    carry = static_cast<Limb>(p >> 64);
    i = 1;
  }
  if (size_t pairs = n >> 1) {
    __asm__(
        "1:\n\t"
        "movq (%[a],%[i],8), %%rax\n\t"
        "mulq %[k]\n\t"
        "addq %[c], %%rax\n\t"
        "adcq $0, %%rdx\n\t"
        "addq %%rax, (%[o],%[i],8)\n\t"
        "adcq $0, %%rdx\n\t"
        "movq %%rdx, %[c]\n\t"
        "movq 8(%[a],%[i],8), %%rax\n\t"
        "mulq %[k]\n\t"
        "addq %[c], %%rax\n\t"
        "adcq $0, %%rdx\n\t"
        "addq %%rax, 8(%[o],%[i],8)\n\t"
        "adcq $0, %%rdx\n\t"
        "movq %%rdx, %[c]\n\t"
        "addq $2, %[i]\n\t"
        "decq %[p]\n\t"
        "jnz 1b"
        : [c] "+r"(carry), [i] "+r"(i), [p] "+r"(pairs)
        : [a] "r"(a), [o] "r"(out), [k] "r"(k)
        : "rax", "rdx", "cc", "memory");
  }
#else
  for (; i < n; ++i) {
    u128 p = static_cast<u128>(a[i]) * k + out[i] + carry;
    out[i] = static_cast<Limb>(p);
    carry = static_cast<Limb>(p >> 64);
  }
#endif
  return carry;
}

// out[0..n) = a << s, 0 <= s < 64; returns the bits shifted out at the top. out may alias a.
Limb shift_left_bits(const Limb* a, size_t n, unsigned s, Limb* out) {
  if (s == 0) {
    std::memmove(out, a, n * sizeof(Limb));
    return 0;
  }
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb x = a[i];
    out[i] = (x << s) | carry;
    carry = x >> (64 - s);
  }
  return carry;
}

// out[0..n) = a >> s, 0 <= s < 64. out may alias a.
void shift_right_bits(const Limb* a, size_t n, unsigned s, Limb* out) {
  if (s == 0) {
    std::memmove(out, a, n * sizeof(Limb));
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    Limb high = i + 1 < n ? a[i + 1] << (64 - s) : 0;
    out[i] = (a[i] >> s) | high;
  }
}

// (hi:lo) / d with hi < d: the quotient, and the remainder in `rem`.
inline Limb divide_wide(Limb hi, Limb lo, Limb d, Limb& rem) {
#if defined(__x86_64__)
  Limb q;
  __asm__("divq %4" : "=a"(q), "=d"(rem) : "a"(lo), "d"(hi), "rm"(d) : "cc");
  return q;
#else
  u128 x = (static_cast<u128>(hi) << 64) | lo;
  rem = static_cast<Limb>(x % d);
  return static_cast<Limb>(x / d);
#endif
}

// q = a / d (n limbs, q may be null or alias a); returns a % d.
Limb divrem_1(const Limb* a, size_t n, Limb d, Limb* q) {
  Limb rem = 0;
  for (size_t i = n; i-- > 0;) {
    Limb digit = divide_wide(rem, a[i], d, rem);
    if (q) q[i] = digit;
  }
  return rem;
}

// Limbs on the stack when few, else on the heap: temporaries without an allocation per
// operation on the common sizes.
class Scratch {
 public:
  explicit Scratch(size_t n) : heap_(n > kStack ? new Limb[n] : nullptr) {}
  Limb* data() { return heap_ ? heap_.get() : stack_; }

 private:
  static constexpr size_t kStack = 64;
  Limb stack_[kStack];
  std::unique_ptr<Limb[]> heap_;
};

void mul_basecase(const Limb* a, size_t n, const Limb* b, size_t m, Limb* out) {
  out[n] = mul_1(a, n, b[0], out);
  for (size_t j = 1; j < m; ++j) out[n + j] = addmul_1(a, n, b[j], out + j);
}

// Past this many limbs in the shorter operand Karatsuba's three half-size products beat four.
constexpr size_t kKaratsubaLimbs = 40;

void mul_magnitude(const Limb* a, size_t n, const Limb* b, size_t m, Limb* out);

// a += b over a's n limbs (n >= m), the carry rippling up; the sum fits (the caller knows).
void add_into(Limb* a, size_t n, const Limb* b, size_t m) {
  unsigned char carry = 0;
  size_t i = 0;
  for (; i < m; ++i) a[i] = add_carry(a[i], b[i], carry);
  for (; carry && i < n; ++i) carry = ++a[i] == 0;
}

// a -= b over a's n limbs (n >= m); the difference is not negative (the caller knows).
void sub_into(Limb* a, size_t n, const Limb* b, size_t m) {
  unsigned char borrow = 0;
  size_t i = 0;
  for (; i < m; ++i) a[i] = sub_borrow(a[i], b[i], borrow);
  for (; borrow && i < n; ++i) borrow = a[i]-- == 0;
}

// n >= m >= kKaratsubaLimbs, n < 2m: a = a1*B^h + a0, b = b1*B^h + b0 with h = n / 2 (so b1 has
// m - h > 0 limbs); a*b = a1*b1*B^2h + ((a0+a1)(b0+b1) - a1*b1 - a0*b0)*B^h + a0*b0.
void mul_karatsuba(const Limb* a, size_t n, const Limb* b, size_t m, Limb* out) {
  size_t h = n / 2;
  size_t a1n = n - h, b1n = m - h;
  size_t a0n = trimmed(a, h), b0n = trimmed(b, h);
  std::memset(out, 0, (n + m) * sizeof(Limb));
  if (a0n && b0n) mul_magnitude(a, a0n, b, b0n, out);  // a0*b0 at 0
  mul_magnitude(a + h, a1n, b + h, b1n, out + 2 * h);  // a1*b1 at 2h
  std::vector<Limb> sa(a1n + 1), sb(std::max(b1n, h) + 1), mid(a1n + 1 + sb.size());
  size_t san = add_magnitude(a + h, a1n, a, a0n, sa.data());  // a1n >= h >= a0n
  size_t sbn = b1n >= b0n ? add_magnitude(b + h, b1n, b, b0n, sb.data())
                          : add_magnitude(b, b0n, b + h, b1n, sb.data());
  san = trimmed(sa.data(), san);
  sbn = trimmed(sb.data(), sbn);
  size_t midn = san + sbn;
  mul_magnitude(sa.data(), san, sb.data(), sbn, mid.data());
  // mid -= a0*b0 and a1*b1, both read back from `out` (they do not overlap there).
  sub_into(mid.data(), midn, out, trimmed(out, a0n + b0n));
  sub_into(mid.data(), midn, out + 2 * h, trimmed(out + 2 * h, a1n + b1n));
  add_into(out + h, n + m - h, mid.data(), trimmed(mid.data(), midn));
}

// out[0..n+m) = a * b, n, m >= 1; out does not alias a or b.
void mul_magnitude(const Limb* a, size_t n, const Limb* b, size_t m, Limb* out) {
  if (n < m) {
    std::swap(a, b);
    std::swap(n, m);
  }
  if (m < kKaratsubaLimbs) return mul_basecase(a, n, b, m, out);
  if (n < 2 * m) return mul_karatsuba(a, n, b, m, out);
  // Unbalanced: m-limb slices of a times b, each added in at its place.
  std::memset(out, 0, (n + m) * sizeof(Limb));
  std::vector<Limb> piece(2 * m);
  for (size_t at = 0; at < n; at += m) {
    size_t len = std::min(m, n - at);
    size_t used = trimmed(a + at, len);
    if (!used) continue;
    mul_magnitude(a + at, used, b, m, piece.data());
    add_into(out + at, n + m - at, piece.data(), trimmed(piece.data(), used + m));
  }
}

// Truncating division of magnitudes, n >= m >= 1, b[m - 1] != 0: the quotient's n - m + 1 limbs
// into q (null when not wanted), the remainder's m limbs into r (both untrimmed).
void divmod_magnitude(const Limb* a, size_t n, const Limb* b, size_t m, Limb* q, Limb* r) {
  if (m == 1) {
    r[0] = divrem_1(a, n, b[0], q);
    return;
  }
  // Knuth, TAOCP vol. 2, 4.3.1, algorithm D: normalize so the divisor's top bit is set, then
  // estimate each quotient limb from the top two limbs and correct it at most twice.
  Scratch scratch(n + 1 + m);
  Limb* an = scratch.data();
  Limb* bn = an + n + 1;
  auto s = static_cast<unsigned>(__builtin_clzll(b[m - 1]));
  shift_left_bits(b, m, s, bn);
  an[n] = shift_left_bits(a, n, s, an);
  const Limb top = bn[m - 1], next = bn[m - 2];
  for (size_t j = n - m + 1; j-- > 0;) {
    Limb* window = an + j;  // m + 1 limbs
    Limb qhat, rhat;
    bool rhat_overflowed = false;
    if (window[m] >= top) {  // equal: the estimate would not fit a limb
      qhat = ~Limb{0};
      rhat = window[m - 1] + top;
      rhat_overflowed = rhat < top;
    } else {
      qhat = divide_wide(window[m], window[m - 1], top, rhat);
    }
    while (!rhat_overflowed &&
           static_cast<u128>(qhat) * next > ((static_cast<u128>(rhat) << 64) | window[m - 2])) {
      --qhat;
      rhat += top;
      rhat_overflowed = rhat < top;
    }
    // window -= qhat * divisor
    Limb carry = 0, borrow = 0;
    for (size_t i = 0; i < m; ++i) {
      u128 p = static_cast<u128>(qhat) * bn[i] + carry;
      carry = static_cast<Limb>(p >> 64);
      Limb low = static_cast<Limb>(p), x = window[i];
      Limb d = x - low;
      Limb b1 = x < low;
      window[i] = d - borrow;
      borrow = b1 | (d < borrow);
    }
    Limb x = window[m];
    Limb d = x - carry;
    Limb b1 = x < carry;
    window[m] = d - borrow;
    if (b1 | (d < borrow)) {  // qhat was one too large: add the divisor back
      --qhat;
      Limb c = 0;
      for (size_t i = 0; i < m; ++i) {
        u128 sum = static_cast<u128>(window[i]) + bn[i] + c;
        window[i] = static_cast<Limb>(sum);
        c = static_cast<Limb>(sum >> 64);
      }
      window[m] += c;
    }
    if (q) q[j] = qhat;
  }
  shift_right_bits(an, m, s, r);
}

// ---------------------------------------------------------------------------------------------
// Signed operations on views.

// The room a+b or a-b needs.
size_t sum_room(IntView a, IntView b) { return std::max(a.size, b.size) + 1; }

// a + b, or a - b when `subtract`, into out (sum_room limbs). Returns the size; sets `negative`.
size_t add_signed(IntView a, IntView b, bool subtract, Limb* out, bool& negative) {
  bool b_negative = b.negative != subtract;
  if (a.negative == b_negative) {
    negative = a.negative;
    return a.size >= b.size ? add_magnitude(a.limbs, a.size, b.limbs, b.size, out)
                            : add_magnitude(b.limbs, b.size, a.limbs, a.size, out);
  }
  int c = compare_magnitude(a.limbs, a.size, b.limbs, b.size);
  if (c == 0) {
    negative = false;
    return 0;
  }
  negative = c > 0 ? a.negative : b_negative;
  return c > 0 ? sub_magnitude(a.limbs, a.size, b.limbs, b.size, out)
               : sub_magnitude(b.limbs, b.size, a.limbs, a.size, out);
}

// The room floor_divide's quotient needs (one more than truncation's, for the floor's +1).
size_t quotient_room(IntView a, IntView b) {
  return (a.size >= b.size ? a.size - b.size + 1 : 0) + 1;
}

struct Signed {
  size_t size = 0;
  bool negative = false;
};

// Python's floor division of a by b != 0: the quotient into q (quotient_room limbs; null when
// not wanted), the remainder into r (b.size limbs). The remainder takes the divisor's sign.
void floor_divide(IntView a, IntView b, Limb* q, Signed& quotient, Limb* r, Signed& remainder) {
  if (compare_magnitude(a.limbs, a.size, b.limbs, b.size) < 0) {
    quotient.size = 0;
    std::copy(a.limbs, a.limbs + a.size, r);
    remainder.size = a.size;
  } else {
    divmod_magnitude(a.limbs, a.size, b.limbs, b.size, q, r);
    if (q) quotient.size = trimmed(q, a.size - b.size + 1);
    remainder.size = trimmed(r, b.size);
  }
  quotient.negative = a.negative != b.negative;
  remainder.negative = a.negative;
  // Truncation rounds toward zero; Python floors, so a remainder whose sign differs from the
  // divisor's moves the quotient one further from zero and the remainder to b - r.
  if (remainder.size && a.negative != b.negative) {
    if (q) quotient.size = increment(q, quotient.size);
    remainder.size = trimmed(r, sub_magnitude(b.limbs, b.size, r, remainder.size, r));
    remainder.negative = b.negative;
  }
  if (!quotient.size) quotient.negative = false;
  if (!remainder.size) remainder.negative = false;
}

// Python's floor division of a by a one-limb divisor d (b's magnitude, with b's sign
// `b_negative`): the quotient's magnitude into q (a.size limbs, may alias a.limbs; null when not
// wanted), its size into `quotient_size`; returns the remainder's magnitude, whose sign is b's.
// One pass of divrem_1, with no normalised copies and no remainder buffer: the quotient after a
// floor's +1 is still at most |a| (d >= 2 when there is a remainder), so a.size limbs hold it.
Limb floor_divide_by_limb(IntView a, Limb d, bool b_negative, Limb* q, size_t& quotient_size) {
  Limb r = divrem_1(a.limbs, a.size, d, q);
  const bool floors = r && a.negative != b_negative;
  if (q) {
    quotient_size = trimmed(q, a.size);
    if (floors) quotient_size = increment(q, quotient_size);
  }
  return floors ? d - r : r;
}

bool fits_int64(const Limb* limbs, size_t size, bool negative) {
  return size == 0 || (size == 1 && (limbs[0] < kTopBit || (negative && limbs[0] == kTopBit)));
}

int64_t to_int64(const Limb* limbs, size_t size, bool negative) {
  Limb magnitude = size ? limbs[0] : 0;
  return negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

// A result under construction: limbs on the stack while it may still fit an inline int, else
// a new BigIntObject that finish() hands over (or frees, when the result shrank to 64 bits).
class Result {
 public:
  explicit Result(size_t room)
      : object_(room > kInline ? BigIntObject::allocate(room) : nullptr),
        limbs_(object_ ? object_->limbs() : inline_) {}
  ~Result() { delete object_; }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  Limb* limbs() { return limbs_; }

  Value finish(size_t size, bool negative) {
    size = trimmed(limbs_, size);
    if (fits_int64(limbs_, size, negative)) return Value::integer(to_int64(limbs_, size, negative));
    BigIntObject* object = object_;
    object_ = nullptr;
    if (!object) {
      object = BigIntObject::allocate(size);
      std::copy(limbs_, limbs_ + size, object->limbs());
    }
    object->size = static_cast<uint32_t>(size);
    object->negative = negative;
    return Value::object(object);
  }
  Value finish(Signed s) { return finish(s.size, s.negative); }

 private:
  static constexpr size_t kInline = 4;
  Limb inline_[kInline];
  BigIntObject* object_;
  Limb* limbs_;
};

// `out` holding `size` limbs, the top one nonzero: its Value, or an inline int (and `out` freed)
// when the result fits in 64 bits after all.
Value finish_object(BigIntObject* out, size_t size, bool negative) {
  if (size <= 1 && fits_int64(out->limbs(), size, negative)) {
    Value small = Value::integer(to_int64(out->limbs(), size, negative));
    delete out;
    return small;
  }
  out->size = static_cast<uint32_t>(size);
  out->negative = negative;
  return Value::object(out);
}

// a + b or a - b of opposite signs: the smaller magnitude from the larger, straight into the
// new object, which the difference may not need (finish_object frees it then). Out of line, so
// that the sum of equal signs keeps a lean frame.
[[gnu::noinline]] Value add_opposite_signs(IntView a, IntView b, bool subtract) {
  int c = compare_magnitude(a.limbs, a.size, b.limbs, b.size);
  if (c == 0) return Value::integer(0);
  bool negative = c > 0 ? a.negative : b.negative != subtract;
  if (c < 0) std::swap(a, b);
  BigIntObject* out = BigIntObject::allocate(a.size);
  sub_magnitude(a.limbs, a.size, b.limbs, b.size, out->limbs());
  return finish_object(out, trimmed(out->limbs(), a.size), negative);
}

// a + b, or a - b when `subtract`. Equal signs (the common case: sums that grow) add the
// magnitudes straight into the new object, whose top limb is then the carry or the longer
// operand's nonzero top limb: no trimming, no copy.
inline Value add_ints(IntView a, IntView b, bool subtract) {
  if (a.negative != (b.negative != subtract)) return add_opposite_signs(a, b, subtract);
  bool negative = a.negative;
  if (a.size < b.size) std::swap(a, b);
  BigIntObject* out = BigIntObject::allocate(a.size + 1);
  size_t n = add_magnitude(a.limbs, a.size, b.limbs, b.size, out->limbs());
  return finish_object(out, n - (out->limbs()[n - 1] == 0), negative);
}

// a * b where b has one limb (a big int times a small one: factorials and the like), in one pass.
// a's top limb and b are nonzero, so the product's top limb is the carry or, without one, the
// top limb of the pass.
inline Value mul_by_limb(IntView a, IntView b) {
  BigIntObject* out = BigIntObject::allocate(a.size + 1);
  Limb carry = mul_1(a.limbs, a.size, b.limbs[0], out->limbs());
  out->limbs()[a.size] = carry;
  return finish_object(out, a.size + (carry != 0), a.negative != b.negative);
}

Value copy_signed(IntView x, bool negative) {
  Result out(x.size);
  std::copy(x.limbs, x.limbs + x.size, out.limbs());
  return out.finish(x.size, negative);
}

// |x| + 1 or |x| - 1 (x != 0) with the given sign: ~x is -(x + 1).
Value step_magnitude(IntView x, bool up, bool negative) {
  Result out(x.size + 1);
  Limb one = 1;
  size_t n = up ? add_magnitude(x.limbs, x.size, &one, 1, out.limbs())
                : sub_magnitude(x.limbs, x.size, &one, 1, out.limbs());
  return out.finish(n, negative);
}

size_t bit_length(IntView x) {
  return x.size ? (x.size - 1) * 64 + 64 - static_cast<size_t>(__builtin_clzll(x.limbs[x.size - 1]))
                : 0;
}

// base ** exponent of a power that fits in a limb, by squaring.
Limb limb_power(Limb base, uint64_t exponent) {
  Limb result = 1;
  for (;;) {
    if (exponent & 1) result *= base;
    exponent >>= 1;
    if (!exponent) return result;
    base *= base;
  }
}

[[gnu::noinline]] Value power(IntView a, uint64_t exponent) {
  bool negative = a.negative && (exponent & 1);
  if (exponent == 0) return Value::integer(1);
  if (a.size == 0) return Value::integer(0);
  size_t bits = bit_length(a);
  // A power of two is a shift: 2**n and 4**n build no intermediate products.
  if (a.size == 1 && (a.limbs[0] & (a.limbs[0] - 1)) == 0) {
    uint64_t shift = static_cast<uint64_t>(bits - 1);
    if (shift && exponent > kMaxLimbs * 64 / shift)
      raise(exc::OverflowError, "too many digits in integer");
    shift *= exponent;
    Result out(shift / 64 + 1);
    std::fill(out.limbs(), out.limbs() + shift / 64, 0);
    out.limbs()[shift / 64] = Limb{1} << (shift % 64);
    return out.finish(shift / 64 + 1, negative);
  }
  if (exponent > (uint64_t{1} << 40) / bits)
    raise(exc::OverflowError, "too many digits in integer");
  size_t room = static_cast<size_t>(bits * exponent / 64 + 2);
  // A one-limb base to a power of up to a few dozen limbs (3**200, 10**40): a limb's worth of
  // factors a pass (3**40 fits in one), each pass a single multiplication by a limb, straight
  // into the result: fewer steps than squaring, and no buffers.
  if (a.size == 1 && room <= 64) {
    const Limb base = a.limbs[0];
    // base < 2^bits, so base ** per < 2^64: per factors fit in a limb.
    const uint64_t per = 64 / bits;
    const Limb chunk = limb_power(base, per);
    Result out(room);
    Limb* product = out.limbs();
    product[0] = 1;
    size_t n = 1;
    for (uint64_t left = exponent; left > 0;) {
      const Limb factor = left < per ? limb_power(base, left) : chunk;
      left -= std::min(left, per);
      const Limb carry = mul_1(product, n, factor, product);  // reads each limb before writing
      if (carry) product[n++] = carry;
    }
    return out.finish(n, negative);
  }
  // Left to right binary: square for each bit below the top one, multiply by a for each 1.
  // Two buffers of `room` limbs (on the stack when small) take turns as source and product.
  Scratch first(room + 2), second(room + 2);  // (a spare limb or two beyond the bound)
  Limb* acc = first.data();
  Limb* tmp = second.data();
  std::copy(a.limbs, a.limbs + a.size, acc);
  size_t n = a.size;
  int top = 63 - __builtin_clzll(exponent);
  for (int bit = top - 1; bit >= 0; --bit) {
    mul_magnitude(acc, n, acc, n, tmp);
    n = trimmed(tmp, 2 * n);
    std::swap(acc, tmp);
    if ((exponent >> bit) & 1) {
      mul_magnitude(acc, n, a.limbs, a.size, tmp);
      n = trimmed(tmp, n + a.size);
      std::swap(acc, tmp);
    }
  }
  return copy_signed({acc, static_cast<uint32_t>(n), false}, negative);
}

[[gnu::noinline]] Value shift_left(IntView a, uint64_t bits) {
  if (a.size == 0) return Value::integer(0);
  size_t words = static_cast<size_t>(bits / 64);
  Result out(a.size + words + 1);
  Limb* limbs = out.limbs();
  std::fill(limbs, limbs + words, 0);
  limbs[words + a.size] =
      shift_left_bits(a.limbs, a.size, static_cast<unsigned>(bits % 64), limbs + words);
  return out.finish(a.size + words + 1, a.negative);
}

// Floors, as Python's >>: a negative value whose shifted-out bits are not all zero moves down.
[[gnu::noinline]] Value shift_right(IntView a, uint64_t bits) {
  size_t words = static_cast<size_t>(bits / 64);
  if (words >= a.size) return Value::integer(a.negative ? -1 : 0);
  auto s = static_cast<unsigned>(bits % 64);
  size_t n = a.size - words;
  Result out(n + 1);
  shift_right_bits(a.limbs + words, n, s, out.limbs());
  if (a.negative) {
    bool lost = s && (a.limbs[words] & ((Limb{1} << s) - 1));
    for (size_t i = 0; i < words && !lost; ++i) lost = a.limbs[i] != 0;
    if (lost) n = increment(out.limbs(), trimmed(out.limbs(), n));
  }
  return out.finish(n, a.negative);
}

// &, | and ^ on two's complement, one limb at a time: a negative operand's limbs are ~m + 1 of
// its magnitude m (the +1 carrying up through zero limbs), and so back for a negative result.
[[gnu::noinline]] Value bitwise(Op op, IntView a, IntView b) {
  if (!a.negative && !b.negative) {  // the common case: masks and flags, limb by limb
    if (a.size < b.size) std::swap(a, b);
    const size_t m = b.size, n = op == Op::BIT_AND ? m : a.size;
    Result out(n);
    Limb* r = out.limbs();
    if (op == Op::BIT_AND) {
      for (size_t i = 0; i < m; ++i) r[i] = a.limbs[i] & b.limbs[i];
    } else {
      if (op == Op::BIT_OR) {
        for (size_t i = 0; i < m; ++i) r[i] = a.limbs[i] | b.limbs[i];
      } else {
        for (size_t i = 0; i < m; ++i) r[i] = a.limbs[i] ^ b.limbs[i];
      }
      std::copy(a.limbs + m, a.limbs + n, r + m);
    }
    return out.finish(n, false);
  }
  size_t n = std::max(a.size, b.size) + 1;
  bool negative = op == Op::BIT_AND  ? (a.negative && b.negative)
                  : op == Op::BIT_OR ? (a.negative || b.negative)
                                     : (a.negative != b.negative);
  Result out(n);
  Limb carry_a = 1, carry_b = 1, carry_r = 1;
  auto twos = [](IntView x, size_t i, Limb& carry) {
    Limb limb = i < x.size ? x.limbs[i] : 0;
    if (!x.negative) return limb;
    Limb t = ~limb + carry;
    carry = carry && limb == 0;
    return t;
  };
  for (size_t i = 0; i < n; ++i) {
    Limb x = twos(a, i, carry_a), y = twos(b, i, carry_b);
    Limb r = op == Op::BIT_AND ? (x & y) : op == Op::BIT_OR ? (x | y) : (x ^ y);
    if (negative) {
      Limb m = ~r + carry_r;
      carry_r = carry_r && r == 0;
      r = m;
    }
    out.limbs()[i] = r;
  }
  return out.finish(n, negative);
}

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Writes a chunk's digits backwards, ending just before `end`, and returns where they start:
// all `count` of them, or only up to the most significant nonzero one when this is the top chunk.
template <unsigned Base>
char* put_chunk(char* end, Limb chunk, int count, bool top) {
  for (int i = 0; i < count && (chunk || !top); ++i) {
    *--end = kDigits[chunk % Base];
    chunk /= Base;
  }
  return end;
}

// A full chunk has 19 decimal digits (kept leading zeros); a top chunk is nonzero.
template <>
char* put_chunk<10>(char* end, Limb chunk, int count, bool top) {
  char* start = write_decimal_digits(end, chunk);
  if (!top) {
    while (end - start < count) *--start = '0';
  }
  return start;
}

char* put_chunk(char* end, Limb chunk, int count, bool top, unsigned base) {
  switch (base) {
    case 10: return put_chunk<10>(end, chunk, count, top);
    case 16: return put_chunk<16>(end, chunk, count, top);
    case 2: return put_chunk<2>(end, chunk, count, top);
    case 8: return put_chunk<8>(end, chunk, count, top);
    default: break;
  }
  for (int i = 0; i < count && (chunk || !top); ++i) {
    *--end = kDigits[chunk % base];
    chunk /= base;
  }
  return end;
}

// The largest power of `base` in a limb, and its exponent.
Limb chunk_of(unsigned base, int& digits) {
  Limb chunk = base;
  digits = 1;
  while (chunk <= ~Limb{0} / base) {
    chunk *= base;
    ++digits;
  }
  return chunk;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Views, results and Values.

Value make_int(IntView value) { return copy_signed(value, value.negative); }
Value make_int(const BigInt& value) { return make_int(value.view()); }

int compare_ints(IntView a, IntView b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int c = compare_magnitude(a.limbs, a.size, b.limbs, b.size);
  return a.negative ? -c : c;
}

size_t hash_int(IntView x) {
  // CPython's long_hash: the magnitude modulo the prime P = 2**61 - 1, then the sign. Limbs from
  // the top: h = h * 2**64 + limb (mod P), where 2**64 = 2**3 (mod P), and a limb = its top 3
  // bits + its low 61.
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  const auto reduce = [](uint64_t v) {  // v mod P, for v < 2**64
    v = (v & kModulus) + (v >> 61);
    return v >= kModulus ? v - kModulus : v;
  };
  uint64_t h = 0;
  for (size_t i = x.size; i-- > 0;) h = reduce(reduce(h << 3) + reduce(x.limbs[i]));
  auto signed_hash = static_cast<int64_t>(h);
  if (x.negative) signed_hash = -signed_hash;
  return static_cast<size_t>(signed_hash == -1 ? -2 : signed_hash);
}

namespace {
// The operators' bodies out of line, so that big_integer_op() is a dispatcher with a light frame.
[[gnu::noinline]] Value add_views(IntView a, IntView b, bool subtract) {
  return add_ints(a, b, subtract);
}

[[gnu::noinline]] Value multiply(IntView a, IntView b) {
  if (!a.size || !b.size) return Value::integer(0);
  if (b.size == 1) return mul_by_limb(a, b);
  if (a.size == 1) return mul_by_limb(b, a);
  Result out(a.size + b.size);
  mul_magnitude(a.limbs, a.size, b.limbs, b.size, out.limbs());
  return out.finish(a.size + b.size, a.negative != b.negative);
}

// The Value of a remainder `r` (magnitude) that takes the sign of a divisor.
Value signed_remainder(Limb r, bool negative) {
  if (r < kTopBit) return Value::integer(to_int64(&r, 1, negative));
  return copy_signed({&r, 1, false}, negative);
}

// a // b of a big a by a one-limb b: the quotient's Value, and the remainder's magnitude (whose
// sign is b's) in `remainder`.
Value quotient_by_limb(IntView a, IntView b, Limb& remainder) {
  Result q(a.size);
  size_t size = 0;
  remainder = floor_divide_by_limb(a, b.limbs[0], b.negative, q.limbs(), size);
  return q.finish(size, size && a.negative != b.negative);
}

// a // b or a % b of a big a by a one-limb b (a big int by a small one: digit loops, modular
// reductions), in one pass over a's limbs.
Value divide_by_limb(Op op, IntView a, IntView b) {
  if (op == Op::MOD) {
    size_t size = 0;
    return signed_remainder(floor_divide_by_limb(a, b.limbs[0], b.negative, nullptr, size),
                            b.negative);
  }
  Limb remainder;
  return quotient_by_limb(a, b, remainder);
}

[[gnu::noinline]] Value divide(Op op, IntView a, IntView b) {
  if (!b.size) raise(exc::ZeroDivisionError, zero_division_message(op, false));
  if (b.size == 1 && a.size > 1) return divide_by_limb(op, a, b);
  Signed quotient, remainder;
  if (op == Op::MOD) {
    Result r(b.size);
    floor_divide(a, b, nullptr, quotient, r.limbs(), remainder);
    return r.finish(remainder);
  }
  Result q(quotient_room(a, b));
  Scratch r(b.size);
  floor_divide(a, b, q.limbs(), quotient, r.data(), remainder);
  return q.finish(quotient);
}
}  // namespace

Value big_integer_op(Op op, IntView a, IntView b) {
  switch (op) {
    case Op::ADD: return add_views(a, b, false);
    case Op::SUB: return add_views(a, b, true);
    case Op::MUL: return multiply(a, b);
    case Op::FLOORDIV:
    case Op::MOD: return divide(op, a, b);
    case Op::POW:
      if (b.negative && !a.size)
        raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (b.negative) return Value::floating(std::pow(int_to_double(a), int_to_double(b)));
      if (!fits_int64(b.limbs, b.size, false)) {
        // Only 0, 1 and -1 have powers this large that fit in memory.
        if (a.size == 0 || (a.size == 1 && a.limbs[0] == 1 && !a.negative)) return make_int(a);
        if (a.size == 1 && a.limbs[0] == 1) return Value::integer((b.limbs[0] & 1) ? -1 : 1);
        raise(exc::OverflowError, "exponent too large");
      }
      return power(a, b.size ? b.limbs[0] : 0);
    case Op::LSHIFT:
    case Op::RSHIFT: {
      if (b.negative) raise(exc::ValueError, "negative shift count");
      bool huge = !fits_int64(b.limbs, b.size, false);
      if (op == Op::RSHIFT)
        return huge ? Value::integer(a.negative ? -1 : 0) : shift_right(a, b.size ? b.limbs[0] : 0);
      if (a.size == 0) return Value::integer(0);
      if (huge || b.limbs[0] > kMaxLimbs * 64)
        raise(exc::OverflowError, "too many digits in integer");
      return shift_left(a, b.limbs[0]);
    }
    case Op::BIT_AND:
    case Op::BIT_OR:
    case Op::BIT_XOR: return bitwise(op, a, b);
    default: break;
  }
  raise(exc::RuntimeError, "bad integer operator");
}

namespace {
// The loops' operators, each in a function of its own: one frame holding them all saved and
// restored more registers than the sum of two 4-limb ints costs.
[[gnu::noinline]] Value add_values(Value a, Value b, bool subtract) {
  Limb a_limb, b_limb;
  return add_ints(int_view(a, a_limb), int_view(b, b_limb), subtract);
}
[[gnu::noinline]] Value multiply_values(Value a, Value b) {
  Limb a_limb, b_limb;
  IntView x = int_view(a, a_limb), y = int_view(b, b_limb);
  if (y.size == 1 && x.size) return mul_by_limb(x, y);
  return big_integer_op(Op::MUL, x, y);
}
}  // namespace

Value big_integer_op(Op op, Value a, Value b) {
  if (op == Op::ADD) return add_values(a, b, false);
  if (op == Op::SUB) return add_values(a, b, true);
  if (op == Op::MUL) return multiply_values(a, b);
  Limb a_limb, b_limb;
  return big_integer_op(op, int_view(a, a_limb), int_view(b, b_limb));
}

namespace {
// a //= b in place (big_integer_op_in_place) by a one-limb b, out of line: its division's frame
// would otherwise be set up for every `f *= i` and `x += y` too.
[[gnu::noinline]] bool floor_divide_in_place(BigIntObject* a, Value b) {
  Limb b_limb;
  const IntView y = int_view(b, b_limb);
  // By one limb, n >= 3 limbs leave a quotient of at least 2^64: still big, in n limbs.
  if (y.size != 1 || a->size < 3) return false;
  size_t size = 0;
  floor_divide_by_limb(a->view(), y.limbs[0], y.negative, a->limbs(), size);
  a->size = static_cast<uint32_t>(size);
  a->negative = a->negative != y.negative;
  return true;
}
// a *= b in place by a one-limb b: a frame of its own, as floor_divide_in_place's, smaller than
// the sums' (`f *= i` in a factorial's loop).
// b is an inline int then (a big one has two limbs at least; a bool takes the general path).
[[gnu::noinline]] bool multiply_in_place(BigIntObject* a, Value b) {
  Limb* out = a->limbs();
  const size_t n = a->size;
  if (!b.is_int() || b.i == 0 || n + 1 > a->capacity()) return false;
  const Limb k = b.i < 0 ? 0 - static_cast<Limb>(b.i) : static_cast<Limb>(b.i);
  Limb carry = mul_1(out, n, k, out);  // reads each limb before writing it
  out[n] = carry;
  a->size = static_cast<uint32_t>(n + (carry != 0));
  a->negative = a->negative != (b.i < 0);
  return true;
}

// a += b or a -= b in place: out of line too, so that big_integer_op_in_place only dispatches
// (no frame for `f *= i` to set up).
[[gnu::noinline]] bool add_in_place(BigIntObject* a, Value b, bool subtract) {
  Limb b_limb;
  const IntView y = int_view(b, b_limb);
  Limb* out = a->limbs();
  const size_t n = a->size;
  const size_t m = y.size;
  if (a->negative != (y.negative != subtract)) {
    // A difference of magnitudes (`x -= 7`), in place when y is at least two limbs shorter:
    // |a| - |y| > 2^(64(n-1)) - 2^(64(n-2)) then still takes n - 1 or n limbs, beyond 64 bits
    // (a closer difference may shrink to an inline int). The sign stays a's.
    if (m + 2 > n) return false;
    sub_magnitude(out, n, y.limbs, m, out);  // reads each limb before writing it
    a->size = static_cast<uint32_t>(n - (out[n - 1] == 0));
    return true;
  }
  if (std::max(n, m) + 1 > a->capacity()) return false;
  // The sign stays a's; the sum is at least |a|, so it is still beyond 64 bits.
  size_t size = n >= m ? add_magnitude(out, n, y.limbs, m, out)
                       : add_magnitude(y.limbs, m, out, n, out);
  a->size = static_cast<uint32_t>(size - (out[size - 1] == 0));
  return true;
}
}  // namespace

bool big_integer_op_in_place(Op op, BigIntObject* a, Value b) {
  if (op == Op::FLOORDIV) return floor_divide_in_place(a, b);
  if (op == Op::MUL) return multiply_in_place(a, b);
  if (op == Op::ADD || op == Op::SUB) return add_in_place(a, b, op == Op::SUB);
  return false;
}

void free_bigint(Object* object) { delete static_cast<BigIntObject*>(object); }

namespace {
// decref() of an operand that is an inline int or a big int: no look at the object's kind.
[[gnu::always_inline]] inline void release_int(Value v) {
  if (v.tag != Tag::Obj) return;
  if (!free_threaded()) {
    if (--v.obj->refcount.plain() == 0) delete static_cast<BigIntObject*>(v.obj);
  } else {
    decref(v);
  }
}

// sp[-2] op= sp[-1] into sp[-2]'s own block, sp[-2] being a big int that only the stack holds
// (free-threaded too: then no other thread can reach it, uniquely_referenced()).
[[gnu::noinline]] bool op_into_temporary(Value* sp, Op op) {
  if (!big_integer_op_in_place(op, static_cast<BigIntObject*>(sp[-2].obj), sp[-1])) return false;
  release_int(sp[-1]);
  return true;
}
}  // namespace

namespace {
// out = |longer| + |shorter| (both big, so shorter has a limb) with the given sign; out has room
// for longer->size + 1 limbs. The top limb is the carry or longer's nonzero top one.
[[gnu::always_inline]] inline void add_into_new(const BigIntObject* longer,
                                                const BigIntObject* shorter, bool negative,
                                                BigIntObject* out) {
  const size_t n = longer->size, m = shorter->size;
  Limb* limbs = out->limbs();
  const Limb* top = longer->limbs();
  out->negative = negative;
  unsigned char carry = add_n(top, shorter->limbs(), m, limbs);
  for (size_t i = m; i < n; ++i) {
    const Limb v = top[i] + carry;
    carry = v < carry;
    limbs[i] = v;
  }
  limbs[n] = carry;
  out->size = static_cast<uint32_t>(n + carry);
}

// big_integer_op_on_stack's general case: any int operands, results of any size.
template <Op kOp>
[[gnu::noinline]] Value* int_op_on_stack(Value* sp) {
  const Value a = sp[-2], b = sp[-1];
  if (a.tag == Tag::Obj && uniquely_referenced(*a.obj) && op_into_temporary(sp, kOp)) [[unlikely]] {
    return sp - 1;  // a, changed, stays in sp[-2]
  }
  Limb a_limb, b_limb;
  const IntView x = int_view(a, a_limb), y = int_view(b, b_limb);
  Value result;
  if constexpr (kOp == Op::MUL) {
    result = y.size == 1 && x.size ? mul_by_limb(x, y) : big_integer_op(Op::MUL, x, y);
  } else {
    result = add_ints(x, y, kOp == Op::SUB);
  }
  sp[-2] = result;
  release_int(b);
  release_int(a);
  return sp - 1;
}

// Two big ints whose magnitudes add (sums that grow: Fibonacci numbers, running totals), each
// held elsewhere too (so that neither dies here), a cached block for the sum: the limbs straight
// from both objects into the new one, which stays big. A leaf function (no frame to save, no
// call), since such a sum of a few limbs costs less than a frame; null otherwise, for the
// general case. Free-threaded, another thread may drop its reference meanwhile: the operands'
// are released after the sum, by decref.
template <Op kOp, bool kFreeThreaded>
[[gnu::always_inline]] inline Value* sum_of_held_big_ints(Value* sp) {
  // The tests cheapest first, those that fail most often (an inline int, a temporary) early:
  // the operations that go on to the general case pay for them.
  const Value a = sp[-2], b = sp[-1];
  if (a.tag != Tag::Obj || b.tag != Tag::Obj) return nullptr;
  auto* x = static_cast<BigIntObject*>(a.obj);
  auto* y = static_cast<BigIntObject*>(b.obj);
  const int64_t x_count = x->refcount.load(std::memory_order_relaxed);
  const int64_t y_count = y->refcount.load(std::memory_order_relaxed);
  // a + a takes two of the object's references: it needs a third to live on.
  if (std::min(x_count, y_count) <= 1 || (x == y && x_count <= 2) ||
      x->negative != (y->negative != (kOp == Op::SUB))) {
    return nullptr;
  }
  const bool x_longer = x->size >= y->size;
  const BigIntObject* longer = x_longer ? x : y;
  const BigIntObject* shorter = x_longer ? y : x;
  BigIntObject* out = BigIntObject::from_cache(size_t{longer->size} + 1);
  if (!out) return nullptr;
  if constexpr (kFreeThreaded) {
    add_into_new(longer, shorter, x->negative, out);
    sp[-2] = Value::object(out);
    decref_in_mode<true>(a);
    decref_in_mode<true>(b);
    return sp - 1;
  }
  // The stack and the counts first, so that fewer values live across the limbs' loops (and no
  // registers are saved around them).
  const bool negative = x->negative;
  --x->refcount.plain();  // neither reaches zero
  --y->refcount.plain();
  sp[-2] = Value::object(out);
  add_into_new(longer, shorter, negative, out);
  return sp - 1;
}

// big_integer_op_on_stack() free-threaded: apart, so that the GIL's sum stays a leaf function.
template <Op kOp>
[[gnu::noinline]] Value* shared_int_op_on_stack(Value* sp) {
  if (Value* top = sum_of_held_big_ints<kOp, true>(sp)) return top;
  return int_op_on_stack<kOp>(sp);
}
}  // namespace

template <Op kOp>
Value* big_integer_op_on_stack(Value* sp) {
  static_assert(kOp == Op::ADD || kOp == Op::SUB || kOp == Op::MUL);
  if constexpr (kOp != Op::MUL) {
    if (free_threaded()) [[unlikely]] return shared_int_op_on_stack<kOp>(sp);
    if (Value* top = sum_of_held_big_ints<kOp, false>(sp)) return top;
  }
  return int_op_on_stack<kOp>(sp);
}
Value* big_integer_any_op_on_stack(Value* sp, Op op) {
  const Value a = sp[-2], b = sp[-1];
  Limb a_limb, b_limb;
  Value result = big_integer_op(op, int_view(a, a_limb), int_view(b, b_limb));
  sp[-2] = result;
  release_int(b);
  release_int(a);
  return sp - 1;
}

template Value* big_integer_op_on_stack<Op::ADD>(Value* sp);
template Value* big_integer_op_on_stack<Op::SUB>(Value* sp);
template Value* big_integer_op_on_stack<Op::MUL>(Value* sp);

Value big_integer_divmod(IntView a, IntView b) {
  if (!b.size) raise(exc::ZeroDivisionError, zero_division_message(Op::FLOORDIV, false));
  if (b.size == 1 && a.size > 1) {
    Limb r;
    Ref quotient_value = Ref::steal(quotient_by_limb(a, b, r));
    Ref remainder_value = Ref::steal(signed_remainder(r, b.negative));
    return make_tuple({quotient_value.release(), remainder_value.release()});
  }
  Signed quotient, remainder;
  Result q(quotient_room(a, b)), r(b.size);
  floor_divide(a, b, q.limbs(), quotient, r.limbs(), remainder);
  Ref quotient_value = Ref::steal(q.finish(quotient));
  Ref remainder_value = Ref::steal(r.finish(remainder));
  return make_tuple({quotient_value.release(), remainder_value.release()});
}

double int_true_divide(IntView a, IntView b) {
  if (!b.size) raise(exc::ZeroDivisionError, zero_division_message(Op::TRUEDIV, false));
  bool negative = a.negative != b.negative;
  int64_t diff = static_cast<int64_t>(bit_length(a)) - static_cast<int64_t>(bit_length(b));
  if (!a.size || diff < -1080) return negative ? -0.0 : 0.0;
  if (diff > 1025) raise(exc::OverflowError, "integer division result too large for a float");
  if (a.size == 1 && b.size == 1 && (a.limbs[0] >> 53) == 0 && (b.limbs[0] >> 53) == 0) {
    double q = static_cast<double>(a.limbs[0]) / static_cast<double>(b.limbs[0]);  // both exact
    return negative ? -q : q;
  }
  // x = floor(|a| / |b| * 2^-shift) has 55 or 56 bits; the division's remainder is the sticky
  // bit below them. x is then rounded once, half to even, to 53 bits (fewer for a subnormal).
  int64_t shift = diff - 55;
  auto shifted = [](IntView v, uint64_t bits) {
    std::vector<Limb> out(v.size + bits / 64 + 1, 0);
    out[v.size + bits / 64] =
        shift_left_bits(v.limbs, v.size, static_cast<unsigned>(bits % 64), out.data() + bits / 64);
    out.resize(trimmed(out.data(), out.size()));
    return out;
  };
  std::vector<Limb> num = shift < 0 ? shifted(a, static_cast<uint64_t>(-shift))
                                    : std::vector<Limb>(a.limbs, a.limbs + a.size);
  std::vector<Limb> den = shift > 0 ? shifted(b, static_cast<uint64_t>(shift))
                                    : std::vector<Limb>(b.limbs, b.limbs + b.size);
  std::vector<Limb> q(num.size() - den.size() + 1), r(den.size());
  divmod_magnitude(num.data(), num.size(), den.data(), den.size(), q.data(), r.data());
  Limb x = q[0];  // below 2^56: the quotient has one limb
  bool sticky = trimmed(r.data(), r.size()) != 0;
  int length = 64 - __builtin_clzll(x);
  int64_t drop = length - 53;
  if (shift + drop < -1074) drop = -1074 - shift;  // subnormal: the last bit is 2^-1074
  Limb kept = 0;
  if (drop < 64) {
    kept = x >> drop;
    Limb rest = x & ((Limb{1} << drop) - 1), half = Limb{1} << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) ++kept;
  }
  double d = std::ldexp(static_cast<double>(kept), static_cast<int>(shift + drop));
  if (std::isinf(d)) raise(exc::OverflowError, "integer division result too large for a float");
  return negative ? -d : d;
}

Value big_integer_unary(Op op, IntView x) {
  switch (op) {
    case Op::NEG: return copy_signed(x, x.size && !x.negative);
    case Op::POS: return copy_signed(x, x.negative);
    case Op::INVERT:  // -(x + 1)
      return x.negative ? step_magnitude(x, false, false) : step_magnitude(x, true, true);
    default: break;
  }
  raise(exc::RuntimeError, "bad integer operator");
}

Value big_integer_abs(IntView x) { return copy_signed(x, false); }

double int_to_double(IntView x) {
  // The top 64 bits with a sticky bit for any lower one, so that the one rounding of the
  // conversion to double is the correct one; then scaled into place.
  size_t bits = bit_length(x);
  if (bits == 0) return 0.0;
  Limb top;
  size_t shift = 0;
  if (bits <= 64) {
    top = x.limbs[0];
  } else {
    shift = bits - 64;
    size_t word = shift / 64;
    auto s = static_cast<unsigned>(shift % 64);
    top = s ? (x.limbs[word] >> s) | (x.limbs[word + 1] << (64 - s)) : x.limbs[word];
    bool lost = s && (x.limbs[word] & ((Limb{1} << s) - 1));
    for (size_t i = 0; i < word && !lost; ++i) lost = x.limbs[i] != 0;
    if (lost) top |= 1;
  }
  double d =
      std::ldexp(static_cast<double>(top), static_cast<int>(std::min<size_t>(shift, 1 << 20)));
  if (std::isinf(d)) raise(exc::OverflowError, "int too large to convert to float");
  return x.negative ? -d : d;
}

double int_to_double(Value integer) {
  if (integer.is_bool()) return integer.b ? 1.0 : 0.0;
  if (integer.is_int()) return static_cast<double>(integer.i);
  return int_to_double(as_bigint(integer));
}

namespace {

[[noreturn]] void raise_int_str_limit(int limit, const std::string& value_has) {
  raise(exc::ValueError, "Exceeds the limit (" + std::to_string(limit) +
                             " digits) for integer string conversion" + value_has +
                             "; use sys.set_int_max_str_digits() to increase the limit");
}

}  // namespace

void check_int_str_digits(size_t digits) {
  if (digits <= static_cast<size_t>(kIntMaxStrDigitsThreshold)) return;
  const int limit = int_max_str_digits();
  if (limit > 0 && digits > static_cast<size_t>(limit))
    raise_int_str_limit(limit, ": value has " + std::to_string(digits) + " digits");
}

std::string int_digits(IntView x, int base) {
  if (x.size == 0) return "0";
  auto b = static_cast<unsigned>(base);
  if ((b & (b - 1)) == 0) {  // 2, 4, 8, 16, 32: each digit's bits read straight from the limbs
    const auto k = static_cast<unsigned>(__builtin_ctz(b));
    const size_t count = (bit_length(x) + k - 1) / k;
    std::string out(count + (x.negative ? 1 : 0), '\0');
    char* end = out.data() + out.size();
    size_t i = 0;
    if (64 % k == 0) {  // 2, 4, 16: whole digits in each limb, peeled off from its bottom
      const unsigned per_limb = 64 / k;
      for (size_t word = 0; i < count; ++word) {
        Limb v = x.limbs[word];
        for (unsigned j = 0; j < per_limb && i < count; ++j, ++i, v >>= k)
          *--end = kDigits[v & (b - 1)];
      }
    }
    for (; i < count; ++i) {
      const size_t at = i * k, word = at / 64;
      const auto shift = static_cast<unsigned>(at % 64);
      Limb v = x.limbs[word] >> shift;
      if (shift + k > 64 && word + 1 < x.size) v |= x.limbs[word + 1] << (64 - shift);
      *--end = kDigits[v & (b - 1)];
    }
    if (x.negative) *--end = '-';
    return out;
  }
  // A limb holds fewer than 20 decimal digits: ints below the least limit are not looked at.
  const int limit =
      base == 10 && x.size * 20 > kIntMaxStrDigitsThreshold ? int_max_str_digits() : 0;
  if (limit > 0) {
    // At least floor((bits - 1) * log10(2)) + 1 digits: past the limit before any is made.
    const size_t bits = x.size * 64 - static_cast<size_t>(__builtin_clzll(x.limbs[x.size - 1]));
    if ((bits - 1) * 30102 / 100000 + 1 > static_cast<size_t>(limit))
      raise_int_str_limit(limit, "");
  }
  int chunk_digits = 0;
  Limb chunk = chunk_of(b, chunk_digits);
  Scratch scratch(x.size);
  Limb* rest = scratch.data();
  std::copy(x.limbs, x.limbs + x.size, rest);
  size_t n = x.size;
  // Room for every digit (each has at least floor(log2(base)) bits) and the sign; the digits
  // come least significant first, so they are written from the end backwards.
  std::string out(x.size * 64 / static_cast<size_t>(31 - __builtin_clz(b)) + 2, '\0');
  char* start = out.data() + out.size();
  while (n) {
    Limb r = divrem_1(rest, n, chunk, rest);
    n = trimmed(rest, n);
    start = put_chunk(start, r, chunk_digits, n == 0, b);
  }
  if (limit > 0 && out.data() + out.size() - start > limit) raise_int_str_limit(limit, "");
  if (x.negative) *--start = '-';
  out.erase(0, static_cast<size_t>(start - out.data()));
  return out;
}

std::string int_digits(Value integer, int base, bool& negative) {
  if (integer.is_int() && base == 10) {  // str(i), the common case: no limbs, one digit writer
    negative = integer.i < 0;
    const uint64_t magnitude =
        negative ? uint64_t{0} - static_cast<uint64_t>(integer.i) : static_cast<uint64_t>(integer.i);
    char buffer[20];  // 18446744073709551615
    char* const end = buffer + sizeof buffer;
    return std::string(write_decimal_digits(end, magnitude), end);
  }
  Limb scratch;
  IntView x = int_view(integer, scratch);
  negative = x.negative;
  x.negative = false;
  return int_digits(x, base);
}

int compare_int_float(Value integer, double f, bool& unordered) {
  unordered = std::isnan(f);
  if (unordered) return 0;
  if (std::isinf(f)) return f > 0 ? -1 : 1;
  // Compare the int with floor(f) exactly; a fractional part breaks a tie in f's favour.
  double floor_f = std::floor(f);
  Limb scratch;
  int c = compare_ints(int_view(integer, scratch), BigInt::from_double(floor_f).view());
  if (c != 0) return c;
  return floor_f == f ? 0 : -1;
}

namespace {

// The inverse of a modulo n > 0, by the extended Euclidean algorithm, as CPython's long_invmod.
BigInt inverse_modulo(const BigInt& a, const BigInt& n) {
  BigInt b(1), c(0), x = a, y = n, quotient, remainder;
  while (!y.is_zero()) {
    x.floor_divmod(y, quotient, remainder);
    x = std::move(y);
    y = std::move(remainder);
    BigInt t = b - quotient * c;
    b = std::move(c);
    c = std::move(t);
  }
  if (x.compare(BigInt(1)) != 0)
    raise(exc::ValueError, "base is not invertible for the given modulus");
  b.floor_divmod(n, quotient, remainder);
  return remainder;
}

}  // namespace

namespace {
// pow(base, exponent, modulus) of 64-bit ints with exponent >= 0 and modulus != 0, by square
// and multiply in 128-bit products: no big int made (pow(i, 2, 7) in a loop made six).
Value small_int_pow_mod(int64_t base, int64_t exponent, int64_t modulus) {
  const uint64_t m =
      modulus < 0 ? 0 - static_cast<uint64_t>(modulus) : static_cast<uint64_t>(modulus);
  using u128 = unsigned __int128;
  const uint64_t magnitude =
      base < 0 ? 0 - static_cast<uint64_t>(base) : static_cast<uint64_t>(base);
  uint64_t b = magnitude % m;
  if (base < 0 && b != 0) b = m - b;  // the base reduced into [0, m)
  uint64_t result = 1 % m;
  for (auto e = static_cast<uint64_t>(exponent); e != 0; e >>= 1) {
    if (e & 1) result = static_cast<uint64_t>(static_cast<u128>(result) * b % m);
    b = static_cast<uint64_t>(static_cast<u128>(b) * b % m);
  }
  // A negative modulus gives a result in (modulus, 0], as CPython's.
  if (modulus < 0 && result != 0) return Value::integer(static_cast<int64_t>(result - m));
  return Value::integer(static_cast<int64_t>(result));
}
}  // namespace

Value int_pow_mod(Value base_value, Value exponent_value, Value modulus_value) {
  if (base_value.is_int() && exponent_value.is_int() && modulus_value.is_int() &&
      exponent_value.i >= 0 && modulus_value.i != 0)
    return small_int_pow_mod(base_value.i, exponent_value.i, modulus_value.i);
  BigInt base = BigInt::from_value(base_value), exponent = BigInt::from_value(exponent_value),
         modulus = BigInt::from_value(modulus_value);
  // As CPython's long_pow: reduce modulo |modulus|, and move a nonzero result below zero for a
  // negative modulus; a negative exponent takes the base's inverse.
  if (modulus.is_zero()) raise(exc::ValueError, "pow() 3rd argument cannot be 0");
  bool negative_output = modulus.negative();
  if (negative_output) modulus = -modulus;
  if (modulus.compare(BigInt(1)) == 0) return Value::integer(0);
  if (exponent.negative()) {
    base = inverse_modulo(base, modulus);
    exponent = -exponent;
  }
  BigInt quotient, reduced_base;
  base.floor_divmod(modulus, quotient, reduced_base);  // 0 <= reduced_base < modulus
  // Square and multiply on magnitudes below the modulus, in three fixed buffers (on the stack
  // when small): each product (at most 2m limbs) is reduced straight back into the accumulator.
  const IntView mod = modulus.view(), b = reduced_base.view();
  const size_t m = mod.size;
  Scratch acc_scratch(m), product_scratch(2 * m);
  Limb* acc = acc_scratch.data();
  Limb* product = product_scratch.data();
  acc[0] = 1;
  size_t n = 1;
  auto reduce = [&](size_t product_size) {
    product_size = trimmed(product, product_size);
    if (compare_magnitude(product, product_size, mod.limbs, m) < 0) {
      std::copy(product, product + product_size, acc);
      n = product_size;
    } else {
      divmod_magnitude(product, product_size, mod.limbs, m, nullptr, acc);
      n = trimmed(acc, m);
    }
  };
  IntView e = exponent.view();
  for (size_t bit = bit_length(e); bit-- > 0 && n > 0;) {
    mul_magnitude(acc, n, acc, n, product);
    reduce(2 * n);
    if (n > 0 && ((e.limbs[bit / 64] >> (bit % 64)) & 1)) {
      if (b.size == 0) {
        n = 0;
        break;
      }
      mul_magnitude(acc, n, b.limbs, b.size, product);
      reduce(n + b.size);
    }
  }
  BigInt result(IntView{acc, static_cast<uint32_t>(n), false});
  if (negative_output && !result.is_zero()) result = result - modulus;
  return make_int(result);
}

// ---------------------------------------------------------------------------------------------
// BigInt

BigInt::BigInt(int64_t v) {
  negative_ = v < 0;
  uint64_t magnitude = negative_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  if (magnitude) limbs_.push_back(magnitude);
}

BigInt::BigInt(IntView v) : negative_(v.negative), limbs_(v.limbs, v.limbs + v.size) {}

BigInt BigInt::from_value(Value v) {
  Limb scratch;
  return BigInt(int_view(v, scratch));
}

BigInt BigInt::from_double(double integral) {
  BigInt out;
  int exponent = 0;
  double fraction = std::frexp(std::fabs(integral), &exponent);  // |x| = fraction * 2^exponent
  if (fraction == 0.0) return out;
  // 53 significant bits as an integer, then shifted into place (exactly: x is integral).
  auto mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  if (exponent <= 53) {
    out.limbs_.push_back(mantissa >> (53 - exponent));
  } else {
    auto shift = static_cast<size_t>(exponent - 53);
    out.limbs_.assign(shift / 64 + 2, 0);
    auto s = static_cast<unsigned>(shift % 64);
    out.limbs_[shift / 64] = mantissa << s;
    out.limbs_[shift / 64 + 1] = s ? mantissa >> (64 - s) : 0;
  }
  out.limbs_.resize(trimmed(out.limbs_.data(), out.limbs_.size()));
  out.negative_ = integral < 0 && !out.limbs_.empty();
  return out;
}

bool BigInt::parse(std::string_view digits, int base, BigInt& out) {
  out = BigInt();
  if (digits.empty()) return false;
  auto b = static_cast<unsigned>(base);
  int chunk_digits = 0;
  chunk_of(b, chunk_digits);
  std::vector<Limb>& limbs = out.limbs_;
  limbs.reserve(digits.size() / static_cast<size_t>(chunk_digits) + 2);
  // chunk_digits digits at a time: one multiply-add pass over the limbs per chunk.
  for (size_t at = 0; at < digits.size(); at += static_cast<size_t>(chunk_digits)) {
    size_t end = std::min(digits.size(), at + static_cast<size_t>(chunk_digits));
    Limb value = 0, scale = 1;
    if (b == 10) {  // decimal text: one test a digit
      for (size_t i = at; i < end; ++i) {
        const unsigned d = static_cast<unsigned char>(digits[i]) - unsigned{'0'};
        if (d > 9) return false;
        value = value * 10 + d;
        scale *= 10;
      }
    }
    for (size_t i = b == 10 ? end : at; i < end; ++i) {
      char c = digits[i];
      unsigned d = (c >= '0' && c <= '9')   ? static_cast<unsigned>(c - '0')
                   : (c >= 'a' && c <= 'z') ? static_cast<unsigned>(c - 'a' + 10)
                   : (c >= 'A' && c <= 'Z') ? static_cast<unsigned>(c - 'A' + 10)
                                            : 99;
      if (d >= b) return false;
      value = value * b + d;
      scale *= b;
    }
    Limb carry = mul_1(limbs.data(), limbs.size(), scale, limbs.data());
    for (size_t i = 0; i < limbs.size() && value; ++i) {
      limbs[i] += value;
      value = limbs[i] < value;
    }
    if (carry || value) limbs.push_back(carry + value);  // carry < scale, so no overflow
  }
  limbs.resize(trimmed(limbs.data(), limbs.size()));
  return true;
}

bool BigInt::fits_int64() const {
  return gilvm::fits_int64(limbs_.data(), limbs_.size(), negative_);
}

int64_t BigInt::to_int64() const {
  return gilvm::to_int64(limbs_.data(), limbs_.size(), negative_);
}

int BigInt::compare(const BigInt& other) const { return compare_ints(view(), other.view()); }

std::string BigInt::to_string(int base) const { return int_digits(view(), base); }

BigInt BigInt::operator-() const {
  BigInt out = *this;
  if (!out.is_zero()) out.negative_ = !negative_;
  return out;
}

BigInt BigInt::operator-(const BigInt& b) const {
  BigInt out;
  out.limbs_.resize(sum_room(view(), b.view()));
  size_t n = add_signed(view(), b.view(), true, out.limbs_.data(), out.negative_);
  out.limbs_.resize(trimmed(out.limbs_.data(), n));
  return out;
}

BigInt BigInt::operator*(const BigInt& b) const {
  BigInt out;
  if (is_zero() || b.is_zero()) return out;
  out.limbs_.resize(limbs_.size() + b.limbs_.size());
  mul_magnitude(limbs_.data(), limbs_.size(), b.limbs_.data(), b.limbs_.size(), out.limbs_.data());
  out.limbs_.resize(trimmed(out.limbs_.data(), out.limbs_.size()));
  out.negative_ = negative_ != b.negative_;
  return out;
}

void BigInt::floor_divmod(const BigInt& divisor, BigInt& quotient, BigInt& remainder) const {
  // The outputs may be this or the divisor: work on fresh limbs, move them out at the end.
  std::vector<Limb> q(quotient_room(view(), divisor.view())), r(divisor.limbs_.size());
  Signed qs, rs;
  floor_divide(view(), divisor.view(), q.data(), qs, r.data(), rs);
  q.resize(qs.size);
  r.resize(rs.size);
  quotient.limbs_ = std::move(q);
  quotient.negative_ = qs.negative;
  remainder.limbs_ = std::move(r);
  remainder.negative_ = rs.negative;
}

}  // namespace gilvm
