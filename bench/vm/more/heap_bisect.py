# heapq push and pop, bisect.insort and bisect_left, heapq.nsmallest.
import heapq, bisect
def main(n):
    h = []
    for i in range(n):
        heapq.heappush(h, (i * 7919) % 10007)
    out = [heapq.heappop(h) for _ in range(n // 2)]
    s = []
    for x in out[:3000]:
        bisect.insort(s, x % 1000)
    return out[:5], s[:5], bisect.bisect_left(s, 500), heapq.nsmallest(3, h)
print(main(30000))
