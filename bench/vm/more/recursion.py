# Recursion: Ackermann, towers of Hanoi appending moves, permutations by list slicing and
# concatenation.
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
def main():
    moves = []
    hanoi(15, "a", "b", "c", moves)
    return ackermann(2, 300), len(moves), len(perms(list(range(7))))
import sys
sys.setrecursionlimit(5000)
print(main())
