// `<` and `==` between values where nothing runs that could change a container (no script
// __lt__ or __eq__, no lock taken): for _heapq and _bisect, which compare a list's items under
// its lock and fall back to compare_op() with the lock let go when these cannot answer.
#pragma once

#include <vector>

#include "runtime/object.h"
#include "runtime/operations.h"

namespace gilvm {

// a == b as values_equal() answers it, for ints, floats, None, strs and the very same object:
// 1 or 0, or -1 when undecided.
inline int equal_inline(Value a, Value b) {
  if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i == b.i;
  if (a.tag == Tag::Float && b.tag == Tag::Float) return a.f == b.f;
  if (a.tag == Tag::None && b.tag == Tag::None) return 1;
  if (a.tag != Tag::Obj || b.tag != Tag::Obj) return -1;
  if (a.obj == b.obj) return 1;
  if (a.obj->kind == Kind::Str && b.obj->kind == Kind::Str) return same_text(*as_str(a), *as_str(b));
  return -1;
}

// a < b as compare_op(Op::LT) answers it, for two ints, two floats (a NaN: false), two strs, and
// tuples whose first differing items are such (a tuple never changes): 1 or 0, or -1 when
// undecided. Two ints or two floats in line at every caller (heapq's sift loops, bisect's
// search); strs and tuples by less_inline_objects().
inline int less_inline_objects(Value a, Value b, int depth);
[[gnu::always_inline]] inline int less_inline(Value a, Value b, int depth = 0) {
  if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i < b.i;
  if (a.tag == Tag::Float && b.tag == Tag::Float) return a.f < b.f;
  return less_inline_objects(a, b, depth);
}
inline int less_inline_objects(Value a, Value b, int depth) {
  if (a.tag != Tag::Obj || b.tag != Tag::Obj || a.obj->kind != b.obj->kind) return -1;
  if (a.obj->kind == Kind::Str) return as_str(a)->text.compare(as_str(b)->text) < 0;
  if (a.obj->kind == Kind::Tuple && depth < 4) {
    const std::vector<Value>& x = as_tuple(a)->items;
    const std::vector<Value>& y = as_tuple(b)->items;
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      const int equal = equal_inline(x[i], y[i]);
      if (equal < 0) return -1;
      if (!equal) return less_inline(x[i], y[i], depth + 1);
    }
    return x.size() < y.size();
  }
  return -1;
}

// a < b by any means: less_inline(), else compare_op() (which may run script code) and truth.
inline bool less_general(Value a, Value b) {
  const int inline_answer = less_inline(a, b);
  if (inline_answer >= 0) return inline_answer;
  return truthy(Ref::steal(compare_op(Op::LT, a, b)).get());
}

}  // namespace gilvm
