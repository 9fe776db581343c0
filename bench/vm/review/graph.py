# dict/set/list: BFS and Dijkstra on a grid graph with heapq and deque
import heapq
from collections import deque

W, H = 60, 60
def neighbors(x, y):
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < W and 0 <= ny < H and (nx * 7 + ny * 13) % 11 != 0:
            yield nx, ny

def bfs(start):
    dist = {start: 0}
    q = deque([start])
    while q:
        node = q.popleft()
        for nb in neighbors(*node):
            if nb not in dist:
                dist[nb] = dist[node] + 1
                q.append(nb)
    return dist

def dijkstra(start):
    dist = {start: 0}
    pq = [(0, start)]
    seen = set()
    while pq:
        d, node = heapq.heappop(pq)
        if node in seen:
            continue
        seen.add(node)
        for nb in neighbors(*node):
            nd = d + 1 + (nb[0] * nb[1]) % 5
            if nd < dist.get(nb, 1 << 30):
                dist[nb] = nd
                heapq.heappush(pq, (nd, nb))
    return dist

b = bfs((0, 0))
print(len(b), max(b.values()))
d = dijkstra((0, 0))
print(len(d), max(d.values()), sum(d.values()))
d2 = dijkstra((W - 1, H - 1))
print(sum(d2.values()))
