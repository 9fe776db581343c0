// CPython 3.11's list.sort algorithm (Objects/listobject.c, described in its listsort.txt):
// natural runs (count_run: ascending, or strictly descending and reversed), runs shorter than
// minrun extended by binary insertion, merged as powersort orders them (found_new_run), each
// merge galloping once a side wins min_gallop times in a row, min_gallop adapting to the data.
//
// Why a copy of its every step: wherever a comparison runs script code (__lt__, a key's own
// __lt__, cmp_to_key), the number and order of the calls are observable, and so is what the
// list holds when one raises. timsort::sort makes exactly CPython's calls, in its order, and on
// an exception from `less` leaves the sequence as CPython leaves it: a permutation, a merge's
// unmerged rest put back in the gap it left.
//
// `less(a, b)` answers a < b and may throw. T is trivially copyable (positions, values, small
// entries): moves are plain copies, as CPython's memmoves of pointers.
#pragma once

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

namespace timsort {

namespace detail {

constexpr size_t kMinGallop = 7;        // MIN_GALLOP
constexpr size_t kMaxMinrun = 64;       // MAX_MINRUN: fewer items form one run
constexpr size_t kMaxPending = 85;      // MAX_MERGE_PENDING

// merge_compute_minrun(): n itself under 64, else between 32 and 64 such that n / minrun is
// just below a power of 2.
inline size_t compute_minrun(size_t n) {
  size_t r = 0;
  while (n >= kMaxMinrun) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// powerloop(): the depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in the
// conceptual binary merge tree of a list of n items.
inline int powerloop(size_t s1, size_t n1, size_t n2, size_t n) {
  int result = 0;
  size_t a = 2 * s1 + n1;
  size_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

template <typename T, typename Less>
class Sorter {
 public:
  Sorter(T* items, size_t n, Less& less) : base_(items), n_(n), less_(less) {}

  void run() {
    const size_t n = n_;
    if (n < 2) return;
    const size_t minrun = compute_minrun(n);
    size_t lo = 0, remaining = n;
    do {
      bool descending = false;
      size_t run = count_run(base_ + lo, remaining, descending);
      if (descending) std::reverse(base_ + lo, base_ + lo + run);
      if (run < minrun) {
        const size_t force = remaining <= minrun ? remaining : minrun;
        binary_sort(base_ + lo, force, run);
        run = force;
      }
      found_new_run(run);
      pending_[count_++] = {lo, run, 0};
      lo += run;
      remaining -= run;
    } while (remaining);
    // merge_force_collapse()
    while (count_ > 1) {
      size_t i = count_ - 2;
      if (i > 0 && pending_[i - 1].len < pending_[i + 1].len) --i;
      merge_at(i);
    }
  }

 private:
  struct Run {
    size_t base, len;
    int power;
  };

  bool less(const T& a, const T& b) { return less_(a, b); }

  // The length of the run at `lo`: ascending (a[i] <= a[i+1]) or strictly descending
  // (`descending` set), at least 2 when `remaining` allows.
  size_t count_run(T* lo, size_t remaining, bool& descending) {
    if (remaining == 1) return 1;
    size_t n = 2;
    if (less(lo[1], lo[0])) {
      descending = true;
      while (n < remaining && less(lo[n], lo[n - 1])) ++n;
    } else {
      while (n < remaining && !less(lo[n], lo[n - 1])) ++n;
    }
    return n;
  }

  // Binary insertion of a[start..n) into the sorted a[0..start); an exception leaves the pivot
  // being placed where it was.
  void binary_sort(T* a, size_t n, size_t start) {
    if (start == 0) ++start;
    for (; start < n; ++start) {
      const T pivot = a[start];
      size_t l = 0, r = start;
      do {
        const size_t p = l + ((r - l) >> 1);
        if (less(pivot, a[p]))
          r = p;
        else
          l = p + 1;
      } while (l < r);
      std::copy_backward(a + l, a + start, a + start + 1);
      a[l] = pivot;
    }
  }

  // gallop_left(): k in [0, n] with a[k-1] < key <= a[k], searched from a[hint] outwards.
  size_t gallop_left(const T& key, const T* a, size_t n, size_t hint) {
    size_t lastofs = 0, ofs = 1;
    // Offsets from a[hint] may point one before a[0]: signed, as CPython's.
    std::ptrdiff_t lo, hi;
    if (less(a[hint], key)) {
      const size_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (less(a[hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lo = static_cast<std::ptrdiff_t>(lastofs + hint);
      hi = static_cast<std::ptrdiff_t>(ofs + hint);
    } else {
      const size_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (less(a[hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lo = static_cast<std::ptrdiff_t>(hint) - static_cast<std::ptrdiff_t>(ofs);
      hi = static_cast<std::ptrdiff_t>(hint - lastofs);
    }
    ++lo;
    while (lo < hi) {
      const std::ptrdiff_t m = lo + ((hi - lo) >> 1);
      if (less(a[m], key))
        lo = m + 1;
      else
        hi = m;
    }
    return static_cast<size_t>(hi);
  }

  // gallop_right(): k in [0, n] with a[k-1] <= key < a[k].
  size_t gallop_right(const T& key, const T* a, size_t n, size_t hint) {
    size_t lastofs = 0, ofs = 1;
    std::ptrdiff_t lo, hi;
    if (less(key, a[hint])) {
      const size_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (less(key, a[hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lo = static_cast<std::ptrdiff_t>(hint) - static_cast<std::ptrdiff_t>(ofs);
      hi = static_cast<std::ptrdiff_t>(hint - lastofs);
    } else {
      const size_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (less(key, a[hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lo = static_cast<std::ptrdiff_t>(lastofs + hint);
      hi = static_cast<std::ptrdiff_t>(ofs + hint);
    }
    ++lo;
    while (lo < hi) {
      const std::ptrdiff_t m = lo + ((hi - lo) >> 1);
      if (less(key, a[m]))
        hi = m;
      else
        lo = m + 1;
    }
    return static_cast<size_t>(hi);
  }

  // found_new_run(): before a run of n2 items is pushed, merges the runs below the top whose
  // power exceeds the boundary's between the top run and the new one.
  void found_new_run(size_t n2) {
    if (count_ == 0) return;
    const Run& top = pending_[count_ - 1];
    const int power = powerloop(top.base, top.len, n2, n_);
    while (count_ > 1 && pending_[count_ - 2].power > power) merge_at(count_ - 2);
    pending_[count_ - 1].power = power;
  }

  // Merges the runs at stack places i and i+1 (i is the second or third from the top).
  void merge_at(size_t i) {
    size_t a = pending_[i].base, na = pending_[i].len;
    const size_t b = pending_[i + 1].base;
    size_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i + 3 == count_) pending_[i + 1] = pending_[i + 2];
    --count_;
    // The front of a already in place, and the back of b.
    const size_t k = gallop_right(base_[b], base_ + a, na, 0);
    a += k;
    na -= k;
    if (na == 0) return;
    nb = gallop_left(base_[a + na - 1], base_ + b, nb, nb - 1);
    if (nb == 0) return;
    // The buffer once at its largest (half the items: a merge moves out its shorter run), not
    // grown merge by merge: freed blocks of each size left the heap larger.
    if (tmp_.capacity() == 0) tmp_.reserve(n_ / 2 + 1);
    if (na <= nb)
      merge_lo(a, na, b, nb);
    else
      merge_hi(a, na, b, nb);
  }

  // merge_lo(): run a (the shorter) out to the buffer, merged from the front. Its first item
  // is known to come after b's first, its last after all of b.
  void merge_lo(size_t at_a, size_t na, size_t at_b, size_t nb) {
    tmp_.assign(base_ + at_a, base_ + at_a + na);
    T* dest = base_ + at_a;
    T* a = tmp_.data();
    T* b = base_ + at_b;
    size_t min_gallop = min_gallop_;
    *dest++ = *b++;
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    try {
      for (;;) {
        size_t acount = 0, bcount = 0;  // times each run won in a row
        for (;;) {
          if (less(*b, *a)) {
            *dest++ = *b++;
            ++bcount;
            acount = 0;
            if (--nb == 0) goto succeed;
            if (bcount >= min_gallop) break;
          } else {
            *dest++ = *a++;
            ++acount;
            bcount = 0;
            if (--na == 1) goto copy_b;
            if (acount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          size_t k = gallop_right(*b, a, na, 0);
          acount = k;
          if (k) {
            dest = std::copy(a, a + k, dest);
            a += k;
            na -= k;
            if (na == 1) goto copy_b;
            if (na == 0) goto succeed;  // only with an inconsistent `less`
          }
          *dest++ = *b++;
          if (--nb == 0) goto succeed;
          k = gallop_left(*a, b, nb, 0);
          bcount = k;
          if (k) {
            dest = std::copy(b, b + k, dest);  // dest before b: copying forwards is a memmove
            b += k;
            nb -= k;
            if (nb == 0) goto succeed;
          }
          *dest++ = *a++;
          if (--na == 1) goto copy_b;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;  // penalized for leaving galloping
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      std::copy(a, a + na, dest);
      throw;
    }
  succeed:
    std::copy(a, a + na, dest);
    return;
  copy_b:
    // a's last item belongs after all of b's rest.
    dest = std::copy(b, b + nb, dest);
    *dest = *a;
  }

  // merge_hi(): run b (the shorter) out to the buffer, merged from the back.
  void merge_hi(size_t at_a, size_t na, size_t at_b, size_t nb) {
    tmp_.assign(base_ + at_b, base_ + at_b + nb);
    T* const base_a = base_ + at_a;
    T* const base_b = tmp_.data();
    T* dest = base_ + at_b + nb - 1;
    T* a = base_ + at_a + na - 1;
    T* b = base_b + nb - 1;
    size_t min_gallop = min_gallop_;
    *dest-- = *a--;
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    try {
      for (;;) {
        size_t acount = 0, bcount = 0;
        for (;;) {
          if (less(*b, *a)) {
            *dest-- = *a--;
            ++acount;
            bcount = 0;
            if (--na == 0) goto succeed;
            if (acount >= min_gallop) break;
          } else {
            *dest-- = *b--;
            ++bcount;
            acount = 0;
            if (--nb == 1) goto copy_a;
            if (bcount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          size_t k = na - gallop_right(*b, base_a, na, na - 1);
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            std::copy_backward(a + 1, a + 1 + k, dest + 1 + k);  // dest after a
            na -= k;
            if (na == 0) goto succeed;
          }
          *dest-- = *b--;
          if (--nb == 1) goto copy_a;
          k = nb - gallop_left(*a, base_b, nb, nb - 1);
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            std::copy(b + 1, b + 1 + k, dest + 1);
            nb -= k;
            if (nb == 1) goto copy_a;
            if (nb == 0) goto succeed;  // only with an inconsistent `less`
          }
          *dest-- = *a--;
          if (--na == 0) goto succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      std::copy(base_b, base_b + nb, dest + 1 - nb);
      throw;
    }
  succeed:
    std::copy(base_b, base_b + nb, dest + 1 - nb);
    return;
  copy_a:
    // b's first item belongs before all of a's rest.
    std::copy_backward(a + 1 - na, a + 1, dest + 1);
    dest -= na;
    *dest = *b;
  }

  T* const base_;
  const size_t n_;
  Less& less_;
  std::vector<T> tmp_;
  size_t min_gallop_ = kMinGallop;
  size_t count_ = 0;
  Run pending_[kMaxPending];
};

}  // namespace detail

// Sorts [first, first + n) stably by `less`, exactly as CPython 3.11's list.sort would (see
// above). If `less` throws, the items are left a permutation, as CPython leaves them.
template <typename T, typename Less>
void sort(T* first, size_t n, Less less) {
  static_assert(std::is_trivially_copyable_v<T>);
  detail::Sorter<T, Less>(first, n, less).run();
}

template <typename T, typename Less>
void sort(std::vector<T>& items, Less less) {
  sort(items.data(), items.size(), less);
}

// list.sort(reverse=True) as CPython does it: reversed, sorted forwards (so that equal items
// keep their order), reversed again, the second reversal made also when `less` throws.
template <typename T, typename Less>
void sort(std::vector<T>& items, bool reverse, Less less) {
  if (!reverse) return sort(items, less);
  std::reverse(items.begin(), items.end());
  try {
    sort(items, less);
  } catch (...) {
    std::reverse(items.begin(), items.end());
    throw;
  }
  std::reverse(items.begin(), items.end());
}

}  // namespace timsort
