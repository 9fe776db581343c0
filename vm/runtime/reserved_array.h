// A fixed-capacity array in address space reserved up front (mmap, MAP_NORESERVE) and backed by
// memory only where it has been touched: a thread's value stack and frames. Sized for the
// deepest recursion sys.setrecursionlimit() may allow, they cost the memory of the depth the
// thread actually reaches, and never move (run() keeps pointers into them).
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <new>
#include <type_traits>

namespace gilvm {

template <class T>
class ReservedArray {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  // The memory starts as zero bytes, and an inaccessible page follows it: a write past the end
  // faults rather than lands in other memory. Throws std::bad_alloc if the address space is not
  // there.
  explicit ReservedArray(size_t capacity) : capacity_(capacity) {
    const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    bytes_ = (capacity * sizeof(T) + page - 1) / page * page + page;
    void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    mprotect(static_cast<char*>(p) + bytes_ - page, page, PROT_NONE);
    data_ = end_ = static_cast<T*>(p);
  }
  ~ReservedArray() { munmap(data_, bytes_); }
  ReservedArray(const ReservedArray&) = delete;
  ReservedArray& operator=(const ReservedArray&) = delete;

  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t capacity() const { return capacity_; }
  // The vector-like part, for arrays used as a stack; the caller keeps size() below capacity().
  // An end pointer, as std::vector's: pushing, popping and back() need no multiplication.
  // Always in line: past GCC's budget in run(), push_back() of a frame was left a call.
  [[gnu::always_inline]] size_t size() const { return static_cast<size_t>(end_ - data_); }
  [[gnu::always_inline]] bool empty() const { return end_ == data_; }
  [[gnu::always_inline]] T& operator[](size_t i) { return data_[i]; }
  [[gnu::always_inline]] const T& operator[](size_t i) const { return data_[i]; }
  [[gnu::always_inline]] T& back() { return end_[-1]; }
  [[gnu::always_inline]] const T& back() const { return end_[-1]; }
  [[gnu::always_inline]] void push_back(const T& item) { new (end_++) T(item); }
  [[gnu::always_inline]] void pop_back() { --end_; }

 private:
  T* data_;
  T* end_;
  size_t capacity_;
  size_t bytes_;  // mapped, the guard page included
};

}  // namespace gilvm
