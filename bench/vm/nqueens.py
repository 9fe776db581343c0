# N-queens by backtracking with sets of attacked columns and diagonals.
def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        count += solve(n, row + 1, cols, diag1, diag2)
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)
    return count


print(solve(11, 0, set(), set(), set()))
print(solve(10, 0, set(), set(), set()))
