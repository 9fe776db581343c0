# Lists: display, append, pop, len, indexing, item assignment, slicing, in, +, nesting.
xs = []
print(xs, len(xs))  # expect: [] 0
xs.append(1)
xs.append("two")
xs.append([3])
print(xs, len(xs))  # expect: [1, 'two', [3]] 3
print(xs[0], xs[1], xs[-1], xs[2][0])  # expect: 1 two [3] 3
last = xs.pop()
print(last, xs)  # expect: [3] [1, 'two']
first = xs.pop(0)
print(first, xs)  # expect: 1 ['two']
nums = [5, 6, 7, 8, 9]
nums[0] = 50
nums[-1] = 90
print(nums)  # expect: [50, 6, 7, 8, 90]
print(nums[1:3], nums[:2], nums[3:], nums[-2:])  # expect: [6, 7] [50, 6] [8, 90] [8, 90]
print(nums[:])  # expect: [50, 6, 7, 8, 90]
copy = nums[:]
copy.append(0)
print(len(nums), len(copy))  # expect: 5 6
print(7 in nums, 70 in nums, 70 not in nums)  # expect: True False True
print([1, 2] + [3])  # expect: [1, 2, 3]
print([0] * 3)  # expect: [0, 0, 0]
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)  # expect: [[0, 0], [5, 0]]
alias = grid
alias.append([1])
print(len(grid))  # expect: 3
total = 0
for n in [1, 2, 3, 4]:
    total += n
print(total)  # expect: 10
