# Calls into the standard library and methods of numbers: math functions, int and float methods,
# a heapq priority queue and bisect on a sorted list.
import bisect
import heapq
import math


def main(n):
    total = 0.0
    heap = []
    ordered = []
    for i in range(n):
        x = (i * 7919) % 10007
        total += math.sqrt(x) + math.floor(x / 3) + x.bit_length() + (x / 8).is_integer()
        heapq.heappush(heap, x)
        if len(heap) > 100:
            total += heapq.heappop(heap)
        if i % 10 == 0:
            bisect.insort(ordered, x)
            total += bisect.bisect_left(ordered, x // 2)
    return round(total, 3)


print(main(150000))
